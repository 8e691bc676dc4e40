/** Singapore (research: fees-wages.md §5.7). Employment Act Part IV (hours and overtime). */
import type { CountryWageData, OvertimeFact } from '../schema.js';
import { NO_START_DATE, UNKNOWN_START, amount, source } from './source.js';

const SGD = (major: string) => amount('SGD', major);
const PART_IV_CEILINGS = '2019-04-01';

const HRW = source('Maid to order: Singapore (chapter 4)', 'https://www.hrw.org/reports/2005/singapore1205/4.htm', 'Human Rights Watch');
const SINGTEL = source('A guide to hiring in Singapore', 'https://www.singtel.com/business/articles/sme/A-guide-to-hiring-in-Singapore', 'Singtel');
const FRESHDESK = source('Working hours, rest days and public holidays', 'https://scailable.freshdesk.com/support/solutions/articles/154000109875-working-hours-rest-days-and-public-holidays', 'Scailable');
const KAYAROLL = source('Overtime pay in Singapore', 'https://blog.kayaroll.com/overtime-pay-in-singapore/', 'Kayaroll');

const CEILINGS =
  'Part IV covers workmen earning up to S$4,500 and other employees up to S$2,600 basic a month (since 2019-04-01, unverified); for non-workmen overtime pay is capped at the S$2,600 salary level (hourly S$13.60, unverified). Earlier periods are not covered.';

const overtime = (kind: OvertimeFact['kind'], rest: Partial<OvertimeFact>): OvertimeFact => ({
  id: `sg-ot-${kind}`,
  kind,
  workerCategories: ['general'],
  premium: { status: 'known', terms: [{ base: 'basic', percent: 150 }] },
  salaryCeiling: SGD('4500'),
  effectiveFrom: PART_IV_CEILINGS,
  sources: [KAYAROLL, FRESHDESK],
  verification: 'secondary',
  check: 'V2 / U',
  caveat: 'wages.caveat.sg.nonWorkmen',
  ...rest,
});

export const SINGAPORE: CountryWageData = {
  country: 'SG',
  currency: 'SGD',
  minimumWage: [
    {
      id: 'sg-minimum-none',
      workerCategories: ['general'],
      appliesBy: 'calendar',
      value: { kind: 'none', reason: 'wages.minimum.none.noGeneralMinimum' },
      effectiveFrom: UNKNOWN_START,
      sources: [],
      verification: 'unverified',
      check: 'U',
      note: `Singapore has no general minimum wage; the Progressive Wage Model and Local Qualifying Salary do not cover work-permit holders. Unverified in the research. ${NO_START_DATE}`,
    },
    {
      id: 'sg-minimum-domestic-excluded',
      workerCategories: ['domestic'],
      appliesBy: 'calendar',
      value: { kind: 'none', reason: 'wages.minimum.none.domesticExcluded' },
      effectiveFrom: UNKNOWN_START,
      sources: [HRW, SINGTEL],
      verification: 'secondary',
      check: 'V2',
      note: `The Employment Act excludes domestic workers (they fall under the Employment of Foreign Manpower Act). An embassy-set US$400 for Filipino household workers is an origin-country policy, not Singapore law. ${NO_START_DATE}`,
    },
  ],
  hourlyRate: [
    {
      id: 'sg-hourly',
      formula: { kind: 'weeks', weeksPerYear: 52, hoursPerWeek: 44 },
      effectiveFrom: UNKNOWN_START,
      sources: [],
      verification: 'unverified',
      check: 'U',
      note: `Hourly basic rate = 12 × monthly basic ÷ (52 × 44). Unverified in the research. ${NO_START_DATE}`,
    },
  ],
  dailyRate: [],
  overtime: [
    overtime('ordinary', { note: `Overtime is paid at least 1.5× the hourly basic rate; at most 72 overtime hours a month. ${CEILINGS}` }),
    overtime('night', {
      premium: { status: 'known', terms: [{ base: 'basic', percent: 150 }], sameAsOrdinary: true },
      verification: 'unverified',
      check: 'U',
      note: `The research gives no separate night premium, so night overtime is paid at the ordinary overtime rate (our reading, not verified). ${CEILINGS}`,
    }),
    overtime('restDay', {
      sources: [],
      verification: 'unverified',
      check: 'V2',
      note: `Work on a rest day at the employer's request: 2 days' basic pay (1 day if at most half the normal hours), plus 1.5× for overtime beyond normal hours; only that overtime is calculated here. The research's sources (acsa.sg, twc2.org.sg) are on http addresses and not stored. ${CEILINGS}`,
    }),
  ],
  deductionCaps: [],
  // No end-of-service rule is in the research for Singapore.
  gratuity: [],
  wagePayment: [
    {
      id: 'sg-payment',
      workerCategories: ['general'],
      withinDaysAfterPeriod: 7,
      effectiveFrom: UNKNOWN_START,
      sources: [SINGTEL],
      verification: 'secondary',
      check: 'V2',
      note: `Salary is paid at least monthly, within 7 days after the salary period; overtime pay within 14 days. A second source (twc2.org.sg, quoting the Ministry of Manpower) is on an http address and not stored. ${NO_START_DATE}`,
    },
  ],
};
