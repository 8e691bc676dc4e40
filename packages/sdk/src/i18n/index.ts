/**
 * Localisation machinery shared by every consumer: the supported locales, locale matching,
 * message formatting through Intl, and the mapping from validation issues to message ids.
 * Catalogues themselves live in `@migrant-rights/sdk/locales/<locale>/<domain>`.
 */

import { numberFormat, pluralRules } from './intl-cache.js';

export * from './intl-cache.js';

export const LOCALES = ['en', 'ar', 'ne', 'bn', 'hi', 'id', 'fil'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

export interface LocaleInfo {
  /** Name of the language in itself, for a language picker. */
  nativeName: string;
  dir: 'ltr' | 'rtl';
}

export const LOCALE_INFO: Readonly<Record<Locale, LocaleInfo>> = {
  en: { nativeName: 'English', dir: 'ltr' },
  ar: { nativeName: 'العربية', dir: 'rtl' },
  ne: { nativeName: 'नेपाली', dir: 'ltr' },
  bn: { nativeName: 'বাংলা', dir: 'ltr' },
  hi: { nativeName: 'हिन्दी', dir: 'ltr' },
  id: { nativeName: 'Bahasa Indonesia', dir: 'ltr' },
  fil: { nativeName: 'Filipino', dir: 'ltr' },
};

/** Old or alternative tags people's devices still send, mapped to ours. */
const ALIASES: Readonly<Record<string, Locale>> = { tl: 'fil', in: 'id', npi: 'ne' };

/**
 * Picks our locale for a BCP 47 tag. Exact tag first, then the language subtag split at '-'
 * (never the first two letters: `fil` stays Filipino and `fi` does not become `fil`).
 */
export function matchLocale(tag: string | null | undefined): Locale {
  if (!tag) return DEFAULT_LOCALE;
  const lower = tag.trim().toLowerCase().replace(/_/g, '-');
  if ((LOCALES as readonly string[]).includes(lower)) return lower as Locale;
  const language = lower.split('-')[0] ?? '';
  if ((LOCALES as readonly string[]).includes(language)) return language as Locale;
  return ALIASES[language] ?? DEFAULT_LOCALE;
}

export function isLocale(tag: unknown): tag is Locale {
  return typeof tag === 'string' && (LOCALES as readonly string[]).includes(tag);
}

export function directionOf(locale: Locale): 'ltr' | 'rtl' {
  return LOCALE_INFO[locale].dir;
}

/**
 * The `lang` that applies to a node: the nearest ancestor's `lang` attribute, walking up
 * through shadow roots to their hosts, as the HTML language rules do, then the document's.
 */
export function nearestLang(node: Node | null): string | undefined {
  let current: Node | null = node;
  while (current) {
    if (current.nodeType === 1) {
      const lang = (current as Element).getAttribute('lang');
      if (lang) return lang;
    }
    const parent: Node | null = current.parentNode;
    current = parent && parent.nodeType === 11 && 'host' in parent ? (parent as ShadowRoot).host : parent;
  }
  return undefined;
}

/** A message with forms per plural category of its `count` parameter (or its first numeric placeholder). */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Message = string | PluralForms;
export type Catalogue = Readonly<Record<string, Message>>;

export interface CatalogueModule {
  default: Catalogue;
  /** False until a native speaker has reviewed the translation. */
  reviewed: boolean;
}

export type Params = Readonly<Record<string, string | number | undefined>>;

/**
 * Fills `{name}` placeholders. Numbers go through Intl.NumberFormat in `locale` (so Arabic and
 * Nepali readers see their digits where their locale uses them); strings are inserted as text.
 */
export function formatMessage(message: Message, params: Params = {}, locale: string = DEFAULT_LOCALE): string {
  let template: string;
  if (typeof message === 'string') template = message;
  else {
    // Plural forms follow `count`, or else the first numeric placeholder of the message
    // (e.g. "{months} months"), so "1 month" is never "1 months".
    const selector = params.count !== undefined ? 'count' : [...message.other.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).find((n) => typeof params[n] === 'number');
    const count = Number(selector ? params[selector] : 0);
    const category = pluralRules(locale).select(count);
    template = message[category] ?? message.other;
  }
  const nf = numberFormat(locale);
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? nf.format(value) : value;
  });
}

export interface Translation {
  text: string;
  /** The locale the text is actually in (English when the requested catalogue lacks the id). */
  locale: string;
  /** True when the text fell back to English, so a widget can mark it as untranslated. */
  fallback: boolean;
}

/**
 * Looks `id` up in the reader's catalogues, then English. An unknown id returns the id itself,
 * so a missing message is visible in tests rather than an empty string.
 */
export function translate(
  id: string,
  params: Params,
  locale: string,
  catalogues: readonly Catalogue[],
  english: readonly Catalogue[],
): Translation {
  for (const c of catalogues) {
    const m = c[id];
    if (m !== undefined) return { text: formatMessage(m, params, locale), locale, fallback: false };
  }
  for (const c of english) {
    const m = c[id];
    // English words, but numbers in the reader's digits, like the rest of the page.
    if (m !== undefined) return { text: formatMessage(m, params, locale), locale: 'en', fallback: locale !== 'en' };
  }
  return { text: id, locale: 'en', fallback: true };
}

/** Free text that is itself data (a body's name, a step), localised where we have it. */
export type LocalisedText = { en: string } & Partial<Record<Locale, string>>;

export function pickText(text: LocalisedText, locale: Locale): Translation {
  const t = text[locale];
  return t ? { text: t, locale, fallback: false } : { text: text.en, locale: 'en', fallback: locale !== 'en' };
}

/** A code plus parameters: how the SDK speaks, so that any consumer can say it in any locale. */
export interface Coded {
  code: string;
  params?: Params;
}

/** The shape of a validation issue we map (zod 4 and zod/mini issues have it). */
export interface IssueLike {
  code: string;
  path: readonly PropertyKey[];
  input?: unknown;
  minimum?: unknown;
  maximum?: unknown;
  format?: string;
  params?: Record<string, unknown>;
}

/**
 * Maps a validation issue to a message id of ours (`error.*`), never zod's English text.
 * Custom refinements carry their own id in `params.code`. Pass the validated `root` input so a
 * missing value can be told from a wrong one.
 */
export function issueToCoded(issue: IssueLike, root?: unknown): Coded & { field: string } {
  const field = issue.path.map(String).join('.');
  // zod only reports the offending input when asked to; read it from the root input by path.
  const input = 'input' in issue ? issue.input : valueAt(root, issue.path);
  const custom = issue.params?.code;
  if (typeof custom === 'string') return { code: custom, field, params: issue.params as Params };
  switch (issue.code) {
    case 'invalid_type':
      return { code: input === undefined || input === '' ? 'error.required' : 'error.invalid', field };
    case 'too_small':
      return { code: 'error.tooSmall', field, params: { minimum: Number(issue.minimum) } };
    case 'too_big':
      return { code: 'error.tooBig', field, params: { maximum: Number(issue.maximum) } };
    case 'invalid_format':
      return { code: issue.format === 'date' ? 'error.date' : 'error.format', field };
    case 'invalid_value':
      return { code: 'error.choice', field };
    default:
      return { code: 'error.invalid', field };
  }
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}
