/**
 * Flattens the protection data into keyed facts and conditions, for the data audit
 * (`auditFacts` from provenance) and the catalogue check. Used by tests; not a runtime path.
 */
import type { Provenance } from '../provenance/index.js';
import { AGREEMENTS, DESTINATION_PROTECTION, ORIGIN_PROTECTION } from './data/index.js';
import type { Condition, CountryProtection, WorkerCategory } from './schema.js';

export type KeyedFact = Provenance & { key: string };

export const ALL_PROTECTION: readonly CountryProtection[] = [...Object.values(DESTINATION_PROTECTION), ...Object.values(ORIGIN_PROTECTION)];

/**
 * One fact per scheme, per scheme entry and category, per finding and category, per agreement and
 * its parties. Keys are chosen so that two facts with the same key must not overlap in time.
 */
export function protectionFacts(): KeyedFact[] {
  const facts: KeyedFact[] = [];
  const perCategory = (prefix: string, fact: Provenance, categories: readonly WorkerCategory[]) => {
    for (const category of categories) facts.push({ ...fact, key: `${prefix}/${category}` });
  };
  for (const data of ALL_PROTECTION) {
    for (const scheme of data.schemes) {
      facts.push({ ...scheme, key: scheme.id });
      for (const e of scheme.branches) perCategory(`${scheme.id}/${e.branch}`, e, e.workerCategories ?? scheme.workerCategories);
      for (const e of scheme.extras) perCategory(`${scheme.id}/extra/${e.kind}`, e, e.workerCategories ?? scheme.workerCategories);
    }
    for (const f of data.findings) perCategory(`${f.country}/${f.side}/finding/${f.branch}`, f, f.workerCategories);
  }
  for (const a of AGREEMENTS) {
    facts.push({ ...a, key: a.id });
    facts.push({ ...a.parties, key: `${a.id}/parties` });
  }
  return facts;
}

/** Every condition and reason in the data, with where it sits (for test messages). */
export function protectionConditions(): { where: string; condition: Condition }[] {
  const out: { where: string; condition: Condition }[] = [];
  for (const data of ALL_PROTECTION) {
    for (const scheme of data.schemes) {
      for (const e of scheme.branches) for (const c of e.conditions) out.push({ where: `${scheme.id}/${e.branch}`, condition: c });
      for (const e of scheme.extras) for (const c of e.conditions) out.push({ where: `${scheme.id}/extra/${e.kind}`, condition: c });
    }
    for (const f of data.findings) {
      out.push({ where: `${f.country}/finding/${f.branch}`, condition: f.reason });
      for (const c of f.conditions) out.push({ where: `${f.country}/finding/${f.branch}`, condition: c });
    }
  }
  for (const a of AGREEMENTS) for (const c of a.conditions) out.push({ where: a.id, condition: c });
  return out;
}
