/**
 * The answers behind <mr-complaint-pathway> (kept as the person gave them) and the checks the
 * questions need before any law is here. What turns answers into a pathway and a deadline (the
 * SDK's rules) comes later, with the law (`pathway-rules.ts`, loaded by `engine.ts`): this file
 * imports only types from the pathways module, so the first screen does not carry its code.
 */
import { isIsoDate } from '@migrant-rights/sdk/dates';
import { isCountryCode } from '@migrant-rights/sdk/geo';
import type { Coded } from '@migrant-rights/sdk/i18n';
import type { Problem, WorkerCategory } from '@migrant-rights/sdk/pathways/core';

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

/**
 * Every problem the SDK knows, in the order a worker is most likely to look for them (money first).
 * Written as a record so the type check fails when the SDK adds a problem we do not offer.
 */
export const PROBLEM_CHOICES = Object.keys({
  'unpaid-wages': 0,
  underpayment: 0,
  'end-of-service-unpaid': 0,
  'excessive-hours': 0,
  'documents-withheld': 0,
  'contract-substitution': 0,
  'abuse-violence': 0,
  'change-employer-or-leave': 0,
  'recruitment-fees': 0,
} satisfies Record<Problem, 0>) as readonly Problem[];

/** Every kind of work the SDK knows. */
export const CATEGORY_CHOICES = Object.keys({ general: 0, domestic: 0 } satisfies Record<WorkerCategory, 0>) as readonly WorkerCategory[];

// ---- presets from attributes and properties --------------------------------------------------

export function asCountry(value: unknown): string {
  const code = typeof value === 'string' ? value.trim().toUpperCase() : '';
  return isCountryCode(code) ? code : '';
}

export function asCategory(value: unknown): WorkerCategory | '' {
  return (CATEGORY_CHOICES as readonly unknown[]).includes(value) ? (value as WorkerCategory) : '';
}

export function asProblem(value: unknown): Problem | '' {
  return (PROBLEM_CHOICES as readonly unknown[]).includes(value) ? (value as Problem) : '';
}

export function asDate(value: unknown): string {
  return isIsoDate(value) ? value : '';
}

export function coreComplete(a: Answers): boolean {
  return a.destination !== '' && a.workerCategory !== '' && a.problem !== '';
}

// ---- the question put to the SDK ---------------------------------------------------------------

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

/**
 * Problems that keep the person on a question that needs no law. The dates (`when`) are checked by
 * the SDK's rules (`checkDates` in `pathway-rules.ts`), asked only once they are here.
 */
export function checkStep(a: Answers, step: Exclude<Step, 'when'>): FieldProblems {
  const problems: FieldProblems = new Map();
  if (step === 'where' && !a.destination) problems.set('destination', { code: 'complaintPathway.error.destination' });
  if (step === 'work' && !a.workerCategory) problems.set('workerCategory', { code: 'pathways.error.workerCategory' });
  if (step === 'problem' && !a.problem) problems.set('problem', { code: 'pathways.error.problem' });
  return problems;
}
