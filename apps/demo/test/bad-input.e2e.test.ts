/**
 * Bad input in the browser (issue 8): 10,000 hostile strings per calculator, generated in Node with
 * fast-check, typed in Chromium into every money, number and date text box of <mr-wage-calculator>
 * (index.html) and <mr-fee-checker> (fees.html), one step of the widget at a time.
 *
 * Every string is typed into every text box of every step (set `.value`, dispatch `input` and
 * `change`, await the widget's update) and checked. One string in SUBMIT_EVERY is also submitted at
 * one of the steps (each step takes its own share): the flow is followed forward as far as it goes
 * (the other steps hold valid answers, so an accepted string reaches the SDK and, up to a budget,
 * the result), then back; every tenth rejected one also leaves the step and comes back. Date boxes
 * get 1,000 date-like strings each, all submitted. Throughout:
 *  - no lost input: every box still holds exactly what was typed (as the browser's own control of
 *    that type keeps it: a text box drops line breaks, a date box keeps only a valid date);
 *  - no rendered text or attribute says NaN, Infinity or undefined, or shows a negative amount;
 *  - no element or attribute was made from the input (img, script, iframe, on* handlers…);
 *  - no page error, console error or dialog.
 * Strings go to the page in batches of 500; each batch runs wholly in the page. A first test checks
 * that these checks do see lost input, NaN and injected markup made on purpose.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright';
import fc from 'fast-check';
import { launch, serve, watch, type Served } from './browser.js';

const CASES = Number(process.env['BAD_INPUT_CASES'] ?? 10_000);
const DATE_CASES = 1_000;
const BATCH = 500;
const SEED = Number(process.env['BAD_INPUT_SEED'] ?? 20_260_408);
const TIMEOUT = 240_000;
/**
 * Every string is typed into every box; one string in SUBMIT_EVERY is also submitted, at one step
 * (each pass over a step takes its own share), and followed as far as it gets.
 */
const SUBMIT_EVERY = 5;
/** Accepted strings followed all the way to the result, per pass (each is a walk through every step). */
const RESULTS_PER_PASS = Number(process.env['BAD_INPUT_RESULTS'] ?? 50);

// ---- hostile strings (Node) -----------------------------------------------------------------

/** Zero of each digit system a person might type in: ASCII, Arabic-Indic, Persian, Devanagari, Bengali, Thai, full-width, Myanmar, Khmer. */
const DIGIT_ZEROS = [0x30, 0x660, 0x6f0, 0x966, 0x9e6, 0xe50, 0xff10, 0x1040, 0x17e0];
const toDigits = (text: string, zero: number) => text.replace(/[0-9]/g, (d) => String.fromCodePoint(zero + Number(d)));

const MARKS = ['\u200F', '\u200E', '\u202B', '\u202E', '\u2066', '\u061C', '\u200D', '\uFEFF', '\u0000', '\u00A0', '\u202F', ' ', '\t', '\n', '\r\n', '\uD800', '\uDFFF'];
const SIGNS = ['', '', '', '-', '+', '\u2212', '\u2010', '(', '--'];
const AFFIXES = ['', '', '', 'QAR', 'QAR ', ' NPR', 'Rs.', '₨', 'ر.ق', '$', '€', '%', 'h', ' hours'];
const LOCALES = ['en', 'de', 'fr', 'ar-EG', 'ar-SA', 'fa-IR', 'hi-IN', 'ne-NP', 'bn-BD', 'th-TH-u-nu-thai', 'id-ID', 'ur-PK', 'en-IN', 'de-CH', 'my-MM'];

const XSS = [
  '<img src=x onerror=alert(1)>',
  '<img src=x onerror="window.__pwned=1">',
  '"><svg onload=alert(1)>',
  '<script>window.__pwned=1</script>',
  "'><iframe src=javascript:alert(1)>",
  'javascript:alert(1)',
  "{{constructor.constructor('alert(1)')()}}",
  '${alert(1)}',
  '<style>*{display:none}</style>',
  '</textarea><b onmouseover=alert(1)>x</b>',
  '&lt;img src=x onerror=alert(1)&gt;',
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
];

const SPECIALS = [
  '', ' ', '0', '-0', '+0', '00', '0.0', '.', ',', '..', ',,', '٫', '٬', '١٫٥', '٣٦٫٥', '१,००,०००', '১২৩', '๑๒๓', '１２３', '၁၂၃',
  '1e309', '-1e309', '1e3', '1E-7', '0x10', '0b101', '0o17', '1_000', "1'000", '1 000,50', '1.000,50', '1,000.50', '1.500', '1,5', '1.5.5', '5.', '.5',
  'NaN', 'Infinity', '-Infinity', 'undefined', 'null', 'true', 'false', '[object Object]', '{}', '[]', '__proto__', 'constructor', 'toString',
  '½', '1/2', '١/٢', '99999999999999999999', '9007199254740993', '-9007199254740993', '100000000000.01', '1000000000', '36.5', '1800', '10', '0.01', '0.001',
  '2024-02-29', '2024-02-30', '2025-1-1', '29/02/2024', '\u202E1500', '1500\u0000', '\u200F١٥٠٠', '\uFEFF1800', '１８００',
  ...XSS,
];

/** A number written the way people and programs write numbers, in any digits, with noise around it. */
const numberText = fc
  .record({
    n: fc.oneof(fc.double(), fc.integer(), fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.nat({ max: 100_000 })),
    style: fc.constantFrom('string', 'fixed', 'exponential', 'locale', 'currency', 'grouped'),
    digits: fc.integer({ min: 0, max: 12 }),
    locale: fc.constantFrom(...LOCALES),
    zero: fc.constantFrom(...DIGIT_ZEROS, 0x30, 0x30, 0x30),
    sign: fc.constantFrom(...SIGNS),
    before: fc.constantFrom(...AFFIXES, ...MARKS),
    after: fc.constantFrom(...AFFIXES, ...MARKS),
  })
  .map(({ n, style, digits, locale, zero, sign, before, after }) => {
    let text: string;
    try {
      if (style === 'fixed') text = n.toFixed(Math.min(digits, 20));
      else if (style === 'exponential') text = n.toExponential(Math.min(digits, 20));
      else if (style === 'locale') text = n.toLocaleString(locale, { maximumFractionDigits: digits });
      else if (style === 'currency') text = new Intl.NumberFormat(locale, { style: 'currency', currency: digits % 2 ? 'QAR' : 'NPR' }).format(n);
      else if (style === 'grouped') text = Math.trunc(Math.abs(n)).toLocaleString('en-IN');
      else text = String(n);
    } catch {
      text = String(n);
    }
    return `${before}${sign}${toDigits(text, zero)}${after}`;
  });

/** Strings made of the characters that matter to a number parser. */
const numberish = fc.string({
  unit: fc.constantFrom(...'0123456789.,-+ eE', '٫', '٬', '٠', '٥', '۵', '५', '০', '๕', '５', '\u200F', '\u00A0', "'", '_'),
  maxLength: 24,
});

/** Huge digit runs, in every digit system; the 50,000–100,000-character ones are rare (they are slow to type). */
const huge = fc.oneof(
  { weight: 10, arbitrary: fc.tuple(fc.integer({ min: 300, max: 5_000 }), fc.constantFrom(...DIGIT_ZEROS)).map(([n, zero]) => toDigits('9'.repeat(n), zero)) },
  { weight: 5, arbitrary: fc.integer({ min: 300, max: 3_000 }).map((n) => `${'0'.repeat(n)}1`) },
  { weight: 5, arbitrary: fc.integer({ min: 10, max: 2_000 }).map((n) => `1${'0'.repeat(n)}.5`) },
  { weight: 1, arbitrary: fc.constantFrom('1'.repeat(100_000), '٩'.repeat(50_000)) },
);

const hostile: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SPECIALS) },
  { weight: 6, arbitrary: numberText },
  { weight: 3, arbitrary: numberish },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-composite', maxLength: 10 }) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...XSS), fc.constantFrom(...SPECIALS)).map(([x, s]) => `${s}${x}`) },
  { weight: 1, arbitrary: huge },
);

/** What a date box may be given: real and impossible dates, far past and future, reversed, other formats, and the hostile strings. */
const dateText: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc
      .tuple(fc.oneof(fc.integer({ min: 1890, max: 2210 }), fc.integer({ min: 0, max: 300_000 })), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
      .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  },
  { weight: 2, arbitrary: fc.integer({ min: -30_000, max: 30_000 }).map((n) => new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10)) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 275_760 }).map((y) => `${String(y).padStart(4, '0')}-${y % 2 ? '02-29' : '12-31'}`) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1900, max: 2200 }), fc.integer({ min: 0, max: 13 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`) },
  { weight: 2, arbitrary: hostile },
);

function sample(arb: fc.Arbitrary<string>, count: number, seed: number): string[] {
  return fc.sample(arb, { numRuns: count, seed });
}

function batches<T>(list: readonly T[], size = BATCH): T[][] {
  return Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));
}

// ---- the in-page harness ----------------------------------------------------------------------

/** One pass: a step of the widget, which of its boxes get the strings, and whether the step is submitted. */
interface Pass {
  step: string;
  /** `text`: text boxes (money, hours, rate, months); `date`: date and month boxes. */
  kind: 'text' | 'date';
  /** `all`: every matching box gets the string; `rotate`: one box per string, in turn. */
  mode: 'all' | 'rotate';
  /**
   * Which strings are submitted after typing (and followed forward): those whose index modulo
   * `every` is `phase`. Each pass over a step has its own phase, so every string is typed into
   * every box and submitted at one step. Absent on the result view (nothing to submit).
   */
  submit?: { every: number; phase: number };
}

interface RunOptions {
  /** Index of the batch's first string in the pass (for rotation and sampling). */
  offset: number;
  /** Every n-th submitted string that stayed on its step also leaves it and comes back. */
  roundTripEvery: number;
  /** How many more accepted strings may be followed all the way to the result in this batch. */
  results: number;
}

interface Finding {
  /** `lost`: a box lost what was typed · `text`: NaN, undefined or a negative amount shown · `element`: markup, a handler or an error from the input · `stuck`: the flow could not go on. */
  kind: 'lost' | 'text' | 'element' | 'stuck';
  phase: string;
  value: string;
  detail: string;
}

interface BatchReport {
  typed: number;
  cases: number;
  submitted: number;
  results: number;
  roundTrips: number;
  findings: Finding[];
  ms: number;
  /** Milliseconds spent per phase, to see where the time goes. */
  phases: Record<string, number>;
}

/**
 * Installs `window.__mrBadInput` in the page. Self-contained: it runs in the browser, so it may use
 * nothing from this module.
 */
function installHarness(tag: string): void {
  const el = document.querySelector(tag) as HTMLElement & { updateComplete: Promise<boolean>; shadowRoot: ShadowRoot };
  const root = el.shadowRoot;
  const control = document.createElement('input');
  /** What the browser's own <input type=…> keeps of a value (text boxes drop line breaks; date boxes keep only valid dates). */
  const kept = (type: string, value: string): string => {
    control.type = type;
    control.value = value;
    return control.value;
  };
  const settle = async (): Promise<void> => {
    for (let i = 0; i < 10 && !(await el.updateComplete); i++);
  };
  const view = (): string => root.querySelector<HTMLElement>('[part=base]')?.dataset['step'] ?? '?';
  const SKIP = new Set(['radio', 'checkbox', 'hidden', 'submit', 'button', 'reset', 'image', 'file', 'range', 'color']);
  const DATE = new Set(['date', 'month', 'week', 'time', 'datetime-local']);
  const boxes = (kind: 'text' | 'date'): HTMLInputElement[] =>
    [...root.querySelectorAll('input')].filter((i) => !SKIP.has(i.type) && DATE.has(i.type) === (kind === 'date'));
  const button = (selector: string, text?: string): HTMLButtonElement | undefined =>
    [...root.querySelectorAll<HTMLButtonElement>(selector)].find((b) => !text || (b.textContent ?? '').includes(text));
  const click = async (b: HTMLButtonElement | undefined): Promise<boolean> => {
    if (!b) return false;
    b.click();
    await settle();
    return true;
  };
  /**
   * Submits the step as its submit button would, by dispatching the SubmitEvent the widget listens
   * to. (A native click runs Chromium's whole form-submission path and is 4–5 times slower; the
   * widget's handler is the same. The other e2e tests click for real.)
   */
  const next = async (): Promise<boolean> => {
    const b = button('form.step .actions button[type=submit]');
    if (!b?.form) return false;
    b.form.dispatchEvent(new SubmitEvent('submit', { bubbles: true, cancelable: true, submitter: b }));
    await settle();
    return true;
  };
  const back = () => click(button('form.step .actions button[type=button]'));
  const edit = () => click(button('.result .actions button', 'Change my answers'));
  /** Widget-specific preparation of a step: the fee checker's payment editor must be open. */
  const prepare = async (step: string): Promise<void> => {
    if (tag === 'mr-fee-checker' && step === 'payments' && view() === 'payments' && !root.querySelector('[part=editor]')) {
      (await click(button('#payment-0-edit'))) || (await click(button('#add-payment')));
    }
  };

  const WORDS = /NaN|Infinity|undefined|\[object /;
  /** A minus sign (not a hyphen inside a word or a date) before a number, optionally after a currency code or symbol. */
  const NEGATIVE = /(?<![\p{L}\p{N}])[-\u2212](?:[A-Z]{3}\s?|\p{Sc}\s?)?\p{Nd}/u;
  const FORBIDDEN = new Set(['img', 'script', 'iframe', 'object', 'embed', 'frame', 'frameset', 'video', 'audio', 'source', 'style', 'link', 'meta', 'base', 'math', 'textarea', 'marquee']);

  /**
   * Elements and attributes made since the last look, seen by MutationObservers on the widget's
   * shadow root, every nested shadow root and the page itself (cheap: only what changed is read).
   */
  const made: string[] = [];
  const texts: string[] = [];
  const shadowRoots: ShadowRoot[] = [];
  let baseline = true;
  const checkAttribute = (e: Element, name: string, value: string): void => {
    if (name.startsWith('on') || (/^(href|src|action|formaction|xlink:href|srcdoc)$/.test(name) && /^\s*(javascript|vbscript):/i.test(value))) made.push(`<${e.localName} ${name}="${value.slice(0, 80)}">`);
    else if (name.startsWith('aria-') || name === 'title' || name === 'alt' || name === 'placeholder') texts.push(value);
  };
  const checkElement = (e: Element): void => {
    if (FORBIDDEN.has(e.localName) && !baseline) made.push(`new <${e.localName}>`);
    for (const a of e.attributes) checkAttribute(e, a.name, a.value);
    if (e.shadowRoot) observe(e.shadowRoot);
  };
  const onMutations = (records: MutationRecord[]): void => {
    for (const r of records) {
      if (r.type === 'attributes') {
        const value = (r.target as Element).getAttribute(r.attributeName!);
        if (value !== null) checkAttribute(r.target as Element, r.attributeName!, value);
      } else {
        for (const n of r.addedNodes) {
          if (!(n instanceof Element)) continue;
          checkElement(n);
          for (const d of n.querySelectorAll('*')) checkElement(d);
        }
      }
    }
  };
  const observer = new MutationObserver(onMutations);
  function observe(r: ShadowRoot): void {
    if (shadowRoots.includes(r)) return;
    shadowRoots.push(r);
    observer.observe(r, { childList: true, subtree: true, attributes: true });
    for (const e of r.querySelectorAll('*')) checkElement(e);
  }
  const pageObserver = new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) if (n instanceof Element && /^(img|iframe|object|embed|script)$/.test(n.localName)) made.push(`new <${n.localName}> in the page`);
  });
  pageObserver.observe(document.documentElement, { childList: true, subtree: true });
  observe(root);
  texts.length = 0;
  made.length = 0;
  baseline = false;

  /** Uncaught errors in the page, caught here too so that each is tied to the string that caused it. */
  const errors: string[] = [];
  addEventListener('error', (e) => errors.push(`uncaught ${String(e.error ?? e.message)}`));
  addEventListener('unhandledrejection', (e) => errors.push(`unhandled rejection ${String(e.reason)}`));

  /** Problems in what is rendered now: words that betray broken numbers, negative amounts, elements or handlers made from input, errors. */
  const inspect = (phase: string, value: string, findings: Finding[]): void => {
    for (const detail of errors.splice(0)) findings.push({ kind: 'element', phase, value, detail });
    onMutations(observer.takeRecords());
    for (const detail of made.splice(0)) findings.push({ kind: 'element', phase, value, detail });
    for (const text of [...shadowRoots.map((r) => r.textContent ?? ''), ...texts.splice(0)]) {
      const bad = WORDS.exec(text) ?? NEGATIVE.exec(text);
      if (bad) findings.push({ kind: 'text', phase, value, detail: `…${text.slice(Math.max(0, bad.index - 60), bad.index + 40).replace(/\s+/g, ' ')}…` });
    }
    if ((window as unknown as { __pwned?: unknown }).__pwned !== undefined) findings.push({ kind: 'element', phase, value, detail: 'an injected script ran (window.__pwned)' });
  };

  /** Every box typed into still holds exactly what its control keeps of `value`. */
  const holds = (ids: readonly string[], value: string, phase: string, findings: Finding[]): void => {
    for (const id of ids) {
      const box = root.getElementById(id) as HTMLInputElement | null;
      if (!box) {
        findings.push({ kind: 'lost', phase, value, detail: `#${id} is gone` });
        continue;
      }
      const want = kept(box.type, value);
      if (box.value !== want) findings.push({ kind: 'lost', phase, value, detail: `#${id} holds ${JSON.stringify(box.value.slice(0, 80))}, typed ${JSON.stringify(want.slice(0, 80))}` });
    }
  };

  /** Goes back to `step` from wherever the flow ended (the result, an earlier or a later step). */
  const returnTo = async (steps: readonly string[], step: string): Promise<boolean> => {
    for (let i = 0; i < 12; i++) {
      const at = view();
      if (at === step) {
        await prepare(step);
        return true;
      }
      const moved = at === 'result' ? await edit() : steps.indexOf(at) < steps.indexOf(step) ? await next() : await back();
      if (!moved || view() === at) return false;
    }
    return false;
  };

  const run = async (steps: readonly string[], pass: Pass, values: readonly string[], options: RunOptions): Promise<BatchReport> => {
    const started = performance.now();
    const report: BatchReport = { typed: 0, cases: 0, submitted: 0, results: 0, roundTrips: 0, findings: [], ms: 0, phases: {} };
    const findings = report.findings;
    let mark = started;
    const lap = (phase: string) => {
      const now = performance.now();
      report.phases[phase] = (report.phases[phase] ?? 0) + (now - mark);
      mark = now;
    };
    for (const [k, value] of values.entries()) {
      if (!(await returnTo(steps, pass.step))) {
        findings.push({ kind: 'stuck', phase: 'before typing', value, detail: `at ${view()}, cannot reach ${pass.step}` });
        break;
      }
      const all = boxes(pass.kind);
      if (!all.length) {
        findings.push({ kind: 'stuck', phase: 'before typing', value, detail: `no ${pass.kind} box at ${pass.step}` });
        break;
      }
      lap('return');
      const targets = pass.mode === 'all' ? all : [all[(options.offset + k) % all.length]!];
      for (const box of targets) {
        box.value = value;
        box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        box.dispatchEvent(new Event('change', { bubbles: true }));
      }
      await settle();
      lap('type');
      const ids = targets.map((b) => b.id);
      report.typed += ids.length;
      report.cases++;
      holds(ids, value, 'typed', findings);
      inspect('typed', value, findings);
      lap('inspect');
      if (!pass.submit || (options.offset + k) % pass.submit.every !== pass.submit.phase) continue;

      // Submit. An accepted string is followed forward through the later steps (they hold valid
      // answers) to the SDK and the result, while the pass's budget of results lasts.
      await next();
      report.submitted++;
      const left = view() !== pass.step;
      lap('submit');
      if (left && report.results < options.results) {
        for (let i = 0; i < steps.length; i++) {
          const at = view();
          if (at === 'result' || steps.indexOf(at) <= steps.indexOf(pass.step) || root.querySelector('form.step .error')) break;
          await next();
        }
        if (view() === 'result') report.results++;
        lap('forward');
      }
      inspect(`after submit (at ${view()})`, value, findings);
      lap('inspect');

      // Come back (from the result, a later step, or the step of a problem the SDK found).
      if (!(await returnTo(steps, pass.step))) {
        findings.push({ kind: 'stuck', phase: 'after submit', value, detail: `at ${view()}, cannot return to ${pass.step}` });
        break;
      }
      holds(ids, value, left ? 'after submit, leaving the step and coming back' : 'after submit', findings);
      lap('return');
      // Leaving the step and coming back re-creates its boxes from the widget's state: every
      // `roundTripEvery`-th string makes that trip too (accepted strings already made it).
      if (!left && report.submitted % options.roundTripEvery === 0 && steps.indexOf(pass.step) > 0) {
        if ((await back()) && (await returnTo(steps, pass.step))) {
          report.roundTrips++;
          holds(ids, value, 'after going back and forward', findings);
        }
        lap('round trip');
      }
    }
    report.ms = performance.now() - started;
    return report;
  };

  /** Goes to a step and types `values` (box id → text) into its boxes. */
  const visit = async (steps: readonly string[], step: string, values: Record<string, string>): Promise<boolean> => {
    if (!(await returnTo(steps, step))) return false;
    for (const [id, value] of Object.entries(values)) {
      const box = root.getElementById(id) as HTMLInputElement | null;
      if (!box) return false;
      box.value = value;
      box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
    await settle();
    return true;
  };

  /** The checks themselves, tried on mischief made on purpose: each must be seen. */
  const selfCheck = async (): Promise<Record<string, string[]>> => {
    const seen: Record<string, string[]> = {};
    const look = async (name: string, make: () => Node | undefined): Promise<void> => {
      const node = make();
      if (node) root.append(node);
      await settle();
      const found: Finding[] = [];
      inspect(name, name, found);
      node?.parentNode?.removeChild(node);
      inspect(name, name, []);
      seen[name] = found.map((f) => `${f.kind}: ${f.detail}`);
    };
    const text = (t: string) => Object.assign(document.createElement('p'), { textContent: t });
    await look('NaN', () => text('Total: QAR NaN'));
    await look('undefined', () => text('You are owed undefined'));
    await look('negative amount', () => text('Total: -QAR 5.00'));
    await look('negative with a minus sign', () => text('المجموع −٥'));
    await look('a date is not negative', () => text('From 2025-01-01 to 2025-03-31, years 1-5'));
    await look('img', () => document.createElement('img'));
    await look('handler attribute', () => {
      const b = document.createElement('b');
      b.setAttribute('onmouseover', 'alert(1)');
      return b;
    });
    await look('javascript: link', () => Object.assign(document.createElement('a'), { href: 'javascript:void 0' }));
    await look('uncaught error', () => {
      dispatchEvent(new ErrorEvent('error', { error: new Error('self-check') }));
      return undefined;
    });
    const box = [...boxes('text'), ...boxes('date')][0];
    if (box) {
      const before = box.value;
      const date = box.type === 'date';
      box.value = date ? '2025-01-02' : 'what the widget kept';
      const found: Finding[] = [];
      holds([box.id], date ? '2025-01-01' : 'what the person typed', 'self-check', found);
      seen['lost input'] = found.map((f) => `${f.kind}: ${f.detail}`);
      box.value = before;
    }
    return seen;
  };

  (window as unknown as { __mrBadInput: unknown }).__mrBadInput = { run, visit, view, selfCheck };
}

// ---- driving it from Node -----------------------------------------------------------------------

interface Harness {
  run: (steps: readonly string[], pass: Pass, values: readonly string[], options: RunOptions) => Promise<BatchReport>;
  visit: (steps: readonly string[], step: string, values: Record<string, string>) => Promise<boolean>;
  view: () => string;
  selfCheck: () => Promise<Record<string, string[]>>;
}

let browser: Browser;
let server: Served;

beforeAll(async () => {
  [browser, server] = await Promise.all([launch(), serve()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Opened {
  page: Page;
  tag: string;
  steps: readonly string[];
  seen: ReturnType<typeof watch>;
  dialogs: string[];
}

async function open(path: string, tag: string, steps: readonly string[]): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: 360, height: 720 } });
  const page = await context.newPage();
  const seen = watch(page);
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(`${server.url}${path}`);
  await page.locator(`${tag} [part=base]`).waitFor();
  return { page, tag, steps, seen, dialogs };
}

/** Installs the harness once the widget shows valid answers everywhere (set up the way a person would). */
async function install(opened: Opened): Promise<void> {
  expect(opened.seen.errors).toEqual([]);
  await opened.page.evaluate(installHarness, opened.tag);
}

interface Summary {
  pass: string;
  strings: number;
  typed: number;
  submitted: number;
  results: number;
  roundTrips: number;
  findings: Finding[];
  seconds: number;
  phases: Record<string, number>;
}

/**
 * Runs one pass over all `values`, batch by batch in the page; stops at the first batch with
 * findings. At most `results` accepted strings are followed to the result (each costs a walk
 * through every step); the others are checked on the next step and brought back.
 */
async function runPass(opened: Opened, pass: Pass, values: readonly string[], { roundTripEvery = 10, results = RESULTS_PER_PASS } = {}): Promise<Summary> {
  const started = Date.now();
  const summary: Summary = { pass: `${pass.step}/${pass.kind}`, strings: 0, typed: 0, submitted: 0, results: 0, roundTrips: 0, findings: [], seconds: 0, phases: {} };
  let offset = 0;
  for (const batch of batches(values)) {
    const options: RunOptions = { offset, roundTripEvery, results: Math.max(0, Math.ceil(((results - summary.results) * batch.length) / (values.length - offset))) };
    const report = await opened.page.evaluate(
      ([steps, p, v, o]) => (window as unknown as { __mrBadInput: Harness }).__mrBadInput.run(steps, p, v, o),
      [opened.steps, pass, batch, options] as const,
    );
    offset += batch.length;
    summary.strings += report.cases;
    summary.typed += report.typed;
    summary.submitted += report.submitted;
    summary.results += report.results;
    summary.roundTrips += report.roundTrips;
    summary.findings.push(...report.findings);
    for (const [k, v] of Object.entries(report.phases)) summary.phases[k] = (summary.phases[k] ?? 0) + v;
    for (const e of opened.seen.errors.splice(0)) summary.findings.push({ kind: 'element', phase: 'page error or console error', value: '(this batch)', detail: e });
    for (const d of opened.dialogs.splice(0)) summary.findings.push({ kind: 'element', phase: 'dialog opened', value: '(this batch)', detail: d });
    if (summary.findings.length || report.cases < batch.length) break;
  }
  summary.seconds = Math.round((Date.now() - started) / 100) / 10;
  return summary;
}

/** Goes to a step of the widget (through its own buttons) and types `values` (box id → text) into its boxes. */
async function visit(opened: Opened, step: string, values: Record<string, string> = {}): Promise<void> {
  const done = await opened.page.evaluate(([steps, s, v]) => (window as unknown as { __mrBadInput: Harness }).__mrBadInput.visit(steps, s, v), [opened.steps, step, values] as const);
  expect(done, `visit ${step}`).toBe(true);
}

function log(label: string, summaries: readonly Summary[]): void {
  for (const s of summaries) {
    const phases = Object.entries(s.phases)
      .map(([k, v]) => `${k} ${Math.round(v / 100) / 10} s`)
      .join(', ');
    console.log(`${label} ${s.pass}: ${s.strings} strings, ${s.typed} typed into boxes, ${s.submitted} submitted, ${s.results} reached the result, ${s.roundTrips} round trips, ${s.seconds} s (${phases}), ${s.findings.length} findings`);
  }
}

/** The first findings of each pass, with the string that caused them (for the failure message). */
function findings(summaries: readonly Summary[]): Array<Finding & { pass: string }> {
  return summaries.flatMap((s) => s.findings.slice(0, 10).map((f) => ({ pass: s.pass, ...f, value: JSON.stringify(f.value).slice(0, 200) })));
}

const STRINGS = sample(hostile, CASES, SEED);
const DATES = sample(dateText, DATE_CASES, SEED + 1);

describe('the checks of the bad-input harness', () => {
  it('see lost input, NaN, undefined, negative amounts and markup made on purpose, and let dates and ranges be', async () => {
    const opened = await open('/index.html', 'mr-wage-calculator', ['where', 'when', 'pay', 'received', 'hours', 'result']);
    await opened.page.locator('mr-wage-calculator').getByRole('button', { name: 'Next' }).click();
    await install(opened);
    const seen = await opened.page.evaluate(() => (window as unknown as { __mrBadInput: Harness }).__mrBadInput.selfCheck());
    for (const [name, found] of Object.entries(seen)) expect(found.length, `${name}: ${found.join('; ')}`).toBe(name === 'a date is not negative' ? 0 : 1);
    expect(Object.keys(seen)).toHaveLength(10);
    await opened.page.context().close();
  });
});

const WAGE_STEPS = ['where', 'when', 'pay', 'received', 'hours', 'result'] as const;
const FEE_STEPS = ['where', 'payments', 'wage', 'result'] as const;

/**
 * The demo's wage calculator with valid answers everywhere, at the result. `optional`: the job has
 * ended and there is a deduction, so that the gratuity-received and deduction boxes are shown
 * (without them the result is shorter, and quicker to redraw for the exchange-rate box).
 */
async function wageCalculator({ optional = true } = {}): Promise<Opened> {
  const tag = 'mr-wage-calculator';
  const opened = await open('/index.html', tag, WAGE_STEPS);
  const calc = opened.page.locator(tag);
  await calc.getByRole('button', { name: 'Next' }).click();
  await calc.locator('#start').fill('2025-01-01');
  await calc.locator('#end').fill('2025-03-31');
  await calc.getByLabel(optional ? 'Yes, the job has ended' : 'No, I still work there').check();
  await calc.getByRole('button', { name: 'Next' }).click();
  await calc.locator('#basic').fill('900');
  await calc.getByRole('button', { name: 'Next' }).click();
  await calc.locator('#paid').fill('1500');
  if (optional) {
    await calc.getByRole('button', { name: 'Add money taken from wages' }).click();
    await calc.locator('#deductions-0-month').fill('2025-02');
    await calc.locator('#deductions-0-amount').fill('10');
  }
  await calc.getByRole('button', { name: 'Next' }).click();
  await calc.locator('#overtime-ordinary').fill('10');
  await calc.getByRole('button', { name: 'Show what I am owed' }).click();
  await calc.locator('[part=total]').waitFor();
  await install(opened);
  return opened;
}

/** The demo's fee checker (Nepal to Qatar) with one payment, a wage and a rate, at the result. */
async function feeChecker(): Promise<Opened> {
  const tag = 'mr-fee-checker';
  const opened = await open('/fees.html', tag, FEE_STEPS);
  const checker = opened.page.locator(tag);
  await checker.getByRole('button', { name: 'Next' }).click();
  await checker.getByLabel('Agency or agent service fee', { exact: true }).check();
  await checker.locator('#payment-amount').fill('150000');
  await checker.getByLabel('Recruitment agency', { exact: true }).check();
  await checker.getByLabel('No receipt', { exact: true }).check();
  await checker.locator('#payment-date').fill('2024-03-01');
  await checker.getByRole('button', { name: 'Save this payment' }).click();
  await checker.getByRole('button', { name: 'Next' }).click();
  await checker.locator('#wage').fill('1800');
  await checker.locator('#rate').fill('36.5');
  await checker.getByRole('button', { name: 'Check my payments' }).click();
  await checker.locator('[part=total]').waitFor();
  await install(opened);
  return opened;
}

/** Every pass of every test, for the per-calculator totals printed at the end. */
const done: { 'wage calculator': Summary[]; 'fee checker': Summary[] } = { 'wage calculator': [], 'fee checker': [] };

async function passes(label: keyof typeof done, opened: Opened, list: ReadonlyArray<[Pass, readonly string[]]>): Promise<void> {
  const summaries: Summary[] = [];
  for (const [pass, values] of list) {
    const summary = await runPass(opened, pass, values);
    summaries.push(summary);
    if (summary.findings.length) break;
  }
  done[label].push(...summaries);
  log(label, summaries);
  await opened.page.context().close();
  expect(findings(summaries)).toEqual([]);
  for (const [i, [pass, values]] of list.entries()) expect(summaries[i]?.strings, `${pass.step}/${pass.kind}`).toBe(values.length);
}

afterAll(() => {
  for (const [label, summaries] of Object.entries(done)) {
    if (!summaries.length) continue;
    const strings = Math.max(...summaries.map((s) => (s.pass.endsWith('/date') ? 0 : s.strings)));
    const sum = (key: 'typed' | 'submitted' | 'results' | 'roundTrips' | 'seconds') => Math.round(summaries.reduce((n, s) => n + s[key], 0) * 10) / 10;
    console.log(`${label}: ${strings} hostile strings (+ ${DATE_CASES} date-like ones per date box) typed ${sum('typed')} times into its boxes, ${sum('submitted')} submissions, ${sum('results')} results, ${sum('roundTrips')} round trips, ${sum('seconds')} s in the page`);
  }
});

const submit = (phase: number) => ({ every: SUBMIT_EVERY, phase });

// One test per step (a fresh page each): every hostile string goes into every box of the calculator.
describe(`${CASES} hostile strings typed into the wage calculator on the demo page (Chromium)`, () => {
  it('the exchange-rate box of the result', async () => {
    await passes('wage calculator', await wageCalculator({ optional: false }), [[{ step: 'result', kind: 'text', mode: 'all' }, STRINGS]]);
  }, TIMEOUT);

  it('the extra-hours step: hours of each kind and overtime pay received', async () => {
    await passes('wage calculator', await wageCalculator(), [[{ step: 'hours', kind: 'text', mode: 'all', submit: submit(0) }, STRINGS]]);
  }, TIMEOUT);

  it('the money-received step: wages, gratuity, a deduction and its month', async () => {
    await passes('wage calculator', await wageCalculator(), [
      [{ step: 'received', kind: 'text', mode: 'all', submit: submit(1) }, STRINGS],
      [{ step: 'received', kind: 'date', mode: 'all', submit: { every: 1, phase: 0 } }, DATES],
    ]);
  }, TIMEOUT);

  it('the pay step: basic wage and allowances', async () => {
    await passes('wage calculator', await wageCalculator(), [[{ step: 'pay', kind: 'text', mode: 'all', submit: submit(2) }, STRINGS]]);
  }, TIMEOUT);

  it('the dates step: first and last day, and the contract-signing day of a Hong Kong domestic worker (in turn)', async () => {
    const opened = await wageCalculator();
    await visit(opened, 'where');
    const calc = opened.page.locator('mr-wage-calculator');
    await calc.locator('#country').selectOption('HK');
    await calc.getByLabel('In a home (domestic worker, caregiver, driver for a family)').check();
    await calc.getByRole('button', { name: 'Next' }).click();
    await calc.locator('#contractSignedOn').fill('2024-06-01');
    await passes('wage calculator', opened, [[{ step: 'when', kind: 'date', mode: 'rotate', submit: { every: 1, phase: 0 } }, DATES]]);
  }, TIMEOUT);
});

describe(`${CASES} hostile strings typed into the fee checker on the demo page (Chromium)`, () => {
  it('the wage step: monthly wage and exchange rate', async () => {
    await passes('fee checker', await feeChecker(), [[{ step: 'wage', kind: 'text', mode: 'all', submit: submit(0) }, STRINGS]]);
  }, TIMEOUT);

  it('the payment editor: amount and date', async () => {
    await passes('fee checker', await feeChecker(), [
      [{ step: 'payments', kind: 'text', mode: 'all', submit: submit(1) }, STRINGS],
      [{ step: 'payments', kind: 'date', mode: 'all', submit: { every: 1, phase: 0 } }, DATES],
    ]);
  }, TIMEOUT);

  it('the first step: contract length in months (asked for Singapore, which caps fees per contract year)', async () => {
    const opened = await feeChecker();
    await visit(opened, 'where');
    await opened.page.locator('mr-fee-checker #destination').selectOption('SG');
    await opened.page.locator('mr-fee-checker #contractMonths').waitFor();
    await passes('fee checker', opened, [[{ step: 'where', kind: 'text', mode: 'all', submit: submit(2) }, STRINGS]]);
  }, TIMEOUT);
});
