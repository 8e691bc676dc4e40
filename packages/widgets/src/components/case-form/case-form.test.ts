import { expectScript } from '../../test-support/locale.js';
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import axe from 'axe-core';
import { anonymiseCase, casesToCsv, casesToJson, decryptCases, type Case } from '@migrant-rights/sdk/cases';
import english from '@migrant-rights/sdk/locales/en/cases';
import ui from '@migrant-rights/sdk/locales/en/ui';
import caseFormFirst from '@migrant-rights/sdk/locales/en/case-form';
import caseFormParts from '@migrant-rights/sdk/locales/en/case-form-parts';
import '../../define/case-form.js';
import { MrCaseForm } from './case-form.js';
import { words } from './engine.js';
import type { OnDemand } from '../../internal/on-demand.js';
import { standIn } from '../../test-support/network.js';
import { PROBLEMS } from '@migrant-rights/sdk/pathways';
import { DRAFT_DB, CURRENT_KEY, SAVED_KEY } from './draft-store.js';
import { PATHWAY_PROBLEMS, PATHWAY_PROBLEM_OF } from './parts-model.js';
import {
  addItem,
  choose,
  clickButton,
  currentSection,
  errorFields,
  errorText,
  fill,
  fillFullCase,
  giveConsent,
  goTo,
  makeFile,
  next,
  sectionState,
  settle,
  tick,
  type,
  valueOf,
} from './case-form.fixtures.js';

/** The form's English wording: its first screen's and that of the parts after consent (with the engine). */
const caseFormEn = { ...caseFormFirst, ...caseFormParts };

const mounted: HTMLElement[] = [];

function mount(options: { lang?: string; attrs?: Record<string, string> } = {}): MrCaseForm {
  const wrapper = document.createElement('div');
  if (options.lang) wrapper.lang = options.lang;
  const el = document.createElement('mr-case-form');
  for (const [k, v] of Object.entries(options.attrs ?? {})) el.setAttribute(k, v);
  wrapper.append(el);
  document.body.append(wrapper);
  mounted.push(wrapper);
  // A click on the download link would start a real download in the test browser: keep the click, skip the download.
  el.addEventListener('click', (e) => {
    if ((e.composedPath()[0] as Element).matches?.('a[download]')) e.preventDefault();
  });
  return el;
}

async function localised(el: MrCaseForm): Promise<void> {
  await vi.waitFor(() => expect((el as unknown as { l10n: { loading: boolean } }).l10n.loading).toBe(false), { timeout: 15_000 });
  await settle(el);
}

function q<T extends Element = HTMLElement>(el: MrCaseForm, selector: string): T | null {
  return el.shadowRoot!.querySelector<T>(selector);
}

async function axeViolations(el: Element): Promise<string[]> {
  const result = await axe.run(el, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'] });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function blobText(href: string): Promise<string> {
  // ignoreBOM keeps the byte-order mark the SDK writes at the start of a CSV.
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await (await fetch(href)).arrayBuffer());
}

const en = (id: string, params: Record<string, string | number> = {}): string => {
  const all = { ...ui, ...english, ...caseFormEn } as Record<string, unknown>;
  const m = all[id];
  const text = typeof m === 'string' ? m : (m as { other: string }).other;
  return text.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k]));
};

/** The case the full answers describe (id and record dates are the form's own). */
function expectedCase(c: Pick<Case, 'id' | 'createdOn' | 'updatedOn'>): Case {
  return {
    ...c,
    schemaVersion: 1,
    status: 'in-progress',
    worker: { pseudonym: 'Worker A', gender: 'male', ageBand: '25-34', nationality: 'NP', occupation: 'Steel fixer', sector: 'construction', migrationStatus: 'valid-permit' },
    journey: {
      origin: 'NP',
      originPlace: 'Dhanusha',
      destination: 'QA',
      destinationPlace: 'Doha',
      recruiter: 'Example Manpower Pvt Ltd',
      subAgent: 'Village agent',
      departureOn: '2023-01-10',
      arrivalOn: '2023-01-11',
      contract: { signedOn: '2022-12-20', basicMonthly: { currency: 'QAR', minor: 100000 }, substituted: true },
    },
    violations: [
      { type: 'unpaid-wages', period: { from: '2024-03-01', to: '2024-05-31' }, amount: { currency: 'QAR', minor: 300000 } },
      { type: 'recruitment-fees', period: { from: '2022-12' }, amount: { currency: 'NPR', minor: 15000000 } },
      { type: 'retention-of-identity-documents', period: { from: '2023-01-11' } },
    ],
    actions: [{ kind: 'complaint', body: 'QA-MOL', pathway: { destination: 'QA', problem: 'unpaid-wages' }, filedOn: '2024-06-10', outcome: 'pending' }],
    referrals: [{ kind: 'embassy', organisation: 'Embassy of Nepal, Doha', on: '2024-06-05' }],
    consent: { given: true, scope: 'share-anonymised', givenOn: '2024-06-02' },
  };
}

async function deleteDb(): Promise<void> {
  await new Promise<void>((resolve) => {
    const req = indexedDB.deleteDatabase(DRAFT_DB);
    req.onsuccess = req.onerror = req.onblocked = () => resolve();
  });
}

async function rawDrafts(): Promise<Record<string, unknown>> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(DRAFT_DB);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  try {
    const store = db.transaction('drafts', 'readonly').objectStore('drafts');
    const get = (key: string) => new Promise<unknown>((resolve) => (store.get(key).onsuccess = (e) => resolve((e.target as IDBRequest).result)));
    return { [SAVED_KEY]: await get(SAVED_KEY), [CURRENT_KEY]: await get(CURRENT_KEY) };
  } finally {
    db.close();
  }
}

afterEach(() => {
  mounted.splice(0).forEach((m) => m.remove());
  vi.restoreAllMocks();
});

describe('registration', () => {
  it('is defined once and a second define never throws', () => {
    expect(customElements.get('mr-case-form')).toBe(MrCaseForm);
    expect(() => MrCaseForm.define('mr-case-form')).not.toThrow();
  });
});

describe('consent first', () => {
  it('shows only the consent step until consent is given, and says what is missing', async () => {
    const el = mount();
    await settle(el);
    expect(currentSection(el)).toBe('consent');
    expect(q(el, '[part=sections]')).toBeNull();
    expect(q(el, '#worker-pseudonym')).toBeNull();
    await next(el);
    expect(currentSection(el)).toBe('consent');
    expect(errorFields(el).sort()).toEqual(['consent.given', 'consent.scope']);
    expect(errorText(el, 'consent.given')).toBe(en('cases.error.consentRequired'));
    expect(q(el, '#consent-given')!.getAttribute('aria-describedby')).toBe('consent-given-error');
    expect(el.shadowRoot!.activeElement?.id).toBe('consent-given');
    // Fixing the answers clears the messages as the person goes.
    await tick(el, 'consent.given');
    await choose(el, 'consent.scope', 'store');
    expect(errorFields(el)).toEqual([]);
    await next(el);
    expect(currentSection(el)).toBe('worker');
    expect(q(el, '[part=sections]')).not.toBeNull();
    expect(el.shadowRoot!.activeElement?.id).toBe('section-heading');
  });

  it('saves and exports nothing once consent is withdrawn', async () => {
    const el = mount();
    await giveConsent(el);
    await fill(el, [['worker.pseudonym', 'Worker B']]);
    await goTo(el, 'consent');
    await tick(el, 'consent.given', false);
    await goTo(el, 'export');
    await clickButton(el, caseFormEn['caseForm.save']);
    expect(el.cases).toEqual([]);
    expect(q(el, '.error-summary')!.textContent).toContain(en('caseForm.section.consent'));
    expect(sectionState(el, 'consent')).toBe('problems');
    expect(await makeFile(el, 'json')).toBeNull();
    expect(q(el, '#export-error')!.textContent).toContain(en('caseForm.error.nothingToExport'));
  });
});

describe('parts in any order', () => {
  it('keeps everything typed while the person jumps between parts', async () => {
    const el = mount({ attrs: { country: 'AE' } });
    await giveConsent(el);
    await addItem(el, 'violations');
    await fill(el, [
      ['violations.0.type', 'unpaid-wages'],
      ['violations.0.period.from', '2025-01'],
      ['violations.0.amount', '2500'],
    ]);
    // The currency follows the country of work preset by the partner.
    expect(valueOf(el, 'violations.0.currency')).toBe('AED');
    await fill(el, [['status', 'resolved'], ['journey.recruiter', 'Agency X'], ['worker.pseudonym', 'Worker C'], ['worker.sector', 'domestic-work']]);
    await goTo(el, 'violations');
    expect(valueOf(el, 'violations.0.type')).toBe('unpaid-wages');
    expect(valueOf(el, 'violations.0.period.from')).toBe('2025-01');
    expect(valueOf(el, 'violations.0.amount')).toBe('2500');
    await goTo(el, 'journey');
    expect(valueOf(el, 'journey.recruiter')).toBe('Agency X');
    expect(valueOf(el, 'journey.destination')).toBe('AE');
    await goTo(el, 'worker');
    expect(valueOf(el, 'worker.pseudonym')).toBe('Worker C');
    expect(sectionState(el, 'violations')).toBe('filled');
    expect(sectionState(el, 'actions')).toBe('empty');

    await goTo(el, 'export');
    await clickButton(el, caseFormEn['caseForm.save']);
    expect(el.cases).toHaveLength(1);
    const [saved] = el.cases;
    expect(saved!.status).toBe('resolved');
    expect(saved!.worker).toMatchObject({ pseudonym: 'Worker C', sector: 'domestic-work' });
    expect(saved!.journey).toMatchObject({ destination: 'AE', recruiter: 'Agency X' });
    expect(saved!.violations).toEqual([{ type: 'unpaid-wages', period: { from: '2025-01' }, amount: { currency: 'AED', minor: 250000 } }]);
  });

  it('keeps what was typed even when it is wrong, and marks the part in the list of parts', async () => {
    const el = mount();
    await giveConsent(el);
    await fill(el, [['journey.departureOn', '2024-13']]);
    await goTo(el, 'worker');
    expect(sectionState(el, 'journey')).toBe('problems');
    await goTo(el, 'journey');
    expect(valueOf(el, 'journey.departureOn')).toBe('2024-13');
    expect(errorFields(el)).toEqual(['journey.departureOn']);
  });
});

describe('focus while moving between parts', () => {
  it('choosing the part already open moves focus to its heading at once, and typing afterwards is kept', async () => {
    const el = mount();
    await giveConsent(el);
    await goTo(el, 'worker');
    const sections = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=sections] button')];
    sections[1]!.click(); // "worker", the part already open
    await settle(el);
    expect(el.shadowRoot!.activeElement?.id).toBe('section-heading');

    const pseudonym = el.shadowRoot!.querySelector<HTMLInputElement>('#worker-pseudonym')!;
    pseudonym.focus();
    await userEvent.keyboard('Worker D');
    await settle(el);
    expect(el.shadowRoot!.activeElement?.id).toBe('worker-pseudonym');
    expect(valueOf(el, 'worker.pseudonym')).toBe('Worker D');
  });
});

describe('validation per field', () => {
  it('says each problem next to its field in plain words, never a raw code or zod text', async () => {
    const el = mount();
    await giveConsent(el);
    await goTo(el, 'worker');
    await next(el); // no pseudonym
    expect(errorFields(el)).toEqual(['worker.pseudonym']);
    expect(errorText(el, 'worker.pseudonym')).toBe(en('error.required'));
    expect(el.shadowRoot!.activeElement?.id).toBe('worker-pseudonym');

    await fill(el, [['journey.departureOn', '2024-05-10'], ['journey.arrivalOn', '2024-05-01'], ['journey.contract.basicMonthly', '1200']]);
    await next(el);
    expect(errorFields(el).sort()).toEqual(['journey.arrivalOn', 'journey.contract.currency']);
    expect(errorText(el, 'journey.arrivalOn')).toBe(en('cases.error.arrivalBeforeDeparture'));
    expect(errorText(el, 'journey.contract.currency')).toBe(en('cases.error.currency'));

    await addItem(el, 'violations');
    await fill(el, [
      ['violations.0.type', 'underpayment'],
      ['violations.0.period.from', '2024-05'],
      ['violations.0.period.to', '2024-03'],
      ['violations.0.amount', 'abc'],
      ['violations.0.currency', 'QAR'],
    ]);
    await next(el);
    expect(errorFields(el).sort()).toEqual(['violations.0.amount', 'violations.0.period.to']);
    expect(errorText(el, 'violations.0.period.to')).toBe(en('cases.error.periodOrder'));
    expect(errorText(el, 'violations.0.amount')).toBe(en('error.amount'));
    expect(q(el, '#violations-0-amount')!.getAttribute('aria-describedby')).toContain('violations-0-amount-error');

    await addItem(el, 'actions');
    await fill(el, [['actions.0.problem', 'unpaid-wages'], ['actions.0.filedOn', '2024']]);
    await next(el);
    expect(errorFields(el).sort()).toEqual(['actions.0.body', 'actions.0.problem']);
    expect(errorText(el, 'actions.0.problem')).toBe(en('caseForm.error.pathwayNeedsDestination'));

    for (const e of el.shadowRoot!.querySelectorAll('.error')) {
      expect(e.textContent).not.toMatch(/\b(cases|caseForm|error)\.[a-z]/);
      expect(e.textContent).not.toMatch(/Invalid input|Expected|Too small/);
    }
  });

  it('keeps identifiers only with consent to be named, and says so on the identifiers', async () => {
    const el = mount();
    await giveConsent(el, { scope: 'share-identified' });
    await fill(el, [['worker.pseudonym', 'Worker D']]);
    q<HTMLDetailsElement>(el, 'details.group')!.open = true;
    await type(el, 'worker.identifiers.name', 'A real name');
    await goTo(el, 'consent');
    await choose(el, 'consent.scope', 'store');
    await goTo(el, 'worker');
    await next(el);
    expect(errorFields(el)).toEqual(['worker.identifiers']);
    expect(errorText(el, 'worker.identifiers')).toBe(en('cases.error.identifiersNeedConsent'));
  });

  it('asks for no direct identifier by default', async () => {
    const el = mount();
    await giveConsent(el, { scope: 'share-anonymised' });
    expect(q(el, '#worker-identifiers-name')).toBeNull();
    expect(q(el, 'label[for=worker-pseudonym]')!.textContent).toBe(en('caseForm.field.worker.pseudonym'));
  });
});

describe('exports', () => {
  it('makes JSON and CSV files equal to the SDK output for the same case, only when the person asks', async () => {
    const el = mount();
    const exports: CustomEvent[] = [];
    el.addEventListener('mr-export', (e) => exports.push(e as CustomEvent));
    await fillFullCase(el);
    await goTo(el, 'export');
    await clickButton(el, caseFormEn['caseForm.save']);
    expect(el.cases).toHaveLength(1);
    const [saved] = el.cases;
    expect(saved).toEqual(expectedCase(saved!));

    const json = await makeFile(el, 'json');
    expect(json!.getAttribute('href')).toMatch(/^blob:/);
    expect(json!.getAttribute('download')).toMatch(/^cases-\d{4}-\d{2}-\d{2}\.json$/);
    expect(exports).toHaveLength(0); // made, not yet saved by the person
    const jsonText = await blobText(json!.href);
    expect(jsonText).toBe(casesToJson(el.cases));
    expect(JSON.parse(jsonText)).toEqual({ format: 'mrk-cases', schemaVersion: 1, cases: [expectedCase(saved!)] });
    json!.click();
    expect(exports).toHaveLength(1);
    expect(exports[0]!.detail).toEqual({ format: 'json', count: 1 });
    expect(exports[0]!.bubbles && exports[0]!.composed).toBe(true);

    const csv = await makeFile(el, 'csv');
    const csvText = await blobText(csv!.href);
    expect(csvText).toBe(casesToCsv([expectedCase(saved!)]));
    expect(csvText.charCodeAt(0)).toBe(0xfeff);
    csv!.click();
    expect(exports[1]!.detail).toEqual({ format: 'csv', count: 1 });
    expect(JSON.stringify(exports.map((e) => e.detail))).not.toContain('Worker A');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('anonymises before export when asked', async () => {
    const el = mount();
    await fillFullCase(el);
    await goTo(el, 'export');
    await clickButton(el, caseFormEn['caseForm.save']);
    await choose(el, 'anonymise', 'high');
    const link = await makeFile(el, 'json');
    const file = JSON.parse(await blobText(link!.href)) as { cases: Case[] };
    expect(file.cases[0]!.anonymised).toBe('high');
    expect(JSON.stringify(file)).not.toContain('Worker A');
    expect(JSON.stringify(file)).not.toContain('Dhanusha');
    link!.click();
  });

  it('makes an encrypted file that decryptCases opens with the passphrase, and refuses weak or mismatched passphrases', async () => {
    const el = mount();
    const exports: CustomEvent[] = [];
    el.addEventListener('mr-export', (e) => exports.push(e as CustomEvent));
    await fillFullCase(el);
    await goTo(el, 'export');
    await clickButton(el, caseFormEn['caseForm.save']);

    expect(await makeFile(el, 'encrypted', 'short')).toBeNull();
    expect(errorText(el, 'export-pass')).toBe(en('caseForm.passphrase.tooShort'));
    await type(el, 'export-pass', 'blue mango river lamp');
    expect(q(el, '#export-pass-strength')!.textContent!.trim()).toBe(en('caseForm.strength.strong'));
    await type(el, 'export-pass-again', 'blue mango river lump');
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-format=encrypted]')!.click();
    await settle(el);
    expect(errorText(el, 'export-pass-again')).toBe(en('caseForm.passphrase.mismatch'));

    const link = await makeFile(el, 'encrypted', 'blue mango river lamp');
    expect(link).not.toBeNull();
    const text = await blobText(link!.href);
    expect(text).not.toContain('Worker A');
    expect(JSON.parse(text)).toMatchObject({ format: 'mrk-encrypted-cases', version: 1, kdf: { name: 'PBKDF2', iterations: 600000 } });
    const opened = await decryptCases(text, 'blue mango river lamp');
    expect(opened).toEqual({ cases: el.cases, errors: [] });
    await expect(decryptCases(text, 'blue mango river lump')).rejects.toMatchObject({ code: 'cases.crypto.wrongPassphrase' });
    // The passphrase does not stay in the form.
    expect(valueOf(el, 'export-pass')).toBe('');
    link!.click();
    expect(exports[0]!.detail).toEqual({ format: 'encrypted', count: 1 });
  }, 30_000);

  /** The widget's CSV chunk behind a stand-in network (test-support/network.ts): counts fetches, can be offline or held. */
  const csvWriter = (el: MrCaseForm, options: { offline?: boolean } = {}) => standIn((el as unknown as { csv: OnDemand<unknown> }).csv, options);

  it('fetches the CSV writer only when the person asks for a CSV file, once, with the button busy meanwhile', async () => {
    const el = mount();
    let open!: () => void;
    const writer = csvWriter(el);
    writer.hold = new Promise<void>((r) => (open = r));
    await fillFullCase(el);
    await goTo(el, 'export');
    await clickButton(el, caseFormEn['caseForm.save']);
    expect((await makeFile(el, 'json'))!.getAttribute('download')).toMatch(/\.json$/);
    expect(writer.fetched.length).toBe(0); // JSON needs no CSV writer

    const button = q<HTMLButtonElement>(el, 'button[data-format=csv]')!;
    expect(button.getAttribute('aria-busy')).toBe('false');
    button.click();
    await new Promise((r) => setTimeout(r, 50));
    expect(writer.fetched.length).toBe(1);
    expect(button.getAttribute('aria-busy')).toBe('true');
    expect(button.disabled).toBe(true);
    expect(q(el, '[part=download]')).toBeNull(); // the JSON link went when CSV was asked for
    open();
    await el.updateComplete; // includes the CSV writer in flight
    expect(button.getAttribute('aria-busy')).toBe('false');
    expect(button.disabled).toBe(false);
    const link = q<HTMLAnchorElement>(el, '[part=download]')!;
    expect(link.getAttribute('download')).toMatch(/^cases-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(await blobText(link.href)).toBe(casesToCsv(el.cases));
    expect(el.shadowRoot!.activeElement).toBe(link);

    expect(await blobText((await makeFile(el, 'csv'))!.href)).toBe(casesToCsv(el.cases));
    expect(writer.fetched.length).toBe(1);
  });

  it('offline, CSV export says so in the reader’s language and loses nothing: saved cases, choices, passphrase typed; pressing again makes the file', async () => {
    const el = mount();
    const writer = csvWriter(el, { offline: true });
    const exports: CustomEvent[] = [];
    el.addEventListener('mr-export', (e) => exports.push(e as CustomEvent));
    await fillFullCase(el);
    await goTo(el, 'export');
    await clickButton(el, caseFormEn['caseForm.save']);
    const saved = el.cases;
    await choose(el, 'anonymise', 'high');
    await type(el, 'export-pass', 'blue mango river lamp');

    expect(await makeFile(el, 'csv')).toBeNull();
    expect(writer.fetched.length).toBe(1);
    expect(q(el, '#export-error')!.textContent!.trim()).toBe(en('caseForm.error.csvUnavailable'));
    expect(q(el, '#export-error')!.textContent!.trim()).toBe('We could not prepare the CSV file. Check your internet connection, then try again.');
    expect(el.shadowRoot!.activeElement?.id).toBe('export-error');
    expect(q<HTMLButtonElement>(el, 'button[data-format=csv]')!.disabled).toBe(false);
    expect(el.cases).toEqual(saved);
    expect(valueOf(el, 'anonymise')).toBe('high');
    expect(valueOf(el, 'export-pass')).toBe('blue mango river lamp');
    expect(currentSection(el)).toBe('export');
    expect(exports).toEqual([]);
    expect(await axeViolations(el)).toEqual([]);

    writer.online = true;
    const link = await makeFile(el, 'csv');
    expect(writer.fetched.length).toBe(2);
    expect(q(el, '#export-error')).toBeNull();
    expect(await blobText(link!.href)).toBe(casesToCsv(saved.map((c) => anonymiseCase(c, { level: 'high' }))));
    link!.click();
    expect(exports.map((e) => e.detail)).toEqual([{ format: 'csv', count: 1, anonymised: 'high' }]);
    expect(valueOf(el, 'export-pass')).toBe('blue mango river lamp');
  });

  it('offers no CSV file of cases cleared by the quick exit while its writer was on the way', async () => {
    const el = mount();
    let open!: () => void;
    csvWriter(el).hold = new Promise<void>((r) => (open = r));
    await fillFullCase(el);
    await goTo(el, 'export');
    await clickButton(el, caseFormEn['caseForm.save']);
    q<HTMLButtonElement>(el, 'button[data-format=csv]')!.click();
    await new Promise((r) => setTimeout(r, 20));
    el.clearState();
    open();
    await settle(el);
    expect(el.cases).toEqual([]);
    expect(q(el, '[part=download]')).toBeNull();
    expect(q(el, '#export-error')).toBeNull();
  });
});

describe('hand-offs', () => {
  it('offers exactly the pathway problems the SDK knows', () => {
    expect([...PATHWAY_PROBLEMS]).toEqual([...PROBLEMS]);
    for (const problem of Object.values(PATHWAY_PROBLEM_OF)) expect(PROBLEMS).toContain(problem);
  });

  it('"Calculate the claim" and "What to do next" emit mr-navigate with the country, never names', async () => {
    const el = mount();
    const seen: CustomEvent[] = [];
    el.addEventListener('mr-navigate', (e) => seen.push(e as CustomEvent));
    await giveConsent(el);
    await fill(el, [['worker.pseudonym', 'Worker E'], ['worker.sector', 'domestic-work']]);
    await addItem(el, 'violations');
    await fill(el, [['violations.0.type', 'document-retention']]);
    await addItem(el, 'violations');
    await fill(el, [['violations.1.type', 'unpaid-wages'], ['violations.1.period.from', '2025-02'], ['violations.1.period.to', '2025-04']]);

    // No country of work yet: the person is told where to add it.
    await clickButton(el, caseFormEn['caseForm.calculate']);
    expect(seen).toHaveLength(0);
    expect(q(el, '#handoff-error')!.textContent).toContain(en('caseForm.handoffNeedsDestination'));
    expect(el.shadowRoot!.activeElement?.id).toBe('handoff-error');
    await clickButton(el, caseFormEn['caseForm.goToJourney']);
    expect(currentSection(el)).toBe('journey');
    expect(el.shadowRoot!.activeElement?.id).toBe('journey-destination');
    await fill(el, [['journey.destination', 'KW'], ['journey.contract.basicMonthly', '120.500'], ['journey.contract.currency', 'KWD']]);

    await goTo(el, 'violations');
    await clickButton(el, caseFormEn['caseForm.calculate']);
    expect(seen[0]!.detail).toEqual({
      to: 'wage-calculator',
      destination: 'KW',
      workerCategory: 'domestic',
      period: { from: '2025-02', to: '2025-04' },
      basicMonthly: { currency: 'KWD', minor: 120500 },
    });
    await clickButton(el, caseFormEn['caseForm.whatNext']);
    expect(seen[1]!.detail).toEqual({ to: 'complaint-pathway', destination: 'KW', workerCategory: 'domestic', problem: 'documents-withheld' });
    expect(JSON.stringify(seen.map((e) => e.detail))).not.toContain('Worker E');
  });

  it('drives a calculator named by calculator-for unless the page cancels the event', async () => {
    const target = document.createElement('div');
    target.id = 'calc-target';
    document.body.append(target);
    mounted.push(target);
    const el = mount({ attrs: { country: 'QA', 'calculator-for': 'calc-target' } });
    await giveConsent(el);
    await goTo(el, 'violations');
    await clickButton(el, caseFormEn['caseForm.calculate']);
    expect(target).toMatchObject({ country: 'QA', workerCategory: 'general' });

    const routed = document.createElement('div');
    routed.id = 'calc-routed';
    document.body.append(routed);
    mounted.push(routed);
    const own = mount({ attrs: { country: 'AE', 'calculator-for': 'calc-routed' } });
    own.addEventListener('mr-navigate', (e) => e.preventDefault()); // the page routes by itself
    await giveConsent(own);
    await goTo(own, 'violations');
    await clickButton(own, caseFormEn['caseForm.calculate']);
    expect('country' in routed).toBe(false);
  });
});

describe('storage', () => {
  beforeEach(deleteDb);

  it('without persist, nothing touches IndexedDB or Web Storage, through a whole case and its export', async () => {
    const open = vi.spyOn(indexedDB, 'open');
    const del = vi.spyOn(indexedDB, 'deleteDatabase');
    const list = vi.spyOn(indexedDB, 'databases');
    const before = { cookie: document.cookie, local: localStorage.length, session: sessionStorage.length };
    const el = mount();
    await fillFullCase(el);
    await goTo(el, 'export');
    await clickButton(el, caseFormEn['caseForm.save']);
    (await makeFile(el, 'json'))!.click();
    expect(open).not.toHaveBeenCalled();
    expect(del).not.toHaveBeenCalled();
    expect(list).not.toHaveBeenCalled();
    expect(q(el, '[part=persist]')).toBeNull();
    expect({ cookie: document.cookie, local: localStorage.length, session: sessionStorage.length }).toEqual(before);
  });

  it('with persist, keeps only ciphertext, reopens with the passphrase, and "delete everything" removes the database', async () => {
    const el = mount({ attrs: { persist: '' } });
    await vi.waitFor(() => expect(q(el, '#persist-pass')).not.toBeNull(), { timeout: 15_000 });
    // Looking does not create a database.
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(DRAFT_DB);
    expect(await axeViolations(el)).toEqual([]);
    await type(el, 'persist-pass', 'seven green kites fly');
    await type(el, 'persist-pass-again', 'seven green kites fly');
    await clickButton(el, caseFormEn['caseForm.persist.start']);
    await fillFullCase(el);
    await goTo(el, 'export');
    await clickButton(el, caseFormEn['caseForm.save']);
    await (el as unknown as { persistChain: Promise<void> }).persistChain;
    await vi.waitFor(() => expect(q(el, '[part=persist]')!.textContent).toMatch(/Last kept at/), { timeout: 10_000 });

    const raw = await rawDrafts();
    for (const value of Object.values(raw)) {
      expect(typeof value).toBe('string');
      const text = value as string;
      expect(JSON.parse(text)).toMatchObject({ format: 'mrk-encrypted-cases', version: 1 });
      for (const plain of ['Worker A', 'Dhanusha', 'Doha', 'Steel fixer', 'Example Manpower', 'QA-MOL', 'Embassy of Nepal', 'unpaid-wages', 'construction', '2024-06-02']) {
        expect(text).not.toContain(plain);
      }
    }
    expect((await decryptCases(raw[SAVED_KEY] as string, 'seven green kites fly')).cases).toEqual(el.cases);

    // A new page: the drafts are locked until the passphrase is typed.
    const again = mount({ attrs: { persist: '' } });
    await vi.waitFor(() => expect(q(again, '[part=persist]')!.textContent).toContain(en('caseForm.persist.lockedHint')), { timeout: 15_000 });
    expect(await axeViolations(again)).toEqual([]);
    await type(again, 'persist-pass', 'wrong words here');
    await clickButton(again, caseFormEn['caseForm.persist.unlock']);
    await vi.waitFor(() => expect(errorText(again, 'persist-pass')).toBe(en('cases.crypto.wrongPassphrase')), { timeout: 10_000 });
    await type(again, 'persist-pass', 'seven green kites fly');
    await clickButton(again, caseFormEn['caseForm.persist.unlock']);
    await vi.waitFor(() => expect(again.cases).toEqual(el.cases), { timeout: 10_000 });
    expect(valueOf(again, 'worker.pseudonym')).toBe('Worker A');
    expect(await axeViolations(again)).toEqual([]);

    await clickButton(again, caseFormEn['caseForm.persist.delete']);
    expect(q(again, '#delete-warning')!.textContent).toContain(en('caseForm.persist.deleteConfirm'));
    await clickButton(again, caseFormEn['caseForm.persist.deleteYes']);
    // Any write still running finishes first (so nothing is written after the deletion).
    await vi.waitFor(() => expect(q(again, '[role=status].notice')!.textContent).toBe(en('caseForm.persist.deleted')), { timeout: 10_000 });
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(DRAFT_DB);
    expect(again.cases).toEqual([]);
    expect(currentSection(again)).toBe('consent');
    expect(q(again, '[part=sections]')).toBeNull();
    expect(q(again, '#persist-pass')).not.toBeNull(); // back to "set a passphrase"
  }, 60_000);
});

describe('accessibility and layout', () => {
  it('has no axe violations in any part and no horizontal scroll at 320 px', async () => {
    await page.viewport(320, 640);
    const el = mount();
    await settle(el);
    expect(await axeViolations(el)).toEqual([]);
    await next(el); // consent errors
    expect(await axeViolations(el)).toEqual([]);
    await fillFullCase(el);
    for (const s of ['consent', 'worker', 'journey', 'violations', 'actions', 'referrals', 'status', 'export'] as const) {
      await goTo(el, s);
      expect(await axeViolations(el), s).toEqual([]);
      expect(el.scrollWidth, s).toBeLessThanOrEqual(320);
      // Every label, hint and option is a message, never a raw id.
      expect(el.shadowRoot!.textContent, s).not.toMatch(/\b(caseForm|cases|ui|error|provenance)\.[a-zA-Z]/);
    }
    await clickButton(el, caseFormEn['caseForm.save']);
    await makeFile(el, 'csv');
    expect(await axeViolations(el)).toEqual([]);
    expect(el.scrollWidth).toBeLessThanOrEqual(320);
    await page.viewport(414, 800);
  });

  it('forgets everything on clearState (quick exit)', async () => {
    const el = mount();
    await fillFullCase(el);
    await goTo(el, 'export');
    await clickButton(el, caseFormEn['caseForm.save']);
    el.clearState();
    await settle(el);
    expect(el.cases).toEqual([]);
    expect(currentSection(el)).toBe('consent');
    expect((q<HTMLInputElement>(el, '#consent-given'))!.checked).toBe(false);
  });
});

describe('the engine (checking, saving, files) on first use', () => {
  /** The widget's engine chunk behind a stand-in network (test-support/network.ts): counts fetches, can be offline or held. */
  const engineChunk = (el: MrCaseForm, options: { offline?: boolean } = {}) => standIn((el as unknown as { engineLoad: OnDemand<unknown> }).engineLoad, options);

  it('is not fetched at first render, only when the person first uses the form, once; Continue waits for it', async () => {
    const el = mount({ attrs: { persist: '' } });
    const engine = engineChunk(el);
    let open!: () => void;
    engine.hold = new Promise<void>((r) => (open = r));
    await settle(el);
    await vi.waitFor(() => expect(q(el, '#persist-pass')).not.toBeNull(), { timeout: 15_000 }); // drafts looked for without it
    await new Promise((r) => setTimeout(r, 100));
    expect(engine.fetched).toEqual([]);

    q<HTMLInputElement>(el, '#consent-given')!.focus();
    expect(engine.fetched).toEqual(['engine']);
    // Continue pressed while the engine is on its way (twice): the part is busy, nothing is checked yet.
    const submit = q<HTMLButtonElement>(el, 'form[part=section] button[type=submit]')!;
    submit.click();
    await new Promise((r) => setTimeout(r, 50));
    expect(q(el, 'form[part=section]')!.getAttribute('aria-busy')).toBe('true');
    expect(currentSection(el)).toBe('consent');
    expect(errorFields(el)).toEqual([]);
    submit.click();
    open();
    await settle(el);
    expect(engine.fetched).toEqual(['engine']);
    expect(q(el, 'form[part=section]')!.getAttribute('aria-busy')).toBe('false');
    expect(errorFields(el).sort()).toEqual(['consent.given', 'consent.scope']);
    expect(el.shadowRoot!.activeElement?.id).toBe('consent-given');
  }, 30_000);

  it('a press waiting for the engine does not land on a case started afresh (quick exit) meanwhile', async () => {
    const el = mount();
    const engine = engineChunk(el);
    let open!: () => void;
    engine.hold = new Promise<void>((r) => (open = r));
    await settle(el);
    q<HTMLInputElement>(el, '#consent-given')!.click();
    q<HTMLInputElement>(el, 'input[name="consent.scope"][value=store]')!.click();
    q<HTMLButtonElement>(el, 'form[part=section] button[type=submit]')!.click();
    await new Promise((r) => setTimeout(r, 50));
    el.clearState();
    open();
    await settle(el);
    expect(currentSection(el)).toBe('consent');
    expect(q<HTMLInputElement>(el, '#consent-given')!.checked).toBe(false);
    expect(errorFields(el)).toEqual([]); // the fresh case is not checked for a press made on the old one
    expect(q(el, '[part=sections]')).toBeNull();
  });

  it('offline, Continue says so in the reader’s language, keeps every answer, and goes on once the engine can be fetched', async () => {
    const el = mount({ lang: 'ne' });
    await localised(el);
    const engine = engineChunk(el, { offline: true });
    await tick(el, 'consent.given');
    await choose(el, 'consent.scope', 'share-anonymised');
    await type(el, 'consent.givenOn', '2024-06-02');
    await next(el);
    expect(engine.fetched.length).toBeGreaterThan(0);
    expect(currentSection(el)).toBe('consent');
    const t = (id: string) => (el as unknown as { l10n: { t(id: string): string } }).l10n.t(id);
    expect(q(el, '#engine-error')!.textContent!.trim()).toBe(t('caseForm.error.engineUnavailable'));
    expectScript(el, q(el, '#engine-error')!.textContent, /[\u0900-\u097F]/);
    expect(el.shadowRoot!.activeElement?.id).toBe('engine-error');
    expect(q(el, 'form[part=section]')!.getAttribute('aria-busy')).toBe('false');
    // Nothing typed is lost, and no problem is invented while nothing could be checked.
    expect(q<HTMLInputElement>(el, '#consent-given')!.checked).toBe(true);
    expect(q<HTMLInputElement>(el, 'input[name="consent.scope"][value=share-anonymised]')!.checked).toBe(true);
    expect(valueOf(el, 'consent.givenOn')).toBe('2024-06-02');
    expect(errorFields(el)).toEqual([]);
    expect(await axeViolations(el)).toEqual([]);

    // Still offline: trying again says so again.
    const tries = engine.fetched.length;
    q<HTMLButtonElement>(el, '#engine-retry')!.click();
    await settle(el);
    expect(engine.fetched.length).toBe(tries + 1);
    expect(q(el, '#engine-error')).not.toBeNull();

    engine.online = true;
    q<HTMLButtonElement>(el, '#engine-retry')!.click();
    await settle(el);
    expect(q(el, '#engine-error')).toBeNull();
    expect(currentSection(el)).toBe('worker');
    expect(el.shadowRoot!.activeElement?.id).toBe('section-heading');
    await fill(el, [['worker.pseudonym', 'Worker F']]);
    await goTo(el, 'export');
    await clickButton(el, t('caseForm.save'));
    expect(el.cases).toHaveLength(1);
    expect(el.cases[0]!.consent).toEqual({ given: true, scope: 'share-anonymised', givenOn: '2024-06-02' });
  });

  it('in Nepali, the first part after consent is in Nepali the first time it shows: its wording comes with the engine', async () => {
    // The Nepali wording of the parts is slow to arrive (a slow network).
    const realLoader = words.loaders.ne!;
    words.loaders.ne = () => new Promise((resolve) => setTimeout(resolve, 400)).then(realLoader);
    onTestFinished(() => void (words.loaders.ne = realLoader));
    const el = mount({ lang: 'ne' });
    await localised(el);
    const firstSeen: string[] = [];
    // Watch every render: the first time the worker part's first label appears, it must be in Nepali.
    const watch = new MutationObserver(() => {
      const label = q(el, 'label[for=worker-pseudonym]');
      if (label && !firstSeen.length) firstSeen.push(label.textContent!.trim());
    });
    watch.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
    await giveConsent(el);
    await vi.waitFor(() => expect(firstSeen).toHaveLength(1), { timeout: 15_000 });
    watch.disconnect();
    expect(currentSection(el)).toBe('worker');
    expectScript(el, firstSeen[0], /[\u0900-\u097F]/);
    expect(firstSeen[0]).not.toBe(en('caseForm.field.worker.pseudonym'));
  });

  it('offline, keeping drafts says so in the drafts panel and keeps the passphrase typed', async () => {
    await deleteDb();
    const el = mount({ attrs: { persist: '' } });
    const engine = engineChunk(el, { offline: true });
    await vi.waitFor(() => expect(q(el, '#persist-pass')).not.toBeNull(), { timeout: 15_000 });
    await type(el, 'persist-pass', 'seven green kites fly');
    await type(el, 'persist-pass-again', 'seven green kites fly');
    await clickButton(el, caseFormEn['caseForm.persist.start']);
    expect(q(el, '[part=persist] #engine-error')!.textContent!.trim()).toBe(en('caseForm.error.engineUnavailable'));
    expect(el.shadowRoot!.activeElement?.id).toBe('engine-error');
    expect(valueOf(el, 'persist-pass')).toBe('seven green kites fly');
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(DRAFT_DB);
    engine.online = true;
    q<HTMLButtonElement>(el, '#engine-retry')!.click();
    await settle(el);
    await vi.waitFor(() => expect(q(el, '[part=persist]')!.textContent).toContain(en('caseForm.persist.on')), { timeout: 10_000 });
    expect(q(el, '#engine-error')).toBeNull();
    await (el as unknown as { persistChain: Promise<void> }).persistChain;
    await deleteDb();
  }, 30_000);
});

describe('localisation per element', () => {
  it('follows the nearest lang: Arabic right-to-left, Nepali in Devanagari', async () => {
    const ar = mount({ lang: 'ar' });
    const ne = mount({ lang: 'ne' });
    await Promise.all([localised(ar), localised(ne)]);
    expect(q(ar, '[part=base]')!.getAttribute('dir')).toBe('rtl');
    expectScript(ar, q(ar, '#title')!.textContent, /[\u0600-\u06FF]/);
    expect(q(ne, '[part=base]')!.getAttribute('dir')).toBe('ltr');
    expectScript(ne, q(ne, '#title')!.textContent, /[\u0900-\u097F]/);
    await next(ne);
    expectScript(ne, errorText(ne, 'consent.given'), /[\u0900-\u097F]/);
    expect(await axeViolations(ar)).toEqual([]);
  });
});
