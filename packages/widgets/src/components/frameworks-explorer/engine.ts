/**
 * What the explorer needs only once a country or a topic is chosen: the SDK's frameworks module
 * (its data and `frameworksFor` / `instrumentsOn`) and the wording of its answers in every locale.
 * Fetched then, as one chunk the same for every person (never one per country, which would tell
 * the server that hosts our files which country was chosen), so the first screen is the choices.
 */
import type { CataloguePart } from '../../internal/localize.js';
import frameworks from '@migrant-rights/sdk/locales/en/frameworks';

export {
  CORE_CONVENTION_IDS,
  actCode,
  certaintyCode,
  eventKindCode,
  findingCode,
  frameworksFor,
  instrumentKindCode,
  instrumentsOn,
  organisationById,
  processById,
  processKindCode,
  trimToPrecision,
} from '@migrant-rights/sdk/frameworks';

export const words: CataloguePart = {
  english: [frameworks],
  loaders: {
    ar: () => Promise.all([import('@migrant-rights/sdk/locales/ar/frameworks')]),
    ne: () => Promise.all([import('@migrant-rights/sdk/locales/ne/frameworks')]),
    bn: () => Promise.all([import('@migrant-rights/sdk/locales/bn/frameworks')]),
    hi: () => Promise.all([import('@migrant-rights/sdk/locales/hi/frameworks')]),
    id: () => Promise.all([import('@migrant-rights/sdk/locales/id/frameworks')]),
    fil: () => Promise.all([import('@migrant-rights/sdk/locales/fil/frameworks')]),
  },
};
