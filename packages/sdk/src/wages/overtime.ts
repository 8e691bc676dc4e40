/**
 * Unpaid overtime: hours of each kind × the hourly rate of the law's base × the law's premium.
 * The rule in force on the last day of the period is used (the hours are not dated). A kind whose
 * premium we do not hold, or whose sources conflict, gets a not-covered line: never a guess.
 */
import type { Coded } from '../i18n/index.js';
import { money, multiply, shortfall, sum, zero, type Money, type Ratio } from '../money/index.js';
import { selectInForce, type Provenance } from '../provenance/index.js';
import { factFor, moneyParams, provenanceOf } from './facts.js';
import type { CountryWageData, HourlyRateFact, OvertimeFact } from './schema.js';
import { OVERTIME_KINDS } from './schema.js';
import type { ClaimLine, OvertimeKind, WorkerCategory } from './types.js';

export interface OvertimeCase {
  category: WorkerCategory;
  /** Last day of the period: the rule in force then is used. */
  on: string;
  basic: Money;
  /** Basic + cash allowances (Saudi "hourly wage"). */
  wage: Money;
  hours: Partial<Record<OvertimeKind, number>>;
  paid: Money;
}

export interface OvertimeOutcome {
  lines: ClaimLine[];
  assumptions: Coded[];
  caveats: Coded[];
}

/** monthly × ratio = hourly, from the country's convention. */
export function hourlyRatio(fact: HourlyRateFact): Ratio {
  const f = fact.formula;
  return f.kind === 'days' ? { num: 1, den: f.daysPerMonth * f.hoursPerDay } : { num: 12, den: f.weeksPerYear * f.hoursPerWeek };
}

function hourlyAssumption(fact: HourlyRateFact): Coded {
  const f = fact.formula;
  return f.kind === 'days'
    ? { code: 'wages.assumption.hourlyRate.days', params: { daysPerMonth: f.daysPerMonth, hoursPerDay: f.hoursPerDay } }
    : { code: 'wages.assumption.hourlyRate.weeks', params: { weeksPerYear: f.weeksPerYear, hoursPerWeek: f.hoursPerWeek } };
}

/** Hours typed with up to two decimals, as whole hundredths (7.5 h → 750). */
function hundredths(hours: number | undefined): number {
  return hours !== undefined && Number.isFinite(hours) && hours > 0 ? Math.round(hours * 100) : 0;
}

function notCoveredLine(currency: string, basis: Coded, fact?: OvertimeFact): ClaimLine {
  const p = fact ? provenanceOf([fact]) : { sources: [], verification: 'unverified' as const };
  return { kind: 'unpaid-overtime', status: 'not-covered', amount: zero(currency), basis, details: [], ...p };
}

export function overtimeLines(data: CountryWageData, c: OvertimeCase): OvertimeOutcome {
  const currency = c.basic.currency;
  const out: OvertimeOutcome = { lines: [], assumptions: [], caveats: [] };
  const kinds = OVERTIME_KINDS.filter((k) => hundredths(c.hours[k]) > 0);
  if (!kinds.length) return out;

  const hourly = selectInForce(data.hourlyRate, c.on);
  const covered: Array<{ kind: OvertimeKind; fact: OvertimeFact & { premium: { status: 'known' } } }> = [];
  for (const kind of kinds) {
    const forKind = factFor(
      data.overtime.filter((f) => f.kind === kind),
      c.category,
      c.on,
    );
    if (!forKind || !hourly) {
      out.lines.push(notCoveredLine(currency, { code: `wages.overtime.notCovered.${kind}`, params: { country: data.country } }));
      continue;
    }
    if (forKind.caveat) out.caveats.push({ code: forKind.caveat });
    if (forKind.premium.status === 'conflict') {
      const [low, high] = [Math.min(...forKind.premium.extraPercents), Math.max(...forKind.premium.extraPercents)];
      out.lines.push(notCoveredLine(currency, { code: `wages.overtime.conflict.${kind}`, params: { country: data.country, low, high } }, forKind));
      continue;
    }
    if (forKind.salaryCeiling && c.basic.minor > forKind.salaryCeiling.minor) {
      out.lines.push(notCoveredLine(currency, { code: `wages.overtime.aboveCeiling.${kind}`, params: moneyParams(currency, { ceiling: forKind.salaryCeiling }) }, forKind));
      continue;
    }
    covered.push({ kind, fact: forKind as OvertimeFact & { premium: { status: 'known' } } });
  }
  if (!covered.length) return out;

  const ratio = hourlyRatio(hourly!);
  const hourlyOf = { basic: multiply(c.basic, ratio), wage: multiply(c.wage, ratio) };
  const details: Coded[] = [];
  const basesUsed = new Set(covered.flatMap((k) => k.fact.premium.terms.map((t) => t.base)));
  for (const base of ['basic', 'wage'] as const) {
    if (basesUsed.has(base)) details.push({ code: `wages.detail.overtime.hourly.${base}`, params: moneyParams(currency, { hourly: hourlyOf[base], monthly: base === 'basic' ? c.basic : c.wage }) });
  }
  const amounts: Money[] = [];
  for (const { kind, fact } of covered) {
    const h = hundredths(c.hours[kind]);
    // Σ (monthly base × percent) for the kind's terms, then × hourly ratio ÷ 100 × hundredths ÷ 100: one exact ratio, rounded once.
    const weighted = money(currency, fact.premium.terms.reduce((s, t) => s + (t.base === 'basic' ? c.basic : c.wage).minor * t.percent, 0));
    const perHour = multiply(weighted, { num: ratio.num, den: ratio.den * 100 });
    const amount = multiply(weighted, { num: ratio.num * h, den: ratio.den * 100 * 100 });
    amounts.push(amount);
    details.push({ code: `wages.detail.overtime.${kind}`, params: moneyParams(currency, { perHour, amount }, { hours: h / 100 }) });
    for (const t of fact.premium.terms) details.push({ code: `wages.detail.overtime.term.${t.base}`, params: { percent: t.percent } });
    if (fact.window) details.push({ code: 'wages.detail.overtime.window', params: { from: fact.window.from, to: fact.window.to } });
    if (fact.premium.sameAsOrdinary) details.push({ code: 'wages.detail.overtime.sameAsOrdinary' });
  }
  const owed = sum(currency, amounts);
  if (c.paid.minor > 0) details.push({ code: 'wages.detail.overtime.paid', params: moneyParams(currency, { amount: c.paid }) });

  const facts: Provenance[] = [hourly!, ...covered.map((k) => k.fact)];
  out.assumptions.push(hourlyAssumption(hourly!), { code: 'wages.assumption.overtimeOnContractWage' }, { code: 'wages.assumption.overtimeRuleOnEndDate', params: { date: c.on } });
  out.lines.unshift({
    kind: 'unpaid-overtime',
    status: 'calculated',
    amount: shortfall(owed, c.paid),
    basis: { code: 'wages.basis.overtime', params: { country: data.country } },
    details,
    ...provenanceOf(facts),
  });
  return out;
}
