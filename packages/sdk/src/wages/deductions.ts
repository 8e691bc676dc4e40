/**
 * Deductions above the law's caps, month by month: a kind's own cap (Kuwait: a debt to the employer
 * at most 10 %), a cap on all deductions together (UAE: 50 %), or a kind that may never be deducted
 * (UAE: recruitment costs). A kind with no cap we hold is reported as not covered, never guessed.
 */
import type { Coded } from '../i18n/index.js';
import { money, sum, zero, type Money } from '../money/index.js';
import type { Provenance } from '../provenance/index.js';
import { factFor, moneyParams } from './facts.js';
import type { CountryWageData, DeductionCapFact } from './schema.js';
import type { ClaimLine, DeductionKind, WorkerCategory } from './types.js';

export interface DeductionCase {
  category: WorkerCategory;
  currency: string;
  deductions: ReadonlyArray<{ month: string; amount: Money; kind: DeductionKind }>;
  /** Wages due for each month of the period (the base of percentage caps). */
  monthWage: ReadonlyMap<string, Money>;
  /** The day whose rules apply to each month (its last day worked). */
  monthDay: ReadonlyMap<string, string>;
}

export interface DeductionOutcome {
  /** All deductions taken. */
  taken: Money;
  /** The part of covered deductions above the caps. */
  excess: Money;
  /** Workings of the calculated part, or undefined when no deduction could be checked. */
  checked?: { details: Coded[]; used: Provenance[] };
  notCovered?: ClaimLine;
  caveats: Coded[];
}

function capDetail(fact: DeductionCapFact): Coded {
  if (fact.cap.kind === 'never') return { code: `wages.detail.deductions.never.${fact.appliesTo}` };
  return { code: `wages.detail.deductions.cap.${fact.appliesTo}`, params: { percent: fact.cap.percent } };
}

export function checkDeductions(data: CountryWageData, c: DeductionCase): DeductionOutcome {
  const taken = sum(c.currency, c.deductions.map((d) => d.amount));
  const byMonth = new Map<string, Map<DeductionKind, number>>();
  for (const d of c.deductions) {
    const kinds = byMonth.get(d.month) ?? new Map<DeductionKind, number>();
    kinds.set(d.kind, (kinds.get(d.kind) ?? 0) + d.amount.minor);
    byMonth.set(d.month, kinds);
  }

  const used = new Set<DeductionCapFact>();
  const details: Coded[] = [];
  const uncovered: Coded[] = [];
  let excess = 0;
  for (const month of [...byMonth.keys()].sort()) {
    const on = c.monthDay.get(month)!;
    const wage = c.monthWage.get(month)?.minor ?? 0;
    const total = factFor(
      data.deductionCaps.filter((f) => f.appliesTo === 'total'),
      c.category,
      on,
    );
    // Allowed amounts in hundredths of a minor unit, so percentage caps stay exact until one final rounding down.
    let allowed = 0;
    let checked = 0;
    for (const [kind, minor] of byMonth.get(month)!) {
      const own = factFor(
        data.deductionCaps.filter((f) => f.appliesTo === kind),
        c.category,
        on,
      );
      if (!own && !total) {
        uncovered.push({ code: `wages.detail.deductions.notCovered.${kind}`, params: moneyParams(c.currency, { amount: money(c.currency, minor) }, { month }) });
        continue;
      }
      checked += minor;
      if (own) used.add(own);
      if (!own) allowed += minor * 100;
      else if (own.cap.kind === 'percent-of-wage') allowed += Math.min(minor * 100, own.cap.percent * wage);
    }
    if (checked === 0) continue;
    if (total) {
      used.add(total);
      if (total.cap.kind === 'percent-of-wage') allowed = Math.min(allowed, total.cap.percent * wage);
      else allowed = 0;
    }
    const allowedMinor = Math.floor(allowed / 100);
    excess += checked - allowedMinor;
    details.push({
      code: 'wages.detail.deductions.month',
      params: moneyParams(c.currency, { deducted: money(c.currency, checked), allowed: money(c.currency, allowedMinor), excess: money(c.currency, checked - allowedMinor), wage: money(c.currency, wage) }, { month }),
    });
  }

  const facts = [...used];
  const caveats = facts.flatMap((f) => (f.caveat ? [{ code: f.caveat }] : []));
  const outcome: DeductionOutcome = { taken, excess: money(c.currency, excess), caveats };
  if (facts.length) outcome.checked = { details: [...facts.map(capDetail), ...details], used: facts };
  if (uncovered.length) {
    outcome.notCovered = {
      kind: 'excess-deductions',
      status: 'not-covered',
      amount: zero(c.currency),
      basis: { code: 'wages.deductions.notCovered', params: { country: data.country } },
      details: uncovered,
      sources: [],
      verification: 'unverified',
    };
  }
  return outcome;
}
