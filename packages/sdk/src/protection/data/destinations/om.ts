/** Oman: the Social Protection Law (RD 52/2023) covers migrants for some branches. Research §3.1 (ESCWA). */
import type { BranchEntry, CountryProtection } from '../../schema.js';
import { ENCODED_ON, condition, source } from '../common.js';

const ESCWA = source('Oman: migration policy', 'https://migrationpolicy.unescwa.org/taxonomy/term/13?page=0', 'UN ESCWA');

const law = {
  effectiveFrom: ENCODED_ON,
  effectiveFromCertainty: 'lower-bound' as const,
  sources: [ESCWA],
  verification: 'secondary' as const,
  check: 'Yes-secondary',
  note: 'Royal Decree 52/2023; the research gives no start date for any branch.',
};
/** The research lists the fund in the same ESCWA row but does not tie it to RD 52/2023. */
const fund = { ...law, note: 'Described by ESCWA as the first such fund in the region. The research gives no start date.' };
const domesticUnknown = 'The research does not say whether domestic workers are covered.';

function sameAsNationals(branch: BranchEntry['branch']): BranchEntry[] {
  return [
    { ...law, branch, level: 'mandatory', workerCategories: ['general'], conditions: [condition('protection.condition.sameTermsAsNationals')] },
    { ...law, branch, level: 'unknown', workerCategories: ['domestic'], conditions: [], note: domesticUnknown },
  ];
}

export const OM: CountryProtection = {
  country: 'OM',
  side: 'destination',
  schemes: [
    {
      ...law,
      id: 'OM.social-protection-law',
      name: { en: 'Social Protection Law (Royal Decree 52/2023)' },
      country: 'OM',
      side: 'destination',
      workerCategories: ['general', 'domestic'],
      branches: [...sameAsNationals('employment-injury'), ...sameAsNationals('maternity'), ...sameAsNationals('sickness')],
      extras: [],
    },
    {
      ...fund,
      id: 'OM.provident-fund',
      name: { en: 'National provident fund for migrant workers’ end-of-service benefits' },
      country: 'OM',
      side: 'destination',
      workerCategories: ['general', 'domestic'],
      branches: [
        { ...fund, branch: 'old-age', level: 'mandatory', workerCategories: ['general'], conditions: [condition('protection.condition.fundedEndOfService')] },
        { ...fund, branch: 'old-age', level: 'unknown', workerCategories: ['domestic'], conditions: [], note: domesticUnknown },
      ],
      extras: [],
    },
  ],
  findings: [],
};
