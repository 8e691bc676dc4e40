/**
 * Input checks before any calculation. Anything a caller may pass (garbage numbers, NaN, reversed
 * dates, the wrong currency) becomes a list of problems as message ids, never an exception.
 */
import { addYears, daysInclusive, isIsoDate } from '../dates/index.js';
import { CURRENCY_OF, isDestination } from '../geo/index.js';
import { issueToCoded, type IssueLike } from '../i18n/index.js';
import { toDecimalString, type Money } from '../money/index.js';
import { wageClaimInputSchema, OVERTIME_KINDS } from './schema.js';
import type { GratuityInput, InputProblem, WageClaimInput } from './types.js';

/** Amounts above this many minor units are refused, so that sums over long periods stay exact integers. */
export const MAX_MINOR = 100_000_000_000;
/** The longest period a claim may cover. */
export const MAX_PERIOD_YEARS = 60;

type ProblemParams = Record<string, string | number>;

function problem(field: string, code: string, params?: ProblemParams): InputProblem {
  return params ? { field, code, params } : { field, code };
}

/** Checks one money amount: a whole, non-negative number of minor units in the expected currency. */
function checkMoney(value: unknown, field: string, currency: string): InputProblem | undefined {
  if (value === undefined || value === null) return problem(field, 'error.required');
  const m = value as Partial<Money>;
  if (typeof m !== 'object' || typeof m.minor !== 'number' || typeof m.currency !== 'string') return problem(field, 'error.invalid');
  if (!Number.isFinite(m.minor) || !Number.isInteger(m.minor)) return problem(field, 'error.invalid');
  if (m.minor < 0) return problem(field, 'error.negative');
  if (m.currency !== currency) return problem(field, 'error.currencyMismatch', { expected: currency, got: m.currency });
  if (m.minor > MAX_MINOR) return problem(field, 'error.tooBig', { maximum: toDecimalString({ currency, minor: MAX_MINOR }) });
  return undefined;
}

/** A real calendar date in a range a claim can mean (JavaScript dates misread years below 100). */
export function isClaimDate(value: unknown): value is string {
  return isIsoDate(value) && value >= '1900-01-01' && value <= '2199-12-31';
}

/** Checks a pair of service dates: both real dates, the end not before the start, not absurdly long. */
function checkPeriod(start: unknown, end: unknown, startField: string, endField: string): InputProblem[] {
  const problems: InputProblem[] = [];
  if (!isClaimDate(start)) problems.push(problem(startField, start ? 'error.date' : 'error.required'));
  if (!isClaimDate(end)) problems.push(problem(endField, end ? 'error.date' : 'error.required'));
  if (problems.length) return problems;
  if ((end as string) < (start as string)) return [problem(endField, 'error.endBeforeStart')];
  if (addYears(start as string, MAX_PERIOD_YEARS) <= (end as string)) return [problem(endField, 'error.periodTooLong', { years: MAX_PERIOD_YEARS })];
  return [];
}

function countryProblem(country: unknown): InputProblem | undefined {
  if (typeof country !== 'string' || country === '') return problem('country', 'error.required');
  if (!isDestination(country)) return problem('country', 'error.countryNotCovered', { country });
  return undefined;
}

/** The first problem with a gratuity query, if any. */
export function checkGratuityInput(input: unknown): InputProblem | undefined {
  if (!input || typeof input !== 'object') return problem('', 'error.required');
  const i = input as Partial<GratuityInput>;
  const country = countryProblem(i.country);
  if (country) return country;
  const period = checkPeriod(i.start, i.end, 'start', 'end');
  if (period[0]) return period[0];
  const wage = checkMoney(i.basicMonthlyWage, 'basicMonthlyWage', CURRENCY_OF[i.country as string]!);
  if (wage) return wage;
  if (i.unpaidLeaveDays !== undefined) {
    if (typeof i.unpaidLeaveDays !== 'number' || !Number.isInteger(i.unpaidLeaveDays)) return problem('unpaidLeaveDays', 'error.invalid');
    if (i.unpaidLeaveDays < 0) return problem('unpaidLeaveDays', 'error.negative');
  }
  if (i.ending !== undefined && !['termination', 'resignation', 'contract-end'].includes(i.ending)) return problem('ending', 'error.choice');
  if (i.workerCategory !== undefined && !['general', 'domestic'].includes(i.workerCategory)) return problem('workerCategory', 'error.choice');
  return undefined;
}

/**
 * The structure's problems, or the parsed copy: fresh plain objects and arrays with only the known
 * keys, so the checks and the calculation never touch the caller's objects (an array with an own
 * `constructor` key makes its `.map` throw; a copy also cannot change the caller's data).
 */
function parseStructure(input: unknown): { data: WageClaimInput; problems: [] } | { data?: undefined; problems: InputProblem[] } {
  const parsed = wageClaimInputSchema.safeParse(input);
  if (parsed.success) return { data: parsed.data as WageClaimInput, problems: [] };
  return {
    problems: parsed.error.issues.map((issue) => {
      const { field, code, params } = issueToCoded(issue as unknown as IssueLike, input);
      const clean: ProblemParams = {};
      for (const [k, v] of Object.entries(params ?? {})) if (k !== 'code' && (typeof v === 'string' || typeof v === 'number')) clean[k] = v;
      return problem(field, code, Object.keys(clean).length ? clean : undefined);
    }),
  };
}

/** Keeps the first problem per field, in order. */
function firstPerField(problems: InputProblem[]): InputProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => (seen.has(p.field) ? false : (seen.add(p.field), true)));
}

export type Checked = { ok: true; input: WageClaimInput } | { ok: false; problems: InputProblem[] };

/** Validates a claim's input: structure, dates, money, hours, deduction months. */
export function validateWageClaim(input: unknown): Checked {
  if (!input || typeof input !== 'object') return { ok: false, problems: [problem('', 'error.required')] };
  const raw = input as Partial<WageClaimInput>;
  const country = countryProblem(raw.country);
  const parsed = parseStructure(input);
  const structure = parsed.problems.filter((p) => p.field !== 'country');
  if (country || !parsed.data) return { ok: false, problems: firstPerField([...(country ? [country] : []), ...(country ? structure : parsed.problems)]) };

  const claim = parsed.data;
  const currency = CURRENCY_OF[claim.country]!;
  const problems: InputProblem[] = [];
  const { employment } = claim;
  problems.push(...checkPeriod(employment.start, employment.end, 'employment.start', 'employment.end'));
  if (employment.contractSignedOn !== undefined && !isClaimDate(employment.contractSignedOn)) problems.push(problem('employment.contractSignedOn', 'error.date'));

  const amounts: Array<[string, Money | undefined]> = [
    ['contract.basicMonthly', claim.contract.basicMonthly],
    ['contract.allowances.housing', claim.contract.allowances?.housing],
    ['contract.allowances.food', claim.contract.allowances?.food],
    ['contract.allowances.other', claim.contract.allowances?.other],
    ['paid', claim.paid],
    ['overtimePaid', claim.overtimePaid],
    ['gratuityPaid', claim.gratuityPaid],
    ...(claim.deductions ?? []).map((d, i): [string, Money] => [`deductions.${i}.amount`, d.amount]),
  ];
  for (const [field, m] of amounts) {
    if (m === undefined && field !== 'contract.basicMonthly' && field !== 'paid') continue;
    const p = checkMoney(m, field, currency);
    if (p) problems.push(p);
  }

  const hours = claim.overtimeHours ?? {};
  for (const kind of OVERTIME_KINDS) {
    const h = hours[kind];
    if (h !== undefined && h < 0) problems.push(problem(`overtimeHours.${kind}`, 'error.negative'));
  }

  const periodOk = !problems.some((p) => p.field.startsWith('employment.start') || p.field.startsWith('employment.end'));
  if (periodOk) {
    // More overtime than there are hours in the period cannot be right.
    const maximum = daysInclusive(employment.start, employment.end) * 24;
    const total = OVERTIME_KINDS.reduce((s, k) => s + Math.max(0, hours[k] ?? 0), 0);
    if (total > maximum) {
      const largest = [...OVERTIME_KINDS].sort((a, b) => (hours[b] ?? 0) - (hours[a] ?? 0))[0]!;
      problems.push(problem(`overtimeHours.${largest}`, 'error.hoursImpossible', { maximum }));
    }
    const [from, to] = [employment.start.slice(0, 7), employment.end.slice(0, 7)];
    (claim.deductions ?? []).forEach((d, i) => {
      if (d.month < from || d.month > to) problems.push(problem(`deductions.${i}.month`, 'error.outsidePeriod', { from, to }));
    });
  }
  return problems.length ? { ok: false, problems: firstPerField(problems) } : { ok: true, input: claim };
}
