import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DESTINATIONS, ORIGINS } from '../geo/index.js';
import { inForce } from '../provenance/index.js';
import { compareDestinations, coverageFor } from './bundled.js';
import { compareDestinationsWith, coverageWith, type CoverageQuery } from './coverage.js';
import { loadProtectionData } from './data/load.js';
import { bestLevel, isGapLevel } from './levels.js';
import { BRANCHES, COVERAGE_LEVELS, type ProtectionData } from './schema.js';

const isoDay = fc
  .date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const country = fc.oneof(fc.constantFrom(...DESTINATIONS, ...ORIGINS, 'JP', 'XX'), fc.string({ maxLength: 4 }));
const query = fc.record(
  {
    destination: country,
    origin: fc.option(country, { nil: undefined }),
    workerCategory: fc.oneof(fc.constantFrom('general', 'domestic'), fc.string({ maxLength: 8 })),
    on: fc.oneof(isoDay, isoDay, fc.string({ maxLength: 12 })),
  },
  { requiredKeys: ['destination', 'workerCategory', 'on'] },
) as fc.Arbitrary<CoverageQuery>;

describe('coverageFor, for any country, category and date', () => {
  it('never throws and returns the nine branches in C102 order', () => {
    fc.assert(
      fc.property(query, (q) => {
        const m = coverageFor(q);
        expect(m.branches.map((b) => b.branch)).toEqual([...BRANCHES]);
        expect(m.valid).toBe(m.problems.length === 0);
      }),
      { numRuns: 500 },
    );
  });

  it('gives each branch the best level of its sides, and flags a gap exactly when no side has known cover', () => {
    fc.assert(
      fc.property(query, (q) => {
        const m = coverageFor(q);
        for (const b of m.branches) {
          const sides = b.origin ? [b.destination, b.origin] : [b.destination];
          for (const side of sides) {
            expect(COVERAGE_LEVELS).toContain(side.level);
            expect(side.level).toBe(bestLevel(side.items.map((i) => i.level)));
            // An empty cell always says why.
            if (side.items.length === 0) expect(side.reason?.code).toMatch(/^protection\.reason\./);
          }
          expect(b.best).toBe(bestLevel(sides.map((s) => s.level)));
          expect(b.gap).toBe(m.valid && sides.every((s) => isGapLevel(s.level)));
        }
        expect(m.gaps.map((g) => g.branch)).toEqual(m.branches.filter((b) => b.gap).map((b) => b.branch));
      }),
      { numRuns: 500 },
    );
  });

  it('uses only facts in force on the date and meant for the worker’s category', () => {
    fc.assert(
      fc.property(query, (q) => {
        const m = coverageFor(q);
        if (!m.valid) return;
        const items = m.branches.flatMap((b) => [...b.destination.items, ...(b.origin?.items ?? [])]);
        for (const fact of [...items, ...m.extras]) expect(inForce(fact, m.query.on)).toBe(true);
        for (const a of m.agreements) expect(inForce(a.agreement, m.query.on)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('compareDestinations never throws and has one level per destination in every row', () => {
    fc.assert(
      fc.property(fc.array(country, { maxLength: 4 }), isoDay, fc.constantFrom('general', 'domestic') as fc.Arbitrary<'general' | 'domestic'>, (dests, on, workerCategory) => {
        const c = compareDestinations(dests, { workerCategory, on });
        expect(c.rows).toHaveLength(9);
        for (const r of c.rows) expect(r.levels).toHaveLength(dests.length);
      }),
      { numRuns: 200 },
    );
  });
});

describe('data loaded on demand', () => {
  it('gives the same matrix and comparison as the bundled data, for any query', async () => {
    // Fetch what each query names; the loader must leave out exactly what the bundled data lacks.
    const cache = new Map<string, ProtectionData>();
    const dataFor = async (destinations: string[], origin: string | undefined) => {
      const key = `${destinations.join(',')}|${origin ?? ''}`;
      if (!cache.has(key)) cache.set(key, await loadProtectionData({ destinations, origins: origin === undefined ? [] : [origin] }));
      return cache.get(key)!;
    };
    await fc.assert(
      fc.asyncProperty(query, country, async (q, other) => {
        const origin = typeof q.origin === 'string' ? q.origin : undefined;
        expect(coverageWith(q, await dataFor([q.destination], origin))).toEqual(coverageFor(q));
        const rest = { workerCategory: q.workerCategory, on: q.on, ...(q.origin !== undefined ? { origin: q.origin } : {}) };
        expect(compareDestinationsWith([q.destination, other], rest, await dataFor([q.destination, other], origin))).toEqual(compareDestinations([q.destination, other], rest));
      }),
      { numRuns: 500 },
    );
  });
});
