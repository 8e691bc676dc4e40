/**
 * Safety suite (issue 8): every widget that has a CDN file, on a page of its own.
 *
 * 1. Under a strict Content-Security-Policy (no unsafe-inline, no unsafe-eval, Trusted Types):
 *    it renders, logs no console error, causes no CSP violation, contacts only its own origin and
 *    survives a little interaction.
 * 2. XSS: payloads typed into every text field of its first screens stay text (kept as typed, no
 *    dialog, no element or attribute created from them); hostile attribute and data strings too.
 * 3. No request outside the page and its own script files, no cookie, no storage write.
 *
 * Tests 2 and 3 run WITHOUT a CSP on purpose: a CSP would block an injected script or request and
 * so hide the widget's own mistake. The detectors themselves are checked against control pages that
 * misbehave on purpose, so a passing run means something.
 */
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright';
import { launch, serve, storedState, type Served } from './browser.js';

// ---- what is tested -------------------------------------------------------------------------

const DIST_CDN = fileURLToPath(new URL('../../../packages/widgets/dist/cdn/', import.meta.url));
const DEMO_CDN = fileURLToPath(new URL('../public/cdn/', import.meta.url));

/** Every widget with a CDN file (all.js holds them all; autoloader.js loads them; neither is a widget). */
const WIDGETS: string[] = existsSync(DIST_CDN)
  ? readdirSync(DIST_CDN)
      .filter((f) => f.endsWith('.js') && f !== 'all.js' && f !== 'autoloader.js')
      .map((f) => f.slice(0, -3))
      .sort()
  : [];

/** The policy of the issue, exactly: nothing inline, nothing evaluated, no Trusted Types policy at all. */
export const STRICT_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'none'",
  "font-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  "trusted-types 'none'",
].join('; ');

/**
 * The same policy with one difference: Lit's own Trusted Types policy (`lit-html`, which Lit
 * creates when its module loads) may be created. Lit cannot load at all under `trusted-types 'none'`,
 * so without this variant nothing else (rendering, interaction) could be checked under the CSP.
 */
export const STRICT_CSP_LIT_POLICY = STRICT_CSP.replace("trusted-types 'none'", 'trusted-types lit-html');

const PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  'javascript:alert(1)',
  "{{constructor.constructor('alert(1)')()}}",
  '${alert(1)}',
  "'><script>alert(1)</script><iframe srcdoc=\"<script>alert(1)</script>\">",
];

const TEXT_FIELDS =
  'input:not([type]), input[type=text], input[type=search], input[type=tel], input[type=url], input[type=email], input[type=password], textarea';

// ---- pages ----------------------------------------------------------------------------------

/** Attributes that put each known widget on a meaningful first screen (any new widget gets none). */
const ATTRS: Record<string, string> = {
  'wage-calculator': 'country="QA" currency-home="NPR"',
  'fee-checker': 'origin="NP" destination="QA" currency-home="NPR"',
  'forced-labour-screen': 'exit-href="about:blank"',
  'social-protection': 'origin="NP" destination="MY"',
  'frameworks-explorer': 'country="NP"',
  'case-form': 'country="QA"',
  'case-stats': 'convert-to="NPR"',
};

/** A page that embeds one widget with one script tag, as a partner would. Nothing inline. */
function widgetPage(name: string): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="referrer" content="no-referrer" />
    <link rel="icon" href="data:," />
    <title>Safety: ${name}</title>
    <script type="module" src="/cdn/${name}.js"></script>
  </head>
  <body>
    <main><mr-${name} ${ATTRS[name] ?? ''}></mr-${name}></main>
  </body>
</html>`;
}

/** Control page: an inline script and an inline style attribute, both forbidden by the CSP. */
const CONTROL_INLINE = `<!doctype html><html lang="en"><head><meta charset="utf-8" /><link rel="icon" href="data:," /><title>control</title></head>
<body><p style="color: red">inline style</p><script>window.inlineRan = true; alert('inline script ran');</script></body></html>`;

/** Control page (served without a CSP): does everything a widget must never do. */
const CONTROL_MISBEHAVING = `<!doctype html><html lang="en"><head><meta charset="utf-8" /><link rel="icon" href="data:," /><title>control</title>
<script>addEventListener('DOMContentLoaded', () => {
  localStorage.setItem('k', 'v');
  document.cookie = 'tracked=1; path=/';
  indexedDB.open('db');
  fetch(location.href.replace('127.0.0.1', 'localhost')).catch(() => {});
  const root = document.getElementById('host').attachShadow({ mode: 'open' });
  const p = document.createElement('p');
  p.innerHTML = '<img src=x onerror="void 0">';
  root.append(p);
  alert('xss');
});</script></head><body><main><div id="host"></div></main></body></html>`;

function pages(): Record<string, string> {
  const all: Record<string, string> = { '/__safety/control-inline.html': CONTROL_INLINE, '/__safety/control-misbehaving.html': CONTROL_MISBEHAVING };
  for (const w of WIDGETS) all[`/__safety/${w}.html`] = widgetPage(w);
  return all;
}

// ---- instrumentation (plain JS strings: they run in the page, not in Node) -----------------

/**
 * Runs before any page script (Playwright injects it through the DevTools protocol, so the CSP does
 * not block it; the control test proves it runs and reports). Reports CSP violations, and every
 * attempt to store, set a cookie or reach the network through the page's APIs, even ones the
 * browser would refuse.
 */
const INSTRUMENT = String.raw`(() => {
  const report = (kind, detail) => { try { window.__mrSafety(kind, String(detail).slice(0, 400)); } catch (e) {} };
  window.addEventListener('securitypolicyviolation', (e) => report('csp', JSON.stringify({
    directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample, source: e.sourceFile, line: e.lineNumber, column: e.columnNumber,
  })), true);
  const describe = (args) => args.map((a) => (typeof a === 'string' ? a : a && a.url ? a.url : typeof a)).join(', ');
  const wrap = (owner, name, kind) => {
    const original = owner && owner[name];
    if (typeof original !== 'function') return;
    owner[name] = function (...args) { report(kind, name + '(' + describe(args) + ')'); return original.apply(this, args); };
  };
  wrap(Storage.prototype, 'setItem', 'storage');
  wrap(Storage.prototype, 'removeItem', 'storage');
  wrap(Storage.prototype, 'clear', 'storage');
  wrap(IDBFactory.prototype, 'open', 'storage');
  wrap(IDBFactory.prototype, 'deleteDatabase', 'storage');
  if (self.CacheStorage) { wrap(CacheStorage.prototype, 'open', 'storage'); wrap(CacheStorage.prototype, 'delete', 'storage'); }
  if (self.ServiceWorkerContainer) wrap(ServiceWorkerContainer.prototype, 'register', 'storage');
  if (self.CookieStore) { wrap(CookieStore.prototype, 'set', 'cookie'); wrap(CookieStore.prototype, 'delete', 'cookie'); }
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  Object.defineProperty(Document.prototype, 'cookie', {
    configurable: true,
    get() { return cookie.get.call(this); },
    set(v) { report('cookie', v); cookie.set.call(this, v); },
  });
  wrap(self, 'fetch', 'network');
  wrap(XMLHttpRequest.prototype, 'open', 'network');
  wrap(Navigator.prototype, 'sendBeacon', 'network');
  wrap(self, 'open', 'network');
  for (const name of ['WebSocket', 'EventSource', 'RTCPeerConnection', 'Worker', 'SharedWorker']) {
    const C = self[name];
    if (typeof C !== 'function') continue;
    self[name] = new Proxy(C, { construct(target, args, nt) { report('network', name + '(' + describe(args) + ')'); return Reflect.construct(target, args, nt); } });
  }
})();`;

/**
 * What must never be in the page (light DOM or any shadow root): markup a payload could create
 * (img, script, iframe, object, embed, style, link, meta, base, foreignObject), any on… attribute,
 * a javascript:/vbscript:/data:text/html URL, srcdoc, a form action.
 */
const SCAN = String.raw`(() => {
  const found = [];
  const BAD = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'img', 'image', 'picture', 'source', 'audio', 'video', 'style', 'link', 'meta', 'base', 'foreignobject', 'portal', 'applet']);
  const URLS = new Set(['href', 'xlink:href', 'src', 'action', 'formaction', 'data', 'poster', 'background', 'ping', 'srcset']);
  const visit = (root, where) => {
    for (const el of root.querySelectorAll('*')) {
      const tag = el.localName.toLowerCase();
      if (BAD.has(tag)) found.push(where + ': <' + tag + '> ' + el.outerHTML.slice(0, 120));
      // The attributes of the widgets' own host elements are the test's input, not their output.
      if (!(root === document.body && tag.startsWith('mr-'))) for (const a of el.attributes) {
        const name = a.name.toLowerCase();
        const value = a.value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
        if (name.startsWith('on') && name.length > 2) found.push(where + ': <' + tag + ' ' + a.name + '="' + a.value.slice(0, 80) + '">');
        if (name === 'srcdoc') found.push(where + ': <' + tag + ' srcdoc>');
        if (URLS.has(name) && /^(javascript:|vbscript:|data:text\/html)/.test(value)) found.push(where + ': <' + tag + ' ' + a.name + '="' + a.value.slice(0, 80) + '">');
        if (tag === 'form' && name === 'action') found.push(where + ': <form action="' + a.value.slice(0, 80) + '">');
      }
      if (el.shadowRoot) visit(el.shadowRoot, where + ' > ' + tag + '::shadow');
    }
  };
  visit(document.body, 'body');
  return found;
})()`;

// ---- watching a page ------------------------------------------------------------------------

interface Watched {
  page: Page;
  tag: string;
  widget: Locator;
  /** Every request of the page (and its workers): method, type and URL. */
  requests: Array<{ method: string; type: string; url: string }>;
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** Uncaught exceptions alone. */
  crashes: string[];
  /** CSP violations reported by the page (JSON). */
  violations: string[];
  /** Attempts to store, set a cookie or use the network (from the page's APIs). */
  attempts: string[];
  dialogs: string[];
}

let browser: Browser;
const servers: { strict?: Served; litPolicy?: Served; open?: Served } = {};

beforeAll(async () => {
  const all = pages();
  [browser, servers.strict, servers.litPolicy, servers.open] = await Promise.all([
    launch(),
    serve({ 'content-security-policy': STRICT_CSP }, all),
    serve({ 'content-security-policy': STRICT_CSP_LIT_POLICY }, all),
    serve({}, all),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await Promise.all(Object.values(servers).map((s) => s?.close()));
});

async function open(server: Served, path: string, tag = ''): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width: 360, height: 720 } });
  const page = await context.newPage();
  const seen: Watched = { page, tag, widget: page.locator(tag || 'body'), requests: [], errors: [], crashes: [], violations: [], attempts: [], dialogs: [] };
  context.on('request', (r) => seen.requests.push({ method: r.method(), type: r.resourceType(), url: r.url() }));
  page.on('pageerror', (e) => (seen.errors.push(String(e)), seen.crashes.push(String(e))));
  page.on('console', (m) => {
    if (m.type() === 'error') seen.errors.push(m.text());
  });
  page.on('dialog', (d) => {
    seen.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss().catch(() => {});
  });
  await page.exposeFunction('__mrSafety', (kind: string, detail: string) => {
    if (kind === 'csp') seen.violations.push(detail);
    else seen.attempts.push(`${kind}: ${detail}`);
  });
  await page.addInitScript({ content: INSTRUMENT });
  await page.goto(`${server.url}${path}`);
  return seen;
}

async function openWidget(server: Served, name: string): Promise<Watched> {
  return open(server, `/__safety/${name}.html`, `mr-${name}`);
}

/** Waits until the widget has drawn something in its shadow root; false if it never does. */
async function rendered(seen: Watched, timeout = 5_000): Promise<boolean> {
  try {
    await seen.page.waitForFunction(
      (tag) => {
        const root = document.querySelector(tag)?.shadowRoot;
        return !!root && root.childElementCount > 0 && (root.textContent ?? '').trim().length > 0;
      },
      seen.tag,
      { timeout },
    );
    return true;
  } catch {
    return false;
  }
}

/** Lets pending reports (bindings, late requests) arrive. */
async function settle(seen: Watched): Promise<void> {
  await seen.page.waitForTimeout(150);
  if (!seen.page.isClosed()) await seen.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))).catch(() => {});
}

/** Requests that are not the page itself or a widget script file from the page's own origin. */
function unexpectedRequests(seen: Watched, server: Served, name: string): string[] {
  return seen.requests
    .filter((r) => {
      if (r.method !== 'GET') return true;
      if (r.url === `${server.url}/__safety/${name}.html`) return r.type !== 'document';
      if (!r.url.startsWith(`${server.url}/cdn/`)) return true;
      return !/^\/cdn\/(chunks\/)?[\w.-]+\.js$/.test(new URL(r.url).pathname) || r.type !== 'script';
    })
    .map((r) => `${r.method} ${r.type} ${r.url}`);
}

async function scan(page: Page): Promise<string[]> {
  return (await page.evaluate(SCAN)) as string[];
}

/** Cookies, Web Storage, IndexedDB, Cache Storage and service workers of the page's origin. */
async function stored(seen: Watched, server: Served, name: string): Promise<Record<string, number>> {
  if (!seen.page.url().startsWith(server.url)) await seen.page.goto(`${server.url}/__safety/${name}.html`);
  const extra = await seen.page.evaluate(async () => ({
    caches: (await caches.keys()).length,
    serviceWorkers: (await navigator.serviceWorker.getRegistrations()).length,
    documentCookie: document.cookie.length,
  }));
  return { ...(await storedState(seen.page)), ...extra };
}

const NOTHING_STORED = { cookies: 0, local: 0, session: 0, idb: 0, caches: 0, serviceWorkers: 0, documentCookie: 0 };

// ---- interaction ----------------------------------------------------------------------------

const visible = (l: Locator): Locator => l.filter({ visible: true });

/** The brief's "little interaction": fill the first visible text field, click the first visible enabled button. */
async function poke(seen: Watched): Promise<string> {
  const field = visible(seen.widget.locator(TEXT_FIELDS)).first();
  let did = '';
  if (await field.count()) {
    await field.fill('12');
    did += 'filled the first text field; ';
  }
  const button = visible(seen.widget.locator('button:not([disabled])')).first();
  if (await button.count()) {
    did += `clicked "${((await button.textContent()) ?? '').trim().replace(/\s+/g, ' ')}"`;
    await button.click();
  }
  await settle(seen);
  return did;
}

/**
 * Answers whatever the current screen asks with harmless values and presses its submit button,
 * up to `steps` times (stops when the screen stops changing or has no submit button).
 */
async function walk(seen: Watched, steps = 6): Promise<void> {
  for (let i = 0; i < steps; i++) {
    const before = await seen.widget.evaluate((el) => el.shadowRoot?.innerHTML.length ?? 0);
    await seen.widget.evaluate((el) => {
      const root = el.shadowRoot!;
      const radios = new Map<string, HTMLInputElement[]>();
      for (const input of root.querySelectorAll('input')) {
        if (!input.getClientRects().length || input.disabled) continue;
        if (input.type === 'radio') radios.set(input.name || input.id, [...(radios.get(input.name || input.id) ?? []), input]);
      }
      for (const group of radios.values()) if (!group.some((r) => r.checked)) group[0]!.click();
      for (const select of root.querySelectorAll('select')) {
        if (!select.getClientRects().length || select.value) continue;
        const option = [...select.options].find((o) => o.value);
        if (option) {
          select.value = option.value;
          select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
          select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        }
      }
    });
    const submit = visible(seen.widget.locator('button[type=submit]:not([disabled])')).first();
    if (!(await submit.count())) break;
    await submit.click();
    await settle(seen);
    const after = await seen.widget.evaluate((el) => el.shadowRoot?.innerHTML.length ?? 0);
    if (after === before) break;
  }
}

const button = (seen: Watched, name: string | RegExp): Locator => seen.widget.getByRole('button', { name, exact: typeof name === 'string' }).first();
const label = (seen: Watched, name: string): Locator => seen.widget.getByLabel(name, { exact: true }).first();

/** Harmless tours that reach the deeper screens (and, for most, a result). */
const TOURS: Record<string, (seen: Watched) => Promise<void>> = {
  'wage-calculator': async (s) => {
    await button(s, 'Next').click();
    await label(s, 'First day of work in this period').fill('2025-01-01');
    await label(s, 'Last day of work in this period').fill('2025-03-31');
    await label(s, 'No, I still work there').check();
    await button(s, 'Next').click();
    await label(s, 'Basic wage per month').fill('900');
    await button(s, 'Next').click();
    await label(s, 'All wages you received for this period').fill('1500');
    await button(s, 'Next').click();
    await label(s, 'Extra hours on normal days').fill('10');
    await button(s, 'Show what I am owed').click();
    await s.widget.locator('[part=total]').waitFor();
    await label(s, 'How many NPR for 1 QAR?').fill('36.5');
  },
  'fee-checker': async (s) => {
    await button(s, 'Next').click();
    await label(s, 'Agency or agent service fee').check();
    await label(s, 'How much did you pay?').fill('150000');
    await label(s, 'Recruitment agency').check();
    await label(s, 'No receipt').check();
    await label(s, 'When did you pay?').fill('2024-03-01');
    await button(s, 'Save this payment').click();
    await button(s, 'Next').click();
    await label(s, 'Monthly wage in the job abroad (you can leave it empty)').fill('1800');
    await label(s, 'How many NPR for 1 QAR?').fill('36.5');
    await button(s, 'Check my payments').click();
    await s.widget.locator('.months-text').waitFor();
  },
  'case-form': async (s) => {
    await label(s, 'The worker agreed that I write down their case').check();
    await label(s, 'Share the case without names').check();
    await button(s, 'Continue to the case').click();
    await label(s, 'A made-up name for this case').fill('Worker A');
    await button(s, /^What went wrong/).click();
    await button(s, 'Add something that went wrong').click();
    await s.widget.getByLabel('What happened').first().selectOption('unpaid-wages');
    await s.widget.getByLabel('Since (date)').first().fill('2025-01');
    await s.widget.getByLabel('Money lost or paid').first().fill('3000');
    await button(s, /^Save and make a file/).click();
    await button(s, 'Save this case in the list').click();
    await s.widget.getByText('The case is saved in the list below.').waitFor();
    await button(s, 'JSON file (for other tools)').click();
  },
  'case-stats': async (s) => {
    await s.widget.locator('#files').setInputFiles({ name: 'cases.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(casesFile([sampleCase()]))) });
    await expect.poll(() => s.widget.locator('#total-cases').textContent()).toBe('1');
    const rate = visible(s.widget.locator('input[id^=rate-]')).first();
    if (await rate.count()) await rate.fill('36.5');
  },
  'quick-exit': async (s) => {
    await button(s, 'Leave this page').click();
    await s.page.waitForURL('about:blank');
  },
};

// ---- structured data ------------------------------------------------------------------------

function sampleCase(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'case-0001-safety',
    schemaVersion: 1,
    createdOn: '2024-10-01',
    updatedOn: '2024-10-15',
    status: 'open',
    worker: { pseudonym: 'Worker 1', sector: 'construction', nationality: 'NP' },
    journey: { origin: 'NP', destination: 'QA' },
    violations: [{ type: 'unpaid-wages', period: { from: '2024-03' }, amount: { currency: 'QAR', minor: 150000 } }],
    actions: [],
    referrals: [],
    consent: { given: true, scope: 'share-anonymised', givenOn: '2024-10-01' },
    ...overrides,
  };
}

function casesFile(cases: unknown[], schemaVersion: unknown = 1): unknown {
  return { format: 'mrk-cases', schemaVersion, cases };
}

/** A case whose every free-text field (and, as a property bypasses validation, several codes) is a payload. */
function hostileCase(i: number): Record<string, unknown> {
  const p = (k: number) => PAYLOADS[(i + k) % PAYLOADS.length]!;
  return sampleCase({
    id: `case-${String(i).padStart(4, '0')}-hostile`,
    worker: { pseudonym: p(0), occupation: p(1), sector: p(2), nationality: p(3), identifiers: { name: p(4), passportNo: p(5), phone: p(0) } },
    journey: { origin: p(1), originPlace: p(2), destination: i % 2 ? 'QA' : p(3), destinationPlace: p(4), recruiter: p(5), subAgent: p(0) },
    violations: [
      { type: 'unpaid-wages', period: { from: '2024-03' }, amount: { currency: i % 2 ? 'QAR' : p(1), minor: 150000 } },
      { type: p(2), period: { from: p(3) } },
    ],
    actions: [{ kind: 'complaint', body: p(4), filedOn: '2024-05', outcome: 'pending' }],
    referrals: [{ kind: 'legal-aid', organisation: p(5), on: '2024-05' }],
    consent: { given: true, scope: 'share-identified', givenOn: '2024-10-01' },
  });
}

// ---- XSS helpers ----------------------------------------------------------------------------

interface Typed {
  id: string;
  value: string;
}

/** Types a payload into every visible text field of the current screen; returns what was typed where. */
async function typeEverywhere(seen: Watched, offset: number): Promise<Typed[]> {
  // Fields folded away in a <details> count as shown: open them (in nested widgets too).
  await seen.widget.evaluate((host) => {
    const roots: ShadowRoot[] = host.shadowRoot ? [host.shadowRoot] : [];
    while (roots.length) {
      const root = roots.pop()!;
      for (const el of root.querySelectorAll('*')) {
        if (el instanceof HTMLDetailsElement) el.open = true;
        if (el.shadowRoot) roots.push(el.shadowRoot);
      }
    }
  });
  await settle(seen);
  const fields = visible(seen.widget.locator(TEXT_FIELDS));
  const n = await fields.count();
  const typed: Typed[] = [];
  for (let i = 0; i < n; i++) {
    const field = fields.nth(i);
    const id = (await field.getAttribute('id')) ?? '';
    const value = PAYLOADS[(offset + i) % PAYLOADS.length]!;
    if (i === 0) {
      // One field per screen gets real keystrokes (keydown/keypress/input), the others a paste-like fill.
      await field.fill('');
      await field.pressSequentially(value);
    } else await field.fill(value);
    expect(await field.inputValue(), `#${id} keeps what was typed`).toBe(value);
    typed.push({ id, value });
  }
  return typed;
}

/** Every typed field still on screen (with `all`, every typed field: it must be on screen) holds exactly what was typed. */
async function expectKept(seen: Watched, typed: Typed[], all = false): Promise<void> {
  for (const t of typed) {
    const field = seen.widget.locator(`[id="${t.id}"]`).first();
    if (all) expect(t.id && (await field.isVisible()), `#${t.id} is shown again`).toBe(true);
    else if (!t.id || !(await field.count()) || !(await field.isVisible())) continue;
    expect(await field.inputValue(), `#${t.id} still holds the payload`).toBe(t.value);
  }
}

async function expectInert(seen: Watched, what: string): Promise<void> {
  await settle(seen);
  expect(seen.dialogs, `${what}: no dialog`).toEqual([]);
  expect(await scan(seen.page), `${what}: nothing created from the payloads`).toEqual([]);
  expect(seen.crashes, `${what}: no uncaught exception`).toEqual([]);
}

/** Fills every field of a screen with payloads, presses `advance`, checks nothing ran and nothing was lost. */
async function hostileScreen(seen: Watched, all: Typed[], advance?: Locator): Promise<Typed[]> {
  const typed = await typeEverywhere(seen, all.length);
  all.push(...typed);
  await expectInert(seen, `after typing into ${typed.map((t) => `#${t.id}`).join(', ') || 'nothing'}`);
  if (advance) {
    await advance.click();
    await expectInert(seen, 'after submitting the payloads');
    await expectKept(seen, typed);
  }
  return typed;
}

/** Replaces payloads in the fields still on screen with `values` (by id), or clears them. */
async function repair(seen: Watched, typed: Typed[], values: Record<string, string> = {}): Promise<void> {
  for (const t of typed) {
    const field = seen.widget.locator(`[id="${t.id}"]`).first();
    if (t.id && (await field.count()) && (await field.isVisible())) await field.fill(values[t.id] ?? '');
  }
}

/** How many text fields the hostile tours reach (so a tour that silently stops short fails). */
const MIN_TYPED: Record<string, number> = { 'wage-calculator': 12, 'fee-checker': 3, 'case-form': 23, 'case-stats': 2 };

/** Walks the first screens of a widget with payloads in every text field it shows. */
const HOSTILE_TOURS: Record<string, (seen: Watched, all: Typed[]) => Promise<void>> = {
  'wage-calculator': async (s, all) => {
    await button(s, 'Next').click();
    await label(s, 'First day of work in this period').fill('2025-01-01');
    await label(s, 'Last day of work in this period').fill('2025-03-31');
    await label(s, 'No, I still work there').check();
    await button(s, 'Next').click();
    const pay = await hostileScreen(s, all, button(s, 'Next'));
    await repair(s, pay, { basic: '900' });
    await button(s, 'Next').click();
    await button(s, 'Add money taken from wages').click();
    const received = await hostileScreen(s, all, button(s, 'Next'));
    await repair(s, received, { paid: '1500' });
    await button(s, 'Remove deduction 1').click();
    await button(s, 'Next').click();
    const hours = await hostileScreen(s, all, button(s, 'Show what I am owed'));
    await repair(s, hours);
    await button(s, 'Show what I am owed').click();
    await s.widget.locator('[part=total]').waitFor();
    await hostileScreen(s, all); // the exchange-rate field on the result
  },
  'fee-checker': async (s, all) => {
    await button(s, 'Next').click();
    await label(s, 'Agency or agent service fee').check();
    await label(s, 'Recruitment agency').check();
    await label(s, 'No receipt').check();
    await label(s, 'When did you pay?').fill('2024-03-01');
    const payment = await hostileScreen(s, all, button(s, 'Save this payment'));
    await repair(s, payment, { 'payment-amount': '150000' });
    await button(s, 'Save this payment').click();
    await button(s, 'Next').click();
    await hostileScreen(s, all, button(s, 'Check my payments'));
  },
  'case-form': async (s, all) => {
    const consent = await hostileScreen(s, all, button(s, 'Continue to the case'));
    await repair(s, consent, { 'consent-givenOn': '2025-01-15' });
    await label(s, 'The worker agreed that I write down their case').check();
    await label(s, 'Share the case with the worker’s name').check();
    await button(s, 'Continue to the case').click();
    // Every part, reached through the part list (the form allows any order); "Next part" checks each.
    const parts: Array<[RegExp, string, string | undefined]> = [
      [/^The worker/, 'worker', undefined],
      [/^Journey and contract/, 'journey', undefined],
      [/^What went wrong/, 'violations', 'Add something that went wrong'],
      [/^Complaints/, 'actions', 'Add a complaint'],
      [/^Referrals/, 'referrals', 'Add a referral'],
    ];
    const typedIn = new Map<RegExp, Typed[]>();
    for (const [part, section, add] of parts) {
      // Only a part not open already is chosen (choosing the open part again is its own test below).
      if ((await s.widget.locator('[part=base]').first().getAttribute('data-section')) !== section) await button(s, part).click();
      if (add) await button(s, add).click();
      typedIn.set(part, await hostileScreen(s, all, button(s, 'Next part')));
    }
    await button(s, /^Save and make a file/).click();
    await hostileScreen(s, all, button(s, 'Save this case in the list')); // passphrases, then save (refused: the dates are payloads)
    // Nothing typed was lost on the way: back in each part, every payload is still there.
    for (const [part, typed] of typedIn) {
      await button(s, part).click();
      await s.page.waitForTimeout(50);
      await expectKept(s, typed, true);
      await expectInert(s, `back in ${part.source}`);
    }
    expect(typedIn.get(parts[0]![0])!.length, 'pseudonym, job, name, passport, phone').toBe(5);
  },
  'case-stats': async (s, all) => {
    // A case in QAR while the numbers are shown in NPR: the rate field appears.
    await s.widget.locator('#files').setInputFiles({ name: 'cases.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(casesFile([sampleCase()]))) });
    await expect.poll(() => s.widget.locator('#total-cases').textContent()).toBe('1');
    await hostileScreen(s, all);
    // An encrypted file whose name is a payload: the name is shown, and a passphrase field appears.
    const name = `${PAYLOADS[0]}.json`;
    await s.widget.locator('#files').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ format: 'mrk-encrypted-cases', version: 1 })) });
    await s.widget.locator('#passphrase').waitFor();
    await expect(s.widget.locator('#locked-hint').textContent()).resolves.toContain(name);
    await hostileScreen(s, all, button(s, 'Open'));
  },
};

// ---- the tests ------------------------------------------------------------------------------

describe('safety suite: its own detectors catch what they are meant to catch', () => {
  it('finds the widgets: every CDN file of packages/widgets/dist/cdn is hosted by the demo', () => {
    expect(WIDGETS.length, `no widget in ${DIST_CDN}: build them (cd packages/widgets && npx tsup)`).toBeGreaterThan(0);
    const missing = WIDGETS.filter((w) => !existsSync(`${DEMO_CDN}${w}.js`));
    expect(missing, 'copy them next to the demo pages: cd apps/demo && node scripts/copy-cdn.mjs').toEqual([]);
  });

  it('reports CSP violations under the strict policy (an inline script and an inline style attribute are refused and reported)', async () => {
    const seen = await open(servers.strict!, '/__safety/control-inline.html');
    await settle(seen);
    const directives = seen.violations.map((v) => (JSON.parse(v) as { directive: string }).directive).sort();
    expect(directives).toEqual(['script-src-elem', 'style-src-attr']);
    expect(await seen.page.evaluate(() => (window as unknown as { inlineRan?: boolean }).inlineRan)).toBeUndefined();
    expect(seen.dialogs).toEqual([]);
    expect(seen.errors.length).toBeGreaterThan(0); // Chromium also logs each refusal as a console error
    await seen.page.context().close();
  });

  it('reports dialogs, injected markup, foreign requests, storage and cookies (a page that does all of them, without CSP)', async () => {
    const server = servers.open!;
    const seen = await open(server, '/__safety/control-misbehaving.html');
    await settle(seen);
    expect(seen.dialogs).toEqual(['alert: xss']);
    expect(await scan(seen.page)).toEqual([
      'body > div::shadow: <img> <img src="x" onerror="void 0">',
      'body > div::shadow: <img onerror="void 0">',
    ]);
    const unexpected = unexpectedRequests(seen, server, 'control-misbehaving');
    expect(unexpected).toEqual(expect.arrayContaining([`GET image ${server.url}/__safety/x`, expect.stringMatching(/^GET fetch http:\/\/localhost:\d+\/__safety\/control-misbehaving\.html$/)]));
    expect(seen.attempts).toEqual(expect.arrayContaining(['storage: setItem(k, v)', 'cookie: tracked=1; path=/', 'storage: open(db)', expect.stringMatching(/^network: fetch\(http:\/\/localhost:/)]));
    const state = await seen.page.evaluate(() => ({ local: localStorage.length, cookie: document.cookie }));
    expect(state).toEqual({ local: 1, cookie: 'tracked=1' });
    await seen.page.context().close();
  });
});

describe.each(WIDGETS)('<mr-%s>', (name) => {
  const tag = `mr-${name}`;

  // Under `trusted-types 'none'` no Lit element can start (Lit must create its `lit-html` policy
  // to make templates), so the policy partners are told to send (README, "Strict CSP") allows
  // exactly that one policy and nothing else.
  for (const [policyName, which] of [["a strict CSP with Trusted Types required (trusted-types lit-html)", 'litPolicy']] as const) {
    it(`renders and works under ${policyName}: no violation, no console error, nothing from elsewhere`, async () => {
      const server = servers[which]!;
      const seen = await openWidget(server, name);
      const drawn = await rendered(seen);
      await settle(seen);
      const report = () => `violations: ${seen.violations.join('\n')}\nerrors: ${seen.errors.join('\n')}`;
      expect(seen.violations, report()).toEqual([]);
      expect(seen.errors, report()).toEqual([]);
      expect(drawn, `${tag} drew nothing in its shadow root`).toBe(true);

      // A little interaction: the deeper screens (harmless answers), then, fresh, its first text field and button.
      await (TOURS[name] ?? walk)(seen);
      await settle(seen);
      if (!seen.page.url().startsWith(server.url)) await seen.page.goto(`${server.url}/__safety/${name}.html`);
      await rendered(seen);
      const did = await poke(seen);
      expect(did, 'there was something to interact with').not.toBe('');
      expect(seen.violations, report()).toEqual([]);
      expect(seen.errors, report()).toEqual([]);
      expect(unexpectedRequests(seen, server, name)).toEqual([]);
      await seen.page.context().close();
    });
  }

  it('keeps XSS payloads typed into its text fields as text (no dialog, no markup, nothing lost)', async () => {
    const server = servers.open!;
    const seen = await openWidget(server, name);
    expect(await rendered(seen)).toBe(true);
    const all: Typed[] = [];
    const tour = HOSTILE_TOURS[name];
    if (tour) await tour(seen, all);
    else {
      // No known text field beyond the first screen: whatever the first screens show (often none).
      await hostileScreen(seen, all);
      await walk(seen, 3);
      await hostileScreen(seen, all);
    }
    expect(all.length, `${tag}: the payloads reached its text fields`).toBeGreaterThanOrEqual(MIN_TYPED[name] ?? 0);
    await expectInert(seen, 'at the end');
    expect(seen.errors).toEqual([]);
    expect(unexpectedRequests(seen, server, name)).toEqual([]);
    await seen.page.context().close();
  });

  it('renders hostile attribute values (every attribute it observes, and lang) inert, on first render and on change', async () => {
    const server = servers.open!;
    const seen = await openWidget(server, name);
    expect(await rendered(seen)).toBe(true);
    const attributes = await seen.page.evaluate(
      ({ tag, payloads }) => {
        const ctor = customElements.get(tag) as unknown as { observedAttributes?: string[] };
        const names = [...(ctor.observedAttributes ?? [])];
        // First render with hostile values: a new element, every attribute set before it connects.
        const fresh = document.createElement(tag);
        names.forEach((n, i) => fresh.setAttribute(n, payloads[i % payloads.length]!));
        fresh.setAttribute('lang', payloads[0]!);
        fresh.id = 'hostile';
        document.querySelector('main')!.append(fresh);
        // Change: the original element gets them one by one.
        const original = document.querySelector(tag)!;
        names.forEach((n, i) => original.setAttribute(n, payloads[(i + 1) % payloads.length]!));
        return names;
      },
      { tag, payloads: PAYLOADS },
    );
    await seen.page.waitForFunction((tag) => (document.getElementById('hostile')?.shadowRoot?.childElementCount ?? 0) > 0, tag);
    await expectInert(seen, `attributes ${attributes.join(', ')}`);
    // Both still work: press what each offers first (not a way off the page).
    for (const el of [seen.page.locator(`${tag}#hostile`), seen.page.locator(`${tag}:not(#hostile)`)]) {
      const first = visible(el.locator('button:not([disabled])')).first();
      if ((await first.count()) && !/leave/i.test((await first.textContent()) ?? '')) await first.click();
    }
    await expectInert(seen, 'after pressing the first button');
    expect(unexpectedRequests(seen, server, name)).toEqual([]);
    await seen.page.context().close();
  });

  it('makes no request outside its own files, sets no cookie and writes no storage while used', async () => {
    const server = servers.open!;
    const seen = await openWidget(server, name);
    expect(await rendered(seen)).toBe(true);
    await (TOURS[name] ?? walk)(seen);
    await settle(seen);
    if (!seen.page.url().startsWith(server.url)) await seen.page.goto(`${server.url}/__safety/${name}.html`);
    await rendered(seen);
    await poke(seen);
    await settle(seen);
    expect(seen.attempts, 'no storage, cookie or network API was called').toEqual([]);
    expect(unexpectedRequests(seen, server, name)).toEqual([]);
    expect(seen.requests.filter((r) => r.url.includes('/cdn/')).length, 'its script was loaded').toBeGreaterThan(0);
    expect(await stored(seen, server, name)).toEqual(NOTHING_STORED);
    expect(seen.errors).toEqual([]);
    await seen.page.context().close();
  });
});

// ---- data strings of specific widgets -------------------------------------------------------

const has = (name: string): boolean => WIDGETS.includes(name);

describe('hostile data strings of specific widgets stay inert', () => {
  it.runIf(has('case-stats'))('case-stats: `cases` with payloads in every text field and in codes; files with hostile names and contents', async () => {
    const server = servers.open!;
    const seen = await openWidget(server, 'case-stats');
    expect(await rendered(seen)).toBe(true);
    const cases = Array.from({ length: PAYLOADS.length }, (_, i) => hostileCase(i));
    await seen.widget.evaluate((el, cases) => ((el as unknown as { cases: unknown[] }).cases = cases), cases);
    await settle(seen);
    await expectInert(seen, 'the cases property');
    // Open every table the charts offer: labels drawn from the data, as text.
    const tables = visible(seen.widget.getByRole('button', { name: /table/i }));
    for (let i = 0; i < (await tables.count()); i++) await tables.nth(i).click();
    await expectInert(seen, 'the tables');
    expect(await seen.widget.locator('#total-cases').textContent()).toBe(String(cases.length));

    // Files: a payload as a file name, a payload as the schema version, invalid cases full of payloads, a hostile CSV.
    const files = [
      { name: `${PAYLOADS[1]}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(casesFile([], PAYLOADS[0]))) },
      { name: 'invalid.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(cases)) },
      { name: `${PAYLOADS[3]}.csv`, mimeType: 'text/csv', buffer: Buffer.from(`id,${PAYLOADS[0]},worker.pseudonym\n${PAYLOADS[1]},"${PAYLOADS[4]}","${PAYLOADS[2]}"\n`) },
    ];
    await seen.widget.locator('#files').setInputFiles(files);
    await settle(seen);
    await expectInert(seen, 'hostile files');
    const text = (await seen.widget.evaluate((el) => el.shadowRoot!.textContent)) ?? '';
    expect(text, 'the hostile file name is shown as text').toContain(files[0]!.name);
    expect(seen.errors).toEqual([]);
    expect(unexpectedRequests(seen, server, 'case-stats')).toEqual([]);
    expect(await stored(seen, server, 'case-stats')).toEqual(NOTHING_STORED);
    await seen.page.context().close();
  });

  it.runIf(has('case-form'))('case-form: a payload as the made-up name is saved and listed as text', async () => {
    const server = servers.open!;
    const seen = await openWidget(server, 'case-form');
    expect(await rendered(seen)).toBe(true);
    const s = seen;
    await label(s, 'The worker agreed that I write down their case').check();
    await label(s, 'Share the case without names').check();
    await button(s, 'Continue to the case').click();
    await label(s, 'A made-up name for this case').fill(PAYLOADS[0]!);
    await label(s, 'Job').fill(PAYLOADS[1]!);
    await button(s, /^Save and make a file/).click();
    await button(s, 'Save this case in the list').click();
    await s.widget.getByText('The case is saved in the list below.').waitFor();
    await expectInert(seen, 'the saved case');
    const text = (await seen.widget.evaluate((el) => el.shadowRoot!.textContent)) ?? '';
    expect(text, 'the list shows the made-up name as typed').toContain(PAYLOADS[0]);
    expect(seen.attempts).toEqual([]);
    expect(await stored(seen, server, 'case-form')).toEqual(NOTHING_STORED);
    await seen.page.context().close();
  });

  it.runIf(has('case-form'))('case-form: typing right after choosing the part already open keeps every character', async () => {
    const seen = await openWidget(servers.open!, 'case-form');
    expect(await rendered(seen)).toBe(true);
    const s = seen;
    await label(s, 'The worker agreed that I write down their case').check();
    await label(s, 'Share the case without names').check();
    await button(s, 'Continue to the case').click();
    await button(s, /^The worker/).click(); // the part already open, chosen again in the part list
    await s.page.waitForTimeout(300); // a person's pause: nothing is pending any more
    const name = label(s, 'A made-up name for this case');
    await name.click();
    await name.pressSequentially('Worker A', { delay: 20 });
    const focused = await s.widget.evaluate((el) => el.shadowRoot!.activeElement?.id);
    expect({ value: await name.inputValue(), focused }).toEqual({ value: 'Worker A', focused: 'worker-pseudonym' });
    await seen.page.context().close();
  });

  it.runIf(has('complaint-pathway'))('complaint-pathway: hostile referral name, phone and URL (javascript:) are text, never a link', async () => {
    const server = servers.open!;
    const seen = await openWidget(server, 'complaint-pathway');
    expect(await rendered(seen)).toBe(true);
    for (const [i, url] of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>', PAYLOADS[1]!].entries()) {
      await seen.widget.evaluate(
        (el, [name, phone, url]) => {
          // Straight to the result, where the partner's "Local help" card is shown.
          for (const [k, v] of Object.entries({ destination: 'QA', origin: 'NP', 'worker-category': 'general', problem: 'unpaid-wages' })) el.setAttribute(k, v);
          el.setAttribute('referral-name', name!);
          el.setAttribute('referral-phone', phone!);
          el.setAttribute('referral-url', url!);
        },
        [PAYLOADS[i]!, `${PAYLOADS[(i + 1) % PAYLOADS.length]} 555 1234`, url],
      );
      await expectInert(seen, `referral-url=${url}`);
      const help = seen.widget.locator('[part=local-help]');
      // The result waits for the countries' law, which the widget fetches from its own folder.
      await expect.poll(() => help.isVisible(), { message: 'the "Local help" card is shown', timeout: 15_000 }).toBe(true);
      const shown = (await help.textContent()) ?? '';
      expect(shown, 'name, phone and URL are shown as typed').toContain(PAYLOADS[i]!);
      expect(shown).toContain(url.trim());
      const links = await help.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      expect(links.filter((h) => !/^tel:\+?\d+$/.test(h)), 'the hostile URL is not a link; the phone is a tel: link of digits').toEqual([]);
    }
    expect(seen.errors).toEqual([]);
    await seen.page.context().close();
  });

  for (const [name, attribute, leave] of [
    ['quick-exit', 'href', 'Leave this page'],
    ['forced-labour-screen', 'exit-href', 'Leave quickly (clears answers)'],
  ] as const) {
    it.runIf(has(name))(`${name}: a javascript: URL in ${attribute} is never run when the person leaves`, async () => {
      const server = servers.open!;
      const seen = await openWidget(server, name);
      expect(await rendered(seen)).toBe(true);
      await seen.widget.evaluate((el, a) => el.setAttribute(a, 'javascript:alert(document.domain)'), attribute);
      await button(seen, leave).click();
      await seen.page.waitForTimeout(500);
      expect(seen.dialogs, `${name} ran the script in ${attribute}`).toEqual([]);
      expect(seen.crashes).toEqual([]);
      await seen.page.context().close();
    });
  }
});
