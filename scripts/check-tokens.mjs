#!/usr/bin/env node
// Theming docs check (run by the widgets' `lint`, after the build):
// 1. README's theming table equals THEME_TOKENS (packages/widgets/src/internal/tokens.ts), row for row:
//    name, description and default. `--write` rewrites the table from THEME_TOKENS instead.
// 2. custom-elements.json (what Storybook's Docs pages and editors show) lists, for every widget, the
//    same CSS custom properties as the `@cssprop` tags of its source, each with a description.
// Which tokens the styles honour is checked in Chromium by src/internal/tokens.test.ts.
// Usage: node scripts/check-tokens.mjs [--write]
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = (path) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const tokensFile = root('packages/widgets/src/internal/tokens.ts');
const readmeFile = root('README.md');
const manifestFile = root('packages/widgets/custom-elements.json');
const START = '<!-- theme-tokens:start -->';
const END = '<!-- theme-tokens:end -->';
const problems = [];

// tokens.ts has no imports, so it can be transpiled and imported on its own (Node 20 cannot strip types).
const js = ts.transpileModule(readFileSync(tokensFile, 'utf8'), {
  compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
}).outputText;
const { THEME_TOKENS } = await import(`data:text/javascript;base64,${Buffer.from(js).toString('base64')}`);
if (!Array.isArray(THEME_TOKENS) || THEME_TOKENS.length === 0) throw new Error(`${tokensFile}: THEME_TOKENS not found`);

// 1. README table.
const cell = (s) => s.replace(/\|/g, '\\|');
const expectedRows = THEME_TOKENS.map((t) => `| \`${t.name}\` | ${cell(t.description)} | \`${t.default}\` |`);
const table = ['| Token | What it changes | Default |', '|---|---|---|', ...expectedRows].join('\n');
const readme = readFileSync(readmeFile, 'utf8');
const from = readme.indexOf(START);
const to = readme.indexOf(END);
if (from < 0 || to < from) {
  problems.push(`README.md: no theming table between ${START} and ${END}`);
} else if (process.argv.includes('--write')) {
  writeFileSync(readmeFile, `${readme.slice(0, from + START.length)}\n${table}\n${readme.slice(to)}`);
  console.log(`check-tokens: README theming table rewritten from THEME_TOKENS (${THEME_TOKENS.length} tokens)`);
} else {
  const rows = readme
    .slice(from + START.length, to)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.startsWith('|') && !/^\|\s*Token\s*\|/.test(l) && !/^\|[-\s|:]+\|$/.test(l));
  const shown = new Set(rows);
  const wanted = new Set(expectedRows);
  for (const r of expectedRows) if (!shown.has(r)) problems.push(`README.md theming table: missing or different row (want) ${r}`);
  for (const r of rows) if (!wanted.has(r)) problems.push(`README.md theming table: row not in THEME_TOKENS (have) ${r}`);
  if (!problems.length && rows.join('\n') !== expectedRows.join('\n')) problems.push('README.md theming table: rows are not in THEME_TOKENS order');
}

// 2. custom-elements.json against the @cssprop tags of each widget's source.
if (!existsSync(manifestFile)) {
  problems.push(`${manifestFile} is missing: build the widgets first (pnpm --filter @migrant-rights/widgets build)`);
} else {
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  const elements = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement).map((d) => ({ path: m.path, ...d })));
  if (elements.length === 0) problems.push('custom-elements.json: no custom elements');
  for (const el of elements) {
    const source = readFileSync(root(`packages/widgets/${el.path}`), 'utf8');
    const doc = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*(?:@\w+\([^)]*\)\s*)*export class \w+/.exec(source)?.[1] ?? '';
    const tagged = [...doc.matchAll(/@cssprop(?:erty)?\s+(?:\{[^}]*\}\s+)?\[?(--[\w-]+)/g)].map((m) => m[1]).sort();
    const listed = (el.cssProperties ?? []).map((p) => p.name).sort();
    if (tagged.join() !== listed.join()) {
      problems.push(`custom-elements.json <${el.tagName}>: cssProperties [${listed}] differ from @cssprop in ${el.path} [${tagged}] (stale manifest? rebuild)`);
    }
    for (const p of el.cssProperties ?? []) if (!p.description?.trim()) problems.push(`custom-elements.json <${el.tagName}>: ${p.name} has no description (write "@cssprop ${p.name} - what it changes")`);
    if (!(el.cssProperties ?? []).length) problems.push(`custom-elements.json <${el.tagName}>: no CSS custom properties documented`);
  }
}

if (problems.length) {
  console.error(`check-tokens: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`);
  console.error('Fix THEME_TOKENS or run `node scripts/check-tokens.mjs --write` to rewrite the README table.');
  process.exit(1);
}
console.log(`check-tokens: README table = THEME_TOKENS (${THEME_TOKENS.length} tokens); custom-elements.json matches @cssprop`);
