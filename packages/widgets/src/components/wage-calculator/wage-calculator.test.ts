import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import axe from 'axe-core';
import { calculateWageClaim, LOADABLE_WAGE_RULES } from '@migrant-rights/sdk/wages';
import { format } from '@migrant-rights/sdk/money';
import '../../define/wage-calculator.js';
import { MrWageCalculator } from './wage-calculator.js';
import { defineElement } from '../../internal/mr-element.js';
import type { OnDemand } from '../../internal/on-demand.js';
import { standIn } from '../../test-support/network.js';
import { answer, choose, currentStep, errorIds, next, type, withUnreachableLaw } from './wage-calculator.fixtures.js';
import { toClaimInput, emptyForm } from './form-model.js';

const mounted: HTMLElement[] = [];

function mount(markup: { lang?: string; attrs?: Record<string, string> } = {}): MrWageCalculator {
  const wrapper = document.createElement('div');
  if (markup.lang) wrapper.lang = markup.lang;
  const el = document.createElement('mr-wage-calculator');
  for (const [k, v] of Object.entries(markup.attrs ?? {})) el.setAttribute(k, v);
  wrapper.append(el);
  document.body.append(wrapper);
  mounted.push(wrapper);
  return el;
}

async function localised(el: MrWageCalculator): Promise<void> {
  await vi.waitFor(() => expect((el as unknown as { l10n: { loading: boolean } }).l10n.loading).toBe(false), { timeout: 15_000 });
  await el.updateComplete;
}

function text(el: MrWageCalculator, selector: string): string {
  return el.shadowRoot!.querySelector(selector)?.textContent?.trim() ?? '';
}

async function axeViolations(el: Element): Promise<string[]> {
  const result = await axe.run(el, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'] });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

afterEach(() => {
  mounted.splice(0).forEach((m) => m.remove());
});

describe('registration', () => {
  it('is defined once and a second define of the same tag never throws', () => {
    expect(customElements.get('mr-wage-calculator')).toBe(MrWageCalculator);
    expect(() => MrWageCalculator.define('mr-wage-calculator')).not.toThrow();
  });

  it('warns once, without throwing, when another version already owns the tag', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    class OtherCopy extends HTMLElement {
      static version = '9.9.9';
    }
    expect(() => defineElement('mr-wage-calculator', OtherCopy)).not.toThrow();
    expect(() => defineElement('mr-wage-calculator', OtherCopy)).not.toThrow();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain('9.9.9');
    warn.mockRestore();
  });
});

describe('first step', () => {
  it('preselects the country from the attribute and asks in plain language', async () => {
    const el = mount({ attrs: { country: 'QA' } });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector<HTMLSelectElement>('select#country')!.value).toBe('QA');
    expect(text(el, 'label[for=country]')).toBe('Country where you work');
    expect(currentStep(el)).toBe('where');
  });

  it('has no axe violations on any step at 320 px', async () => {
    await page.viewport(320, 640);
    const el = mount({ attrs: { country: 'QA' } });
    await el.updateComplete;
    for (const step of ['where', 'when', 'pay', 'received', 'hours'] as const) {
      expect(currentStep(el)).toBe(step);
      expect(await axeViolations(el)).toEqual([]);
      expect(el.scrollWidth).toBeLessThanOrEqual(320);
      if (step === 'where') await next(el);
      if (step === 'when') await answer(el, { start: '2025-01-01', end: '2025-03-31', ended: 'no' }, 'pay');
      if (step === 'pay') await answer(el, { basic: '1000' }, 'received');
      if (step === 'received') await answer(el, { paid: '0' }, 'hours');
    }
  });
});

describe('bad input', () => {
  it('says what is missing next to each field, keeps the person on the step and focuses the first problem', async () => {
    const el = mount();
    await el.updateComplete;
    await next(el);
    expect(currentStep(el)).toBe('where');
    expect(errorIds(el)).toEqual(['country']);
    expect(text(el, '#country-error')).toMatch(/\S/);
    expect(el.shadowRoot!.activeElement?.id).toBe('country');
    expect(el.shadowRoot!.querySelector('#country')!.getAttribute('aria-describedby')).toBe('country-error');
  });

  it('rejects an end date before the start and keeps both dates as typed', async () => {
    const el = mount({ attrs: { country: 'AE' } });
    await answer(el, { start: '2025-05-10', end: '2025-05-01', ended: 'no' });
    expect(currentStep(el)).toBe('when');
    expect(errorIds(el)).toEqual(['end']);
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('#start')!.value).toBe('2025-05-10');
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('#end')!.value).toBe('2025-05-01');
  });

  it('rejects negative, non-numeric and over-precise amounts without losing them', async () => {
    const el = mount({ attrs: { country: 'KW' } });
    await answer(el, { start: '2025-01-01', end: '2025-01-31', ended: 'no', basic: '-5', housing: 'abc', food: '1.2345' });
    expect(currentStep(el)).toBe('pay');
    expect(errorIds(el).sort()).toEqual(['basic', 'food', 'housing']);
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('#housing')!.value).toBe('abc');
    // Going back and forth keeps what was typed.
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.secondary')!.click();
    await el.updateComplete;
    await next(el);
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('#basic')!.value).toBe('-5');
  });

  it('rejects impossible overtime hours with a message on the hours field', async () => {
    const el = mount({ attrs: { country: 'QA' } });
    await answer(el, { start: '2025-01-01', end: '2025-01-01', ended: 'no', basic: '1000', paid: '0', overtime: { ordinary: '500' } });
    expect(currentStep(el)).toBe('hours');
    expect(errorIds(el)).toEqual(['overtime-ordinary']);
  });
});

describe('result', () => {
  it('shows the same total as the SDK, each line with its legal basis and sources, and emits mr-calculate', async () => {
    const el = mount({ attrs: { country: 'QA', 'currency-home': 'NPR' } });
    const events: CustomEvent[] = [];
    el.addEventListener('mr-calculate', (e) => events.push(e as CustomEvent));
    const answers = { start: '2025-01-01', end: '2025-03-31', ended: 'no' as const, basic: '900', paid: '1000', overtime: { ordinary: '10' } };
    await answer(el, answers);
    expect(currentStep(el)).toBe('result');

    const form = { ...emptyForm('QA'), ...answers, overtime: { ordinary: '10', night: '', restDay: '', publicHoliday: '' } };
    const outcome = calculateWageClaim(toClaimInput(form));
    if (!outcome.ok) throw new Error('SDK rejected a valid input');
    expect(outcome.claim.total.minor).toBeGreaterThan(0);
    expect(text(el, '[part=total] strong')).toBe(format(outcome.claim.total, 'en'));

    const lines = el.shadowRoot!.querySelectorAll('[part=line]');
    expect(lines.length).toBe(outcome.claim.lines.length);
    for (const line of lines) {
      expect(line.querySelector('.basis')!.textContent!.trim()).not.toMatch(/^wages\./); // a message, not a raw code
      expect(line.querySelector('[part=provenance]')).not.toBeNull();
    }
    expect(el.shadowRoot!.querySelector('[part=provenance] a')!.getAttribute('href')).toMatch(/^https:\/\//);

    expect(events).toHaveLength(1);
    expect(events[0]!.detail.claim.total).toEqual(outcome.claim.total);
    expect(events[0]!.bubbles && events[0]!.composed).toBe(true);
    expect(await axeViolations(el)).toEqual([]);
  });

  it('by default fetches every country\'s rules together, so the host of these files cannot tell which was chosen', async () => {
    const el = mount({ attrs: { country: 'HK' } });
    const law = standIn((el as unknown as { rules: OnDemand<unknown> }).rules);
    await el.updateComplete;
    await vi.waitFor(() => expect(law.fetched).toEqual([...LOADABLE_WAGE_RULES])); // in their own order: Hong Kong is not first
  });

  it('with law-download="chosen", fetches only the chosen country rules; offline, it says so on the country question and keeps every answer', async () => {
    const el = mount({ attrs: { country: 'QA', 'law-download': 'chosen' } });
    const law = withUnreachableLaw(el);
    await answer(el, { start: '2025-01-01', end: '2025-03-31', ended: 'no', basic: '900', paid: '1000' });
    expect(currentStep(el)).toBe('where');
    expect(errorIds(el)).toEqual(['country']);
    expect(text(el, '#country-error')).toBe('We could not load the rules for this country. Check your internet connection, then try again.');
    expect(el.shadowRoot!.activeElement?.id).toBe('country');
    expect(el.result).toBeUndefined();

    law.online();
    // Every answer is still there, so pressing Next leads through the steps to the result.
    for (let press = 0; press < 6 && currentStep(el) !== 'result'; press++) await next(el);
    expect(el.result!.total.currency).toBe('QAR');
    expect(new Set(law.fetched)).toEqual(new Set(['QA']));
  });

  it('converts the total to the home currency only with a rate the person typed', async () => {
    const el = mount({ attrs: { country: 'QA', 'currency-home': 'NPR' } });
    await answer(el, { start: '2025-01-01', end: '2025-01-31', ended: 'no', basic: '1000', paid: '0' });
    expect(el.shadowRoot!.querySelector('.converted')).toBeNull();
    await type(el, 'rate', '36.5');
    const total = el.result!.total;
    const expected = format({ currency: 'NPR', minor: Math.round((total.minor * 365) / 10) }, 'en');
    expect(text(el, '.converted')).toContain(expected);
    await type(el, 'rate', 'abc');
    expect(el.shadowRoot!.querySelector('.convert .error')).not.toBeNull();
  });

  it('"How to claim this" emits mr-navigate for the complaint pathway', async () => {
    const el = mount({ attrs: { country: 'AE' } });
    await answer(el, { start: '2024-01-01', end: '2025-06-30', ended: 'yes', ending: 'termination', basic: '3000', paid: '30000' });
    const seen: CustomEvent[] = [];
    el.addEventListener('mr-navigate', (e) => seen.push(e as CustomEvent));
    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=actions] button')][0]!.click();
    expect(seen[0]?.detail).toMatchObject({ to: 'complaint-pathway', destination: 'AE', workerCategory: 'general', employmentEndedOn: '2025-06-30' });
  });

  it('writes nothing to cookies or storage', async () => {
    const before = { cookie: document.cookie, local: localStorage.length, session: sessionStorage.length };
    const el = mount({ attrs: { country: 'SA' } });
    await answer(el, { start: '2025-01-01', end: '2025-02-28', ended: 'no', basic: '1500', paid: '1000' });
    expect(currentStep(el)).toBe('result');
    expect({ cookie: document.cookie, local: localStorage.length, session: sessionStorage.length }).toEqual(before);
  });
});

describe('localisation per element', () => {
  beforeAll(async () => {
    await page.viewport(414, 800);
  });

  it('follows the nearest lang: Arabic is right-to-left, Nepali in Devanagari, side by side', async () => {
    const ar = mount({ lang: 'ar', attrs: { country: 'QA' } });
    const ne = mount({ lang: 'ne', attrs: { country: 'QA' } });
    const en = mount({ attrs: { country: 'QA' } });
    await Promise.all([localised(ar), localised(ne), localised(en)]);
    expect(ar.shadowRoot!.querySelector('[part=base]')!.getAttribute('dir')).toBe('rtl');
    expect(text(ar, '#title')).toMatch(/[\u0600-\u06FF]/);
    expect(ne.shadowRoot!.querySelector('[part=base]')!.getAttribute('dir')).toBe('ltr');
    expect(text(ne, '#title')).toMatch(/[\u0900-\u097F]/);
    expect(text(en, '#title')).toBe('How much is your employer owing you?');
    expect(await axeViolations(ar)).toEqual([]);
  });

  it('words the result in the reader language as soon as it shows: the law\'s wording arrives with the rules', async () => {
    const el = mount({ lang: 'ne', attrs: { country: 'QA' } });
    await localised(el);
    await answer(el, { start: '2025-01-01', end: '2025-03-31', ended: 'no', basic: '900', paid: '1000' });
    expect(currentStep(el)).toBe('result');
    const bases = [...el.shadowRoot!.querySelectorAll('[part=line] .basis')].map((b) => b.textContent!.trim());
    expect(bases.length).toBeGreaterThan(0);
    for (const basis of bases) expect(basis).toMatch(/[\u0900-\u097F]/);
  });

  it('keeps fil as Filipino and never reads fi (Finnish) as fil', async () => {
    const fil = mount({ lang: 'fil-PH', attrs: { country: 'HK' } });
    const fi = mount({ lang: 'fi', attrs: { country: 'HK' } });
    await Promise.all([localised(fil), localised(fi)]);
    expect(text(fil, '#title')).not.toBe('How much is your employer owing you?');
    expect(text(fi, '#title')).toBe('How much is your employer owing you?');
  });

  it('re-localises when the page changes lang, keeping what was typed', async () => {
    const el = mount({ lang: 'en', attrs: { country: 'QA' } });
    await next(el);
    await type(el, 'start', '2025-01-01');
    el.parentElement!.lang = 'ar';
    await vi.waitFor(() => expect(text(el, '#title')).toMatch(/[\u0600-\u06FF]/), { timeout: 15_000 });
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('#start')!.value).toBe('2025-01-01');
  });

  it('says error messages in the reader language, never raw codes', async () => {
    const el = mount({ lang: 'ne', attrs: { country: 'QA' } });
    await localised(el);
    await next(el);
    await next(el);
    expect(errorIds(el)).toContain('start');
    expect(text(el, '#start-error')).toMatch(/[\u0900-\u097F]/);
    expect(text(el, '#start-error')).not.toMatch(/error\./);
  });
});

describe('choices keyed by law', () => {
  it('asks Hong Kong domestic workers for the contract signing date and Malaysian workers for employer size', async () => {
    const hk = mount({ attrs: { country: 'HK', 'worker-category': 'domestic' } });
    await next(hk);
    expect(hk.shadowRoot!.querySelector('#contractSignedOn')).not.toBeNull();
    const my = mount({ attrs: { country: 'MY' } });
    await next(my);
    expect(my.shadowRoot!.querySelector('#employerSize')).not.toBeNull();
    expect(my.shadowRoot!.querySelector('#contractSignedOn')).toBeNull();
    await choose(my, 'employerSize', 'under-5');
  });
});
