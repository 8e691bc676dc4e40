/** Finds the complaint pathway for a worker's country, kind of work and problem, or says plainly that we hold none. */
import { isIsoDate, type IsoDate } from '../dates/index.js';
import { isCountryCode, isDestination } from '../geo/index.js';
import type { Coded } from '../i18n/index.js';
import { inForce } from '../provenance/index.js';
import type { PathwayDataLookup } from './lookup.js';
import {
  PATHWAY_ORIGINS,
  PROBLEMS,
  WORKER_CATEGORIES,
  type DestinationData,
  type OriginBody,
  type Pathway,
  type PathwayOrigin,
  type Problem,
  type Remark,
  type OriginSupport,
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

/** The pathway data entry for a (category, problem) in a destination's data, ignoring dates. */
export function pathwayIn(data: DestinationData, workerCategory: WorkerCategory, problem: Problem): Pathway | undefined {
  return data.pathways.find((p) => p.workerCategory === workerCategory && p.problems.includes(problem));
}

function originView(support: OriginSupport, origin: PathwayOrigin, problem: Problem, on?: IsoDate): OriginSupportView {
  const bodies = support.bodies
    .filter((b) => current(b, on))
    .map((b) => ({ ...b, channels: b.channels.filter((c) => current(c, on)), periods: b.periods.filter((p) => current(p, on)) }));
  return { origin, bodies, forProblem: bodies.filter((b) => b.handles?.includes(problem)).map((b) => b.id) };
}

/**
 * The pathway for a worker's country, kind of work and problem, with the countries' data that
 * `data` gives (the bundled registry, or data fetched with `loadDestinationData` and
 * `loadOriginData`). A country whose data `data` does not give is answered as not covered. Never throws.
 */
export function findPathwayWith(input: FindPathwayInput, data: PathwayDataLookup): FindPathwayResult {
  const valid = validateQuery(input);
  if (!valid.ok) return { status: 'invalid', problems: valid.problems };
  const { destination, workerCategory, problem, origin, on } = valid.query;

  const notCovered: Coded[] = [];
  let originSupport: OriginSupportView | undefined;
  if (origin !== undefined) {
    const support = (PATHWAY_ORIGINS as readonly string[]).includes(origin) ? data.origin(origin) : undefined;
    if (support) originSupport = originView(support, origin as PathwayOrigin, problem, on);
    else notCovered.push({ code: 'pathways.notCovered.origin', params: { origin } });
  }
  const withOrigin = originSupport ? { originSupport } : {};

  const country = isDestination(destination) ? data.destination(destination) : undefined;
  if (!country) {
    return { status: 'not-covered', notCovered: [{ code: 'pathways.notCovered.destination', params: { destination } }, ...notCovered], ...withOrigin };
  }
  const entry = pathwayIn(country, workerCategory, problem);
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
