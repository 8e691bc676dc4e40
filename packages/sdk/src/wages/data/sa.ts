/** Saudi Arabia (research: fees-wages.md §5.3). Labour Law, Royal Decree M/51 of 1426H; amendments in force 2025-02-19. */
import type { CountryWageData, OvertimeFact } from '../schema.js';
import { NO_START_DATE, UNKNOWN_START, source } from './source.js';

const AMENDMENTS_2025 = '2025-02-19';

const HRSD_OT = source('Overtime (Labour Law Art. 107)', 'https://www.hrsd.gov.sa/en/knowledge-centre/articles/313', 'Ministry of Human Resources and Social Development');
const SAUDI_EXPATRIATES = source('Overtime in the labour law of KSA', 'https://www.saudi-expatriates.com/2015/09/overtime-labour-law-in-ksa.html', 'saudi-expatriates.com');
const STA = source("Key amendments to Saudi Arabia's labour law", 'https://www.stalawfirm.com/en/blogs/view/key-amendments-to-saudi-arabias-labour-law250415120220', 'STA Law Firm');
const LAW_MIDDLE_EAST = source('Key developments in KSA labour law: what employers need to know', 'https://dev.law-middleeast.com/key-developments-in-ksa-labour-law-what-employers-need-to-know', 'Law Middle East');
const SHURA = source('Amendments to the Saudi labor law 2025', 'https://www.shuralawfirm.com/amendments-to-the-saudi-labor-law-2025/', 'Shura Law Firm');
const ETMAAM = source('End-of-service award', 'https://etmaam.com.sa/changelanguage/en?redirect=blog%2F367', 'Etmaam');
const GOLDZAKAT = source('KSA end-of-service calculator', 'https://www.goldzakatcalc.com/ksa-eos-calculator.html', 'goldzakatcalc.com');
const SAUDI_GAZETTE = source('Saudi Gazette: wages, rest and deductions', 'https://sauress.com/en/saudigazette/1576176', 'Saudi Gazette (via Sauress)');

const ART_107 = 'Art. 107: for each overtime hour, an additional amount equal to the hourly wage plus 50 % of the basic hourly wage; hours beyond the weekly standard are overtime.';
const LEAVE_INSTEAD = 'From 2025-02-19 overtime may be compensated with paid leave instead of cash if the worker consents (secondary sources; one says 2025-02-18).';
const TERMS = [
  { base: 'wage', percent: 100 },
  { base: 'basic', percent: 50 },
] as const;

/** The Art. 107 rule for one kind of hours, before and after the 2025 amendments (which added leave instead of cash). */
function overtime(kind: OvertimeFact['kind'], extra: Pick<OvertimeFact, 'verification' | 'note'> & { sameAsOrdinary?: boolean }): OvertimeFact[] {
  const base = {
    kind,
    workerCategories: ['general'] as OvertimeFact['workerCategories'],
    premium: { status: 'known' as const, terms: TERMS.map((t) => ({ ...t })), ...(extra.sameAsOrdinary ? { sameAsOrdinary: true } : {}) },
    verification: extra.verification,
    check: extra.verification === 'official' ? 'V' : 'U',
  };
  return [
    { ...base, id: `sa-ot-${kind}`, effectiveFrom: UNKNOWN_START, effectiveTo: '2025-02-18', sources: [HRSD_OT], note: `${extra.note} ${NO_START_DATE}` },
    { ...base, id: `sa-ot-${kind}-2025`, effectiveFrom: AMENDMENTS_2025, sources: [HRSD_OT, STA, LAW_MIDDLE_EAST, SHURA], caveat: 'wages.caveat.sa.overtimeAsLeave', note: `${extra.note} ${LEAVE_INSTEAD}` },
  ];
}

export const SAUDI_ARABIA: CountryWageData = {
  country: 'SA',
  currency: 'SAR',
  minimumWage: [
    {
      id: 'sa-minimum-none',
      workerCategories: ['general'],
      appliesBy: 'calendar',
      value: { kind: 'none', reason: 'wages.minimum.none.nonNationals' },
      effectiveFrom: UNKNOWN_START,
      sources: [],
      verification: 'unverified',
      check: 'U',
      note: `No minimum wage for non-Saudi workers: from memory in the research, no stored source. ${NO_START_DATE}`,
    },
  ],
  hourlyRate: [
    {
      id: 'sa-hourly',
      formula: { kind: 'days', daysPerMonth: 30, hoursPerDay: 8 },
      effectiveFrom: UNKNOWN_START,
      sources: [SAUDI_EXPATRIATES],
      verification: 'secondary',
      check: 'V2 (practice)',
      note: 'Hourly = monthly ÷ 30 ÷ 8 is a common practice reported by a secondary source, not the text of the law.',
    },
  ],
  dailyRate: [],
  overtime: [
    ...overtime('ordinary', { verification: 'official', note: ART_107 }),
    ...overtime('publicHoliday', { verification: 'official', note: `${ART_107} All hours worked on holidays and Eids are overtime.` }),
    ...overtime('night', {
      verification: 'unverified',
      sameAsOrdinary: true,
      note: `${ART_107} The research gives no separate night premium, so night overtime is paid at the Art. 107 rate (our reading, not verified).`,
    }),
  ],
  deductionCaps: [
    { id: 'sa-deductions-loan', workerCategories: ['general'], appliesTo: 'loan', cap: { kind: 'percent-of-wage', percent: 10 }, effectiveFrom: UNKNOWN_START, sources: [SAUDI_GAZETTE], verification: 'secondary', check: 'V2', note: `Art. 92/93: recovery of a loan may not exceed 10 % of the wage. ${NO_START_DATE}` },
    { id: 'sa-deductions-total', workerCategories: ['general'], appliesTo: 'total', cap: { kind: 'percent-of-wage', percent: 50 }, effectiveFrom: UNKNOWN_START, sources: [], verification: 'unverified', check: 'U', note: `An overall cap of half the wage is given in the research as unverified (research gap 7). ${NO_START_DATE}` },
  ],
  gratuity: [
    {
      id: 'sa-eos',
      workerCategories: ['general'],
      base: 'wage',
      minServiceYears: 0,
      tiers: [
        { fromYear: 1, toYear: 5, perYear: { unit: 'months', months: { num: 1, den: 2 } } },
        { fromYear: 6, perYear: { unit: 'months', months: { num: 1, den: 1 } } },
      ],
      resignation: [
        { minYears: 0, factor: { num: 0, den: 1 } },
        { minYears: 2, factor: { num: 1, den: 3 } },
        { minYears: 5, factor: { num: 2, den: 3 } },
        { minYears: 10, factor: { num: 1, den: 1 } },
      ],
      effectiveFrom: UNKNOWN_START,
      sources: [ETMAAM, GOLDZAKAT],
      verification: 'secondary',
      check: 'V2',
      note:
        "Art. 84: half a month's wage per year for the first 5 years and one month's wage per year after that, on the last wage, pro rata for part years. Art. 85, on resignation: nothing under 2 years, one third for 2–5 years, two thirds for 5–10 years, the full award from 10 years. " +
        `Research gap 7: the base wage under the 2025 amendments is not confirmed. ${NO_START_DATE}`,
    },
  ],
  wagePayment: [],
};
