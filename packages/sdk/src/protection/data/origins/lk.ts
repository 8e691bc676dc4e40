/** Sri Lanka: SLBFE insurance for registered migrant workers. Research §3.2. */
import type { CountryProtection } from '../../schema.js';
import { condition, source } from '../common.js';

const MWR = source(
  'Services provided by the SLBFE to migrant workers',
  'https://migrantworkersrights.herokuapp.com/fr/resources/services-provided-by-the-slbfe-to-migrant-workers?display=print',
  'Migrant Workers Rights',
);

/** Rs 60m was paid in Jan–Apr 2018, so the insurance was in force by the end of April 2018. */
const slbfe = {
  effectiveFrom: '2018-04-30',
  effectiveFromCertainty: 'lower-bound' as const,
  sources: [MWR],
  verification: 'secondary' as const,
  check: 'Yes-secondary',
  note: 'Rs 60m was paid out in January–April 2018 (Ada Derana, http only: http://www.adaderana.lk/news.php?nid=47637); the start date is not in the research.',
};

export const LK: CountryProtection = {
  country: 'LK',
  side: 'origin',
  schemes: [
    {
      ...slbfe,
      id: 'LK.slbfe-insurance',
      name: { en: 'SLBFE insurance for registered migrant workers' },
      country: 'LK',
      side: 'origin',
      workerCategories: ['general', 'domestic'],
      branches: [
        {
          ...slbfe,
          branch: 'survivors',
          level: 'mandatory',
          conditions: [
            condition('protection.condition.registeredOnly'),
            condition('protection.condition.deathAbroadOrSoonAfterReturn', { params: { months: 3 } }),
            condition('protection.condition.slbfeClaimDocuments'),
          ],
        },
      ],
      extras: [],
    },
  ],
  findings: [],
};
