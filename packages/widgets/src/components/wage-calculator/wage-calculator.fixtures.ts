/**
 * Drives <mr-wage-calculator> through its steps as a person would (typing, choosing, pressing
 * Next). Shared by the component tests and the Storybook stories' play functions, so every
 * story state is also a tested state.
 */
import type { OnDemand } from '../../internal/on-demand.js';
import { standIn } from '../../test-support/network.js';
import type { MrWageCalculator } from './wage-calculator.js';
import type { Step } from './form-model.js';

export interface Answers {
  country?: string;
  category?: 'general' | 'domestic';
  start?: string;
  end?: string;
  ended?: 'yes' | 'no';
  ending?: 'contract-end' | 'termination' | 'resignation';
  contractSignedOn?: string;
  employerSize?: 'under-5' | '5-or-more';
  basic?: string;
  housing?: string;
  food?: string;
  housingProvided?: boolean;
  foodProvided?: boolean;
  paid?: string;
  gratuityPaid?: string;
  deductions?: Array<{ month: string; amount: string; kind?: string }>;
  overtime?: Partial<Record<'ordinary' | 'night' | 'restDay' | 'publicHoliday', string>>;
  overtimePaid?: string;
}

function root(el: MrWageCalculator): ShadowRoot {
  return el.shadowRoot!;
}

async function settle(el: MrWageCalculator): Promise<void> {
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(() => r(null)));
  await el.updateComplete;
}

export async function type(el: MrWageCalculator, id: string, value: string): Promise<void> {
  const input = root(el).querySelector<HTMLInputElement>(`#${id}`);
  if (!input) throw new Error(`No field #${id} on step ${currentStep(el)}`);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await settle(el);
}

export async function choose(el: MrWageCalculator, name: string, value: string): Promise<void> {
  const select = root(el).querySelector<HTMLSelectElement>(`select#${name}`);
  if (select) {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  } else {
    const radio = [...root(el).querySelectorAll<HTMLInputElement>(`input[type=radio][name="${name}"]`)].find((r) => r.value === value);
    if (!radio) throw new Error(`No choice ${name}=${value}`);
    radio.click();
  }
  await settle(el);
}

export async function tick(el: MrWageCalculator, labelIndex: number, checked: boolean): Promise<void> {
  const box = root(el).querySelectorAll<HTMLInputElement>('input[type=checkbox]')[labelIndex];
  if (box && box.checked !== checked) box.click();
  await settle(el);
}

export async function next(el: MrWageCalculator): Promise<void> {
  await settle(el);
  root(el).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
  await settle(el);
}

export function currentStep(el: MrWageCalculator): Step {
  return (root(el).querySelector<HTMLElement>('[part=base]')?.dataset['step'] ?? 'where') as Step;
}

export function errorIds(el: MrWageCalculator): string[] {
  return [...root(el).querySelectorAll('.error[id]')].map((e) => e.id.replace(/-error$/, ''));
}

/** Answers the steps in order, stopping on `until` (or earlier if a step shows errors). */
export async function answer(el: MrWageCalculator, a: Answers, until: Step = 'result'): Promise<void> {
  await settle(el);
  const order: Array<[Step, () => Promise<void>]> = [
    ['where', async () => {
      if (a.country !== undefined) await choose(el, 'country', a.country);
      if (a.category) await choose(el, 'category', a.category);
    }],
    ['when', async () => {
      if (a.start !== undefined) await type(el, 'start', a.start);
      if (a.end !== undefined) await type(el, 'end', a.end);
      if (a.ended) await choose(el, 'ended', a.ended);
      if (a.ending) await choose(el, 'ending', a.ending);
      if (a.contractSignedOn) await type(el, 'contractSignedOn', a.contractSignedOn);
      if (a.employerSize) await choose(el, 'employerSize', a.employerSize);
    }],
    ['pay', async () => {
      if (a.basic !== undefined) await type(el, 'basic', a.basic);
      if (a.housing) await type(el, 'housing', a.housing);
      if (a.housingProvided) await tick(el, 0, true);
      if (a.food) await type(el, 'food', a.food);
      if (a.foodProvided) await tick(el, 1, true);
    }],
    ['received', async () => {
      if (a.paid !== undefined) await type(el, 'paid', a.paid);
      if (a.gratuityPaid) await type(el, 'gratuityPaid', a.gratuityPaid);
      for (const [i, d] of (a.deductions ?? []).entries()) {
        const add = [...root(el).querySelectorAll<HTMLButtonElement>('.deductions > button')].at(-1)!;
        add.click();
        await settle(el);
        await type(el, `deductions-${i}-month`, d.month);
        await type(el, `deductions-${i}-amount`, d.amount);
        if (d.kind) await choose(el, `deductions-${i}-kind`, d.kind);
      }
    }],
    ['hours', async () => {
      for (const [k, v] of Object.entries(a.overtime ?? {})) await type(el, `overtime-${k}`, v!);
      if (a.overtimePaid) await type(el, 'overtimePaid', a.overtimePaid);
    }],
  ];
  const steps = order.map(([s]) => s);
  for (const [step, fill] of order) {
    if (step === until) return;
    const current = currentStep(el);
    if (steps.indexOf(current) > steps.indexOf(step)) continue; // already past this step
    if (current !== step) return;
    await fill();
    await next(el);
    if (currentStep(el) === step) return; // errors kept us here
  }
}

/**
 * Stands in for a device that is offline when the widget fetches a country's law (its one network
 * need), until `online()` is called. Returns the countries fetched.
 */
export function withUnreachableLaw(el: MrWageCalculator): { fetched: string[]; online: () => void } {
  const net = standIn((el as unknown as { rules: OnDemand<unknown> }).rules, { offline: true });
  return { fetched: net.fetched, online: () => (net.online = true) };
}
