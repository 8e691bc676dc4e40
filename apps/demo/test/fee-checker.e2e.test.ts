import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright';
import { storedState } from './browser.js';
import { useDemoPages, overflow } from './demo-page.js';

const demo = useDemoPages({ path: '/fees.html', ready: ['mr-fee-checker [part=base]'] });
const open = (width = 320) => demo.open({ width });
const foreign = demo.foreign;

/** Adds one payment the way a worker would: tap what it paid for, type, tap, save. */
async function addPayment(checker: Locator, p: { purpose: string; amount: string; paidTo: string; receipt: string; date: string }): Promise<void> {
  await checker.getByLabel(p.purpose, { exact: true }).check();
  await checker.getByLabel('How much did you pay?').fill(p.amount);
  await checker.getByLabel(p.paidTo, { exact: true }).check();
  await checker.getByLabel(p.receipt, { exact: true }).check();
  await checker.getByLabel('When did you pay?').fill(p.date);
  await checker.getByRole('button', { name: 'Save this payment' }).click();
}

describe('fee checker on a partner page with its CDN file alone', () => {
  it('walks a Nepali worker in Qatar to a result at 320 px, with no outside requests and nothing stored', async () => {
    const { page, seen } = await open();
    const checker = page.locator('mr-fee-checker');
    await expect(checker.getByLabel('Country you come from').inputValue()).resolves.toBe('NP');
    await expect(checker.getByLabel('Country of the job').inputValue()).resolves.toBe('QA');
    await checker.getByRole('button', { name: 'Next' }).click();

    await addPayment(checker, { purpose: 'Agency or agent service fee', amount: '150000', paidTo: 'Recruitment agency', receipt: 'No receipt', date: '2024-03-01' });
    await checker.getByRole('button', { name: 'Add another payment' }).click();
    await addPayment(checker, { purpose: 'Medical exam', amount: '8000', paidTo: 'Medical centre', receipt: 'Yes, I got a receipt', date: '2024-02-20' });
    await expect(checker.locator('.payment-card').count()).resolves.toBe(2);
    await checker.getByRole('button', { name: 'Remove payment 2' }).click();
    await expect(checker.locator('.payment-card').count()).resolves.toBe(1);
    await checker.getByRole('button', { name: 'Next' }).click();

    await checker.getByLabel('Monthly wage in the job abroad (you can leave it empty)').fill('1800');
    // The rate is never fetched: without it the checker asks for it, next to the field.
    await checker.getByRole('button', { name: 'Check my payments' }).click();
    await expect(checker.locator('#rate-error').isVisible()).resolves.toBe(true);
    await checker.getByLabel('How many NPR for 1 QAR?').fill('36.5');

    const assessed = page.evaluate(
      () => new Promise<{ months?: string; exceeds: string[] }>((resolve) =>
        document.addEventListener('mr-assess', (e) => {
          const a = (e as CustomEvent).detail.assessment;
          resolve({ months: a.monthsOfWages?.display, exceeds: a.rules.filter((r: { status: string }) => r.status === 'exceeds').map((r: { rule: { ruleId: string } }) => r.rule.ruleId) });
        }, { once: true })),
    );
    await checker.getByRole('button', { name: 'Check my payments' }).click();
    const result = await assessed;
    expect(result).toEqual({ months: '2.28', exceeds: ['np-service-fee-gulf'] });
    await expect(checker.locator('.months-text').textContent()).resolves.toBe('These costs equal 2.28 months of your wages.');
    await expect(checker.locator('[part=bar]').getAttribute('aria-label')).resolves.toMatch(/2\.28 months/);
    await expect(checker.locator('.verdict.ilo .answer').first().textContent()).resolves.toBe('No');
    await expect(checker.locator('[part=provenance] a').first().getAttribute('href')).resolves.toMatch(/^https:\/\//);

    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(foreign(seen.requests)).toEqual([]);
    expect(seen.errors).toEqual([]);
    expect(await storedState(page)).toEqual({ cookies: 0, local: 0, session: 0, idb: 0 });
    await page.context().close();
  });

  it('sends the person to the complaint pathway for recruitment fees, and offers the forced-labour questions', async () => {
    const { page, seen } = await open(360);
    const checker = page.locator('mr-fee-checker');
    await checker.getByRole('button', { name: 'Next' }).click();
    await addPayment(checker, { purpose: 'Deposit', amount: '50000', paidTo: 'Recruitment agency', receipt: 'No receipt', date: '2024-03-01' });
    await checker.getByRole('button', { name: 'Next' }).click();
    await checker.getByRole('button', { name: 'Check my payments' }).click();

    const navigate = page.evaluate(
      () => new Promise<unknown>((resolve) => document.addEventListener('mr-navigate', (e) => resolve((e as CustomEvent).detail), { once: true })),
    );
    await checker.getByRole('button', { name: 'Complain about these fees' }).click();
    expect(await navigate).toEqual({ to: 'complaint-pathway', destination: 'QA', origin: 'NP', workerCategory: 'general', problem: 'recruitment-fees' });

    await checker.getByRole('button', { name: /Answer a few questions/ }).click();
    const screen = checker.locator('mr-forced-labour-screen');
    await screen.getByRole('button', { name: 'Start the questions' }).click();
    await expect(screen.locator('fieldset[part=question]').count()).resolves.toBe(4);
    await screen.getByRole('button', { name: 'Clear my answers' }).click();
    await expect(screen.locator('[role=status]').textContent()).resolves.toBe('Your answers have been cleared.');

    expect(foreign(seen.requests)).toEqual([]);
    expect(seen.errors).toEqual([]);
    expect(await storedState(page)).toEqual({ cookies: 0, local: 0, session: 0, idb: 0 });
    await page.context().close();
  });

  it('links back to the partner home page', async () => {
    const { page } = await open();
    await expect(page.getByRole('link', { name: 'Back to the wage calculator' }).getAttribute('href')).resolves.toBe('./index.html');
    await page.context().close();
  });
});
