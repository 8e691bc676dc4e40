/** Singapore: mandatory medical insurance for foreign employees and WICA insurance. Research §3.1. */
import type { CountryProtection } from '../../schema.js';
import { amount, condition, source, unsourced } from '../common.js';

const MOM = source(
  'Implementation of enhanced medical insurance for foreign employees to better support employers',
  'https://www.mom.gov.sg/newsroom/press-releases/2023/0331-implementation-of-enhanced-medical-insurance-for-foreign-employees-to-better-support-employers',
  'Ministry of Manpower',
);
const PINSENT = source(
  'Singapore employers required to increase medical coverage for migrant workers',
  'https://pinsentmasons.com/en-gb/out-law/news/singapore-employers-required-to-increase-medical-coverage-for-migrant-workers',
  'Pinsent Masons',
);
const KAIZEN = source('Work injury compensation insurance in Singapore', 'https://kaizencpa.com/Knowledge/info/id/1849.html', 'Kaizen CPA');
const LIBERTY = source(
  'Employer’s guide: work injury compensation insurance and foreign worker medical insurance',
  'https://libertyinsurance.com.sg/blog/employers-guide-worker-injury-compensation-insurance-and-foreign-worker-medical-insurance',
  'Liberty Insurance',
);

const medical = { sources: [MOM, PINSENT], verification: 'official' as const, check: 'Yes-official' };
const medicalConditions = [
  condition('protection.condition.appliesToPassHolders'),
  condition('protection.condition.employerPays'),
  condition('protection.condition.noCostPassedToWorker'),
  condition('protection.condition.annualCoverAtLeast', { amounts: { amount: amount('SGD', '60000') } }),
  condition('protection.condition.coPaymentSplit', {
    amounts: { fullyCovered: amount('SGD', '15000') },
    params: { insurerPercent: 75, employerPercent: 25 },
  }),
  condition('protection.condition.workerCoPaymentLimit', { params: { percent: 10, months: 6, years: 2 } }),
  condition('protection.condition.noNationalHealthInsurance'),
];

const wica = {
  effectiveFrom: '2025-11-01',
  effectiveFromCertainty: 'lower-bound' as const,
  sources: [KAIZEN, LIBERTY],
  verification: 'secondary' as const,
  check: 'Yes-secondary',
  note: 'WICA was in force before this date; the research gives no start date. Compensation limits rise from 1 Nov 2025; the new amounts are not in the research.',
};
const wicaDomesticUnknown = 'The research does not say whether WICA insurance covers migrant domestic workers.';

export const SG: CountryProtection = {
  country: 'SG',
  side: 'destination',
  schemes: [
    {
      ...medical,
      effectiveFrom: '2023-07-01',
      id: 'SG.foreign-worker-medical-insurance',
      name: { en: 'Mandatory medical insurance for foreign employees' },
      country: 'SG',
      side: 'destination',
      workerCategories: ['general', 'domestic'],
      note: 'The Ministry of Manpower calls this an enhancement of an earlier requirement; the earlier terms are not in the research.',
      branches: [
        { ...medical, effectiveFrom: '2023-07-01', effectiveTo: '2025-06-30', branch: 'medical-care', level: 'mandatory', conditions: medicalConditions },
        {
          ...medical,
          effectiveFrom: '2025-07-01',
          branch: 'medical-care',
          level: 'mandatory',
          conditions: [
            ...medicalConditions,
            condition('protection.condition.standardExclusions'),
            condition('protection.condition.premiumsByAgeBand', { params: { age: 50 } }),
            condition('protection.condition.insurerPaysHospitalDirectly'),
          ],
        },
      ],
      extras: [],
    },
    {
      ...wica,
      id: 'SG.wica',
      name: { en: 'Work Injury Compensation Act (WICA) insurance' },
      country: 'SG',
      side: 'destination',
      workerCategories: ['general', 'domestic'],
      branches: [
        {
          ...wica,
          branch: 'employment-injury',
          level: 'mandatory',
          workerCategories: ['general'],
          conditions: [
            condition('protection.condition.employerMustInsure'),
            condition('protection.condition.wicaWhoIsCovered', { amounts: { amount: amount('SGD', '2600') } }),
            condition('protection.condition.claimWithinYearsOfAccident', { params: { count: 1 } }),
          ],
        },
        { ...wica, branch: 'employment-injury', level: 'unknown', workerCategories: ['domestic'], conditions: [], note: wicaDomesticUnknown },
        {
          ...wica,
          branch: 'invalidity',
          level: 'employer-liability',
          workerCategories: ['general'],
          conditions: [condition('protection.condition.workRelatedOnly'), condition('protection.condition.lumpSumOnly')],
        },
        {
          ...wica,
          branch: 'survivors',
          level: 'employer-liability',
          workerCategories: ['general'],
          conditions: [condition('protection.condition.workRelatedOnly'), condition('protection.condition.lumpSumOnly')],
        },
      ],
      extras: [],
    },
  ],
  findings: [
    {
      ...unsourced('The research says Ministry of Manpower rules require paid sick leave, without a source.'),
      country: 'SG',
      side: 'destination',
      branch: 'sickness',
      level: 'employer-liability',
      workerCategories: ['general', 'domestic'],
      reason: condition('protection.reason.employerDuty'),
      conditions: [condition('protection.condition.paidSickLeave')],
    },
    {
      ...unsourced('The research marks unemployment ✗ (none found) without a source.'),
      country: 'SG',
      side: 'destination',
      branch: 'unemployment',
      level: 'none',
      workerCategories: ['general', 'domestic'],
      reason: condition('protection.reason.noSchemeFound'),
      conditions: [],
    },
    {
      ...unsourced('No CPF (Central Provident Fund) for foreigners, according to the research; not verified.'),
      country: 'SG',
      side: 'destination',
      branch: 'old-age',
      level: 'none',
      workerCategories: ['general', 'domestic'],
      reason: condition('protection.reason.noSchemeFound'),
      conditions: [],
    },
  ],
};
