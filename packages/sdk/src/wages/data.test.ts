import { describe, expect, it } from 'vitest';
import { todayLocal } from '../dates/index.js';
import { CURRENCY_OF, DESTINATIONS } from '../geo/index.js';
import { auditFacts, type Provenance } from '../provenance/index.js';
import english from '../locales/en/wages.js';
import { WAGE_RULES } from './data/index.js';
import { countryWageDataSchema, type CountryWageData } from './schema.js';

const SIZES = ['under-5', '5-or-more'] as const;

/** Every fact of a country with the key under which two facts must never overlap in time. */
function keyed(data: CountryWageData): Array<Provenance & { key: string }> {
  const c = data.country;
  return [
    ...data.minimumWage.flatMap((f) => f.workerCategories.flatMap((cat) => (f.employerSizes ?? SIZES).map((size) => ({ ...f, key: `${c}:minimum:${cat}:${size}` })))),
    ...data.overtime.flatMap((f) => f.workerCategories.map((cat) => ({ ...f, key: `${c}:overtime:${f.kind}:${cat}` }))),
    ...data.deductionCaps.flatMap((f) => f.workerCategories.map((cat) => ({ ...f, key: `${c}:deduction:${f.appliesTo}:${cat}` }))),
    ...data.gratuity.flatMap((f) => f.workerCategories.map((cat) => ({ ...f, key: `${c}:gratuity:${cat}` }))),
    ...data.wagePayment.flatMap((f) => f.workerCategories.map((cat) => ({ ...f, key: `${c}:payment:${cat}` }))),
    ...data.hourlyRate.map((f) => ({ ...f, key: `${c}:hourly` })),
    ...data.dailyRate.map((f) => ({ ...f, key: `${c}:daily` })),
  ];
}

/** Every Money inside a fact (figures must be in the country's currency). */
function currenciesIn(value: unknown): string[] {
  if (!value || typeof value !== 'object') return [];
  if ('currency' in value && 'minor' in value) return [(value as { currency: string }).currency];
  return Object.values(value).flatMap(currenciesIn);
}

describe('wage rule data', () => {
  it('covers every destination, keyed by its ISO code', () => {
    expect(Object.keys(WAGE_RULES).sort()).toEqual([...DESTINATIONS].sort());
  });

  for (const data of Object.values(WAGE_RULES)) {
    describe(data.country, () => {
      it('passes the schema', () => {
        const parsed = countryWageDataSchema.safeParse(data);
        expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
      });

      it('passes the provenance audit: https sources, no overlaps, no inverted ranges, no unexplained future dates', () => {
        const facts = keyed(data);
        expect(auditFacts(facts, (f) => f.key, todayLocal())).toEqual([]);
      });

      it('states every figure in the national currency and gives each fact a unique id', () => {
        expect(data.currency).toBe(CURRENCY_OF[data.country]);
        const all = keyed(data);
        for (const fact of all) expect(new Set(currenciesIn(fact))).toEqual(new Set(currenciesIn(fact).length ? [data.currency] : []));
        const ids = (Object.values(data) as unknown[]).flatMap((v) => (Array.isArray(v) ? v.map((f: { id: string }) => f.id) : []));
        expect(new Set(ids).size).toBe(ids.length);
      });

      it('explains conflicts: every ⚠ fact has a note, and every caveat and reason code has an English message', () => {
        const facts = (Object.values(data) as unknown[]).flatMap((v) => (Array.isArray(v) ? v : [])) as Array<Provenance & { caveat?: string; value?: { kind: string; reason?: string } }>;
        for (const fact of facts) {
          // A conflict or stale item is said in the note and raised as a warning code in results.
          if (fact.check?.includes('⚠')) expect([fact.note, fact.caveat].every(Boolean), fact.check).toBe(true);
          if (fact.caveat) expect(english, fact.caveat).toHaveProperty([fact.caveat]);
          if (fact.value?.reason) expect(english, fact.value.reason).toHaveProperty([fact.value.reason]);
          // Only official or secondary facts may claim a check; anything without a source is unverified.
          if (!fact.sources.length) expect(fact.verification).toBe('unverified');
        }
      });
    });
  }
});
