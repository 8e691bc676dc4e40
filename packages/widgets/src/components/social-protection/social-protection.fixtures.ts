/**
 * Drives <mr-social-protection> as a person would (choosing countries and a kind of work) and
 * reads what it shows, in whichever view is on screen (table on wide screens, list on phones).
 * Shared by the component tests and the Storybook stories' play functions, so every story state
 * is also a tested state.
 */
import type { OnDemand } from '../../internal/on-demand.js';
import { standIn } from '../../test-support/network.js';
import type { MrSocialProtection } from './social-protection.js';

export type View = 'table' | 'list';

function root(el: MrSocialProtection): ShadowRoot {
  return el.shadowRoot!;
}

export async function settle(el: MrSocialProtection): Promise<void> {
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(() => r(null)));
  await el.updateComplete;
}

async function pick(el: MrSocialProtection, id: 'destination' | 'origin' | 'compare', code: string): Promise<void> {
  await settle(el);
  const select = root(el).querySelector<HTMLSelectElement>(`select#${id}`);
  if (!select) throw new Error(`No ${id} field`);
  select.value = code;
  if (select.value !== code) throw new Error(`No ${code} in the ${id} list`);
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(el);
}

export const chooseDestination = (el: MrSocialProtection, code: string) => pick(el, 'destination', code);
export const chooseOrigin = (el: MrSocialProtection, code: string) => pick(el, 'origin', code);
export const chooseCompare = (el: MrSocialProtection, code: string) => pick(el, 'compare', code);

export async function chooseCategory(el: MrSocialProtection, category: 'general' | 'domestic'): Promise<void> {
  await settle(el);
  const radio = root(el).querySelector<HTMLInputElement>(`input#category-${category}`);
  if (!radio) throw new Error(`No category ${category}`);
  radio.click();
  await settle(el);
}

function shown(node: Element): boolean {
  return getComputedStyle(node).display !== 'none';
}

/** Which view of the matrix is on screen. */
export function visibleView(el: MrSocialProtection, section: '.matrix' | '.compare' = '.matrix'): View {
  const table = root(el).querySelector(`${section} .table-view`);
  const list = root(el).querySelector(`${section} .list-view`);
  if (table && shown(table) && !(list && shown(list))) return 'table';
  if (list && shown(list) && !(table && shown(table))) return 'list';
  throw new Error(`Neither or both views of ${section} are shown`);
}

export interface ShownBranch {
  branch: string;
  gap: boolean;
  best: string;
  destination: string;
  origin?: string;
  /** Scheme ids behind the destination side. */
  destinationSchemes: string[];
  originSchemes: string[];
}

/** The nine areas as the visible view shows them. */
export function shownMatrix(el: MrSocialProtection, view: View = visibleView(el)): ShownBranch[] {
  const rows = root(el).querySelectorAll<HTMLElement>(view === 'table' ? '.matrix .table-view tbody tr' : '.matrix .list-view > li');
  return [...rows].map((row) => {
    const dest = row.querySelector<HTMLElement>('.side[data-side=destination]');
    const orig = row.querySelector<HTMLElement>('.side[data-side=origin]');
    const schemes = (side: HTMLElement | null) => [...(side?.querySelectorAll<HTMLElement>('.item[data-scheme]') ?? [])].map((i) => i.dataset['scheme']!).filter(Boolean);
    return {
      branch: row.dataset['branch']!,
      gap: row.dataset['gap'] === 'true',
      best: row.dataset['best']!,
      destination: dest?.dataset['level'] ?? '',
      ...(orig ? { origin: orig.dataset['level']! } : {}),
      destinationSchemes: schemes(dest),
      originSchemes: schemes(orig),
    };
  });
}

/** One area (table row or list card) in the visible view. */
export function branchNode(el: MrSocialProtection, branch: string, view: View = visibleView(el)): HTMLElement {
  const node = root(el).querySelector<HTMLElement>(`.matrix ${view === 'table' ? '.table-view tbody tr' : '.list-view > li'}[data-branch=${branch}]`);
  if (!node) throw new Error(`No ${branch} in the ${view} view`);
  return node;
}

/** The number of areas with no known cover, as the summary states it. */
export function gapCount(el: MrSocialProtection): number {
  const summary = root(el).querySelector<HTMLElement>('[part=gap-summary]');
  if (!summary) throw new Error('No gaps summary');
  return Number(summary.dataset['gapCount']);
}

export function gapSummaryText(el: MrSocialProtection): string {
  return root(el).querySelector('[part=gap-summary]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** The comparison as the visible view shows it: each area's level in each destination, and whether they differ. */
export function shownComparison(el: MrSocialProtection, view: View = visibleView(el, '.compare')) {
  const rows = root(el).querySelectorAll<HTMLElement>(view === 'table' ? '.compare .table-view tbody tr' : '.compare .list-view > li');
  return [...rows].map((row) => ({
    branch: row.dataset['branch']!,
    levels: [...row.querySelectorAll<HTMLElement>(view === 'table' ? 'td[data-destination]' : '.compare-entry')].map((c) => c.dataset['level']!),
    differs: row.dataset['differs'] === 'true',
  }));
}

export function headingText(el: MrSocialProtection): string {
  return root(el).querySelector('#result-heading')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/**
 * Stands in for a device that is offline when the widget fetches a country's data (its one network
 * need), until `online()` is called. Returns the keys fetched (`destination:MY`, `origin:NP`).
 */
export function withUnreachableData(el: MrSocialProtection): { fetched: string[]; online: () => void } {
  const net = standIn((el as unknown as { countries: OnDemand<unknown> }).countries, { offline: true });
  return { fetched: net.fetched, online: () => (net.online = true) };
}
