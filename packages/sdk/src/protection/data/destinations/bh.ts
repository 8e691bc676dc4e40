/** Bahrain: health insurance paid by the employer and unemployment insurance few migrants can use. Research §3.1. */
import type { CountryProtection } from '../../schema.js';
import { ENCODED_ON, amount, condition, source, unsourced } from '../common.js';

const ESCWA = source('Bahrain: migration policy', 'https://migrationpolicy.unescwa.org/taxonomy/term/282', 'UN ESCWA');
const SDG16 = source(
  'Providing unemployment insurance for national and foreign workers and first-time Bahraini job seekers',
  'https://www.sdg16.plus/policies/providing-unemployment-insurance-for-national-and-foreign-workers-and-first-time-bahraini-job-seekers/',
  'SDG16+',
);
const MR_BH = source(
  'Bahrain’s migrants pay into unemployment funds but rarely access benefits',
  'https://www.migrant-rights.org/2022/02/bahrains-migrants-pay-into-unemployment-funds-but-rarely-access-benefits/',
  'Migrant-Rights.org',
);

const health = {
  effectiveFrom: ENCODED_ON,
  effectiveFromCertainty: 'lower-bound' as const,
  sources: [ESCWA],
  verification: 'secondary' as const,
  check: 'Yes-secondary',
  note: 'Health Insurance Law (Decision 23/2018), Art. 28; the research gives no start date.',
};
const unemployment = {
  effectiveFrom: '2018-01-01',
  effectiveFromCertainty: 'lower-bound' as const,
  sources: [ESCWA, SDG16, MR_BH],
  verification: 'secondary' as const,
  check: 'Yes-secondary',
  note: 'Decree-Law 78/2006; the research gives no start day. Shown from 2018, the first year of the take-up figures.',
};

export const BH: CountryProtection = {
  country: 'BH',
  side: 'destination',
  schemes: [
    {
      ...health,
      id: 'BH.health-insurance',
      name: { en: 'Health insurance (Decision 23/2018)' },
      country: 'BH',
      side: 'destination',
      workerCategories: ['general', 'domestic'],
      branches: [{ ...health, branch: 'medical-care', level: 'mandatory', conditions: [condition('protection.condition.employerPays')] }],
      extras: [],
    },
    {
      ...unemployment,
      id: 'BH.unemployment-insurance',
      name: { en: 'Unemployment insurance (Decree-Law 78/2006)' },
      country: 'BH',
      side: 'destination',
      workerCategories: ['general', 'domestic'],
      branches: [
        {
          ...unemployment,
          branch: 'unemployment',
          level: 'mandatory',
          workerCategories: ['general'],
          conditions: [
            condition('protection.condition.workerPaysPercent', { params: { percent: 1 } }),
            condition('protection.condition.benefitPercentOfWagesWithinRange', {
              params: { percent: 60, months: 9 },
              amounts: { min: amount('BHD', '200'), max: amount('BHD', '1000') },
            }),
            condition('protection.condition.minimumRegistrationMonths', { params: { count: 12 } }),
            condition('protection.condition.noBenefitAfterDismissalOrResignation'),
            condition('protection.condition.legalResidencyRequired'),
            // The finding advocates need: migrants pay in, almost none are paid out.
            condition('protection.condition.lowTakeUp', {
              params: { recipients: 31 },
              amounts: { contributed: amount('BHD', '57500000') },
              dates: { from: '2018', to: '2020-10' },
            }),
          ],
        },
        {
          ...unemployment,
          branch: 'unemployment',
          level: 'unknown',
          workerCategories: ['domestic'],
          conditions: [],
          note: 'The research does not say whether domestic workers are insured.',
        },
      ],
      extras: [],
    },
  ],
  findings: [
    {
      ...unsourced('The research marks old age as partial, without detail or a source of its own.'),
      country: 'BH',
      side: 'destination',
      branch: 'old-age',
      level: 'employer-liability',
      workerCategories: ['general', 'domestic'],
      reason: condition('protection.reason.employerDuty'),
      conditions: [],
    },
  ],
};
