/** India (origin): the maximum service charge a recruiting agent may collect (Emigration Rules 1983, Rule 25). */
import type { FeeCapRule } from '../../schema.js';
import { RECRUITERS, source } from './source.js';

const DOLLAR_BUSINESS = source('Emigration Rules 1983 amended', 'https://in.thedollarbusiness.com/news/emigration-rules-1983-amended/51559', 'The Dollar Business');
const LOK_SABHA = source('New immigration law (Lok Sabha question)', 'https://datais.info/loksabha/question/bbf06fbfb4ee08d1e84f723f082997be/NEW+IMMIGRATION+LAW', 'datais.info');

export const INDIA_RULES: FeeCapRule[] = [
  {
    id: 'in-service-charge-2009',
    series: 'in-service-charge',
    jurisdiction: 'origin',
    country: 'IN',
    scope: { paidTo: [...RECRUITERS] },
    cap: { kind: 'fixed', amount: { currency: 'INR', major: '20000' }, uncheckedLimit: 'fees.cap.limit.wageBasedNotChecked' },
    effectiveFrom: '2009-07-09',
    effectiveTo: '2017-12-13',
    datePrecision: 'exact',
    sources: [LOK_SABHA],
    verification: 'secondary',
    check: 'V2',
    note:
      "45 days' wages, subject to a maximum of ₹20,000 (only the ₹20,000 ceiling is checked here). Before 2009 the cap was ₹10,000 (start date not in the research, not encoded). Which items counted is not in the research: all payments to agents are counted.",
  },
  {
    id: 'in-service-charge-2017',
    series: 'in-service-charge',
    jurisdiction: 'origin',
    country: 'IN',
    scope: { paidTo: [...RECRUITERS], excludePurposes: ['visa', 'medical-exam', 'air-ticket', 'accommodation'] },
    cap: { kind: 'fixed', amount: { currency: 'INR', major: '30000' } },
    receiptRequired: true,
    effectiveFrom: '2017-12-14',
    datePrecision: 'approximate',
    sources: [DOLLAR_BUSINESS],
    verification: 'secondary',
    check: 'V2',
    note:
      'Emigration (Amendment) Rules 2017, notification dated 2017-12-14, in force on publication in the Gazette (publication date not in the research). Included: scouting and selection, advertisements, trade-test fees, attestation, domestic travel or lodging for interviews, bank-guarantee cost, employer cancellation charges, agency administrative costs. ' +
      'Excluded, may be charged separately: consular visa fee, pre-employment medical, air ticket, pre-deployment boarding and lodging, GST. Lodging is left out of the count because interview lodging (included) and pre-deployment lodging (excluded) cannot be told apart.',
  },
];
