/**
 * Where a "leave this page" control may send the worker. A partner sets the address by attribute,
 * but anything that reaches `location.replace` must not run code: `javascript:` or `data:` URLs
 * would turn an exit into script injection. Only http(s), same-page relative URLs and
 * `about:blank` pass; anything else leaves to `about:blank`, because leaving matters most.
 */
export const NEUTRAL_EXIT = 'about:blank';

export function safeExitHref(value: string | null | undefined, base: string = location.href): string {
  const raw = (value ?? '').trim();
  if (!raw || raw === NEUTRAL_EXIT) return NEUTRAL_EXIT;
  try {
    const url = new URL(raw, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : NEUTRAL_EXIT;
  } catch {
    return NEUTRAL_EXIT;
  }
}
