/**
 * Builders shared by the pathway data files, so each fact reads as data rather than boilerplate.
 *
 * Mapping of the research's "Verified?" column: Yes-official → official; Yes-secondary and Weak →
 * secondary (the research's words are kept in `check`, so "Weak" stays visible); UNVERIFIED →
 * unverified; CONFLICT → the preferred value with a note naming the other.
 *
 * The kit stores https sources only. Where the research gives only an `http://` address for a fact,
 * the address is kept, exactly, in the note (see `httpOnly`) and the fact is `unverified`.
 */
import { fromMajor, type Money } from '../../money/index.js';
import type { Source, Verification } from '../../provenance/index.js';
import type { LocalisedText } from '../../i18n/index.js';
import { START_NOT_KNOWN } from '../schema.js';

/** The day these facts were encoded from the research notes, which record no retrieval dates. */
export const ENCODED_ON = '2026-11-26';

export function source(title: string, url: string, publisher?: string): Source {
  return publisher ? { title, url, publisher, retrievedOn: ENCODED_ON } : { title, url, retrievedOn: ENCODED_ON };
}

export const en = (text: string): LocalisedText => ({ en: text });

/** An amount as the research writes it, in major units ("20000"), stored as exact Money. */
export const amount = (currency: string, major: string): Money => fromMajor(currency, major);

export interface FactInput {
  /** First day in force: `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` when the research gives only that; absent when it gives none. */
  from?: string;
  to?: string;
  sources: Source[];
  verification: Verification;
  /** The research's "Verified?" words. */
  check: string;
  note?: string;
}

/** Provenance fields, with the start date's certainty worked out from how precise `from` is. */
export function fact(input: FactInput) {
  const { from, to, sources, verification, check, note } = input;
  const dated =
    from === undefined
      ? { effectiveFrom: START_NOT_KNOWN, effectiveFromCertainty: 'unknown-start' as const }
      : /^\d{4}$/.test(from)
        ? { effectiveFrom: `${from}-01-01`, effectiveFromCertainty: 'year' as const }
        : /^\d{4}-\d{2}$/.test(from)
          ? { effectiveFrom: `${from}-01`, effectiveFromCertainty: 'month' as const }
          : { effectiveFrom: from };
  // Every key is present (possibly undefined) so that spreading a fact over another clears stale fields.
  return { effectiveFromCertainty: undefined, ...dated, effectiveTo: to, sources, verification, check, note };
}

/** A note keeping the research's http-only addresses, which cannot be stored as sources. */
export function httpOnly(urls: string[], rated: string): string {
  return `The research rates this "${rated}" from ${urls.join(' ; ')}, an http address only; the kit stores https sources, so it stays unverified until an https copy is checked.`;
}

/** A phone number as the research writes it, with its `tel:` form. */
export function dial(phone: string) {
  return { phone, tel: `tel:${phone.replace(/[^\d+]/g, '')}` };
}

/** An SMS number as the research writes it, with its `sms:` form. */
export function text(phone: string) {
  return { phone, sms: `sms:${phone.replace(/[^\d+]/g, '')}`, via: 'sms' as const };
}

/** Cost entry for routes where the research found no fee but no source says they are free. */
export const NO_FEE_FOUND_NOTE = 'The research found no filing fee for this step, but no source confirms that it is free.';
