/** United Arab Emirates: ILOE unemployment insurance, the Workers Protection Programme, DEWS. Research §1.2, §3.1. */
import type { CountryProtection } from '../../schema.js';
import { ENCODED_ON, amount, condition, source, unsourced } from '../common.js';

const U_AE_ILOE = source(
  'Unemployment insurance scheme',
  'https://u.ae/en/information-and-services/jobs/insurance/unemployment-insurance-scheme',
  'UAE Government portal',
);
const MR_ILOE = source(
  'While enrolment deadline looms, uncertainties still surround UAE’s unemployment scheme',
  'https://www.migrant-rights.org/2023/06/while-enrolment-deadline-looms-uncertainties-still-surround-uaes-unemployment-scheme/',
  'Migrant-Rights.org',
);
const FINANCE_WORLD = source(
  'UAE mandatory unemployment insurance: few days left to sign up',
  'https://thefinanceworld.com/uae-mandatory-unemployment-insurance-few-days-left-to-sign-up',
  'The Finance World',
);
const U_AE_WPP = source(
  'Insurance system for employees in the private sector',
  'https://u.ae/en/information-and-services/jobs/insurance/insurance-system-for-employees-in-the-private-sector',
  'UAE Government portal',
);
const GULF_NEWS_WPP = source(
  'UAE ministry issues resolution on bank guarantees, employees’ protection insurance scheme',
  'https://gulfnews.com/business/uae-ministry-issues-resolution-on-bank-guarantees-employees-protection-insurance-scheme-1.1660042681881',
  'Gulf News',
);
const DIFC = source(
  'Employee Workplace Savings (DEWS): FAQs and glossary',
  'https://www.difc.ae/business/operating/employee-workplace-savings/faqs-glossary/',
  'Dubai International Financial Centre',
);
const PWC = source(
  'Overview of end-of-service benefits in the UAE',
  'https://www.pwc.com/m1/en/media-centre/articles/overview-of-end-of-service-benefits-in-uae.html',
  'PwC Middle East',
);
const SOVEREIGN = source(
  'UAE announces new end-of-service benefits system',
  'https://sovereigngroup.com/news/news-and-views/uae-announces-new-end-of-service-benefits-system',
  'Sovereign Group',
);

const iloe = {
  effectiveFrom: '2023-01-01',
  sources: [U_AE_ILOE, MR_ILOE, FINANCE_WORLD],
  verification: 'official' as const,
  check: 'Yes-official/secondary',
};
const wpp = {
  effectiveFrom: '2018-10-15',
  sources: [U_AE_WPP, GULF_NEWS_WPP],
  verification: 'official' as const,
  check: 'Yes-official',
  note: 'Cover limits and premiums are those of Ministerial Resolution 318/2022; earlier amounts are not in the research.',
};
const wppCover = [
  condition('protection.condition.alternativeToBankGuarantee', { amounts: { amount: amount('AED', '3000') } }),
  condition('protection.condition.coverUpTo', { amounts: { amount: amount('AED', '20000') } }),
  condition('protection.condition.lastWorkingDaysWages', { params: { count: 120 } }),
];
const dews = { effectiveFrom: '2020-02-01', sources: [DIFC, PWC], verification: 'official' as const, check: 'Yes-official' };
const federalSavings = {
  effectiveFrom: ENCODED_ON,
  effectiveFromCertainty: 'lower-bound' as const,
  sources: [SOVEREIGN, PWC],
  verification: 'secondary' as const,
  check: 'Yes-secondary',
  note: 'Adopted on 4 September of a year the source gives only as about 2023; its start date is not in the research.',
};

export const AE: CountryProtection = {
  country: 'AE',
  side: 'destination',
  schemes: [
    {
      ...iloe,
      id: 'AE.iloe',
      name: { en: 'Involuntary Loss of Employment (ILOE) unemployment insurance' },
      country: 'AE',
      side: 'destination',
      workerCategories: ['general', 'domestic'],
      note: 'Mandatory for UAE nationals and expatriates in the federal government and private sector, later extended to free zones.',
      branches: [
        {
          ...iloe,
          branch: 'unemployment',
          level: 'mandatory',
          workerCategories: ['general'],
          conditions: [
            condition('protection.condition.premiumByBasicPay', {
              amounts: { low: amount('AED', '5'), high: amount('AED', '10'), threshold: amount('AED', '16000') },
            }),
            condition('protection.condition.benefitPercentOfBasicPay', {
              params: { percent: 60, months: 3 },
              amounts: { capLow: amount('AED', '10000'), capHigh: amount('AED', '20000') },
            }),
            condition('protection.condition.minimumContributionMonths', { params: { count: 12 } }),
            condition('protection.condition.claimWithinDaysOfJobLoss', { params: { count: 30 } }),
            condition('protection.condition.noBenefitAfterDisciplinaryDismissal'),
            condition('protection.condition.fineForNotEnrolling', { amounts: { amount: amount('AED', '400') } }),
            condition('protection.condition.iloeExcludedGroups', { params: { minimumAge: 18 } }),
          ],
        },
        {
          ...iloe,
          branch: 'unemployment',
          level: 'excluded',
          workerCategories: ['domestic'],
          conditions: [condition('protection.condition.excludesDomesticWorkers')],
        },
      ],
      extras: [],
    },
    {
      ...wpp,
      id: 'AE.workers-protection-programme',
      name: { en: 'Workers Protection Programme (unpaid-wage insurance)' },
      country: 'AE',
      side: 'destination',
      workerCategories: ['general', 'domestic'],
      note: `${wpp.note} The National reported in Dec 2025 that more than 32,000 workers received about AED 289m over 5 years, and that 99% of private-sector workers are covered.`,
      branches: [
        { ...wpp, branch: 'survivors', level: 'employer-liability', conditions: [condition('protection.condition.repatriationOfRemainsOnly')] },
      ],
      extras: [
        {
          ...wpp,
          kind: 'unpaid-wages',
          workerCategories: ['general'],
          conditions: [
            ...wppCover,
            condition('protection.condition.wppPremiums', {
              amounts: { skilled: amount('AED', '137.50'), lowSkilled: amount('AED', '180'), highRisk: amount('AED', '250') },
              params: { months: 30 },
            }),
          ],
        },
        {
          ...wpp,
          kind: 'unpaid-wages',
          workerCategories: ['domestic'],
          conditions: [
            ...wppCover,
            condition('protection.condition.wppPremiumDomestic', { amounts: { amount: amount('AED', '105') }, params: { months: 30 } }),
          ],
        },
        { ...wpp, kind: 'end-of-service', conditions: [condition('protection.condition.withinCoverLimit')] },
        { ...wpp, kind: 'return-ticket', conditions: [condition('protection.condition.withinCoverLimit')] },
        { ...wpp, kind: 'repatriation-of-remains', conditions: [condition('protection.condition.withinCoverLimit')] },
      ],
    },
    {
      ...dews,
      id: 'AE.dews',
      name: { en: 'DIFC Employee Workplace Savings (DEWS)' },
      country: 'AE',
      side: 'destination',
      workerCategories: ['general'],
      note: 'A funded end-of-service scheme of the Dubai International Financial Centre (trustee Equiom, administrator Zurich). Also used for Dubai government expatriate staff since 1 Jul 2022.',
      branches: [
        {
          ...dews,
          branch: 'old-age',
          level: 'employer-liability',
          conditions: [
            condition('protection.condition.onlyInZone', { params: { zone: 'DIFC' } }),
            condition('protection.condition.employerContributionByService', { params: { percentShort: 5.83, percentLong: 8.33, years: 5 } }),
          ],
        },
      ],
      extras: [],
    },
    {
      ...federalSavings,
      id: 'AE.federal-savings-scheme',
      name: { en: 'Voluntary end-of-service savings scheme (private sector and free zones)' },
      country: 'AE',
      side: 'destination',
      workerCategories: ['general'],
      branches: [{ ...federalSavings, branch: 'old-age', level: 'voluntary', conditions: [condition('protection.condition.employerOptIn')] }],
      extras: [],
    },
  ],
  findings: [
    {
      ...unsourced(
        'The analyst recalls employer-provided health insurance being mandated in Dubai and Abu Dhabi; no stored source (UNVERIFIED, memory).',
        'UNVERIFIED (memory)',
      ),
      country: 'AE',
      side: 'destination',
      branch: 'medical-care',
      level: 'unknown',
      workerCategories: ['general', 'domestic'],
      reason: condition('protection.reason.notVerified'),
      conditions: [],
    },
    {
      effectiveFrom: ENCODED_ON,
      effectiveFromCertainty: 'lower-bound',
      sources: [PWC],
      verification: 'secondary',
      check: 'Yes-secondary',
      note: 'End-of-service gratuity under the labour law; the research gives no start date.',
      country: 'AE',
      side: 'destination',
      branch: 'old-age',
      level: 'employer-liability',
      workerCategories: ['general'],
      reason: condition('protection.reason.employerDuty'),
      conditions: [condition('protection.condition.gratuity')],
    },
    {
      ...unsourced('The research marks employer liability plus the Workers Protection Programme, without a source for the injury rules.'),
      country: 'AE',
      side: 'destination',
      branch: 'employment-injury',
      level: 'employer-liability',
      workerCategories: ['general', 'domestic'],
      reason: condition('protection.reason.employerDuty'),
      conditions: [],
    },
  ],
};
