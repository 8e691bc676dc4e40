/**
 * The pathway rules answering from the data of every country, bundled with the SDK: synchronous
 * and simple for servers, scripts and apps. Pages that should download only the countries a
 * worker chose use `@migrant-rights/sdk/pathways/core` with `loadDestinationData` and
 * `loadOriginData` instead.
 */
import { isDestination } from '../geo/index.js';
import { DESTINATION_DATA, ORIGIN_DATA } from './data/index.js';
import { filingDeadlineWith, originFilingDeadlineWith, type FilingDeadlineInput, type FilingDeadlineResult, type OriginDeadlineInput } from './deadline.js';
import { findPathwayWith, pathwayIn, type FindPathwayInput, type FindPathwayResult } from './find-pathway.js';
import type { PathwayDataLookup } from './lookup.js';
import type { Pathway, PathwayOrigin, Problem, WorkerCategory } from './schema.js';

/** The bundled registry as a lookup: every destination and origin we cover. */
export const BUNDLED_PATHWAY_DATA: PathwayDataLookup = {
  destination: (country) => (isDestination(country) ? DESTINATION_DATA[country] : undefined),
  origin: (country) => (Object.prototype.hasOwnProperty.call(ORIGIN_DATA, country) ? ORIGIN_DATA[country as PathwayOrigin] : undefined),
};

/** The pathway data entry for a (destination, category, problem), ignoring dates. */
export function pathwayFor(destination: string, workerCategory: WorkerCategory, problem: Problem): Pathway | undefined {
  const data = BUNDLED_PATHWAY_DATA.destination(destination);
  return data ? pathwayIn(data, workerCategory, problem) : undefined;
}

/** Finds the complaint pathway for a worker's country, kind of work and problem, or says plainly that we hold none. Never throws. */
export function findPathway(input: FindPathwayInput): FindPathwayResult {
  return findPathwayWith(input, BUNDLED_PATHWAY_DATA);
}

/** The last day to file a claim in the country of work, or why we cannot say. Never throws. */
export function filingDeadline(input: FilingDeadlineInput): FilingDeadlineResult {
  return filingDeadlineWith(input, BUNDLED_PATHWAY_DATA);
}

/** The same for a claim in the country of origin (e.g. the Philippines' 3-year rule for money claims). */
export function originFilingDeadline(input: OriginDeadlineInput): FilingDeadlineResult {
  return originFilingDeadlineWith(input, BUNDLED_PATHWAY_DATA);
}
