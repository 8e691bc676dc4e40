/**
 * Calendar dates as ISO strings (YYYY-MM-DD), computed in UTC with date-fns so a worker's time
 * zone can never shift a day. Legal periods are counted in whole calendar days, inclusive.
 */
import { UTCDate } from '@date-fns/utc';
import { addDays as dfAddDays, addMonths as dfAddMonths, addYears as dfAddYears, differenceInCalendarDays, endOfMonth, getDaysInMonth } from 'date-fns';

export type IsoDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date such as 2024-02-29 (and false for 2023-02-29). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = ISO.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= getDaysInMonth(new UTCDate(y, mo - 1, 1));
}

export function toUtc(date: IsoDate): UTCDate {
  if (!isIsoDate(date)) throw new RangeError(`Not an ISO date: ${date}`);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new UTCDate(y, m - 1, d);
}

export function fromUtc(date: Date): IsoDate {
  const u = new UTCDate(date.getTime());
  return `${String(u.getFullYear()).padStart(4, '0')}-${String(u.getMonth() + 1).padStart(2, '0')}-${String(u.getDate()).padStart(2, '0')}`;
}

/** Today's date where the person is, read from their clock, as an ISO date. */
export function todayLocal(now: Date = new Date()): IsoDate {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtc(dfAddDays(toUtc(date), days));
}

/** Adds calendar months; the 31st clamps to the month's last day (2024-01-31 + 1 month = 2024-02-29). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  return fromUtc(dfAddMonths(toUtc(date), months));
}

export function addYears(date: IsoDate, years: number): IsoDate {
  return fromUtc(dfAddYears(toUtc(date), years));
}

/** b − a in calendar days (negative when b is before a). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return differenceInCalendarDays(toUtc(b), toUtc(a));
}

/** Days from start to end, both included (a worker employed 1 Jan–1 Jan worked 1 day). */
export function daysInclusive(start: IsoDate, end: IsoDate): number {
  return daysBetween(start, end) + 1;
}

export function daysInMonth(month: string /* YYYY-MM */): number {
  return getDaysInMonth(toUtc(`${month}-01`));
}

export function lastDayOfMonth(month: string): IsoDate {
  return fromUtc(endOfMonth(toUtc(`${month}-01`)));
}

export interface MonthSlice {
  /** YYYY-MM */
  month: string;
  /** First and last day of the period that fall inside this month. */
  from: IsoDate;
  to: IsoDate;
  /** Days of the period in this month, and days in the whole month. */
  days: number;
  daysInMonth: number;
}

/** Splits an inclusive period into calendar months, so each month can use the rule in force then. */
export function splitByMonth(start: IsoDate, end: IsoDate): MonthSlice[] {
  if (daysBetween(start, end) < 0) return [];
  const out: MonthSlice[] = [];
  let from = start;
  while (from <= end) {
    const month = from.slice(0, 7);
    const monthEnd = lastDayOfMonth(month);
    const to = monthEnd < end ? monthEnd : end;
    out.push({ month, from, to, days: daysInclusive(from, to), daysInMonth: daysInMonth(month) });
    from = addDays(to, 1);
  }
  return out;
}

export interface ServiceLength {
  /** Whole years of service completed. */
  years: number;
  /** Days beyond the whole years (for pro-rata parts). */
  extraDays: number;
  /** Days served in all, inclusive of both ends. */
  totalDays: number;
}

/**
 * Length of service from the first day worked to the last, inclusive. Whole years count by
 * anniversary (2020-03-01..2021-02-28 is one full year); the rest is days for pro-rata parts.
 */
export function serviceLength(start: IsoDate, end: IsoDate): ServiceLength {
  const totalDays = daysInclusive(start, end);
  if (totalDays <= 0) return { years: 0, extraDays: 0, totalDays: 0 };
  const dayAfterEnd = addDays(end, 1);
  let years = 0;
  while (addYears(start, years + 1) <= dayAfterEnd) years++;
  const extraDays = daysBetween(addYears(start, years), dayAfterEnd);
  return { years, extraDays, totalDays };
}
