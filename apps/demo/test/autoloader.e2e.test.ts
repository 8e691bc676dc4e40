/**
 * cdn/autoloader.js: one tag that loads only the widgets on the page, from its own folder, once each,
 * also widgets added later (in the document or in an open shadow root), and never a file named by a tag.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright';
import { launch, serve, watch, type Served } from './browser.js';

const DEMO_CDN = fileURLToPath(new URL('../public/cdn/', import.meta.url));
/** Every widget file the demo hosts (all.js bundles them all; the autoloader is not a widget). */
const WIDGET_FILES = readdirSync(DEMO_CDN)
  .filter((f) => f.endsWith('.js') && f !== 'all.js' && f !== 'autoloader.js')
  .map((f) => f.slice(0, -3))
  .sort();

/**
 * What loading these widgets' files must request: `/cdn/<name>.js` and the chunks those files import
 * statically (a shared helper). Language chunks (dynamic imports) are not fetched for English.
 */
function filesOf(widgets: string[], extra: string[] = []): string[] {
  const found = new Set<string>();
  const pending = [...widgets.map((w) => `/cdn/${w}.js`), ...extra];
  while (pending.length) {
    const path = pending.pop()!;
    if (found.has(path)) continue;
    found.add(path);
    const code = readFileSync(`${DEMO_CDN}${path.slice('/cdn/'.length)}`, 'utf8');
    for (const [, spec] of code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.\.?\/[^"']+)["']/g)) pending.push(posix.join(posix.dirname(path), spec!));
  }
  return [...found].sort();
}

/** Dynamic imports of chunks matching `pattern` by these files, as paths under /cdn/. */
function dynamicImports(files: string[], pattern: RegExp): string[] {
  const found: string[] = [];
  for (const path of files) {
    const code = readFileSync(`${DEMO_CDN}${path.slice('/cdn/'.length)}`, 'utf8');
    for (const [, spec] of code.matchAll(pattern)) found.push(posix.join(posix.dirname(path), spec!));
  }
  return [...new Set(found)];
}

/**
 * What a widget fetches once a country is chosen or preset: its engine (the rules and their wording,
 * `chunks/engine-*.js`) and the chunks holding each country's law. By default a widget fetches every
 * country's law together, so the host cannot tell which one was wanted.
 */
function lawChunks(widget: string): string[] {
  const engine = dynamicImports(filesOf([widget]), /import\(["'](\.\/chunks\/engine-[A-Z0-9]+\.js)["']\)/g);
  const law = dynamicImports(filesOf([widget], engine), /import\(["'](\.\/(?:chunks\/)?[a-z]{2}-[A-Z0-9]+-[A-Z0-9]+\.js)["']\)/g);
  if (!law.length) throw new Error(`no law chunks imported by ${widget}`);
  return [...engine, ...law];
}

/** A page with every widget, loaded by the autoloader alone. */
const everyWidgetPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>every widget</title>
<link rel="icon" href="data:,"><script type="module" src="/cdn/autoloader.js"></script></head>
<body>${WIDGET_FILES.map((w) => `<mr-${w}></mr-${w}>`).join('\n')}</body></html>`;

/** The policy README ("Strict CSP and Trusted Types") tells partners to send. */
const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'none'; font-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; require-trusted-types-for 'script'; trusted-types lit-html";
/**
 * Each widget file carries its own Lit, and each Lit creates the `lit-html` policy: with two widget files
 * on a page the second is refused unless the policy allows duplicates (README, autoloader paragraph).
 */
const STRICT_CSP_SEVERAL_FILES = `${STRICT_CSP} 'allow-duplicates'`;
const oneWidgetPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>one widget</title>
<link rel="icon" href="data:,"><script type="module" src="/cdn/autoloader.js"></script></head>
<body><main><mr-fee-checker destination="QA"></mr-fee-checker></main></body></html>`;

let browser: Browser;
let server: Served;
let cspServer: Served;
let cspSeveralServer: Served;

beforeAll(async () => {
  [browser, server, cspServer, cspSeveralServer] = await Promise.all([
    launch(),
    serve({}, { '/__autoloader/every-widget.html': everyWidgetPage }),
    serve({ 'content-security-policy': STRICT_CSP }, { '/__autoloader/one-widget.html': oneWidgetPage }),
    serve({ 'content-security-policy': STRICT_CSP_SEVERAL_FILES }),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await cspServer?.close();
  await cspSeveralServer?.close();
});

async function open(path: string, on: Served = server): Promise<{ page: Page; seen: ReturnType<typeof watch> }> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  const seen = watch(page);
  await page.goto(`${on.url}${path}`);
  return { page, seen };
}

/** Paths of the requests made so far (every one must be to the demo's own origin). */
function paths(requests: string[], on: Served = server): string[] {
  return requests.map((u) => (u.startsWith(on.url) ? new URL(u).pathname : `FOREIGN ${u}`));
}

/** Whether `tag` gets defined within `ms` (a clear false instead of a hung test). */
async function defined(page: Page, tag: string, ms = 15_000): Promise<boolean> {
  return page.evaluate(
    ([t, wait]) => Promise.race([customElements.whenDefined(t).then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), wait))]),
    [tag, ms] as const,
  );
}

async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
}

describe('cdn/autoloader.js', () => {
  it('loads only the files of the widgets on the page, once each, from its own folder', async () => {
    const { page, seen } = await open('/autoloader.html');
    await page.locator('mr-wage-calculator [part=base]').waitFor();
    await page.locator('mr-quick-exit [part=base]').waitFor();
    await settle(page);

    // The wage calculator is set to Qatar, so it fetches the law of every country it covers, together.
    const files = filesOf(['quick-exit', 'wage-calculator'], lawChunks('wage-calculator'));
    expect(paths(seen.requests).sort()).toEqual(['/autoloader.html', '/cdn/autoloader.js', ...files, '/partner.css'].sort());
    const notOnPage = WIDGET_FILES.filter((w) => w !== 'wage-calculator' && w !== 'quick-exit').map((w) => `mr-${w}`);
    expect(await page.evaluate((tags) => tags.filter((t) => customElements.get(t)), notOnPage)).toEqual([]);
    // The widget works as with its own script tag.
    await expect(page.locator('mr-wage-calculator').getByLabel('Country where you work').inputValue()).resolves.toBe('QA');
    expect(seen.errors).toEqual([]);
    await page.context().close();
  });

  it('defines a widget added later, loading its file once, and loads nothing for tags it does not know', async () => {
    const { page, seen } = await open('/autoloader.html');
    await page.locator('mr-wage-calculator [part=base]').waitFor();
    await settle(page);
    const before = seen.requests.length;

    await page.evaluate(() => {
      const main = document.querySelector('main')!;
      for (const tag of ['mr-fee-checker', 'mr-fee-checker', 'mr-wage-calculator', 'mr-all', 'mr-autoloader', 'mr-not-a-widget']) {
        main.append(document.createElement(tag));
      }
    });
    expect(await defined(page, 'mr-fee-checker')).toBe(true);
    await page.locator('mr-fee-checker [part=base]').first().waitFor();
    await settle(page);

    // Nothing for `mr-all`, `mr-autoloader` or `mr-not-a-widget`, though cdn/all.js and cdn/autoloader.js exist.
    const loadedBefore = new Set(filesOf(['quick-exit', 'wage-calculator']));
    expect(paths(seen.requests.slice(before)).sort()).toEqual(filesOf(['fee-checker']).filter((f) => !loadedBefore.has(f)));
    expect(await page.evaluate(() => ['mr-all', 'mr-autoloader', 'mr-not-a-widget'].filter((t) => customElements.get(t)))).toEqual([]);
    expect(seen.errors).toEqual([]);
    await page.context().close();
  });

  it('finds widgets inside an open shadow root, also ones added to it later', async () => {
    const { page, seen } = await open('/autoloader.html');
    await page.locator('mr-wage-calculator [part=base]').waitFor();
    await settle(page);
    const before = seen.requests.length;

    // A partner's own component: its shadow root holds a widget when it is added to the page.
    await page.evaluate(() => {
      const host = document.createElement('partner-panel');
      host.id = 'panel';
      const widget = document.createElement('mr-social-protection');
      widget.setAttribute('origin', 'NP');
      widget.setAttribute('destination', 'MY');
      host.attachShadow({ mode: 'open' }).append(widget);
      document.querySelector('main')!.append(host);
    });
    expect(await defined(page, 'mr-social-protection')).toBe(true);
    // Then a second widget is added inside that shadow root.
    await page.evaluate(() => document.getElementById('panel')!.shadowRoot!.append(document.createElement('mr-case-stats')));
    expect(await defined(page, 'mr-case-stats')).toBe(true);
    await settle(page);

    // The social-protection widget was given two countries, so it also fetches every country's data, together.
    const loadedBefore = new Set(filesOf(['quick-exit', 'wage-calculator'], lawChunks('wage-calculator')));
    const after = filesOf(['case-stats', 'social-protection'], lawChunks('social-protection')).filter((f) => !loadedBefore.has(f));
    expect(paths(seen.requests.slice(before)).sort()).toEqual(after);
    expect(seen.errors).toEqual([]);
    await page.context().close();
  });

  it('works under the strict CSP with Trusted Types that README recommends', async () => {
    const { page, seen } = await open('/__autoloader/one-widget.html', cspServer);
    await page.locator('mr-fee-checker [part=base]').waitFor();
    await settle(page);
    // Chromium reports every CSP or Trusted Types violation as a console error.
    expect(seen.errors).toEqual([]);
    expect(paths(seen.requests, cspServer).sort()).toEqual(['/__autoloader/one-widget.html', '/cdn/autoloader.js', ...filesOf(['fee-checker'])].sort());
    await page.context().close();
  });

  it("works with several widget files under that CSP with trusted-types lit-html 'allow-duplicates', also for a widget added later", async () => {
    const { page, seen } = await open('/autoloader.html', cspSeveralServer);
    await page.locator('mr-wage-calculator [part=base]').waitFor();
    await page.locator('mr-quick-exit [part=base]').waitFor();
    await page.evaluate(() => document.querySelector('main')!.append(document.createElement('mr-frameworks-explorer')));
    expect(await defined(page, 'mr-frameworks-explorer')).toBe(true);
    await page.locator('mr-frameworks-explorer [part=base]').waitFor();
    await settle(page);
    expect(seen.errors).toEqual([]);
    expect(paths(seen.requests, cspSeveralServer).filter((p) => p.startsWith('FOREIGN'))).toEqual([]);
    await page.context().close();
  });

  it('knows every widget the CDN folder holds, and loads each file once', async () => {
    expect(WIDGET_FILES.length, `no widget files in ${DEMO_CDN}: build the widgets and the demo`).toBeGreaterThanOrEqual(9);
    const { page, seen } = await open('/__autoloader/every-widget.html');
    const missing: string[] = [];
    for (const w of WIDGET_FILES) if (!(await defined(page, `mr-${w}`))) missing.push(`mr-${w}`);
    expect(missing, 'widgets the autoloader did not load: add them to WIDGETS in src/cdn/autoloader.ts').toEqual([]);
    await settle(page);
    const scripts = paths(seen.requests).filter((p) => p.endsWith('.js'));
    expect(scripts.sort()).toEqual(['/cdn/autoloader.js', ...filesOf(WIDGET_FILES)].sort());
    await page.context().close();
  });
});
