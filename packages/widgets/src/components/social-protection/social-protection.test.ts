import { expectScript } from '../../test-support/locale.js';
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { page } from 'vitest/browser';
import axe from 'axe-core';
import { compareDestinations, coverageFor, type CoverageQuery } from '@migrant-rights/sdk/protection';
import { todayLocal } from '@migrant-rights/sdk/dates';
import '../../define/social-protection.js';
import { MrSocialProtection } from './social-protection.js';
import { words } from './engine.js';
import type { OnDemand } from '../../internal/on-demand.js';
import { PROTECTION_COUNTRIES } from '@migrant-rights/sdk/protection/core';
import { DESTINATIONS, ORIGINS } from '@migrant-rights/sdk/geo';
import { standIn } from '../../test-support/network.js';
import {
  branchNode,
  chooseCategory,
  chooseCompare,
  chooseDestination,
  chooseOrigin,
  gapCount,
  gapSummaryText,
  headingText,
  settle,
  shownComparison,
  shownMatrix,
  visibleView,
  withUnreachableData,
} from './social-protection.fixtures.js';

const mounted: HTMLElement[] = [];

function mount(markup: { lang?: string; attrs?: Record<string, string> } = {}): MrSocialProtection {
  const wrapper = document.createElement('div');
  if (markup.lang) wrapper.lang = markup.lang;
  const el = document.createElement('mr-social-protection');
  for (const [k, v] of Object.entries(markup.attrs ?? {})) el.setAttribute(k, v);
  wrapper.append(el);
  document.body.append(wrapper);
  mounted.push(wrapper);
  return el;
}

async function localised(el: MrSocialProtection): Promise<void> {
  await vi.waitFor(() => expect((el as unknown as { l10n: { loading: boolean } }).l10n.loading).toBe(false), { timeout: 15_000 });
  await settle(el);
}

function $(el: MrSocialProtection, selector: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(selector);
}

function text(el: MrSocialProtection, selector: string): string {
  return $(el, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

async function axeViolations(el: Element): Promise<string[]> {
  const result = await axe.run(el, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'] });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** What the SDK says, in the shape the page is read in. */
function expected(q: CoverageQuery) {
  const m = coverageFor(q);
  return m.branches.map((b) => ({
    branch: b.branch,
    gap: b.gap,
    best: b.best,
    destination: b.destination.level,
    ...(b.origin ? { origin: b.origin.level } : {}),
    destinationSchemes: b.destination.items.flatMap((i) => (i.scheme ? [i.scheme.id] : [])),
    originSchemes: b.origin?.items.flatMap((i) => (i.scheme ? [i.scheme.id] : [])) ?? [],
  }));
}

function overflow(el: MrSocialProtection, width: number): number {
  return Math.max(el.scrollWidth, $(el, '[part=base]')!.scrollWidth, document.documentElement.scrollWidth) - width;
}

beforeEach(async () => {
  await page.viewport(1024, 800);
});

afterEach(() => {
  mounted.splice(0).forEach((m) => m.remove());
});

describe('registration', () => {
  it('is defined once and a second define of the same tag never throws', () => {
    expect(customElements.get('mr-social-protection')).toBe(MrSocialProtection);
    expect(() => MrSocialProtection.define('mr-social-protection')).not.toThrow();
  });
});

describe('choices', () => {
  it('starts empty, asks for the country of work, and offers every country by name in the reader’s order', async () => {
    const el = mount();
    await settle(el);
    expect(text(el, '.empty')).toBe('Choose the country where you work to see your protection.');
    expect($(el, '[part=result]')).toBeNull();
    const names = [...el.shadowRoot!.querySelectorAll<HTMLOptionElement>('select#destination option')].slice(1).map((o) => o.textContent!.trim());
    expect(names).toContain('Malaysia');
    expect(names).toEqual([...names].sort((a, b) => new Intl.Collator('en').compare(a, b)));
    expect(text(el, 'label[for=origin]')).toBe('Your home country');
    expect($(el, 'select#origin')!.getAttribute('aria-describedby')).toBe('origin-hint');
    // The comparison is offered only once a country of work is chosen.
    expect($(el, 'select#compare')).toBeNull();
  });

  it('emits mr-change with the whole selection on every change, and never compares a country with itself', async () => {
    const el = mount({ attrs: { on: '2025-06-01' } });
    const seen: unknown[] = [];
    el.addEventListener('mr-change', (e) => seen.push((e as CustomEvent).detail));
    await chooseDestination(el, 'AE');
    await chooseOrigin(el, 'PH');
    await chooseCompare(el, 'QA');
    await chooseCategory(el, 'domestic');
    expect([...el.shadowRoot!.querySelectorAll<HTMLOptionElement>('select#compare option')].map((o) => o.value)).not.toContain('AE');
    await chooseDestination(el, 'QA');
    expect(seen).toEqual([
      { origin: '', destination: 'AE', compare: '', workerCategory: 'general' },
      { origin: 'PH', destination: 'AE', compare: '', workerCategory: 'general' },
      { origin: 'PH', destination: 'AE', compare: 'QA', workerCategory: 'general' },
      { origin: 'PH', destination: 'AE', compare: 'QA', workerCategory: 'domestic' },
      { origin: 'PH', destination: 'QA', compare: '', workerCategory: 'domestic' },
    ]);
    const event = await new Promise<CustomEvent>((resolve) => {
      el.addEventListener('mr-change', (e) => resolve(e as CustomEvent), { once: true });
      void chooseOrigin(el, '');
    });
    expect(event.bubbles && event.composed).toBe(true);
    expect(event.detail).toEqual({ origin: '', destination: 'QA', compare: '', workerCategory: 'domestic' });
  });

  it('shows today by default (the dates kernel’s todayLocal)', async () => {
    const el = mount({ attrs: { destination: 'SG' } });
    await settle(el);
    expect($(el, '[part=result]')!.dataset['on']).toBe(todayLocal());
    expect(el.result?.query.on).toBe(todayLocal());
  });
});

describe('the finding, from the SDK', () => {
  it('Malaysia: invalidity is covered from 1 July 2024 and not the day before (via `on`)', async () => {
    const after = mount({ attrs: { destination: 'MY', on: '2024-07-01' } });
    const before = mount({ attrs: { destination: 'MY', on: '2024-06-30' } });
    await Promise.all([settle(after), settle(before)]);
    for (const view of ['table', 'list'] as const) {
      const covered = shownMatrix(after, view).find((b) => b.branch === 'invalidity')!;
      expect(covered.destination).toBe('mandatory');
      expect(covered.destinationSchemes).toContain('MY.socso-invalidity');
      const notYet = shownMatrix(before, view).find((b) => b.branch === 'invalidity')!;
      expect(notYet.destination).toBe('excluded');
      expect(notYet.destinationSchemes).not.toContain('MY.socso-invalidity');
    }
    expect(branchNode(after, 'invalidity').textContent).toContain('Covered by law');
    expect(branchNode(before, 'invalidity').textContent).toContain('Excluded by law');
  });

  it('UAE: unemployment insurance excludes domestic workers, and covers other workers', async () => {
    const domestic = mount({ attrs: { destination: 'AE', 'worker-category': 'domestic', on: '2025-06-01' } });
    const general = mount({ attrs: { destination: 'AE', on: '2025-06-01' } });
    await Promise.all([settle(domestic), settle(general)]);
    const d = shownMatrix(domestic).find((b) => b.branch === 'unemployment')!;
    expect(d).toMatchObject({ destination: 'excluded', gap: true, destinationSchemes: ['AE.iloe'] });
    expect(branchNode(domestic, 'unemployment').textContent).toContain('No known cover');
    expect($(domestic, '.gap-list [data-branch=unemployment]')!.dataset['kind']).toBe('excluded');
    expect(text(domestic, '.gap-list [data-branch=unemployment]')).toContain('the law excludes you');
    const g = shownMatrix(general).find((b) => b.branch === 'unemployment')!;
    expect(g).toMatchObject({ destination: 'mandatory', gap: false, destinationSchemes: ['AE.iloe'] });
    // Switching the kind of work in the widget gives the same answer as the attribute.
    await chooseCategory(general, 'domestic');
    expect(shownMatrix(general).find((b) => b.branch === 'unemployment')!.destination).toBe('excluded');
  });

  it.each<CoverageQuery>([
    { origin: 'NP', destination: 'MY', workerCategory: 'general', on: '2024-07-01' },
    { destination: 'AE', workerCategory: 'domestic', on: '2026-12-01' },
    { origin: 'PH', destination: 'HK', workerCategory: 'domestic', on: '2025-06-01' },
    { origin: 'BD', destination: 'QA', workerCategory: 'general', on: '2026-12-01' },
    { origin: 'ID', destination: 'SG', workerCategory: 'domestic', on: '2026-12-01' },
  ])('shows exactly the SDK’s matrix and gap count: $origin → $destination ($workerCategory, $on)', async (q) => {
    const attrs: Record<string, string> = { destination: q.destination, 'worker-category': q.workerCategory, on: q.on };
    if (q.origin) attrs['origin'] = String(q.origin);
    const el = mount({ attrs });
    await settle(el);
    const sdk = coverageFor(q);
    expect(gapCount(el)).toBe(sdk.gaps.length);
    expect(shownMatrix(el, 'table')).toEqual(expected(q));
    expect(shownMatrix(el, 'list')).toEqual(expected(q));
    expect([...el.shadowRoot!.querySelectorAll<HTMLElement>('.gap-list li')].map((li) => li.dataset['branch'])).toEqual(sdk.gaps.map((g) => g.branch));
    if (sdk.gaps.length) expect(gapSummaryText(el)).toContain(`no known cover in ${sdk.gaps.length} of the 9 areas`);
    // Extras and agreements below, as the SDK lists them.
    expect([...el.shadowRoot!.querySelectorAll<HTMLElement>('[data-section=extras] [data-kind]')].map((c) => `${c.dataset['kind']}:${c.dataset['scheme']}`)).toEqual(
      sdk.extras.map((e) => `${e.kind}:${e.scheme.id}`),
    );
    expect([...el.shadowRoot!.querySelectorAll<HTMLElement>('[data-agreement]')].map((c) => c.dataset['agreement'])).toEqual(sdk.agreements.map((a) => a.agreement.id));
  });

  it('says "in force by" for a lower-bound start date, never "since"', async () => {
    const el = mount({ attrs: { destination: 'AE', on: '2026-12-01' } });
    await settle(el);
    const sdk = coverageFor({ destination: 'AE', workerCategory: 'general', on: '2026-12-01' });
    const row = sdk.branches.find((b) => b.destination.items.some((i) => i.effectiveFromCertainty === 'lower-bound'))!;
    const item = row.destination.items.find((i) => i.effectiveFromCertainty === 'lower-bound')!;
    const node = [...branchNode(el, row.branch).querySelectorAll<HTMLElement>('.item')].find((n) => n.dataset['scheme'] === (item.scheme?.id ?? '') && n.querySelector('.dated.lower-bound'))!;
    const date = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(2026, 10, 26));
    expect(node.textContent).toContain(`In force by ${date}.`);
    expect(node.textContent).not.toContain('In force since');
  });

  it('shows each fact’s conditions with amounts, its sources and an honest flag when unverified', async () => {
    const el = mount({ attrs: { destination: 'QA', on: '2026-12-01' } });
    await settle(el);
    const unpaid = $(el, '[data-section=extras] [data-kind=unpaid-wages]')!;
    expect(unpaid.textContent).toMatch(/QAR/);
    expect(unpaid.querySelector('[part=provenance] a')!.getAttribute('href')).toMatch(/^https:\/\//);
    const unverified = el.shadowRoot!.querySelector<HTMLElement>('.matrix .table-view .item[data-verification=unverified]')!;
    expect(unverified.querySelector('[part=verification]')!.textContent).toContain('Not verified');
    // No raw code is ever shown.
    expect($(el, '[part=result]')!.textContent).not.toMatch(/protection\.[a-z]+\.[a-zA-Z-]+/);
  });

  it('says which countries it holds no information on, instead of claiming a gap', async () => {
    const el = mount({ attrs: { destination: 'SA', origin: 'VN', on: '2026-12-01' } });
    await settle(el);
    expect(text(el, '.notices')).toContain('We have no information on schemes for workers from Vietnam yet.');
    expect(shownMatrix(el).every((b) => b.origin === 'unknown')).toBe(true);
  });

  it('reports a bad date as a problem, claims no gap and keeps the choices', async () => {
    const el = mount({ attrs: { destination: 'KW', on: '2025-02-30' } });
    await settle(el);
    expect(text(el, '[part=error]')).toBe('Choose a date.');
    expect($(el, '[part=error]')!.getAttribute('role')).toBe('alert');
    expect($(el, '[part=gap-summary]')).toBeNull();
    expect(el.shadowRoot!.querySelector<HTMLSelectElement>('select#destination')!.value).toBe('KW');
  });
});

describe('country data on demand', () => {
  it('by default fetches every country\'s data together, so the host of these files cannot tell which were chosen', async () => {
    const el = mount({ attrs: { origin: 'NP', destination: 'MY' } });
    const net = standIn((el as unknown as { countries: OnDemand<unknown> }).countries);
    await localised(el);
    // Every country the choosers offer, in their own order, whatever was chosen (those we hold no data for resolve without a request).
    expect(net.fetched).toEqual([...DESTINATIONS.map((c) => `destination:${c}`), ...ORIGINS.map((c) => `origin:${c}`)]);
    const withData = [...PROTECTION_COUNTRIES.destinations.map((c) => `destination:${c}`), ...PROTECTION_COUNTRIES.origins.map((c) => `origin:${c}`)];
    expect(withData.filter((key) => !net.fetched.includes(key))).toEqual([]);
    expect(el.result!.query).toMatchObject({ origin: 'NP', destination: 'MY' });
  });

  it('with law-download="chosen", fetches only the countries chosen, and offline says so with a way to try again, keeping every choice', async () => {
    const el = mount({ attrs: { origin: 'NP', destination: 'MY', 'worker-category': 'domestic', 'law-download': 'chosen' } });
    const data = withUnreachableData(el);
    await localised(el);
    expect($(el, '[part=result]')).toBeNull();
    expect(text(el, '.unreachable')).toContain('We could not load the rules for this country. Check your internet connection, then try again.');
    expect($(el, '.unreachable')!.getAttribute('role')).toBe('alert');
    expect(el.result).toBeUndefined();
    expect(await axeViolations(el)).toEqual([]);

    // A choice made while offline is kept, and its country is asked for once, not on every render.
    await chooseCompare(el, 'SG');
    expect(el.selection).toEqual({ origin: 'NP', destination: 'MY', compare: 'SG', workerCategory: 'domestic' });
    const asked = data.fetched.length;
    await settle(el);
    expect(data.fetched.length).toBe(asked);

    data.online();
    $(el, 'button.retry')!.click();
    await settle(el);
    expect($(el, '.unreachable')).toBeNull();
    const q: CoverageQuery = { origin: 'NP', destination: 'MY', workerCategory: 'domestic', on: todayLocal() };
    expect(el.result).toEqual(coverageFor(q));
    expect(el.comparison).toEqual(compareDestinations(['MY', 'SG'], { origin: 'NP', workerCategory: 'domestic', on: todayLocal() }));
    expect(new Set(data.fetched)).toEqual(new Set(['destination:MY', 'origin:NP', 'destination:SG']));
  });

  it('says it is loading while a chosen country is on its way, with the result region busy', async () => {
    const el = mount();
    let arrive!: () => void;
    const net = standIn((el as unknown as { countries: OnDemand<unknown> }).countries);
    net.hold = new Promise<void>((r) => (arrive = r));
    await localised(el);
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('select#destination')!;
    select.value = 'QA';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(text(el, '.waiting')).toBe('Loading the information for the countries you chose…'));
    expect($(el, '[part=base]')!.getAttribute('aria-busy')).toBe('true');
    arrive();
    await settle(el);
    expect($(el, '[part=base]')!.getAttribute('aria-busy')).toBe('false');
    expect(el.result!.query.destination).toBe('QA');
  });
});

describe('compare two destinations', () => {
  it('shows the rows of compareDestinations, differences marked in words and shape, in both views', async () => {
    const el = mount({ attrs: { origin: 'NP', destination: 'MY', compare: 'QA', on: '2026-12-01' } });
    await settle(el);
    const sdk = compareDestinations(['MY', 'QA'], { origin: 'NP', workerCategory: 'general', on: '2026-12-01' });
    const rows = sdk.rows.map((r) => ({ branch: r.branch, levels: r.levels, differs: r.differs }));
    expect(shownComparison(el, 'table')).toEqual(rows);
    expect(shownComparison(el, 'list')).toEqual(rows);
    expect(rows.some((r) => r.differs)).toBe(true);
    const differing = el.shadowRoot!.querySelector<HTMLElement>('.compare .table-view tr[data-differs=true]')!;
    expect(differing.querySelector('.difference-marker')!.textContent).toContain('Different');
    expect(differing.querySelector('.difference-marker svg')).not.toBeNull();
    expect(Number($(el, '.compare-summary')!.dataset['differsCount'])).toBe(sdk.rows.filter((r) => r.differs).length);
    expect([...el.shadowRoot!.querySelectorAll<HTMLElement>('.compare-gaps li')].map((l) => Number(l.dataset['gapCount']))).toEqual(sdk.matrices.map((m) => m.gaps.length));
    expect(el.comparison?.rows).toEqual(sdk.rows);
  });
});

describe('views, semantics and accessibility', () => {
  it('is a real table on wide screens: caption, column and row headers for the nine areas', async () => {
    const el = mount({ attrs: { origin: 'NP', destination: 'MY', on: '2024-07-01' } });
    await settle(el);
    expect(visibleView(el)).toBe('table');
    const table = $(el, '.matrix table')!;
    expect(table.querySelector('caption')!.textContent).toMatch(/\S/);
    expect([...table.querySelectorAll('thead th')].map((th) => th.getAttribute('scope'))).toEqual(['col', 'col', 'col', 'col']);
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent!.trim())).toEqual([
      'Area of protection',
      'Where you work: Malaysia',
      'From your home country: Nepal',
      'Best cover you have',
    ]);
    const rowHeaders = [...table.querySelectorAll('tbody th')];
    expect(rowHeaders).toHaveLength(9);
    expect(rowHeaders.every((th) => th.getAttribute('scope') === 'row')).toBe(true);
    expect(await axeViolations(el)).toEqual([]);
    expect(overflow(el, 1024)).toBeLessThanOrEqual(0);
  });

  it('has no axe violations in the compare table, the empty state and the problem state', async () => {
    const compare = mount({ attrs: { origin: 'ID', destination: 'SG', compare: 'HK', 'worker-category': 'domestic', on: '2026-12-01' } });
    const empty = mount();
    const problem = mount({ attrs: { destination: 'OM', on: 'soon' } });
    await Promise.all([settle(compare), settle(empty), settle(problem)]);
    expect(visibleView(compare, '.compare')).toBe('table');
    const compareTable = $(compare, '.compare table')!;
    expect([...compareTable.querySelectorAll('th')].every((th) => th.getAttribute('scope') === 'col' || th.getAttribute('scope') === 'row')).toBe(true);
    expect(await axeViolations(compare)).toEqual([]);
    expect(await axeViolations(empty)).toEqual([]);
    expect(await axeViolations(problem)).toEqual([]);
  });

  it('is a list on a 320 px phone, with no horizontal scroll and no axe violations, in both the matrix and the comparison', async () => {
    await page.viewport(320, 640);
    const el = mount({ attrs: { origin: 'PH', destination: 'AE', compare: 'SA', 'worker-category': 'domestic', on: '2026-12-01' } });
    await settle(el);
    expect(visibleView(el)).toBe('list');
    expect(visibleView(el, '.compare')).toBe('list');
    expect(overflow(el, 320)).toBeLessThanOrEqual(0);
    const gapCard = el.shadowRoot!.querySelector<HTMLElement>('.matrix .list-view > li[data-gap=true]')!;
    expect(gapCard.querySelector('.gap-marker')!.textContent).toContain('No known cover');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('marks a gap with a shape and words, not colour alone', async () => {
    const el = mount({ attrs: { destination: 'AE', 'worker-category': 'domestic', on: '2026-12-01' } });
    await settle(el);
    const row = branchNode(el, 'unemployment');
    const marker = row.querySelector<HTMLElement>('.gap-marker')!;
    expect(marker.querySelector('svg')).not.toBeNull();
    expect(marker.textContent!.trim()).toBe('No known cover');
    expect(getComputedStyle(row.querySelector('th')!).borderInlineStartWidth).not.toBe(getComputedStyle(branchNode(el, 'survivors').querySelector('th')!).borderInlineStartWidth);
  });
});

describe('copy and print', () => {
  it('copies a summary with the gaps, each area and the sources, and nothing about the person', async () => {
    const writes: string[] = [];
    const spy = vi.spyOn(navigator.clipboard, 'writeText').mockImplementation(async (t: string) => {
      writes.push(t);
    });
    const el = mount({ attrs: { origin: 'NP', destination: 'MY', on: '2024-07-01' } });
    await settle(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.copy')!.click();
    await vi.waitFor(() => expect(writes).toHaveLength(1), { timeout: 15_000 });
    const copied = writes[0]!;
    expect(copied).toContain(gapSummaryText(el));
    expect(copied).toContain('Disability (invalidity)');
    expect(copied).toMatch(/https:\/\//);
    expect(copied).not.toMatch(/protection\.[a-z]+\./);
    await settle(el);
    expect(text(el, '.copied')).toBe('Summary copied. It contains no names.');
    spy.mockRestore();
  });

  it('shows and selects the summary when the page blocks the clipboard, and drops it when the choices change', async () => {
    const spy = vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('blocked', 'NotAllowedError'));
    const el = mount({ attrs: { destination: 'SA', 'worker-category': 'domestic', on: '2026-12-01' } });
    await settle(el);
    expect($(el, '#summary-text')).toBeNull();
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.copy')!.click();
    await vi.waitFor(() => expect($(el, '#summary-text')).not.toBeNull(), { timeout: 15_000 });
    expect(text(el, '#summary-text')).toContain(gapSummaryText(el));
    expect(getSelection()?.toString()).toContain('Sources:');
    await chooseDestination(el, 'OM');
    expect($(el, '#summary-text')).toBeNull();
    spy.mockRestore();
  });

  it('has a print stylesheet that shows the table and sources and hides the choices', () => {
    const sheets = MrSocialProtection.elementStyles.map((s) => (s as { cssText?: string }).cssText ?? '').join('\n');
    const print = sheets.slice(sheets.lastIndexOf('@media print'));
    expect(print).toMatch(/\.no-print/);
    expect(print).toMatch(/\.list-view/);
    expect(print).toMatch(/\.table-view\s*\{\s*display: block/);
    expect(sheets).toMatch(/attr\(href\)/);
  });

  it('writes nothing to cookies or storage', async () => {
    const before = { cookie: document.cookie, local: localStorage.length, session: sessionStorage.length };
    const el = mount({ attrs: { on: '2026-12-01' } });
    await chooseDestination(el, 'BH');
    await chooseOrigin(el, 'IN');
    await chooseCompare(el, 'KW');
    await chooseCategory(el, 'domestic');
    expect({ cookie: document.cookie, local: localStorage.length, session: sessionStorage.length }).toEqual(before);
  });

  it('forgets the person’s choices on clearState (quick exit), back to the page’s presets', async () => {
    const el = mount({ attrs: { destination: 'HK', on: '2026-12-01' } });
    await chooseOrigin(el, 'PH');
    await chooseCompare(el, 'SG');
    el.clearState();
    await settle(el);
    expect(el.selection).toEqual({ origin: '', destination: 'HK', compare: '', workerCategory: 'general' });
  });
});

describe('localisation per element', () => {
  it('follows the nearest lang: Arabic is right-to-left, Nepali in Devanagari, side by side', async () => {
    const ar = mount({ lang: 'ar', attrs: { origin: 'NP', destination: 'QA', on: '2026-12-01' } });
    const ne = mount({ lang: 'ne', attrs: { origin: 'NP', destination: 'QA', on: '2026-12-01' } });
    const en = mount({ attrs: { origin: 'NP', destination: 'QA', on: '2026-12-01' } });
    await Promise.all([localised(ar), localised(ne), localised(en)]);
    expect($(ar, '[part=base]')!.getAttribute('dir')).toBe('rtl');
    expectScript(ar, text(ar, '#title'), /[\u0600-\u06FF]/);
    expectScript(ar, text(ar, '[part=gap-summary]'), /[\u0600-\u06FF]/);
    expect($(ne, '[part=base]')!.getAttribute('dir')).toBe('ltr');
    expectScript(ne, text(ne, '#title'), /[\u0900-\u097F]/);
    expectScript(ne, text(ne, '.matrix thead th'), /[\u0900-\u097F]/);
    // The rules' own wording (area names) arrives with the rules, so it is never English first.
    expectScript(ne, text(ne, '.matrix tbody th'), /[\u0900-\u097F]/);
    expect(text(en, '#title')).toBe('Are you protected if you get sick, get hurt or lose your job?');
    // Scheme names kept in English are marked as such.
    const english = ne.shadowRoot!.querySelector('.scheme span[lang=en]');
    if (english) expect(english.parentElement!.querySelector('.untranslated')).not.toBeNull();
    expect(await axeViolations(ar)).toEqual([]);
  });

  it('words the first result it shows in the reader language: the rules arrive with their wording', async () => {
    // The Nepali wording of the rules is slow to arrive (a slow network), slower than the country's data.
    const realLoader = words.loaders.ne!;
    words.loaders.ne = () => new Promise((resolve) => setTimeout(resolve, 400)).then(realLoader);
    onTestFinished(() => void (words.loaders.ne = realLoader));
    const el = mount({ lang: 'ne', attrs: { origin: 'NP', on: '2026-12-01' } });
    await localised(el); // the first screen in Nepali; no country chosen, so nothing of the rules fetched yet
    const firstSeen: string[] = [];
    // Watch every render: the first time area names appear, they must already be in Nepali.
    const watch = new MutationObserver(() => {
      const row = el.shadowRoot!.querySelector('.matrix tbody th');
      if (row && !firstSeen.length) firstSeen.push(row.textContent!.trim());
    });
    watch.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
    el.destination = 'MY';
    await vi.waitFor(() => expect(firstSeen).toHaveLength(1), { timeout: 15_000 });
    watch.disconnect();
    expect(firstSeen[0]).toMatch(/[\u0900-\u097F]/);
  });

  it('names countries in the reader’s language in the heading', async () => {
    const el = mount({ lang: 'ar', attrs: { origin: 'BD', destination: 'KW', on: '2026-12-01' } });
    await localised(el);
    expect(headingText(el)).toContain(new Intl.DisplayNames('ar', { type: 'region' }).of('KW')!);
  });
});
