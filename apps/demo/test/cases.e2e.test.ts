import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright';
import { storedState } from './browser.js';
import { useDemoPages } from './demo-page.js';

const demo = useDemoPages({ path: '/cases.html', ready: ['mr-case-form [part=base]', 'mr-case-stats [part=base]'], context: { acceptDownloads: true } });
const open = (width = 320) => demo.open({ width });
const foreign = demo.foreign;

/** Consent, a made-up name and one unpaid-wages violation, then "Save this case in the list". */
async function documentCase(form: Locator): Promise<void> {
  await form.getByLabel('The worker agreed that I write down their case').check();
  await form.getByLabel('Share the case without names').check();
  await form.getByRole('button', { name: 'Continue to the case' }).click();
  await form.getByLabel('A made-up name for this case').fill('Worker A');
  await form.getByRole('button', { name: /^What went wrong/ }).click();
  await form.getByRole('button', { name: 'Add something that went wrong' }).click();
  await form.getByLabel('What happened').selectOption('unpaid-wages');
  await form.getByLabel('Since (date)').fill('2025-01');
  await form.getByLabel('Money lost or paid').fill('3000');
  await form.getByRole('button', { name: /^Save and make a file/ }).click();
  await form.getByRole('button', { name: 'Save this case in the list' }).click();
  await form.getByText('The case is saved in the list below.').waitFor();
}

describe('demo case documentation page with the CDN files alone', () => {
  it('documents a case at 320 px, exports JSON on request, and reads it back into the numbers, with no outside request or storage', async () => {
    const { page, seen } = await open();
    const form = page.locator('mr-case-form');
    const exported = page.evaluate(
      () => new Promise<unknown>((resolve) => document.addEventListener('mr-export', (e) => resolve((e as CustomEvent).detail), { once: true })),
    );
    await documentCase(form);
    expect(await storedState(page)).toEqual({ cookies: 0, local: 0, session: 0, idb: 0 });

    await form.getByRole('button', { name: 'JSON file (for other tools)' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), form.getByRole('link', { name: /^Save the file cases-.*\.json \(1 case\)$/ }).click()]);
    expect(await exported).toEqual({ format: 'json', count: 1 });
    expect(download.url()).toMatch(/^blob:/);
    const path = await download.path();
    const file = JSON.parse(await readFile(path, 'utf8')) as { format: string; cases: Array<Record<string, any>> };
    expect(file.format).toBe('mrk-cases');
    expect(file.cases).toHaveLength(1);
    expect(file.cases[0]!.worker).toEqual({ pseudonym: 'Worker A' });
    expect(file.cases[0]!.journey).toEqual({ destination: 'QA' });
    expect(file.cases[0]!.violations).toEqual([{ type: 'unpaid-wages', period: { from: '2025-01' }, amount: { currency: 'QAR', minor: 300000 } }]);

    // The stats widget reads the file the person just saved.
    await page.locator('mr-case-stats #files').setInputFiles(path);
    await expect.poll(() => page.locator('mr-case-stats #total-cases').textContent()).toBe('1');
    await expect(page.locator('mr-case-stats #wages-lost').textContent()).resolves.toContain('QAR');

    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    // Printed, the numbers and charts show; the file picker and the case form (names, answers) do not.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('mr-case-stats #chart-byDestination svg').isVisible()).resolves.toBe(true);
    await expect(page.locator('mr-case-stats #total-cases').isVisible()).resolves.toBe(true);
    await expect(page.locator('mr-case-stats #files').isVisible()).resolves.toBe(false);
    await expect(page.locator('mr-case-form [part=section]').isVisible()).resolves.toBe(false);
    await page.emulateMedia({ media: 'screen' });

    expect(foreign(seen.requests)).toEqual([]);
    // A blob: download is not a network request, and nothing was stored.
    expect(seen.requests.filter((u) => !u.includes('/cdn/') && !u.endsWith('.html') && !u.endsWith('.css'))).toEqual([]);
    expect(seen.errors).toEqual([]);
    expect(await storedState(page)).toEqual({ cookies: 0, local: 0, session: 0, idb: 0 });
    await page.context().close();
  });

  it('fetches the CSV code from the widgets’ own folder only when a CSV file is made or read, and reads the CSV back', async () => {
    const { page, seen } = await open(360);
    const form = page.locator('mr-case-form');
    const csvChunks = () => seen.requests.filter((u) => /\/cdn\/chunks\/csv-[^/]*\.js$/.test(u));
    await documentCase(form);
    expect(csvChunks()).toEqual([]); // documenting a case needs no CSV code

    await form.getByRole('button', { name: 'Spreadsheet (CSV)' }).click();
    const link = form.getByRole('link', { name: /^Save the file cases-.*\.csv \(1 case\)$/ });
    await link.waitFor();
    expect(csvChunks()).toHaveLength(1);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const path = await download.path();
    const text = await readFile(path, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('Worker A');

    const stats = page.locator('mr-case-stats');
    await stats.locator('#files').setInputFiles({ name: 'cases.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
    await expect.poll(() => stats.locator('#total-cases').textContent()).toBe('1');
    await expect(stats.locator('#wages-lost').textContent()).resolves.toContain('QAR');
    expect(await stats.locator('[part=errors]').count()).toBe(0);
    expect(csvChunks()).toHaveLength(2); // each widget's file is built on its own, with its own CSV chunk

    expect(foreign(seen.requests)).toEqual([]);
    expect(seen.errors).toEqual([]);
    expect(await storedState(page)).toEqual({ cookies: 0, local: 0, session: 0, idb: 0 });
    await page.context().close();
  });

  it('makes an encrypted file that the stats widget opens only with the passphrase', async () => {
    const { page, seen } = await open(360);
    const form = page.locator('mr-case-form');
    await documentCase(form);
    await form.getByLabel('Passphrase', { exact: true }).fill('blue mango river lamp');
    await form.getByLabel('Type the passphrase again').fill('blue mango river lamp');
    await form.getByRole('button', { name: 'Make the encrypted file' }).click();
    const link = form.getByRole('link', { name: /^Save the file cases-.*\.encrypted\.json/ });
    await link.waitFor({ timeout: 20_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const path = await download.path();
    const text = await readFile(path, 'utf8');
    expect(JSON.parse(text)).toMatchObject({ format: 'mrk-encrypted-cases', version: 1 });
    expect(text).not.toContain('Worker A');

    const stats = page.locator('mr-case-stats');
    await stats.locator('#files').setInputFiles(path);
    await stats.getByLabel('Passphrase').fill('the wrong words');
    await stats.getByRole('button', { name: 'Open' }).click();
    await expect.poll(() => stats.locator('#passphrase-error').textContent(), { timeout: 20_000 }).toContain('The passphrase is wrong');
    await stats.getByLabel('Passphrase').fill('blue mango river lamp');
    await stats.getByRole('button', { name: 'Open' }).click();
    await expect.poll(() => stats.locator('#total-cases').textContent(), { timeout: 20_000 }).toBe('1');

    expect(foreign(seen.requests)).toEqual([]);
    expect(seen.errors).toEqual([]);
    expect(await storedState(page)).toEqual({ cookies: 0, local: 0, session: 0, idb: 0 });
    await page.context().close();
  });

  it('can be started with the keyboard alone', async () => {
    const { page, seen } = await open(360);
    const form = page.locator('mr-case-form');
    await form.getByLabel('The worker agreed that I write down their case').focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab'); // first consent scope
    await page.keyboard.press('ArrowDown'); // second scope: share without names
    await page.keyboard.press('Tab'); // date the worker agreed (today, already filled)
    await page.keyboard.press('Tab'); // Continue to the case
    await page.keyboard.press('Enter');
    await expect.poll(() => form.locator('[part=base]').getAttribute('data-section')).toBe('worker');
    const focused = await page.evaluate(() => document.querySelector('mr-case-form')!.shadowRoot!.activeElement?.id);
    expect(focused).toBe('section-heading');
    expect(seen.errors).toEqual([]);
    await page.context().close();
  });
});
