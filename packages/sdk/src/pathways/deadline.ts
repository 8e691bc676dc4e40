/**
 * Filing deadlines. Which version of a rule applies is decided by the date the law keys on
 * (`selectedBy` in the data):
 * - `employment-end-or-today`: the day the job ended, or today while it goes on. UAE: Decree-Law 9/2024
 *   counts 2 years from the end of employment for jobs that ended on or after 31 Aug 2024; a job that
 *   ended earlier keeps the old 1 year from the day the right fell due. The research does not describe
 *   the transition, and this reading never shows a later day than the old law would (the result says so).
 * - `incident`: the day the right fell due (or the claim arose).
 * - `today`: rules with no recorded change.
 *
 * The last day is the anchor date plus the period, as date-fns adds it (UTC, so no time zone can
 * shift it): 2024-09-10 + 1 year = 2025-09-10, and a leap day falls back to the month's last day,
 * 2024-02-29 + 1 year = 2025-02-28 (date-fns addYears). That is one day earlier than counting to
 * 1 March, which errs on the safe side for the worker.
 */
import { addDays, addMonths, addYears, daysBetween, isIsoDate, type IsoDate } from '../dates/index.js';
import type { Coded } from '../i18n/index.js';
import { selectInForce, type Source, type Verification } from '../provenance/index.js';
import { findPathwayWith } from './find-pathway.js';
import type { PathwayDataLookup } from './lookup.js';
import { PATHWAY_ORIGINS, PROBLEMS, WORKER_CATEGORIES, type DeadlineRule, type Problem, type WorkerCategory } from './schema.js';

export interface DeadlineDates {
  /** The day the right fell due or the claim arose (for several unpaid months: the earliest). */
  incidentOn?: IsoDate;
  employmentStartedOn?: IsoDate;
  /** Last day of the job; absent while the worker is still employed. */
  employmentEndedOn?: IsoDate;
  /** Today where the worker is (`todayLocal()`), as an ISO date. */
  today: IsoDate;
}

export interface FilingDeadlineInput extends DeadlineDates {
  destination: string;
  workerCategory: string;
  problem: string;
}

export interface OriginDeadlineInput extends DeadlineDates {
  origin: string;
  workerCategory: string;
  problem: string;
}

/** Where a rule comes from, so a widget can show sources, dates and doubts beside the answer. */
export interface DeadlineBasis {
  ruleKey: string;
  effectiveFrom: IsoDate;
  effectiveTo?: IsoDate;
  effectiveFromCertainty?: string;
  /** The date that picked this version of the rule, and what it is. */
  selectedOn: IsoDate;
  selectedBy: DeadlineRule['selectedBy'];
  sources: Source[];
  verification: Verification;
  check?: string;
  note?: string;
  caveats: Coded[];
}

export type FilingDeadlineResult =
  | ({ status: 'deadline'; lastDay: IsoDate; daysLeft: number; expired: boolean; rule: Coded } & DeadlineBasis)
  /** A limit reported only from memory or in conflict: `rule` and `lastDay` are present only when a figure is. */
  | ({ status: 'unverified'; rule?: Coded; lastDay?: IsoDate; daysLeft?: number; expired?: boolean } & DeadlineBasis)
  /** The period runs from the end of the job, which has not ended. */
  | ({ status: 'not-started'; rule: Coded } & DeadlineBasis)
  | ({ status: 'needs-date'; needs: Array<'incidentOn' | 'employmentEndedOn'>; rule?: Coded } & DeadlineBasis)
  | { status: 'no-statutory-limit-found'; reason: Coded; ruleKey?: string; sources: Source[]; verification: Verification; check?: string; note?: string; caveats: Coded[] }
  | { status: 'no-rule-for-date'; reason: Coded }
  | { status: 'not-covered'; reason: Coded[] }
  | { status: 'invalid'; problems: Coded[] };

type Dates = { incidentOn?: IsoDate; employmentStartedOn?: IsoDate; employmentEndedOn?: IsoDate; today: IsoDate };

/** Validates the dates; impossible combinations are problems, never a crash. */
export function validateDates(input: Partial<Record<keyof DeadlineDates, unknown>>): { ok: true; dates: Dates } | { ok: false; problems: Coded[] } {
  const problems: Coded[] = [];
  if (!isIsoDate(input.today)) problems.push({ code: 'pathways.error.date', params: { field: 'today' } });
  for (const field of ['incidentOn', 'employmentStartedOn', 'employmentEndedOn'] as const) {
    if (input[field] !== undefined && !isIsoDate(input[field])) problems.push({ code: 'pathways.error.date', params: { field } });
  }
  if (problems.length) return { ok: false, problems };
  const dates = input as Dates;
  if (dates.employmentEndedOn && dates.employmentEndedOn > dates.today) problems.push({ code: 'pathways.error.endedAfterToday' });
  if (dates.incidentOn && dates.incidentOn > dates.today) problems.push({ code: 'pathways.error.incidentAfterToday' });
  if (dates.employmentStartedOn && dates.employmentEndedOn && dates.employmentEndedOn < dates.employmentStartedOn) {
    problems.push({ code: 'pathways.error.endBeforeStart' });
  }
  return problems.length ? { ok: false, problems } : { ok: true, dates };
}

const add = { years: addYears, months: addMonths, days: addDays } as const;

function ruleCode(rule: DeadlineRule): Coded | undefined {
  if (!rule.length || !rule.runsFrom) return undefined;
  return { code: `pathways.rule.${rule.length.unit}.${rule.runsFrom}`, params: { count: rule.length.amount, unit: rule.length.unit, runsFrom: rule.runsFrom } };
}

function basis(rule: DeadlineRule, selectedOn: IsoDate): DeadlineBasis {
  const out: DeadlineBasis = {
    ruleKey: rule.key,
    effectiveFrom: rule.effectiveFrom,
    selectedOn,
    selectedBy: rule.selectedBy,
    sources: rule.sources,
    verification: rule.verification,
    // Every deadline carries the research's warning: confirm with the body or a legal aid group. A rule
    // that was later replaced says on which day, so no date is written into the wording.
    caveats: [...rule.caveats, 'confirm'].map((c) =>
      rule.effectiveTo ? { code: `pathways.deadline.caveat.${c}`, params: { changedOn: addDays(rule.effectiveTo, 1) } } : { code: `pathways.deadline.caveat.${c}` },
    ),
  };
  if (rule.effectiveTo) out.effectiveTo = rule.effectiveTo;
  if (rule.effectiveFromCertainty) out.effectiveFromCertainty = rule.effectiveFromCertainty;
  if (rule.check) out.check = rule.check;
  if (rule.note) out.note = rule.note;
  return out;
}

/** Applies the rules recorded for one (category, problem) to validated dates. */
export function applyDeadlineRules(rules: readonly DeadlineRule[], workerCategory: WorkerCategory, problem: Problem, dates: Dates): FilingDeadlineResult {
  const ended = dates.employmentEndedOn !== undefined;
  const candidates = rules.filter(
    (r) => r.workerCategories.includes(workerCategory) && r.problems.includes(problem) && (r.whileEmployed === undefined || r.whileEmployed === !ended),
  );
  if (candidates.length === 0) {
    return { status: 'no-statutory-limit-found', reason: { code: 'pathways.deadline.noRuleRecorded' }, sources: [], verification: 'unverified', caveats: [{ code: 'pathways.deadline.caveat.act-quickly' }, { code: 'pathways.deadline.caveat.confirm' }] };
  }
  // Versions of one rule share a key; the data tests check that one key applies per query.
  const key = candidates[0]!.key;
  const versions = candidates.filter((r) => r.key === key);
  const selector = versions[0]!.selectedBy;
  const selectedOn = selector === 'incident' ? dates.incidentOn : selector === 'employment-end-or-today' ? (dates.employmentEndedOn ?? dates.today) : dates.today;
  if (selectedOn === undefined) {
    return { status: 'needs-date', needs: ['incidentOn'], ...basis(versions[0]!, dates.today) };
  }
  const rule = selectInForce(versions, selectedOn);
  if (!rule) return { status: 'no-rule-for-date', reason: { code: 'pathways.deadline.noRuleForDate', params: { date: selectedOn } } };

  const why = basis(rule, selectedOn);
  if (rule.outcome === 'no-limit-found') {
    const { ruleKey, sources, verification, check, note, caveats } = why;
    return { status: 'no-statutory-limit-found', reason: { code: 'pathways.deadline.noLimitFound' }, ruleKey, sources, verification, caveats, ...(check ? { check } : {}), ...(note ? { note } : {}) };
  }
  const code = ruleCode(rule);
  if (!code || !rule.length) return { status: 'unverified', ...why };

  const anchor = rule.runsFrom === 'employment-end' ? dates.employmentEndedOn : dates.incidentOn;
  if (anchor === undefined) {
    if (rule.runsFrom === 'employment-end') return { status: 'not-started', rule: code, ...why };
    return { status: 'needs-date', needs: ['incidentOn'], rule: code, ...why };
  }
  const lastDay = add[rule.length.unit](anchor, rule.length.amount);
  const daysLeft = daysBetween(dates.today, lastDay);
  const ruled = { ...code, params: { ...code.params, from: anchor } };
  return { status: rule.outcome === 'limit' ? 'deadline' : 'unverified', lastDay, daysLeft, expired: daysLeft < 0, rule: ruled, ...why };
}

function validateCategoryProblem(workerCategory: unknown, problem: unknown): Coded[] {
  const problems: Coded[] = [];
  if (!(WORKER_CATEGORIES as readonly unknown[]).includes(workerCategory)) problems.push({ code: 'pathways.error.workerCategory' });
  if (!(PROBLEMS as readonly unknown[]).includes(problem)) problems.push({ code: 'pathways.error.problem' });
  return problems;
}

/**
 * The last day to file a claim in the country of work, or why we cannot say, with the country's
 * data that `data` gives (see `findPathwayWith`). Never throws.
 */
export function filingDeadlineWith(input: FilingDeadlineInput, data: PathwayDataLookup): FilingDeadlineResult {
  const found = findPathwayWith({ destination: input?.destination, workerCategory: input?.workerCategory, problem: input?.problem }, data);
  const dated = validateDates(input ?? {});
  if (found.status === 'invalid' || !dated.ok) {
    return { status: 'invalid', problems: [...(found.status === 'invalid' ? found.problems : []), ...(dated.ok ? [] : dated.problems)] };
  }
  if (found.status === 'not-covered') return { status: 'not-covered', reason: found.notCovered };
  const country = data.destination(found.pathway.destination)!;
  return applyDeadlineRules(country.deadlines, input.workerCategory as WorkerCategory, input.problem as Problem, dated.dates);
}

/** The same for a claim in the country of origin (e.g. the Philippines' 3-year rule for money claims), with the data `data` gives. */
export function originFilingDeadlineWith(input: OriginDeadlineInput, data: PathwayDataLookup): FilingDeadlineResult {
  const problems = validateCategoryProblem(input?.workerCategory, input?.problem);
  const dated = validateDates(input ?? {});
  if (problems.length || !dated.ok) return { status: 'invalid', problems: [...problems, ...(dated.ok ? [] : dated.problems)] };
  const support = (PATHWAY_ORIGINS as readonly unknown[]).includes(input.origin) ? data.origin(input.origin) : undefined;
  if (!support) {
    return { status: 'not-covered', reason: [{ code: 'pathways.notCovered.origin', params: { origin: String(input.origin) } }] };
  }
  return applyDeadlineRules(support.deadlines, input.workerCategory as WorkerCategory, input.problem as Problem, dated.dates);
}
