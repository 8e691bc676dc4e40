/** Kuwait: not researched beyond two matrix marks (research §3.1: "marked for follow-up"). */
import type { CountryProtection } from '../../schema.js';
import { condition, unsourced } from '../common.js';

const notResearched = 'Kuwait was not researched; the research marks this cell for follow-up.';

export const KW: CountryProtection = {
  country: 'KW',
  side: 'destination',
  schemes: [],
  findings: [
    {
      ...unsourced(`${notResearched} Unemployment is marked ✗ (none found).`),
      country: 'KW',
      side: 'destination',
      branch: 'unemployment',
      level: 'none',
      workerCategories: ['general', 'domestic'],
      reason: condition('protection.reason.noSchemeFound'),
      conditions: [],
    },
    {
      ...unsourced(`${notResearched} Old age is marked partial (end-of-service benefit).`),
      country: 'KW',
      side: 'destination',
      branch: 'old-age',
      level: 'employer-liability',
      workerCategories: ['general', 'domestic'],
      reason: condition('protection.reason.employerDuty'),
      conditions: [condition('protection.condition.gratuity')],
    },
  ],
};
