/**
 * Intl objects, built once per locale and options. Building one costs up to a millisecond on a
 * cheap phone, and a widget formats hundreds of numbers, plurals, names and dates per render; a
 * profile of the wage calculator showed ~70% of a redraw spent constructing them. Memory only,
 * never storage; bounded so a page that cycles through odd locales cannot grow it without end.
 */
const MAX_ENTRIES = 512;
const cache = new Map<string, unknown>();

function cached<T>(kind: string, locales: string | readonly string[], options: object | undefined, make: () => T): T {
  const key = `${kind}|${Array.isArray(locales) ? locales.join(',') : locales}|${options ? JSON.stringify(options) : ''}`;
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = make(); // throws on an invalid locale or option, exactly as the constructor does, and caches nothing
    if (cache.size >= MAX_ENTRIES) cache.clear();
    cache.set(key, value);
  }
  return value;
}

export function numberFormat(locale: string | readonly string[], options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached('number', locale, options, () => new Intl.NumberFormat(locale as string | string[], options));
}
export function pluralRules(locale: string | readonly string[], options?: Intl.PluralRulesOptions): Intl.PluralRules {
  return cached('plural', locale, options, () => new Intl.PluralRules(locale as string | string[], options));
}
export function dateTimeFormat(locale: string | readonly string[], options?: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached('date', locale, options, () => new Intl.DateTimeFormat(locale as string | string[], options));
}
export function displayNames(locale: string | readonly string[], options: Intl.DisplayNamesOptions): Intl.DisplayNames {
  return cached('names', locale, options, () => new Intl.DisplayNames(locale as string | string[], options));
}
export function collator(locale: string | readonly string[], options?: Intl.CollatorOptions): Intl.Collator {
  return cached('collator', locale, options, () => new Intl.Collator(locale as string | string[], options));
}
export function listFormat(locale: string | readonly string[], options?: Intl.ListFormatOptions): Intl.ListFormat {
  return cached('list', locale, options, () => new Intl.ListFormat(locale as string | string[], options));
}
