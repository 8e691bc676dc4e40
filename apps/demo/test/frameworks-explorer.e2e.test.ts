import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { serve, storedState, watch } from './browser.js';
import { useDemoPages, recordEvents, recordedEvents } from './demo-page.js';

const demo = useDemoPages({ path: '/frameworks.html', ready: ['mr-frameworks-explorer [part=base]'] });
const open = (width = 320) => demo.open({ width });
const foreign = demo.foreign;
const record = (page: Page) => recordEvents(page, ['mr-change', 'mr-navigate']);
const recorded = recordedEvents;

describe('frameworks demo page with the CDN file alone', () => {
  it('shows where Nepal stands at 320 px, every fact sourced, with no outside requests or storage', async () => {
    const { page, seen } = await open();
    const explorer = page.locator('mr-frameworks-explorer');
    await expect(explorer.getByLabel('Country', { exact: true }).inputValue()).resolves.toBe('NP');
    await expect(explorer.locator('#country-heading').textContent()).resolves.toMatch(/^Nepal on /);
    // Nepal is a Colombo Process member (the preferred reading of the 2024 list).
    const colombo = explorer.locator('.roles [data-process=colombo-process]');
    await expect(colombo.locator('[data-role=member]').count()).resolves.toBe(1);
    await expect(colombo.locator('[part=provenance] a').first().getAttribute('href')).resolves.toMatch(/^https:\/\//);
    // Eight core conventions, each with a status.
    await expect(explorer.locator('.conventions [data-status]').count()).resolves.toBe(8);
    // Research addresses on plain http are text, never links.
    await expect(explorer.locator('a[href^="http:"]').count()).resolves.toBe(0);
    await expect(explorer.locator('[part=plain-http]').first().textContent()).resolves.toContain('http://');

    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(page.getByRole('link', { name: 'Back to the wage calculator' }).getAttribute('href')).resolves.toBe('./index.html');

    expect(foreign(seen.requests)).toEqual([]);
    expect(seen.errors).toEqual([]);
    expect(await storedState(page)).toEqual({ cookies: 0, local: 0, session: 0, idb: 0 });
    await page.context().close();
  });

  it('can be used with the keyboard alone: tabs, topic, hand-off, with mr-change and mr-navigate', async () => {
    const { page, seen } = await open(360);
    const explorer = page.locator('mr-frameworks-explorer');
    await record(page);
    await explorer.getByRole('tab', { name: 'By country' }).focus();

    await page.keyboard.press('ArrowRight');
    await expect(recorded(page, 'mr-change')).resolves.toEqual([{ mode: 'topic', country: 'NP', topic: '' }]);
    await expect(explorer.getByRole('tab', { name: 'By topic' }).getAttribute('aria-selected')).resolves.toBe('true');
    await expect(page.evaluate(() => document.querySelector('mr-frameworks-explorer')!.shadowRoot!.activeElement?.id)).resolves.toBe('tab-topic');

    // Tab into the panel: the first topic; Space chooses it.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expect(recorded(page, 'mr-change')).resolves.toEqual([
      { mode: 'topic', country: 'NP', topic: '' },
      { mode: 'topic', country: 'NP', topic: 'fees' },
    ]);
    await expect(explorer.locator('#topic-heading').textContent()).resolves.toBe('Recruitment fees and fair recruitment');
    await expect(explorer.locator('.instruments [data-instrument=c181]').count()).resolves.toBe(1);
    await expect(explorer.locator('.gcm h5').first().textContent()).resolves.toBe('Goal 6: Recruitment and decent work');

    await explorer.getByRole('button', { name: 'Check the fees you paid' }).focus();
    await page.keyboard.press('Enter');
    await expect(recorded(page, 'mr-navigate')).resolves.toEqual([{ to: 'fee-checker', topic: 'fees', country: 'NP' }]);

    // Home returns to the country view.
    await explorer.getByRole('tab', { name: 'By topic' }).focus();
    await page.keyboard.press('Home');
    await expect(explorer.getByRole('tab', { name: 'By country' }).getAttribute('aria-selected')).resolves.toBe('true');
    expect(foreign(seen.requests)).toEqual([]);
    expect(seen.errors).toEqual([]);
    await page.context().close();
  });

  it('switches to a Gulf destination: Qatar sits in the Abu Dhabi Dialogue as a member', async () => {
    const { page, seen } = await open();
    const explorer = page.locator('mr-frameworks-explorer');
    await explorer.getByLabel('Country', { exact: true }).selectOption('QA');
    await expect(explorer.locator('#country-heading').textContent()).resolves.toMatch(/^Qatar on /);
    await expect(explorer.locator('.roles [data-process=abu-dhabi-dialogue] [data-role=member]').count()).resolves.toBe(1);
    await expect(explorer.locator('.roles [data-process=colombo-process] [data-role=observer]').count()).resolves.toBe(1);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(foreign(seen.requests)).toEqual([]);
    expect(seen.errors).toEqual([]);
    await page.context().close();
  });

  it('turns right-to-left when the page switches to Arabic, loading its language only from its own folder', async () => {
    const { page, seen } = await open();
    await page.evaluate(() => {
      document.documentElement.lang = 'ar';
    });
    const base = page.locator('mr-frameworks-explorer [part=base]');
    await expect.poll(() => base.getAttribute('lang')).toBe('ar');
    expect(await base.getAttribute('dir')).toBe('rtl');
    await expect.poll(() => seen.requests.some((u) => u.includes('/cdn/chunks/'))).toBe(true);
    expect(foreign(seen.requests)).toEqual([]);
    expect(seen.errors).toEqual([]);
    await page.context().close();
  });

  it('works under a strict Content-Security-Policy (no inline styles or scripts, nothing from elsewhere)', async () => {
    const strict = await serve({ 'content-security-policy': "default-src 'self'; img-src 'self' data:; base-uri 'none'; object-src 'none'" });
    const context = await demo.browser.newContext({ viewport: { width: 320, height: 720 } });
    const page = await context.newPage();
    const seen = watch(page);
    await page.goto(`${strict.url}/frameworks.html`);
    const explorer = page.locator('mr-frameworks-explorer');
    await explorer.locator('#country-heading').waitFor();
    await explorer.getByRole('tab', { name: 'By topic' }).click();
    await explorer.getByLabel('Social protection and portability').check();
    await expect(explorer.locator('.instruments [data-instrument=asean-portability-declaration]').count()).resolves.toBe(1);
    expect(seen.errors).toEqual([]);
    expect(seen.requests.filter((u) => !u.startsWith(strict.url))).toEqual([]);
    await context.close();
    await strict.close();
  });

  it('prints the result and its sources, not the controls', async () => {
    const { page, seen } = await open(600);
    await page.emulateMedia({ media: 'print' });
    const explorer = page.locator('mr-frameworks-explorer');
    await expect(explorer.locator('#country-heading').isVisible()).resolves.toBe(true);
    await expect(explorer.getByRole('tablist').isVisible()).resolves.toBe(false);
    await expect(explorer.getByLabel('Country', { exact: true }).isVisible()).resolves.toBe(false);
    await expect(explorer.getByRole('button', { name: 'Print or save as PDF' }).isVisible()).resolves.toBe(false);
    await expect(explorer.locator('.roles [part=provenance]').first().isVisible()).resolves.toBe(true);
    // The source's address is printed after its title.
    const printedHref = await explorer.locator('.roles [part=provenance] a').first().evaluate((a) => getComputedStyle(a, '::after').content);
    expect(printedHref).toMatch(/https:\/\//);
    expect(seen.errors).toEqual([]);
    await page.context().close();
  });
});
