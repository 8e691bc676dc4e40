/** Pakistan (origin): Overseas Employment Promoter service fee cap (Emigration Rules 1979). */
import type { FeeCapRule } from '../../schema.js';
import { RECRUITERS, source } from './source.js';

const OPN = source('Pakistan introduces digital payment system for overseas job seekers', 'https://en.opn.com.pk/pakistan-introduces-digital-payment-system-for-overseas-job-seekers', 'OPN');
const SAMAA = source('Govt ends cash fees for Pakistanis going abroad for work', 'https://adminpanel.samaa.tv/2087343142-govt-ends-cash-fees-for-pakistanis-going-abroad-for-work', 'Samaa');
const RULES_INDEX = source('Emigration Rules 1979 (SRO 453(I)/79)', 'https://pdfslide.us/documents/emigration-rules-1979-beoegovpk-home-3-sro-453179-dated-26th-may-1979.html');

export const PAKISTAN_RULES: FeeCapRule[] = [
  {
    id: 'pk-oep-service-fee',
    series: 'pk-oep-service-fee',
    jurisdiction: 'origin',
    country: 'PK',
    scope: { paidTo: [...RECRUITERS] },
    cap: { kind: 'fixed', amount: { currency: 'PKR', major: '15000' } },
    notices: [{ code: 'fees.notice.pk.noCash' }],
    effectiveFrom: '2025-01-01',
    datePrecision: 'approximate',
    sources: [OPN, SAMAA, RULES_INDEX],
    verification: 'secondary',
    check: 'V2 ⚠',
    note:
      'Rs 15,000 at most, as reported ~2025–26; the notification date is not in the research (2025-01-01 is a placeholder so older payments are not judged by it). Payments only via bank or digital channels; direct-employment "protector" services Rs 6,000 (as reported).',
  },
];
