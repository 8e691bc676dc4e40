import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { serve, storedState, type Served } from './browser.js';
import { useDemoPages, overflow, recordEvents, recordedEvents } from './demo-page.js';

const demo = useDemoPages({ path: '/pathway.html', ready: ['mr-complaint-pathway [part=base]', 'mr-wage-calculator [part=base]'] });
const open = (width = 320, at?: Served) => demo.open({ width, at });
const foreign = demo.foreign;
const record = (page: Page) => recordEvents(page, ['mr-navigate', 'mr-pathway', 'mr-change']);
const recorded = recordedEvents;

/** A UAE worker whose job ended on 30 Jun 2025 (after the 2024 change), owed wages, as typed into the calculator. */
async function calculateUaeClaim(page: Page): Promise<void> {
  const calc = page.locator('mr-wage-calculator');
  await expect(calc.getByLabel('Country where you work').inputValue()).resolves.toBe('AE');
  await calc.getByRole('button', { name: 'Next' }).click();
  await calc.getByLabel('First day of work in this period').fill('2024-01-01');
  await calc.getByLabel('Last day of work in this period').fill('2025-06-30');
  await calc.getByLabel('Yes, the job has ended').check();
  await calc.getByLabel('The employer ended it').check();
  await calc.getByRole('button', { name: 'Next' }).click();
  await calc.getByLabel('Basic wage per month').fill('3000');
  await calc.getByRole('button', { name: 'Next' }).click();
  await calc.getByLabel('All wages you received for this period').fill('30000');
  await calc.getByRole('button', { name: 'Next' }).click();
  await calc.getByRole('button', { name: 'Show what I am owed' }).click();
  await calc.getByRole('button', { name: 'How to claim this' }).waitFor();
}

describe('complaint pathway demo page with the CDN files alone', () => {
  it('starts with the questions at 320 px, with no outside requests, no storage and no errors', async () => {
    const { page, seen } = await open();
    const pathway = page.locator('mr-complaint-pathway');
    await expect(pathway.locator('[part=base]').getAttribute('data-view')).resolves.toBe('where');
    await expect(pathway.getByLabel('Country where you work').isVisible()).resolves.toBe(true);
    // The partner's referral waits, unshown, until a route is on screen.
    await expect(page.getByText("Workers' Help Desk legal clinic (demo)").isVisible()).resolves.toBe(false);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await expect(page.getByRole('link', { name: 'Back to the wage calculator' }).getAttribute('href')).resolves.toBe('./index.html');
    expect(foreign(seen.requests)).toEqual([]);
    expect(seen.errors).toEqual([]);
    expect(await storedState(page)).toEqual({ cookies: 0, local: 0, session: 0, idb: 0 });
    await page.context().close();
  });

  it('hands a calculated claim over to its pathway, with the deadline, the steps and the partner’s local help', async () => {
    const { page, seen } = await open();
    await record(page);
    await calculateUaeClaim(page);
    await page.locator('mr-wage-calculator').getByRole('button', { name: 'How to claim this' }).click();

    const pathway = page.locator('mr-complaint-pathway');
    await expect.poll(() => pathway.locator('[part=base]').getAttribute('data-view')).toBe('result');
    await expect(pathway.locator('#result-heading').textContent()).resolves.toMatch(/in United Arab Emirates$/);
    // The reader is taken to the result: its heading has focus.
    await expect.poll(() => page.evaluate(() => document.querySelector('mr-complaint-pathway')!.shadowRoot!.activeElement?.id)).toBe('result-heading');

    const navigate = await recorded<{ destination: string; employmentEndedOn?: string }>(page, 'mr-navigate');
    expect(navigate).toEqual([expect.objectContaining({ to: 'complaint-pathway', destination: 'AE', workerCategory: 'general', employmentEndedOn: '2025-06-30' })]);
    const shown = await recorded<{ input: Record<string, string>; deadline: { status: string; lastDay: string; daysLeft: number } }>(page, 'mr-pathway');
    expect(shown).toHaveLength(1);
    expect(shown[0]!.input).toMatchObject({ destination: 'AE', workerCategory: 'general', employmentEndedOn: '2025-06-30' });
    // Job ended after 31 Aug 2024: 2 years from the last day of the job.
    expect(shown[0]!.deadline).toMatchObject({ status: 'deadline', lastDay: '2027-06-30' });

    const deadline = pathway.locator('[part=deadline]');
    await expect(deadline.getAttribute('data-status')).resolves.toBe('deadline');
    await expect(deadline.locator('.last-day strong').getAttribute('data-date')).resolves.toBe('2027-06-30');
    await expect(deadline.locator('.last-day strong').textContent()).resolves.toBe('June 30, 2027');
    await expect(deadline.locator('[part=countdown]').getAttribute('data-days-left')).resolves.toBe(String(shown[0]!.deadline.daysLeft));
    await expect(deadline.locator('.rule').textContent()).resolves.toBe('Rule: 2 years from the last day of your job.');
    await expect(deadline.locator('[part=provenance] a').first().getAttribute('href')).resolves.toMatch(/^https:\/\//);

    // The stepper: MOHRE complaint → decision → court challenge → court referral, each with its source.
    await expect(pathway.locator('[part=path-step]').count()).resolves.toBe(4);
    await expect(pathway.locator('[part=path-step] .step-source [part=provenance]').count()).resolves.toBe(4);
    await expect(pathway.locator('a[href="tel:80060"]').textContent()).resolves.toMatch(/80060/);

    // The partner's referral, given in the slot, now shows in the "Local help" card.
    await expect(pathway.locator('[part=local-help]').isVisible()).resolves.toBe(true);
    await expect(page.getByText("Workers' Help Desk legal clinic (demo)").isVisible()).resolves.toBe(true);

    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(foreign(seen.requests)).toEqual([]);
    expect(seen.errors).toEqual([]);
    expect(await storedState(page)).toEqual({ cookies: 0, local: 0, session: 0, idb: 0 });
    await page.context().close();
  });

  it('walks a Hong Kong domestic worker from Indonesia to tap-to-call numbers, portals and home-country help, ticking documents', async () => {
    const { page, seen } = await open(360);
    const pathway = page.locator('mr-complaint-pathway');
    await pathway.getByLabel('Country where you work').selectOption('HK');
    await pathway.getByRole('button', { name: 'Next' }).click();
    await pathway.getByLabel('Your home country (you may skip this)').selectOption('ID');
    await pathway.getByRole('button', { name: 'Next' }).click();
    await pathway.getByLabel('In a home (domestic worker)').check();
    await pathway.getByRole('button', { name: 'Next' }).click();
    await pathway.getByLabel('My wages are unpaid or late').check();
    await pathway.getByRole('button', { name: 'Next' }).click();
    await pathway.getByLabel('The day the money was due').fill('2025-05-31');
    await pathway.getByRole('button', { name: 'Show me the steps' }).click();
    await expect.poll(() => pathway.locator('[part=base]').getAttribute('data-view')).toBe('result');

    const portal = pathway.locator('a.portal').first();
    await expect(portal.getAttribute('target')).resolves.toBe('_blank');
    await expect(portal.getAttribute('rel')).resolves.toBe('noopener noreferrer');
    await expect(portal.getAttribute('href')).resolves.toMatch(/^https:\/\//);
    const tel = pathway.locator('[part=path-step] a.tel').first();
    const number = (await tel.textContent())!.trim();
    await expect(tel.getAttribute('href')).resolves.toBe(`tel:${number.replace(/[^\d+]/g, '')}`);
    await expect(pathway.locator('#origin-heading').textContent()).resolves.toBe('Help from Indonesia');
    await expect.poll(() => pathway.locator('[part=origin-body] a[href="tel:+622129244800"]').count()).toBe(1); // once Indonesia's data is here

    // Ticking a document is kept in memory (and printed), never stored.
    const box = pathway.locator('input[type=checkbox][data-document]').first();
    await box.check();
    await expect(box.isChecked()).resolves.toBe(true);
    expect(await storedState(page)).toEqual({ cookies: 0, local: 0, session: 0, idb: 0 });
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(foreign(seen.requests)).toEqual([]);
    expect(seen.errors).toEqual([]);
    await page.context().close();
  });

  it('works under a strict Content-Security-Policy', async () => {
    const strict = await serve({ 'content-security-policy': "default-src 'self'; img-src 'self' data:; base-uri 'none'; object-src 'none'" });
    const { page, seen } = await open(320, strict);
    const pathway = page.locator('mr-complaint-pathway');
    await page.evaluate(() => Object.assign(document.querySelector('mr-complaint-pathway')!, { destination: 'QA', workerCategory: 'general', problem: 'documents-withheld', origin: 'NP' }));
    await expect.poll(() => pathway.locator('[part=base]').getAttribute('data-status')).toBe('not-covered');
    await expect(pathway.locator('#origin-heading').textContent()).resolves.toBe('Help from Nepal');
    expect(seen.errors).toEqual([]);
    expect(seen.requests.filter((u) => !u.startsWith(strict.url))).toEqual([]);
    await page.context().close();
    await strict.close();
  });

  it('prints the route and its sources, not the controls', async () => {
    const { page, seen } = await open(600);
    await page.evaluate(() => Object.assign(document.querySelector('mr-complaint-pathway')!, { destination: 'SA', workerCategory: 'general', problem: 'unpaid-wages', employmentEndedOn: '2025-03-31' }));
    const pathway = page.locator('mr-complaint-pathway');
    await expect.poll(() => pathway.locator('[part=base]').getAttribute('data-view')).toBe('result');
    await pathway.locator('input[type=checkbox][data-document]').first().check();
    await page.emulateMedia({ media: 'print' });
    await expect(pathway.locator('#result-heading').isVisible()).resolves.toBe(true);
    await expect(pathway.locator('[part=path-step]').first().isVisible()).resolves.toBe(true);
    await expect(pathway.getByRole('button', { name: 'Print or save as PDF' }).isVisible()).resolves.toBe(false);
    await expect(pathway.locator('.date-editor').first().isVisible()).resolves.toBe(false);
    // The ticked document prints ticked.
    await expect(pathway.locator('input[type=checkbox][data-document]').first().isChecked()).resolves.toBe(true);
    await expect(pathway.locator('input[type=checkbox][data-document]').first().isVisible()).resolves.toBe(true);
    const printedHref = await pathway.locator('[part=provenance] a').first().evaluate((a) => getComputedStyle(a, '::after').content);
    expect(printedHref).toMatch(/https:\/\//);
    expect(seen.errors).toEqual([]);
    await page.context().close();
  });
});
