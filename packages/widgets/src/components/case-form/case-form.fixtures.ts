/**
 * Drives <mr-case-form> as a leader would (ticking consent, typing, choosing, jumping between
 * parts, saving, making files). Shared by the component tests and the stories' play functions,
 * so every story state is also a tested state.
 */
import type { MrCaseForm } from './case-form.js';
import { sectionOf, type Section } from './form-model.js';

function root(el: MrCaseForm): ShadowRoot {
  return el.shadowRoot!;
}

const idOf = (field: string) => field.replace(/\./g, '-');

export async function settle(el: MrCaseForm): Promise<void> {
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(() => r(null)));
  await el.updateComplete;
}

export function currentSection(el: MrCaseForm): Section {
  return (root(el).querySelector<HTMLElement>('[part=base]')?.dataset['section'] ?? 'consent') as Section;
}

/** Field ids (dotted) that show an error message. */
export function errorFields(el: MrCaseForm): string[] {
  return [...root(el).querySelectorAll('.error[id]')].map((e) => e.id.replace(/-error$/, '').replace(/-/g, '.')).filter((f) => f !== 'handoff' && f !== 'export' && f !== 'engine');
}

export function errorText(el: MrCaseForm, field: string): string {
  return root(el).querySelector(`#${idOf(field)}-error`)?.textContent?.trim() ?? '';
}

export function valueOf(el: MrCaseForm, field: string): string {
  return root(el).querySelector<HTMLInputElement | HTMLSelectElement>(`#${idOf(field)}`)?.value ?? '';
}

export async function type(el: MrCaseForm, field: string, value: string): Promise<void> {
  const input = root(el).querySelector<HTMLInputElement>(`input#${idOf(field)}`);
  if (!input) throw new Error(`No text field ${field} in part ${currentSection(el)}`);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await settle(el);
}

/** Chooses in a select, or clicks the radio with that value. */
export async function choose(el: MrCaseForm, field: string, value: string): Promise<void> {
  const select = root(el).querySelector<HTMLSelectElement>(`select#${idOf(field)}`);
  if (select) {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  } else {
    const radio = [...root(el).querySelectorAll<HTMLInputElement>(`input[type=radio][name="${field}"]`)].find((r) => r.value === value);
    if (!radio) throw new Error(`No choice ${field}=${value} in part ${currentSection(el)}`);
    radio.click();
  }
  await settle(el);
}

export async function tick(el: MrCaseForm, field: string, checked = true): Promise<void> {
  const box = root(el).querySelector<HTMLInputElement>(`input[type=checkbox]#${idOf(field)}`);
  if (!box) throw new Error(`No checkbox ${field}`);
  if (box.checked !== checked) box.click();
  await settle(el);
}

/** Presses the part's main button (Continue on consent, Next part elsewhere). */
export async function next(el: MrCaseForm): Promise<void> {
  root(el).querySelector<HTMLButtonElement>('form[part=section] button[type=submit]')!.click();
  await settle(el);
}

/** Jumps to a part with the list of parts. */
export async function goTo(el: MrCaseForm, section: Section): Promise<void> {
  if (currentSection(el) === section) return;
  const buttons = [...root(el).querySelectorAll<HTMLButtonElement>('[part=sections] button')];
  const order: Section[] = ['consent', 'worker', 'journey', 'violations', 'actions', 'referrals', 'status', 'export'];
  const button = buttons[order.indexOf(section)];
  if (!button) throw new Error(`No list of parts yet (consent first)`);
  button.click();
  await settle(el);
}

export function sectionState(el: MrCaseForm, section: Section): string {
  const order: Section[] = ['consent', 'worker', 'journey', 'violations', 'actions', 'referrals', 'status', 'export'];
  return root(el).querySelectorAll('[part=sections] li')[order.indexOf(section)]?.className ?? '';
}

export async function clickButton(el: MrCaseForm, text: string | RegExp): Promise<void> {
  const button = [...root(el).querySelectorAll<HTMLButtonElement>('button')].find((b) =>
    typeof text === 'string' ? b.textContent?.trim() === text : text.test(b.textContent ?? ''),
  );
  if (!button) throw new Error(`No button ${String(text)}`);
  button.click();
  await settle(el);
}

export interface Consent {
  scope?: 'store' | 'share-anonymised' | 'share-identified';
  givenOn?: string;
}

/** Ticks consent, picks its scope and date, and continues to the case. */
export async function giveConsent(el: MrCaseForm, consent: Consent = {}): Promise<void> {
  await settle(el);
  await tick(el, 'consent.given', true);
  await choose(el, 'consent.scope', consent.scope ?? 'share-anonymised');
  if (consent.givenOn !== undefined) await type(el, 'consent.givenOn', consent.givenOn);
  await next(el);
}

/** Adds an item to a list part (violations, actions, referrals), jumping there first. */
export async function addItem(el: MrCaseForm, list: 'violations' | 'actions' | 'referrals'): Promise<number> {
  await goTo(el, list);
  const add = root(el).querySelector<HTMLButtonElement>('form[part=section] button.add')!;
  add.click();
  await settle(el);
  return root(el).querySelectorAll('fieldset.item').length - 1;
}

/**
 * Fills fields given by id (`worker.pseudonym`, `violations.0.type`…) in the order given, jumping
 * to each field's part. Selects and radios are chosen, text is typed; list items must exist.
 */
export async function fill(el: MrCaseForm, answers: ReadonlyArray<readonly [string, string]>): Promise<void> {
  for (const [field, value] of answers) {
    await goTo(el, sectionOf(field));
    const id = idOf(field);
    if (root(el).querySelector(`select#${id}`) || root(el).querySelector(`input[type=radio][name="${field}"]`)) await choose(el, field, value);
    else await type(el, field, value);
  }
}

/** Makes a file of the saved cases and returns the download link (its href is a blob: URL). */
export async function makeFile(el: MrCaseForm, format: 'json' | 'csv' | 'encrypted', passphrase?: string): Promise<HTMLAnchorElement | null> {
  await goTo(el, 'export');
  if (passphrase !== undefined) {
    await type(el, 'export-pass', passphrase);
    await type(el, 'export-pass-again', passphrase);
  }
  root(el).querySelector<HTMLButtonElement>(`button[data-format=${format}]`)!.click();
  await settle(el);
  for (let i = 0; i < 400 && !root(el).querySelector('[part=download]'); i++) {
    if (root(el).querySelector('#export-error, #export-pass-error, #export-pass-again-error')) break;
    await new Promise((r) => setTimeout(r, 25));
    await settle(el);
  }
  return root(el).querySelector<HTMLAnchorElement>('[part=download]');
}

/** A complete case, the one in the SDK's own fixtures: a Nepali construction worker in Qatar. */
export const FULL: ReadonlyArray<readonly [string, string]> = [
  ['worker.pseudonym', 'Worker A'],
  ['worker.gender', 'male'],
  ['worker.ageBand', '25-34'],
  ['worker.nationality', 'NP'],
  ['worker.occupation', 'Steel fixer'],
  ['worker.sector', 'construction'],
  ['worker.migrationStatus', 'valid-permit'],
  ['journey.origin', 'NP'],
  ['journey.originPlace', 'Dhanusha'],
  ['journey.destination', 'QA'],
  ['journey.destinationPlace', 'Doha'],
  ['journey.recruiter', 'Example Manpower Pvt Ltd'],
  ['journey.subAgent', 'Village agent'],
  ['journey.departureOn', '2023-01-10'],
  ['journey.arrivalOn', '2023-01-11'],
  ['journey.contract.signedOn', '2022-12-20'],
  ['journey.contract.basicMonthly', '1000'],
  ['journey.contract.currency', 'QAR'],
  ['journey.contract.substituted', 'yes'],
];

/** Fills every part with the SDK's example case (consent to share anonymised, given on 2024-06-02). */
export async function fillFullCase(el: MrCaseForm): Promise<void> {
  await giveConsent(el, { scope: 'share-anonymised', givenOn: '2024-06-02' });
  await fill(el, FULL);
  for (let i = 0; i < 3; i++) await addItem(el, 'violations');
  await fill(el, [
    ['violations.0.type', 'unpaid-wages'],
    ['violations.0.period.from', '2024-03-01'],
    ['violations.0.period.to', '2024-05-31'],
    ['violations.0.amount', '3000'],
    ['violations.0.currency', 'QAR'],
    ['violations.1.type', 'recruitment-fees'],
    ['violations.1.period.from', '2022-12'],
    ['violations.1.amount', '150000'],
    ['violations.1.currency', 'NPR'],
    ['violations.2.type', 'retention-of-identity-documents'],
    ['violations.2.period.from', '2023-01-11'],
  ]);
  await addItem(el, 'actions');
  await fill(el, [
    ['actions.0.body', 'QA-MOL'],
    ['actions.0.filedOn', '2024-06-10'],
    ['actions.0.outcome', 'pending'],
    ['actions.0.problem', 'unpaid-wages'],
  ]);
  await addItem(el, 'referrals');
  await fill(el, [
    ['referrals.0.kind', 'embassy'],
    ['referrals.0.organisation', 'Embassy of Nepal, Doha'],
    ['referrals.0.on', '2024-06-05'],
    ['status', 'in-progress'],
  ]);
}
