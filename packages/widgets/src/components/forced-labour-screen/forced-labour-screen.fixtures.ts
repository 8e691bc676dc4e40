/**
 * Drives <mr-forced-labour-screen> as a person would: start, answer some questions, skip others,
 * move part by part. Shared by the component tests and the Storybook stories' play functions.
 */
import type { ForcedLabourAnswer, ForcedLabourAnswers } from '@migrant-rights/sdk/fees';
import type { MrForcedLabourScreen } from './forced-labour-screen.js';

function root(el: HTMLElement): ShadowRoot {
  return el.shadowRoot!;
}

export async function settle(el: MrForcedLabourScreen): Promise<void> {
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(() => r(null)));
  await el.updateComplete;
}

/** `intro`, `part-1` … `part-6`, or `result`. */
export function currentView(el: MrForcedLabourScreen): string {
  return root(el).querySelector<HTMLElement>('[part=base]')?.dataset['view'] ?? 'intro';
}

export async function press(el: MrForcedLabourScreen, selector: string): Promise<void> {
  await settle(el);
  const button = root(el).querySelector<HTMLButtonElement>(selector);
  if (!button) throw new Error(`No button ${selector} on ${currentView(el)}`);
  button.click();
  await settle(el);
}

export const start = (el: MrForcedLabourScreen) => press(el, 'button.start');
export const forward = (el: MrForcedLabourScreen) => press(el, 'form.step button[type=submit]');
export const backward = (el: MrForcedLabourScreen) => press(el, 'form.step [part=actions] button.secondary');
export const clearAnswers = (el: MrForcedLabourScreen) => press(el, 'button[part~=clear]');

/** Answers the questions on the current part that appear in `answers`. */
export async function answerHere(el: MrForcedLabourScreen, answers: ForcedLabourAnswers): Promise<void> {
  for (const [question, answer] of Object.entries(answers) as Array<[string, ForcedLabourAnswer]>) {
    const radio = [...root(el).querySelectorAll<HTMLInputElement>(`input[type=radio][name="${question}"]`)].find((r) => r.value === answer);
    radio?.click();
  }
  await settle(el);
}

/** Starts (if needed) and goes through every part, answering what is given and skipping the rest, to the result. */
export async function answerAll(el: MrForcedLabourScreen, answers: ForcedLabourAnswers): Promise<void> {
  await settle(el);
  if (currentView(el) === 'intro') await start(el);
  while (currentView(el).startsWith('part-')) {
    await answerHere(el, answers);
    await forward(el);
  }
}
