/** Malaysia (research: fees-wages.md §5.6). Employment Act 1955 as amended; Minimum Wages Order 2024. */
import type { CountryWageData, OvertimeFact } from '../schema.js';
import type { Money } from '../../money/index.js';
import { NO_START_DATE, UNKNOWN_START, amount, source } from './source.js';

const MYR = (major: string) => amount('MYR', major);
const EA_2023 = '2023-01-01';

const STAR_FEB = source('New RM1,700 minimum wage takes effect today', 'https://www.thestar.com.my/news/nation/2025/02/01/new-rm1700-minimum-wage-takes-effect-today', 'The Star');
const MALAY_MAIL = source('Minimum wage order at RM1,700 to be enforced nationwide from August 1, no more deferments, says ministry', 'https://www.malaymail.com/news/malaysia/2025/07/22/minimum-wage-order-at-rm1700-to-be-enforced-nationwide-from-august-1-no-more-deferments-says-ministry/184772', 'Malay Mail');
const STAR_JUL = source('RM1,700 minimum wage to come into force from Aug 1', 'https://www.thestar.com.my/news/nation/2025/07/22/rm1700-minimum-wage-to-come-into-force-from-aug-1', 'The Star');
const FOCUS = source('Reduction of working hours from 48 to 45 hours and increase in overtime', 'https://focusmalaysia.my/reduction-of-working-hours-from-48-to-45-hours-and-increase-in-overtime/', 'Focus Malaysia');
const CHENGCO = source("Don't confuse about Employment Act amendment 2022", 'https://chengco.com.my/wp/2022/08/23/dont-confuse-about-employment-act-amendment-2022/', 'Cheng & Co');
const REMOLY = source('Overtime in Malaysia', 'https://remoly.net/blog-detail/679', 'Remoly');
const KCCCI = source('Public holidays and the Employment Act', 'https://kccci.org.my/section-blog', 'KCCCI');
const ASTUDION = source('Employment Act 1955, Part V: system of payment of wages', 'https://www.astudion.com/resources/legal/employment-act-1955/part-v-system-of-payment-of-wages', 'Astudion');

const COMPARED = 'The research does not say which pay the minimum is compared with, so it is compared with basic wage plus cash allowances (it never over-claims).';
const HOURS_ONLY =
  "'Rest day' and 'public holiday' hours are overtime beyond normal hours on those days; pay for work within normal hours on a rest day (half or one day's wage, s.60(3), unverified) or a public holiday (holiday pay + 2 days' wages, s.60D(3)(a)) is not calculated. At most 104 overtime hours a month.";

/** One overtime kind in the period when the salary ceiling was `ceiling`. */
function overtime(kind: OvertimeFact['kind'], percent: number, period: { from: string; to?: string; ceiling: Money }, rest: Partial<OvertimeFact> = {}): OvertimeFact {
  const later = period.from === EA_2023;
  return {
    id: `my-ot-${kind}${later ? '-2023' : ''}`,
    kind,
    workerCategories: ['general'],
    premium: { status: 'known', terms: [{ base: 'basic', percent }] },
    salaryCeiling: period.ceiling,
    effectiveFrom: period.from,
    ...(period.to ? { effectiveTo: period.to } : {}),
    sources: later ? [REMOLY, FOCUS, CHENGCO] : [REMOLY],
    verification: 'secondary',
    check: 'V2',
    note:
      `Normal day ≥ 1.5×, rest day 2×, public holiday 3× the hourly rate of pay. Covers employees earning up to RM${later ? '4,000' : '2,000'} a month and, whatever their wage, manual workers (unverified). ${HOURS_ONLY} ` +
      (later ? 'Normal hours 45 a week from 2023-01-01 (postponed from 2022-09-01).' : `The RM2,000 ceiling applied before 2023-01-01. ${NO_START_DATE} A second source (jobsdb) is on an http address and not stored.`),
    ...rest,
  };
}

function overtimeFor(period: { from: string; to?: string; ceiling: Money }): OvertimeFact[] {
  return [
    overtime('ordinary', 150, period),
    overtime('restDay', 200, period),
    overtime('publicHoliday', 300, period, { sources: [REMOLY, KCCCI] }),
    overtime('night', 150, period, {
      premium: { status: 'known', terms: [{ base: 'basic', percent: 150 }], sameAsOrdinary: true },
      verification: 'unverified',
      check: 'U',
      note: 'The research gives no separate night premium, so night overtime is paid at the normal-day overtime rate (our reading, not verified).',
    }),
  ];
}

export const MALAYSIA: CountryWageData = {
  country: 'MY',
  currency: 'MYR',
  minimumWage: [
    {
      id: 'my-minimum-1500',
      workerCategories: ['general'],
      appliesBy: 'calendar',
      value: { kind: 'monthly', basic: MYR('1500'), comparedWith: 'total-pay' },
      effectiveFrom: '2022-05-01',
      effectiveTo: '2025-01-31',
      sources: [],
      verification: 'unverified',
      check: 'U',
      note: `RM1,500 a month from 2022-05-01: the rate and its date are unverified in the research (no stored source). ${COMPARED}`,
    },
    {
      id: 'my-minimum-1500-under-5',
      workerCategories: ['general'],
      employerSizes: ['under-5'],
      appliesBy: 'employer-size',
      value: { kind: 'monthly', basic: MYR('1500'), comparedWith: 'total-pay' },
      effectiveFrom: '2025-02-01',
      effectiveTo: '2025-07-31',
      sources: [],
      verification: 'unverified',
      check: 'U',
      note: `Employers with fewer than 5 employees (outside MASCO-2020 professional activities) were deferred to 2025-08-01; the previous RM1,500 is taken to apply until then (unverified). ${COMPARED}`,
    },
    {
      id: 'my-minimum-1700-5-or-more',
      workerCategories: ['general'],
      employerSizes: ['5-or-more'],
      appliesBy: 'employer-size',
      value: { kind: 'monthly', basic: MYR('1700'), comparedWith: 'total-pay' },
      effectiveFrom: '2025-02-01',
      effectiveTo: '2025-07-31',
      sources: [STAR_FEB, MALAY_MAIL],
      verification: 'secondary',
      check: 'V2',
      note: `Minimum Wages Order 2024: RM1,700 from 2025-02-01 for employers with 5 or more employees, and for employers in MASCO-2020 professional activities whatever their size. ${COMPARED}`,
    },
    {
      id: 'my-minimum-1700',
      workerCategories: ['general'],
      appliesBy: 'calendar',
      value: { kind: 'monthly', basic: MYR('1700'), comparedWith: 'total-pay' },
      effectiveFrom: '2025-08-01',
      sources: [STAR_FEB, MALAY_MAIL, STAR_JUL],
      verification: 'secondary',
      check: 'V2',
      note: `RM1,700 for all employers from 2025-08-01 (the deferment ended 2025-07-31); includes non-citizen employees and contract apprentices. ${COMPARED}`,
    },
    {
      id: 'my-minimum-domestic-excluded',
      workerCategories: ['domestic'],
      appliesBy: 'calendar',
      value: { kind: 'none', reason: 'wages.minimum.none.domesticExcluded' },
      effectiveFrom: '2025-02-01',
      sources: [STAR_JUL],
      verification: 'secondary',
      check: 'V2',
      note: 'The Minimum Wages Order 2024 excludes domestic workers. The research records this exclusion for the 2024 order only; earlier periods are not covered.',
    },
  ],
  hourlyRate: [
    {
      id: 'my-hourly',
      formula: { kind: 'days', daysPerMonth: 26, hoursPerDay: 8 },
      effectiveFrom: UNKNOWN_START,
      sources: [],
      verification: 'unverified',
      check: 'U',
      note: `Ordinary rate of pay = monthly wage ÷ 26; hourly rate = that ÷ normal hours a day (8) (s.60I). From memory in the research, not verified. ${NO_START_DATE}`,
    },
  ],
  dailyRate: [],
  overtime: [...overtimeFor({ from: UNKNOWN_START, to: '2022-12-31', ceiling: MYR('2000') }), ...overtimeFor({ from: EA_2023, ceiling: MYR('4000') })],
  deductionCaps: [
    { id: 'my-deductions-total', workerCategories: ['general'], appliesTo: 'total', cap: { kind: 'percent-of-wage', percent: 50 }, effectiveFrom: UNKNOWN_START, sources: [], verification: 'unverified', check: 'U', note: `s.24: all deductions together at most 50 % of the wages. Unverified in the research (gap 6). ${NO_START_DATE}` },
  ],
  // No end-of-service rule is in the research for Malaysia.
  gratuity: [],
  wagePayment: [
    {
      id: 'my-payment',
      workerCategories: ['general'],
      withinDaysAfterPeriod: 7,
      effectiveFrom: UNKNOWN_START,
      sources: [ASTUDION],
      verification: 'secondary',
      check: 'V2',
      note: `s.19: wages are paid no later than the 7th day after the end of the wage period, which is at most one month (s.18), through a bank (s.25). A second source (azizlaw.blogspot.com) is on an http address and not stored. ${NO_START_DATE}`,
    },
  ],
};
