import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../../define/quick-exit.js';
import type { MrQuickExit } from './quick-exit.js';

const meta: Meta<{ lang?: string }> = {
  title: 'Widgets/Quick exit',
  component: 'mr-quick-exit',
  render: () => html`<mr-quick-exit placement="inline"></mr-quick-exit>`,
};
export default meta;
type Story = StoryObj<{ lang?: string }>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const exit = canvasElement.querySelector('mr-quick-exit') as MrQuickExit;
    const went: string[] = [];
    exit.navigate = (href) => went.push(href);
    await exit.updateComplete;
    exit.shadowRoot!.querySelector('button')!.click();
    await expect(went).toEqual(['about:blank']);
  },
};
export const Arabic: Story = { args: { lang: 'ar' } };
export const Nepali: Story = { args: { lang: 'ne' } };
