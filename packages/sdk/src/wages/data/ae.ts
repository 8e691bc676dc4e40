/** United Arab Emirates, private sector (research: fees-wages.md §5.2). Federal Decree-Law 33/2021, in force 2022-02-02. */
import type { CountryWageData, OvertimeFact } from '../schema.js';
import { source } from './source.js';

const LAW_2021 = '2022-02-02';
const REGULATIONS_GAP = "Research gap 4: the Executive Regulations' rule for deriving a day's or an hour's wage is not in the research.";

const SCRIBD_LAW = source('Federal Decree-Law No. 33 of 2021 Regarding the Regulation of Employment Relationship and its amendments', 'https://www.scribd.com/document/706443923/Federal-Decree-Law-No-33-of-2021-Regarding-the-Regulation-of-Employment-Relationship-and-its-amendments-1', 'Scribd');
const UAE_HOURS = source('Working hours', 'https://u.ae/en/information-and-services/jobs/employment-in-the-private-sector/working-hours', 'The UAE Government portal (u.ae)');
const GULF_NEWS_OT = source('New UAE labour law: how is overtime calculated?', 'https://gulfnews.com/living-in-uae/ask-us/new-uae-labour-law-how-is-overtime-calculated-1.1639661532379', 'Gulf News');
const GULF_TODAY = source('UAE labour laws: all you need to know', 'https://www.gulftoday.ae/news/2021/12/14/uae-labour-laws-all-you-need-to-know-about-holidays-flexible-working-hour', 'Gulf Today');
const GRATUITY_CALC = source('Gratuity rules', 'https://gratuitycalculator.xyz/gratuity-rules.html', 'gratuitycalculator.xyz');
const ALWAST = source('UAE: cases of allowing employers to deduct the worker’s salary', 'https://en.alwast.net/arabnews/uae-cases-of-allowing-employers-to-%E2%80%9Cdeduct-the-worker%E2%80%99s-salary', 'Alwast (MOHRE campaign)');
const DUBAI_VIBES = source('UAE law: can the employer deduct any amount from workers’ wage?', 'https://dubaivibesmagazine.ae/uae-law-can-the-employer-deduct-any-amount-from-workers-wage', 'Dubai Vibes Magazine');

const overtime = (kind: OvertimeFact['kind'], percent: number, rest: Partial<OvertimeFact>): OvertimeFact => ({
  id: `ae-ot-${kind}`,
  kind,
  workerCategories: ['general'],
  premium: { status: 'known', terms: [{ base: 'basic', percent }] },
  effectiveFrom: LAW_2021,
  sources: [GULF_NEWS_OT, UAE_HOURS],
  verification: 'secondary',
  check: 'V2 / V',
  ...rest,
});

const deductions = { effectiveFrom: LAW_2021, sources: [ALWAST, DUBAI_VIBES], verification: 'secondary' as const, check: 'V2' };

export const UAE: CountryWageData = {
  country: 'AE',
  currency: 'AED',
  minimumWage: [
    {
      id: 'ae-minimum-none',
      workerCategories: ['general'],
      appliesBy: 'calendar',
      value: { kind: 'none', reason: 'wages.minimum.none.notSet' },
      effectiveFrom: LAW_2021,
      sources: [SCRIBD_LAW],
      verification: 'unverified',
      check: 'V2 / U',
      note: "Art. 27 of the law lets the Cabinet set a minimum wage; the research found no figure set. The stored source only shows Art. 27 in the law's table of contents.",
    },
  ],
  hourlyRate: [
    { id: 'ae-hourly', formula: { kind: 'days', daysPerMonth: 30, hoursPerDay: 8 }, effectiveFrom: LAW_2021, sources: [], verification: 'unverified', check: 'U', note: `Monthly basic ÷ 30 ÷ 8 (normal hours are 8 a day, Art. 17) is assumed. ${REGULATIONS_GAP}` },
  ],
  dailyRate: [{ id: 'ae-daily', daysPerMonth: 30, effectiveFrom: LAW_2021, sources: [], verification: 'unverified', check: 'U', note: `A day's basic wage is taken as monthly basic ÷ 30. ${REGULATIONS_GAP}` }],
  overtime: [
    overtime('ordinary', 125, { note: 'Art. 19: overtime pay is the basic wage for normal hours + at least 25 %. At most 2 hours of overtime a day and 144 hours in 3 weeks.' }),
    overtime('night', 150, {
      window: { from: '22:00', to: '04:00' },
      note: 'Art. 19: overtime between 22:00 and 04:00 is paid the basic wage + at least 50 %; shift workers are excepted. (The pre-2022 law used 21:00–04:00.)',
    }),
    overtime('restDay', 150, {
      sources: [],
      verification: 'unverified',
      check: 'U',
      note: 'Art. 19(4): a substitute rest day or the basic wage + at least 50 %. The stored Gulf News excerpt is cut off at (4); the value is from memory, consistent with the old law (research gap 4).',
    }),
  ],
  deductionCaps: [
    { id: 'ae-deductions-total', workerCategories: ['general'], appliesTo: 'total', cap: { kind: 'percent-of-wage', percent: 50 }, ...deductions, note: 'Art. 25 and the Executive Regulations: all deductions together may not exceed 50 % of the wage. Recovery of an over-payment is capped at 20 % (no matching kind here).' },
    { id: 'ae-deductions-disciplinary', workerCategories: ['general'], appliesTo: 'disciplinary', cap: { kind: 'percent-of-wage', percent: 5 }, ...deductions, note: 'Disciplinary penalties: at most 5 % of the wage.' },
    { id: 'ae-deductions-court', workerCategories: ['general'], appliesTo: 'court-order', cap: { kind: 'percent-of-wage', percent: 25 }, ...deductions, note: 'Court debts: at most 25 % of the wage; alimony may exceed this.' },
    { id: 'ae-deductions-recruitment', workerCategories: ['general'], appliesTo: 'recruitment-cost', cap: { kind: 'never' }, ...deductions, note: 'Art. 6(4): recruitment costs may never be deducted from the worker.' },
  ],
  gratuity: [
    {
      id: 'ae-gratuity',
      workerCategories: ['general'],
      base: 'basic',
      minServiceYears: 1,
      tiers: [
        { fromYear: 1, toYear: 5, perYear: { unit: 'days', days: 21 } },
        { fromYear: 6, perYear: { unit: 'days', days: 30 } },
      ],
      capMonths: 24,
      resignation: 'same',
      excludesUnpaidLeave: true,
      effectiveFrom: LAW_2021,
      sources: [GULF_TODAY, GRATUITY_CALC],
      verification: 'secondary',
      check: 'V2',
      note:
        "Art. 51: a full-time expatriate with at least one year of continuous service gets 21 days' basic wage per year for the first 5 years and 30 days per year after that, pro rata for part years; unpaid leave days are excluded. The total may not exceed two years' wages (taken here as 24 months of the basic wage). The old law's reductions on resignation are removed. Employment ending before 2022-02-02 is not covered.",
    },
  ],
  wagePayment: [
    {
      id: 'ae-payment',
      workerCategories: ['general'],
      effectiveFrom: LAW_2021,
      sources: [],
      verification: 'unverified',
      check: 'U',
      note: 'Wages are paid on the due date through the Wage Protection System; wages unpaid more than 15 days after the due date count as late (Executive Regulations). From memory in the research, not verified.',
    },
  ],
};
