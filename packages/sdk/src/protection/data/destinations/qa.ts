/** Qatar: mandatory health insurance (Law 22/2021) and the Workers' Support and Insurance Fund. Research §1.1, §3.1. */
import type { CountryProtection, ExtraEntry } from '../../schema.js';
import { amount, condition, source, unsourced } from '../common.js';

const GULF_TIMES = source(
  'MoPH confirms implementation of mandatory health insurance',
  'https://www.gulf-times.com/story/702739/MoPH-confirms-implementation-of-mandatory-health-i',
  'Gulf Times',
);
const ESCWA = source('Qatar: migration policy', 'https://migrationpolicy.unescwa.org/taxonomy/term/15', 'UN ESCWA');
const ASINTA = source(
  'Qatar’s mandatory supplemental health insurance law',
  'https://www.asinta.com/news/qatars-mandatory-supplemental-health-insurance-law/',
  'Asinta',
);
const GLMM = source(
  'Qatar: Law No. 17 of 2018 establishing the Workers’ Support and Insurance Fund',
  'https://gulfmigration.grc.net/qatar-law-no-17-of-2018-establishing-the-workers-support-and-insurance-fund-2/?print=print',
  'Gulf Labour Markets and Migration (GLMM)',
);
const MR_WSIF = source(
  'Qatar’s Workers’ Support and Insurance Fund: tall claims and not enough data',
  'https://www.migrant-rights.org/2025/02/qatars-workers-support-and-insurance-fund-tall-claims-and-not-enough-data/',
  'Migrant-Rights.org',
);
const WGO = source('Workers’ Support and Insurance Fund payments', 'https://wgoqatar.com/184892', 'WGO Qatar');
const TAMIMI = source(
  'Processes for payment of outstanding monies to employees by the Workers’ Support and Insurance Fund',
  'https://tamimi.com/news/processes-for-payment-of-outstanding-monies-to-employees-by-the-workers-support-and-insurance-fund',
  'Al Tamimi & Co',
);

const health = {
  effectiveFrom: '2022-05-04',
  effectiveFromCertainty: 'approximate' as const,
  sources: [GULF_TIMES, ESCWA, ASINTA],
  verification: 'secondary' as const,
  check: 'Yes-secondary',
  note: 'The research gives the start as about 4 May 2022.',
};
const wsif = { sources: [GLMM, MR_WSIF], verification: 'secondary' as const, check: 'Yes-secondary' };
/** Board Decision 2/2022, in force 20 Apr 2022, sets when the Fund pays and its caps. */
const decision2of2022 = { effectiveFrom: '2022-04-20', sources: [WGO, TAMIMI], verification: 'secondary' as const, check: 'Yes-secondary' };
const wsifPays = [condition('protection.condition.wsifPaysOn'), condition('protection.condition.claimOnline')];
const chairmanMayExceed = condition('protection.condition.capsMayBeExceeded');

const wsifExtras: ExtraEntry[] = [
  {
    ...decision2of2022,
    kind: 'unpaid-wages',
    workerCategories: ['general'],
    conditions: [
      ...wsifPays,
      condition('protection.condition.capCompanyOperating', { params: { months: 3 }, amounts: { amount: amount('QAR', '20000') } }),
      condition('protection.condition.capCompanyClosed', { params: { months: 2 }, amounts: { amount: amount('QAR', '12000') } }),
      chairmanMayExceed,
    ],
  },
  {
    ...decision2of2022,
    kind: 'unpaid-wages',
    workerCategories: ['domestic'],
    conditions: [
      ...wsifPays,
      condition('protection.condition.capDomesticWorker', { params: { months: 3 }, amounts: { amount: amount('QAR', '8000') } }),
      chairmanMayExceed,
    ],
  },
];

export const QA: CountryProtection = {
  country: 'QA',
  side: 'destination',
  schemes: [
    {
      ...health,
      id: 'QA.health-insurance',
      name: { en: 'Mandatory health insurance (Law 22/2021)' },
      country: 'QA',
      side: 'destination',
      workerCategories: ['general', 'domestic'],
      branches: [
        {
          ...health,
          branch: 'medical-care',
          level: 'mandatory',
          conditions: [
            condition('protection.condition.employerPays'),
            condition('protection.condition.employerSuppliesCard'),
            condition('protection.condition.proofNeededForResidence'),
            condition('protection.condition.employerPaysIfLapsed'),
          ],
        },
      ],
      extras: [],
    },
    {
      ...wsif,
      effectiveFrom: '2018-11-19',
      id: 'QA.wsif',
      name: { en: 'Workers’ Support and Insurance Fund (WSIF)' },
      country: 'QA',
      side: 'destination',
      workerCategories: ['general', 'domestic'],
      note: 'Set up by Law 17/2018 and operational from early 2020. Funded by 60% of work-permit fees; it pays workers and then recovers the money from the employer. Migrant-Rights.org (2025) reports too little data on what it actually pays.',
      branches: [],
      extras: wsifExtras,
    },
  ],
  findings: [
    {
      ...unsourced('The research marks unemployment ✗ (none found) without a source.'),
      country: 'QA',
      side: 'destination',
      branch: 'unemployment',
      level: 'none',
      workerCategories: ['general', 'domestic'],
      reason: condition('protection.reason.noSchemeFound'),
      conditions: [],
    },
    {
      ...unsourced('The research marks old age as partial (end-of-service gratuity), without a source of its own.'),
      country: 'QA',
      side: 'destination',
      branch: 'old-age',
      level: 'employer-liability',
      workerCategories: ['general', 'domestic'],
      reason: condition('protection.reason.employerDuty'),
      conditions: [condition('protection.condition.gratuity')],
    },
    {
      ...unsourced('The research marks employer liability (with the WSIF behind unpaid dues), without a source for the injury rules.'),
      country: 'QA',
      side: 'destination',
      branch: 'employment-injury',
      level: 'employer-liability',
      workerCategories: ['general', 'domestic'],
      reason: condition('protection.reason.employerDuty'),
      conditions: [],
    },
  ],
};
