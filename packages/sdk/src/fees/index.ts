/**
 * Recruitment fees: the ILO employer-pays taxonomy, national caps and bans by origin and
 * destination, the SDG 10.7.1 cost-to-income ratio, and a forced-labour indicator screen.
 */
export * from './schema.js';
export type * from './types.js';
export { classifyPayment, type Classification, type ClassificationContext } from './classify.js';
export { assessRecruitmentFees } from './assess.js';
export {
  screenForcedLabour,
  FORCED_LABOUR_ANSWERS,
  type ForcedLabourAnswer,
  type ForcedLabourAnswers,
  type ForcedLabourScreen,
  type ForcedLabourScreenOutcome,
  type IndicatorResult,
  type IndicatorStatus,
  type ScreenContext,
} from './forced-labour.js';
export { FEE_CAP_RULES, INDONESIA_ZERO_COST_OCCUPATIONS } from './data/caps/index.js';
export { COST_CATEGORY_FACTS, ILO_DEFINITION, ILO_EMPLOYER_PAYS, SDG_10_7_1, SDG_METHOD } from './data/ilo.js';
export * from './core.js';
