/**
 * Hong Kong (research: fees-wages.md §5.8). Foreign domestic helpers: the Minimum Allowable Wage
 * (MAW) and food allowance follow the contract's signing date. Other workers: the hourly
 * statutory minimum wage (SMW), which excludes live-in domestic workers.
 */
import type { CountryWageData, MinimumWageFact } from '../schema.js';
import type { Source } from '../../provenance/index.js';
import { NO_START_DATE, UNKNOWN_START, amount, source } from './source.js';

const HKD = (major: string) => amount('HKD', major);

const SUNSTAR = source('DMW lauds Hong Kong pay hike for foreign domestic workers', 'https://www.sunstar.com.ph/manila/dmw-lauds-hong-kong-pay-hike-for-foreign-domestic-workers', 'SunStar');
const HKPINOYTV = source('Minimum allowable wage for foreign domestic helpers', 'https://hkpinoytv.com/?p=5906', 'HK Pinoy TV');
const YIBADA = source('Hong Kong raises minimum wage of foreign domestic helpers (2015)', 'https://en.yibada.com/articles/70023/20151003/favicon.ico', 'Yibada');
const SCMP_2018 = source("HK$110 rise in minimum wage for Hong Kong's foreign domestic helpers", 'https://www.scmp.com/news/hong-kong/hong-kong-economy/article/2166231/hk110-rise-minimum-wage-hong-kongs-foreign-domestic', 'South China Morning Post');
const MANILA_BULLETIN_2022 = source('Hong Kong increases minimum allowable wage, food allowance for domestic helpers', 'https://mb.com.ph/2022/10/01/hong-kong-increases-minimum-allowable-wage-food-allowance-for-domestic-helpers', 'Manila Bulletin');
const SCMP_2023 = source('Hong Kong raising minimum wage for domestic helpers by 3% to HK$4,870 a month', 'https://www.scmp.com/news/hong-kong/society/article/3236294/hong-kong-raising-minimum-wage-domestic-helpers-3-hk4870-month?utm_source=rss_feed', 'South China Morning Post');
const AASTOCKS_2024 = source('Minimum allowable wage for foreign domestic helpers raised (2024)', 'https://wdatahk.aastocks.com/en/mobile/news.aspx?newsid=NOW.1384554&newssource=AAFN', 'AASTOCKS');
const CHINA_DAILY = source('Statutory minimum wage HK$42.1 an hour', 'https://www.chinadailyasia.com/article/610817', 'China Daily Asia');
const SHROFFED = source('Minimum wage', 'https://shroffed.com/2026/02/26/minimum-wage', 'Shroffed');
const SCMP_SMW_2023 = source('Hong Kong minimum wage to be raised to HK$40 an hour from HK$37.50', 'https://www.scmp.com/news/hong-kong/hong-kong-economy/article/3195793/hong-kong-minimum-wage-be-raised-hk40-hour-hk3750?utm_source=rss_feed', 'South China Morning Post');
const WAGEINDICATOR_2019 = source('Hong Kong minimum wage sees biggest rise since it was introduced', 'https://wageindicator.org/salary/minimum-wage/minimum-wages-news/hong-kong-minimum-wage-sees-biggest-rise-since-it-was-introduced-may-16-2019', 'WageIndicator');
const MONDAQ = source('Increase to the statutory minimum wage', 'https://www.mondaq.com:443/hongkong/employee-benefits-compensation/1270978/increase-to-the-statutory-minimum-wage', 'Mondaq');

const FOOD = 'The food allowance is due in cash only if the employer does not provide free food.';

interface MawRow {
  from: string;
  to?: string;
  wage: string;
  food?: string;
  sources: Source[];
  note?: string;
}

/** One MAW revision: in force for contracts signed from `from` to `to`. */
function maw(row: MawRow): MinimumWageFact {
  return {
    id: `hk-maw-${row.from}`,
    workerCategories: ['domestic'],
    appliesBy: 'contract-signing-date',
    value: {
      kind: 'monthly',
      basic: HKD(row.wage),
      ...(row.food ? { food: HKD(row.food) } : { unknownComponents: ['food' as const] }),
      comparedWith: 'components',
    },
    effectiveFrom: row.from,
    ...(row.to ? { effectiveTo: row.to } : {}),
    sources: row.sources,
    verification: row.sources.length ? 'secondary' : 'unverified',
    check: row.sources.length ? 'V2' : 'U',
    note: [`MAW HK$${row.wage} a month for contracts signed from ${row.from}.`, FOOD, row.note].filter(Boolean).join(' '),
  };
}

function smw(from: string, to: string | undefined, hourly: string, sources: Source[], extra: Partial<MinimumWageFact> = {}): MinimumWageFact {
  return {
    id: `hk-smw-${from}`,
    workerCategories: ['general'],
    appliesBy: 'calendar',
    value: { kind: 'hourly', hourly: HKD(hourly) },
    effectiveFrom: from,
    ...(to ? { effectiveTo: to } : {}),
    sources,
    verification: 'secondary',
    check: 'V2',
    note: `Statutory minimum wage HK$${hourly} an hour. It excludes live-in domestic workers (who have the MAW), student interns and work-experience students. Earlier rates (HK$28 from 2011, later revisions) are not fully in the research and are not encoded.`,
    ...extra,
  };
}

export const HONG_KONG: CountryWageData = {
  country: 'HK',
  currency: 'HKD',
  minimumWage: [
    maw({
      from: '2013-10-01',
      to: '2014-09-30',
      wage: '4010',
      food: '920',
      sources: [],
      note: 'The research\'s source for this revision (pinoy99.blogspot.com) is on an http address and not stored. The research lists no revision between 2013-10-01 and 2015-10-01, but the MAW is believed to have been revised around October 2014 (not in the research), so contracts signed from 2014-10-01 to 2015-09-30 are not covered.',
    }),
    maw({ from: '2015-10-01', to: '2016-09-30', wage: '4210', food: '995', sources: [YIBADA] }),
    maw({ from: '2016-10-01', to: '2017-09-29', wage: '4310', food: '1037', sources: [], note: 'The research gives only the month (2016-10) and no source for this revision; the 1st is assumed.' }),
    maw({
      from: '2017-09-30',
      to: '2018-09-28',
      wage: '4410',
      food: '1053',
      sources: [],
      note: 'The research checked this revision against an official page (news.gov.hk, 2017-09-29) whose address is http, so it cannot be stored as a source.',
    }),
    maw({ from: '2018-09-29', to: '2019-09-27', wage: '4520', food: '1075', sources: [SCMP_2018] }),
    maw({
      from: '2019-09-28',
      to: '2022-09-30',
      wage: '4630',
      sources: [MANILA_BULLETIN_2022],
      note: 'The stored source confirms HK$4,630 as the MAW replaced on 2022-10-01; the start date is from the research table. The food allowance for this period is not in the research (it changed during the period), so it is not checked.',
    }),
    maw({ from: '2022-10-01', to: '2023-09-29', wage: '4730', food: '1196', sources: [MANILA_BULLETIN_2022] }),
    maw({ from: '2023-09-30', to: '2024-09-27', wage: '4870', food: '1236', sources: [SCMP_2023] }),
    maw({ from: '2024-09-28', to: '2025-09-29', wage: '4990', food: '1236', sources: [AASTOCKS_2024], note: 'Contracts signed at the old rate were still processed if they reached the Immigration Department by 2024-10-25.' }),
    maw({ from: '2025-09-30', wage: '5100', food: '1236', sources: [SUNSTAR, HKPINOYTV], note: 'Contracts signed at the old rate are still processed if they reach the Immigration Department by 2025-10-27.' }),
    smw('2019-05-01', '2023-04-30', '37.50', [WAGEINDICATOR_2019]),
    smw('2023-05-01', '2025-04-30', '40.00', [SCMP_SMW_2023, MONDAQ]),
    smw('2025-05-01', '2026-04-30', '42.10', [CHINA_DAILY]),
    smw('2026-05-01', undefined, '43.10', [SHROFFED], {
      check: 'V2 ⚠',
      caveat: 'wages.caveat.hk.smwPending',
      note: 'Statutory minimum wage HK$43.1 an hour from 2026-05-01, the first rise under the annual-review formula: gazetted 2026-02-20 and sent to the Legislative Council 2026-02-25, pending its approval when reported. It excludes live-in domestic workers, student interns and work-experience students.',
    }),
  ],
  // No overtime, deduction or end-of-service rule for Hong Kong is in the research (the long service and severance payments are not encoded).
  hourlyRate: [],
  dailyRate: [],
  overtime: [],
  deductionCaps: [],
  gratuity: [],
  wagePayment: [
    {
      id: 'hk-payment',
      workerCategories: ['general', 'domestic'],
      withinDaysAfterPeriod: 7,
      effectiveFrom: UNKNOWN_START,
      sources: [],
      verification: 'unverified',
      check: 'V2',
      note: `Employment Ordinance: wages are paid within 7 days after the end of the wage period. The research's source (vivamaid.com.hk) is on an http address and cannot be stored, so this is marked unverified. ${NO_START_DATE}`,
    },
  ],
};
