/** Small helpers shared by the wage rules: picking the fact in force, and turning facts into a result's provenance. */
import { toDecimalString, type Money } from '../money/index.js';
import { mergeSources, selectInForce, weakestVerification, type Provenance, type Source, type Verification } from '../provenance/index.js';
import type { Params } from '../i18n/index.js';
import type { WorkerCategory } from './types.js';

/** The fact for this worker category in force on `on`. */
export function factFor<T extends Provenance & { workerCategories: readonly WorkerCategory[] }>(
  facts: readonly T[],
  category: WorkerCategory,
  on: string,
): T | undefined {
  return selectInForce(
    facts.filter((f) => f.workerCategories.includes(category)),
    on,
  );
}

export interface Provenanced {
  sources: Source[];
  verification: Verification;
  effectiveFrom?: string;
  note?: string;
}

/** Sources, weakest verification, latest start and notes of the facts a result used. */
export function provenanceOf(facts: readonly Provenance[]): Provenanced {
  const used = [...new Set(facts)];
  const notes = [...new Set(used.map((f) => f.note).filter((n): n is string => !!n))];
  const effectiveFrom = used.map((f) => f.effectiveFrom).sort().at(-1);
  return {
    sources: mergeSources(...used.map((f) => f.sources)),
    verification: weakestVerification(used.map((f) => f.verification)),
    ...(effectiveFrom ? { effectiveFrom } : {}),
    ...(notes.length ? { note: notes.join('\n') } : {}),
  };
}

/** A money amount as a message parameter: the exact decimal in major units ("1800.00"); the code's `currency` param names the currency. */
export function amountParam(m: Money): string {
  return toDecimalString(m);
}

/** Parameters carrying money: every amount as an exact decimal string, plus `currency`. */
export function moneyParams(currency: string, amounts: Readonly<Record<string, Money>>, extra: Params = {}): Params {
  const out: Record<string, string | number | undefined> = { ...extra, currency };
  for (const [key, m] of Object.entries(amounts)) out[key] = amountParam(m);
  return out;
}
