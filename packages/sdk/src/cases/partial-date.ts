/**
 * Dates as people remember them: a worker often knows "March 2022" or "2022", not the day. A
 * partial date is an ISO prefix (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), so anonymisation can
 * generalise a date by cutting it, and ISO strings still sort and compare as text.
 */
import { isIsoDate, lastDayOfMonth, type IsoDate } from '../dates/index.js';

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export type PartialDate = string;
export type DatePrecision = 'year' | 'month' | 'day';

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
/** Sanity bounds that catch typed slips such as 0202 or 20222; not a legal rule. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2199;
const LENGTH_OF: Readonly<Record<DatePrecision, number>> = { year: 4, month: 7, day: 10 };

export function isPartialDate(value: unknown): value is PartialDate {
  if (typeof value !== 'string') return false;
  const m = PARTIAL.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  if (year < MIN_YEAR || year > MAX_YEAR) return false;
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  return m[3] === undefined || isIsoDate(value);
}

export function precisionOf(date: PartialDate): DatePrecision {
  return date.length >= 10 ? 'day' : date.length >= 7 ? 'month' : 'year';
}

/** Cuts a date to `precision`; a date already coarser stays as it is (generalising never invents detail). */
export function generaliseDate(date: PartialDate, precision: DatePrecision): PartialDate {
  return date.slice(0, LENGTH_OF[precision]);
}

/** Compares at the precision both dates share: 2024-03 and 2024-03-15 are equal (−1, 0 or 1). */
export function comparePartialDates(a: PartialDate, b: PartialDate): -1 | 0 | 1 {
  const n = Math.min(a.length, b.length);
  const x = a.slice(0, n);
  const y = b.slice(0, n);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The first calendar day a partial date may mean (2024-03 → 2024-03-01). */
export function firstDayOf(date: PartialDate): IsoDate {
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date;
}

/** The last calendar day a partial date may mean (2024-02 → 2024-02-29). */
export function lastDayOf(date: PartialDate): IsoDate {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) return lastDayOfMonth(date);
  return date;
}
