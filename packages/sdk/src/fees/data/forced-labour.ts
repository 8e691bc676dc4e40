/**
 * The ILO's 11 indicators of forced labour (research §3.1, SAP-FL 2012; kept unchanged in the 2025
 * revision), the plain-language questions we ask for each, and the fee threshold at which the
 * debt-bondage indicator is raised automatically (a project policy, not an ILO figure).
 */
import type { Ratio } from '../../money/index.js';
import type { Provenance, Source } from '../../provenance/index.js';

const RETRIEVED = '2026-11-26';
const READKONG: Source = {
  title: 'ILO indicators of forced labour',
  url: 'https://www.readkong.com/page/ilo-indicators-of-forced-labour-5101277',
  publisher: 'International Labour Organization (copy)',
  retrievedOn: RETRIEVED,
};
const SEAFISH: Source = {
  title: 'ILO Programme: Indicators of forced labour',
  url: 'https://seafish.org/responsible-sourcing/tools-for-ethical-seafood-sourcing/records/ilo-programme-indicators-of-forced-labour',
  publisher: 'Seafish',
  retrievedOn: RETRIEVED,
};
const INTERTEK_2025: Source = {
  title: "The ILO's 2025 forced labour indicator update",
  url: 'https://assuranceinaction.intertek.com/post/102ly7s/the-ilos-2025-forced-labour-indicator-update-what-stood-out-to-me',
  publisher: 'Intertek',
  retrievedOn: RETRIEVED,
};

export const FORCED_LABOUR_INDICATOR_IDS = [
  'abuse-of-vulnerability',
  'deception',
  'restriction-of-movement',
  'isolation',
  'physical-sexual-violence',
  'intimidation-threats',
  'retention-of-identity-documents',
  'withholding-of-wages',
  'debt-bondage',
  'abusive-working-living-conditions',
  'excessive-overtime',
] as const;
export type ForcedLabourIndicatorId = (typeof FORCED_LABOUR_INDICATOR_IDS)[number];

/** Screening questions, two per indicator; the text is `fees.fl.question.<id>`. */
export const FORCED_LABOUR_QUESTIONS = {
  'abuse-of-vulnerability': ['depends-on-employer', 'threatened-with-immigration'],
  deception: ['job-not-as-promised', 'contract-replaced'],
  'restriction-of-movement': ['locked-in', 'not-allowed-out'],
  isolation: ['phone-taken', 'address-unknown'],
  'physical-sexual-violence': ['physically-hurt', 'sexually-abused'],
  'intimidation-threats': ['threatened', 'insulted-shouted-at'],
  'retention-of-identity-documents': ['passport-kept', 'passport-refused'],
  'withholding-of-wages': ['wages-unpaid', 'wages-held-back'],
  'debt-bondage': ['owes-cannot-leave', 'debt-keeps-growing'],
  'abusive-working-living-conditions': ['unsafe-or-degrading', 'denied-food-rest-care'],
  'excessive-overtime': ['very-long-hours', 'punished-for-refusing-overtime'],
} as const satisfies Record<ForcedLabourIndicatorId, readonly string[]>;

export type ForcedLabourQuestionId = (typeof FORCED_LABOUR_QUESTIONS)[ForcedLabourIndicatorId][number];

export const FORCED_LABOUR_QUESTION_IDS: readonly ForcedLabourQuestionId[] = FORCED_LABOUR_INDICATOR_IDS.flatMap(
  (id) => FORCED_LABOUR_QUESTIONS[id],
);

/** The eleven names and the C29 basis (research: V). */
export const FORCED_LABOUR_INDICATORS: Provenance = {
  effectiveFrom: '2012-10-01',
  sources: [READKONG, SEAFISH],
  verification: 'official',
  check: 'V',
  note:
    'ILO SAP-FL booklet (2012), based on C29 (1930). effectiveFrom is the 2012 edition (month not in the research). The ILO revised the guidance in 2025 and kept the same eleven indicators (secondary).',
};

/** One indicator may sometimes imply forced labour; in other cases several together point to it (research: V). */
export const FORCED_LABOUR_INTERPRETATION: Provenance = {
  effectiveFrom: '2012-10-01',
  sources: [READKONG, INTERTEK_2025],
  verification: 'official',
  check: 'V',
  note: 'A screening can never label a case "forced labour" from one answer: a trained adviser must look at the whole situation.',
};

/** The questions are ours, written from the indicator names, and not yet checked with the ILO guidance. */
export const FORCED_LABOUR_QUESTION_WORDING: Provenance = {
  effectiveFrom: '2026-11-26',
  sources: [],
  verification: 'unverified',
  check: 'U',
  note:
    'Question wording and its mapping to indicators were written by the project from the ILO indicator names; check against the 2012 booklet and the 2025 revision (research gap 9) and test with workers before relying on them.',
};

export interface DebtBondageThreshold extends Provenance {
  /** Raise the debt-bondage indicator when worker-paid recruitment costs exceed this many months of wages. */
  moreThanMonthsOfWages: Ratio;
}

export const DEBT_BONDAGE_FEE_THRESHOLD: DebtBondageThreshold = {
  moreThanMonthsOfWages: { num: 2, den: 1 },
  effectiveFrom: '2026-11-26',
  sources: [],
  verification: 'unverified',
  check: 'U',
  note:
    'Project policy choice, not an ILO or legal figure: the ILO sets no months-of-wages threshold for debt bondage. Two months is the most any cap in our research lets an agency charge (Singapore: one month per contract year, at most two). ' +
    'Above it the debt-bondage indicator is raised as "possible", never as proven.',
};
