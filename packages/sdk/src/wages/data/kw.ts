/** Kuwait (research: fees-wages.md §5.4). Private-sector Labour Law 6/2010; Ministerial Decision 14/2017. */
import type { CountryWageData, OvertimeFact } from '../schema.js';
import { amount, source, yearOnly } from './source.js';

const KWD = (major: string) => amount('KWD', major);
const LAW_2010 = '2011-01-01';

const KUWAIT_TIMES = source('KD 75 minimum wage', 'https://www.kuwaittimes.com/kd-75-minimum-wage/', 'Kuwait Times');
const KWENTONG_OFW = source('MOI (domestic workers)', 'https://kwentongofw.com/tag/moi', 'Kwentong OFW');
const YALLA_GCC = source('Kuwait labor law', 'https://yallagcc.com/kuwait-labor-law/', 'YallaGCC');
const KUWAIT_LABOR_LAW = source('Kuwait labor law, private sector, section 2', 'https://www.kuwaitlaborlaw.com/kuwait-labor-law-private-sector-section-2/', 'kuwaitlaborlaw.com');

const REGULAR_RATE = "The law's 'regular rate' is not defined in the research, so the basic wage is used (it never over-claims).";

const overtime = (kind: OvertimeFact['kind'], percent: number, rest: Partial<OvertimeFact>): OvertimeFact => ({
  id: `kw-ot-${kind}`,
  kind,
  workerCategories: ['general'],
  premium: { status: 'known', terms: [{ base: 'basic', percent }] },
  effectiveFrom: LAW_2010,
  sources: [YALLA_GCC],
  verification: 'secondary',
  check: 'V2',
  ...rest,
});

export const KUWAIT: CountryWageData = {
  country: 'KW',
  currency: 'KWD',
  minimumWage: [
    {
      id: 'kw-minimum-general',
      workerCategories: ['general'],
      appliesBy: 'new-or-renewed-contract',
      value: { kind: 'monthly', basic: KWD('75'), comparedWith: 'total-pay' },
      effectiveFrom: '2017-06-05',
      sources: [KUWAIT_TIMES],
      verification: 'secondary',
      check: 'V2',
      note: 'Ministerial Decision 14/2017: KD 75 a month in the private and oil sectors, for new or renewed contracts. The date is when it was announced (about 2017-06-05). Two more sources in the research are on http addresses and not stored.',
    },
    {
      id: 'kw-minimum-domestic',
      workerCategories: ['domestic'],
      appliesBy: 'calendar',
      value: { kind: 'monthly', basic: KWD('60'), comparedWith: 'total-pay' },
      effectiveFrom: '2017-01-01',
      sources: [KUWAIT_TIMES, KWENTONG_OFW],
      verification: 'secondary',
      check: 'V2',
      note: `KD 60 a month for domestic workers (Interior Ministry decision). ${yearOnly(2016)}`,
    },
  ],
  hourlyRate: [
    { id: 'kw-hourly', formula: { kind: 'days', daysPerMonth: 30, hoursPerDay: 8 }, effectiveFrom: LAW_2010, sources: [], verification: 'unverified', check: 'U', note: 'The research gives no rule for deriving an hourly rate in Kuwait; monthly ÷ 30 ÷ 8 (normal hours are 8 a day) is assumed.' },
  ],
  dailyRate: [{ id: 'kw-daily', daysPerMonth: 30, effectiveFrom: LAW_2010, sources: [], verification: 'unverified', check: 'U', note: "The research does not say how a day's pay is derived in Kuwait; monthly ÷ 30 is used (not verified)." }],
  overtime: [
    overtime('ordinary', 125, { note: `Overtime is paid 125 % of the regular rate; at most 2 hours a day, 3 days a week, 90 days and 180 hours a year, on a written order. ${REGULAR_RATE} ${yearOnly(2010)}` }),
    overtime('night', 125, {
      premium: { status: 'known', terms: [{ base: 'basic', percent: 125 }], sameAsOrdinary: true },
      verification: 'unverified',
      check: 'U',
      note: `The research gives no separate night premium, so night overtime is paid at the ordinary overtime rate (our reading, not verified). ${yearOnly(2010)}`,
    }),
    overtime('restDay', 150, { note: `Work on the rest day: + 50 % and a substitute day off. ${REGULAR_RATE} ${yearOnly(2010)}` }),
    overtime('publicHoliday', 200, { sources: [], verification: 'unverified', check: 'U', note: `Work on a public holiday: double pay and a substitute day. From memory in the research, not verified. ${yearOnly(2010)}` }),
  ],
  deductionCaps: [
    { id: 'kw-deductions-loan', workerCategories: ['general'], appliesTo: 'loan', cap: { kind: 'percent-of-wage', percent: 10 }, effectiveFrom: LAW_2010, sources: [KUWAIT_LABOR_LAW], verification: 'secondary', check: 'V2', note: `A debt to the employer may be recovered at no more than 10 % of the salary, without interest. ${yearOnly(2010)}` },
    { id: 'kw-deductions-court', workerCategories: ['general'], appliesTo: 'court-order', cap: { kind: 'percent-of-wage', percent: 25 }, effectiveFrom: LAW_2010, sources: [KUWAIT_LABOR_LAW], verification: 'secondary', check: 'V2', note: `Attachment for a third party's debt: at most 25 % of the salary. ${yearOnly(2010)}` },
  ],
  gratuity: [
    {
      id: 'kw-indemnity',
      workerCategories: ['general'],
      base: 'unspecified',
      minServiceYears: 0,
      tiers: [
        { fromYear: 1, toYear: 5, perYear: { unit: 'days', days: 15 } },
        { fromYear: 6, perYear: { unit: 'months', months: { num: 1, den: 1 } } },
      ],
      capMonths: 18,
      resignation: 'unknown',
      effectiveFrom: LAW_2010,
      sources: [],
      verification: 'unverified',
      check: 'V2',
      note:
        "Art. 51, monthly-paid workers: 15 days' pay per year for the first 5 years, one month per year after that, at most 1.5 years' pay (daily, hourly and piece-rate workers: 10 and 15 days). " +
        "The research's only source (lexarabiae.meyer-reumann.com, January 2011) is on an http address and cannot be stored, so this is marked unverified. Reductions on resignation and a minimum service are not in the research. " +
        yearOnly(2010),
    },
  ],
  wagePayment: [],
};
