import { expectScript } from '../../test-support/locale.js';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { page } from 'vitest/browser';
import axe from 'axe-core';
import { casesFromCsv, casesToCsv, casesToJson, encryptCases, summariseCases, VIOLATION_TYPES } from '@migrant-rights/sdk/cases';
import { format } from '@migrant-rights/sdk/money';
import casesEn from '@migrant-rights/sdk/locales/en/cases';
import statsEn from '@migrant-rights/sdk/locales/en/case-stats';
import ui from '@migrant-rights/sdk/locales/en/ui';
import '../../define/case-stats.js';
import { MrCaseStats } from './case-stats.js';
import { words } from './engine.js';
import type { OnDemand } from '../../internal/on-demand.js';
import { standIn } from '../../test-support/network.js';
import { fillMonths, wrap } from './charts.js';
import { campaignCases, chooseFiles, convertTo, importProblems, settle, tableRows, toggleTable, unlock } from './case-stats.fixtures.js';

const mounted: HTMLElement[] = [];

function mount(options: { lang?: string; attrs?: Record<string, string> } = {}): MrCaseStats {
  const wrapper = document.createElement('div');
  if (options.lang) wrapper.lang = options.lang;
  const el = document.createElement('mr-case-stats');
  for (const [k, v] of Object.entries(options.attrs ?? {})) el.setAttribute(k, v);
  wrapper.append(el);
  document.body.append(wrapper);
  mounted.push(wrapper);
  return el;
}

const q = <T extends Element = HTMLElement>(el: MrCaseStats, s: string) => el.shadowRoot!.querySelector<T>(s);
const text = (el: MrCaseStats, s: string) => q(el, s)?.textContent?.replace(/[ \t\r\n]+/g, ' ').trim() ?? '';
const n = (x: number) => new Intl.NumberFormat('en').format(x);

const en = (id: string, params: Record<string, string | number> = {}): string => {
  const m = ({ ...ui, ...casesEn, ...statsEn } as Record<string, unknown>)[id];
  const count = Number(params['count'] ?? 0);
  const t = typeof m === 'string' ? m : count === 1 && (m as { one?: string }).one ? (m as { one: string }).one : (m as { other: string }).other;
  return t.replace(/\{(\w+)\}/g, (_, k: string) => (typeof params[k] === 'number' ? n(params[k] as number) : String(params[k])));
};

async function axeViolations(el: Element): Promise<string[]> {
  const result = await axe.run(el, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'] });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

const file = (name: string, content: string, type = 'text/plain') => new File([content], name, { type });

afterEach(() => {
  mounted.splice(0).forEach((m) => m.remove());
});

describe('registration', () => {
  it('is defined once and a second define never throws', () => {
    expect(customElements.get('mr-case-stats')).toBe(MrCaseStats);
    expect(() => MrCaseStats.define('mr-case-stats')).not.toThrow();
  });
});

describe('numbers from the cases property', () => {
  const cases = campaignCases();
  const s = summariseCases(cases);

  it('shows the same totals, wages lost, forced-labour share and series as summariseCases', async () => {
    const el = mount();
    el.cases = cases;
    await settle(el);
    expect(el.result).toEqual(s);
    expect(text(el, '#total-cases')).toBe(n(s.cases));
    expect(text(el, '#total-wage-theft')).toBe(n(s.forcedLabour.wageTheftCases));
    expect(text(el, '#total-with-indicator')).toContain(n(s.forcedLabour.withIndicator));
    const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 }).format(s.forcedLabour.withIndicator / s.forcedLabour.wageTheftCases);
    expect(text(el, '#total-with-indicator')).toContain(percent);
    expect(text(el, '#total-undated')).toBe(n(s.undated));
    // The ILO caveat, word for word from the catalogue, with its source.
    expect(text(el, '#forced-labour')).toBe(en('cases.summary.forcedLabourShare', { count: s.forcedLabour.withIndicator, total: s.forcedLabour.wageTheftCases }));
    expect(q(el, '[part=provenance] a')!.getAttribute('href')).toMatch(/^https:\/\//);

    expect([...el.shadowRoot!.querySelectorAll('#wages-lost li')].map((li) => li.textContent!.trim())).toEqual(s.wagesLost.map((m) => format(m, 'en')));
    // Recruitment fees (NPR) are not wages.
    expect(s.wagesLost.map((m) => m.currency)).toEqual(['KWD', 'QAR']);

    const countries = new Intl.DisplayNames(['en'], { type: 'region' });
    expect(tableRows(el, 'byDestination').sort()).toEqual(Object.entries(s.byDestination).map(([k, v]) => [countries.of(k)!, n(v)]).sort());
    expect(tableRows(el, 'bySector').sort()).toEqual(Object.entries(s.bySector).map(([k, v]) => [en(`cases.sector.${k}`), n(v)]).sort());
    expect(tableRows(el, 'byStatus')).toEqual(Object.entries(s.byStatus).map(([k, v]) => [en(`cases.status.${k}`), n(v)]));
    expect(tableRows(el, 'byViolation')).toEqual(
      VIOLATION_TYPES.filter((v) => s.byViolation[v]! > 0).map((v) => [en(`cases.violation.${v}`), n(s.byViolation[v]!)]),
    );
    const months = fillMonths(s.byMonth);
    expect(tableRows(el, 'byMonth').map(([, v]) => v)).toEqual(months.map((m) => n(m.value)));
    expect(tableRows(el, 'byMonth')[0]![0]).toBe('January 2024');
    const yearOnly = Object.values(s.byYear).reduce((a, b) => a + b, 0) - Object.values(s.byMonth).reduce((a, b) => a + b, 0);
    expect(yearOnly).toBe(1);
    expect(text(el, '#chart-byMonth')).toContain(en('caseStats.yearOnly', { count: 1 }));
  });

  it('draws one bar per row as SVG hidden from screen readers, with a table that can be shown', async () => {
    const el = mount();
    el.cases = cases;
    await settle(el);
    for (const id of ['byDestination', 'byOrigin', 'bySector', 'byViolation', 'byStatus']) {
      const svg = q(el, `#chart-${id} svg`)!;
      expect(svg.getAttribute('aria-hidden')).toBe('true');
      expect(svg.querySelectorAll('rect.bar').length).toBe(tableRows(el, id).length);
    }
    expect(q(el, '#chart-byMonth svg')!.querySelectorAll('rect.bar').length).toBe(fillMonths(s.byMonth).length);
    const toggle = q(el, '#chart-bySector button.toggle')!;
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    expect(q(el, '#bySector-table')!.parentElement!.classList.contains('visually-hidden')).toBe(true);
    await toggleTable(el, 'bySector');
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(q(el, '#bySector-table')!.parentElement!.classList.contains('visually-hidden')).toBe(false);
    expect(await axeViolations(el)).toEqual([]);
  });

  it('converts wages lost only with the rates the person types, and says which are missing', async () => {
    const el = mount({ attrs: { 'convert-to': 'NPR' } });
    el.cases = cases;
    await settle(el);
    expect(q<HTMLSelectElement>(el, '#convert-to')!.value).toBe('NPR');
    await convertTo(el, 'NPR', { QAR: '36.85' });
    const partial = summariseCases(cases, { exchangeRates: [{ from: 'QAR', to: 'NPR', rate: '36.85' }], to: 'NPR' }).converted!;
    expect(partial.complete).toBe(false);
    expect(text(el, '#converted')).toBe(en('caseStats.converted', { currency: 'NPR', amount: format(partial.total, 'en') }));
    expect(text(el, '.converted')).toContain(en('cases.summary.rateMissing', { from: 'KWD', to: 'NPR' }));

    await convertTo(el, 'NPR', { KWD: 'abc' });
    expect(text(el, '#rate-KWD-error')).toBe(en('error.rate'));
    await convertTo(el, 'NPR', { KWD: '४३८.२' }); // Devanagari digits are read too
    const full = summariseCases(cases, {
      exchangeRates: [
        { from: 'QAR', to: 'NPR', rate: '36.85' },
        { from: 'KWD', to: 'NPR', rate: '438.2' },
      ],
      to: 'NPR',
    }).converted!;
    expect(full.complete).toBe(true);
    expect(text(el, '#converted')).toContain(format(full.total, 'en'));
    expect(text(el, '.converted')).toContain(en('caseStats.ratesNote'));
  });
});

describe('files', () => {
  const cases = campaignCases(12);

  it('reads a JSON file made by the case form and tells the page how many cases came in', async () => {
    const el = mount();
    const events: CustomEvent[] = [];
    el.addEventListener('mr-import', (e) => events.push(e as CustomEvent));
    await chooseFiles(el, [file('cases.json', casesToJson(cases), 'application/json')]);
    expect(el.cases).toEqual(cases);
    expect(el.result).toEqual(summariseCases(cases));
    expect(text(el, '#loaded')).toBe(en('caseStats.loaded', { count: 12 }));
    expect(text(el, '.source')).toContain('cases.json');
    expect(events.at(-1)!.detail).toEqual({ files: ['cases.json'], cases: 12, problems: 0 });
    expect(q(el, '[part=errors]')).toBeNull();
  });

  it('lists every CSV row that could not be read, by row and column, and counts the others', async () => {
    const lines = casesToCsv(cases).split('\r\n');
    const header = lines[0]!.replace(/^\uFEFF/, '').split(',').map((c) => c.replace(/"/g, ''));
    const cellAt = (row: number, column: string, value: string) => {
      // Rows are fully quoted: split on the quote-comma-quote boundaries.
      const cells = lines[row - 1]!.split('","');
      const i = header.indexOf(column);
      const first = i === 0;
      const last = i === cells.length - 1;
      cells[i] = `${first ? '"' : ''}${value}${last ? '"' : ''}`;
      lines[row - 1] = cells.join('","');
    };
    cellAt(3, 'status', 'lost'); // not a status
    cellAt(5, 'violations.period.from', '2024-13'); // not a date
    cellAt(7, 'journey.destination', 'Qatar'); // not a country code
    const csv = lines.join('\r\n');
    const expected = casesFromCsv(csv);
    expect(expected.errors.length).toBeGreaterThanOrEqual(3);

    const el = mount();
    await chooseFiles(el, [file('campaign.csv', csv, 'text/csv')]);
    expect(el.cases).toEqual(expected.cases);
    expect(el.cases).toHaveLength(9);
    const shown = importProblems(el);
    expect(shown).toHaveLength(expected.errors.length);
    expect(shown[0]![0]).toBe(en('caseStats.errorsTitle', { count: expected.errors.length, file: 'campaign.csv' }));
    expected.errors.forEach((p, i) => {
      const [, row, column, message] = shown[i]!;
      expect(row).toBe(n(p.row));
      expect(column).toContain(p.column);
      if (p.params?.['item'] !== undefined) expect(column).toContain(en('caseStats.item', { item: Number(p.params['item']) }));
      expect(message).toBe(en(p.code, (p.params ?? {}) as Record<string, string | number>));
      expect(message).not.toMatch(/^cases\./);
    });
    expect(shown.map(([, row]) => row)).toEqual(expect.arrayContaining(['3', '5', '7']));
    expect(await axeViolations(el)).toEqual([]);
  });

  it('says a file is unreadable or not JSON instead of dropping it', async () => {
    const el = mount();
    await chooseFiles(el, [file('broken.json', '{"format": "mrk-cases", "cases": [')]);
    expect(importProblems(el)).toEqual([[en('caseStats.errorsTitle', { count: 1, file: 'broken.json' }), en('caseStats.wholeFile'), '', en('cases.json.syntax')]]);
  });

  it('opens an encrypted file with its passphrase, and says when the passphrase is wrong', async () => {
    const encrypted = await encryptCases(cases, 'four tall green trees', { iterations: 1000 });
    const el = mount();
    await chooseFiles(el, [file('cases.encrypted.json', encrypted, 'application/json')]);
    expect(el.cases).toEqual([]);
    expect(text(el, '#locked-hint')).toBe(en('caseStats.locked', { count: 1, files: 'cases.encrypted.json' }));
    expect(await axeViolations(el)).toEqual([]);
    await unlock(el, 'four short green trees');
    expect(text(el, '#passphrase-error')).toBe(en('cases.crypto.wrongPassphrase'));
    expect(q(el, '#passphrase')!.getAttribute('aria-invalid')).toBe('true');
    await unlock(el, 'four tall green trees');
    expect(el.cases).toEqual(cases);
    expect(q(el, '#passphrase')).toBeNull();
  });

  it('counts a case that is in two files once and says so', async () => {
    const el = mount();
    await chooseFiles(el, [file('a.json', casesToJson(cases.slice(0, 8))), file('b.csv', casesToCsv(cases.slice(6)))]);
    expect(el.cases).toHaveLength(12);
    const shown = importProblems(el);
    expect(shown).toHaveLength(2);
    expect(shown[0]![3]).toBe(en('caseStats.alsoIn', { id: cases[6]!.id, file: 'a.json' }));
  });
});

describe('CSV reader on demand', () => {
  const cases = campaignCases(12);

  /** The widget's CSV chunk behind a stand-in network (test-support/network.ts): counts fetches, can be offline or held. */
  const csvReader = (el: MrCaseStats, options: { offline?: boolean } = {}) => standIn((el as unknown as { csv: OnDemand<unknown> }).csv, options);

  it('fetches the CSV reader only when a CSV file is chosen, once, and reads it as casesFromCsv does', async () => {
    const el = mount();
    const reader = csvReader(el);
    await chooseFiles(el, [file('a.json', casesToJson(cases.slice(0, 4)), 'application/json')]);
    expect(el.cases).toEqual(cases.slice(0, 4));
    expect(reader.fetched.length).toBe(0); // JSON needs no CSV reader

    const csv = casesToCsv(cases);
    await chooseFiles(el, [file('campaign.csv', csv, 'text/csv')]);
    expect(reader.fetched.length).toBe(1);
    expect(el.cases).toEqual(casesFromCsv(csv).cases);
    expect(el.cases).toEqual(cases);
    expect(text(el, '#total-cases')).toBe(n(12));
    expect(text(el, '#loaded')).toBe(en('caseStats.loaded', { count: 12 }));

    await chooseFiles(el, [file('again.csv', casesToCsv(cases.slice(0, 5)), 'text/csv')]);
    expect(el.cases).toEqual(cases.slice(0, 5));
    expect(reader.fetched.length).toBe(1);
  });

  it('says it is reading while the reader is fetched, and updateComplete waits for it', async () => {
    const el = mount();
    let open!: () => void;
    csvReader(el).hold = new Promise<void>((r) => (open = r));
    await settle(el);
    const loading = el.importFiles([file('campaign.csv', casesToCsv(cases), 'text/csv')]);
    await new Promise((r) => setTimeout(r, 50));
    expect(text(el, '.status')).toBe(en('caseStats.reading'));
    expect(el.cases).toEqual([]);
    open();
    await el.updateComplete;
    expect(el.cases).toEqual(cases);
    expect(text(el, '.status')).toBe('');
    await loading;
  });

  it('offline, says so in the reader’s language and loses nothing: cases shown, rates typed; "Try again" reads the same files', async () => {
    const el = mount({ attrs: { 'convert-to': 'NPR' } });
    const reader = csvReader(el, { offline: true });
    const events: CustomEvent[] = [];
    el.addEventListener('mr-import', (e) => events.push(e as CustomEvent));
    await chooseFiles(el, [file('first.json', casesToJson(cases.slice(0, 8)), 'application/json')]);
    await convertTo(el, 'NPR', { QAR: '36.85' });
    const before = { cases: el.cases, result: el.result, converted: text(el, '#converted') };
    expect(events).toHaveLength(1);

    await chooseFiles(el, [file('more.json', casesToJson(cases.slice(8)), 'application/json'), file('campaign.csv', casesToCsv(cases.slice(4)), 'text/csv')]);
    expect(reader.fetched.length).toBe(1);
    expect(text(el, '#reader-error')).toBe(en('caseStats.readerUnavailable'));
    expect(text(el, '#reader-error')).toBe('We could not open these files. Check your internet connection, then try again.');
    expect(el.shadowRoot!.activeElement?.id).toBe('reader-error');
    expect(text(el, '.status')).toBe('');
    // Nothing changed: the same cases, numbers, source, rate and conversion; no import was announced.
    expect(el.cases).toBe(before.cases);
    expect(el.result).toEqual(before.result);
    expect(text(el, '.source')).toContain('first.json');
    expect(q<HTMLInputElement>(el, '#rate-QAR')!.value).toBe('36.85');
    expect(text(el, '#converted')).toBe(before.converted);
    expect(events).toHaveLength(1);
    expect(await axeViolations(el)).toEqual([]);

    reader.online = true;
    q<HTMLButtonElement>(el, '#reader-retry')!.click();
    await settle(el);
    expect(reader.fetched.length).toBe(2);
    expect(q(el, '#reader-error')).toBeNull();
    expect(el.cases).toHaveLength(8); // more.json (8–11) and campaign.csv (4–11), each case once
    expect(text(el, '.source')).toContain('more.json, campaign.csv');
    expect(events.at(-1)!.detail).toMatchObject({ files: ['more.json', 'campaign.csv'], cases: 8 });
    expect(q<HTMLInputElement>(el, '#rate-QAR')!.value).toBe('36.85');
  });

  it('shows nothing from a CSV file whose reader arrives after the quick exit', async () => {
    const el = mount();
    let open!: () => void;
    csvReader(el).hold = new Promise<void>((r) => (open = r));
    await settle(el);
    const loading = el.importFiles([file('campaign.csv', casesToCsv(cases), 'text/csv')]);
    await new Promise((r) => setTimeout(r, 20));
    el.clearState();
    open();
    await loading;
    await settle(el);
    expect(el.cases).toEqual([]);
    expect(el.result).toBeUndefined();
    expect(text(el, '.status')).toBe('');
  });
});

describe('layout, privacy, languages', () => {
  it('is axe-clean empty and loaded, with no horizontal scroll at 320 px, and stores nothing', async () => {
    await page.viewport(320, 640);
    const open = vi.spyOn(indexedDB, 'open');
    const before = { cookie: document.cookie, local: localStorage.length, session: sessionStorage.length };
    const el = mount();
    await settle(el);
    expect(text(el, '.empty')).toBe(en('caseStats.empty'));
    expect(await axeViolations(el)).toEqual([]);
    el.cases = campaignCases();
    await settle(el);
    await vi.waitFor(() => expect(q(el, '#chart-byViolation svg')!.getAttribute('width')).toBe(String(q(el, '.charts')!.clientWidth)), { timeout: 15_000 });
    expect(await axeViolations(el)).toEqual([]);
    expect(el.scrollWidth).toBeLessThanOrEqual(320);
    expect(el.shadowRoot!.textContent).not.toMatch(/\b(caseStats|cases|ui|error|provenance)\.[a-zA-Z]/);
    for (const svg of el.shadowRoot!.querySelectorAll('svg.chart')) expect(svg.getBoundingClientRect().width).toBeLessThanOrEqual(320);
    expect(open).not.toHaveBeenCalled();
    expect({ cookie: document.cookie, local: localStorage.length, session: sessionStorage.length }).toEqual(before);
    open.mockRestore();
    await page.viewport(414, 800);
  });

  it('wraps long labels instead of overflowing', () => {
    const lines = wrap('Forced-labour indicator: abusive working and living conditions', 30);
    expect(lines.length).toBe(2);
    for (const l of lines) expect([...l].length).toBeLessThanOrEqual(30);
  });

  it('forgets the cases on clearState (quick exit)', async () => {
    const el = mount();
    await chooseFiles(el, [file('cases.json', casesToJson(campaignCases(3)))]);
    el.clearState();
    await settle(el);
    expect(el.cases).toEqual([]);
    expect(el.result).toBeUndefined();
    expect(q(el, '.source')).toBeNull();
  });

  it('words the first numbers it shows in the reader language: the cases\' wording arrives with the code that counts them', async () => {
    // The Nepali wording of the cases is slow to arrive (a slow network).
    const realLoader = words.loaders.ne!;
    words.loaders.ne = () => new Promise((resolve) => setTimeout(resolve, 400)).then(realLoader);
    onTestFinished(() => void (words.loaders.ne = realLoader));
    const el = mount({ lang: 'ne' });
    await vi.waitFor(() => expect((el as unknown as { l10n: { loading: boolean } }).l10n.loading).toBe(false), { timeout: 15_000 });
    const firstSeen: string[] = [];
    // Watch every render: the first time the forced-labour caveat (the cases' own wording) appears, it must be in Nepali.
    const watch = new MutationObserver(() => {
      const caveat = q(el, '#forced-labour');
      if (caveat && !firstSeen.length) firstSeen.push(caveat.textContent!.trim());
    });
    watch.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
    el.cases = campaignCases();
    await vi.waitFor(() => expect(firstSeen).toHaveLength(1), { timeout: 15_000 });
    watch.disconnect();
    expect(firstSeen[0]).toMatch(/[\u0900-\u097F]/);
  });

  it('offline, cases given by the page wait with a way to try again, then show', async () => {
    const el = mount();
    const reader = standIn((el as unknown as { reader: OnDemand<unknown> }).reader, { offline: true });
    el.cases = campaignCases();
    await settle(el);
    expect(el.result).toBeUndefined();
    expect(text(el, '#reader-error')).toBe('We could not open these files. Check your internet connection, then try again.');
    expect(q(el, '.empty')).toBeNull(); // never "no cases yet" while cases wait to be counted
    reader.online = true;
    q<HTMLButtonElement>(el, '#reader-retry')!.click();
    await settle(el);
    expect(q(el, '#reader-error')).toBeNull();
    expect(el.result!.cases).toBe(campaignCases().length);
    expect(text(el, '#total-cases')).toBe(n(campaignCases().length));
  });

  it('mirrors the charts for Arabic and speaks Nepali in Devanagari', async () => {
    const ar = mount({ lang: 'ar' });
    const ne = mount({ lang: 'ne' });
    ar.cases = campaignCases();
    ne.cases = campaignCases();
    await vi.waitFor(() => expect((ar as unknown as { l10n: { loading: boolean } }).l10n.loading).toBe(false), { timeout: 15_000 });
    await vi.waitFor(() => expect((ne as unknown as { l10n: { loading: boolean } }).l10n.loading).toBe(false), { timeout: 15_000 });
    await settle(ar);
    await settle(ne);
    expect(q(ar, '[part=base]')!.getAttribute('dir')).toBe('rtl');
    // Bars grow from the right edge.
    const svg = q(ar, '#chart-byDestination svg')!;
    const width = Number(svg.getAttribute('width'));
    const bar = svg.querySelector('rect.bar')!;
    expect(Number(bar.getAttribute('x')) + Number(bar.getAttribute('width'))).toBe(width);
    expectScript(ar, text(ar, '#title'), /[\u0600-\u06FF]/);
    expectScript(ne, text(ne, '#title'), /[\u0900-\u097F]/);
    expect(await axeViolations(ar)).toEqual([]);
  });
});
