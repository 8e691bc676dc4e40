/**
 * The rules without bundled data (`pathways/core`), given countries fetched on demand, answer
 * exactly as the bundled ones; without a country's data they say it is not covered, never guess.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../dates/index.js';
import { DESTINATIONS, ORIGINS } from '../geo/index.js';
import { filingDeadline, findPathway, originFilingDeadline } from './bundled.js';
import { filingDeadlineWith, originFilingDeadlineWith } from './deadline.js';
import { findPathwayWith } from './find-pathway.js';
import { pathwayDataOf } from './lookup.js';
import { loadDestinationData, loadOriginData } from './data/load.js';
import { PATHWAY_ORIGINS, PROBLEMS, WORKER_CATEGORIES, type DestinationData, type OriginSupport } from './schema.js';

const RUNS = 1000;
const day = fc.date({ min: new Date(Date.UTC(2015, 0, 1)), max: new Date(Date.UTC(2035, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
/** Queries as a widget asks them, with some a widget never would (unknown countries, dates in any order). */
const query = fc.record(
  {
    destination: fc.constantFrom(...DESTINATIONS, 'TW', 'xx', '__proto__'),
    origin: fc.constantFrom(...ORIGINS, 'XX', 'constructor'),
    workerCategory: fc.constantFrom(...WORKER_CATEGORIES, 'farm'),
    problem: fc.constantFrom(...PROBLEMS, 'other'),
    on: day,
    incidentOn: day,
    today: day,
    gap: fc.integer({ min: -400, max: 4000 }),
  },
  { requiredKeys: ['destination', 'workerCategory', 'problem', 'today'] },
).map(({ gap, ...q }) => ({ ...q, ...(gap !== undefined && q.incidentOn ? { employmentEndedOn: addDays(q.incidentOn, gap) } : {}) }));

async function loadAll(): Promise<{ destinations: Map<string, DestinationData>; origins: Map<string, OriginSupport> }> {
  const destinations = new Map(await Promise.all(DESTINATIONS.map(async (c) => [c, (await loadDestinationData(c))!] as const)));
  const origins = new Map(await Promise.all(PATHWAY_ORIGINS.map(async (c) => [c, (await loadOriginData(c))!] as const)));
  return { destinations, origins };
}

describe('pathway rules given data loaded on demand', () => {
  it('answer as the bundled rules when given the countries asked about', async () => {
    const loaded = await loadAll();
    fc.assert(
      fc.property(query, (q) => {
        // Only the countries of this query, as the widget holds them.
        const data = pathwayDataOf(
          [loaded.destinations.get(q.destination)].filter((d) => d !== undefined),
          [loaded.origins.get(q.origin ?? '')].filter((o) => o !== undefined),
        );
        const { today: _today, incidentOn: _incidentOn, employmentEndedOn: _ended, ...asked } = q;
        expect(findPathwayWith(asked, data)).toEqual(findPathway(asked));
        const { origin, on: _on, ...dated } = q;
        expect(filingDeadlineWith(dated, data)).toEqual(filingDeadline(dated));
        const fromOrigin = { ...dated, origin: origin ?? '' };
        expect(originFilingDeadlineWith(fromOrigin, data)).toEqual(originFilingDeadline(fromOrigin));
      }),
      { numRuns: RUNS },
    );
  }, 60_000);

  it('say a country is not covered when its data was not given, and never answer with another country’s', async () => {
    const loaded = await loadAll();
    fc.assert(
      fc.property(query, fc.constantFrom(...DESTINATIONS), fc.constantFrom(...PATHWAY_ORIGINS), (q, other, otherOrigin) => {
        fc.pre(other !== q.destination && otherOrigin !== q.origin);
        const data = pathwayDataOf([loaded.destinations.get(other)!], [loaded.origins.get(otherOrigin)!]);
        const { today: _today, incidentOn: _incidentOn, employmentEndedOn: _ended, ...asked } = q;
        const found = findPathwayWith(asked, data);
        const bundled = findPathway(asked);
        if (bundled.status === 'invalid') expect(found).toEqual(bundled);
        else {
          expect(found.status).toBe('not-covered');
          if (found.status === 'not-covered') {
            expect(found.notCovered[0]).toEqual({ code: 'pathways.notCovered.destination', params: { destination: q.destination } });
            expect(found.originSupport).toBeUndefined();
            if (q.origin !== undefined) expect(found.notCovered).toContainEqual({ code: 'pathways.notCovered.origin', params: { origin: q.origin } });
          }
        }
        const { origin: _origin, on: _on, ...dated } = q;
        const deadline = filingDeadlineWith(dated, data);
        expect(['not-covered', 'invalid']).toContain(deadline.status);
        if (filingDeadline(dated).status === 'invalid') expect(deadline).toEqual(filingDeadline(dated));
      }),
      { numRuns: RUNS },
    );
  }, 60_000);
});
