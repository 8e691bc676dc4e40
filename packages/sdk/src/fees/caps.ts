/**
 * National fee caps and bans: which rules apply to a case, what the cap is, and how each payment
 * measures up. Payments fill a cap in the order entered, so the per-payment excesses add up to the
 * rule's total excess.
 */
import type { IsoDate } from '../dates/index.js';
import type { Coded } from '../i18n/index.js';
import { fromMajor, multiply, type Money } from '../money/index.js';
import { selectInForce } from '../provenance/index.js';
import type { Classification } from './classify.js';
import { FEE_CAP_RULES } from './data/caps/index.js';
import { compare, fraction, fromMinor, fromRatio, isZero, minus, over, plus, times, toMoney, ZERO_FRACTION, type Fraction, type RateBook } from './exact.js';
import type { FeeCapRule, Occupation, Payment, WorkerCategory, WorkerSex } from './schema.js';
import type { CapVerdict, CurrencyPair, RuleRef, RuleSummary } from './types.js';

export interface CaseFacts {
  origin: string;
  destination: string;
  paidOn: IsoDate;
  workerCategory: WorkerCategory;
  occupation?: Occupation;
  workerSex?: WorkerSex;
  contractMonths?: number;
  monthlyWage?: Money;
  rates: RateBook;
}

export interface ApplicableRule {
  rule: FeeCapRule;
  /** Input fields the rule depends on that were not given. */
  needs: string[];
}

export interface ClassifiedPayment {
  index: number;
  payment: Payment;
  classification: Classification;
}

function appliesToCountries(rule: FeeCapRule, facts: CaseFacts): boolean {
  if (rule.jurisdiction === 'origin') {
    return (
      rule.country === facts.origin &&
      (!rule.destinations || rule.destinations.includes(facts.destination)) &&
      !rule.excludedDestinations?.includes(facts.destination)
    );
  }
  return rule.country === facts.destination && (!rule.origins || rule.origins.includes(facts.origin));
}

/** The rule's conditions on the worker: undefined when it does not apply, else the fields still needed. */
function conditionNeeds(rule: FeeCapRule, facts: CaseFacts): string[] | undefined {
  if (rule.workerCategories && !rule.workerCategories.includes(facts.workerCategory)) return undefined;
  const needs: string[] = [];
  if (rule.occupations || rule.excludedOccupations) {
    if (!facts.occupation) needs.push('occupation');
    else if (rule.occupations && !rule.occupations.includes(facts.occupation)) return undefined;
    else if (rule.excludedOccupations?.includes(facts.occupation)) return undefined;
  }
  if (rule.workerSex) {
    if (!facts.workerSex) needs.push('workerSex');
    else if (rule.workerSex !== facts.workerSex) return undefined;
  }
  return needs;
}

/** Rules in force on the payment date for this origin, destination and worker; one version per series. */
export function applicableRules(facts: CaseFacts, rules: readonly FeeCapRule[] = FEE_CAP_RULES): ApplicableRule[] {
  const series = new Map<string, FeeCapRule[]>();
  for (const r of rules) if (appliesToCountries(r, facts)) series.set(r.series, [...(series.get(r.series) ?? []), r]);
  const out: ApplicableRule[] = [];
  for (const versions of series.values()) {
    const rule = selectInForce(versions, facts.paidOn);
    const needs = rule && conditionNeeds(rule, facts);
    if (rule && needs) out.push({ rule, needs });
  }
  return out;
}

/** Why a payment is not counted by a rule, or undefined when it is. */
export function outOfScopeReason(rule: FeeCapRule, item: ClassifiedPayment): Coded | undefined {
  const { group } = item.classification;
  if (group === 'worker-choice') return { code: 'fees.cap.workerChoiceNotCounted' };
  if (group === 'unclassified') return { code: 'fees.cap.unclassifiedNotCounted' };
  const { groups, purposes, paidTo, excludePurposes } = rule.scope;
  const counted =
    (!groups || groups.includes(group)) &&
    (!purposes || purposes.includes(item.payment.purpose)) &&
    (!paidTo || paidTo.includes(item.payment.paidTo)) &&
    !excludePurposes?.includes(item.payment.purpose);
  return counted ? undefined : { code: 'fees.cap.outsideScope' };
}

type CapAmount =
  | { kind: 'zero' }
  | { kind: 'amount'; cap: Money }
  | { kind: 'unknown'; reason: Coded }
  | { kind: 'needs'; field: string };

/** The cap in money for this case, from the rule and the worker's wage and contract. */
export function capAmount(rule: FeeCapRule, facts: CaseFacts): CapAmount {
  const { cap } = rule;
  if (cap.kind === 'zero') return { kind: 'zero' };
  if (cap.kind === 'unknown') return { kind: 'unknown', reason: { code: 'fees.cap.figureUnknown' } };
  if (cap.kind === 'fixed') return { kind: 'amount', cap: fromMajor(cap.amount.currency, cap.amount.major) };
  const wage = facts.monthlyWage;
  if (!wage) return { kind: 'needs', field: 'monthlyWageAtDestination' };
  // Rounded down: with whole minor units, a payment is within the exact cap iff it is within its floor.
  if (cap.kind === 'months-of-salary') return { kind: 'amount', cap: multiply(wage, cap.months, 'down') };
  if (cap.kind === 'share-of-first-month-wage') return { kind: 'amount', cap: multiply(wage, cap.share, 'down') };
  if (facts.contractMonths === undefined) return { kind: 'needs', field: 'contractMonths' };
  const max = fromRatio(cap.maxMonths);
  const earned = times(fromRatio(cap.monthsPerYear), fraction(BigInt(facts.contractMonths), 12n));
  if (compare(earned, max) >= 0) return { kind: 'amount', cap: toMoney(wage.currency, times(fromMinor(wage.minor), max), 'down') };
  if (facts.contractMonths % 12 !== 0) return { kind: 'unknown', reason: { code: 'fees.cap.partYearUnknown' } };
  return { kind: 'amount', cap: toMoney(wage.currency, times(fromMinor(wage.minor), earned), 'down') };
}

export function ruleRef(rule: FeeCapRule): RuleRef {
  return {
    ruleId: rule.id,
    name: { code: `fees.rule.${rule.id}` },
    jurisdiction: rule.jurisdiction,
    country: rule.country,
    effectiveFrom: rule.effectiveFrom,
    ...(rule.effectiveTo ? { effectiveTo: rule.effectiveTo } : {}),
    datePrecision: rule.datePrecision,
    capSpec: rule.cap,
    sources: rule.sources,
    verification: rule.verification,
    ...(rule.note ? { note: rule.note } : {}),
  };
}

function sumByCurrency(amounts: readonly Money[]): Money[] {
  const totals = new Map<string, number>();
  for (const m of amounts) totals.set(m.currency, (totals.get(m.currency) ?? 0) + m.minor);
  return [...totals].map(([currency, minor]) => ({ currency, minor }));
}

function uniquePairs(pairs: readonly CurrencyPair[]): CurrencyPair[] {
  const byKey = new Map<string, CurrencyPair>();
  for (const p of pairs) byKey.set(`${p.from}>${p.to}`, p);
  return [...byKey.values()];
}

export interface RuleEvaluation {
  summary: RuleSummary;
  /** Verdict per payment index, for every payment (outside-scope ones included). */
  verdicts: Map<number, CapVerdict>;
}

/** Measures every payment against one rule. */
export function evaluateRule(applicable: ApplicableRule, items: readonly ClassifiedPayment[], facts: CaseFacts): RuleEvaluation {
  const { rule, needs } = applicable;
  const base = { jurisdiction: rule.jurisdiction, country: rule.country, ruleId: rule.id };
  const notices: Coded[] = [...(rule.notices ?? [])];
  if (rule.cap.kind === 'fixed' && rule.cap.uncheckedLimit) notices.push({ code: rule.cap.uncheckedLimit });
  const noticesFor = (p: Payment): Coded[] =>
    rule.receiptRequired && p.receipt === false ? [...notices, { code: 'fees.notice.receiptRequired' }] : notices;

  const verdicts = new Map<number, CapVerdict>();
  const covered: ClassifiedPayment[] = [];
  for (const item of items) {
    const reason = outOfScopeReason(rule, item);
    if (reason) verdicts.set(item.index, { ...base, status: 'outside-scope', reason, notices: [] });
    else covered.push(item);
  }

  const summary: RuleSummary = {
    rule: ruleRef(rule),
    status: 'nothing-in-scope',
    coveredByCurrency: sumByCurrency(covered.map((c) => c.payment.amount)),
    missingRates: [],
    needs: [],
    notices,
    warnings: rule.datePrecision === 'exact' ? [] : [{ code: `fees.ruleDate.${rule.datePrecision}` }],
  };
  const amount: CapAmount = needs.length ? { kind: 'needs', field: needs[0]! } : capAmount(rule, facts);
  if (amount.kind === 'needs') summary.needs = needs.length ? needs : [amount.field];
  if (covered.length === 0) return { summary, verdicts };

  const each = (status: CapVerdict['status'], reason: Coded, extra: (p: Payment) => Partial<CapVerdict> = () => ({})) => {
    for (const c of covered) verdicts.set(c.index, { ...base, status, reason, notices: noticesFor(c.payment), ...extra(c.payment) });
  };

  switch (amount.kind) {
    case 'needs':
      summary.status = 'needs-input';
      each('needs-input', { code: `fees.cap.needs.${summary.needs[0]}` });
      return { summary, verdicts };
    case 'unknown':
      summary.status = 'no-cap-known';
      each('no-cap-known', amount.reason);
      return { summary, verdicts };
    case 'zero':
      summary.status = 'banned';
      each('banned', { code: `fees.cap.banned.${rule.jurisdiction}` }, (p) => ({ cap: { currency: p.amount.currency, minor: 0 }, by: p.amount }));
      return { summary, verdicts };
    case 'amount':
      return { summary: allocate(amount.cap, covered, facts, summary, base, noticesFor, verdicts), verdicts };
  }
}

/** Fills the cap with the payments in order; the one that crosses it and all after it exceed. */
function allocate(
  cap: Money,
  covered: readonly ClassifiedPayment[],
  facts: CaseFacts,
  summary: RuleSummary,
  base: Pick<CapVerdict, 'jurisdiction' | 'country' | 'ruleId'>,
  noticesFor: (p: Payment) => Coded[],
  verdicts: Map<number, CapVerdict>,
): RuleSummary {
  const limit = fromMinor(cap.minor);
  const missing: CurrencyPair[] = [];
  let filled: Fraction = ZERO_FRACTION;
  const within: number[] = [];
  for (const { index, payment } of covered) {
    const value = facts.rates.valueIn(payment.amount, cap.currency);
    if (!value) {
      missing.push({ from: payment.amount.currency, to: cap.currency });
      verdicts.set(index, {
        ...base,
        status: 'rate-missing',
        reason: { code: 'fees.cap.rateMissing', params: { from: payment.amount.currency, to: cap.currency } },
        cap,
        notices: noticesFor(payment),
      });
      continue;
    }
    const before = filled;
    filled = plus(filled, value);
    if (compare(filled, limit) <= 0 || isZero(value)) {
      within.push(index);
      verdicts.set(index, { ...base, status: 'within', reason: { code: 'fees.cap.within' }, cap, notices: noticesFor(payment) });
      continue;
    }
    const overCap = compare(before, limit) >= 0 ? value : minus(filled, limit);
    // The excess in the payment's own currency: the whole payment, or its share over the cap.
    const by =
      overCap === value
        ? payment.amount
        : toMoney(payment.amount.currency, times(fromMinor(payment.amount.minor), over(overCap, value)));
    verdicts.set(index, {
      ...base,
      status: 'exceeds',
      reason: { code: 'fees.cap.exceeds' },
      cap,
      by,
      byInCapCurrency: toMoney(cap.currency, overCap),
      notices: noticesFor(payment),
    });
  }

  const excess = compare(filled, limit) > 0 ? minus(filled, limit) : ZERO_FRACTION;
  summary.cap = cap;
  summary.missingRates = uniquePairs(missing);
  if (missing.length === 0) {
    summary.covered = toMoney(cap.currency, filled);
    summary.excess = toMoney(cap.currency, excess);
    summary.status = isZero(excess) ? 'within' : 'exceeds';
    return summary;
  }
  // Some payments could not be converted: an excess is only a minimum, and "within" cannot be confirmed.
  for (const index of within) {
    const v = verdicts.get(index)!;
    verdicts.set(index, { ...v, status: 'rate-missing', reason: { code: 'fees.cap.withinUnconfirmed' } });
  }
  for (const [index, v] of verdicts) {
    if (v.status === 'exceeds') verdicts.set(index, { ...v, atLeast: true, reason: { code: 'fees.cap.exceedsAtLeast' } });
  }
  if (isZero(excess)) summary.status = 'rate-missing';
  else Object.assign(summary, { status: 'exceeds', excess: toMoney(cap.currency, excess), atLeast: true });
  return summary;
}

/** The verdict when we hold no rule at all for a jurisdiction. */
export function noRuleVerdict(jurisdiction: 'origin' | 'destination', country: string): CapVerdict {
  return { status: 'no-cap-known', jurisdiction, country, reason: { code: 'fees.cap.noRuleKnown' }, notices: [] };
}
