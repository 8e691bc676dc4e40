/** United Arab Emirates (destination): employers may not charge recruitment costs; agencies may not take fees from domestic workers. */
import type { FeeCapRule } from '../../schema.js';
import { source } from './source.js';

const GULF_NEWS = source(
  'Who pays for the visa and other employment-related costs?',
  'https://gulfnews.com/living-in-uae/ask-us/who-pays-for-the-visa-and-other-employment-related-costs-find-out-1.1640168281598',
  'Gulf News',
);
const ARABIAN_NEWS = source('Fines for charging workers recruitment costs', 'https://thearabiannews.com/?p=22681', 'The Arabian News');
const UAE_LEGISLATION = source('Federal Decree-Law No. 9 of 2022 concerning domestic workers', 'https://uaelegislation.gov.ae/en/legislations/1593', 'UAE Legislation');
const LOC = source(
  'United Arab Emirates: New law regulating work of foreign domestic workers adopted',
  'https://www.loc.gov/item/global-legal-monitor/2023-01-04/united-arab-emirates-new-law-regulating-work-of-foreign-domestic-workers-adopted/?loclr=ealln',
  'Library of Congress',
);
const U_AE = source('UAE domestic helpers law', 'https://u.ae/en/information-and-services/justice-safety-and-the-law/anti-discrimination-laws-and-policies/uae-domestic-helpers-law', 'UAE Government portal');

export const UAE_RULES: FeeCapRule[] = [
  {
    id: 'ae-employer-no-recruitment-costs',
    series: 'ae-employer-no-recruitment-costs',
    jurisdiction: 'destination',
    country: 'AE',
    workerCategories: ['general'],
    scope: { paidTo: ['employer', 'recruitment-agency', 'sub-agent'] },
    cap: { kind: 'zero' },
    notices: [{ code: 'fees.notice.bindsRecruitersInDestination' }],
    effectiveFrom: '2022-02-02',
    datePrecision: 'exact',
    sources: [GULF_NEWS, ARABIAN_NEWS],
    verification: 'secondary',
    check: 'V2',
    note:
      'Federal Decree-Law 33/2021 Art. 6(4): "An Employer shall not charge the worker or collect from him recruitment and employment costs, either directly or indirectly". Fines reported at AED 20,000–100,000 (weaker source). ' +
      'Whether it also covers domestic workers is not in the research; they have their own law (Decree-Law 9/2022).',
  },
  {
    id: 'ae-domestic-agency-no-fee',
    series: 'ae-domestic-agency-no-fee',
    jurisdiction: 'destination',
    country: 'AE',
    workerCategories: ['domestic'],
    scope: { paidTo: ['recruitment-agency'] },
    cap: { kind: 'zero' },
    notices: [{ code: 'fees.notice.bindsRecruitersInDestination' }],
    effectiveFrom: '2022-12-15',
    datePrecision: 'exact',
    sources: [UAE_LEGISLATION, LOC, U_AE],
    verification: 'official',
    check: 'V',
    note:
      'Federal Decree-Law 9/2022 Art. 5: recruitment agencies may not accept any commission or fee from the domestic worker, before or after recruitment. Enacted 2022-09-05, published 2022-09-15, effective 2022-12-15; amended by Decree-Law 21/2023.',
  },
];
