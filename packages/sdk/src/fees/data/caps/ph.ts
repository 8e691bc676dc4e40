/** Philippines (origin): placement fee at most one month's basic salary; none for household service workers or no-fee destinations. */
import type { FeeCapRule } from '../../schema.js';
import { RECRUITERS, UNKNOWN_START, source } from './source.js';

const RESPICIO = source('Legal limits on recruitment fees and agency charges for OFWs', 'https://www.respicio.ph/commentaries/legal-limits-on-recruitment-fees-and-agency-charges-for-ofws', 'Respicio & Co.');
const PINOY_OFW = source('Placement fee', 'https://www.pinoy-ofw.com/pinas/24105-placement-fee.html', 'Pinoy-OFW');
const PHILSTAR = source('HSWs applicants bawal hingan ng placement fees', 'https://philstar.com/pang-masa/police-metro/2013/06/16/954585/hsws-applicants-bawal-hingan-ng-placement-fees/amp', 'Philstar');
const HELP_DW = source('Employment agency issues', 'https://helpfordomesticworkers.org/en/get-help/understanding-your-rights/employment-agency-issues/', 'HELP for Domestic Workers');

/** Destinations the law blog lists as prohibiting fees; US (H-2B) and Canadian provinces are visa- or province-specific and left out. */
const NO_FEE_DESTINATIONS = ['GB', 'IE', 'NO', 'NL', 'NZ'];

export const PHILIPPINES_RULES: FeeCapRule[] = [
  {
    id: 'ph-placement-fee',
    series: 'ph-placement-fee',
    jurisdiction: 'origin',
    country: 'PH',
    excludedDestinations: NO_FEE_DESTINATIONS,
    workerCategories: ['general'],
    scope: { groups: ['recruitment-fee'], paidTo: [...RECRUITERS] },
    cap: { kind: 'months-of-salary', months: { num: 1, den: 1 } },
    receiptRequired: true,
    effectiveFrom: UNKNOWN_START,
    datePrecision: 'unknown',
    sources: [RESPICIO, PINOY_OFW],
    verification: 'secondary',
    check: 'V2',
    note:
      "Land-based workers: placement fee at most one month's basic salary under the approved contract, with an official receipt. Long-standing (RA 8042 as amended; POEA/DMW rules); the research gives no start date.",
  },
  {
    id: 'ph-hsw-no-placement-fee',
    series: 'ph-hsw-no-placement-fee',
    jurisdiction: 'origin',
    country: 'PH',
    workerCategories: ['domestic'],
    scope: { groups: ['recruitment-fee'] },
    cap: { kind: 'zero' },
    effectiveFrom: '2006-01-01',
    datePrecision: 'year',
    sources: [PHILSTAR, HELP_DW],
    verification: 'secondary',
    check: 'V2',
    note:
      'Household service workers: no placement fee at all, whether collected before departure or by salary deduction (POEA Governing Board Res. No. 6, s. 2006; only the year is in the research).',
  },
  {
    id: 'ph-no-fee-destinations',
    series: 'ph-no-fee-destinations',
    jurisdiction: 'origin',
    country: 'PH',
    destinations: NO_FEE_DESTINATIONS,
    scope: { groups: ['recruitment-fee'] },
    cap: { kind: 'zero' },
    effectiveFrom: UNKNOWN_START,
    datePrecision: 'unknown',
    sources: [RESPICIO],
    verification: 'secondary',
    check: 'V2 ⚠',
    note:
      'No placement fee where the destination prohibits fees. The list (UK, Ireland, Norway, Netherlands, US H-2B, several Canadian provinces, New Zealand) comes from a law blog: verify per destination. Government-to-government hiring is also fee-free.',
  },
];
