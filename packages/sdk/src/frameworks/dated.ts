/**
 * Time bounds with imprecise dates. Sources often say only "2024" or "Jan 2017": such a fact
 * possibly applies across the whole period and certainly applies only once the period is over.
 */
import type { Coded } from '../i18n/index.js';
import { inForce } from '../provenance/index.js';
import { lastDayOfMonth, type IsoDate } from '../dates/index.js';
import type { Dated, Precision } from './schema.js';

/** `certain`: the fact held on the day. `period`: the day falls in a year or month the sources give without a day, so it may not have. */
export type Certainty = 'certain' | 'period';

function lastDayOfPeriod(date: IsoDate, precision: Precision): IsoDate {
  if (precision === 'year') return `${date.slice(0, 4)}-12-31`;
  if (precision === 'month') return lastDayOfMonth(date.slice(0, 7));
  return date;
}

function firstDayOfPeriod(date: IsoDate, precision: Precision): IsoDate {
  if (precision === 'year') return `${date.slice(0, 4)}-01-01`;
  if (precision === 'month') return `${date.slice(0, 7)}-01`;
  return date;
}

/** How sure we are that `d` held on `on`; undefined when it did not (possibly) hold at all. */
export function certaintyOn(d: Dated, on: IsoDate): Certainty | undefined {
  if (!inForce(d, on)) return undefined;
  const certainFrom = lastDayOfPeriod(d.effectiveFrom, d.fromPrecision ?? 'day');
  const certainTo = d.effectiveTo === undefined ? undefined : firstDayOfPeriod(d.effectiveTo, d.toPrecision ?? 'day');
  return on >= certainFrom && (certainTo === undefined || on <= certainTo) ? 'certain' : 'period';
}

/** Where an event stands relative to `on`: `uncertain` when `on` falls in a year or month given without days. */
export type Timing = 'past' | 'ongoing' | 'upcoming' | 'uncertain';

export function timingOf(d: Dated, on: IsoDate): Timing {
  const end = d.effectiveTo ?? d.effectiveFrom;
  if (on < d.effectiveFrom) return 'upcoming';
  if (on > end) return 'past';
  return (d.fromPrecision ?? 'day') === 'day' && (d.toPrecision ?? 'day') === 'day' ? 'ongoing' : 'uncertain';
}

/** A date cut to its precision: '2024', '2024-05' or '2024-05-01', for a widget to format with Intl. */
export function trimToPrecision(date: IsoDate, precision: Precision = 'day'): string {
  return precision === 'year' ? date.slice(0, 4) : precision === 'month' ? date.slice(0, 7) : date;
}

/**
 * The period of a fact as a code: `frameworks.period.since` (open-ended), `.between` or `.on` (one
 * day), and `.reportedSince` when the start is only when a source first reported it.
 */
export function periodOf(d: Dated & { startUnknown?: boolean }): Coded {
  const from = trimToPrecision(d.effectiveFrom, d.fromPrecision);
  if (d.effectiveTo === undefined) return { code: d.startUnknown ? 'frameworks.period.reportedSince' : 'frameworks.period.since', params: { from } };
  const to = trimToPrecision(d.effectiveTo, d.toPrecision);
  if (from === to) return { code: 'frameworks.period.on', params: { from } };
  return { code: d.startUnknown ? 'frameworks.period.reportedBetween' : 'frameworks.period.between', params: { from, to } };
}
