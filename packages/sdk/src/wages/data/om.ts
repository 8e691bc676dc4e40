/** Oman (research: fees-wages.md §5.5). Labour Law, Royal Decree 53/2023. Only overtime is in the research. */
import type { CountryWageData, OvertimeFact } from '../schema.js';
import { source, yearOnly } from './source.js';

const LAW_2023 = '2024-01-01';
const JAGRAN_JOSH = source('New labour laws in Oman for the welfare of workers', 'https://www.jagranjosh.com/current-affairs/new-labour-laws-in-oman-for-the-welfare-of-workers-1321860904-1', 'Jagran Josh');

const overtime = (kind: OvertimeFact['kind'], percent: number, what: string): OvertimeFact => ({
  id: `om-ot-${kind}`,
  kind,
  workerCategories: ['general'],
  premium: { status: 'known', terms: [{ base: 'basic', percent }] },
  effectiveFrom: LAW_2023,
  sources: [JAGRAN_JOSH],
  verification: 'secondary',
  check: 'V2 ⚠',
  caveat: 'wages.caveat.om.datesUnclear',
  note: `${what}; the working day may not exceed 12 hours in total. The source's dates are unclear. ${yearOnly(2023)}`,
});

export const OMAN: CountryWageData = {
  country: 'OM',
  currency: 'OMR',
  minimumWage: [],
  hourlyRate: [
    { id: 'om-hourly', formula: { kind: 'days', daysPerMonth: 30, hoursPerDay: 8 }, effectiveFrom: LAW_2023, sources: [], verification: 'unverified', check: 'U', note: 'The research gives no rule for deriving an hourly rate in Oman; monthly ÷ 30 ÷ 8 is assumed.' },
  ],
  dailyRate: [],
  overtime: [
    overtime('ordinary', 125, 'Daytime overtime: the basic wage + 25 %'),
    overtime('night', 150, 'Night overtime: the basic wage + 50 % (the night hours are not in the research)'),
  ],
  deductionCaps: [],
  // End-of-service for expatriates: weak sources disagree (research: U), so not covered.
  gratuity: [],
  wagePayment: [],
};
