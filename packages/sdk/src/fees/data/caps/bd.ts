/** Bangladesh (origin): government-fixed maximum migration cost per destination. */
import type { FeeCapRule } from '../../schema.js';
import { source } from './source.js';

const FINANCIAL_EXPRESS = source(
  'Migration cost may go up as airfare, medical fees rise',
  'https://www.thefinancialexpress.com.bd/trade/migration-cost-may-go-up-as-airfare-medical-fees-rise-1554871594',
  'The Financial Express',
);
const TBS = source('Bangladesh fixes cost for workers to migrate to Malaysia', 'https://www.tbsnews.net/bangladesh/bangladesh-fixes-cost-workers-migrate-malaysia-454158', 'The Business Standard');

const AS_OF_2019 = '2019-04-11';
const AS_OF_NOTE = 'Reported in force on 2019-04-11; the original notice dates are not in the research, so earlier payments are not judged by it.';

function ceiling2019(destination: string, taka: number): FeeCapRule {
  return {
    id: `bd-migration-cost-${destination.toLowerCase()}`,
    series: `bd-migration-cost-${destination.toLowerCase()}`,
    jurisdiction: 'origin',
    country: 'BD',
    destinations: [destination],
    scope: {},
    cap: { kind: 'fixed', amount: { currency: 'BDT', major: String(taka) } },
    effectiveFrom: AS_OF_2019,
    datePrecision: 'in-force-by',
    sources: [FINANCIAL_EXPRESS],
    verification: 'secondary',
    check: 'V2',
    note: `Government-fixed maximum total migration cost. ${AS_OF_NOTE}`,
  };
}

export const BANGLADESH_RULES: FeeCapRule[] = [
  {
    id: 'bd-migration-cost-sa-male',
    series: 'bd-migration-cost-sa-male',
    jurisdiction: 'origin',
    country: 'BD',
    destinations: ['SA'],
    workerSex: 'male',
    scope: {},
    cap: { kind: 'fixed', amount: { currency: 'BDT', major: '165000' } },
    effectiveFrom: '2016-08-29',
    datePrecision: 'exact',
    sources: [FINANCIAL_EXPRESS],
    verification: 'secondary',
    check: 'V2',
    note:
      'Maximum migration cost for male workers to Saudi Arabia, Tk 165,000, fixed by a notice of Monday 2016-08-29 (New Age, http://newagebd.net/249154/migration-cost-ceiling-fixed-ksa-bound-male-workers/, http only); still Tk 165,000 in April 2019.',
  },
  {
    id: 'bd-cost-free-sa-female',
    series: 'bd-cost-free-sa-female',
    jurisdiction: 'origin',
    country: 'BD',
    destinations: ['SA'],
    workerSex: 'female',
    scope: {},
    cap: { kind: 'zero' },
    effectiveFrom: '2016-01-01',
    datePrecision: 'approximate',
    sources: [],
    verification: 'unverified',
    check: 'V2 ⚠',
    note:
      'Women (and male companions) are entitled to "cost-free" jobs, e.g. to Saudi Arabia, ~2016; sub-agents reportedly take about Tk 50,000 anyway. Reported only at http://migrationnewsbd.com/news/view/31406/53/Govt-fixes-migration-cost-Tk-165000-for-Saudi (http, so no listed source); year approximate.',
  },
  {
    ...ceiling2019('MY', 160_000),
    effectiveTo: '2022-07-05',
    note: `Government-fixed maximum total migration cost. ${AS_OF_NOTE} Superseded by Tk 78,990 announced 2022-07-06.`,
  },
  {
    id: 'bd-migration-cost-my-2022',
    series: 'bd-migration-cost-my',
    jurisdiction: 'origin',
    country: 'BD',
    destinations: ['MY'],
    scope: {},
    cap: { kind: 'fixed', amount: { currency: 'BDT', major: '78990' } },
    effectiveFrom: '2022-07-06',
    datePrecision: 'approximate',
    sources: [TBS],
    verification: 'secondary',
    check: 'V2',
    note:
      'Total cost paid in Bangladesh (passport, medical, welfare fee and agency service charge; agency share Tk 37,000); employers pay all destination-side costs. 2022-07-06 is the announcement date.',
  },
  ceiling2019('AE', 107_780),
  ceiling2019('KW', 106_780),
  ceiling2019('OM', 100_780),
  ceiling2019('BH', 97_780),
  ceiling2019('SG', 262_200),
  ceiling2019('BN', 120_780),
];
