/**
 * Drives <mr-frameworks-explorer> as a person would (pressing a tab, choosing a country, a date or
 * a topic) and reads what it shows. Shared by the component tests and the Storybook stories' play
 * functions, so every story state is also a tested state.
 */
import type { OnDemand } from '../../internal/on-demand.js';
import { standIn, type StandIn } from '../../test-support/network.js';
import type { MrFrameworksExplorer } from './frameworks-explorer.js';
import type { Mode, Topic } from './explorer-model.js';

function root(el: MrFrameworksExplorer): ShadowRoot {
  return el.shadowRoot!;
}

export async function settle(el: MrFrameworksExplorer): Promise<void> {
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(() => r(null)));
  await el.updateComplete;
}

export function tab(el: MrFrameworksExplorer, mode: Mode): HTMLButtonElement {
  const button = root(el).querySelector<HTMLButtonElement>(`#tab-${mode}`);
  if (!button) throw new Error(`No tab ${mode}`);
  return button;
}

export async function showView(el: MrFrameworksExplorer, mode: Mode): Promise<void> {
  await settle(el);
  tab(el, mode).click();
  await settle(el);
}

export function currentMode(el: MrFrameworksExplorer): Mode {
  return (root(el).querySelector<HTMLElement>('[part=base]')?.dataset['mode'] ?? 'country') as Mode;
}

export async function chooseCountry(el: MrFrameworksExplorer, code: string): Promise<void> {
  await settle(el);
  const select = root(el).querySelector<HTMLSelectElement>('select#country');
  if (!select) throw new Error('No country field');
  select.value = code;
  if (select.value !== code) throw new Error(`No country ${code} in the list`);
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(el);
}

export async function chooseDate(el: MrFrameworksExplorer, iso: string): Promise<void> {
  await settle(el);
  const input = root(el).querySelector<HTMLInputElement>('input#date')!;
  input.value = iso;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await settle(el);
}

export async function chooseTopic(el: MrFrameworksExplorer, topic: Topic): Promise<void> {
  await settle(el);
  const radio = [...root(el).querySelectorAll<HTMLInputElement>('input[type=radio][name=topic]')].find((r) => r.value === topic);
  if (!radio) throw new Error(`No topic ${topic}`);
  radio.click();
  await settle(el);
}

function panel(el: MrFrameworksExplorer, mode: Mode): HTMLElement {
  return root(el).querySelector<HTMLElement>(`#panel-${mode}`)!;
}

function data(el: MrFrameworksExplorer, mode: Mode, selector: string, key: string): string[] {
  return [...panel(el, mode).querySelectorAll<HTMLElement>(selector)].map((n) => n.dataset[key] ?? '');
}

/** What the country view shows, read from the page. */
export function shownForCountry(el: MrFrameworksExplorer) {
  const roles = [...panel(el, 'country').querySelectorAll<HTMLElement>('.roles [data-process]')].map((card) => ({
    process: card.dataset['process']!,
    roles: [...card.querySelectorAll<HTMLElement>('[data-role]')].map((r) => `${r.dataset['role']}${r.dataset['disputed'] === 'true' ? ' (disputed)' : ''}`),
    conflict: card.querySelector('[part=conflict]') !== null,
  }));
  return {
    heading: panel(el, 'country').querySelector('h3')?.textContent?.trim() ?? '',
    roles,
    conventions: [...panel(el, 'country').querySelectorAll<HTMLElement>('.conventions [data-instrument]')].map((c) => [c.dataset['instrument']!, c.dataset['status']!] as const),
    otherRatified: data(el, 'country', '.other-ratified [data-instrument]', 'instrument'),
    upcoming: data(el, 'country', '.upcoming [data-event]', 'event'),
    civilSociety: [...panel(el, 'country').querySelectorAll<HTMLElement>('.civil-society [data-process]')].map((c) => [c.dataset['process']!, c.dataset['timing']!] as const),
    notes: [...panel(el, 'country').querySelectorAll('[part=notes] li')].map((n) => n.textContent?.trim() ?? ''),
  };
}

/** What the topic view shows, read from the page. */
export function shownForTopic(el: MrFrameworksExplorer) {
  return {
    heading: panel(el, 'topic').querySelector('h3')?.textContent?.trim() ?? '',
    instruments: data(el, 'topic', '.instruments [data-instrument]', 'instrument'),
    objectives: data(el, 'topic', '.gcm [data-objective]', 'objective').map(Number),
    objectiveTitles: [...panel(el, 'topic').querySelectorAll('.gcm h5')].map((h) => h.textContent?.trim() ?? ''),
    handOff: panel(el, 'topic').querySelector<HTMLButtonElement>('button.hand-off')?.dataset['to'] ?? '',
  };
}

/**
 * Stands in for the network behind the explorer's one fetch (the frameworks data, one chunk the
 * same for everyone): records each fetch, and can be offline or held back. Attach before a choice.
 */
export function frameworksNetwork(el: MrFrameworksExplorer, options: { offline?: boolean } = {}): StandIn {
  return standIn((el as unknown as { frameworks: OnDemand<unknown> }).frameworks, options);
}
