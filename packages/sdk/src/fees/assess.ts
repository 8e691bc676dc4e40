/**
 * The recruitment-fee checker: for each payment, whether the worker should have paid it at all
 * (ILO employer-pays) and how it measures against the caps and bans of the origin and destination;
 * totals; and the SDG 10.7.1 cost-to-income ratio.
 */
import { CURRENCY_OF } from '../geo/index.js';
import type { Coded } from '../i18n/index.js';
import { MoneyError, type Money } from '../money/index.js';
import { mergeSources, weakestVerification, type Provenance } from '../provenance/index.js';
import { applicableRules, evaluateRule, noRuleVerdict, type CaseFacts, type ClassifiedPayment, type RuleEvaluation } from './caps.js';
import { classifyPayment, type Classification } from './classify.js';
import { DEBT_BONDAGE_FEE_THRESHOLD } from './data/forced-labour.js';
import { ILO_EMPLOYER_PAYS } from './data/ilo.js';
import { FeesRangeError, hundredths, fromRatio, hundredthsToDecimal, plus, RateBook, toMoney, ZERO_FRACTION, type Fraction } from './exact.js';
import { assessmentInputSchema, type AssessmentInput, type CapSpec } from './schema.js';
import { costToIncome, exceedsMonths } from './sdg.js';
import type { ConvertedTotal, CurrencyPair, FeeAssessment, FeeAssessmentOutcome, FeeTotals, IloVerdict, PaymentAssessment } from './types.js';
import { toProblems } from './validate.js';

function iloVerdict(c: Classification): IloVerdict {
  const facts: Pick<Provenance, 'sources' | 'verification'>[] = [ILO_EMPLOYER_PAYS, c];
  const shouldWorkerHavePaid = c.group === 'worker-choice' ? true : c.group === 'unclassified' ? 'unknown' : false;
  return {
    shouldWorkerHavePaid,
    reason: { code: `fees.ilo.${c.group}` },
    sources: mergeSources(...facts.map((f) => f.sources)),
    verification: weakestVerification(facts.map((f) => f.verification)),
    ...(c.note ? { note: c.note } : {}),
  };
}

function byCurrency(amounts: readonly Money[]): Money[] {
  const totals = new Map<string, number>();
  for (const m of amounts) totals.set(m.currency, (totals.get(m.currency) ?? 0) + m.minor);
  return [...totals].map(([currency, minor]) => ({ currency, minor }));
}

function convertedTotal(currency: string, paid: readonly Money[], owed: readonly Money[], rates: RateBook): ConvertedTotal {
  const missing = new Map<string, CurrencyPair>();
  const sumIn = (list: readonly Money[]): Money | undefined => {
    let total: Fraction = ZERO_FRACTION;
    let complete = true;
    for (const m of list) {
      const v = rates.valueIn(m, currency);
      if (v) total = plus(total, v);
      else {
        complete = false;
        missing.set(m.currency, { from: m.currency, to: currency });
      }
    }
    return complete ? toMoney(currency, total) : undefined;
  };
  const paidTotal = sumIn(paid);
  const owedTotal = sumIn(owed);
  return {
    currency,
    ...(paidTotal ? { paid: paidTotal } : {}),
    ...(owedTotal ? { shouldNotHavePaid: owedTotal } : {}),
    missingRates: [...missing.values()],
  };
}

function totalsOf(items: readonly PaymentAssessment[], facts: CaseFacts): FeeTotals {
  const paid = items.map((i) => i.payment.amount);
  const owed = items.filter((i) => i.ilo.shouldWorkerHavePaid === false).map((i) => i.payment.amount);
  const targets = [facts.monthlyWage?.currency, CURRENCY_OF[facts.origin], CURRENCY_OF[facts.destination]];
  const currencies = [...new Set(targets.filter((c): c is string => !!c))];
  return {
    paid: byCurrency(paid),
    shouldNotHavePaid: byCurrency(owed),
    converted: currencies.map((c) => convertedTotal(c, paid, owed, facts.rates)),
  };
}

function countWhere<T>(list: readonly T[], test: (t: T) => boolean): number {
  return list.reduce((n, t) => n + (test(t) ? 1 : 0), 0);
}

function warningsOf(input: AssessmentInput, items: readonly PaymentAssessment[], evaluations: readonly RuleEvaluation[], assessment: Pick<FeeAssessment, 'totals' | 'costToIncomeRatio' | 'monthsOfWages'>, rates: RateBook): Coded[] {
  const warnings: Coded[] = [];
  const count = (test: (i: PaymentAssessment) => boolean) => countWhere(items, test);
  if (input.paidOn < ILO_EMPLOYER_PAYS.effectiveFrom) warnings.push({ code: 'fees.warning.beforeIloGuidelines' });
  if (items.length) warnings.push({ code: 'fees.warning.categoriesUnverified' });
  const illegitimate = count((i) => i.classification.group === 'illegitimate-cost');
  if (illegitimate) warnings.push({ code: 'fees.warning.illegitimateCosts', params: { count: illegitimate } });
  const noReceipt = count((i) => i.payment.receipt === false);
  if (noReceipt) warnings.push({ code: 'fees.warning.noReceipt', params: { count: noReceipt } });
  if (items.some((i) => i.classification.basis.some((b) => b.code === 'fees.classify.loanToThirdParty'))) warnings.push({ code: 'fees.warning.loanToThirdParty' });
  const unclassified = count((i) => i.classification.group === 'unclassified');
  if (unclassified) warnings.push({ code: 'fees.warning.unclassified', params: { count: unclassified } });

  const missing = new Map<string, CurrencyPair>();
  const pairs = [
    ...evaluations.flatMap((e) => e.summary.missingRates),
    ...assessment.totals.converted.flatMap((t) => t.missingRates),
    ...(assessment.costToIncomeRatio.status === 'not-calculated' ? assessment.costToIncomeRatio.missingRates : []),
  ];
  for (const p of pairs) missing.set(`${p.from}>${p.to}`, p);
  for (const p of missing.values()) warnings.push({ code: 'fees.warning.rateMissing', params: { from: p.from, to: p.to } });
  for (const use of rates.used.values()) {
    warnings.push({ code: use.inverted ? 'fees.warning.userRateInverted' : 'fees.warning.userRate', params: { from: use.rate.from, to: use.rate.to, rate: use.rate.rate } });
  }

  const months = assessment.monthsOfWages;
  if (months && exceedsMonths(months, DEBT_BONDAGE_FEE_THRESHOLD.moreThanMonthsOfWages)) {
    const threshold = hundredthsToDecimal(hundredths(fromRatio(DEBT_BONDAGE_FEE_THRESHOLD.moreThanMonthsOfWages)));
    warnings.push({ code: 'fees.warning.debtBondageRisk', params: { months: months.display, threshold } });
  }
  return warnings;
}

function assumptionsOf(input: AssessmentInput, evaluations: readonly RuleEvaluation[], assessment: Pick<FeeAssessment, 'costToIncomeRatio'>): Coded[] {
  const out: Coded[] = [];
  if (!input.workerCategory) out.push({ code: 'fees.assumption.workerCategoryGeneral' });
  if (input.payments.some((p) => !p.imposedBy)) out.push({ code: 'fees.assumption.requiredForJob' });
  const wageBased = evaluations.some((e) => e.summary.cap && WAGE_BASED.includes(e.summary.rule.capSpec.kind));
  if (wageBased) out.push({ code: 'fees.assumption.wageAsRuleBasis' });
  if (evaluations.some((e) => e.summary.cap && e.summary.status === 'exceeds')) out.push({ code: 'fees.assumption.paymentOrder' });
  if (assessment.costToIncomeRatio.status === 'calculated') out.push({ code: 'fees.assumption.sdgFirstJobWage' });
  return out;
}

const WAGE_BASED: readonly CapSpec['kind'][] = ['months-of-salary', 'months-per-contract-year', 'share-of-first-month-wage'];

function assess(input: AssessmentInput): FeeAssessment {
  const rates = new RateBook(input.exchangeRates ?? []);
  const facts: CaseFacts = {
    origin: input.origin,
    destination: input.destination,
    paidOn: input.paidOn,
    workerCategory: input.workerCategory ?? 'general',
    ...(input.occupation ? { occupation: input.occupation } : {}),
    ...(input.workerSex ? { workerSex: input.workerSex } : {}),
    ...(input.contractMonths !== undefined ? { contractMonths: input.contractMonths } : {}),
    ...(input.monthlyWageAtDestination ? { monthlyWage: input.monthlyWageAtDestination } : {}),
    rates,
  };
  const classified: ClassifiedPayment[] = input.payments.map((payment, index) => ({
    index,
    payment,
    classification: classifyPayment(payment, { paidOn: input.paidOn }),
  }));
  const applicable = applicableRules(facts);
  const evaluations = applicable.map((a) => evaluateRule(a, classified, facts));

  const payments: PaymentAssessment[] = classified.map(({ index, payment, classification }) => {
    const caps = (['origin', 'destination'] as const).flatMap((jurisdiction) => {
      const mine = evaluations.filter((e) => e.summary.rule.jurisdiction === jurisdiction);
      const country = jurisdiction === 'origin' ? input.origin : input.destination;
      return mine.length ? mine.map((e) => e.verdicts.get(index)!) : [noRuleVerdict(jurisdiction, country)];
    });
    return { index, payment, classification, ilo: iloVerdict(classification), caps };
  });

  const totals = totalsOf(payments, facts);
  const owed = payments.filter((p) => p.ilo.shouldWorkerHavePaid === false).map((p) => p.payment.amount);
  const costToIncomeRatio = costToIncome(owed, input.monthlyWageAtDestination, rates);
  const monthsOfWages =
    costToIncomeRatio.status === 'calculated'
      ? { ratio: costToIncomeRatio.ratio, hundredths: costToIncomeRatio.hundredths, display: costToIncomeRatio.display }
      : undefined;

  const provenances: Pick<Provenance, 'sources' | 'verification'>[] = [
    ILO_EMPLOYER_PAYS,
    ...payments.map((p) => p.classification),
    ...evaluations.map((e) => e.summary.rule),
    ...(costToIncomeRatio.status === 'calculated' ? [costToIncomeRatio] : []),
  ];
  const partial = { totals, costToIncomeRatio, ...(monthsOfWages ? { monthsOfWages } : {}) };
  return {
    origin: input.origin,
    destination: input.destination,
    paidOn: input.paidOn,
    payments,
    rules: evaluations.map((e) => e.summary),
    ...partial,
    warnings: warningsOf(input, payments, evaluations, partial, rates),
    assumptions: assumptionsOf(input, evaluations, partial),
    exchangeRatesUsed: [...rates.used.keys()],
    sources: mergeSources(...provenances.map((p) => p.sources)),
    verification: weakestVerification(provenances.map((p) => p.verification)),
  };
}

/**
 * Checks what a worker paid to be recruited. Never throws on bad input: problems come back as
 * `{ ok: false, problems: [{ field, code }] }` with `error.*` or `fees.error.*` codes.
 */
export function assessRecruitmentFees(input: AssessmentInput): FeeAssessmentOutcome {
  // Typed for callers, validated anyway: the input comes from a form, so anything can arrive.
  const parsed = assessmentInputSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) return { ok: false, problems: toProblems(parsed.error.issues) };
  try {
    return { ok: true, assessment: assess(parsed.data as AssessmentInput) };
  } catch (e) {
    if (e instanceof FeesRangeError || e instanceof MoneyError) return { ok: false, problems: [{ field: 'payments', code: 'fees.error.outOfRange' }] };
    throw e;
  }
}
