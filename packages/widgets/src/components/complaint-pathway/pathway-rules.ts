/**
 * The SDK calls that turn the answers into a pathway and a deadline, and which dates the rule
 * needs. Which dates matter is found by asking the SDK, never by reading the rules here. The
 * countries' data is whatever the widget has fetched so far (`data`): callers ask only once the
 * chosen countries' data is there. Loaded with the law (`engine.ts`), never on the first screen.
 */
import { isIsoDate } from '@migrant-rights/sdk/dates';
import type { Coded } from '@migrant-rights/sdk/i18n';
import {
  PROBLEMS,
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
import { coreComplete, toQuery, type Answers, type DateField, type FieldProblems, type PathwayQuery } from './pathway-model.js';

/** An answer on screen: what was asked, `findPathway`'s and `filingDeadline`'s answers, and the home country's deadline. */
export interface Outcome {
  key: string;
  input: PathwayQuery;
  result: FindPathwayResult;
  deadline: FilingDeadlineResult;
  originDeadline: FilingDeadlineResult | undefined;
}

/** The answer to `answers` on `today`, given the countries' data fetched so far. */
export function outcomeOf(answers: Answers, today: string, data: PathwayDataLookup): Outcome {
  const input = toQuery(answers, today);
  return { key: JSON.stringify(input), input, result: pathwayOf(input, data), deadline: deadlineOf(input, data), originDeadline: originDeadlineOf(input, data) };
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

/** Problems (for this destination and kind of work) that have a pathway, for a not-covered result. */
export function problemsWithPathway(destination: string, workerCategory: WorkerCategory, data: PathwayDataLookup): Problem[] {
  return PROBLEMS.filter((problem) => findPathwayWith({ destination, workerCategory, problem }, data).status === 'found');
}
