/** Hong Kong (destination): commission at most 10% of the first month's wages; employers pay domestic helpers' processing costs. */
import type { FeeCapRule } from '../../schema.js';
import { UNKNOWN_START, source } from './source.js';

const EAA = source('Information for job-seekers: commission', 'https://www.eaa.labour.gov.hk/en/helpers.html', 'Labour Department, Employment Agencies Administration');
const HELP_DW = source('Employment agency issues', 'https://helpfordomesticworkers.org/en/get-help/understanding-your-rights/employment-agency-issues/', 'HELP for Domestic Workers');

export const HONG_KONG_RULES: FeeCapRule[] = [
  {
    id: 'hk-agency-commission',
    series: 'hk-agency-commission',
    jurisdiction: 'destination',
    country: 'HK',
    scope: { paidTo: ['recruitment-agency'] },
    cap: { kind: 'share-of-first-month-wage', share: { num: 1, den: 10 } },
    notices: [{ code: 'fees.notice.hk.onlyAfterPlacement' }, { code: 'fees.notice.bindsRecruitersInDestination' }],
    effectiveFrom: UNKNOWN_START,
    datePrecision: 'unknown',
    sources: [EAA],
    verification: 'official',
    check: 'V',
    note:
      "Employment Ordinance and Employment Agency Regulations (Cap. 57A): the maximum commission from a job-seeker is 10% of the first month's wages, collectable only after placement; no other fee may be charged, directly or indirectly. Applies to all job-seekers. Current rule; the research gives no start date.",
  },
  {
    id: 'hk-fdh-employer-pays-processing',
    series: 'hk-fdh-employer-pays-processing',
    jurisdiction: 'destination',
    country: 'HK',
    workerCategories: ['domestic'],
    scope: { purposes: ['medical-exam', 'documents', 'visa', 'insurance', 'air-ticket'] },
    cap: { kind: 'zero' },
    effectiveFrom: UNKNOWN_START,
    datePrecision: 'unknown',
    sources: [HELP_DW],
    verification: 'secondary',
    check: 'V2',
    note:
      'Standard contract for domestic helpers (ID 407, clause 8): the employer pays processing costs: medical exam, consulate fee, visa, insurance and air fare from the place of origin. Consulate fees are counted under "documents". Current rule; the research gives no start date.',
  },
];
