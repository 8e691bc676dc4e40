/** India: Pravasi Bharatiya Bima Yojana (PBBY) 2017 and the Indian Community Welfare Fund. Research §3.2. */
import type { BranchEntry, CountryProtection } from '../../schema.js';
import { amount, condition, source } from '../common.js';

const BUSINESS_STANDARD = source(
  '90k Indians evacuated from war zones, natural disasters abroad',
  'https://business-standard.com/article/pti-stories/90k-indians-evacuated-from-war-zones-natural-disasters-abroad-118012000687_1.html',
  'Business Standard (PTI)',
);
const FREE_PRESS = source(
  'Know your rights: how overseas Indians can avail benefits of the ICWF scheme',
  'https://www.freepressjournal.in/india-and-the-world/know-your-rights-heres-how-overseas-indians-can-avail-benefits-of-icwf-scheme-introduced-to-assist-in-distress-situations',
  'The Free Press Journal',
);

/**
 * The research rates PBBY Yes-official, but both pages are http only and so cannot be stored as
 * sources: the facts are kept as `unverified` with the addresses in the note, to be rechecked.
 */
const pbby = {
  effectiveFrom: '2017-08-01',
  sources: [],
  verification: 'unverified' as const,
  check: 'Yes-official (http-only sources)',
  note: 'From the Ministry of External Affairs (http://fsi.mea.gov.in/pbby.htm) and the Embassy of India in Beirut (http://www.indianembassybeirut.gov.in/notice/display/169/17); both are http only, so check them over a secure connection before relying on them.',
};
const pbbyTerms = [
  condition('protection.condition.ecrOnly'),
  condition('protection.condition.premiumByPolicyYears', {
    amounts: { shortPremium: amount('INR', '275'), longPremium: amount('INR', '375') },
    params: { shortYears: 2, longYears: 3 },
  }),
];
const accidentCover = condition('protection.condition.accidentalDeathOrDisability', { amounts: { amount: amount('INR', '1000000') } });
const pbbyBranch = (branch: BranchEntry['branch'], conditions: BranchEntry['conditions']): BranchEntry => ({
  ...pbby,
  branch,
  level: 'mandatory',
  conditions: [...pbbyTerms, ...conditions],
});

/** Set up in 2009 (day not in the research), so shown from the last day of 2009. */
const icwf = {
  effectiveFrom: '2009-12-31',
  effectiveFromCertainty: 'lower-bound' as const,
  sources: [BUSINESS_STANDARD, FREE_PRESS],
  verification: 'secondary' as const,
  check: 'Yes-secondary',
  note: 'Set up in 2009 and available at all missions. About 90,000 people were evacuated with its help (figure from January 2018).',
};
const icwfTerms = [condition('protection.condition.meansTested'), condition('protection.condition.notForPioOci')];

export const IN: CountryProtection = {
  country: 'IN',
  side: 'origin',
  schemes: [
    {
      ...pbby,
      id: 'IN.pbby',
      name: { en: 'Pravasi Bharatiya Bima Yojana (PBBY) 2017' },
      country: 'IN',
      side: 'origin',
      workerCategories: ['general', 'domestic'],
      branches: [
        pbbyBranch('survivors', [accidentCover]),
        pbbyBranch('invalidity', [accidentCover]),
        pbbyBranch('employment-injury', [accidentCover]),
        pbbyBranch('medical-care', [
          condition('protection.condition.medicalCoverWithStayLimit', { amounts: { amount: amount('INR', '100000'), perStay: amount('INR', '50000') } }),
          condition('protection.condition.familyHospitalisation', { amounts: { amount: amount('INR', '50000') } }),
        ]),
        pbbyBranch('maternity', [condition('protection.condition.maternityBenefit', { amounts: { amount: amount('INR', '35000') } })]),
      ],
      extras: [
        { ...pbby, kind: 'legal-costs', conditions: [...pbbyTerms, condition('protection.condition.legalCosts', { amounts: { amount: amount('INR', '45000') } })] },
        { ...pbby, kind: 'return-ticket', conditions: [...pbbyTerms, condition('protection.condition.returnFareCertifiedByMission')] },
      ],
    },
    {
      ...icwf,
      id: 'IN.icwf',
      name: { en: 'Indian Community Welfare Fund (ICWF)' },
      country: 'IN',
      side: 'origin',
      workerCategories: ['general', 'domestic'],
      branches: [],
      extras: [
        { ...icwf, kind: 'welfare-assistance', conditions: [...icwfTerms, condition('protection.condition.icwfEmergencyHelp')] },
        { ...icwf, kind: 'return-ticket', conditions: icwfTerms },
        { ...icwf, kind: 'repatriation-of-remains', conditions: icwfTerms },
        { ...icwf, kind: 'legal-costs', conditions: [...icwfTerms, condition('protection.condition.initialLegalHelp')] },
      ],
    },
  ],
  findings: [],
};
