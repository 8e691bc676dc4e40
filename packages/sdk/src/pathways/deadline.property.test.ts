import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { addDays, daysBetween, isIsoDate } from '../dates/index.js';
import { DESTINATIONS } from '../geo/index.js';
import { filingDeadline } from './bundled.js';
import type { FilingDeadlineInput } from './deadline.js';
import { MONEY_PROBLEMS, PROBLEMS, WORKER_CATEGORIES } from './schema.js';

const day = fc.date({ min: new Date(Date.UTC(2015, 0, 1)), max: new Date(Date.UTC(2035, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const query = fc.record({
  destination: fc.constantFrom(...DESTINATIONS),
  workerCategory: fc.constantFrom(...WORKER_CATEGORIES),
  problem: fc.constantFrom(...MONEY_PROBLEMS),
});
/** A consistent story: the incident, then the end of the job (or not), then today. */
const story = fc
  .tuple(query, day, fc.integer({ min: 0, max: 2000 }), fc.option(fc.integer({ min: 0, max: 2000 }), { nil: undefined }))
  .map(([q, incidentOn, gap, sinceEnd]): FilingDeadlineInput => {
    const employmentEndedOn = sinceEnd === undefined ? undefined : addDays(incidentOn, sinceEnd);
    const today = addDays(employmentEndedOn ?? incidentOn, gap);
    return { ...q, incidentOn, today, ...(employmentEndedOn ? { employmentEndedOn } : {}) };
  });

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('filingDeadline properties', () => {
  it('never shifts a day with the machine’s time zone (UTC+14 to UTC−11, and half-hour zones)', () => {
    expect(new Date().getTimezoneOffset()).toBe(-840); // tests run at UTC+14
    fc.assert(
      fc.property(story, (input) => {
        const results = ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Kathmandu', 'America/St_Johns', 'UTC'].map((tz) => {
          process.env.TZ = tz;
          return JSON.stringify(filingDeadline(input));
        });
        expect(new Set(results).size).toBe(1);
      }),
      { numRuns: 200 },
    );
  });

  it('gives daysLeft exactly as the days from today to the last day, and a real last day after the anchor', () => {
    fc.assert(
      fc.property(story, (input) => {
        const r = filingDeadline(input);
        if ((r.status === 'deadline' || r.status === 'unverified') && r.lastDay !== undefined) {
          expect(isIsoDate(r.lastDay)).toBe(true);
          expect(r.daysLeft).toBe(daysBetween(input.today, r.lastDay));
          expect(r.expired).toBe(r.daysLeft! < 0);
          const anchor = String(r.rule?.params?.from);
          expect(anchor === input.incidentOn || anchor === input.employmentEndedOn).toBe(true);
          expect(r.lastDay > anchor).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps the anchor’s day of the month, except that 29 Feb becomes 28 Feb in a common year', () => {
    const leapDay = fc.integer({ min: 2016, max: 2032 }).filter((y) => y % 4 === 0).map((y) => `${y}-02-29`);
    fc.assert(
      fc.property(leapDay, fc.integer({ min: 1, max: 30 }), (endedOn, after) => {
        const today = addDays(endedOn, after);
        for (const destination of ['QA', 'SA'] as const) {
          const r = filingDeadline({ destination, workerCategory: 'general', problem: 'unpaid-wages', employmentEndedOn: endedOn, today });
          if (r.status !== 'deadline') throw new Error(`${destination}: ${r.status}`);
          expect(r.lastDay).toBe(`${Number(endedOn.slice(0, 4)) + 1}-02-28`);
        }
      }),
    );
    fc.assert(
      fc.property(day.filter((d) => !d.endsWith('-02-29')), (endedOn) => {
        const r = filingDeadline({ destination: 'QA', workerCategory: 'general', problem: 'unpaid-wages', employmentEndedOn: endedOn, today: endedOn });
        expect(r.status === 'deadline' && r.lastDay.slice(5)).toBe(endedOn.slice(5));
      }),
    );
  });

  it('answers a job ending after today, or ending before it started, with a clear status', () => {
    fc.assert(
      fc.property(query, day, fc.integer({ min: 1, max: 3000 }), (q, today, ahead) => {
        expect(filingDeadline({ ...q, today, employmentEndedOn: addDays(today, ahead) })).toEqual({ status: 'invalid', problems: [{ code: 'pathways.error.endedAfterToday' }] });
        expect(filingDeadline({ ...q, today, employmentStartedOn: today, employmentEndedOn: addDays(today, -ahead) })).toEqual({ status: 'invalid', problems: [{ code: 'pathways.error.endBeforeStart' }] });
      }),
    );
  });

  it('never throws, whatever it is given', () => {
    const anyQuery = fc.record(
      {
        destination: fc.oneof(fc.constantFrom(...DESTINATIONS, 'TW', 'xx'), fc.anything()),
        workerCategory: fc.oneof(fc.constantFrom(...WORKER_CATEGORIES), fc.anything()),
        problem: fc.oneof(fc.constantFrom(...PROBLEMS), fc.anything()),
        incidentOn: fc.oneof(day, fc.anything()),
        employmentEndedOn: fc.oneof(day, fc.anything()),
        today: fc.oneof(day, fc.string(), fc.anything()),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(anyQuery, (input) => {
        const r = filingDeadline(input as FilingDeadlineInput);
        expect(typeof r.status).toBe('string');
        if ('daysLeft' in r && r.daysLeft !== undefined) expect(Number.isInteger(r.daysLeft)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
