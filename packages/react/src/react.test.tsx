import { afterEach, describe, expect, it } from 'vitest';
import { createRoot, type Root } from 'react-dom/client';
import { act, type ReactNode } from 'react';
import { QuickExit, WageCalculator } from './index.js';
import type { MrWageCalculator } from '@migrant-rights/widgets/wage-calculator';

let root: Root | undefined;
let host: HTMLElement | undefined;
afterEach(() => {
  act(() => root?.unmount());
  host?.remove();
});

function mount(node: ReactNode): HTMLElement {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() => root!.render(node));
  return host;
}

describe('React wrappers', () => {
  it('render the real custom element with props set as properties', async () => {
    const el = mount(<WageCalculator country="AE" currencyHome="BDT" />).querySelector('mr-wage-calculator') as MrWageCalculator;
    expect(el).toBeInstanceOf(customElements.get('mr-wage-calculator')!);
    await el.updateComplete;
    expect(el.country).toBe('AE');
    expect(el.currencyHome).toBe('BDT');
    expect(el.shadowRoot!.querySelector<HTMLSelectElement>('select#country')!.value).toBe('AE');
  });

  it('map on<Event> props to the mr-* events with their detail', async () => {
    const seen: string[] = [];
    const el = mount(<QuickExit placement="inline" onQuickExit={(e) => seen.push(e.detail.href)} />).querySelector('mr-quick-exit')!;
    el.navigate = () => {};
    await el.updateComplete;
    el.shadowRoot!.querySelector('button')!.click();
    expect(seen).toEqual(['about:blank']);
  });
});
