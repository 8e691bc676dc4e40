import type { Money } from '@migrant-rights/sdk/money';
import type { LocalizeController } from './localize.js';

/** A code plus parameters as the SDK returns it (`{ code, params }`). */
export interface CodedLike {
  code: string;
  params?: Readonly<Record<string, unknown>> | undefined;
}

/**
 * Formats SDK params for a message: Money objects, ISO dates and months become localised text;
 * exact decimal strings ("2.28", "36.5") become numbers in the reader's digits with the same
 * decimals; a country code under a `…country…` key becomes the country's name.
 */
export function formatParams(params: Readonly<Record<string, unknown>>, l10n: LocalizeController): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params)) {
    if (value && typeof value === 'object' && 'currency' in value && 'minor' in value) out[key] = l10n.money(value as Money);
    else if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) out[key] = l10n.date(value);
    else if (typeof value === 'string' && /^\d{4}-\d{2}$/.test(value)) out[key] = l10n.date(`${value}-01`, { year: 'numeric', month: 'long' });
    else if (typeof value === 'string' && /^\d{1,15}\.\d{1,9}$/.test(value)) out[key] = localDecimal(value, l10n);
    else if (typeof value === 'string' && /^[A-Z]{2}$/.test(value) && key.toLowerCase().includes('country')) out[key] = l10n.country(value);
    else if (typeof value === 'number' || typeof value === 'string') out[key] = value;
  }
  return out;
}

/** An exact decimal string shown in the reader's digits, keeping its number of decimals. */
export function localDecimal(value: string, l10n: LocalizeController): string {
  const decimals = value.split('.')[1]?.length ?? 0;
  // Intl accepts exact decimal strings, so no float rounding happens on the way.
  return l10n.number(value as unknown as number, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

/**
 * Says a code in the reader's language. A code with no message anywhere (never expected: every
 * SDK code has an English message) falls back to `fallback` rather than showing the raw code.
 */
export function sayCoded(l10n: LocalizeController, coded: CodedLike, fallback?: string): string {
  const message = l10n.message(coded.code, formatParams(coded.params ?? {}, l10n));
  if (message.text === coded.code && fallback) return l10n.t(fallback);
  return message.text;
}
