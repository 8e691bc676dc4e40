import { describe, expect, it } from 'vitest';
import type { CSSResult } from 'lit';
import { baseStyles } from './styles.js';
import { THEME_TOKENS } from './tokens.js';

/**
 * Theming contract: the documented `--mr-*` tokens (THEME_TOKENS, mirrored by README's theming table,
 * and each component's `@cssprop` JSDoc, which becomes custom-elements.json and the Storybook docs)
 * are exactly the tokens the styles honour.
 *
 * Tests run in Chromium, so sources are read through Vite: component modules for their real
 * `static styles` (CSSResult.cssText), and the same files `?raw` for their JSDoc.
 */

declare global {
  interface ImportMeta {
    glob<T = unknown>(patterns: string | string[], options: { eager: true; query?: string; import?: string }): Record<string, T>;
  }
}

// Vite needs the patterns as literals: every file of each component folder but its tests and stories.
const modules = import.meta.glob<Record<string, unknown>>(['../components/*/*.ts', '!../components/*/*.test.ts', '!../components/*/*.stories.ts'], { eager: true });
const sources = import.meta.glob<string>(['../components/*/*.ts', '!../components/*/*.test.ts', '!../components/*/*.stories.ts'], { eager: true, query: '?raw', import: 'default' });
// The shared styles (base, provenance, and any other internal/*styles.ts).
const sharedModules = import.meta.glob<Record<string, unknown>>(['./*styles.ts'], { eager: true });
const shared = Object.entries(sharedModules).flatMap(([file, mod]) =>
  Object.entries(mod)
    .filter((e): e is [string, CSSResult] => typeof (e[1] as Partial<CSSResult> | null)?.cssText === 'string')
    .map(([name, styles]) => ({ name: `${file} ${name}`, css: styles.cssText })),
);

/**
 * Tokens a component's own rules override, so setting them changes nothing in that component even
 * though the shared styles reference them. Listed here (and not in `@cssprop`) with the reason.
 */
const OVERRIDDEN: Record<string, Record<string, string>> = {
  'mr-quick-exit': {
    '--mr-color-primary': 'its one button always has the danger colour',
    '--mr-color-on-primary': 'its button text is always #ffffff on the danger colour',
  },
};

interface Component {
  tag: string;
  file: string;
  css: string;
  cssprops: string[];
}

type Styles = CSSResult | CSSStyleSheet | Styles[] | undefined;

function cssTextOf(styles: Styles): string {
  if (!styles) return '';
  if (Array.isArray(styles)) return styles.map(cssTextOf).join('\n');
  if (styles instanceof CSSStyleSheet) return [...styles.cssRules].map((r) => r.cssText).join('\n');
  return styles.cssText;
}

/** The JSDoc block right above `export class …`: what the manifest analyzer reads. */
function classDoc(source: string): string {
  const m = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*(?:@\w+\([^)]*\)\s*)*export class \w+/.exec(source);
  return m?.[1] ?? '';
}

function findComponents(): Component[] {
  const found: Component[] = [];
  for (const [file, mod] of Object.entries(modules)) {
    const m = /\/components\/([^/]+)\/([^/]+)\.ts$/.exec(file);
    if (!m || m[1] !== m[2]) continue; // only components/<name>/<name>.ts
    const element = Object.values(mod).find(
      (v): v is { styles?: Styles } => typeof v === 'function' && v.prototype instanceof HTMLElement,
    );
    const doc = classDoc(sources[file] ?? '');
    const tag = /@tag\s+(\S+)/.exec(doc)?.[1] ?? `mr-${m[1]}`;
    const cssprops = [...doc.matchAll(/@cssprop(?:erty)?\s+(?:\{[^}]*\}\s+)?\[?(--[\w-]+)/g)].map((x) => x[1]!);
    found.push({ tag, file, css: cssTextOf(element?.styles), cssprops });
  }
  return found.sort((a, b) => a.tag.localeCompare(b.tag));
}

const stripComments = (css: string): string => css.replace(/\/\*[\s\S]*?\*\//g, '');
const tokensIn = (value: string): string[] => [...value.matchAll(/var\(\s*(--mr-[\w-]+)/g)].map((x) => x[1]!);
const privateRefsIn = (value: string): string[] => [...value.matchAll(/var\(\s*(--(?!mr-)[\w-]+)/g)].map((x) => x[1]!);

/** Every `--mr-*` token a stylesheet names, in `var(--mr-…)` or as a `--mr-…:` declaration. */
function referencedTokens(css: string): Set<string> {
  const text = stripComments(css);
  return new Set([...tokensIn(text), ...[...text.matchAll(/(--mr-[\w-]+)\s*:/g)].map((x) => x[1]!)]);
}

/**
 * The `--mr-*` tokens that change something: named by a real property (or declared as `--mr-…:`), or by a
 * private alias (`--_primary: var(--mr-color-primary, …)`) that a real property uses, directly or
 * through other aliases. A token only feeding an alias nobody reads changes nothing.
 */
function honouredTokens(css: string): Set<string> {
  const aliases = new Map<string, { tokens: string[]; refs: string[] }>();
  const honoured = new Set<string>();
  const pending: string[] = [];
  for (const [, prop, value] of stripComments(css).matchAll(/([-\w]+)\s*:\s*([^;{}]+)/g)) {
    if (prop!.startsWith('--') && !prop!.startsWith('--mr-')) {
      const alias = aliases.get(prop!) ?? { tokens: [], refs: [] };
      alias.tokens.push(...tokensIn(value!));
      alias.refs.push(...privateRefsIn(value!));
      aliases.set(prop!, alias);
      continue;
    }
    if (prop!.startsWith('--mr-')) honoured.add(prop!);
    tokensIn(value!).forEach((t) => honoured.add(t));
    pending.push(...privateRefsIn(value!));
  }
  const seen = new Set<string>();
  while (pending.length) {
    const ref = pending.pop()!;
    if (seen.has(ref)) continue;
    seen.add(ref);
    const alias = aliases.get(ref);
    alias?.tokens.forEach((t) => honoured.add(t));
    pending.push(...(alias?.refs ?? []));
  }
  return honoured;
}

/** The fallback of the first `var(<token>, fallback)` in `css`, parentheses balanced. */
function fallbackOf(css: string, token: string): string | undefined {
  const start = css.indexOf(`var(${token},`);
  if (start < 0) return undefined;
  let depth = 1;
  let i = start + `var(${token},`.length;
  const from = i;
  for (; i < css.length && depth > 0; i++) {
    if (css[i] === '(') depth++;
    else if (css[i] === ')') depth--;
  }
  return css.slice(from, i - 1).trim();
}

const components = findComponents();
const theme = new Set<string>(THEME_TOKENS.map((t) => t.name));
const sorted = (s: Iterable<string>): string[] => [...s].sort();

describe('theming tokens', () => {
  it('finds every component and its styles', () => {
    expect(components.map((c) => c.tag)).toEqual([
      'mr-case-form',
      'mr-case-stats',
      'mr-complaint-pathway',
      'mr-fee-checker',
      'mr-forced-labour-screen',
      'mr-frameworks-explorer',
      'mr-quick-exit',
      'mr-social-protection',
      'mr-wage-calculator',
    ]);
    for (const c of components) expect(c.css, c.file).toContain(':host');
  });

  it('THEME_TOKENS are unique --mr-* names, each with a one-line description and a default', () => {
    expect(theme.size).toBe(THEME_TOKENS.length);
    for (const t of THEME_TOKENS) {
      expect(t.name).toMatch(/^--mr-[a-z0-9-]+$/);
      expect(t.description.trim()).not.toBe('');
      expect(t.description).not.toMatch(/[\n|]/);
      expect(t.default.trim()).not.toBe('');
    }
  });

  it('the shared styles use only theme tokens, and their fallbacks are the documented defaults', () => {
    expect(shared.map((s) => s.name)).toContain('./styles.ts baseStyles');
    for (const s of shared) expect(sorted(referencedTokens(s.css)).filter((t) => !theme.has(t)), s.name).toEqual([]);
    const defaults = Object.fromEntries(THEME_TOKENS.map((t) => [t.name, fallbackOf(baseStyles.cssText, t.name)]));
    expect(defaults).toEqual(Object.fromEntries(THEME_TOKENS.map((t) => [t.name, t.default])));
  });

  it.each(components)('$tag: every --mr-* token in its styles is a theme token or in its @cssprop', (c) => {
    const documented = new Set([...theme, ...c.cssprops]);
    expect(sorted(referencedTokens(c.css)).filter((t) => !documented.has(t))).toEqual([]);
  });

  it.each(components)('$tag: @cssprop lists exactly the tokens its styles honour', (c) => {
    const overridden = OVERRIDDEN[c.tag] ?? {};
    const honoured = honouredTokens(c.css);
    // An exception must still be true: the token is referenced, and not claimed by @cssprop.
    for (const t of Object.keys(overridden)) {
      expect(honoured.has(t), `${c.tag} OVERRIDDEN ${t} is stale: no style names it`).toBe(true);
      expect(c.cssprops, `${c.tag} documents ${t}, listed as overridden`).not.toContain(t);
    }
    const effective = sorted([...honoured].filter((t) => !(t in overridden)));
    expect(new Set(c.cssprops).size, `${c.tag} has a duplicate @cssprop`).toBe(c.cssprops.length);
    expect({
      undocumented: effective.filter((t) => !c.cssprops.includes(t)),
      documentedButUnused: sorted(c.cssprops.filter((t) => !honoured.has(t))),
    }).toEqual({ undocumented: [], documentedButUnused: [] });
  });

  it('every theme token is honoured by at least one widget', () => {
    const used = new Set(components.flatMap((c) => [...honouredTokens(c.css)]));
    expect(THEME_TOKENS.map((t) => t.name).filter((t) => !used.has(t))).toEqual([]);
  });

  it('a component-specific token (in @cssprop, not a theme token) belongs to one component', () => {
    const owners = new Map<string, string[]>();
    for (const c of components) for (const t of c.cssprops) if (!theme.has(t)) owners.set(t, [...(owners.get(t) ?? []), c.tag]);
    for (const [token, tags] of owners) expect(tags, `${token} is shared: add it to THEME_TOKENS`).toHaveLength(1);
  });
});

describe('token analysis', () => {
  it('follows private aliases and ignores aliases nobody reads', () => {
    const css = ':host { --_a: var(--mr-a, red); --_b: var(--_a); --_c: var(--mr-c); --mr-d: 1px; } p { color: var(--_b); margin: var(--mr-e, 0); }';
    expect(sorted(honouredTokens(css))).toEqual(['--mr-a', '--mr-d', '--mr-e']);
    expect(sorted(referencedTokens(css))).toEqual(['--mr-a', '--mr-c', '--mr-d', '--mr-e']);
  });

  it('ignores comments and reads fallbacks with parentheses', () => {
    expect(sorted(honouredTokens('/* color: var(--mr-x) */ p { color: var(--mr-y, rgb(0 0 0)); }'))).toEqual(['--mr-y']);
    expect(fallbackOf('p { color: var(--mr-y, rgb(0 0 0)); }', '--mr-y')).toBe('rgb(0 0 0)');
  });
});
