/** Philippines: SSS (compulsory for OFWs), OWWA, PhilHealth. Research §3.2. */
import type { BranchEntry, CountryProtection } from '../../schema.js';
import { ENCODED_ON, condition, source } from '../common.js';

const WATCHMEN = source(
  'SSS releases P4.23B benefits to OFWs in 2018',
  'https://watchmendailyjournal.com/2019/08/13/sss-releases-p4-23b-benefits-ofws-2018',
  'Watchmen Daily Journal',
);
const BAGUIO = source('Serbisyo at benepisyo para sa OFWs', 'https://baguioheraldexpressonline.com/serbisyo-at-benepisyo-para-sa-ofws/', 'Baguio Herald Express');
const RESPICIO = source(
  'Benefits available to Filipinos working abroad: OWWA, SSS, PhilHealth overview',
  'https://www.respicio.ph/commentaries/benefits-available-to-filipinos-working-abroad-owwa-sss-philhealth-overview',
  'Respicio & Co.',
);

const sss = {
  effectiveFrom: '2019-08-13',
  effectiveFromCertainty: 'lower-bound' as const,
  sources: [WATCHMEN, BAGUIO],
  verification: 'secondary' as const,
  check: 'Yes-secondary',
  note: 'Compulsory under RA 11199 (Social Security Act of 2018); the research gives no start day, so it is shown from the date of the source article.',
};
const sssCover = [condition('protection.condition.landAndSeaBased'), condition('protection.condition.upToAge', { params: { age: 60 } })];
const sssBranch = (branch: BranchEntry['branch']): BranchEntry => ({ ...sss, branch, level: 'mandatory', conditions: sssCover });

/** OWWA and PhilHealth rest on a source the research rates Weak, with no dates beyond the laws' years. */
const weak = { sources: [RESPICIO], verification: 'secondary' as const, check: 'Weak', effectiveFromCertainty: 'lower-bound' as const };
const owwa = {
  ...weak,
  effectiveFrom: '2016-12-31',
  note: 'Governed by the OWWA Act, RA 10801 (2016); shown from the end of that year. The fee and benefit amounts are not verified: the analyst recalls a US$25 fee and a death benefit of PHP 100,000 (natural) or PHP 200,000 (accidental) (UNVERIFIED, memory).',
};
const philHealth = {
  ...weak,
  effectiveFrom: ENCODED_ON,
  note: 'The research (a weak source) says PhilHealth covers overseas Filipinos under the Universal Health Care Act, RA 11223 (2019); premiums and terms for OFWs are not verified.',
};

export const PH: CountryProtection = {
  country: 'PH',
  side: 'origin',
  schemes: [
    {
      ...sss,
      id: 'PH.sss',
      name: { en: 'Social Security System (SSS)' },
      country: 'PH',
      side: 'origin',
      workerCategories: ['general', 'domestic'],
      note: `${sss.note} SSS has 18 foreign offices in 12 countries.`,
      branches: (['sickness', 'maternity', 'invalidity', 'unemployment', 'old-age', 'survivors'] as const).map(sssBranch),
      extras: [{ ...sss, kind: 'funeral', conditions: sssCover }],
    },
    {
      ...owwa,
      id: 'PH.owwa',
      name: { en: 'Overseas Workers Welfare Administration (OWWA)' },
      country: 'PH',
      side: 'origin',
      workerCategories: ['general', 'domestic'],
      branches: [
        {
          ...owwa,
          branch: 'survivors',
          level: 'unknown',
          conditions: [condition('protection.condition.membershipTiedToContract', { params: { years: 2 } })],
        },
      ],
      extras: [],
    },
    {
      ...philHealth,
      id: 'PH.philhealth',
      name: { en: 'PhilHealth' },
      country: 'PH',
      side: 'origin',
      workerCategories: ['general', 'domestic'],
      branches: [{ ...philHealth, branch: 'medical-care', level: 'unknown', conditions: [] }],
      extras: [],
    },
  ],
  findings: [],
};
