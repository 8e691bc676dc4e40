/** Bangladesh: research §2. BMET, the Wage Earners' Welfare Board and Labour Welfare Wings at missions. */
import type { OriginSupport } from '../../schema.js';
import { en, fact, source } from '../common.js';

const financialExpress = source('WEWB rules to step up migrant workers’ welfare management', 'https://today.thefinancialexpress.com.bd/metro-news/wewb-rules-to-step-up-migrant-workers-welfare-management-1682701254', 'The Financial Express');
const prothomAlo = source('Families of deceased expatriates wait long for compensation', 'https://en.prothomalo.com/bangladesh/Families-of-deceased-expatriates-wait-long-for', 'Prothom Alo');

const feFact = fact({ sources: [financialExpress], verification: 'secondary', check: 'Yes-secondary' });

export const BD = {
  origin: 'BD',
  bodies: [
    {
      id: 'bmet',
      kind: 'regulator',
      name: en('Bureau of Manpower, Employment and Training (BMET)'),
      role: en('The government bureau for overseas employment.'),
      where: 'home',
      channels: [],
      whoMayFile: ['worker'],
      periods: [],
      ...feFact,
    },
    {
      id: 'wewb',
      kind: 'welfare-fund',
      name: en('Wage Earners’ Welfare Board (WEWB)'),
      role: en('The welfare board for migrant workers and their families.'),
      where: 'both',
      channels: [],
      whoMayFile: ['worker', 'representative'],
      periods: [],
      ...fact({ from: '2018', sources: [financialExpress, prothomAlo], verification: 'secondary', check: 'Yes-secondary', note: 'WEWB Act 2018; Rules gazetted 11 Apr 2023. Prothom Alo: about 6,060 death-compensation applications were pending for 3–20 years, 2,387 of them at 22 embassies.' }),
    },
    {
      id: 'labour-welfare-wings',
      kind: 'labour-attache',
      name: en('Labour Welfare Wing at the Bangladesh mission'),
      role: en('Labour Welfare Wings at Bangladesh missions abroad help workers and also collect returnee data.'),
      where: 'abroad',
      channels: [],
      whoMayFile: ['worker'],
      periods: [],
      ...feFact,
    },
  ],
  deadlines: [],
} satisfies OriginSupport;
