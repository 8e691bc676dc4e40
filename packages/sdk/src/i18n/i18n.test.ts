import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { formatMessage, issueToCoded, matchLocale, nearestLang, translate, LOCALES, type Catalogue } from './index.js';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

describe('matchLocale', () => {
  it('matches exact tags, then the language subtag, and never reads fi as fil', () => {
    expect(matchLocale('fil')).toBe('fil');
    expect(matchLocale('fil-PH')).toBe('fil');
    expect(matchLocale('tl')).toBe('fil');
    expect(matchLocale('fi')).toBe('en');
    expect(matchLocale('fi-FI')).toBe('en');
    expect(matchLocale('ar-QA')).toBe('ar');
    expect(matchLocale('ne_NP')).toBe('ne');
    expect(matchLocale('in')).toBe('id');
    expect(matchLocale('')).toBe('en');
    expect(matchLocale(undefined)).toBe('en');
  });
});

describe('formatMessage', () => {
  it('fills placeholders, formats numbers in the locale and picks plural forms', () => {
    expect(formatMessage('Step {current} of {total}', { current: 2, total: 6 }, 'en')).toBe('Step 2 of 6');
    expect(formatMessage('{n}', { n: 1234 }, 'ar-EG')).toBe(new Intl.NumberFormat('ar-EG').format(1234));
    expect(formatMessage('{n}', { n: 1234 }, 'ne-u-nu-deva')).toBe('१,२३४');
    const plural = { one: '{count} answer', other: '{count} answers' };
    expect(formatMessage(plural, { count: 1 }, 'en')).toBe('1 answer');
    expect(formatMessage(plural, { count: 3 }, 'en')).toBe('3 answers');
    expect(formatMessage({ other: 'x', two: 'two' }, { count: 2 }, 'ar')).toBe('two');
    expect(formatMessage('Hi {missing}', {}, 'en')).toBe('Hi {missing}');
    const months = { one: '{months} month', other: '{months} months' };
    expect(formatMessage(months, { months: 1 }, 'en')).toBe('1 month');
    expect(formatMessage(months, { months: 6 }, 'en')).toBe('6 months');
  });
});

describe('translate', () => {
  const en: Catalogue = { a: 'Apple', b: 'Banana' };
  const ne: Catalogue = { a: 'स्याउ' };
  it('uses the reader’s catalogue, falls back to English and says so', () => {
    expect(translate('a', {}, 'ne', [ne], [en])).toEqual({ text: 'स्याउ', locale: 'ne', fallback: false });
    expect(translate('b', {}, 'ne', [ne], [en])).toEqual({ text: 'Banana', locale: 'en', fallback: true });
    expect(translate('zzz', {}, 'ne', [ne], [en]).text).toBe('zzz');
  });
});

describe('issueToCoded maps validation issues to our message ids, never zod’s English', () => {
  it('maps missing, too small, format and custom codes', () => {
    const schema = z.object({ age: z.number().check(z.minimum(0)), when: z.iso.date(), name: z.string() });
    const result = schema.safeParse({ age: -1, when: 'yesterday', extra: 1 });
    expect(result.success).toBe(false);
    const input = { age: -1, when: 'yesterday', extra: 1 };
    const coded = result.error!.issues.map((i) => issueToCoded(i as never, input));
    expect(coded).toEqual(
      expect.arrayContaining([
        { code: 'error.tooSmall', field: 'age', params: { minimum: 0 } },
        { code: 'error.date', field: 'when' },
        { code: 'error.required', field: 'name' },
      ]),
    );
    const wrongType = z.object({ n: z.number() }).safeParse({ n: 'x' });
    expect(issueToCoded(wrongType.error!.issues[0] as never, { n: 'x' }).code).toBe('error.invalid');
    expect(issueToCoded({ code: 'custom', path: ['x'], params: { code: 'error.endBeforeStart' } }).code).toBe('error.endBeforeStart');
  });
});

describe('nearestLang', () => {
  it('walks up through shadow roots (simulated tree)', () => {
    const el = (lang: string | null, parent: unknown) => ({ nodeType: 1, getAttribute: () => lang, parentNode: parent });
    const html = el('ne', null);
    const host = el(null, html);
    const shadow = { nodeType: 11, host, parentNode: null };
    const inner = el(null, shadow);
    expect(nearestLang(inner as unknown as Node)).toBe('ne');
    expect(nearestLang(null)).toBeUndefined();
  });
});

describe('catalogues', () => {
  const dir = fileURLToPath(new URL('../locales', import.meta.url));
  const domains = readdirSync(`${dir}/en`).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
  /** The wage calculator's catalogues must be translated in every locale (issue 2). */
  const REQUIRED = ['ui.ts', 'common.ts', 'wages.ts', 'wage-calculator.ts', 'quick-exit.ts'];
  type Module = { default: Catalogue; reviewed: boolean; untranslated?: boolean };
  const placeholders = (m: unknown) => [...new Set([...JSON.stringify(m).matchAll(/\{(\w+)\}/g)].map((x) => x[1]))].sort();

  it('exist for every locale and domain; translated ones have the same keys and placeholders as English', async () => {
    for (const file of domains) {
      const en = (await import(`../locales/en/${file}`)) as Module;
      expect(en.reviewed).toBe(true);
      for (const locale of LOCALES.filter((l) => l !== 'en')) {
        const mod = (await import(`../locales/${locale}/${file}`)) as Module;
        expect(typeof mod.reviewed, `${locale}/${file}`).toBe('boolean');
        if (mod.untranslated) {
          // An honest stub: English is shown, flagged as untranslated. It must not be one we require.
          expect(REQUIRED, `${locale}/${file} must be translated`).not.toContain(file);
          expect(Object.keys(mod.default)).toEqual([]);
          continue;
        }
        expect(Object.keys(mod.default).sort(), `${locale}/${file}`).toEqual(Object.keys(en.default).sort());
        for (const [key, message] of Object.entries(en.default)) {
          expect(placeholders(mod.default[key]), `${locale}/${file} ${key}`).toEqual(placeholders(message));
        }
      }
    }
  });
});
