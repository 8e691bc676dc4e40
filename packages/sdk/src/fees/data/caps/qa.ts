/** Qatar (destination): a licensed recruiter may not receive recruitment fees or costs from the worker (Labour Law 14/2004 Art. 33). */
import type { FeeCapRule } from '../../schema.js';
import { source } from './source.js';

const ACCOUNTABILITY_HUB = source('Labour Law 14/2004, Article 33', 'https://accountabilityhub.org/provision/labour-law14-article-33/', 'Accountability Hub');

export const QATAR_RULES: FeeCapRule[] = [
  {
    id: 'qa-recruiter-no-fees',
    series: 'qa-recruiter-no-fees',
    jurisdiction: 'destination',
    country: 'QA',
    workerCategories: ['general'],
    scope: { paidTo: ['recruitment-agency'] },
    cap: { kind: 'zero' },
    notices: [{ code: 'fees.notice.bindsRecruitersInDestination' }],
    effectiveFrom: '2004-01-01',
    datePrecision: 'year',
    sources: [ACCOUNTABILITY_HUB],
    verification: 'secondary',
    check: 'V2',
    note:
      'Art. 33: a licensed recruiter may not receive from the worker "any sums representing recruitment fees or expenses or any other costs". Penalty (Art. 145): imprisonment and/or a fine of QAR 2,000–6,000, possible office closure and licence cancellation. ' +
      'It binds recruiters licensed in Qatar; payments to agencies in the country of origin fall under that country\'s rules. The Labour Law excludes domestic workers.',
  },
  {
    id: 'qa-domestic-workers-law',
    series: 'qa-domestic-workers-law',
    jurisdiction: 'destination',
    country: 'QA',
    workerCategories: ['domestic'],
    scope: {},
    cap: { kind: 'unknown' },
    effectiveFrom: '2017-01-01',
    datePrecision: 'year',
    sources: [],
    verification: 'unverified',
    check: 'U',
    note: 'Domestic workers fall under Law 15/2017, not the Labour Law. Its rules on recruitment fees are not in the research.',
  },
];
