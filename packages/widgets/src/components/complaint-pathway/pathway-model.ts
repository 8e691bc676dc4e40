/**
 * The answers behind <mr-complaint-pathway> (kept as the person gave them), which questions to
 * ask, and the SDK calls that turn answers into a pathway and a deadline. Which dates matter is
 * found by asking the SDK, never by reading the rules here. The countries' data is whatever the
 * widget has fetched so far (`data`): callers ask only once the chosen countries' data is there.
 */
import { isIsoDate } from '@migrant-rights/sdk/dates';
import { isCountryCode } from '@migrant-rights/sdk/geo';
import type { Coded } from '@migrant-rights/sdk/i18n';
import {
  PROBLEMS,
  WORKER_CATEGORIES,
  filingDeadlineWith,
  findPathwayWith,
  originFilingDeadlineWith,
  validateDates,
  type FilingDeadlineResult,
  type FindPathwayResult,
  type PathwayDataLookup,
  type Problem,
  type WorkerCategory,
} from '@migrant-rights/sdk/pathways/core';

export const STEPS = ['where', 'origin', 'work', 'problem', 'when'] as const;
export type Step = (typeof STEPS)[number];
export type View = Step | 'result';

export interface Answers {
  /** ISO 3166-1 alpha-2, upper case; '' when not answered. */
  destination: string;
  /** ISO 3166-1 alpha-2; '' when not said (it is optional). */
  origin: string;
  workerCategory: WorkerCategory | '';
  problem: Problem | '';
  /** Has the job ended? '' when not answered. */
  ended: '' | 'yes' | 'no';
  /** As typed (a date input gives `YYYY-MM-DD` or ''). */
  employmentEndedOn: string;
  incidentOn: string;
}

export const emptyAnswers = (): Answers => ({ destination: '', origin: '', workerCategory: '', problem: '', ended: '', employmentEndedOn: '', incidentOn: '' });

export type DateField = 'employmentEndedOn' | 'incidentOn';
export type Field = 'destination' | 'origin' | 'workerCategory' | 'problem' | 'ended' | DateField;
export type FieldProblems = Map<Field, Coded>;

/** The field each step asks, in order (the first one gets focus when the step has a problem). */
export const FIELDS_OF: Readonly<Record<Step, readonly Field[]>> = {
  where: ['destination'],
  origin: ['origin'],
  work: ['workerCategory'],
  problem: ['problem'],
  when: ['ended', 'employmentEndedOn', 'incidentOn'],
};

// ---- presets from attributes and properties --------------------------------------------------

export function asCountry(value: unknown): string {
  const code = typeof value === 'string' ? value.trim().toUpperCase() : '';
  return isCountryCode(code) ? code : '';
}

export function asCategory(value: unknown): WorkerCategory | '' {
  return (WORKER_CATEGORIES as readonly unknown[]).includes(value) ? (value as WorkerCategory) : '';
}

export function asProblem(value: unknown): Problem | '' {
  return (PROBLEMS as readonly unknown[]).includes(value) ? (value as Problem) : '';
}

export function asDate(value: unknown): string {
  return isIsoDate(value) ? value : '';
}

export function coreComplete(a: Answers): boolean {
  return a.destination !== '' && a.workerCategory !== '' && a.problem !== '';
}

// ---- SDK queries ----------------------------------------------------------------------------

/** What the widget asks the SDK (dates only once they look like dates; the SDK judges the rest). */
export interface PathwayQuery {
  destination: string;
  origin?: string;
  workerCategory: WorkerCategory;
  problem: Problem;
  incidentOn?: string;
  employmentEndedOn?: string;
  today: string;
}

export function toQuery(a: Answers, today: string): PathwayQuery {
  return {
    destination: a.destination,
    ...(a.origin ? { origin: a.origin } : {}),
    workerCategory: a.workerCategory as WorkerCategory,
    problem: a.problem as Problem,
    ...(isIsoDate(a.incidentOn) ? { incidentOn: a.incidentOn } : {}),
    ...(a.ended === 'yes' && isIsoDate(a.employmentEndedOn) ? { employmentEndedOn: a.employmentEndedOn } : {}),
    today,
  };
}

export function pathwayOf(q: PathwayQuery, data: PathwayDataLookup): FindPathwayResult {
  return findPathwayWith({ destination: q.destination, workerCategory: q.workerCategory, problem: q.problem, ...(q.origin ? { origin: q.origin } : {}) }, data);
}

export function deadlineOf(q: PathwayQuery, data: PathwayDataLookup): FilingDeadlineResult {
  const { origin: _origin, ...rest } = q;
  return filingDeadlineWith(rest, data);
}

export function originDeadlineOf(q: PathwayQuery, data: PathwayDataLookup): FilingDeadlineResult | undefined {
  if (!q.origin) return undefined;
  const { destination: _destination, ...rest } = q;
  return originFilingDeadlineWith({ ...rest, origin: q.origin }, data);
}

const needsIncident = (r: FilingDeadlineResult) => r.status === 'needs-date' && r.needs.includes('incidentOn');
const keyOf = (r: FilingDeadlineResult) => ('ruleKey' in r ? r.ruleKey : undefined);

/**
 * Which dates the deadline rule for these answers needs, found by asking the SDK: the job's end
 * matters when the answer changes with it (the period runs from it, or another rule applies once
 * the job has ended); the day the money was due matters when the SDK asks for it.
 */
export function dateQuestions(a: Answers, today: string, data: PathwayDataLookup): { ended: boolean; incidentOn: boolean } {
  if (!coreComplete(a) || !isIsoDate(today)) return { ended: false, incidentOn: false };
  const base = { destination: a.destination, workerCategory: a.workerCategory, problem: a.problem, today };
  const still = filingDeadlineWith(base, data);
  if (still.status === 'not-covered' || still.status === 'invalid') return { ended: false, incidentOn: false };
  const endedOn = a.ended === 'yes' && isIsoDate(a.employmentEndedOn) && a.employmentEndedOn <= today ? a.employmentEndedOn : today;
  const after = filingDeadlineWith({ ...base, employmentEndedOn: endedOn }, data);
  const ended = still.status === 'not-started' || after.status !== still.status || keyOf(after) !== keyOf(still);
  const current = a.ended === 'yes' ? after : still;
  return { ended, incidentOn: needsIncident(still) || needsIncident(current) };
}

/** The field a date problem from the SDK belongs to. */
function fieldOfDateProblem(p: Coded): DateField | undefined {
  if (p.code === 'pathways.error.endedAfterToday' || p.code === 'pathways.error.endBeforeStart') return 'employmentEndedOn';
  if (p.code === 'pathways.error.incidentAfterToday') return 'incidentOn';
  const field = p.params?.['field'];
  return field === 'employmentEndedOn' || field === 'incidentOn' ? field : undefined;
}

/**
 * Problems with the dates. `complete` also asks for the answers a step needs to move on (used
 * when pressing Next); without it only wrong dates are reported (used while the person types).
 */
export function checkDates(a: Answers, today: string, complete: boolean, data: PathwayDataLookup): FieldProblems {
  const problems: FieldProblems = new Map();
  const asked = dateQuestions(a, today, data);
  if (asked.ended) {
    if (complete && a.ended === '') problems.set('ended', { code: 'error.choice' });
    if (a.ended === 'yes' && a.employmentEndedOn === '' && complete) problems.set('employmentEndedOn', { code: 'error.required' });
  }
  const given = { ...(a.ended === 'yes' && a.employmentEndedOn ? { employmentEndedOn: a.employmentEndedOn } : {}), ...(a.incidentOn ? { incidentOn: a.incidentOn } : {}) };
  const checked = validateDates({ ...given, today });
  if (!checked.ok) {
    for (const p of checked.problems) {
      const field = fieldOfDateProblem(p);
      if (field && !problems.has(field)) problems.set(field, p);
    }
  }
  return problems;
}

/** Problems that keep the person on a step. */
export function checkStep(a: Answers, step: Step, today: string, data: PathwayDataLookup): FieldProblems {
  const problems: FieldProblems = new Map();
  if (step === 'where' && !a.destination) problems.set('destination', { code: 'pathways.error.destination' });
  if (step === 'work' && !a.workerCategory) problems.set('workerCategory', { code: 'pathways.error.workerCategory' });
  if (step === 'problem' && !a.problem) problems.set('problem', { code: 'pathways.error.problem' });
  if (step === 'when') return checkDates(a, today, true, data);
  return problems;
}

/** Problems (for this destination and kind of work) that have a pathway, for a not-covered result. */
export function problemsWithPathway(destination: string, workerCategory: WorkerCategory, data: PathwayDataLookup): Problem[] {
  return PROBLEMS.filter((problem) => findPathwayWith({ destination, workerCategory, problem }, data).status === 'found');
}
