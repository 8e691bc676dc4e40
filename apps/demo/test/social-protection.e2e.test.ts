import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { storedState } from './browser.js';
import { useDemoPages, overflow, recordEvents, recordedEvents } from './demo-page.js';

const demo = useDemoPages({ path: '/protection.html', ready: ['mr-social-protection [part=gap-summary]'] });
const open = (width = 320) => demo.open({ width });
const foreign = demo.foreign;
const record = (page: Page) => recordEvents(page, ['mr-change']);
const recorded = (page: Page) => recordedEvents(page, 'mr-change');

describe('social protection demo page with the CDN file alone', () => {
  it('shows a Nepali worker in Malaysia area by area at 320 px, gaps first, every fact sourced, with no outside requests or storage', async () => {
    const { page, seen } = await open();
    const widget = page.locator('mr-social-protection');
    await expect(widget.getByLabel('Country where you work').inputValue()).resolves.toBe('MY');
    await expect(widget.getByLabel('Your home country').inputValue()).resolves.toBe('NP');
    await expect(widget.locator('#result-heading').textContent()).resolves.toMatch(/^A worker from Nepal working in Malaysia, on /);

    // Phones get the list, not the table.
    await expect(widget.locator('.matrix .list-view').isVisible()).resolves.toBe(true);
    await expect(widget.locator('.matrix .table-view').isVisible()).resolves.toBe(false);
    const cards = widget.locator('.matrix .list-view > li');
    await expect(cards.count()).resolves.toBe(9);

    // The gaps summary counts exactly the areas marked "No known cover".
    const count = Number(await widget.locator('[part=gap-summary]').getAttribute('data-gap-count'));
    await expect(widget.locator('.matrix .list-view > li[data-gap=true]').count()).resolves.toBe(count);
    await expect(widget.locator('.matrix .list-view > li[data-gap=true] .gap-marker').count()).resolves.toBe(count);
    if (count) await expect(widget.locator('[part=gap-summary]').textContent()).resolves.toContain(`no known cover in ${count} of the 9 areas`);

    // Malaysia's SOCSO invalidity scheme covers migrant workers (since 1 July 2024), with its source.
    const invalidity = widget.locator('.matrix .list-view > li[data-branch=invalidity] .side[data-side=destination]');
    await expect(invalidity.getAttribute('data-level')).resolves.toBe('mandatory');
    await expect(invalidity.locator('.item[data-scheme="MY.socso-invalidity"] [part=provenance] a').first().getAttribute('href')).resolves.toMatch(/^https:\/\//);

    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await expect(page.getByRole('link', { name: 'Back to the wage calculator' }).getAttribute('href')).resolves.toBe('./index.html');
    expect(foreign(seen.requests)).toEqual([]);
    expect(seen.errors).toEqual([]);
    expect(await storedState(page)).toEqual({ cookies: 0, local: 0, session: 0, idb: 0 });
    await page.context().close();
  });

  it('can be used with the keyboard alone: a domestic worker in the UAE is shut out of unemployment insurance', async () => {
    const { page, seen } = await open(360);
    const widget = page.locator('mr-social-protection');
    await record(page);

    // Type-ahead on the focused list of countries, as a person on a keyboard would.
    await widget.getByLabel('Country where you work').focus();
    await page.keyboard.type('United Arab');
    await expect.poll(() => widget.getByLabel('Country where you work').inputValue()).toBe('AE');
    await widget.getByRole('radio', { name: 'Domestic worker (in a home)' }).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => recorded(page)).toContainEqual({ origin: 'NP', destination: 'AE', compare: '', workerCategory: 'domestic' });

    const unemployment = widget.locator('.matrix .list-view > li[data-branch=unemployment]');
    await expect(unemployment.locator('.side[data-side=destination]').getAttribute('data-level')).resolves.toBe('excluded');
    await expect(unemployment.locator('.side[data-side=destination] .item[data-scheme="AE.iloe"]').count()).resolves.toBe(1);
    await expect(unemployment.locator('.side[data-side=destination]').textContent()).resolves.toContain('Domestic workers are excluded.');

    // Compare with Qatar: the side-by-side list appears, differences marked in words.
    await widget.getByLabel('Compare with another country').selectOption('QA');
    await expect.poll(() => recorded(page)).toContainEqual({ origin: 'NP', destination: 'AE', compare: 'QA', workerCategory: 'domestic' });
    await expect.poll(() => widget.locator('.compare .list-view > li').count()).toBe(9); // once Qatar's data has arrived
    const differs = Number(await widget.locator('.compare-summary').getAttribute('data-differs-count'));
    await expect(widget.locator('.compare .list-view > li[data-differs=true] .difference-marker').count()).resolves.toBe(differs);

    await expect(widget.getByRole('button', { name: 'Copy summary' }).isVisible()).resolves.toBe(true);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(foreign(seen.requests)).toEqual([]);
    expect(seen.errors).toEqual([]);
    await page.context().close();
  });

  it('is a real table on a wide screen, with row and column headers', async () => {
    const { page, seen } = await open(1280);
    const widget = page.locator('mr-social-protection');
    const table = widget.locator('.matrix table');
    await expect(table.isVisible()).resolves.toBe(true);
    await expect(widget.locator('.matrix .list-view').isVisible()).resolves.toBe(false);
    await expect(table.locator('tbody th[scope=row]').count()).resolves.toBe(9);
    await expect(table.locator('thead th[scope=col]').count()).resolves.toBe(4);
    await expect(table.getByRole('columnheader', { name: 'Where you work: Malaysia' }).count()).resolves.toBe(1);
    await expect(table.getByRole('rowheader', { name: /Injury at work/ }).count()).resolves.toBe(1);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(foreign(seen.requests)).toEqual([]);
    expect(seen.errors).toEqual([]);
    await page.context().close();
  });

  it('turns right-to-left when the page switches to Arabic, loading its language only from its own folder', async () => {
    const { page, seen } = await open();
    await page.evaluate(() => {
      document.documentElement.lang = 'ar';
    });
    const base = page.locator('mr-social-protection [part=base]');
    await expect.poll(() => base.getAttribute('lang')).toBe('ar');
    expect(await base.getAttribute('dir')).toBe('rtl');
    await expect.poll(() => seen.requests.some((u) => u.includes('/cdn/chunks/'))).toBe(true);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(foreign(seen.requests)).toEqual([]);
    expect(seen.errors).toEqual([]);
    await page.context().close();
  });
});
