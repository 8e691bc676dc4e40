/**
 * Drives <mr-fee-checker> through its steps as a person would (choosing, typing, pressing Save and
 * Next). Shared by the component tests and the Storybook stories' play functions, so every story
 * state is also a tested state.
 */
import type { MrFeeChecker } from './fee-checker.js';
import type { View } from './form-model.js';

export interface PaymentAnswers {
  purpose?: string;
  amount?: string;
  /** `origin` (default) or `destination`. */
  currency?: 'origin' | 'destination';
  paidTo?: string;
  receipt?: 'yes' | 'no';
  date?: string;
}

export interface FeeAnswers {
  origin?: string;
  destination?: string;
  category?: 'general' | 'domestic';
  occupation?: string;
  workerSex?: 'female' | 'male';
  contractMonths?: string;
  payments?: PaymentAnswers[];
  wage?: string;
  rate?: string;
}

function root(el: HTMLElement): ShadowRoot {
  return el.shadowRoot!;
}

export async function settle(el: MrFeeChecker): Promise<void> {
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(() => r(null)));
  await el.updateComplete;
}

export async function type(el: MrFeeChecker, id: string, value: string): Promise<void> {
  const input = root(el).querySelector<HTMLInputElement>(`#${id}`);
  if (!input) throw new Error(`No field #${id} on step ${currentStep(el)}`);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await settle(el);
}

export async function choose(el: MrFeeChecker, name: string, value: string): Promise<void> {
  const select = root(el).querySelector<HTMLSelectElement>(`select#${name}`);
  if (select) {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  } else {
    const radio = [...root(el).querySelectorAll<HTMLInputElement>(`input[type=radio][name="${name}"]`)].find((r) => r.value === value);
    if (!radio) throw new Error(`No choice ${name}=${value} on step ${currentStep(el)}`);
    radio.click();
  }
  await settle(el);
}

export async function click(el: MrFeeChecker, selector: string): Promise<void> {
  await settle(el);
  const button = root(el).querySelector<HTMLButtonElement>(selector);
  if (!button) throw new Error(`No button ${selector} on step ${currentStep(el)}`);
  button.click();
  await settle(el);
}

export async function next(el: MrFeeChecker): Promise<void> {
  await click(el, 'form.step button[type=submit]');
}

export async function back(el: MrFeeChecker): Promise<void> {
  await click(el, 'form.step [part=actions] button.secondary');
}

export function currentStep(el: MrFeeChecker): View {
  return (root(el).querySelector<HTMLElement>('[part=base]')?.dataset['step'] ?? 'where') as View;
}

export function errorIds(el: MrFeeChecker): string[] {
  return [...root(el).querySelectorAll('.error[id]')].map((e) => e.id.replace(/-error$/, ''));
}

/** Fills the payment editor (opening it if needed) and, unless `save` is false, saves it. */
export async function fillPayment(el: MrFeeChecker, p: PaymentAnswers, save = true): Promise<void> {
  if (!root(el).querySelector('[part=editor]')) await click(el, '#add-payment');
  if (p.purpose) await choose(el, 'payment.purpose', p.purpose);
  if (p.amount !== undefined) await type(el, 'payment-amount', p.amount);
  if (p.currency) await choose(el, 'payment.currency', p.currency);
  if (p.paidTo) await choose(el, 'payment.paidTo', p.paidTo);
  if (p.receipt) await choose(el, 'payment.receipt', p.receipt);
  if (p.date !== undefined) await type(el, 'payment-date', p.date);
  if (save) await click(el, '[part=editor] button.save');
}

export async function removePayment(el: MrFeeChecker, index: number): Promise<void> {
  await click(el, `#payment-${index}-remove`);
}

export async function editPayment(el: MrFeeChecker, index: number, patch: PaymentAnswers): Promise<void> {
  await click(el, `#payment-${index}-edit`);
  await fillPayment(el, patch);
}

/** Answers the steps in order from the current one, stopping on `until` (or earlier if a step shows errors). */
export async function answer(el: MrFeeChecker, a: FeeAnswers, until: View = 'result'): Promise<void> {
  await settle(el);
  const order: Array<[View, () => Promise<void>]> = [
    ['where', async () => {
      if (a.origin !== undefined) await choose(el, 'origin', a.origin);
      if (a.destination !== undefined) await choose(el, 'destination', a.destination);
      if (a.category) await choose(el, 'category', a.category);
      if (a.occupation) await choose(el, 'occupation', a.occupation);
      if (a.workerSex) await choose(el, 'workerSex', a.workerSex);
      if (a.contractMonths !== undefined) await type(el, 'contractMonths', a.contractMonths);
    }],
    ['payments', async () => {
      for (const p of a.payments ?? []) {
        await fillPayment(el, p);
        if (root(el).querySelector('[part=editor] .error')) return;
      }
    }],
    ['wage', async () => {
      if (a.wage !== undefined) await type(el, 'wage', a.wage);
      if (a.rate !== undefined) await type(el, 'rate', a.rate);
    }],
  ];
  // Starts from the step on screen, so a story or test can answer the rest of the way.
  const start = order.findIndex(([step]) => step === currentStep(el));
  for (const [step, fill] of order.slice(Math.max(start, 0))) {
    if (step === until) return;
    if (currentStep(el) !== step) return;
    await fill();
    await next(el);
    if (currentStep(el) === step) return; // errors kept us here
  }
}

/** A Nepali worker in Qatar who paid NPR 150,000 to the agency: the SDK's worked example (2.28 months). */
export const NEPAL_QATAR: FeeAnswers = {
  origin: 'NP',
  destination: 'QA',
  payments: [{ purpose: 'agency-service', amount: '150000', paidTo: 'recruitment-agency', receipt: 'no', date: '2024-03-01' }],
  wage: '1800',
  rate: '36.5',
};
