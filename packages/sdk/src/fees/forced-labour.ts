/**
 * A short screen over the ILO's 11 indicators of forced labour. It says which signs are present,
 * never that a case "is" forced labour: one indicator alone does not prove it, and a screening is
 * not a determination. Debt bondage is raised automatically from a fee assessment.
 */
import type { Coded } from '../i18n/index.js';
import { mergeSources, weakestVerification, type Provenance, type Source, type Verification } from '../provenance/index.js';
import {
  DEBT_BONDAGE_FEE_THRESHOLD,
  FORCED_LABOUR_INDICATOR_IDS,
  FORCED_LABOUR_INDICATORS,
  FORCED_LABOUR_INTERPRETATION,
  FORCED_LABOUR_QUESTION_IDS,
  FORCED_LABOUR_QUESTION_WORDING,
  FORCED_LABOUR_QUESTIONS,
  type ForcedLabourIndicatorId,
  type ForcedLabourQuestionId,
} from './data/forced-labour.js';
import { fromRatio, hundredths, hundredthsToDecimal } from './exact.js';
import { exceedsMonths } from './sdg.js';
import type { FeeAssessment, InputProblem } from './types.js';

export const FORCED_LABOUR_ANSWERS = ['yes', 'no', 'unsure'] as const;
export type ForcedLabourAnswer = (typeof FORCED_LABOUR_ANSWERS)[number];
export type ForcedLabourAnswers = Partial<Record<ForcedLabourQuestionId, ForcedLabourAnswer>>;

/**
 * Checks answers as the zod schema `z.strictObject({ [question]: z.optional(z.enum(FORCED_LABOUR_ANSWERS)) })`
 * would, with the same message ids (a property test holds the two equal). Written by hand because
 * this is the only validation the forced-labour screen needs, and zod would be a fifth of its file.
 */
function checkAnswers(answers: unknown): { ok: true; answers: ForcedLabourAnswers } | { ok: false; problems: InputProblem[] } {
  if (answers === null || typeof answers !== 'object' || Array.isArray(answers)) {
    return { ok: false, problems: [{ field: '', code: answers === undefined || answers === '' ? 'error.required' : 'error.invalid' }] };
  }
  const known: readonly string[] = FORCED_LABOUR_QUESTION_IDS;
  const given = answers as Record<string, unknown>;
  const unknown = Object.keys(given).filter((k) => !known.includes(k));
  if (unknown.length) return { ok: false, problems: unknown.map((field) => ({ field, code: 'fees.error.unknownQuestion' })) };
  const clean: Record<string, ForcedLabourAnswer> = {};
  const problems: InputProblem[] = [];
  for (const id of FORCED_LABOUR_QUESTION_IDS) {
    if (!Object.prototype.hasOwnProperty.call(given, id)) continue;
    const answer = given[id];
    if (answer === undefined) continue;
    if ((FORCED_LABOUR_ANSWERS as readonly unknown[]).includes(answer)) clean[id] = answer as ForcedLabourAnswer;
    else problems.push({ field: id, code: 'error.choice' });
  }
  return problems.length ? { ok: false, problems } : { ok: true, answers: clean as ForcedLabourAnswers };
}

/** `present`: answered yes · `possible`: unsure, or raised automatically · `not-indicated`: answered no · `not-asked`. */
export type IndicatorStatus = 'present' | 'possible' | 'not-indicated' | 'not-asked';

export interface IndicatorResult {
  id: ForcedLabourIndicatorId;
  /** `fees.fl.indicator.<id>` */
  name: Coded;
  status: IndicatorStatus;
  answers: Array<{ question: ForcedLabourQuestionId; text: Coded; answer: ForcedLabourAnswer }>;
  /** Signs found without asking, from the fee assessment. */
  automatic: Coded[];
}

export interface ForcedLabourScreen {
  indicators: IndicatorResult[];
  present: ForcedLabourIndicatorId[];
  possible: ForcedLabourIndicatorId[];
  summary: Coded;
  /** Always shown: one indicator alone does not prove forced labour; this is a screening, not a determination. */
  caveat: Coded;
  nextStep: Coded;
  /** Whether the debt-bondage check from fees ran, and why not if it did not. */
  feeCheck: Coded;
  sources: Source[];
  verification: Verification;
  notes: string[];
}

export type ForcedLabourScreenOutcome = { ok: true; screen: ForcedLabourScreen } | { ok: false; problems: InputProblem[] };

export interface ScreenContext {
  /** A fee assessment for the same worker: high fees or "loan" repayments to the recruiter raise debt bondage. */
  feeAssessment?: FeeAssessment;
}

/** Indicators that call for help now rather than advice later. */
const URGENT: readonly ForcedLabourIndicatorId[] = ['physical-sexual-violence', 'restriction-of-movement'];

/**
 * The parts of a fee assessment the screen reads, or undefined when `value` is not a fee assessment
 * (a page may set anything on the widget's `feeAssessment`): the screen then runs without the fee
 * check instead of throwing.
 */
function readAssessment(value: unknown): Pick<FeeAssessment, 'payments' | 'monthsOfWages'> | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const { payments, monthsOfWages } = value as Partial<FeeAssessment>;
  if (!Array.isArray(payments)) return undefined;
  if (monthsOfWages === undefined) return { payments };
  const ratio = (monthsOfWages as Partial<FeeAssessment['monthsOfWages']> | null)?.ratio;
  const exact = !!ratio && Number.isSafeInteger(ratio.num) && Number.isSafeInteger(ratio.den) && ratio.num >= 0 && ratio.den > 0;
  return exact && typeof monthsOfWages.display === 'string' ? { payments, monthsOfWages } : undefined;
}

function debtBondageFromFees(assessment: Pick<FeeAssessment, 'payments' | 'monthsOfWages'> | undefined): { automatic: Coded[]; feeCheck: Coded } {
  if (!assessment) return { automatic: [], feeCheck: { code: 'fees.fl.feeCheck.noAssessment' } };
  const automatic: Coded[] = [];
  const { monthsOfWages } = assessment;
  const threshold = DEBT_BONDAGE_FEE_THRESHOLD.moreThanMonthsOfWages;
  if (monthsOfWages && exceedsMonths(monthsOfWages, threshold)) {
    automatic.push({
      code: 'fees.fl.auto.feesAboveThreshold',
      params: { months: monthsOfWages.display, threshold: hundredthsToDecimal(hundredths(fromRatio(threshold))) },
    });
  }
  if (assessment.payments.some((p) => p?.classification?.category === 'illegal-cost-recovery')) {
    automatic.push({ code: 'fees.fl.auto.recruitmentDebtRepaid' });
  }
  const feeCheck: Coded = monthsOfWages ? { code: 'fees.fl.feeCheck.done' } : { code: 'fees.fl.feeCheck.noRatio' };
  return { automatic, feeCheck };
}

function statusOf(answers: readonly ForcedLabourAnswer[], automatic: readonly Coded[]): IndicatorStatus {
  if (answers.includes('yes')) return 'present';
  if (answers.includes('unsure') || automatic.length) return 'possible';
  return answers.length ? 'not-indicated' : 'not-asked';
}

function summaryOf(present: number, possible: number): Coded {
  if (present) return { code: 'fees.fl.summary.present', params: { count: present } };
  if (possible) return { code: 'fees.fl.summary.possible', params: { count: possible } };
  return { code: 'fees.fl.summary.none' };
}

function screen(answers: ForcedLabourAnswers, context: ScreenContext): ForcedLabourScreen {
  const fees = debtBondageFromFees(readAssessment(context?.feeAssessment));
  const indicators = FORCED_LABOUR_INDICATOR_IDS.map((id): IndicatorResult => {
    const given = FORCED_LABOUR_QUESTIONS[id].flatMap((question) => {
      const answer = answers[question];
      return answer ? [{ question, text: { code: `fees.fl.question.${question}` }, answer }] : [];
    });
    const automatic = id === 'debt-bondage' ? fees.automatic : [];
    return { id, name: { code: `fees.fl.indicator.${id}` }, status: statusOf(given.map((g) => g.answer), automatic), answers: given, automatic };
  });
  const present = indicators.filter((i) => i.status === 'present').map((i) => i.id);
  const possible = indicators.filter((i) => i.status === 'possible').map((i) => i.id);
  const nextStep: Coded = present.some((id) => URGENT.includes(id))
    ? { code: 'fees.fl.next.urgent' }
    : present.length || possible.length
      ? { code: 'fees.fl.next.getAdvice' }
      : { code: 'fees.fl.next.keepRecords' };

  const facts: Provenance[] = [FORCED_LABOUR_INDICATORS, FORCED_LABOUR_INTERPRETATION, FORCED_LABOUR_QUESTION_WORDING];
  if (fees.automatic.some((a) => a.code === 'fees.fl.auto.feesAboveThreshold')) facts.push(DEBT_BONDAGE_FEE_THRESHOLD);
  return {
    indicators,
    present,
    possible,
    summary: summaryOf(present.length, possible.length),
    caveat: { code: 'fees.fl.caveat' },
    nextStep,
    feeCheck: fees.feeCheck,
    sources: mergeSources(...facts.map((f) => f.sources)),
    verification: weakestVerification(facts.map((f) => f.verification)),
    notes: facts.flatMap((f) => (f.note ? [f.note] : [])),
  };
}

/** Screens answers to the plain-language questions. Unknown question ids or answers come back as problems. */
export function screenForcedLabour(answers: ForcedLabourAnswers, context: ScreenContext = {}): ForcedLabourScreenOutcome {
  // Typed for callers, validated anyway: answers come from a form.
  const checked = checkAnswers(answers);
  if (!checked.ok) return checked;
  return { ok: true, screen: screen(checked.answers, context) };
}
