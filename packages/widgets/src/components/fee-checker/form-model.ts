/**
 * The fee checker's form as typed text, and its translation into the SDK's input. Everything the
 * person typed stays as typed (so nothing is lost on an error or on going back); parsing only
 * reads it. Legal rules are not here: they live in `@migrant-rights/sdk/fees`, which the checker
 * fetches once a corridor is chosen (`engine.ts`). Which extra questions a corridor needs is asked
 * of the SDK itself (a dry run of its rules), so this file only takes the SDK's function as given.
 */
import { normaliseDigits, parseMajor, type Money } from '@migrant-rights/sdk/money';
import { isIsoDate, todayLocal } from '@migrant-rights/sdk/dates';
import { CURRENCY_OF, DESTINATIONS, ORIGINS } from '@migrant-rights/sdk/geo';
import { FEE_RULE_DESTINATIONS, MAX_CONTRACT_MONTHS, MAX_PAYMENTS } from '@migrant-rights/sdk/fees/choices';
import type {
  AssessmentInput,
  InputProblem,
  Occupation,
  Payee,
  PaymentPurpose,
  WorkerCategory,
  WorkerSex,
  assessRecruitmentFees,
} from '@migrant-rights/sdk/fees';

export const STEPS = ['where', 'payments', 'wage', 'result'] as const;
export type Step = (typeof STEPS)[number];
/** The views of the checker: its steps plus the optional forced-labour questions after the result. */
export type View = Step | 'screen';

/** Extra questions some corridors need (the SDK reports them as `needs`). */
export const CONDITIONAL_FIELDS = ['occupation', 'workerSex', 'contractMonths'] as const;
export type ConditionalField = (typeof CONDITIONAL_FIELDS)[number];

/** Purposes shown in groups a worker recognises (wording only: the SDK classifies them). */
export const PURPOSE_GROUPS: ReadonlyArray<readonly [string, readonly PaymentPurpose[]]> = [
  ['agency', ['agency-service']],
  ['papers', ['visa', 'work-permit', 'passport', 'documents', 'government-registration']],
  ['health', ['medical-exam', 'insurance', 'welfare-fund']],
  ['training', ['skills-test', 'training', 'equipment']],
  ['travel', ['air-ticket', 'local-travel', 'accommodation']],
  ['money', ['deposit', 'bond', 'loan-repayment', 'unofficial-payment']],
  ['other', ['other']],
];

export type CurrencyChoice = 'origin' | 'destination';

export interface PaymentDraft {
  purpose: PaymentPurpose | '';
  amount: string;
  currency: CurrencyChoice;
  paidTo: Payee | '';
  receipt: '' | 'yes' | 'no';
  date: string;
}

export interface FeeForm {
  origin: string;
  destination: string;
  category: WorkerCategory;
  occupation: Occupation | '';
  workerSex: WorkerSex | '';
  contractMonths: string;
  payments: PaymentDraft[];
  wage: string;
  /** Units of the origin currency for one unit of the destination currency, as typed. */
  rate: string;
}

export function emptyForm(origin = '', destination = '', category: WorkerCategory = 'general'): FeeForm {
  return { origin, destination, category, occupation: '', workerSex: '', contractMonths: '', payments: [], wage: '', rate: '' };
}

export function emptyPayment(): PaymentDraft {
  return { purpose: '', amount: '', currency: 'origin', paidTo: '', receipt: '', date: '' };
}

/** Countries of origin offered: those the SDK carries caps and channels for. */
export const ORIGIN_CHOICES: readonly string[] = ORIGINS.filter((c) => CURRENCY_OF[c]);

/** Destinations offered: the SDK's destinations plus any country its fee rules name, where we know the currency. */
export const DESTINATION_CHOICES: readonly string[] = [...new Set([...DESTINATIONS, ...FEE_RULE_DESTINATIONS])].filter(
  (c) => CURRENCY_OF[c] && !(ORIGINS as readonly string[]).includes(c),
);

export function originCurrency(form: Pick<FeeForm, 'origin'>): string | undefined {
  return CURRENCY_OF[form.origin];
}

export function destinationCurrency(form: Pick<FeeForm, 'destination'>): string | undefined {
  return CURRENCY_OF[form.destination];
}

export function currencyOf(form: FeeForm, choice: CurrencyChoice): string | undefined {
  return choice === 'destination' ? destinationCurrency(form) : originCurrency(form);
}

export type FieldProblems = Map<string, InputProblem>;

/** A decimal typed in any digits, with ',' or '.' (or the Arabic mark) as decimal point. */
export function normaliseDecimal(text: string): string {
  return normaliseDigits(text).trim().replace(/[\u066B,]/, '.');
}

/** The rate as the SDK wants it ("36.5"), or undefined when it is not a positive decimal. */
export function parseRate(text: string): string | undefined {
  const t = normaliseDecimal(text);
  if (!/^\d{1,9}(\.\d{1,9})?$/.test(t)) return undefined;
  return /[1-9]/.test(t) ? t : undefined;
}

function amountProblem(text: string, currency: string, locale: string, required: boolean, zeroCode = 'feeChecker.error.zero'): string | undefined {
  if (text.trim() === '') return required ? 'feeChecker.error.required' : undefined;
  const parsed = parseMajor(currency, text, locale);
  if (!parsed) return /^\s*-/.test(normaliseDigits(text)) ? 'feeChecker.error.negative' : 'feeChecker.error.amount';
  if (parsed.minor < 0) return 'feeChecker.error.negative';
  if (parsed.minor === 0) return zeroCode;
  return undefined;
}

const EARLIEST_DATE = '1950-01-01';

/** Checks one payment being added or changed. Problems are keyed `payment.<field>`. */
export function checkPayment(draft: PaymentDraft, form: FeeForm, locale = 'en', today = todayLocal()): FieldProblems {
  const problems: FieldProblems = new Map();
  const put = (field: string, code: string) => problems.set(`payment.${field}`, { field: `payment.${field}`, code });
  if (!draft.purpose) put('purpose', 'feeChecker.error.purpose');
  const currency = currencyOf(form, draft.currency);
  if (currency) {
    const code = amountProblem(draft.amount, currency, locale, true);
    if (code) put('amount', code);
  }
  if (!draft.paidTo) put('paidTo', 'feeChecker.error.paidTo');
  if (!draft.date) put('date', 'feeChecker.error.required');
  else if (!isIsoDate(draft.date)) put('date', 'feeChecker.error.date');
  else if (draft.date > today) put('date', 'feeChecker.error.futureDate');
  else if (draft.date < EARLIEST_DATE) put('date', 'feeChecker.error.tooOld');
  return problems;
}

/** True when the person has typed or chosen anything in a payment draft. */
export function isTouched(draft: PaymentDraft): boolean {
  return !!(draft.purpose || draft.amount.trim() || draft.paidTo || draft.receipt || draft.date) || draft.currency !== 'origin';
}

/**
 * Whether the exchange rate is needed for the result: the origin and destination currencies differ
 * and an amount (a payment or the wage) is in the destination currency, so it must be compared with
 * amounts and caps in the origin currency.
 */
export function rateNeeded(form: FeeForm): boolean {
  const o = originCurrency(form);
  const d = destinationCurrency(form);
  if (!o || !d || o === d) return false;
  return form.wage.trim() !== '' || form.payments.some((p) => p.currency === 'destination');
}

/** Whether to ask for the rate at all. */
export function rateAsked(form: FeeForm): boolean {
  const o = originCurrency(form);
  const d = destinationCurrency(form);
  return !!o && !!d && o !== d;
}

/** The field ids each step owns, in order (used to focus the first field with a problem). */
export const FIELDS_OF: Readonly<Record<Step, readonly string[]>> = {
  where: ['origin', 'destination', 'category', 'occupation', 'workerSex', 'contractMonths'],
  payments: ['payment.purpose', 'payment.amount', 'payment.currency', 'payment.paidTo', 'payment.receipt', 'payment.date', 'payments'],
  wage: ['wage', 'rate'],
  result: [],
};

export function stepOfField(field: string): Step {
  for (const step of STEPS) if (FIELDS_OF[step].includes(field)) return step;
  return 'where';
}

/** No extra question asked (before the rules have arrived, or where the corridor needs none). */
const NONE: ReadonlySet<ConditionalField> = new Set();

/** Checks one step. `needed`: the extra questions the corridor asks (`conditionalFields`). */
export function checkStep(form: FeeForm, step: Step, locale = 'en', needed: ReadonlySet<ConditionalField> = NONE): FieldProblems {
  const problems: FieldProblems = new Map();
  const put = (field: string, code: string, params?: Record<string, string | number>) =>
    problems.set(field, params ? { field, code, params } : { field, code });
  switch (step) {
    case 'where':
      if (!form.origin) put('origin', 'feeChecker.error.required');
      else if (!originCurrency(form)) put('origin', 'feeChecker.error.check');
      if (!form.destination) put('destination', 'feeChecker.error.required');
      else if (!destinationCurrency(form)) put('destination', 'feeChecker.error.check');
      else if (form.destination === form.origin) put('destination', 'feeChecker.error.sameCountry');
      if (form.contractMonths.trim() && needed.has('contractMonths')) {
        const t = normaliseDecimal(form.contractMonths);
        if (!/^\d{1,3}$/.test(t) || Number(t) < 1 || Number(t) > MAX_CONTRACT_MONTHS) put('contractMonths', 'feeChecker.error.months');
      }
      break;
    case 'payments':
      if (form.payments.length === 0) put('payments', 'feeChecker.error.noPayments');
      // Saved payments are checked again: the countries (so the currencies) may have changed since.
      form.payments.forEach((p, i) => {
        if (checkPayment(p, form, locale).size) put(`payments.${i}`, 'feeChecker.error.paymentCheck', { n: i + 1 });
      });
      break;
    case 'wage': {
      const d = destinationCurrency(form);
      if (d) {
        const code = amountProblem(form.wage, d, locale, false, 'feeChecker.error.wage');
        if (code) put('wage', code === 'feeChecker.error.amount' ? 'feeChecker.error.wage' : code);
      }
      const o = originCurrency(form);
      if (rateAsked(form)) {
        if (form.rate.trim() === '') {
          if (rateNeeded(form)) put('rate', 'feeChecker.error.rateMissing', { from: d!, to: o! });
        } else if (!parseRate(form.rate)) put('rate', 'feeChecker.error.rate');
      }
      break;
    }
    case 'result':
      break;
  }
  return problems;
}

export function checkAll(form: FeeForm, locale = 'en', needed: ReadonlySet<ConditionalField> = NONE): FieldProblems {
  const all: FieldProblems = new Map();
  for (const step of STEPS) for (const [k, v] of checkStep(form, step, locale, needed)) all.set(k, v);
  return all;
}

/** The first day a payment was made: selects the rules in force (the SDK takes one date per case). */
export function firstPaymentDate(form: Pick<FeeForm, 'payments'>): string | undefined {
  return form.payments.map((p) => p.date).filter((d) => isIsoDate(d)).sort()[0];
}

export function paymentDatesDiffer(form: Pick<FeeForm, 'payments'>): boolean {
  return new Set(form.payments.map((p) => p.date).filter((d) => isIsoDate(d))).size > 1;
}

/**
 * The SDK input for a form that passed `checkAll`. Answers to extra questions are sent only while
 * the corridor still asks them (`needed`), so changing countries never carries a stale answer.
 */
export function toAssessmentInput(form: FeeForm, locale: string, needed: ReadonlySet<ConditionalField>): AssessmentInput {
  const o = originCurrency(form)!;
  const d = destinationCurrency(form)!;
  const money = (currency: string, text: string): Money => parseMajor(currency, text, locale) ?? { currency, minor: 0 };
  const rate = parseRate(form.rate);
  const months = form.contractMonths.trim() ? Number(normaliseDecimal(form.contractMonths)) : undefined;
  return {
    origin: form.origin,
    destination: form.destination,
    workerCategory: form.category,
    ...(form.occupation && needed.has('occupation') ? { occupation: form.occupation } : {}),
    ...(form.workerSex && needed.has('workerSex') ? { workerSex: form.workerSex } : {}),
    ...(months !== undefined && needed.has('contractMonths') ? { contractMonths: months } : {}),
    paidOn: firstPaymentDate(form) ?? todayLocal(),
    payments: form.payments.slice(0, MAX_PAYMENTS).map((p) => ({
      purpose: p.purpose as PaymentPurpose,
      amount: money(p.currency === 'destination' ? d : o, p.amount),
      paidTo: p.paidTo as Payee,
      ...(p.receipt ? { receipt: p.receipt === 'yes' } : {}),
    })),
    ...(form.wage.trim() ? { monthlyWageAtDestination: money(d, form.wage) } : {}),
    ...(rate && o !== d ? { exchangeRates: [{ from: d, to: o, rate }] } : {}),
  };
}

/**
 * Which extra questions the SDK's rules need for this corridor and worker (occupation, sex,
 * contract length). Asked of the SDK itself (`assess`, its `assessRecruitmentFees`): a dry run with
 * no payments reports each applicable rule's `needs`, on today's date and on each payment date.
 */
export function conditionalFields(form: FeeForm, assess: typeof assessRecruitmentFees): Set<ConditionalField> {
  const found = new Set<ConditionalField>();
  const d = destinationCurrency(form);
  if (!originCurrency(form) || !d || form.origin === form.destination) return found;
  const dates = new Set([todayLocal(), ...form.payments.map((p) => p.date).filter((x) => isIsoDate(x))]);
  for (const paidOn of dates) {
    const outcome = assess({
      origin: form.origin,
      destination: form.destination,
      workerCategory: form.category,
      paidOn,
      payments: [],
      // A placeholder wage lets wage-based caps report what else they need (contract length).
      monthlyWageAtDestination: { currency: d, minor: 100 },
    });
    if (!outcome.ok) continue;
    for (const rule of outcome.assessment.rules) {
      for (const need of rule.needs) if ((CONDITIONAL_FIELDS as readonly string[]).includes(need)) found.add(need as ConditionalField);
    }
  }
  return found;
}

const SDK_FIELDS: Readonly<Record<string, string>> = {
  origin: 'origin',
  destination: 'destination',
  workerCategory: 'category',
  occupation: 'occupation',
  workerSex: 'workerSex',
  contractMonths: 'contractMonths',
  paidOn: 'payments',
  payments: 'payments',
  monthlyWageAtDestination: 'wage',
  exchangeRates: 'rate',
};

/** The form field that shows a problem the SDK found in its input (e.g. `exchangeRates.0.rate` → `rate`). */
export function fieldOfSdkProblem(field: string): string {
  const root = field.split('.')[0] ?? field;
  return SDK_FIELDS[root] ?? 'origin';
}
