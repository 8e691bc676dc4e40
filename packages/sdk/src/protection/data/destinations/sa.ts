/** Saudi Arabia: wage insurance when the employer defaults; the rest of the matrix is unverified. Research §1.3, §3.1. */
import type { CountryProtection } from '../../schema.js';
import { amount, condition, source, unsourced } from '../common.js';

const ZAWYA = source(
  'Saudi MHRSD and the Insurance Authority introduce insurance service for expatriate workers in private sector establishments',
  'https://zawya.com/en/press-release/government-news/saudi-mhrsd-and-the-insurance-authority-introduces-insurance-service-for-expatriate-workers-in-private-sector-establishments-taiwjyer',
  'Zawya',
);
const MONDAQ = source(
  'Foreign worker wage insurance protection program launched',
  'https://www.mondaq.com/saudiarabia/work-visas/1532102/foreign-worker-wage-insurance-protection-program-launched',
  'Mondaq',
);

const wageInsurance = { effectiveFrom: '2024-10-06', sources: [ZAWYA, MONDAQ], verification: 'secondary' as const, check: 'Yes-secondary' };

export const SA: CountryProtection = {
  country: 'SA',
  side: 'destination',
  schemes: [
    {
      ...wageInsurance,
      id: 'SA.expatriate-wage-insurance',
      name: { en: 'Expatriate Worker Wage Insurance Service' },
      country: 'SA',
      side: 'destination',
      // The service is for expatriate workers of private-sector establishments; the research says nothing of domestic workers.
      workerCategories: ['general'],
      branches: [],
      extras: [
        {
          ...wageInsurance,
          kind: 'unpaid-wages',
          conditions: [
            condition('protection.condition.capMonthsAndAmount', { params: { months: 6 }, amounts: { amount: amount('SAR', '17500') } }),
            condition('protection.condition.whenMostWorkersUnpaid', { params: { percent: 80 } }),
            condition('protection.condition.claimThroughInsurer'),
          ],
        },
        {
          ...wageInsurance,
          kind: 'return-ticket',
          conditions: [condition('protection.condition.returnTicketUpTo', { amounts: { amount: amount('SAR', '1000') } })],
        },
      ],
    },
  ],
  findings: [
    {
      ...unsourced('The research marks employer health insurance as partial cover, not verified.'),
      country: 'SA',
      side: 'destination',
      branch: 'medical-care',
      level: 'employer-liability',
      workerCategories: ['general', 'domestic'],
      reason: condition('protection.reason.employerDuty'),
      conditions: [],
    },
    {
      ...unsourced('The research marks unemployment ✗ (none found) without a source.'),
      country: 'SA',
      side: 'destination',
      branch: 'unemployment',
      level: 'none',
      workerCategories: ['general', 'domestic'],
      reason: condition('protection.reason.noSchemeFound'),
      conditions: [],
    },
    {
      ...unsourced('The research marks old age as partial (end-of-service gratuity), without a source of its own.'),
      country: 'SA',
      side: 'destination',
      branch: 'old-age',
      level: 'employer-liability',
      workerCategories: ['general', 'domestic'],
      reason: condition('protection.reason.employerDuty'),
      conditions: [condition('protection.condition.gratuity')],
    },
    {
      ...unsourced('The research suggests partial cover through GOSI occupational hazards insurance, not verified (open item 6).'),
      country: 'SA',
      side: 'destination',
      branch: 'employment-injury',
      level: 'unknown',
      workerCategories: ['general', 'domestic'],
      reason: condition('protection.reason.notVerified'),
      conditions: [],
    },
  ],
};
