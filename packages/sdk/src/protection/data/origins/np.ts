/** Nepal: Foreign Employment Welfare Fund (Rule 24, FE Regulations) and mandatory term life insurance. Research §3.2. */
import type { BranchEntry, CountryProtection } from '../../schema.js';
import { ENCODED_ON, amount, condition, source } from '../common.js';

const HT_DOUBLED = source('Welfare sum for migrant workers’ kin doubled', 'https://thehimalayantimes.com/nepal/welfare-sum-migrant-workers-kin-doubled/', 'The Himalayan Times');
const HT_DOLED = source('Rs 190m doled out from Foreign Employment Welfare Fund', 'https://thehimalayantimes.com/business/rs-190m-doled-foreign-employment-welfare-fund', 'The Himalayan Times');
const NNG = source('Online payment of amount from welfare fund', 'https://nepalnewsgazette.com/online-payment-of-amount-from-welfare-fund/', 'Nepal News Gazette');
const NEPALESE_VOICE = source(
  'Foreign Employment Welfare Information Management System comes into effect',
  'https://nepalesevoice.com/nepal/foreign-employment-welfare-information-management-system-comes-into-effect/',
  'Nepalese Voice',
);
const AMAR_NEPAL = source(
  'Foreign employment term life insurance for Nepali migrant workers: rules',
  'https://amarnepal.com/topics/foreign-employment-term-life-insurance-for-nepali-migrant-workers-rules',
  'Amar Nepal',
);

/** The contribution change dates from the 31 Jul 2017 amendment; the higher grants only to "2017". */
const fundScheme = {
  effectiveFrom: '2017-07-31',
  sources: [HT_DOUBLED, HT_DOLED, NNG, NEPALESE_VOICE],
  verification: 'secondary' as const,
  check: 'Yes-secondary',
  note: 'Contributions of NPR 1,500 or 2,500 since the 31 Jul 2017 amendment (NPR 1,000 before). The online claim system and its 1-year deadline date from about 2022.',
};
const fund = {
  ...fundScheme,
  effectiveFrom: '2017-12-31',
  effectiveFromCertainty: 'lower-bound' as const,
  note: 'The research dates the rise of the grant to NPR 700,000 (from NPR 300,000) and the family and scholarship aid only to 2017, so they are shown from the end of that year. The online claim system and its 1-year deadline date from about 2022.',
};
const grant = [
  condition('protection.condition.lumpSumOnly'),
  condition('protection.condition.lumpSumAmount', { amounts: { amount: amount('NPR', '700000') } }),
  condition('protection.condition.contributionByContractLength', {
    amounts: { short: amount('NPR', '1500'), long: amount('NPR', '2500') },
    params: { years: 3 },
  }),
  condition('protection.condition.coverAfterRenewalAndOnLeave', { params: { years: 1 } }),
  condition('protection.condition.claimWithinYearsOnline', { params: { years: 1 } }),
];
const serious = condition('protection.condition.seriousCasesOnly');
const fundBranch = (branch: BranchEntry['branch'], extra: BranchEntry['conditions'] = []): BranchEntry => ({
  ...fund,
  branch,
  level: 'mandatory',
  conditions: [...grant, ...extra],
});

const termLife = {
  effectiveFrom: ENCODED_ON,
  effectiveFromCertainty: 'lower-bound' as const,
  sources: [AMAR_NEPAL],
  verification: 'secondary' as const,
  check: 'Weak (check)',
  note: 'The research rates this source Weak and gives no start date.',
};

export const NP: CountryProtection = {
  country: 'NP',
  side: 'origin',
  schemes: [
    {
      ...fundScheme,
      id: 'NP.foreign-employment-welfare-fund',
      name: { en: 'Foreign Employment Welfare Fund' },
      country: 'NP',
      side: 'origin',
      workerCategories: ['general', 'domestic'],
      branches: [
        fundBranch('survivors', [
          // Conflict kept visible: a higher death grant was announced but its start is not verified.
          condition('protection.condition.announcedIncrease', { amounts: { amount: amount('NPR', '1000000') }, dates: { announced: '2024-12' } }),
        ]),
        fundBranch('invalidity', [serious]),
        fundBranch('employment-injury', [serious]),
        fundBranch('sickness', [serious]),
      ],
      extras: [
        { ...fund, kind: 'welfare-assistance', conditions: [condition('protection.condition.familyTreatment', { amounts: { amount: amount('NPR', '50000') } })] },
        { ...fund, kind: 'education', conditions: [condition('protection.condition.childrenScholarships')] },
        { ...fund, kind: 'repatriation-of-remains', conditions: [condition('protection.condition.freeOfCharge')] },
      ],
    },
    {
      ...termLife,
      id: 'NP.term-life-insurance',
      name: { en: 'Mandatory term life insurance for foreign employment' },
      country: 'NP',
      side: 'origin',
      workerCategories: ['general', 'domestic'],
      branches: [
        {
          ...termLife,
          branch: 'survivors',
          level: 'mandatory',
          conditions: [
            condition('protection.condition.beforeLabourPermit'),
            condition('protection.condition.baseCover', { amounts: { amount: amount('NPR', '1000000') } }),
          ],
        },
      ],
      extras: [],
    },
  ],
  findings: [],
};
