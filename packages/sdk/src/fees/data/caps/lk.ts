/** Sri Lanka (origin): agencies may not charge the worker for placement (stated policy, 2017). */
import type { FeeCapRule } from '../../schema.js';
import { RECRUITERS } from './source.js';

export const SRI_LANKA_RULES: FeeCapRule[] = [
  {
    id: 'lk-no-agency-fee',
    series: 'lk-no-agency-fee',
    jurisdiction: 'origin',
    country: 'LK',
    scope: { paidTo: [...RECRUITERS] },
    cap: { kind: 'zero' },
    effectiveFrom: '2017-08-19',
    datePrecision: 'in-force-by',
    sources: [],
    verification: 'unverified',
    check: 'V2 ⚠',
    note:
      'Stated policy (August 2017, http://nation.lk/online/2017/08/19/new-foreign-employment-law.html, http only): agencies may charge only the overseas employer; the worker pays only the SLBFE registration fee (Rs 21,467 first time from 2023-07-01). The statutory basis in the SLBFE Act or regulations is not confirmed.',
  },
];
