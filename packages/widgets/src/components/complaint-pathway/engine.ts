/**
 * What the complaint pathway needs only once a country of work is chosen (or handed over by the
 * page): the SDK's pathway rules with the loader of each country's law, the widget's rendering of
 * the answer, the pictures and words of the later questions, and the pathways module's wording in
 * every locale. Fetched then, as one chunk the same for every worker, so the first screen is the
 * first question alone and fetching this tells nobody anything.
 */
import type { CataloguePart } from '../../internal/localize.js';
import pathways from '@migrant-rights/sdk/locales/en/pathways';

export { codes, loadDestinationData, loadOriginData, LOADABLE_ORIGINS } from '@migrant-rights/sdk/pathways/core';
export { checkDates, dateQuestions, outcomeOf } from './pathway-rules.js';
export { copySummary, renderResult, summaryText } from './pathway-result.js';
export { PROBLEM_ICON, pathwayIcon } from './pathway-icons.js';
export { say } from './pathway-words.js';

export const words: CataloguePart = {
  english: [pathways],
  loaders: {
    ar: () => Promise.all([import('@migrant-rights/sdk/locales/ar/pathways')]),
    ne: () => Promise.all([import('@migrant-rights/sdk/locales/ne/pathways')]),
    bn: () => Promise.all([import('@migrant-rights/sdk/locales/bn/pathways')]),
    hi: () => Promise.all([import('@migrant-rights/sdk/locales/hi/pathways')]),
    id: () => Promise.all([import('@migrant-rights/sdk/locales/id/pathways')]),
    fil: () => Promise.all([import('@migrant-rights/sdk/locales/fil/pathways')]),
  },
};
