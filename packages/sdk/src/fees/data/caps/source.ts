import type { Source } from '../../../provenance/index.js';

/** The day these facts were encoded from the research notes (they record no retrieval dates). */
export const RETRIEVED = '2026-11-26';

export function source(title: string, url: string, publisher?: string): Source {
  return publisher ? { title, url, publisher, retrievedOn: RETRIEVED } : { title, url, retrievedOn: RETRIEVED };
}

/** Placeholder start for long-standing rules the research gives no date for (datePrecision `unknown`). */
export const UNKNOWN_START = '1900-01-01';

/** The Gulf Cooperation Council states, as listed in Nepal's "free visa, free ticket" decision. */
export const GULF = ['QA', 'SA', 'AE', 'KW', 'BH', 'OM'];

export const RECRUITERS = ['recruitment-agency', 'sub-agent'] as const;
