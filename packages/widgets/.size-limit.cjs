// Size budgets (brotli) for the one-tag CDN files: Lit + the widget's SDK slice + English.
//
// A widget's cost is its file plus every chunk that file imports statically (they load with it).
// Widgets whose law is per country fetch it once a country is chosen: by default every country's
// together (so the host of the files cannot tell which was chosen), or with law-download="chosen"
// only the chosen ones; both figures are budgeted. Other locales are chunks loaded on demand and are
// not counted. These budgets hold today's sizes so nothing grows unnoticed. The release target is
// 25 KB per widget (issue 8); README "Size" explains what each file is made of.
const { readFileSync } = require('node:fs');
const { dirname, join, relative } = require('node:path');

const CDN = join(__dirname, 'dist/cdn');
const STATIC = /(?:\bfrom|\bimport)\s*(['"])(\.\.?\/[^'"]+\.js)\1/g;
const DYNAMIC = /\bimport\((['"])(\.\.?\/[^'"]+\.js)\1\)/g;
/** Per-country data chunks keep the SDK's file name: two letters, then hashes (`qa-ABC-DEF.js`). */
const COUNTRY = /[\\/]chunks[\\/][a-z]{2}-[A-Z0-9]+-[A-Z0-9]+\.js$/;

const read = (file) => readFileSync(file, 'utf8');
const targets = (file, pattern) => [...read(file).matchAll(pattern)].map((m) => join(dirname(file), m[2]));

/** The file and everything it imports statically, transitively. */
function withStaticImports(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const next of targets(file, STATIC)) withStaticImports(next, seen);
  return seen;
}

function sizeOf(files) {
  const { brotliCompressSync } = require('node:zlib');
  return [...files].reduce((sum, f) => sum + brotliCompressSync(readFileSync(f)).length, 0);
}

/**
 * The files loaded for a widget in English; with every country's law (what a widget fetches by
 * default once a country is chosen, so the host cannot tell which); and with the law of only the
 * `countries` largest country chunks (the `law-download="chosen"` data saver: 1 for a widget that
 * asks for one country, 2 for origin and destination, an upper bound).
 */
function filesOf(name, countries = 1) {
  const loaded = withStaticImports(join(CDN, `${name}.js`));
  const chunks = [...new Set([...loaded].flatMap((f) => targets(f, DYNAMIC)).filter((f) => COUNTRY.test(f)))]
    .map((c) => [...withStaticImports(c, new Set())].filter((f) => !loaded.has(f)))
    .sort((a, b) => sizeOf(b) - sizeOf(a));
  const plus = (list) => (list.length ? [...new Set([...loaded, ...list.flat()])] : undefined);
  return { loaded: [...loaded], withEveryCountry: plus(chunks), withCountry: plus(chunks.slice(0, countries)) };
}

const rel = (files) => files.map((f) => relative(__dirname, f));

/** Budgets: the file with its static imports and, for widgets that fetch law per country, with it. */
function widget(name, limit, law) {
  const { loaded, withEveryCountry, withCountry } = filesOf(name, law?.countries ?? 0);
  const entries = [{ name: `<mr-${name}> CDN file and its static imports`, path: rel(loaded), brotli: true, limit }];
  if (law && withCountry && withEveryCountry) {
    entries.push({ name: `<mr-${name}> with every country's law (default)`, path: rel(withEveryCountry), brotli: true, limit: law.everyLimit });
    const which = law.countries === 2 ? "the two largest countries'" : "the largest country's";
    entries.push({ name: `<mr-${name}> with ${which} law only (law-download="chosen")`, path: rel(withCountry), brotli: true, limit: law.limit });
  }
  return entries;
}

module.exports = [
  { name: 'bare Lit element (baseline)', path: '.baseline/bare-lit.js', brotli: true, limit: '6 KB' },
  ...widget('wage-calculator', '36 KB', { countries: 1, limit: '38.5 KB', everyLimit: '60 KB' }),
  ...widget('complaint-pathway', '33 KB', { countries: 2, limit: '40.5 KB', everyLimit: '80 KB' }),
  ...widget('fee-checker', '54 KB'),
  ...widget('forced-labour-screen', '25 KB'),
  ...widget('social-protection', '29 KB', { countries: 2, limit: '32 KB', everyLimit: '60 KB' }),
  ...widget('frameworks-explorer', '33 KB'),
  ...widget('case-form', '38 KB'),
  ...widget('case-stats', '33.5 KB'),
  ...widget('quick-exit', '9.5 KB'),
  { name: 'autoloader (finds mr-* tags, imports only their files)', path: 'dist/cdn/autoloader.js', brotli: true, limit: '1 KB' },
];
module.exports.filesOf = filesOf;
