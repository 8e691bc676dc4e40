import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright';

import { storedState } from './browser.js';
import { useDemoPages } from './demo-page.js';

const demo = useDemoPages({ path: '/index.html', ready: ['mr-wage-calculator [part=base]'] });
const open = (path: string, width = 320) => demo.open({ path, width });
const foreign = demo.foreign;
/** From the first question to the extra-hours step: three months worked, basic 900, 1,500 received. */
async function answerThreeMonths(calc: Locator): Promise<void> {
    await calc.getByRole('button', { name: 'Next' }).click();
    await calc.getByLabel('First day of work in this period').fill('2025-01-01');
    await calc.getByLabel('Last day of work in this period').fill('2025-03-31');
    await calc.getByLabel('No, I still work there').check();
    await calc.getByRole('button', { name: 'Next' }).click();
    await calc.getByLabel('Basic wage per month').fill('900');
    await calc.getByRole('button', { name: 'Next' }).click();
    await calc.getByLabel('All wages you received for this period').fill('1500');
    await calc.getByRole('button', { name: 'Next' }).click();
}

/** The countries whose law chunk was requested (two letters, then the chunk's hashes). */
const lawOf = (requests: string[]) => [...new Set(requests.map((u) => /\/chunks\/([a-z]{2})-[A-Z0-9]+-[A-Z0-9]+\.js$/.exec(u)?.[1]).filter(Boolean))].sort();

describe('demo partner page with the CDN file alone', () => {
  it('walks a Qatar worker to a result with the keyboard-free flow, at 320 px, with no outside requests or storage', async () => {
    const { page, seen } = await open('/index.html');
    const calc = page.locator('mr-wage-calculator');
    await expect(calc.getByLabel('Country where you work').inputValue()).resolves.toBe('QA');
    await answerThreeMonths(calc);
    await calc.getByLabel('Extra hours on normal days').fill('10');

    const detail = page.evaluate(
      () => new Promise<{ total: { currency: string; minor: number }; lines: number }>((resolve) =>
        document.addEventListener('mr-calculate', (e) => {
          const claim = (e as CustomEvent).detail.claim;
          resolve({ total: claim.total, lines: claim.lines.length });
        }, { once: true })),
    );
    await calc.getByRole('button', { name: 'Show what I am owed' }).click();
    const result = await detail;
    expect(result.total.currency).toBe('QAR');
    expect(result.total.minor).toBeGreaterThan(0);
    const shown = await calc.locator('[part=total] strong').textContent();
    expect(shown).toBe(new Intl.NumberFormat('en', { style: 'currency', currency: 'QAR', currencyDisplay: 'code' }).format(result.total.minor / 100));
    await expect(calc.locator('[part=line]').count()).resolves.toBe(result.lines);
    await expect(calc.locator('[part=provenance] a').first().getAttribute('href')).resolves.toMatch(/^https:\/\//);

    // No horizontal scrolling on a 320 px phone.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    expect(foreign(seen.requests)).toEqual([]);
    expect(seen.errors).toEqual([]);
    expect(await storedState(page)).toEqual({ cookies: 0, local: 0, session: 0, idb: 0 });
    await page.context().close();
  });

  it('fetches every country\'s law together by default, so the host of these files cannot tell which country was chosen', async () => {
    const { page, seen } = await open('/index.html');
    const calc = page.locator('mr-wage-calculator');
    await expect.poll(() => lawOf(seen.requests)).toEqual(['ae', 'bh', 'hk', 'kw', 'my', 'om', 'qa', 'sa', 'sg']);
    const before = seen.requests.length;
    await calc.getByLabel('Country where you work').selectOption('HK');
    await calc.getByRole('button', { name: 'Next' }).click();
    expect(lawOf(seen.requests.slice(before))).toEqual([]); // choosing reveals nothing: all is here already
    expect(foreign(seen.requests)).toEqual([]);
    await page.context().close();
  });

  it('with law-download="chosen" fetches only the countries chosen, and when offline says so without losing an answer', async () => {
    const { page, seen } = await open('/data-saver.html');
    const calc = page.locator('mr-wage-calculator');
    await calc.getByLabel('Country where you work').selectOption('HK');
    await expect.poll(() => lawOf(seen.requests)).toEqual(['hk', 'qa']); // Qatar is preset by the page, Hong Kong was chosen

    await page.context().setOffline(true);
    await calc.getByLabel('Country where you work').selectOption('SA');
    await answerThreeMonths(calc);
    await calc.getByRole('button', { name: 'Show what I am owed' }).click();
    await expect(calc.locator('#country-error').textContent()).resolves.toContain('We could not load the rules for this country.');
    await expect(calc.getByLabel('Country where you work').inputValue()).resolves.toBe('SA');

    // Back online, Next leads through the kept answers to a result under Saudi law.
    await page.context().setOffline(false);
    for (let press = 0; press < 5 && (await calc.locator('[part=total]').count()) === 0; press++) {
      await calc.locator('button[type=submit]').click();
    }
    await expect(calc.locator('[part=total] strong').textContent()).resolves.toContain('SAR');
    expect(lawOf(seen.requests)).toEqual(['hk', 'qa', 'sa']);
    expect(foreign(seen.requests)).toEqual([]);
    await page.context().close();
  });

  it('can be used with the keyboard alone', async () => {
    const { page, seen } = await open('/index.html', 360);
    const calc = page.locator('mr-wage-calculator');
    await calc.getByLabel('Country where you work').focus();
    await page.keyboard.press('Tab'); // first worker-category radio
    await page.keyboard.press('Tab'); // Next (radios are one tab stop)
    await page.keyboard.press('Enter');
    await expect(calc.locator('[part=base]').getAttribute('data-step')).resolves.toBe('when');
    // Submitting with nothing filled keeps the person here and moves focus to the first problem.
    await page.keyboard.press('Tab');
    await calc.getByRole('button', { name: 'Next' }).press('Enter');
    await expect(calc.locator('.error').first().isVisible()).resolves.toBe(true);
    const focused = await page.evaluate(() => document.querySelector('mr-wage-calculator')!.shadowRoot!.activeElement?.id);
    expect(focused).toBe('start');
    expect(seen.errors).toEqual([]);
    await page.context().close();
  });

  it('speaks Arabic right-to-left on the Arabic page', async () => {
    const { page, seen } = await open('/ar.html');
    const base = page.locator('mr-wage-calculator [part=base]');
    await expect.poll(() => base.getAttribute('lang')).toBe('ar');
    await expect.poll(async () => /[\u0600-\u06FF]/.test((await page.locator('mr-wage-calculator #title').textContent()) ?? '')).toBe(true);
    expect(await base.getAttribute('dir')).toBe('rtl');
    // The Arabic catalogue is loaded from the widget's own folder, nowhere else.
    expect(foreign(seen.requests)).toEqual([]);
    expect(seen.requests.some((u) => u.includes('/cdn/chunks/'))).toBe(true);
    expect(seen.errors).toEqual([]);
    await page.context().close();
  });

  it('speaks Nepali on the Nepali page', async () => {
    const { page, seen } = await open('/ne.html');
    await expect.poll(async () => /[\u0900-\u097F]/.test((await page.locator('mr-wage-calculator #title').textContent()) ?? '')).toBe(true);
    expect(await page.locator('mr-wage-calculator [part=base]').getAttribute('dir')).toBe('ltr');
    expect(foreign(seen.requests)).toEqual([]);
    expect(seen.errors).toEqual([]);
    await page.context().close();
  });

  it('survives a second copy of the bundle on the same page', async () => {
    const { page, seen } = await open('/index.html');
    // A partner's CMS includes the widget twice (a different URL forces a second evaluation).
    await page.addScriptTag({ url: `${demo.server.url}/cdn/wage-calculator.js?copy=2`, type: 'module' });
    await page.waitForLoadState('networkidle');
    expect(seen.requests.filter((u) => u.includes('copy=2'))).toHaveLength(1);
    await expect(page.locator('mr-wage-calculator #title').textContent()).resolves.toMatch(/employer/);
    expect(seen.errors).toEqual([]);
    await page.context().close();
  });

  it('keeps the quick-exit button readable in the dark colour scheme (contrast at least 4.5:1)', async () => {
    const context = await demo.browser.newContext({ viewport: { width: 320, height: 720 }, colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(`${demo.server.url}/index.html`);
    const button = page.locator('mr-quick-exit button');
    await button.waitFor();
    const [fg, bg] = await button.evaluate((b) => [getComputedStyle(b).color, getComputedStyle(b).backgroundColor]);
    expect(contrast(fg, bg), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
    await context.close();
  });
});

/** WCAG contrast ratio of two computed `rgb(r, g, b)` colours. */
function contrast(a: string, b: string): number {
  const luminance = (color: string): number => {
    const [r, g, bl] = (color.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
