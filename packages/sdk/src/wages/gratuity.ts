/**
 * End-of-service gratuity: each country's tiers, base, minimum service, cap and resignation
 * factors are data; this file only applies them. Service is counted by anniversary years plus
 * days (dates.serviceLength); a part year counts as days ÷ 365.
 */
import { addDays, serviceLength, type IsoDate, type ServiceLength } from '../dates/index.js';
import type { Coded } from '../i18n/index.js';
import { min, money, multiply, sum, zero, type Money, type Ratio } from '../money/index.js';
import { selectInForce, type Provenance } from '../provenance/index.js';
import { amountParam, factFor, provenanceOf } from './facts.js';
import type { CountryWageData, GratuityFact } from './schema.js';
import type { GratuityEnding, GratuityInput, GratuityPart, GratuityResult, GratuityStatus, WageRulesLookup, WorkerCategory } from './types.js';
import { checkGratuityInput } from './validate.js';

const DAYS_PER_YEAR = 365;

export interface GratuityCase {
  category: WorkerCategory;
  /** The wage the award is computed on (basic, or basic + allowances where the law uses the whole wage). */
  base: Money;
  start: IsoDate;
  end: IsoDate;
  ending?: GratuityEnding | undefined;
  unpaidLeaveDays?: number | undefined;
  /** Says which wage `base` is, for the "how we got this" view. */
  baseNote: (fact: GratuityFact) => Coded | undefined;
}

/** The base-wage note when the caller gave the basic wage only (the public API). */
export function basicWageNote(fact: GratuityFact): Coded | undefined {
  if (fact.base === 'wage') return { code: 'wages.gratuity.baseIsWholeWage' };
  if (fact.base === 'unspecified') return { code: 'wages.gratuity.baseAssumedBasic' };
  return undefined;
}

/** The award for a case under the country's rule in force on the last day of service, with the service counted. */
export function gratuityFor(data: CountryWageData, c: GratuityCase): { status: GratuityStatus; service?: ServiceLength } {
  const fact = factFor(data.gratuity, c.category, c.end);
  const notCovered = (reason: Coded) => ({ status: { status: 'not-covered', reason } as GratuityStatus });
  if (!fact) return notCovered({ code: 'wages.gratuity.notCovered', params: { country: data.country, date: c.end } });
  if (c.ending === 'resignation' && fact.resignation === 'unknown') return notCovered({ code: 'wages.gratuity.resignationNotCovered', params: { country: data.country } });
  const needsDays = fact.tiers.some((t) => t.perYear.unit === 'days');
  const daily = needsDays ? selectInForce(data.dailyRate, c.end) : undefined;
  if (needsDays && !daily) return notCovered({ code: 'wages.gratuity.notCovered', params: { country: data.country, date: c.end } });

  const adjustments: Coded[] = [];
  const baseNote = c.baseNote(fact);
  if (baseNote) adjustments.push(baseNote);

  // Unpaid leave does not count as service where the law says so (UAE): the start moves later by that many days.
  const leave = fact.excludesUnpaidLeave ? Math.max(0, Math.floor(c.unpaidLeaveDays ?? 0)) : 0;
  if (leave > 0) adjustments.push({ code: 'wages.gratuity.unpaidLeaveExcluded', params: { days: leave } });
  const service = serviceLength(addDays(c.start, leave), c.end);
  const used: Provenance[] = daily ? [fact, daily] : [fact];

  if (service.years < fact.minServiceYears) {
    adjustments.push({ code: 'wages.gratuity.belowMinimumService', params: { years: fact.minServiceYears } });
    return { status: calculated(fact, used, zero(c.base.currency), false, [], adjustments), service };
  }

  const serviceUnits = service.years * DAYS_PER_YEAR + service.extraDays;
  const breakdown: GratuityPart[] = [];
  for (const tier of fact.tiers) {
    const from = (tier.fromYear - 1) * DAYS_PER_YEAR;
    const to = tier.toYear === undefined ? Infinity : tier.toYear * DAYS_PER_YEAR;
    const units = Math.max(0, Math.min(serviceUnits, to) - from);
    if (units === 0) continue;
    // base × (days ÷ days-per-month) × units ÷ 365, or base × months × units ÷ 365: one exact ratio, rounded once.
    const rate: Ratio =
      tier.perYear.unit === 'days'
        ? { num: tier.perYear.days * units, den: daily!.daysPerMonth * DAYS_PER_YEAR }
        : { num: tier.perYear.months.num * units, den: tier.perYear.months.den * DAYS_PER_YEAR };
    breakdown.push({
      fromYear: tier.fromYear,
      ...(tier.toYear !== undefined ? { toYear: tier.toYear } : {}),
      serviceDays: units,
      rate:
        tier.perYear.unit === 'days'
          ? { code: 'wages.gratuity.rate.days', params: { days: tier.perYear.days } }
          : { code: 'wages.gratuity.rate.months', params: { months: tier.perYear.months.num / tier.perYear.months.den } },
      amount: multiply(c.base, rate),
    });
  }
  let amount = sum(c.base.currency, breakdown.map((p) => p.amount));

  if (fact.capMonths !== undefined) {
    const cap = multiply(c.base, { num: fact.capMonths, den: 1 });
    if (amount.minor > cap.minor) {
      adjustments.push({ code: 'wages.gratuity.capped', params: { months: fact.capMonths, cap: amountParam(cap), uncapped: amountParam(amount), currency: cap.currency } });
      amount = min(amount, cap);
    }
  }

  let eligible = true;
  if (Array.isArray(fact.resignation)) {
    if (c.ending === 'resignation') {
      const factor = [...fact.resignation].filter((f) => f.minYears <= service.years).sort((a, b) => b.minYears - a.minYears)[0];
      if (factor) {
        adjustments.push({ code: 'wages.gratuity.resignationFactor', params: { num: factor.factor.num, den: factor.factor.den, years: service.years } });
        amount = multiply(amount, factor.factor);
        eligible = factor.factor.num > 0;
      }
    }
  }
  if (c.ending === undefined && fact.resignation !== 'same') adjustments.push({ code: 'wages.gratuity.endingAssumedNotResignation' });
  if (fact.caveat) adjustments.push({ code: fact.caveat });
  return { status: calculated(fact, used, amount, eligible, breakdown, adjustments), service };
}

function calculated(fact: GratuityFact, used: Provenance[], amount: Money, eligible: boolean, breakdown: GratuityPart[], adjustments: Coded[]): GratuityStatus {
  const p = provenanceOf(used);
  return {
    status: 'calculated',
    result: {
      amount,
      eligible,
      breakdown,
      adjustments,
      effectiveFrom: fact.effectiveFrom,
      sources: p.sources,
      verification: p.verification,
      ...(p.note ? { note: p.note } : {}),
    },
  };
}

/** Whether an end-of-service award is due, how much, and why, under the rules `lookup` gives for the country. Never throws. */
export function gratuityStatusWith(input: GratuityInput, lookup: WageRulesLookup): GratuityStatus {
  const problem = checkGratuityInput(input);
  if (problem) return { status: 'not-covered', reason: { code: problem.code, params: { field: problem.field, ...problem.params } } };
  const data = lookup(input.country);
  if (!data) return { status: 'not-covered', reason: { code: 'error.countryNotCovered', params: { country: input.country } } };
  return gratuityFor(data, {
    category: input.workerCategory === 'domestic' ? 'domestic' : 'general',
    base: money(input.basicMonthlyWage.currency, input.basicMonthlyWage.minor),
    start: input.start,
    end: input.end,
    ending: input.ending,
    unpaidLeaveDays: input.unpaidLeaveDays,
    baseNote: basicWageNote,
  }).status;
}
