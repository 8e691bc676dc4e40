// Size budgets (brotli) for the one-tag CDN files: Lit + the widget's SDK slice + English.
//
// A widget's first screen is its file plus every chunk that file imports statically (they load with
// it): the questions, their words, Lit. The release target is 25 kB per widget (issue 8). What only
// an answer needs (the SDK's rules, their zod schemas, the answer's wording: the widget's `engine`
// chunk, the same for every user) is fetched once the person asks something (a country chosen, a
// file read), so it is budgeted apart, with the first screen. Widgets whose law is per country fetch
// it with the engine: by default every country's together (so the host of the files cannot tell
// which was chosen), or with law-download="chosen" only the chosen ones; both figures are budgeted.
// Other locales are chunks loaded on demand and are not counted. README "Size" explains each file.
const { readFileSync } = require('node:fs');
const { dirname, join, relative } = require('node:path');

const CDN = join(__dirname, 'dist/cdn');
const STATIC = /(?:\bfrom|\bimport)\s*(['"])(\.\.?\/[^'"]+\.js)\1/g;
const DYNAMIC = /\bimport\((['"])(\.\.?\/[^'"]+\.js)\1\)/g;
/** Per-country data chunks keep the SDK's file name: two letters, then hashes (`qa-ABC-DEF.js`). */
const COUNTRY = /[\\/]chunks[\\/][a-z]{2}-[A-Z0-9]+-[A-Z0-9]+\.js$/;
/** A widget's engine (`components/<widget>/engine.ts`): what its answers need, fetched on first ask. */
const ENGINE = /[\\/]chunks[\\/]engine-[A-Z0-9]+\.js$/;

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
 * The files loaded for a widget in English: its first screen (`loaded`); with its engine, fetched on
 * the first question answered (`withEngine`); with every country's law (what a widget fetches by
 * default once a country is chosen, so the host cannot tell which); and with the law of only the
 * `countries` largest country chunks (the `law-download="chosen"` data saver: 1 for a widget that
 * asks for one country, 2 for origin and destination, an upper bound).
 */
function filesOf(name, countries = 1) {
  const loaded = withStaticImports(join(CDN, `${name}.js`));
  const dynamicOf = (files) => [...new Set([...files].flatMap((f) => targets(f, DYNAMIC)))];
  const engines = dynamicOf(loaded).filter((f) => ENGINE.test(f));
  const engine = new Set(loaded);
  for (const e of engines) withStaticImports(e, engine);
  const chunks = dynamicOf(engine)
    .filter((f) => COUNTRY.test(f))
    .map((c) => [...withStaticImports(c, new Set())].filter((f) => !engine.has(f)))
    .sort((a, b) => sizeOf(b) - sizeOf(a));
  const plus = (list) => (list.length ? [...new Set([...engine, ...list.flat()])] : undefined);
  return {
    loaded: [...loaded],
    withEngine: engines.length ? [...engine] : undefined,
    withEveryCountry: plus(chunks),
    withCountry: plus(chunks.slice(0, countries)),
  };
}

const rel = (files) => files.map((f) => relative(__dirname, f));

/** Budgets: the first screen; with the engine; for widgets that fetch law per country, with it. */
function widget(name, limit, more = {}) {
  const { loaded, withEngine, withEveryCountry, withCountry } = filesOf(name, more.countries ?? 0);
  const entries = [{ name: `<mr-${name}> first screen: CDN file and its static imports`, path: rel(loaded), brotli: true, limit }];
  if (withEngine && more.engineLimit) entries.push({ name: `<mr-${name}> with its engine (the rules and their wording, fetched on first ask)`, path: rel(withEngine), brotli: true, limit: more.engineLimit });
  if (more.countries && withCountry && withEveryCountry) {
    entries.push({ name: `<mr-${name}> with every country's law (default)`, path: rel(withEveryCountry), brotli: true, limit: more.everyLimit });
    const which = more.countries === 2 ? "the two largest countries'" : "the largest country's";
    entries.push({ name: `<mr-${name}> with ${which} law only (law-download="chosen")`, path: rel(withCountry), brotli: true, limit: more.limit });
  }
  return entries;
}

module.exports = [
  { name: 'bare Lit element (baseline)', path: '.baseline/bare-lit.js', brotli: true, limit: '6 kB' },
  ...widget('wage-calculator', '25 kB', { engineLimit: '38.5 kB', countries: 1, limit: '40.5 kB', everyLimit: '60 kB' }),
  ...widget('complaint-pathway', '25 kB', { engineLimit: '36 kB', countries: 2, limit: '43.5 kB', everyLimit: '80 kB' }),
  ...widget('fee-checker', '25 kB', { engineLimit: '59 kB' }),
  ...widget('forced-labour-screen', '25 kB'),
  ...widget('social-protection', '25 kB', { engineLimit: '30.5 kB', countries: 2, limit: '33.5 kB', everyLimit: '60 kB' }),
  ...widget('frameworks-explorer', '25 kB', { engineLimit: '35 kB' }),
  ...widget('case-form', '25 kB', { engineLimit: '42 kB' }),
  ...widget('case-stats', '25 kB', { engineLimit: '35 kB' }),
  ...widget('quick-exit', '10 kB'),
  { name: 'autoloader (finds mr-* tags, imports only their files)', path: 'dist/cdn/autoloader.js', brotli: true, limit: '1 kB' },
];
module.exports.filesOf = filesOf;
