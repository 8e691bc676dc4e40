/** Countries as ISO 3166-1 alpha-2 codes; names come from Intl.DisplayNames in the reader's language. */

import { displayNames } from '../i18n/intl-cache.js';

/** Destination countries the wage rules cover fully. */
export const DESTINATIONS = ['QA', 'AE', 'SA', 'KW', 'BH', 'OM', 'MY', 'SG', 'HK'] as const;
export type Destination = (typeof DESTINATIONS)[number];

/** Countries of origin the SDK knows support channels and fee caps for. */
export const ORIGINS = ['PH', 'NP', 'BD', 'ID', 'LK', 'IN', 'PK', 'VN', 'KH', 'MM'] as const;
export type Origin = (typeof ORIGINS)[number];

/** The national currency of each country we carry data for (ISO 4217). */
export const CURRENCY_OF: Readonly<Record<string, string>> = {
  QA: 'QAR', AE: 'AED', SA: 'SAR', KW: 'KWD', BH: 'BHD', OM: 'OMR', MY: 'MYR', SG: 'SGD', HK: 'HKD',
  PH: 'PHP', NP: 'NPR', BD: 'BDT', ID: 'IDR', LK: 'LKR', IN: 'INR', PK: 'PKR', VN: 'VND', KH: 'KHR', MM: 'MMK',
  TW: 'TWD', JP: 'JPY', KR: 'KRW', TH: 'THB', US: 'USD',
};

export function isCountryCode(code: unknown): code is string {
  return typeof code === 'string' && /^[A-Z]{2}$/.test(code);
}

export function isDestination(code: unknown): code is Destination {
  return (DESTINATIONS as readonly unknown[]).includes(code);
}

/** The country's name in `locale`, or the code itself where the runtime has no name for it. */
export function countryName(code: string, locale: string): string {
  try {
    return displayNames([locale, 'en'], { type: 'region', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The currency's name in `locale` (e.g. "Qatari riyal"), or the code. */
export function currencyName(code: string, locale: string): string {
  try {
    return displayNames([locale, 'en'], { type: 'currency', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}
