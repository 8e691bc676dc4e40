import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fromUtc } from '../dates/index.js';
import { inForce } from '../provenance/index.js';
import { CORE_CONVENTION_IDS, frameworksFor, memberships, membersOn, processes, ratifications } from './index.js';

const knownCountries = [...new Set([...memberships().flatMap((m) => (m.country ? [m.country] : [])), ...ratifications().map((r) => r.country)])];
const anyCode = fc.oneof(
  fc.constantFrom(...knownCountries),
  fc.stringMatching(/^[A-Z]{2}$/),
  fc.stringMatching(/^[a-z]{2}$/),
);
const anyDate = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true })
  .map(fromUtc);
/** Dates near the boundaries stored in the data, where off-by-one errors hide. */
const boundaryDate = fc
  .constantFrom(...memberships().flatMap((m) => [m.effectiveFrom, ...(m.effectiveTo ? [m.effectiveTo] : [])]))
  .chain((d) => fc.integer({ min: -1, max: 1 }).map((shift) => fromUtc(new Date(Date.parse(`${d}T00:00:00Z`) + shift * 86_400_000))));

describe('frameworksFor properties', () => {
  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (country, on) => {
        const r = frameworksFor(country, on);
        expect(typeof r.ok).toBe('boolean');
      }),
    );
  });

  it('returns only roles in force on the date, all of them, with certainty consistent with the bounds', () => {
    fc.assert(
      fc.property(anyCode, fc.oneof(anyDate, boundaryDate), (country, on) => {
        const r = frameworksFor(country, on);
        if (!r.ok) throw new Error('valid input rejected');
        const expected = memberships().filter((m) => m.country === r.country && inForce(m, on) && processes().some((p) => p.id === m.process));
        expect(r.roles.map((x) => x.membership).sort((a, b) => expected.indexOf(a) - expected.indexOf(b))).toEqual(expected);
        for (const role of r.roles) {
          const m = role.membership;
          expect(m.effectiveFrom <= on && (m.effectiveTo === undefined || on <= m.effectiveTo)).toBe(true);
          // A day-precise start and end leave no doubt.
          if ((m.fromPrecision ?? 'day') === 'day' && (m.toPrecision ?? 'day') === 'day') expect(role.certainty).toBe('certain');
        }
        // One country never holds two overlapping entries for the same process, role and reading.
        const keys = r.roles.map((x) => `${x.process.id}|${x.membership.role}|${x.membership.variant ?? ''}`);
        expect(new Set(keys).size).toBe(keys.length);
      }),
    );
  });

  it('reports all core conventions and never a ratification dated after the day asked about', () => {
    fc.assert(
      fc.property(anyCode, anyDate, (country, on) => {
        const r = frameworksFor(country, on);
        if (!r.ok) throw new Error('valid input rejected');
        expect(r.conventions.map((c) => c.instrument.id)).toEqual([...CORE_CONVENTION_IDS]);
        for (const c of r.conventions) {
          if (c.status === 'ratified' || c.status === 'signed') expect(c.act!.effectiveFrom <= on).toBe(true);
          if (c.status === 'ratified-later') expect(c.act!.effectiveFrom > on).toBe(true);
        }
        for (const x of r.ratified) expect(x.act.effectiveFrom <= on).toBe(true);
        for (const u of r.upcoming) expect((u.event.effectiveTo ?? u.event.effectiveFrom) >= on).toBe(true);
        for (const c of r.civilSociety) expect(c.entry.effectiveFrom <= on).toBe(true);
      }),
    );
  });

  it('membersOn agrees with frameworksFor for every member it lists', () => {
    fc.assert(
      fc.property(fc.constantFrom(...processes().map((p) => p.id)), fc.oneof(anyDate, boundaryDate), (process, on) => {
        for (const member of membersOn(process, on)) {
          const r = frameworksFor(member.membership.country, on);
          expect(r.ok && r.roles.some((x) => x.membership === member.membership)).toBe(true);
        }
      }),
    );
  });
});
