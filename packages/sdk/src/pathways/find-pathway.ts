/** Finds the complaint pathway for a worker's country, kind of work and problem, or says plainly that we hold none. */
import { isIsoDate, type IsoDate } from '../dates/index.js';
import { isCountryCode, isDestination } from '../geo/index.js';
import type { Coded } from '../i18n/index.js';
import { inForce } from '../provenance/index.js';
import { DESTINATION_DATA, ORIGIN_DATA } from './data/index.js';
import {
  PATHWAY_ORIGINS,
  PROBLEMS,
  WORKER_CATEGORIES,
  type OriginBody,
  type Pathway,
  type PathwayOrigin,
  type Problem,
  type Remark,
  type Step,
  type WorkerCategory,
} from './schema.js';

export interface FindPathwayInput {
  /** ISO 3166-1 alpha-2 country of work. */
  destination: string;
  /** Country of origin, for its support channels. */
  origin?: string;
  workerCategory: string;
  problem: string;
  /** Show what was in force on this day; absent: what is in force now (entries with no end date). */
  on?: IsoDate;
}

export interface OriginSupportView {
  origin: PathwayOrigin;
  bodies: OriginBody[];
  /** Ids of bodies the research says deal with this problem; the others give general help. */
  forProblem: string[];
}

export type FindPathwayResult =
  | { status: 'found'; pathway: Pathway; remarks: Coded[]; originSupport?: OriginSupportView; notCovered: Coded[] }
  | { status: 'not-covered'; notCovered: Coded[]; originSupport?: OriginSupportView }
  | { status: 'invalid'; problems: Coded[] };

export interface ValidQuery {
  destination: string;
  workerCategory: WorkerCategory;
  problem: Problem;
  origin?: string;
  on?: IsoDate;
}

/** Checks the query's shape; returns problems as codes, never throws. */
export function validateQuery(input: Partial<Record<keyof FindPathwayInput, unknown>> | null | undefined): { ok: true; query: ValidQuery } | { ok: false; problems: Coded[] } {
  const problems: Coded[] = [];
  const q = input ?? {};
  if (!isCountryCode(q.destination)) problems.push({ code: 'pathways.error.destination' });
  if (!(WORKER_CATEGORIES as readonly unknown[]).includes(q.workerCategory)) problems.push({ code: 'pathways.error.workerCategory' });
  if (!(PROBLEMS as readonly unknown[]).includes(q.problem)) problems.push({ code: 'pathways.error.problem' });
  if (q.origin !== undefined && !isCountryCode(q.origin)) problems.push({ code: 'pathways.error.origin' });
  if (q.on !== undefined && !isIsoDate(q.on)) problems.push({ code: 'pathways.error.date', params: { field: 'on' } });
  if (problems.length) return { ok: false, problems };
  return { ok: true, query: q as ValidQuery };
}

/** In force on `on`, or, without a date, still in force (no end date). */
const current = (entry: { effectiveFrom: string; effectiveTo?: string | undefined }, on?: IsoDate) =>
  on === undefined ? entry.effectiveTo === undefined : inForce(entry, on);

function stepOn(step: Step, on?: IsoDate): Step {
  return {
    ...step,
    channels: step.channels.filter((c) => current(c, on)),
    // Limits keyed on when the claim arose keep every version: an old claim keeps its old limit.
    limits: step.limits.filter((l) => l.keyedOn === 'claim-arose' || current(l, on)),
    timeLimits: { ...step.timeLimits, periods: step.timeLimits.periods.filter((p) => current(p, on)) },
  };
}

function pathwayOn(pathway: Pathway, on?: IsoDate): Pathway {
  return {
    ...pathway,
    steps: pathway.steps.filter((s) => current(s, on)).map((s) => stepOn(s, on)),
    protections: pathway.protections.filter((p) => current(p, on)),
    notices: pathway.notices.filter((n) => current(n, on)),
  };
}

/** The pathway data entry for a (destination, category, problem), ignoring dates. */
export function pathwayFor(destination: string, workerCategory: WorkerCategory, problem: Problem): Pathway | undefined {
  if (!isDestination(destination)) return undefined;
  return DESTINATION_DATA[destination].pathways.find((p) => p.workerCategory === workerCategory && p.problems.includes(problem));
}

function originView(origin: PathwayOrigin, problem: Problem, on?: IsoDate): OriginSupportView {
  const bodies = ORIGIN_DATA[origin].bodies
    .filter((b) => current(b, on))
    .map((b) => ({ ...b, channels: b.channels.filter((c) => current(c, on)), periods: b.periods.filter((p) => current(p, on)) }));
  return { origin, bodies, forProblem: bodies.filter((b) => b.handles?.includes(problem)).map((b) => b.id) };
}

export function findPathway(input: FindPathwayInput): FindPathwayResult {
  const valid = validateQuery(input);
  if (!valid.ok) return { status: 'invalid', problems: valid.problems };
  const { destination, workerCategory, problem, origin, on } = valid.query;

  const notCovered: Coded[] = [];
  let originSupport: OriginSupportView | undefined;
  if (origin !== undefined) {
    if ((PATHWAY_ORIGINS as readonly string[]).includes(origin)) originSupport = originView(origin as PathwayOrigin, problem, on);
    else notCovered.push({ code: 'pathways.notCovered.origin', params: { origin } });
  }
  const withOrigin = originSupport ? { originSupport } : {};

  if (!isDestination(destination)) {
    return { status: 'not-covered', notCovered: [{ code: 'pathways.notCovered.destination', params: { destination } }, ...notCovered], ...withOrigin };
  }
  const entry = pathwayFor(destination, workerCategory, problem);
  if (!entry) {
    return { status: 'not-covered', notCovered: [{ code: 'pathways.notCovered.problem', params: { destination, workerCategory, problem } }, ...notCovered], ...withOrigin };
  }
  const pathway = pathwayOn(entry, on);
  if (pathway.steps.length === 0) {
    return { status: 'not-covered', notCovered: [{ code: 'pathways.notCovered.date', params: { destination, on: on ?? '' } }, ...notCovered], ...withOrigin };
  }
  const remarks: Remark[] = [...pathway.remarks];
  if (problem === 'excessive-hours') remarks.push('hours-as-wage-claim');
  return { status: 'found', pathway, remarks: remarks.map((r) => ({ code: `pathways.remark.${r}` })), notCovered, ...withOrigin };
}
