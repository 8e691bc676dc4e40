/** Hong Kong SAR: Employees' Compensation Ordinance insurance and the helpers' standard contract. Research §3.1. */
import type { BranchEntry, CountryProtection, WorkerCategory } from '../../schema.js';
import { ENCODED_ON, amount, condition, source, unsourced } from '../common.js';

const FAMILYCLIC = source(
  'Domestic helper issues: insurance',
  'https://familyclic.hk/en/topics/daily-lives-legal-issues/domestic-helper-issues/insurance/',
  'FamilyCLIC (University of Hong Kong)',
);
const NEWS_GOV = source(
  'Employees’ compensation insurance is compulsory',
  'https://news.gov.hk/isd/ebulletin/en/category/atschool/050610/html/050610en02002.htm',
  'Hong Kong Government News',
);

/** General workers: the 2005 government bulletin shows the duty in force by then. Helpers: only the undated FamilyCLIC page. */
const ecoFor: Record<WorkerCategory, Pick<BranchEntry, 'effectiveFrom' | 'effectiveFromCertainty' | 'sources' | 'verification' | 'check' | 'note'>> = {
  general: {
    effectiveFrom: '2005-06-10',
    effectiveFromCertainty: 'lower-bound',
    sources: [NEWS_GOV],
    verification: 'official',
    check: 'Yes-official',
    note: 'In force by the government bulletin of 10 Jun 2005; the research gives no start date.',
  },
  domestic: {
    effectiveFrom: ENCODED_ON,
    effectiveFromCertainty: 'lower-bound',
    sources: [FAMILYCLIC],
    verification: 'secondary',
    check: 'Yes-secondary',
    note: 'From an undated FamilyCLIC page; the research gives no start date.',
  },
};

function ecoEntries(category: WorkerCategory): BranchEntry[] {
  const base = { ...ecoFor[category], workerCategories: [category] };
  const workRelated = [condition('protection.condition.workRelatedOnly')];
  return [
    {
      ...base,
      branch: 'employment-injury',
      level: 'mandatory',
      conditions: [
        condition('protection.condition.employerMustInsure'),
        condition('protection.condition.uninsuredPenalty', { amounts: { amount: amount('HKD', '100000') }, params: { years: 2 } }),
      ],
    },
    { ...base, branch: 'invalidity', level: 'employer-liability', conditions: workRelated },
    { ...base, branch: 'survivors', level: 'employer-liability', conditions: workRelated },
  ];
}

export const HK: CountryProtection = {
  country: 'HK',
  side: 'destination',
  schemes: [
    {
      ...ecoFor.general,
      sources: [NEWS_GOV, FAMILYCLIC],
      verification: 'secondary',
      check: 'Yes-secondary / official',
      id: 'HK.employees-compensation',
      name: { en: 'Employees’ Compensation Ordinance (Cap. 282) insurance' },
      country: 'HK',
      side: 'destination',
      workerCategories: ['general', 'domestic'],
      note: 'In force before 2005; the research gives no start date. Employing anyone without this insurance is an offence (s.40). The Labour Department hotline for reporting uninsured employers was 2815 2200 in 2005; check it before use.',
      branches: [...ecoEntries('general'), ...ecoEntries('domestic')],
      extras: [],
    },
    {
      ...ecoFor.domestic,
      id: 'HK.fdh-standard-contract',
      name: { en: 'Standard Employment Contract for foreign domestic helpers (ID 407)' },
      country: 'HK',
      side: 'destination',
      workerCategories: ['domestic'],
      branches: [
        {
          ...ecoFor.domestic,
          branch: 'medical-care',
          level: 'employer-liability',
          conditions: [condition('protection.condition.freeMedicalTreatment', { params: { clause: '9' } })],
        },
      ],
      extras: [],
    },
  ],
  findings: [
    {
      ...unsourced('The research marks Employment Ordinance sickness allowance as partial cover, not verified.'),
      country: 'HK',
      side: 'destination',
      branch: 'sickness',
      level: 'employer-liability',
      workerCategories: ['general', 'domestic'],
      reason: condition('protection.reason.employerDuty'),
      conditions: [condition('protection.condition.sicknessAllowance')],
    },
    {
      ...unsourced('The research marks unemployment ✗ (none found) without a source.'),
      country: 'HK',
      side: 'destination',
      branch: 'unemployment',
      level: 'none',
      workerCategories: ['general', 'domestic'],
      reason: condition('protection.reason.noSchemeFound'),
      conditions: [],
    },
    {
      ...unsourced('The research marks old age as partial through the long service payment; the MPF exemption for foreign domestic helpers is not verified.'),
      country: 'HK',
      side: 'destination',
      branch: 'old-age',
      level: 'employer-liability',
      workerCategories: ['general', 'domestic'],
      reason: condition('protection.reason.employerDuty'),
      conditions: [condition('protection.condition.longServicePayment')],
    },
    {
      ...unsourced('The research marks Employment Ordinance maternity protection as partial cover, without a source of its own.'),
      country: 'HK',
      side: 'destination',
      branch: 'maternity',
      level: 'employer-liability',
      workerCategories: ['general', 'domestic'],
      reason: condition('protection.reason.employerDuty'),
      conditions: [condition('protection.condition.maternityProtection')],
    },
  ],
};
