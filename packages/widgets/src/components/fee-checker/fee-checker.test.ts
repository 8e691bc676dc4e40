import { expectScript } from '../../test-support/locale.js';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import axe from 'axe-core';
import { assessRecruitmentFees, type AssessmentInput, type FeeAssessment } from '@migrant-rights/sdk/fees';
import { format, fromMajor } from '@migrant-rights/sdk/money';
import { todayLocal, addDays } from '@migrant-rights/sdk/dates';
import '../../define/fee-checker.js';
import { MrFeeChecker } from './fee-checker.js';
import { MrForcedLabourScreen } from '../forced-labour-screen/forced-labour-screen.js';
import type { OnDemand } from '../../internal/on-demand.js';
import { standIn } from '../../test-support/network.js';
import { NEPAL_QATAR, answer, back, choose, click, currentStep, editPayment, errorIds, fillPayment, next, removePayment, settle, type } from './fee-checker.fixtures.js';

const mounted: HTMLElement[] = [];

function mount(markup: { lang?: string; attrs?: Record<string, string> } = {}): MrFeeChecker {
  const wrapper = document.createElement('div');
  if (markup.lang) wrapper.lang = markup.lang;
  const el = document.createElement('mr-fee-checker');
  for (const [k, v] of Object.entries(markup.attrs ?? {})) el.setAttribute(k, v);
  wrapper.append(el);
  document.body.append(wrapper);
  mounted.push(wrapper);
  return el;
}

async function localised(el: MrFeeChecker): Promise<void> {
  await vi.waitFor(() => expect((el as unknown as { l10n: { loading: boolean } }).l10n.loading).toBe(false), { timeout: 15_000 });
  await el.updateComplete;
}

/** The network behind the checker's rules (`engine.ts`): records each fetch, and can be offline or held back. */
const rulesOf = (el: MrFeeChecker) => standIn((el as unknown as { law: OnDemand<unknown> }).law);

const $ = (el: HTMLElement, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: HTMLElement, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const text = (el: HTMLElement, selector: string) => norm($(el, selector)?.textContent ?? '');
const value = (el: HTMLElement, id: string) => $(el, `#${id}`) && (($(el, `#${id}`) as HTMLInputElement).value);

async function axeViolations(el: Element): Promise<string[]> {
  const result = await axe.run(el, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'] });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

function sdk(input: AssessmentInput): FeeAssessment {
  const outcome = assessRecruitmentFees(input);
  if (!outcome.ok) throw new Error(`SDK rejected ${JSON.stringify(outcome.problems)}`);
  return outcome.assessment;
}

/** The same case as NEPAL_QATAR, written directly as SDK input (independent of the widget's form model). */
const NEPAL_QATAR_INPUT: AssessmentInput = {
  origin: 'NP',
  destination: 'QA',
  workerCategory: 'general',
  paidOn: '2024-03-01',
  payments: [{ purpose: 'agency-service', amount: fromMajor('NPR', 150000), paidTo: 'recruitment-agency', receipt: false }],
  monthlyWageAtDestination: fromMajor('QAR', 1800),
  exchangeRates: [{ from: 'QAR', to: 'NPR', rate: '36.5' }],
};

afterEach(() => {
  mounted.splice(0).forEach((m) => m.remove());
});

describe('registration', () => {
  it('defines the checker, and a second define never throws', () => {
    expect(customElements.get('mr-fee-checker')).toBe(MrFeeChecker);
    expect(() => MrFeeChecker.define('mr-fee-checker')).not.toThrow();
  });
});

describe('the rules come when a corridor is chosen', () => {
  it('shows the first questions without the rules, then fetches them once both countries are chosen: one chunk, whatever the corridor', async () => {
    const el = mount();
    const rules = rulesOf(el);
    await settle(el);
    expect(text(el, 'label[for=origin]')).toBe('Country you come from');
    expect(rules.fetched).toEqual([]);
    await choose(el, 'origin', 'NP');
    expect(rules.fetched).toEqual([]);
    await choose(el, 'destination', 'QA');
    expect(rules.fetched).toEqual(['fees']);
    await choose(el, 'destination', 'SA');
    expect(rules.fetched).toEqual(['fees']);

    const preset = mount({ attrs: { origin: 'PH', destination: 'SG' } });
    const presetRules = rulesOf(preset);
    await settle(preset);
    expect(presetRules.fetched).toEqual(['fees']);
    expect($(preset, '#contractMonths')).not.toBeNull();
  });

  it('when Next is pressed before the rules arrive, says it is loading, then asks the question they need', async () => {
    const el = mount();
    const rules = rulesOf(el);
    let arrive!: () => void;
    rules.hold = new Promise<void>((resolve) => (arrive = resolve));
    await settle(el);
    const select = (id: string, v: string) => {
      const s = $(el, `#${id}`) as HTMLSelectElement;
      s.value = v;
      s.dispatchEvent(new Event('change', { bubbles: true }));
    };
    select('origin', 'ID');
    select('destination', 'MY');
    await vi.waitFor(() => expect(rules.fetched).toEqual(['fees']));
    $(el, 'form.step button[type=submit]')!.click();
    await vi.waitFor(() => expect($(el, 'form.step')!.getAttribute('aria-busy')).toBe('true'));
    expect(text(el, '.loading')).toBe('Loading the information for the countries you chose…');
    expect(text(el, '[role=status].status')).toBe('Loading the information for the countries you chose…');
    expect($(el, '#occupation')).toBeNull();
    arrive();
    await settle(el);
    // Indonesia's rules for Malaysia depend on the job: the person sees that question before going on.
    expect(currentStep(el)).toBe('where');
    expect($(el, 'form.step')!.hasAttribute('aria-busy')).toBe(false);
    expect(el.shadowRoot!.activeElement?.id).toBe('occupation');
    await next(el);
    expect(currentStep(el)).toBe('payments');
  });

  it('offline, says so in the reader language on the country of the job, keeps every answer, and goes on once online', async () => {
    const el = mount({ lang: 'ne', attrs: { origin: 'NP', destination: 'QA' } });
    const rules = rulesOf(el);
    rules.online = false;
    await localised(el);
    await next(el);
    expect(currentStep(el)).toBe('where');
    expect(errorIds(el)).toEqual(['destination']);
    expectScript(el, text(el, '#destination-error'), /[\u0900-\u097F]/);
    expect(text(el, '#destination-error')).not.toBe('We could not load the rules for this country. Check your internet connection, then try again.');
    expect(el.shadowRoot!.activeElement?.id).toBe('destination');
    expect([value(el, 'origin'), value(el, 'destination')]).toEqual(['NP', 'QA']);
    expect($(el, 'form.step')!.hasAttribute('aria-busy')).toBe(false);
    await next(el); // still offline: tried again, same message
    expect(rules.fetched).toEqual(['fees', 'fees', 'fees']);
    expect(errorIds(el)).toEqual(['destination']);

    rules.online = true;
    await answer(el, NEPAL_QATAR);
    expect(currentStep(el)).toBe('result');
    expect(el.result).toEqual(sdk(NEPAL_QATAR_INPUT));
  });
});

describe('first step', () => {
  it('preselects the countries from the attributes, or the origin from the home currency', async () => {
    const el = mount({ attrs: { origin: 'np', destination: 'QA' } });
    await settle(el);
    expect(value(el, 'origin')).toBe('NP');
    expect(value(el, 'destination')).toBe('QA');
    expect(text(el, 'label[for=origin]')).toBe('Country you come from');
    const home = mount({ attrs: { 'currency-home': 'PHP', destination: 'HK' } });
    await settle(home);
    expect(value(home, 'origin')).toBe('PH');
  });

  it('asks for the job, the sex or the contract length only where the SDK needs them for that corridor', async () => {
    const el = mount({ attrs: { origin: 'NP', destination: 'QA' } });
    await settle(el);
    const asked = () => ['occupation', 'workerSex', 'contractMonths'].filter((id) => $(el, `#${id}`));
    expect(asked()).toEqual([]);
    await choose(el, 'origin', 'ID');
    await choose(el, 'destination', 'MY');
    expect(asked()).toEqual(['occupation']);
    await choose(el, 'origin', 'BD');
    await choose(el, 'destination', 'SA');
    expect(asked()).toEqual(['workerSex']);
    await choose(el, 'origin', 'PH');
    await choose(el, 'destination', 'SG');
    expect(asked()).toEqual(['contractMonths']);
    // These questions can be left empty: the step still goes on.
    await next(el);
    expect(currentStep(el)).toBe('payments');
  });

  it('says what is missing next to each field and focuses the first problem', async () => {
    const el = mount();
    await settle(el);
    await next(el);
    expect(currentStep(el)).toBe('where');
    expect(errorIds(el)).toEqual(['origin', 'destination']);
    expect(el.shadowRoot!.activeElement?.id).toBe('origin');
    expect($(el, '#origin')!.getAttribute('aria-describedby')).toBe('origin-error');
    expect(text(el, '#origin-error')).toBe('Please answer this question.');
    await choose(el, 'origin', 'PH');
    await choose(el, 'destination', 'SG');
    await type(el, 'contractMonths', 'two years');
    await next(el);
    expect(errorIds(el)).toEqual(['contractMonths']);
    expect(value(el, 'contractMonths')).toBe('two years');
  });
});

describe('payments, one by one', () => {
  it('adds payments, changes one, removes one, and announces each', async () => {
    const el = mount({ attrs: { origin: 'NP', destination: 'QA' } });
    await next(el);
    expect(currentStep(el)).toBe('payments');
    // With no payment yet, the form for the first one is open.
    expect($(el, '[part=editor]')).not.toBeNull();
    await fillPayment(el, { purpose: 'agency-service', amount: '50000', paidTo: 'recruitment-agency', date: '2024-02-01' });
    await fillPayment(el, { purpose: 'medical-exam', amount: '8000', paidTo: 'medical-centre', receipt: 'yes', date: '2024-02-10' });
    await fillPayment(el, { purpose: 'air-ticket', amount: '500', currency: 'destination', paidTo: 'recruitment-agency', receipt: 'no', date: '2024-02-20' });
    expect($$(el, '.payment-card').length).toBe(3);
    expect(text(el, '#payment-2-heading')).toContain('Air ticket');
    expect(text(el, '.payment-card:nth-child(3) .amount')).toBe('500 QAR');
    expect(text(el, '[role=status]')).toBe('Payment 3 saved.');
    expect(el.shadowRoot!.activeElement?.id).toBe('payment-2-heading');

    await editPayment(el, 1, { amount: '9000' });
    expect(text(el, '.payment-card:nth-child(2) .amount')).toBe('9000 NPR');

    await removePayment(el, 0);
    expect($$(el, '.payment-card').length).toBe(2);
    expect(text(el, '#payment-0-heading')).toContain('Medical exam');
    expect(text(el, '[role=status]')).toBe('Payment 1 removed.');
    expect(el.shadowRoot!.activeElement?.id).toBe('payments-heading');
  });

  it('shows an error on each field of a payment: empty or negative amount, bad or future date, no choice', async () => {
    const el = mount({ attrs: { origin: 'NP', destination: 'QA' } });
    await next(el);
    await fillPayment(el, { amount: '' });
    expect(errorIds(el)).toEqual(['payment-purpose', 'payment-amount', 'payment-paidTo', 'payment-date']);
    expect(el.shadowRoot!.activeElement?.id).toBe('payment-purpose');
    expect(text(el, '#payment-amount-error')).toBe('Please answer this question.');

    await fillPayment(el, { purpose: 'visa', amount: '-500', paidTo: 'government', date: '2023-02-30' });
    expect(errorIds(el)).toEqual(['payment-amount', 'payment-date']);
    expect(text(el, '#payment-amount-error')).toBe('The amount cannot be below zero.');
    expect($(el, '#payment-amount')!.getAttribute('aria-describedby')).toContain('payment-amount-error');
    expect(value(el, 'payment-amount')).toBe('-500');

    await fillPayment(el, { amount: 'five hundred', date: addDays(todayLocal(), 2) });
    expect(text(el, '#payment-amount-error')).toMatch(/numbers only/);
    expect(text(el, '#payment-date-error')).toMatch(/future/);

    // Next with an unfinished payment keeps the person here with the same problems.
    await next(el);
    expect(currentStep(el)).toBe('payments');
    expect(errorIds(el)).toContain('payment-amount');
  });

  it('saves a payment with Enter in a text box instead of leaving the step, and reports each step change', async () => {
    const el = mount({ attrs: { origin: 'NP', destination: 'QA' } });
    const steps: string[] = [];
    el.addEventListener('mr-step', (e) => steps.push((e as CustomEvent).detail.step));
    await next(el);
    await fillPayment(el, { purpose: 'visa', paidTo: 'government', date: '2024-01-05' }, false);
    $(el, '#payment-amount')!.focus();
    await userEvent.keyboard('7500{Enter}');
    await settle(el);
    expect(currentStep(el)).toBe('payments');
    expect($$(el, '.payment-card').length).toBe(1);
    expect(text(el, '.payment-card .amount')).toBe('7500 NPR');
    expect(steps).toEqual(['payments']);
  });

  it('needs at least one payment', async () => {
    const el = mount({ attrs: { origin: 'NP', destination: 'QA' } });
    await next(el);
    await fillPayment(el, { purpose: 'visa', amount: '5000', paidTo: 'government', date: '2024-01-05' });
    await removePayment(el, 0);
    await next(el);
    expect(currentStep(el)).toBe('payments');
    expect(errorIds(el)).toEqual(['payments']);
    expect(el.shadowRoot!.activeElement?.id).toBe('add-payment');
    expect($(el, '#add-payment')!.getAttribute('aria-describedby')).toBe('payments-error');
  });
});

describe('wage and exchange rate', () => {
  it('asks for the rate when amounts in two currencies must be compared, and checks it', async () => {
    const el = mount({ attrs: { origin: 'NP', destination: 'QA' } });
    await answer(el, { payments: NEPAL_QATAR.payments!, wage: '1800' });
    expect(currentStep(el)).toBe('wage');
    expect(errorIds(el)).toEqual(['rate']);
    expect(text(el, 'label[for=rate]')).toBe('How many NPR for 1 QAR?');
    expect(text(el, '#rate-error')).toContain('QAR');
    await type(el, 'rate', '0');
    await type(el, 'wage', '-1');
    await next(el);
    expect(errorIds(el)).toEqual(['wage', 'rate']);
    expect(el.shadowRoot!.activeElement?.id).toBe('wage');
  });

  it('lets a worker who paid only in home money and knows no wage go on without a rate', async () => {
    const el = mount({ attrs: { origin: 'NP', destination: 'QA' } });
    await answer(el, { payments: NEPAL_QATAR.payments! });
    expect(currentStep(el)).toBe('result');
    expect(text(el, '[part=months]')).toContain('Enter your monthly wage');
  });
});

describe('nothing is lost', () => {
  it('keeps every answer, and an unsaved payment, when going back and forth', async () => {
    const el = mount();
    await answer(el, { origin: 'ID', destination: 'MY', occupation: 'housekeeper', payments: [{ purpose: 'training', amount: '2500000', paidTo: 'training-centre', date: '2024-01-15' }], wage: '1700' }, 'result');
    expect(currentStep(el)).toBe('wage');
    await back(el);
    expect(currentStep(el)).toBe('payments');
    await fillPayment(el, { purpose: 'passport', amount: '350000' }, false);
    await back(el);
    expect(currentStep(el)).toBe('where');
    expect([value(el, 'origin'), value(el, 'destination'), value(el, 'occupation')]).toEqual(['ID', 'MY', 'housekeeper']);
    await next(el);
    expect($$(el, '.payment-card').length).toBe(1);
    expect(value(el, 'payment-amount')).toBe('350000');
    expect(($$(el, 'input[name="payment.purpose"]') as HTMLInputElement[]).find((r) => r.checked)?.value).toBe('passport');
    await click(el, '[part=editor] .card-actions button.secondary'); // cancel the unsaved one
    await next(el);
    expect(value(el, 'wage')).toBe('1700');
  });
});

describe('result', () => {
  it('shows the SDK assessment: ILO and cap verdicts with sources, totals in both currencies and the months bar', async () => {
    const el = mount({ attrs: { origin: 'NP', destination: 'QA', 'currency-home': 'NPR' } });
    const events: CustomEvent[] = [];
    el.addEventListener('mr-assess', (e) => events.push(e as CustomEvent));
    await answer(el, NEPAL_QATAR);
    expect(currentStep(el)).toBe('result');

    const expected = sdk(NEPAL_QATAR_INPUT);
    expect(el.result).toEqual(expected);
    expect(expected.monthsOfWages?.display).toBe('2.28');
    expect(events).toHaveLength(1);
    expect(events[0]!.detail.assessment).toEqual(expected);
    expect(events[0]!.detail.input).toEqual(NEPAL_QATAR_INPUT);
    expect(events[0]!.bubbles && events[0]!.composed).toBe(true);

    // Totals in both currencies, exactly as the SDK converted them.
    const paid = expected.totals.converted.map((c) => norm(format(c.paid!, 'en')));
    expect(paid).toEqual(['QAR 4,109.59', 'NPR 150,000.00']);
    for (const p of paid) expect(text(el, '.total-row.paid dd')).toContain(p);

    // Months of wages, with a bar that says the same in words.
    expect(text(el, '.months-text')).toBe('These costs equal 2.28 months of your wages.');
    const bar = $(el, 'svg[part=bar]')!;
    expect(bar.getAttribute('role')).toBe('img');
    expect(bar.getAttribute('aria-label')).toBe('Bar: 2.28 months of wages, on a scale of 3 months.');
    expect(Number(bar.querySelector('.bar-fill')!.getAttribute('width'))).toBeCloseTo(76, 0);

    // Per payment: "should you have paid this?" with the ILO source, and each national rule.
    const card = $(el, '.assessed')!;
    expect(card.querySelector('.verdict.ilo .answer')!.textContent).toBe('No');
    expect(card.querySelector('.verdict.ilo [part=provenance] a')!.getAttribute('href')).toMatch(/^https:\/\/www\.ilo\.org\//);
    const cap = card.querySelector<HTMLElement>('[data-rule=np-service-fee-gulf]')!;
    expect(cap.dataset['status']).toBe('exceeds');
    const verdict = expected.payments[0]!.caps.find((c) => c.ruleId === 'np-service-fee-gulf')!;
    expect(norm(cap.querySelector('.by')!.textContent!)).toBe(norm(`Over the limit by ${format(verdict.by!, 'en')}`));
    expect(norm(cap.querySelector('.limit')!.textContent!)).toBe('Legal limit: NPR 10,000.00');
    expect(cap.querySelector('[part=provenance]')!.textContent).toMatch(/In force since/);
    expect(card.querySelector<HTMLElement>('[data-rule=qa-recruiter-no-fees]')!.dataset['status']).toBe('banned');

    // Unverified facts are flagged, and no raw code is ever shown.
    expect(text(el, '[part=result] > [part=verification]')).toMatch(/not verified/);
    expect($$(el, '[part=verification]').length).toBeGreaterThan(1);
    expect(text(el, '[part=result]')).not.toMatch(/\b(fees|feeChecker|error)\.[a-z]/);
    expect($$(el, '.warnings li').map((li) => li.dataset['code'])).toContain('fees.warning.debtBondageRisk');
  });

  it('shows a payment in the destination currency measured against a cap in home currency, with the rate', async () => {
    const el = mount({ attrs: { origin: 'NP', destination: 'QA' } });
    await answer(el, {
      payments: [
        { purpose: 'agency-service', amount: '8000', paidTo: 'recruitment-agency', date: '2024-03-01' },
        { purpose: 'agency-service', amount: '200', currency: 'destination', paidTo: 'sub-agent', date: '2024-03-05' },
      ],
      rate: '36.5',
    });
    expect(currentStep(el)).toBe('result');
    const expected = sdk({
      origin: 'NP',
      destination: 'QA',
      workerCategory: 'general',
      paidOn: '2024-03-01',
      payments: [
        { purpose: 'agency-service', amount: fromMajor('NPR', 8000), paidTo: 'recruitment-agency' },
        { purpose: 'agency-service', amount: fromMajor('QAR', 200), paidTo: 'sub-agent' },
      ],
      exchangeRates: [{ from: 'QAR', to: 'NPR', rate: '36.5' }],
    });
    expect(el.result).toEqual(expected);
    // 8,000 + 200 × 36.5 = 15,300 NPR: 5,300 over the NPR 10,000 cap, all of it from the second payment.
    const v = expected.payments[1]!.caps.find((c) => c.ruleId === 'np-service-fee-gulf')!;
    expect(v.byInCapCurrency).toEqual(fromMajor('NPR', 5300));
    expect(text(el, '.assessed[data-index="1"] [data-rule=np-service-fee-gulf] .by')).toBe(norm(`Over the limit by ${format(v.by!, 'en')} (${format(v.byInCapCurrency!, 'en')})`));
    expect(text(el, '.note-dates')).toContain('first day');
  });

  it('asks for a missing answer from the result: the Singapore cap needs the contract length', async () => {
    const el = mount({ attrs: { origin: 'PH', destination: 'SG' } });
    await answer(el, { payments: [{ purpose: 'agency-service', amount: '20000', paidTo: 'recruitment-agency', date: '2025-01-10' }], wage: '800', rate: '42' });
    expect(currentStep(el)).toBe('result');
    const needs = $(el, '[data-rule=sg-agency-fee][data-status=needs-input]')!;
    expect(needs.textContent).toContain('how long your contract is');
    needs.querySelector<HTMLButtonElement>('button')!.click();
    await settle(el);
    expect(currentStep(el)).toBe('where');
    expect(el.shadowRoot!.activeElement?.id).toBe('contractMonths');
    await type(el, 'contractMonths', '24');
    await next(el);
    await next(el);
    await next(el);
    expect(currentStep(el)).toBe('result');
    expect(el.result!.rules.find((r) => r.rule.ruleId === 'sg-agency-fee')!.status).not.toBe('needs-input');
  });

  it('"Complain about these fees" emits mr-navigate and drives the pathway named by pathway-for', async () => {
    const target = document.createElement('div');
    target.id = 'pathway';
    document.body.append(target);
    mounted.push(target);
    const el = mount({ attrs: { origin: 'BD', destination: 'SA', 'pathway-for': 'pathway' } });
    await answer(el, { workerSex: 'male', payments: [{ purpose: 'agency-service', amount: '400000', paidTo: 'recruitment-agency', date: '2024-05-01' }] });
    const seen: CustomEvent[] = [];
    el.addEventListener('mr-navigate', (e) => seen.push(e as CustomEvent));
    await click(el, 'button.complain');
    expect(seen[0]?.detail).toEqual({ to: 'complaint-pathway', destination: 'SA', origin: 'BD', workerCategory: 'general', problem: 'recruitment-fees' });
    expect(target).toMatchObject({ destination: 'SA', origin: 'BD', problem: 'recruitment-fees' });
  });

  it('gives a printable summary with sources and no names, and print shows the result, not the form', async () => {
    const el = mount({ attrs: { origin: 'NP', destination: 'QA' } });
    await answer(el, NEPAL_QATAR);
    const summary = $(el, '#summary-text')!.textContent!;
    expect(summary).toContain('Recruitment fees check');
    expect(summary).toContain('From Nepal to Qatar');
    expect(summary).toContain('https://');
    expect(summary).toContain('2.28 months');
    expect(summary).toContain('contains no names');
    await page.viewport(414, 800);
    const css = [...el.shadowRoot!.adoptedStyleSheets].flatMap((s) => [...s.cssRules]).map((r) => r.cssText).join('\n');
    expect(css).toMatch(/@media print[\s\S]*\.step[\s\S]*display: none/);
  });

  it('offers the forced-labour questions, with debt bondage raised from these fees', async () => {
    const el = mount({ attrs: { origin: 'NP', destination: 'QA' } });
    await answer(el, NEPAL_QATAR);
    await click(el, '#open-screen');
    expect(currentStep(el)).toBe('screen');
    const screen = $(el, 'mr-forced-labour-screen') as MrForcedLabourScreen;
    await screen.updateComplete;
    expect(screen.feeAssessment).toEqual(el.result);
    for (let i = 0; i < 7; i++) {
      const button = screen.shadowRoot!.querySelector<HTMLButtonElement>('.start, button[type=submit]')!;
      button.click();
      await screen.updateComplete;
    }
    expect(screen.result!.indicators.find((i) => i.id === 'debt-bondage')!.status).toBe('possible');
    expect(screen.shadowRoot!.querySelector('[data-indicator=debt-bondage]')!.textContent).toContain('2.28 months');
    // Back to the result and back again: the answers are still there.
    await click(el, '.screen .actions button');
    expect(currentStep(el)).toBe('result');
    expect(el.shadowRoot!.activeElement?.id).toBe('open-screen');
    await click(el, '#open-screen');
    expect(($(el, 'mr-forced-labour-screen') as MrForcedLabourScreen).result).toBeDefined();
  });

  it('writes nothing to cookies or storage, and clearState forgets everything', async () => {
    const before = { cookie: document.cookie, local: localStorage.length, session: sessionStorage.length };
    const el = mount({ attrs: { origin: 'NP', destination: 'QA' } });
    await answer(el, NEPAL_QATAR);
    expect(currentStep(el)).toBe('result');
    expect({ cookie: document.cookie, local: localStorage.length, session: sessionStorage.length }).toEqual(before);
    el.clearState();
    await settle(el);
    expect(currentStep(el)).toBe('where');
    expect(el.result).toBeUndefined();
    await next(el);
    expect($$(el, '.payment-card').length).toBe(0);
  });
});

describe('accessibility and small screens', () => {
  it('has no axe violations and no horizontal scroll at 320 px on every step', async () => {
    await page.viewport(320, 640);
    const el = mount({ attrs: { origin: 'NP', destination: 'QA' } });
    await settle(el);
    const check = async (step: string) => {
      expect(currentStep(el)).toBe(step);
      expect(await axeViolations(el)).toEqual([]);
      expect(el.scrollWidth).toBeLessThanOrEqual(320);
    };
    await check('where');
    await next(el);
    await check('payments'); // the payment form open
    await fillPayment(el, { amount: '-1' });
    await check('payments'); // with errors
    await fillPayment(el, NEPAL_QATAR.payments![0]!);
    await check('payments'); // the list
    await next(el);
    await check('wage');
    await type(el, 'wage', '1800');
    await next(el);
    await check('wage'); // the missing rate shown as an error
    await type(el, 'rate', '36.5');
    await next(el);
    await check('result');
    await click(el, '#open-screen');
    await check('screen');
  });
});

describe('localisation per element', () => {
  beforeAll(async () => {
    await page.viewport(414, 800);
  });

  it('follows the nearest lang: Arabic is right-to-left, Nepali in Devanagari, side by side', async () => {
    const ar = mount({ lang: 'ar', attrs: { origin: 'BD', destination: 'SA' } });
    const ne = mount({ lang: 'ne', attrs: { origin: 'NP', destination: 'QA' } });
    const en = mount({ attrs: { origin: 'NP', destination: 'QA' } });
    await Promise.all([localised(ar), localised(ne), localised(en)]);
    expect($(ar, '[part=base]')!.getAttribute('dir')).toBe('rtl');
    expectScript(ar, text(ar, '#title'), /[\u0600-\u06FF]/);
    expect($(ne, '[part=base]')!.getAttribute('dir')).toBe('ltr');
    expectScript(ne, text(ne, '#title'), /[\u0900-\u097F]/);
    expect(text(en, '#title')).toBe('Did you pay too much to get your job?');
    expect(await axeViolations(ar)).toEqual([]);
  });

  it('says errors and results in Nepali, with the figures in Nepali digits', async () => {
    const el = mount({ lang: 'ne', attrs: { origin: 'NP', destination: 'QA' } });
    await localised(el);
    await next(el);
    await fillPayment(el, { amount: '' });
    expectScript(el, text(el, '#payment-amount-error'), /[\u0900-\u097F]/);
    await fillPayment(el, { purpose: 'agency-service', amount: '१५००००', paidTo: 'recruitment-agency', date: '2024-03-01' });
    await next(el);
    await answer(el, { wage: '१८००', rate: '३६.५' });
    expect(currentStep(el)).toBe('result');
    expect(el.result!.payments[0]!.payment.amount).toEqual(fromMajor('NPR', 150000));
    // Figures go through Intl in the reader's locale (its digits, whatever this browser's CLDR says for ne).
    expect(text(el, '.months-text')).toContain(new Intl.NumberFormat('ne', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(2.28));
  });

  it('words the result in the reader language as soon as it shows: the law\'s wording arrives with the rules', async () => {
    // The Nepali wording of the law takes 1.5 s to arrive once asked for: the answer must wait for it, not show English first.
    const { words } = await import('./engine.js');
    const real = words.loaders.ne!;
    words.loaders.ne = () => new Promise((r) => setTimeout(r, 1500)).then(real);
    try {
      const el = mount({ lang: 'ne' });
      await localised(el); // the first screen, in Nepali, before any country is chosen
      let first: string[] | undefined;
      const seen = new MutationObserver(() => {
        if (first || !$(el, '[part=result]')) return;
        first = [...$$(el, '.verdict.cap .status-line'), ...$$(el, '.verdict.ilo > p:not(.kind)'), $(el, '.months-text')!].map((n) => norm(n.textContent!));
      });
      seen.observe(el.shadowRoot!, { childList: true, subtree: true });
      await answer(el, NEPAL_QATAR);
      seen.disconnect();
      expect(currentStep(el)).toBe('result');
      expect(first!.length).toBeGreaterThan(2);
      for (const line of first!) expect(line).toMatch(/[\u0900-\u097F]/);
    } finally {
      words.loaders.ne = real;
    }
  });

  it('mirrors the months bar in Arabic (right-to-left)', async () => {
    const el = mount({ lang: 'ar', attrs: { origin: 'NP', destination: 'QA' } });
    await localised(el);
    await answer(el, NEPAL_QATAR);
    expect(currentStep(el)).toBe('result');
    expect(getComputedStyle($(el, 'svg[part=bar]')!).transform).not.toBe('none');
  });
});
