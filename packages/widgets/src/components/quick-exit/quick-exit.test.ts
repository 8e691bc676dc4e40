import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import axe from 'axe-core';
import '../../define/quick-exit.js';
import '../../define/wage-calculator.js';
import type { MrQuickExit } from './quick-exit.js';
import type { MrWageCalculator } from '../wage-calculator/wage-calculator.js';
import { answer, currentStep } from '../wage-calculator/wage-calculator.fixtures.js';

const mounted: HTMLElement[] = [];
afterEach(() => mounted.splice(0).forEach((m) => m.remove()));

function mountExit(attrs: Record<string, string> = {}): { exit: MrQuickExit; went: string[] } {
  const exit = document.createElement('mr-quick-exit');
  for (const [k, v] of Object.entries(attrs)) exit.setAttribute(k, v);
  const went: string[] = [];
  exit.navigate = (href) => went.push(href);
  document.body.append(exit);
  mounted.push(exit);
  return { exit, went };
}

describe('<mr-quick-exit>', () => {
  it('clears every widget on the page, then replaces the page with the neutral one', async () => {
    const calc = document.createElement('mr-wage-calculator') as MrWageCalculator;
    calc.setAttribute('country', 'QA');
    document.body.append(calc);
    mounted.push(calc);
    await answer(calc, { start: '2025-01-01', end: '2025-01-31', ended: 'no', basic: '1000', paid: '0' });
    expect(currentStep(calc)).toBe('result');

    const { exit, went } = mountExit({ href: 'https://partner.example/weather' });
    await exit.updateComplete;
    const events: Event[] = [];
    document.addEventListener('mr-quick-exit', (e) => events.push(e), { once: true });
    exit.shadowRoot!.querySelector<HTMLButtonElement>('button')!.click();

    expect(went).toEqual(['https://partner.example/weather']);
    expect(events).toHaveLength(1);
    await calc.updateComplete;
    expect(calc.result).toBeUndefined();
    expect(currentStep(calc)).toBe('where');
    expect(calc.shadowRoot!.querySelector<HTMLInputElement>('#start')).toBeNull();
  });

  it('never hands a javascript: address to location.replace', async () => {
    const { exit, went } = mountExit({ href: 'javascript:alert(document.domain)' });
    await exit.updateComplete;
    const details: unknown[] = [];
    document.addEventListener('mr-quick-exit', (e) => details.push((e as CustomEvent).detail), { once: true });
    exit.shadowRoot!.querySelector<HTMLButtonElement>('button')!.click();
    expect(went).toEqual(['about:blank']);
    expect(details).toEqual([{ href: 'about:blank' }]);
  });

  it('leaves on Escape pressed twice quickly, and not with no-shortcut', async () => {
    const { exit, went } = mountExit();
    await exit.updateComplete;
    await userEvent.keyboard('{Escape}{Escape}');
    expect(went).toEqual(['about:blank']);

    exit.noShortcut = true;
    await exit.updateComplete;
    await userEvent.keyboard('{Escape}{Escape}');
    expect(went).toHaveLength(1);
  });

  it('says honestly that history is not erased, and is accessible', async () => {
    const { exit } = mountExit();
    await exit.updateComplete;
    expect(exit.shadowRoot!.querySelector('[part=note]')!.textContent).toContain('does not delete your browser history');
    const result = await axe.run(exit);
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });
});
