/**
 * Turns a condition's typed details into message parameters in the reader's locale: Money through
 * Intl currency formatting, ISO years/months/days through Intl dates (UTC), country codes into names.
 */
import { toUtc } from '../dates/index.js';
import { dateTimeFormat } from '../i18n/intl-cache.js';
import { countryName } from '../geo/index.js';
import type { Params } from '../i18n/index.js';
import { format as formatMoney } from '../money/index.js';
import type { Condition } from './schema.js';

export function formatConditionParams(condition: Condition, locale: string): Params {
  const out: Record<string, string | number | undefined> = { ...condition.params };
  for (const [name, amount] of Object.entries(condition.amounts ?? {})) out[name] = safely(() => formatMoney(amount, locale));
  for (const [name, date] of Object.entries(condition.dates ?? {})) out[name] = safely(() => formatIsoPart(date, locale));
  for (const [name, code] of Object.entries(condition.countries ?? {})) out[name] = countryName(code, locale);
  return out;
}

/** `2019` → "2019", `2020-10` → "October 2020", `2024-07-01` → "1 July 2024", each in `locale`. */
export function formatIsoPart(value: string, locale: string): string {
  const [year, month, day] = value.split('-');
  const date = toUtc(`${year}-${month ?? '01'}-${day ?? '01'}`);
  const options: Intl.DateTimeFormatOptions = day
    ? { year: 'numeric', month: 'long', day: 'numeric' }
    : month
      ? { year: 'numeric', month: 'long' }
      : { year: 'numeric' };
  return dateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(date);
}

/** A malformed value or unknown locale leaves the placeholder visible rather than breaking a page. */
function safely(fn: () => string): string | undefined {
  try {
    return fn();
  } catch {
    return undefined;
  }
}
