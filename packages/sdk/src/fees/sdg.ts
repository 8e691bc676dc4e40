/**
 * SDG indicator 10.7.1 for one worker: recruitment costs the worker bore ÷ monthly earnings in the
 * destination. Read as "months of wages needed to pay the costs back".
 */
import type { Money } from '../money/index.js';
import { mergeSources, weakestVerification } from '../provenance/index.js';
import { SDG_10_7_1, SDG_METHOD } from './data/ilo.js';
import { fraction, fromMinor, hundredths, hundredthsToDecimal, over, plus, toMoney, toRatio, ZERO_FRACTION, type Fraction, type RateBook } from './exact.js';
import type { CostToIncome, CurrencyPair, ExactFigure } from './types.js';

/** The figure for an exact fraction. Falls back to hundredths/100 only if the fraction outgrows safe integers. */
export function exactFigure(value: Fraction): ExactFigure {
  const h = hundredths(value);
  return { ratio: toRatio(value) ?? { num: h, den: 100 }, hundredths: h, display: hundredthsToDecimal(h) };
}

/** Cost-to-income ratio over the payments the worker should not have borne (the SDG numerator). */
export function costToIncome(costs: readonly Money[], wage: Money | undefined, rates: RateBook): CostToIncome {
  if (!wage) return { status: 'not-calculated', reason: { code: 'fees.sdg.needsWage' }, missingRates: [] };
  let total: Fraction = ZERO_FRACTION;
  const missing = new Map<string, CurrencyPair>();
  for (const cost of costs) {
    const value = rates.valueIn(cost, wage.currency);
    if (value) total = plus(total, value);
    else missing.set(cost.currency, { from: cost.currency, to: wage.currency });
  }
  if (missing.size) return { status: 'not-calculated', reason: { code: 'fees.sdg.rateMissing' }, missingRates: [...missing.values()] };
  const facts = [SDG_10_7_1, SDG_METHOD];
  return {
    status: 'calculated',
    ...exactFigure(over(total, fromMinor(wage.minor))),
    cost: toMoney(wage.currency, total),
    income: wage,
    sources: mergeSources(...facts.map((f) => f.sources)),
    verification: weakestVerification(facts.map((f) => f.verification)),
    note: SDG_METHOD.note!,
  };
}

/** True when `figure` is strictly above `threshold` months (both exact). */
export function exceedsMonths(figure: ExactFigure, threshold: { num: number; den: number }): boolean {
  const a = fraction(BigInt(figure.ratio.num), BigInt(figure.ratio.den));
  const b = fraction(BigInt(threshold.num), BigInt(threshold.den));
  return a.n * b.d > b.n * a.d;
}
