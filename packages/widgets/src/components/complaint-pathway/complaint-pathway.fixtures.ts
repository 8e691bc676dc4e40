/**
 * Drives <mr-complaint-pathway> as a person would (choosing, typing a date, pressing Next,
 * ticking a document). Shared by the component tests and the Storybook stories' play functions,
 * so every story state is also a tested state.
 */
import type { MrComplaintPathway } from './complaint-pathway.js';
import type { View } from './pathway-model.js';

export interface PathwayAnswers {
  destination?: string;
  origin?: string;
  workerCategory?: 'general' | 'domestic';
  problem?: string;
  ended?: 'yes' | 'no';
  employmentEndedOn?: string;
  incidentOn?: string;
}

function root(el: MrComplaintPathway): ShadowRoot {
  return el.shadowRoot!;
}

export async function settle(el: MrComplaintPathway): Promise<void> {
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(() => r(null)));
  await el.updateComplete;
}

export function currentView(el: MrComplaintPathway): View {
  return (root(el).querySelector<HTMLElement>('[part=base]')?.dataset['view'] ?? 'where') as View;
}

export async function choose(el: MrComplaintPathway, name: string, value: string): Promise<void> {
  const select = root(el).querySelector<HTMLSelectElement>(`select#${name}`);
  if (select) {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  } else {
    const radio = [...root(el).querySelectorAll<HTMLInputElement>(`input[type=radio][name="${name}"]`)].find((r) => r.value === value);
    if (!radio) throw new Error(`No choice ${name}=${value} on ${currentView(el)}`);
    radio.click();
  }
  await settle(el);
}

export async function typeDate(el: MrComplaintPathway, id: string, value: string): Promise<void> {
  const input = root(el).querySelector<HTMLInputElement>(`input#${id}`);
  if (!input) throw new Error(`No field #${id} on ${currentView(el)}`);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await settle(el);
}

export async function next(el: MrComplaintPathway): Promise<void> {
  root(el).querySelector<HTMLButtonElement>('form button[type=submit]')!.click();
  await settle(el);
}

export function errorIds(el: MrComplaintPathway): string[] {
  return [...root(el).querySelectorAll('.error[id]')].map((e) => e.id.replace(/-error$/, ''));
}

/** Answers the questions on screen in order until the result (or a step that shows errors). */
export async function answer(el: MrComplaintPathway, a: PathwayAnswers): Promise<void> {
  await settle(el);
  for (let guard = 0; guard < 8; guard++) {
    const view = currentView(el);
    if (view === 'result') return;
    if (view === 'where' && a.destination !== undefined) await choose(el, 'destination', a.destination);
    if (view === 'origin' && a.origin !== undefined) await choose(el, 'origin', a.origin);
    if (view === 'work' && a.workerCategory) await choose(el, 'workerCategory', a.workerCategory);
    if (view === 'problem' && a.problem) await choose(el, 'problem', a.problem);
    if (view === 'when') {
      if (a.ended && root(el).querySelector('input[name=ended]')) await choose(el, 'ended', a.ended);
      if (a.employmentEndedOn && root(el).querySelector('#employmentEndedOn')) await typeDate(el, 'employmentEndedOn', a.employmentEndedOn);
      if (a.incidentOn && root(el).querySelector('#incidentOn')) await typeDate(el, 'incidentOn', a.incidentOn);
    }
    await next(el);
    if (currentView(el) === view) return; // errors kept us here
  }
}

/** Ticks (or unticks) every checkbox for one document id. */
export async function tickDocument(el: MrComplaintPathway, documentId: string, checked = true): Promise<void> {
  const box = root(el).querySelector<HTMLInputElement>(`input[type=checkbox][data-document="${documentId}"]`);
  if (!box) throw new Error(`No document ${documentId}`);
  if (box.checked !== checked) box.click();
  await settle(el);
}

export function pathSteps(el: MrComplaintPathway): HTMLElement[] {
  return [...root(el).querySelectorAll<HTMLElement>('[part=path-step]')];
}

export function deadlineCard(el: MrComplaintPathway): HTMLElement | null {
  return root(el).querySelector<HTMLElement>('[part=deadline]');
}
