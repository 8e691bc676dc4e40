import { expectScript } from '../../test-support/locale.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import axe from 'axe-core';
import { FORCED_LABOUR_QUESTION_IDS, assessRecruitmentFees, screenForcedLabour, type FeeAssessment, type ForcedLabourAnswers } from '@migrant-rights/sdk/fees';
import { fromMajor } from '@migrant-rights/sdk/money';
import '../../define/forced-labour-screen.js';
import { MrForcedLabourScreen, PARTS } from './forced-labour-screen.js';
import { answerAll, answerHere, backward, clearAnswers, currentView, forward, settle, start } from './forced-labour-screen.fixtures.js';

const mounted: HTMLElement[] = [];

function mount(markup: { lang?: string; attrs?: Record<string, string> } = {}): MrForcedLabourScreen {
  const wrapper = document.createElement('div');
  if (markup.lang) wrapper.lang = markup.lang;
  const el = document.createElement('mr-forced-labour-screen');
  for (const [k, v] of Object.entries(markup.attrs ?? {})) el.setAttribute(k, v);
  wrapper.append(el);
  document.body.append(wrapper);
  mounted.push(wrapper);
  return el;
}

const $ = (el: HTMLElement, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: HTMLElement, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const text = (el: HTMLElement, selector: string) => ($(el, selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function axeViolations(el: Element): Promise<string[]> {
  const result = await axe.run(el, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'] });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

function fees(npr: number): FeeAssessment {
  const outcome = assessRecruitmentFees({
    origin: 'NP',
    destination: 'QA',
    paidOn: '2024-03-01',
    payments: [{ purpose: 'agency-service', amount: fromMajor('NPR', npr), paidTo: 'recruitment-agency' }],
    monthlyWageAtDestination: fromMajor('QAR', 1800),
    exchangeRates: [{ from: 'QAR', to: 'NPR', rate: '36.5' }],
  });
  if (!outcome.ok) throw new Error('bad fee input');
  return outcome.assessment;
}

afterEach(() => {
  mounted.splice(0).forEach((m) => m.remove());
});

describe('the questions', () => {
  it('starts gently, then asks every ILO question a few at a time with yes / no / not sure', async () => {
    const el = mount();
    await settle(el);
    expect(currentView(el)).toBe('intro');
    expect(text(el, '.step')).toMatch(/skip any question/);
    await start(el);
    expect(el.shadowRoot!.activeElement?.id).toBe('view-heading');
    const seen: string[] = [];
    for (let i = 0; i < PARTS.length; i++) {
      expect(currentView(el)).toBe(`part-${i + 1}`);
      const questions = $$(el, 'fieldset[part=question]');
      expect(questions.length).toBeLessThanOrEqual(4);
      for (const q of questions) {
        expect(q.querySelectorAll('input[type=radio]').length).toBe(3);
        seen.push(q.querySelector('input')!.name);
      }
      await forward(el);
    }
    expect(seen).toEqual([...FORCED_LABOUR_QUESTION_IDS]);
    expect(currentView(el)).toBe('result');
  });

  it('shows the signs the SDK finds, with the caveat and the next step, and emits mr-screen', async () => {
    const el = mount();
    const events: CustomEvent[] = [];
    el.addEventListener('mr-screen', (e) => events.push(e as CustomEvent));
    const answers: ForcedLabourAnswers = { 'passport-kept': 'yes', 'passport-refused': 'no', 'very-long-hours': 'unsure', 'wages-unpaid': 'no' };
    await answerAll(el, answers);
    const outcome = screenForcedLabour(answers);
    if (!outcome.ok) throw new Error('bad answers');
    expect(el.result).toEqual(outcome.screen);
    expect(events).toHaveLength(1);
    expect(events[0]!.detail).toEqual({ answers, screen: outcome.screen });

    expect(text(el, '.summary')).toBe('Your answers show 1 sign of forced labour.');
    expect(text(el, '[part=caveat]')).toMatch(/One sign alone does not prove forced labour/);
    expect(text(el, '[part=next-step]')).toMatch(/support group/);
    expect($$(el, '.group [part=indicator]').map((i) => i.dataset['indicator'])).toEqual(['retention-of-identity-documents', 'excessive-overtime']);
    expect(text(el, '[data-indicator=retention-of-identity-documents]')).toContain('Your answer: Yes');
    expect(text(el, '.hint')).toBe(`You answered 4 of ${FORCED_LABOUR_QUESTION_IDS.length} questions.`);
    // Where the signs come from, and the honest flag on our own question wording.
    expect($(el, '[part=provenance] a')!.getAttribute('href')).toMatch(/^https:\/\//);
    expect(text(el, '[part=verification]')).toMatch(/Not verified/);
  });

  it('asks for help now when violence is reported', async () => {
    const el = mount();
    await answerAll(el, { 'physically-hurt': 'yes' });
    expect($(el, '[part=next-step]')!.classList.contains('urgent')).toBe(true);
    expect(text(el, '[part=next-step]')).toMatch(/in danger now/);
  });

  it('raises debt bondage by itself from a fee assessment above two months of wages', async () => {
    const el = mount();
    el.feeAssessment = fees(150000);
    await answerAll(el, {});
    expect(el.result!.possible).toEqual(['debt-bondage']);
    expect(text(el, '[data-indicator=debt-bondage]')).toContain('2.28 months');
    expect(text(el, '.fee-check')).toBe('We also checked the recruitment fees you entered.');
    // A new assessment under the threshold updates the result.
    el.feeAssessment = fees(100000);
    await settle(el);
    expect(el.result!.possible).toEqual([]);
  });

  it('keeps answers when going back and forth', async () => {
    const el = mount();
    await start(el);
    await answerHere(el, { 'depends-on-employer': 'unsure' });
    await forward(el);
    await answerHere(el, { 'locked-in': 'yes' });
    await backward(el);
    expect(($$(el, 'input[name=depends-on-employer]') as HTMLInputElement[]).find((r) => r.checked)?.value).toBe('unsure');
    await forward(el);
    expect(($$(el, 'input[name=locked-in]') as HTMLInputElement[]).find((r) => r.checked)?.value).toBe('yes');
  });
});

describe('safety', () => {
  it('"Clear my answers" forgets everything at once, from any part, and says so', async () => {
    const el = mount();
    await answerAll(el, { 'locked-in': 'yes', 'phone-taken': 'yes' });
    expect(el.result).toBeDefined();
    await clearAnswers(el);
    expect(currentView(el)).toBe('intro');
    expect(el.result).toBeUndefined();
    expect(text(el, '[role=status]')).toBe('Your answers have been cleared.');
    await start(el);
    await forward(el);
    await forward(el);
    expect($$(el, 'input[type=radio]').filter((r) => (r as HTMLInputElement).checked)).toEqual([]);
  });

  it('with exit-href, "Leave quickly" clears the answers and leaves', async () => {
    const el = mount({ attrs: { 'exit-href': 'https://example.org/weather' } });
    const navigate = vi.fn();
    el.navigate = navigate;
    await start(el);
    await answerHere(el, { 'depends-on-employer': 'yes' });
    const leave = $$(el, '.safety button').find((b) => b.textContent!.includes('Leave quickly'))!;
    leave.click();
    await settle(el);
    expect(navigate).toHaveBeenCalledWith('https://example.org/weather');
    expect(currentView(el)).toBe('intro');
    expect(el.result).toBeUndefined();
    expect(mount().shadowRoot!.textContent).not.toContain('Leave quickly');
  });

  it('with a javascript: exit-href, still leaves, to about:blank, and runs nothing', async () => {
    const el = mount({ attrs: { 'exit-href': 'javascript:alert(1)' } });
    const navigate = vi.fn();
    el.navigate = navigate;
    await start(el);
    const leave = $$(el, '.safety button').find((b) => b.textContent!.includes('Leave quickly'))!;
    leave.click();
    await settle(el);
    expect(navigate).toHaveBeenCalledWith('about:blank');
  });

  it('writes nothing to cookies or storage', async () => {
    const before = { cookie: document.cookie, local: localStorage.length, session: sessionStorage.length };
    const el = mount();
    await answerAll(el, { 'wages-unpaid': 'yes' });
    expect({ cookie: document.cookie, local: localStorage.length, session: sessionStorage.length }).toEqual(before);
  });
});

describe('accessibility and small screens', () => {
  it('has no axe violations and no horizontal scroll at 320 px, on every part and the result', async () => {
    await page.viewport(320, 640);
    const el = mount();
    el.feeAssessment = fees(150000);
    await settle(el);
    const check = async () => {
      expect(await axeViolations(el)).toEqual([]);
      expect(el.scrollWidth).toBeLessThanOrEqual(320);
    };
    await check();
    await start(el);
    while (currentView(el) !== 'result') {
      await answerHere(el, { 'depends-on-employer': 'yes', 'job-not-as-promised': 'unsure' });
      await check();
      await forward(el);
    }
    await check();
    await page.viewport(414, 800);
  });
});

describe('localisation', () => {
  it('is right-to-left in Arabic and in Devanagari in Nepali', async () => {
    const ar = mount({ lang: 'ar' });
    const ne = mount({ lang: 'ne' });
    for (const el of [ar, ne]) {
      await vi.waitFor(() => expect((el as unknown as { l10n: { loading: boolean } }).l10n.loading).toBe(false), { timeout: 15_000 });
      await settle(el);
    }
    expect($(ar, '[part=base]')!.getAttribute('dir')).toBe('rtl');
    expectScript(ar, text(ar, '#title'), /[\u0600-\u06FF]/);
    expectScript(ne, text(ne, '#title'), /[\u0900-\u097F]/);
    await start(ne);
    expectScript(ne, text(ne, 'legend'), /[\u0900-\u097F]/);
  });
});
