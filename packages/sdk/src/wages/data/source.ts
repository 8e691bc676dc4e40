import { fromMajor, type Money } from '../../money/index.js';
import type { Source } from '../../provenance/index.js';

/** The day these facts were encoded from the research notes (they record no retrieval dates). */
export const RETRIEVED = '2026-11-26';

/**
 * Start used for long-standing rules the research gives no date for. Such entries say so in
 * their note; a claim for a period long ago may then use a rule not yet in force.
 */
export const UNKNOWN_START = '1900-01-01';

export function source(title: string, url: string, publisher?: string): Source {
  return publisher ? { title, url, publisher, retrievedOn: RETRIEVED } : { title, url, retrievedOn: RETRIEVED };
}

/** Money from a major-unit decimal string, e.g. amount('QAR', '1000'). */
export function amount(currency: string, major: string): Money {
  return fromMajor(currency, major);
}

/** Note for rules the research dates only by year: they are applied from the next 1 January so no earlier period is over-claimed. */
export function yearOnly(year: number): string {
  return `The research gives only the year ${year}; the rule is applied from ${year + 1}-01-01 so that no earlier period is claimed under it.`;
}

export const NO_START_DATE = 'The research gives no start date; the rule is treated as long-standing.';
