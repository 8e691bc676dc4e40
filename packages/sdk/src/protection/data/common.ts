/** Small builders shared by the data files, so each fact reads as data and not as boilerplate. */
import type { Money } from '../../money/index.js';
import { fromMajor } from '../../money/index.js';
import type { Source } from '../../provenance/index.js';
import type { Condition } from '../schema.js';

/**
 * The day these facts were encoded from the research notes, which record no retrieval dates. It is
 * also the `lower-bound` start of facts the research gives as current without any date.
 */
export const ENCODED_ON = '2026-11-26';

export function source(title: string, url: string, publisher?: string): Source {
  return publisher ? { title, url, publisher, retrievedOn: ENCODED_ON } : { title, url, retrievedOn: ENCODED_ON };
}

export function condition(
  code: string,
  details: Omit<Condition, 'code'> = {},
): Condition {
  return { code, ...details };
}

/** An amount in major units as the research writes it ("6500", "137.50"), stored as exact Money. */
export const amount = (currency: string, major: string): Money => fromMajor(currency, major);

/**
 * Provenance of a matrix mark the research gives without a source of its own (e.g. "? " or
 * "UNVERIFIED (memory)"): no source, unverified, shown from the encoding date only.
 */
export function unsourced(note: string, check = 'UNVERIFIED') {
  return {
    effectiveFrom: ENCODED_ON,
    effectiveFromCertainty: 'lower-bound' as const,
    sources: [],
    verification: 'unverified' as const,
    check,
    note,
  };
}
