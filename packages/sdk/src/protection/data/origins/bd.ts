/** Bangladesh: Wage Earners' Welfare Board and the mandatory migrant insurance. Research §2, §3.2. */
import type { CountryProtection } from '../../schema.js';
import { ENCODED_ON, amount, condition, source } from '../common.js';

const FE_RULES = source(
  'WEWB rules to step up migrant workers’ welfare management',
  'https://today.thefinancialexpress.com.bd/metro-news/wewb-rules-to-step-up-migrant-workers-welfare-management-1682701254',
  'The Financial Express',
);
const PROTHOM_ALO = source('Families of deceased expatriates wait long for …', 'https://en.prothomalo.com/bangladesh/Families-of-deceased-expatriates-wait-long-for', 'Prothom Alo');
const BD_SERVICE_RULES = source('Financial grant for deceased expatriates (in Bengali)', 'https://bdservicerules.info/মৃত-প্রবাসীর-আর্থিক-অনুদ', 'bdservicerules.info');
const DHAKA_TRIBUNE = source(
  'Families face hassle to get burial allowance for …',
  'https://www.dhakatribune.com/bangladesh/laws-rights/35145/families-face-hassle-to-get-burial-allowance-for',
  'Dhaka Tribune',
);
const MRC = source(
  'Have I paid my welfare fund, insurance fee and other fees?',
  'https://www.mrc-bangladesh.org/en/faq/pre-departure/have-i-paid-my-welfare-fund-insurance-fee-and-other-fees',
  'Migrant Resource Centre Bangladesh',
);

/** The WEWB Rules were gazetted on 11 Apr 2023 (research §2); the fund itself dates from 1990. */
const board = {
  effectiveFrom: '2023-04-11',
  effectiveFromCertainty: 'lower-bound' as const,
  sources: [FE_RULES],
  verification: 'secondary' as const,
  check: 'Yes-secondary',
  note: 'Fund set up in 1990 under Emigration Ordinance 1982 s.19(1); the Board became statutory under the WEWB Act 2018. Shown from the gazetting of the WEWB Rules (11 Apr 2023). A second source (The Financial Express, 9 May 2018, http only: http://today.thefinancialexpress.com.bd/trade-market/most-migrant-workers-cant-avail-wewb-services-1525892261/?date=09-05-2018) reports that most migrant workers cannot use WEWB services.',
};
const welfareFee = condition('protection.condition.welfareFeeAtClearance', { amounts: { amount: amount('BDT', '3500') } });
/** The death grant has been paid since April 2013; the day is not in the research. */
const deathGrant = {
  effectiveFrom: '2013-04-30',
  effectiveFromCertainty: 'lower-bound' as const,
  sources: [PROTHOM_ALO, BD_SERVICE_RULES],
  verification: 'secondary' as const,
  check: 'Yes-secondary',
  note: 'Paid by WEWB since April 2013; shown from the end of that month.',
};
const burial = {
  effectiveFrom: ENCODED_ON,
  effectiveFromCertainty: 'lower-bound' as const,
  sources: [DHAKA_TRIBUNE],
  verification: 'secondary' as const,
  check: 'Yes-secondary',
  note: 'The research gives no start date for the airport payment.',
};
const insurance = {
  effectiveFrom: ENCODED_ON,
  effectiveFromCertainty: 'lower-bound' as const,
  sources: [MRC],
  verification: 'secondary' as const,
  check: 'Weak (migrant resource centre FAQ)',
  note: 'The source does not say which risks are insured, or since when.',
};

export const BD: CountryProtection = {
  country: 'BD',
  side: 'origin',
  schemes: [
    {
      ...deathGrant,
      sources: [FE_RULES, PROTHOM_ALO, BD_SERVICE_RULES, DHAKA_TRIBUNE],
      id: 'BD.wage-earners-welfare-board',
      name: { en: 'Wage Earners’ Welfare Board (WEWB) welfare fund' },
      country: 'BD',
      side: 'origin',
      workerCategories: ['general', 'domestic'],
      note: board.note,
      branches: [
        {
          ...deathGrant,
          branch: 'survivors',
          level: 'mandatory',
          conditions: [
            condition('protection.condition.lumpSumAmount', { amounts: { amount: amount('BDT', '300000') } }),
            condition('protection.condition.legallyMigratedOnly'),
            condition('protection.condition.includesDeathOnLeave'),
          ],
        },
        { ...board, branch: 'employment-injury', level: 'mandatory', conditions: [welfareFee, condition('protection.condition.amountNotInResearch')] },
      ],
      extras: [
        { ...burial, kind: 'repatriation-of-remains', conditions: [condition('protection.condition.airportPaymentForBodyAndBurial', { amounts: { amount: amount('BDT', '35000') } })] },
        { ...board, kind: 'welfare-assistance', conditions: [welfareFee, condition('protection.condition.loansAndWelfare')] },
        { ...board, kind: 'education', conditions: [welfareFee, condition('protection.condition.childrenScholarships')] },
      ],
    },
    {
      ...insurance,
      id: 'BD.migrant-insurance',
      name: { en: 'Mandatory insurance for migrant workers' },
      country: 'BD',
      side: 'origin',
      workerCategories: ['general', 'domestic'],
      branches: [],
      extras: [
        {
          ...insurance,
          kind: 'other-insurance',
          conditions: [
            condition('protection.condition.insuranceOptions', {
              amounts: {
                cover1: amount('BDT', '200000'),
                premium1: amount('BDT', '990'),
                cover2: amount('BDT', '500000'),
                premium2: amount('BDT', '2475'),
              },
            }),
            condition('protection.condition.premiumShareByFund', { amounts: { amount: amount('BDT', '500') } }),
          ],
        },
      ],
    },
  ],
  findings: [],
};
