/** Myanmar (origin): service charge for Thailand under the MoU. */
import type { FeeCapRule } from '../../schema.js';
import { RECRUITERS, source } from './source.js';

const CNI = source(
  'Overseas employment agencies sending workers to Thailand propose to set service fee in Thai baht',
  'https://cnimyanmar.com/index.php/english-edition/20271-overseas-employment-agencies-sending-workers-to-thailand-propose-to-set-service-fee-in-thai-baht',
  'CNI Myanmar',
);

export const MYANMAR_RULES: FeeCapRule[] = [
  {
    id: 'mm-th-service-charge',
    series: 'mm-th-service-charge',
    jurisdiction: 'origin',
    country: 'MM',
    destinations: ['TH'],
    scope: { paidTo: [...RECRUITERS] },
    cap: { kind: 'fixed', amount: { currency: 'MMK', major: '300000' } },
    effectiveFrom: '2024-02-08',
    datePrecision: 'in-force-by',
    sources: [CNI],
    verification: 'secondary',
    check: 'V2 ⚠',
    note:
      'Raised from 150,000 to 300,000 kyat (in force as of 2024-02-08; the earlier figure is not encoded for lack of dates). Agencies have asked for a THB 10,000 charge instead. ' +
      'Conflicting report: agencies may not charge more than about US$100 (Cambodian official via Thomson Reuters, undated, http://mekongmigration.org/?p=18143, http only).',
  },
];
