/**
 * The calculator's form as typed text, and its translation into the SDK's input. Everything the
 * person typed stays as typed (so nothing is lost on an error or on going back); parsing only
 * reads it. Legal rules are not here: they live in `@migrant-rights/sdk/wages`.
 */
import { normaliseDigits, parseMajor, type Money } from '@migrant-rights/sdk/money';
import { isIsoDate, daysBetween } from '@migrant-rights/sdk/dates';
import { CURRENCY_OF } from '@migrant-rights/sdk/geo';
import type { DeductionKind, EmployerSize, GratuityEnding, InputProblem, OvertimeKind, WageClaimInput, WorkerCategory } from '@migrant-rights/sdk/wages/core';

export const STEPS = ['where', 'when', 'pay', 'received', 'hours', 'result'] as const;
export type Step = (typeof STEPS)[number];

export const OVERTIME_KINDS: readonly OvertimeKind[] = ['ordinary', 'night', 'restDay', 'publicHoliday'];
export const DEDUCTION_KINDS: readonly DeductionKind[] = ['loan', 'disciplinary', 'accommodation', 'recruitment-cost', 'court-order', 'other'];

export interface DeductionDraft {
  month: string;
  amount: string;
  kind: DeductionKind;
}

export interface WageForm {
  country: string;
  category: WorkerCategory;
  start: string;
  end: string;
  ended: '' | 'yes' | 'no';
  ending: GratuityEnding;
  contractSignedOn: string;
  employerSize: '' | EmployerSize;
  basic: string;
  housing: string;
  food: string;
  otherAllowance: string;
  housingProvided: boolean;
  foodProvided: boolean;
  paid: string;
  overtimePaid: string;
  gratuityPaid: string;
  overtime: Record<OvertimeKind, string>;
  deductions: DeductionDraft[];
}

export function emptyForm(country = ''): WageForm {
  return {
    country,
    category: 'general',
    start: '',
    end: '',
    ended: '',
    ending: 'contract-end',
    contractSignedOn: '',
    employerSize: '',
    basic: '',
    housing: '',
    food: '',
    otherAllowance: '',
    housingProvided: false,
    foodProvided: false,
    paid: '',
    overtimePaid: '',
    gratuityPaid: '',
    overtime: { ordinary: '', night: '', restDay: '', publicHoliday: '' },
    deductions: [],
  };
}

/** The field ids each step owns, in order (used to focus the first field with a problem). */
export const FIELDS_OF: Readonly<Record<Step, readonly string[]>> = {
  where: ['country', 'category'],
  when: ['start', 'end', 'ended', 'ending', 'contractSignedOn', 'employerSize'],
  pay: ['basic', 'housing', 'food', 'otherAllowance'],
  received: ['paid', 'gratuityPaid', 'deductions'],
  hours: ['overtime.ordinary', 'overtime.night', 'overtime.restDay', 'overtime.publicHoliday', 'overtimePaid'],
  result: [],
};

/** Which step shows a field (for SDK problems found only at the end). */
export function stepOfField(field: string): Step {
  const root = field.startsWith('deductions') ? 'deductions' : field;
  for (const step of STEPS) if (FIELDS_OF[step].includes(root)) return step;
  return 'where';
}

export function currencyFor(form: WageForm): string | undefined {
  return CURRENCY_OF[form.country];
}

export type FieldProblems = Map<string, InputProblem>;

function amount(text: string, currency: string, field: string, problems: FieldProblems, required: boolean, locale: string): Money | undefined {
  if (text.trim() === '') {
    if (required) problems.set(field, { field, code: 'error.required' });
    return undefined;
  }
  const parsed = parseMajor(currency, text, locale);
  if (!parsed) problems.set(field, { field, code: 'error.amount' });
  else if (parsed.minor < 0) problems.set(field, { field, code: 'error.negative' });
  else return parsed;
  return undefined;
}

/** Hours as typed, in any digits the person uses, with ',' or '.' as decimal mark. */
export function parseHours(text: string): string {
  return normaliseDigits(text).trim().replace(/[\u066B,]/, '.');
}

function hours(text: string, field: string, problems: FieldProblems): number | undefined {
  if (text.trim() === '') return undefined;
  const normalised = parseHours(text);
  if (!/^\d+(\.\d{1,2})?$/.test(normalised)) {
    problems.set(field, { field, code: /^-/.test(normalised) ? 'error.negative' : 'error.hours' });
    return undefined;
  }
  return Number(normalised);
}

/** Checks the fields of one step (format and presence); returns problems by field id. */
export function checkStep(form: WageForm, step: Step, locale = 'en'): FieldProblems {
  const problems: FieldProblems = new Map();
  const currency = currencyFor(form);
  switch (step) {
    case 'where':
      if (!currency) problems.set('country', { field: 'country', code: form.country ? 'error.countryNotCovered' : 'error.required' });
      break;
    case 'when':
      if (!form.start) problems.set('start', { field: 'start', code: 'error.required' });
      else if (!isIsoDate(form.start)) problems.set('start', { field: 'start', code: 'error.date' });
      if (!form.end) problems.set('end', { field: 'end', code: 'error.required' });
      else if (!isIsoDate(form.end)) problems.set('end', { field: 'end', code: 'error.date' });
      if (isIsoDate(form.start) && isIsoDate(form.end) && daysBetween(form.start, form.end) < 0) {
        problems.set('end', { field: 'end', code: 'error.endBeforeStart' });
      }
      if (!form.ended) problems.set('ended', { field: 'ended', code: 'error.required' });
      if (form.contractSignedOn && !isIsoDate(form.contractSignedOn)) problems.set('contractSignedOn', { field: 'contractSignedOn', code: 'error.date' });
      break;
    case 'pay':
      if (currency) {
        amount(form.basic, currency, 'basic', problems, true, locale);
        amount(form.housing, currency, 'housing', problems, false, locale);
        amount(form.food, currency, 'food', problems, false, locale);
        amount(form.otherAllowance, currency, 'otherAllowance', problems, false, locale);
      }
      break;
    case 'received':
      if (currency) {
        amount(form.paid, currency, 'paid', problems, true, locale);
        amount(form.gratuityPaid, currency, 'gratuityPaid', problems, false, locale);
        form.deductions.forEach((d, i) => {
          if (!/^\d{4}-\d{2}$/.test(d.month)) problems.set(`deductions.${i}.month`, { field: `deductions.${i}.month`, code: d.month ? 'error.month' : 'error.required' });
          amount(d.amount, currency, `deductions.${i}.amount`, problems, true, locale);
        });
      }
      break;
    case 'hours':
      for (const kind of OVERTIME_KINDS) hours(form.overtime[kind], `overtime.${kind}`, problems);
      if (currency) amount(form.overtimePaid, currency, 'overtimePaid', problems, false, locale);
      break;
    case 'result':
      break;
  }
  return problems;
}

/** All steps' problems, for a final check before calculating. */
export function checkAll(form: WageForm, locale = 'en'): FieldProblems {
  const all: FieldProblems = new Map();
  for (const step of STEPS) for (const [k, v] of checkStep(form, step, locale)) all.set(k, v);
  return all;
}

/** The SDK input for a form that passed `checkAll`. */
export function toClaimInput(form: WageForm, locale = 'en'): WageClaimInput {
  const currency = currencyFor(form)!;
  const m = (text: string): Money | undefined => (text.trim() ? parseMajor(currency, text, locale) : undefined);
  const zero: Money = { currency, minor: 0 };
  const overtimeHours: Partial<Record<OvertimeKind, number>> = {};
  for (const kind of OVERTIME_KINDS) {
    const text = parseHours(form.overtime[kind]);
    if (text) overtimeHours[kind] = Number(text);
  }
  const housing = m(form.housing);
  const food = m(form.food);
  const other = m(form.otherAllowance);
  return {
    country: form.country,
    workerCategory: form.category,
    employment: {
      start: form.start,
      end: form.end,
      ended: form.ended === 'yes',
      ending: form.ending,
      ...(form.contractSignedOn ? { contractSignedOn: form.contractSignedOn } : {}),
      ...(form.employerSize ? { employerSize: form.employerSize } : {}),
    },
    contract: {
      basicMonthly: m(form.basic) ?? zero,
      allowances: { ...(housing ? { housing } : {}), ...(food ? { food } : {}), ...(other ? { other } : {}) },
      housingProvided: form.housingProvided,
      foodProvided: form.foodProvided,
    },
    overtimeHours,
    paid: m(form.paid) ?? zero,
    overtimePaid: m(form.overtimePaid) ?? zero,
    gratuityPaid: m(form.gratuityPaid) ?? zero,
    deductions: form.deductions.map((d) => ({ month: d.month, amount: m(d.amount) ?? zero, kind: d.kind })),
  };
}

const SDK_FIELDS: Readonly<Record<string, string>> = {
  'employment.start': 'start',
  'employment.end': 'end',
  'employment.contractSignedOn': 'contractSignedOn',
  'employment.employerSize': 'employerSize',
  'employment.ending': 'ending',
  'contract.basicMonthly': 'basic',
  'contract.allowances.housing': 'housing',
  'contract.allowances.food': 'food',
  'contract.allowances.other': 'otherAllowance',
  workerCategory: 'category',
};

/** The form field that shows a problem the SDK found in its input (e.g. `overtimeHours.night` → `overtime.night`). */
export function fieldOfSdkProblem(field: string): string {
  if (SDK_FIELDS[field]) return SDK_FIELDS[field];
  if (field.startsWith('overtimeHours.')) return field.replace('overtimeHours.', 'overtime.');
  if (field === 'overtimeHours') return 'overtime.ordinary';
  const deduction = /^deductions\.(\d+)\.(month|amount|kind)/.exec(field);
  if (deduction) return `deductions.${deduction[1]}.${deduction[2] === 'kind' ? 'amount' : deduction[2]}`;
  const root = field.split('.')[0] ?? field;
  return SDK_FIELDS[root] ?? (root === 'employment' ? 'start' : root === 'contract' ? 'basic' : root);
}
