/**
 * Wages due month by month: the contract's pay pro rata by calendar days, raised to the minimum
 * wage in force for that worker (by the law's key) wherever the contract pays less.
 */
import { addDays, splitByMonth, type MonthSlice } from '../dates/index.js';
import type { Coded } from '../i18n/index.js';
import { divRound, money, sum, type Money } from '../money/index.js';
import { moneyParams } from './facts.js';
import { resolveMinimum, type MinimumContext, type MinimumResolution, type MonthlyMinimumFact } from './minimum-wage.js';
import type { CountryWageData, MinimumWageFact } from './schema.js';

export interface ContractPay {
  basic: Money;
  housing: Money;
  food: Money;
  other: Money;
  housingProvided: boolean;
  foodProvided: boolean;
}

export interface MonthDue {
  slice: MonthSlice;
  /** The contract's pay for the days of this month worked. */
  contract: Money;
  /** What the minimum wage adds on top (zero where the contract pays at least the minimum). */
  topUp: Money;
}

export interface WagesDue {
  months: MonthDue[];
  contract: Money;
  topUp: Money;
  /** Contract pay of each month, for the "how we got this" view. */
  contractDetails: Coded[];
  /** Minimum-wage workings: one line per month where a minimum applied, runs of months where none did. */
  minimumDetails: Coded[];
  applied: MonthlyMinimumFact[];
  none: MinimumWageFact[];
  /** Why the minimum is not covered, for the months where it is not. */
  notCovered: Coded[];
  /** The last resolution with no minimum (none or not covered), for the line's basis. */
  lastNone?: Coded;
}

export function contractTotal(pay: ContractPay): Money {
  return sum(pay.basic.currency, [pay.basic, pay.housing, pay.food, pay.other]);
}

/** How much a month's minimum adds to the contract's monthly pay (whole-month figure). */
export function monthlyTopUp(fact: MonthlyMinimumFact, pay: ContractPay): number {
  const v = fact.value;
  if (v.comparedWith === 'total-pay') return Math.max(0, v.basic.minor - contractTotal(pay).minor);
  const basic = Math.max(0, v.basic.minor - pay.basic.minor);
  const housing = v.housing && !pay.housingProvided ? Math.max(0, v.housing.minor - pay.housing.minor) : 0;
  const food = v.food && !pay.foodProvided ? Math.max(0, v.food.minor - pay.food.minor) : 0;
  return basic + housing + food;
}

/** Splits a month at the days a calendar-keyed minimum changes, so each part uses the rule in force then. */
function splitAtChanges(slice: MonthSlice, changes: readonly string[]): MonthSlice[] {
  const parts: MonthSlice[] = [];
  let from = slice.from;
  for (const day of changes) {
    if (day > from && day <= slice.to) {
      const to = addDays(day, -1);
      parts.push({ ...slice, from, to, days: daysIn(from, to) });
      from = day;
    }
  }
  parts.push({ ...slice, from, days: daysIn(from, slice.to) });
  return parts;
}

function daysIn(from: string, to: string): number {
  return Number(to.slice(8)) - Number(from.slice(8)) + 1;
}

/** A reason without the day it was asked for, so that consecutive months with the same reason read as one run. */
function withoutDate(reason: Coded): Coded {
  if (!reason.params || !('date' in reason.params)) return reason;
  const { date: _date, ...params } = reason.params;
  return { code: reason.code, params };
}

/** Rule comparisons, said once per rule used. */
function comparisonDetails(fact: MonthlyMinimumFact, pay: ContractPay): Coded[] {
  const v = fact.value;
  const c = pay.basic.currency;
  const since = fact.effectiveFrom;
  if (v.comparedWith === 'total-pay') return [{ code: 'wages.detail.minimum.totalPay', params: moneyParams(c, { minimum: v.basic, contract: contractTotal(pay) }, { since }) }];
  const out: Coded[] = [{ code: 'wages.detail.minimum.basic', params: moneyParams(c, { minimum: v.basic, contract: pay.basic }, { since }) }];
  for (const part of ['housing', 'food'] as const) {
    const minimum = v[part];
    const provided = part === 'housing' ? pay.housingProvided : pay.foodProvided;
    if (minimum && provided) out.push({ code: `wages.detail.minimum.${part}Provided`, params: { since } });
    else if (minimum) out.push({ code: `wages.detail.minimum.${part}`, params: moneyParams(c, { minimum, contract: pay[part] }, { since }) });
    else if (v.unknownComponents?.includes(part)) out.push({ code: `wages.detail.minimum.${part}Unknown`, params: { since } });
  }
  return out;
}

export function wagesDue(data: CountryWageData, start: string, end: string, pay: ContractPay, ctx: MinimumContext): WagesDue {
  const currency = pay.basic.currency;
  const total = contractTotal(pay);
  const changes = [
    ...new Set(
      data.minimumWage
        .filter((f) => f.workerCategories.includes(ctx.category) && (f.appliesBy === 'calendar' || f.appliesBy === 'employer-size'))
        .flatMap((f) => [f.effectiveFrom, ...(f.effectiveTo ? [addDays(f.effectiveTo, 1)] : [])]),
    ),
  ].sort();

  const out: WagesDue = { months: [], contract: money(currency, 0), topUp: money(currency, 0), contractDetails: [], minimumDetails: [], applied: [], none: [], notCovered: [] };
  const explained = new Set<string>();
  // Runs of months without a minimum, said as "from … to …" rather than month by month.
  let run: { code: string; reason: Coded; from: string; to: string } | undefined;
  const closeRun = () => {
    if (run) out.minimumDetails.push({ code: run.code, params: { from: run.from, to: run.to } }, run.reason);
    run = undefined;
  };

  for (const slice of splitByMonth(start, end)) {
    const contract = money(currency, divRound(total.minor * slice.days, slice.daysInMonth));
    out.contractDetails.push({ code: 'wages.detail.contract.month', params: moneyParams(currency, { amount: contract }, { month: slice.month, days: slice.days, daysInMonth: slice.daysInMonth }) });
    // Σ (monthly top-up × days) over the month's parts, rounded once for the month.
    let weighted = 0;
    for (const part of splitAtChanges(slice, changes)) {
      const res: MinimumResolution = resolveMinimum(data, part.from, ctx, true);
      if (res.status === 'applies') {
        closeRun();
        const rate = monthlyTopUp(res.fact, pay);
        weighted += rate * part.days;
        if (!out.applied.includes(res.fact)) out.applied.push(res.fact);
        if (!explained.has(res.fact.id)) (explained.add(res.fact.id), out.minimumDetails.push(...comparisonDetails(res.fact, pay)));
        out.minimumDetails.push({
          code: 'wages.detail.minimum.month',
          params: moneyParams(currency, { topUp: money(currency, divRound(rate * part.days, part.daysInMonth)) }, { month: part.month, days: part.days, daysInMonth: part.daysInMonth, since: res.fact.effectiveFrom }),
        });
        continue;
      }
      const reason = withoutDate(res.reason);
      const code = res.status === 'none' ? 'wages.detail.minimum.noneFor' : 'wages.detail.minimum.notCoveredFor';
      if (res.status === 'none' && !out.none.includes(res.fact)) out.none.push(res.fact);
      if (res.status === 'not-covered') out.notCovered.push(reason);
      out.lastNone = reason;
      if (run && run.code === code && JSON.stringify(run.reason) === JSON.stringify(reason)) run.to = part.month;
      else (closeRun(), (run = { code, reason, from: part.month, to: part.month }));
    }
    const topUp = money(currency, divRound(weighted, slice.daysInMonth));
    out.months.push({ slice, contract, topUp });
  }
  closeRun();
  out.contract = sum(currency, out.months.map((m) => m.contract));
  out.topUp = sum(currency, out.months.map((m) => m.topUp));
  return out;
}
