/** Saudi Arabia (destination): the employer bears recruitment and permit costs (Labour Law Art. 40). */
import type { FeeCapRule } from '../../schema.js';
import { source } from './source.js';

const HRSD = source('Labour Law Article 40', 'https://www.hrsd.gov.sa/en/knowledge-centre/articles/64434-0', 'Ministry of Human Resources and Social Development');
const HRSD_EDUCATION = source('Labour education: costs borne by the employer', 'https://laboreducation.hrsd.gov.sa/en/labor-education/293', 'Ministry of Human Resources and Social Development');

export const SAUDI_RULES: FeeCapRule[] = [
  {
    id: 'sa-employer-bears-costs',
    series: 'sa-employer-bears-costs',
    jurisdiction: 'destination',
    country: 'SA',
    workerCategories: ['general'],
    scope: { purposes: ['agency-service', 'work-permit', 'visa'] },
    cap: { kind: 'zero' },
    effectiveFrom: '2005-01-01',
    datePrecision: 'year',
    sources: [HRSD, HRSD_EDUCATION],
    verification: 'official',
    check: 'V',
    note:
      'Art. 40: the employer bears recruitment fees for non-Saudi workers, iqama (residence) and work-permit fees and renewals with late fines, change-of-profession fees, exit/re-entry visas, and the return ticket at the end of the relationship; ' +
      'the worker pays the return fare only if unfit for work or leaving without a legitimate reason. Labour Law 2005 (year only), amendments in force 2025-02-19. Whether domestic workers are covered is not in the research.',
  },
];
