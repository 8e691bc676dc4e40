/** Pakistan: emigrant insurance (State Life), welfare fund and OPF, government death and disability grants. Research §2, §3.2. */
import type { CountryProtection } from '../../schema.js';
import { ENCODED_ON, amount, condition, source } from '../common.js';

const BEOE = source('Protection and its benefits', 'https://beoe.gov.pk/index.php/protection-and-its-benefits', 'Bureau of Emigration and Overseas Employment');
const DAWN = source('Dawn news item 1501084', 'https://www.dawn.com/news/1501084/fonts.googleapis.com', 'Dawn');
const THE_NEWS = source('OPF recovers Rs3.79b from overseas employers', 'https://www.thenews.com.pk/print/429629-opf-recovers-rs3-79b-from-overseas-employers', 'The News');
const MRC_PK = source(
  'The recruitment process through an overseas employment promoter',
  'https://www.mrc.org.pk/en/faq/recruitment-system-in-pakistan/the-recruitment-process-through-overseas-employment-promoter',
  'Migrant Resource Centre Pakistan',
);

/** Runs since May 1982 (day not in the research). The current premium and cover have no date of their own. */
const insurance = {
  effectiveFrom: '1982-05-31',
  effectiveFromCertainty: 'lower-bound' as const,
  sources: [BEOE],
  verification: 'official' as const,
  check: 'Yes-official',
};
const insuranceTerms = {
  ...insurance,
  effectiveFrom: ENCODED_ON,
  note: 'Current premium and cover as given by the Bureau; earlier amounts are not in the research. The research does not say which risks are insured.',
};
const opf = {
  effectiveFrom: '2019-02-28',
  effectiveFromCertainty: 'lower-bound' as const,
  sources: [BEOE, THE_NEWS, MRC_PK],
  verification: 'secondary' as const,
  check: 'Yes-official / secondary',
  note: 'Paying the welfare fund gives OPF membership. The fund fee is from a migrant resource centre list that may be outdated. OPF’s dues recovery is also described at http://opf.org.pk/WDeathDuesCompensation.aspx (http only); it had recovered Rs 3.79bn by February 2019.',
};
const grants = {
  effectiveFrom: '2019-01-01',
  effectiveFromCertainty: 'approximate' as const,
  sources: [BEOE, DAWN],
  verification: 'secondary' as const,
  check: 'Yes-official / secondary',
  note: 'Paid by the Ministry (research §3.2); figures from about 2019, which may have changed since. The research does not say who qualifies.',
};

export const PK: CountryProtection = {
  country: 'PK',
  side: 'origin',
  schemes: [
    {
      ...insurance,
      id: 'PK.emigrant-insurance',
      name: { en: 'Emigrant insurance (State Life)' },
      country: 'PK',
      side: 'origin',
      workerCategories: ['general', 'domestic'],
      note: 'Runs since May 1982; re-insurance available since 2001.',
      branches: [],
      extras: [
        {
          ...insuranceTerms,
          kind: 'other-insurance',
          conditions: [
            condition('protection.condition.coverForPremium', { amounts: { cover: amount('PKR', '1000000'), premium: amount('PKR', '2500') }, params: { years: 5 } }),
          ],
        },
      ],
    },
    {
      ...opf,
      id: 'PK.opf',
      name: { en: 'Overseas Pakistanis Foundation (OPF) welfare fund' },
      country: 'PK',
      side: 'origin',
      workerCategories: ['general', 'domestic'],
      branches: [],
      extras: [
        { ...opf, kind: 'education', conditions: [condition('protection.condition.welfareFeeAtClearance', { amounts: { amount: amount('PKR', '2000') } })] },
        { ...opf, kind: 'welfare-assistance', conditions: [condition('protection.condition.opfServices')] },
        { ...opf, kind: 'unpaid-wages', conditions: [condition('protection.condition.duesRecoveryThroughMissions')] },
      ],
    },
    {
      ...grants,
      id: 'PK.death-disability-grants',
      name: { en: 'Government death and disability grants for emigrants' },
      country: 'PK',
      side: 'origin',
      workerCategories: ['general', 'domestic'],
      branches: [
        {
          ...grants,
          branch: 'survivors',
          level: 'mandatory',
          conditions: [condition('protection.condition.lumpSumAmount', { amounts: { amount: amount('PKR', '400000') } })],
        },
        {
          ...grants,
          branch: 'invalidity',
          level: 'mandatory',
          conditions: [condition('protection.condition.lumpSumAmount', { amounts: { amount: amount('PKR', '300000') } })],
        },
      ],
      extras: [],
    },
  ],
  findings: [],
};
