/**
 * A CSV that HURIDOCS Uwazi's "Import CSV" accepts into a case template (the one the Justice for
 * Wage Theft campaign runs is "JFWT-Uwazi"; its field list is not public, so UWAZI_TEMPLATE below is
 * ours and README.md says how to create it). Uwazi matches a column to a property by the property's
 * name, separates multiple values with `|`, reads dates as YYYY-MM-DD and date ranges as `from:to`
 * (huridocs/uwazi app/api/csv/typeParsers.ts and csvDefinitions.ts).
 *
 * Direct identifiers and the pseudonym are never written: the title is the random case id.
 */
import Papa from 'papaparse';
import { toDecimalString, type Money } from '../money/index.js';
import { firstDayOf, lastDayOf, type PartialDate } from './partial-date.js';
import { FORCED_LABOUR_INDICATORS, WAGE_THEFT_VIOLATIONS, type Case } from './schema.js';

/** Uwazi property types used here (a subset of app/shared/propertyTypes.ts). */
export type UwaziPropertyType = 'text' | 'numeric' | 'select' | 'multiselect' | 'date' | 'multidate' | 'daterange';

export interface UwaziProperty {
  name: string;
  type: UwaziPropertyType;
}

/** The template's properties, in column order after `title`. `wages_lost_<currency>` columns are added per currency present. */
export const UWAZI_TEMPLATE: readonly UwaziProperty[] = [
  { name: 'violation_types', type: 'multiselect' },
  { name: 'forced_labour_indicators', type: 'multiselect' },
  { name: 'violation_period', type: 'daterange' },
  { name: 'country_of_destination', type: 'select' },
  { name: 'city', type: 'text' },
  { name: 'country_of_origin', type: 'select' },
  { name: 'nationality', type: 'select' },
  { name: 'sector', type: 'select' },
  { name: 'occupation', type: 'text' },
  { name: 'gender', type: 'select' },
  { name: 'age_band', type: 'select' },
  { name: 'migration_status', type: 'select' },
  { name: 'recruiter', type: 'text' },
  { name: 'sub_agent', type: 'text' },
  { name: 'departure_date', type: 'date' },
  { name: 'arrival_date', type: 'date' },
  { name: 'contract_signed', type: 'date' },
  { name: 'contract_substituted', type: 'select' },
  { name: 'basic_monthly_wage', type: 'numeric' },
  { name: 'basic_monthly_wage_currency', type: 'select' },
  { name: 'complaint_bodies', type: 'multiselect' },
  { name: 'complaint_dates', type: 'multidate' },
  { name: 'complaint_outcomes', type: 'multiselect' },
  { name: 'referrals', type: 'multiselect' },
  { name: 'status', type: 'select' },
  { name: 'consent_scope', type: 'select' },
  { name: 'consent_date', type: 'date' },
];

export interface UwaziExportOptions {
  /**
   * The thesaurus label for a select value, e.g. a country name or a translated violation name.
   * Defaults to the SDK's own ids (`unpaid-wages`, `QA`), which a thesaurus can use as labels.
   */
  label?: (property: string, value: string) => string;
  bom?: boolean;
}

const MULTI = '|';
const WAGE_THEFT: readonly string[] = WAGE_THEFT_VIOLATIONS;
const INDICATORS: readonly string[] = FORCED_LABOUR_INDICATORS;

export function wagesLostColumn(currency: string): string {
  return `wages_lost_${currency.toLowerCase()}`;
}

export function casesToUwaziCsv(cases: readonly Case[], { label = (_p, v) => v, bom = true }: UwaziExportOptions = {}): string {
  const currencies = [...new Set(cases.flatMap((c) => wagesLost(c).map((m) => m.currency)))].sort();
  const fields = ['title', ...UWAZI_TEMPLATE.map((p) => p.name), ...currencies.map(wagesLostColumn)];
  const select = (property: string, value: string | undefined) => (value === undefined ? '' : label(property, value));
  const multi = (property: string, values: readonly string[]) =>
    [...new Set(values)].map((v) => label(property, v).replaceAll(MULTI, '/')).join(MULTI);

  const data = cases.map((c) => {
    const { worker, journey } = c;
    const types = c.violations.map((v) => v.type);
    const lost = new Map(wagesLost(c).map((m) => [m.currency, toDecimalString(m)]));
    const row: Record<string, string> = {
      title: c.id,
      violation_types: multi('violation_types', types),
      forced_labour_indicators: multi('forced_labour_indicators', types.filter((t) => INDICATORS.includes(t))),
      violation_period: violationPeriod(c),
      country_of_destination: select('country_of_destination', journey.destination),
      city: journey.destinationPlace ?? '',
      country_of_origin: select('country_of_origin', journey.origin),
      nationality: select('nationality', worker.nationality),
      sector: select('sector', worker.sector),
      occupation: worker.occupation ?? '',
      gender: select('gender', worker.gender),
      age_band: select('age_band', worker.ageBand),
      migration_status: select('migration_status', worker.migrationStatus),
      recruiter: journey.recruiter ?? '',
      sub_agent: journey.subAgent ?? '',
      departure_date: day(journey.departureOn),
      arrival_date: day(journey.arrivalOn),
      contract_signed: day(journey.contract?.signedOn),
      contract_substituted: select('contract_substituted', journey.contract?.substituted === undefined ? undefined : journey.contract.substituted ? 'yes' : 'no'),
      basic_monthly_wage: journey.contract?.basicMonthly ? toDecimalString(journey.contract.basicMonthly) : '',
      basic_monthly_wage_currency: select('basic_monthly_wage_currency', journey.contract?.basicMonthly?.currency),
      complaint_bodies: multi('complaint_bodies', c.actions.map((a) => a.body)),
      complaint_dates: c.actions.map((a) => firstDayOf(a.filedOn)).join(MULTI),
      complaint_outcomes: multi('complaint_outcomes', c.actions.map((a) => a.outcome)),
      referrals: multi('referrals', c.referrals.map((r) => r.kind)),
      status: select('status', c.status),
      consent_scope: select('consent_scope', c.consent.scope),
      consent_date: day(c.consent.givenOn),
    };
    for (const currency of currencies) row[wagesLostColumn(currency)] = lost.get(currency) ?? '';
    return fields.map((f) => row[f] ?? '');
  });
  // Text that a spreadsheet would run as a formula gets a leading ' (Uwazi keeps it as text).
  return (bom ? '\uFEFF' : '') + Papa.unparse({ fields, data }, { quotes: true, newline: '\r\n', escapeFormulae: /^[=+\-@\t\r]/ });
}

/** Uwazi dates are days: a month or year stands for its first day. */
function day(date: PartialDate | undefined): string {
  return date === undefined ? '' : firstDayOf(date);
}

/** From the first day of the earliest violation to the last day of the latest; open-ended while one is ongoing. */
function violationPeriod(c: Case): string {
  const periods = c.violations.flatMap((v) => (v.period ? [v.period] : []));
  if (periods.length === 0) return '';
  const from = periods.map((p) => firstDayOf(p.from)).sort()[0]!;
  const ongoing = periods.some((p) => p.to === undefined);
  const to = ongoing ? '' : periods.map((p) => lastDayOf(p.to!)).sort().at(-1)!;
  return `${from}:${to}`;
}

function wagesLost(c: Case): Money[] {
  const totals = new Map<string, number>();
  for (const v of c.violations) {
    if (v.amount && WAGE_THEFT.includes(v.type)) totals.set(v.amount.currency, (totals.get(v.amount.currency) ?? 0) + v.amount.minor);
  }
  return [...totals].map(([currency, minor]) => ({ currency, minor }));
}
