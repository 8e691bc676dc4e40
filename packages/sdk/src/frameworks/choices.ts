/**
 * What a person can choose before the frameworks data is needed: the topics, and the countries the
 * data holds a fact about. No data and no schemas here, so a widget can offer these choices on its
 * first screen and fetch the module (`@migrant-rights/sdk/frameworks`, one chunk the same for
 * everyone) only once a choice is made. A test keeps `FRAMEWORK_COUNTRIES` equal to the data.
 */

/** The SDK's own domains an instrument can point a reader to (which tool to open next). */
export const TOPICS = ['fees', 'wages', 'pathways', 'protection', 'cases'] as const;
export type Topic = (typeof TOPICS)[number];

export function isTopic(value: unknown): value is Topic {
  return (TOPICS as readonly unknown[]).includes(value);
}

/** Every country (ISO 3166-1 alpha-2, sorted) with a recorded role, ratification or research finding. */
export const FRAMEWORK_COUNTRIES = [
  'AE', 'AF', 'AU', 'BD', 'BH', 'BN', 'CN', 'CO', 'DE', 'FR', 'HU', 'ID', 'IN', 'IQ', 'IR', 'IT', 'JP', 'KG', 'KH', 'KR', 'KW',
  'LA', 'LK', 'MM', 'MU', 'MY', 'NP', 'OM', 'PH', 'PK', 'PL', 'QA', 'SA', 'SG', 'TH', 'TJ', 'TL', 'TR', 'US', 'VN', 'YE',
] as const;
