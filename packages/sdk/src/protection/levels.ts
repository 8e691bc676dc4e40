/** Ordering coverage levels, so "the best cover a worker has" is one well-defined answer. */
import type { CoverageLevel } from './schema.js';

/**
 * From most to least protective. `unknown` ranks above `excluded` and `none`: where cover may exist
 * we must not report a finding of no cover. `excluded` ranks above `none` only to keep order total.
 */
const RANK: Readonly<Record<CoverageLevel, number>> = {
  mandatory: 5,
  'employer-liability': 4,
  voluntary: 3,
  unknown: 2,
  excluded: 1,
  none: 0,
};

/** Negative when `a` protects more than `b` (for sorting best first). */
export function compareLevels(a: CoverageLevel, b: CoverageLevel): number {
  return RANK[b] - RANK[a];
}

/** The most protective level, or `unknown` when nothing is known. */
export function bestLevel(levels: readonly CoverageLevel[]): CoverageLevel {
  let best: CoverageLevel | undefined;
  for (const level of levels) if (best === undefined || RANK[level] > RANK[best]) best = level;
  return best ?? 'unknown';
}

/** Levels that leave the worker without known cover: together on every side, a gap. */
export function isGapLevel(level: CoverageLevel): boolean {
  return level === 'none' || level === 'excluded' || level === 'unknown';
}

export type GapKind = 'excluded' | 'none' | 'unknown';

/**
 * The finding a gap states: `excluded` if the law shuts the worker out on any side, else `none`
 * if no scheme was found on any side, else `unknown` (nothing verified anywhere).
 */
export function gapKind(levels: readonly CoverageLevel[]): GapKind {
  if (levels.includes('excluded')) return 'excluded';
  if (levels.includes('none')) return 'none';
  return 'unknown';
}
