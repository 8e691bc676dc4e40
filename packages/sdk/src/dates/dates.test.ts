import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, addMonths, addYears, daysBetween, daysInclusive, isIsoDate, serviceLength, splitByMonth, todayLocal } from './index.js';

describe('ISO dates in UTC', () => {
  it('knows real calendar dates, leap days included', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('2025-1-1')).toBe(false);
    expect(isIsoDate(20250101)).toBe(false);
  });

  it('never shifts a day, whatever the machine’s time zone (tests run at UTC+14)', () => {
    expect(new Date().getTimezoneOffset()).toBe(-840);
    expect(addDays('2025-03-09', 1)).toBe('2025-03-10');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(daysBetween('2024-12-31', '2025-01-01')).toBe(1);
    expect(daysInclusive('2025-01-01', '2025-01-01')).toBe(1);
  });

  it('reads today from the person’s clock', () => {
    expect(todayLocal(new Date(2025, 0, 31, 23, 59))).toBe('2025-01-31');
  });

  it('round-trips addDays and daysBetween for any date (property)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1970, 0, 1)), max: new Date(Date.UTC(2100, 0, 1)), noInvalidDate: true }), fc.integer({ min: -5000, max: 5000 }), (d, n) => {
        const iso = d.toISOString().slice(0, 10);
        expect(daysBetween(iso, addDays(iso, n))).toBe(n);
        expect(isIsoDate(addDays(iso, n))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('periods for legal rules', () => {
  it('splits a period into calendar months with days worked in each', () => {
    expect(splitByMonth('2024-01-15', '2024-03-10')).toEqual([
      { month: '2024-01', from: '2024-01-15', to: '2024-01-31', days: 17, daysInMonth: 31 },
      { month: '2024-02', from: '2024-02-01', to: '2024-02-29', days: 29, daysInMonth: 29 },
      { month: '2024-03', from: '2024-03-01', to: '2024-03-10', days: 10, daysInMonth: 31 },
    ]);
    expect(splitByMonth('2024-02-01', '2024-01-01')).toEqual([]);
  });

  it('counts service by anniversary plus remaining days', () => {
    expect(serviceLength('2020-03-01', '2021-02-28')).toEqual({ years: 1, extraDays: 0, totalDays: 365 });
    expect(serviceLength('2018-03-01', '2025-02-28')).toMatchObject({ years: 7, extraDays: 0 });
    expect(serviceLength('2024-01-01', '2024-06-30')).toMatchObject({ years: 0, extraDays: 182 });
    // A year that starts on 29 February completes with 365 days served (anniversary clamps to 28 February).
    expect(serviceLength('2024-02-29', '2025-02-27')).toMatchObject({ years: 1, extraDays: 0, totalDays: 365 });
    expect(serviceLength('2024-02-29', '2025-02-26')).toMatchObject({ years: 0, extraDays: 364 });
    expect(serviceLength('2025-01-02', '2025-01-01')).toEqual({ years: 0, extraDays: 0, totalDays: 0 });
  });

  it('month slices always cover the period exactly (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20000 }), fc.integer({ min: 0, max: 1500 }), (offset, length) => {
        const start = addDays('1990-01-01', offset);
        const end = addDays(start, length);
        const slices = splitByMonth(start, end);
        expect(slices.reduce((s, m) => s + m.days, 0)).toBe(length + 1);
        expect(slices[0]!.from).toBe(start);
        expect(slices.at(-1)!.to).toBe(end);
      }),
      { numRuns: 500 },
    );
  });
});
