/**
 * The ILO's forced-labour indicators without the rest of the fees module
 * (`@migrant-rights/sdk/fees/core`): the eleven indicator ids, the screening questions asked for
 * each, their sources, and the fee threshold for the debt-bondage indicator. No fee caps, no
 * taxonomy, no assessment: a page that only cites the indicators (the case stats widget) carries
 * a few hundred bytes instead of the fee law. `@migrant-rights/sdk/fees` exports the very same values.
 */
export {
  DEBT_BONDAGE_FEE_THRESHOLD,
  FORCED_LABOUR_INDICATOR_IDS,
  FORCED_LABOUR_INDICATORS,
  FORCED_LABOUR_QUESTION_IDS,
  FORCED_LABOUR_QUESTIONS,
  type DebtBondageThreshold,
  type ForcedLabourIndicatorId,
  type ForcedLabourQuestionId,
} from './data/forced-labour.js';
