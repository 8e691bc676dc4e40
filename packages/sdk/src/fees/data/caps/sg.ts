/** Singapore (destination): agency fee at most one month's salary per year of contract, two months at most. */
import type { FeeCapRule } from '../../schema.js';
import { source } from './source.js';

const MOM_2017 = source('MOM regulates local recruitment fees', 'https://www.mom.gov.sg/newsroom/press-replies/2017/1106-mom-regulates-local-recruitment-fees', 'Ministry of Manpower');
const MOM_2018 = source(
  'Oral answer on foreign workers agency fees',
  'https://www.mom.gov.sg/newsroom/parliament-questions-and-replies/2018/0710-oral-answer-by-mr-zaqy-mohamad-minister-of-state-for-manpower-to-parliamentary-questionon-foreign-workers-agency-fees',
  'Ministry of Manpower',
);
const ASK_GOV = source('Ask MOM: agency fees', 'https://ask.gov.sg/mom/questions/clos85oro01uk4e0x7ndf4zlm?from=topics', 'Ministry of Manpower');

export const SINGAPORE_RULES: FeeCapRule[] = [
  {
    id: 'sg-agency-fee',
    series: 'sg-agency-fee',
    jurisdiction: 'destination',
    country: 'SG',
    scope: { paidTo: ['recruitment-agency'] },
    cap: { kind: 'months-per-contract-year', monthsPerYear: { num: 1, den: 1 }, maxMonths: { num: 2, den: 1 } },
    receiptRequired: true,
    notices: [{ code: 'fees.notice.refundIfJobEndsEarly', params: { percent: 50, months: 6 } }, { code: 'fees.notice.bindsRecruitersInDestination' }],
    effectiveFrom: '2011-01-01',
    datePrecision: 'year',
    sources: [MOM_2017, MOM_2018, ASK_GOV],
    verification: 'official',
    check: 'V',
    note:
      "Employment agencies in Singapore may collect at most one month's salary for each year of the contract (or of service), capped at two months' salary. At least 50% must be refunded if employment ends within the first 6 months. Itemised receipts are required. " +
      'Stated by MOM in 2017 and 2018 under the Employment Agencies Rules 2011 (only the year of the Rules is known). How part-years count is not in the research.',
  },
];
