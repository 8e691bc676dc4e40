#!/usr/bin/env node
/**
 * First-render benchmark for the one-tag CDN files (issue 8). A benchmark, not a test: it is never
 * part of `pnpm test`; run it with `pnpm --filter @migrant-rights/widgets bench:render` (or its `bench` script,
 * after size-limit).
 *
 * For each dist/cdn/<widget>.js and the bare Lit baseline (.baseline/bare-lit.js), N times, in a fresh
 * browser context (empty HTTP and code caches, like a first visit) with 4× CPU throttling (CDP), the page
 * bench/first-render.html times:
 *   load   — import() of the file: fetch over loopback, parse, compile, evaluate (defines the element);
 *   first  — load + the element's first update: its first screen on the page;
 *   render — createElement with a partner's attributes, append, until `updateComplete` has settled
 *            (which includes the engine and law fetched for preset answers);
 *   total  — load + render.
 * Widgets are interleaved round by round, so machine noise falls on all of them alike, and each is also
 * compared with bare Lit's median from the same run.
 *
 * Needs a built dist (`pnpm exec tsup` in packages/widgets). Options:
 *   --iterations N (default 15)   --throttle R (default 4)   --only a,b (widget names)   --no-json
 *   --warm-intl: use Intl once before timing. A fresh page's first Intl.NumberFormat costs ~50–150 ms here
 *   unthrottled, ~200–400 ms at 4× (ICU data); the mr- widgets pay it while loading or in their first render,
 *   bare Lit does not. This option shows what is left.
 * Writes bench/first-render.results.json (gitignored) and prints a markdown table.
 */
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const CDN_DIR = join(root, 'dist', 'cdn');
const BASELINE = join(root, '.baseline', 'bare-lit.js');
const PAGE = join(root, 'bench', 'first-render.html');
const RESULTS = join(root, 'bench', 'first-render.results.json');
const EXECUTABLE = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const { values: opts } = parseArgs({
  options: {
    iterations: { type: 'string', default: process.env.BENCH_ITERATIONS || '15' },
    throttle: { type: 'string', default: '4' },
    only: { type: 'string' },
    'warm-intl': { type: 'boolean', default: false },
    'no-json': { type: 'boolean', default: false },
  },
});
const ITERATIONS = Number(opts.iterations);
const THROTTLE = Number(opts.throttle);
if (!Number.isInteger(ITERATIONS) || ITERATIONS < 1) throw new Error(`--iterations must be a positive integer, got ${opts.iterations}`);
if (!(THROTTLE >= 1)) throw new Error(`--throttle must be ≥ 1, got ${opts.throttle}`);

/** What a partner page sets (apps/demo/public/*.html); English only, from the bundle. */
const WIDGETS = [
  { name: 'wage-calculator', attributes: { country: 'QA', 'currency-home': 'NPR' } },
  {
    name: 'complaint-pathway',
    attributes: {},
    children: [{ tag: 'div', slot: 'referral', text: "Workers' Help Desk legal clinic (demo): free advice every Friday afternoon." }],
  },
  { name: 'fee-checker', attributes: { origin: 'NP', destination: 'QA', 'currency-home': 'NPR' } },
  { name: 'forced-labour-screen', attributes: { 'exit-href': 'https://a-neutral-site.example' } },
  { name: 'social-protection', attributes: { origin: 'NP', destination: 'MY' } },
  { name: 'frameworks-explorer', attributes: { country: 'NP' } },
  { name: 'case-form', attributes: { country: 'QA' } },
  { name: 'case-stats', attributes: { 'convert-to': 'NPR' } },
  { name: 'quick-exit', attributes: {} },
];
const BARE = { name: 'bare Lit (baseline)', tag: 'bare-lit', url: '/baseline/bare-lit.js', file: BASELINE, attributes: {} };

// --- files, read once into memory (a rebuild of dist during the run cannot disturb it) -----------------

if (!existsSync(CDN_DIR) || !existsSync(BASELINE)) {
  console.error(`first-render: ${relative(process.cwd(), existsSync(CDN_DIR) ? BASELINE : CDN_DIR)} is missing. Build first: cd packages/widgets && pnpm exec tsup`);
  process.exit(1);
}
/** url path → file contents */
const files = new Map();
function addDir(dir, prefix) {
  for (const entry of readdirSync(dir)) {
    const full = join(dir, entry);
    if (statSync(full).isDirectory()) addDir(full, `${prefix}${entry}/`);
    else files.set(`${prefix}${entry}`, readFileSync(full));
  }
}
addDir(CDN_DIR, '/cdn/');
files.set('/baseline/bare-lit.js', readFileSync(BASELINE));
files.set('/', readFileSync(PAGE));

const only = opts.only ? new Set(opts.only.split(',').map((s) => s.trim())) : undefined;
const targets = [
  BARE,
  ...WIDGETS.filter((w) => !only || only.has(w.name)).map((w) => ({ ...w, tag: `mr-${w.name}`, url: `/cdn/${w.name}.js`, file: join(CDN_DIR, `${w.name}.js`) })),
];
for (const t of targets) {
  if (!files.has(t.url)) {
    console.error(`first-render: ${relative(process.cwd(), t.file)} is missing. Build first: cd packages/widgets && pnpm exec tsup`);
    process.exit(1);
  }
  t.bytes = files.get(t.url).length;
  // Which build was measured (dist may be rebuilt between runs).
  t.sha256 = createHash('sha256').update(files.get(t.url)).digest('hex').slice(0, 16);
  t.builtAt = statSync(t.file).mtime.toISOString();
}

// --- a tiny static server on loopback ----------------------------------------------------------------

const server = createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  const body = files.get(path === '/index.html' ? '/' : path);
  if (!body) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  res.writeHead(200, {
    'content-type': path.endsWith('.js') ? 'text/javascript; charset=utf-8' : 'text/html; charset=utf-8',
    'content-length': body.length,
    // Every load is a first visit: no HTTP cache, hence no V8 code cache either.
    'cache-control': 'no-store',
  });
  res.end(body);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

// --- measuring --------------------------------------------------------------------------------------

const browser = await chromium.launch({
  executablePath: EXECUTABLE,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const chromiumVersion = browser.version();

async function measureOnce(target) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${origin}/`, { waitUntil: 'load' });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
    if (opts['warm-intl']) await page.evaluate(() => [new Intl.NumberFormat('en').format(1), new Intl.PluralRules('en').select(1)]);
    const sample = await page.evaluate((spec) => window.__measureFirstRender(spec), {
      url: `${origin}${target.url}`,
      tag: target.tag,
      attributes: target.attributes,
      children: target.children ?? [],
    });
    if (!sample.settled) errors.push(`<${target.tag}> still had updates pending after ${sample.updates} awaits`);
    if (sample.renderedNodes === 0) errors.push(`<${target.tag}> rendered nothing into its shadow root`);
    return { ...sample, errors };
  } finally {
    await context.close();
  }
}

/** Nearest-rank percentile of an ascending list. */
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
const median = (sorted) => (sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2);
const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: median(sorted), p90: percentile(sorted, 90), min: sorted[0], max: sorted.at(-1) };
};
const round1 = (n) => Math.round(n * 10) / 10;

const samples = new Map(targets.map((t) => [t, []]));
const problems = new Map();
const started = Date.now();
const loadBefore = loadavg();
if (loadBefore[0] > cpus().length / 2) console.error(`first-render: load average ${loadBefore[0].toFixed(1)} on ${cpus().length} cores; other work will skew the figures.`);
try {
  // One unrecorded round warms up the browser process and the server.
  for (const t of targets) await measureOnce(t);
  for (let i = 0; i < ITERATIONS; i += 1) {
    // Rotate the order each round so no widget always runs first or last.
    const order = targets.map((_, k) => targets[(k + i) % targets.length]);
    for (const t of order) {
      const s = await measureOnce(t);
      samples.get(t).push(s);
      for (const e of s.errors) problems.set(`${t.name}: ${e}`, (problems.get(`${t.name}: ${e}`) ?? 0) + 1);
    }
    process.stderr.write(`\rfirst-render: round ${i + 1}/${ITERATIONS}`);
  }
  process.stderr.write('\n');
} finally {
  await browser.close();
  server.close();
}

const summary = targets.map((t) => {
  const list = samples.get(t);
  return {
    name: t.name,
    tag: t.tag,
    file: relative(root, t.file).split(sep).join('/'),
    bytes: t.bytes,
    sha256: t.sha256,
    builtAt: t.builtAt,
    attributes: t.attributes,
    load: stats(list.map((s) => s.load)),
    first: stats(list.map((s) => s.first)),
    render: stats(list.map((s) => s.render)),
    total: stats(list.map((s) => s.total)),
    samples: list.map(({ load, first, render, total }) => ({ load: round1(load), first: round1(first), render: round1(render), total: round1(total) })),
  };
});
const bare = summary[0];
for (const s of summary) s.ratioToBareLit = s.total.median / bare.total.median;

// --- report -----------------------------------------------------------------------------------------

const ms = (n) => n.toFixed(1);
const lines = [
  `First render, ${THROTTLE}× CPU throttling, ${ITERATIONS} fresh pages each${opts['warm-intl'] ? ', Intl warmed before timing' : ''} (Chromium ${chromiumVersion}, ${cpus().length} cores, Node ${process.versions.node}, load average ${loadBefore[0].toFixed(1)} → ${loadavg()[0].toFixed(1)}), in ms:`,
  '',
  '| Element | File (min.) | Load median | First screen median | Render median | Total median | Total p90 | × bare Lit |',
  '|---|--:|--:|--:|--:|--:|--:|--:|',
  ...summary.map(
    (s) =>
      `| ${s.tag === 'bare-lit' ? 'bare Lit (baseline)' : `\`<${s.tag}>\``} | ${(s.bytes / 1024).toFixed(0)} KB | ${ms(s.load.median)} | ${ms(s.first.median)} | ${ms(s.render.median)} | ${ms(s.total.median)} | ${ms(s.total.p90)} | ${s.ratioToBareLit.toFixed(1)}× |`,
  ),
  '',
  'Load = import() of the file (loopback fetch, parse, compile, evaluate); first screen = load + the first update; render = create, set attributes, append, until updateComplete (with the engine and law of preset answers).',
];
console.log(lines.join('\n'));
if (problems.size) {
  console.log('\nProblems seen (count of pages):');
  for (const [p, n] of problems) console.log(`- ${p} (${n})`);
}

if (!opts['no-json']) {
  const results = {
    date: new Date().toISOString(),
    durationSeconds: Math.round((Date.now() - started) / 1000),
    chromium: chromiumVersion,
    executablePath: EXECUTABLE,
    node: process.versions.node,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model,
    // Other work on the machine skews the figures: the 1/5/15-minute load averages before and after
    // (this benchmark alone raises the 1-minute figure to about 3 on 2 cores).
    loadAverage: { before: loadBefore.map(round1), after: loadavg().map(round1) },
    cpuThrottlingRate: THROTTLE,
    intlWarmedBeforeTiming: opts['warm-intl'],
    iterations: ITERATIONS,
    method: 'fresh browser context per sample, Cache-Control: no-store; load = import(); render = append until updateComplete settled; median and nearest-rank p90',
    results: summary,
    problems: Object.fromEntries(problems),
  };
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nWrote ${relative(process.cwd(), RESULTS)}`);
}
if (problems.size) process.exitCode = 1;
