/** Bahrain (research: fees-wages.md §5.5). Labour Law 36/2012. */
import type { CountryWageData } from '../schema.js';
import { NO_START_DATE, UNKNOWN_START, source, yearOnly } from './source.js';

const LAW_2012 = '2013-01-01';

const EMERALD = source('Hiring guide: Bahrain', 'https://emerald-technology.com/explore-countries/hiring-guides/bahrain', 'Emerald Technology');
const OUT_AND_ABOUT = source('You asked: how is indemnity calculated in Bahrain?', 'https://outandaboutuae.net/help-for-tourists/you-asked-how-is-indemnity-calculated-in-bahrain.html', 'Out and About UAE');

const WAGE_UNSPECIFIED = 'Which wage the premium is on is not in the research, so the basic wage is used (it never over-claims).';

export const BAHRAIN: CountryWageData = {
  country: 'BH',
  currency: 'BHD',
  minimumWage: [
    {
      id: 'bh-minimum-none',
      workerCategories: ['general'],
      appliesBy: 'calendar',
      value: { kind: 'none', reason: 'wages.minimum.none.expatriates' },
      effectiveFrom: UNKNOWN_START,
      sources: [],
      verification: 'unverified',
      check: 'U',
      note: `No minimum wage for expatriate workers: unverified in the research, no stored source. ${NO_START_DATE}`,
    },
  ],
  hourlyRate: [
    { id: 'bh-hourly', formula: { kind: 'days', daysPerMonth: 30, hoursPerDay: 8 }, effectiveFrom: LAW_2012, sources: [], verification: 'unverified', check: 'U', note: 'The research gives no rule for deriving an hourly rate in Bahrain; monthly ÷ 30 ÷ 8 is assumed.' },
  ],
  dailyRate: [],
  overtime: [
    {
      id: 'bh-ot-ordinary',
      kind: 'ordinary',
      workerCategories: ['general'],
      premium: { status: 'known', terms: [{ base: 'basic', percent: 125 }] },
      effectiveFrom: LAW_2012,
      sources: [EMERALD],
      verification: 'secondary',
      check: 'V2',
      note: `Daytime overtime: the wage + 25 %; at most 2 hours a day; senior managers are exempt. ${WAGE_UNSPECIFIED} ${yearOnly(2012)}`,
    },
    {
      id: 'bh-ot-night',
      kind: 'night',
      workerCategories: ['general'],
      premium: { status: 'known', terms: [{ base: 'basic', percent: 150 }] },
      effectiveFrom: LAW_2012,
      sources: [EMERALD],
      verification: 'secondary',
      check: 'V2',
      note: `Night overtime: the wage + 50 %. The research does not give the night hours. ${WAGE_UNSPECIFIED} ${yearOnly(2012)}`,
    },
  ],
  deductionCaps: [],
  gratuity: [
    {
      id: 'bh-indemnity',
      workerCategories: ['general'],
      base: 'unspecified',
      minServiceYears: 0,
      tiers: [
        { fromYear: 1, toYear: 3, perYear: { unit: 'months', months: { num: 1, den: 2 } } },
        { fromYear: 4, perYear: { unit: 'months', months: { num: 1, den: 1 } } },
      ],
      resignation: 'unknown',
      effectiveFrom: LAW_2012,
      sources: [OUT_AND_ABOUT],
      verification: 'secondary',
      check: 'V2 ⚠',
      caveat: 'wages.caveat.bh.socialInsurance',
      note:
        "Art. 116 leaving indemnity: half a month's wage per year for the first 3 years, one month per year after that. Since about 2024 expatriates' end-of-service may be paid through the Social Insurance Organisation (SIO) instead (unverified), so the employer may not be the one who owes it. " +
        `Which wage is the base, a minimum service and reductions on resignation are not in the research. ${yearOnly(2012)}`,
    },
  ],
  wagePayment: [],
};
