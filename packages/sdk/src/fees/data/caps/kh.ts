/** Cambodia (origin): a set rate covering passport, visa, worker ID card and transport to the border. */
import type { FeeCapRule } from '../../schema.js';
import { source } from './source.js';

const PHNOM_PENH_POST = source('Fees capped for migrant workers', 'https://www.phnompenhpost.com/national/fees-capped-migrant-workers', 'The Phnom Penh Post');

export const CAMBODIA_RULES: FeeCapRule[] = [
  {
    id: 'kh-set-rate-th',
    series: 'kh-set-rate-th',
    jurisdiction: 'origin',
    country: 'KH',
    destinations: ['TH'],
    scope: {},
    cap: { kind: 'fixed', amount: { currency: 'USD', major: '49' } },
    effectiveFrom: '2014-01-01',
    datePrecision: 'approximate',
    sources: [PHNOM_PENH_POST],
    verification: 'unverified',
    check: 'V2 ⚠',
    note:
      'US$49 covering passport, visa, worker ID card and transport to the border; agencies may no longer charge commission or take a cut of salaries. The article is undated (~2014). ' +
      'It names no destination: Thailand is inferred from "transport to the border", so this rule is marked unverified.',
  },
];
