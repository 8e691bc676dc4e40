import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { casesToCsv, casesToJson, encryptCases, summariseCases } from '@migrant-rights/sdk/cases';
import '../../define/case-stats.js';
import type { MrCaseStats } from './case-stats.js';
import type { OnDemand } from '../../internal/on-demand.js';
import { standIn } from '../../test-support/network.js';
import { campaignCases, chooseFiles, convertTo, importProblems, settle, toggleTable, unlock } from './case-stats.fixtures.js';

interface Args {
  'convert-to': string;
  size: number;
  lang?: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/Case stats',
  component: 'mr-case-stats',
  args: { 'convert-to': '', size: 40 },
  argTypes: {
    'convert-to': { control: 'select', options: ['', 'NPR', 'BDT', 'INR', 'PHP', 'IDR', 'USD'] },
    size: { control: { type: 'range', min: 0, max: 500, step: 1 }, description: 'How many example cases the page gives (the `cases` property).' },
  },
  render: (args) => html`<mr-case-stats convert-to=${args['convert-to']} .cases=${campaignCases(args.size)}></mr-case-stats>`,
};
export default meta;
type Story = StoryObj<Args>;

const el = (canvas: HTMLElement) => canvas.querySelector('mr-case-stats') as MrCaseStats;
const file = (name: string, content: string) => new File([content], name, { type: 'text/plain' });

export const Empty: Story = {
  args: { size: 0 },
  play: async ({ canvasElement }) => {
    const stats = el(canvasElement);
    await settle(stats);
    await expect(stats.result).toBeUndefined();
  },
};

/** The device was offline when the code that counts cases was fetched: said with "Try again", never "no cases yet". */
export const OfflineReader: Story = {
  args: { size: 0 },
  play: async ({ canvasElement }) => {
    const stats = el(canvasElement);
    standIn((stats as unknown as { reader: OnDemand<unknown> }).reader, { offline: true });
    stats.cases = campaignCases(40);
    await settle(stats);
    await expect(stats.result).toBeUndefined();
    await expect(stats.shadowRoot!.querySelector('#reader-error')).not.toBeNull();
    await expect(stats.shadowRoot!.querySelector('.empty')).toBeNull();
  },
};

export const Campaign: Story = {
  play: async ({ canvasElement }) => {
    const stats = el(canvasElement);
    await settle(stats);
    await expect(stats.result).toEqual(summariseCases(campaignCases(40)));
  },
};

/** A study-sized set: the charts stay readable with hundreds of cases. */
export const LargeSet: Story = { args: { size: 451 } };

export const TablesShown: Story = {
  play: async ({ canvasElement }) => {
    const stats = el(canvasElement);
    await settle(stats);
    for (const chart of ['byDestination', 'byViolation', 'byMonth']) await toggleTable(stats, chart);
    await expect(stats.shadowRoot!.querySelector('#chart-byMonth button.toggle')!.getAttribute('aria-pressed')).toBe('true');
  },
};

export const ConvertedWithRates: Story = {
  args: { 'convert-to': 'NPR' },
  play: async ({ canvasElement }) => {
    const stats = el(canvasElement);
    await settle(stats);
    await convertTo(stats, 'NPR', { QAR: '36.85', KWD: '438.2' });
    await expect(stats.result?.converted?.complete).toBe(true);
  },
};

export const MissingRate: Story = {
  args: { 'convert-to': 'BDT' },
  play: async ({ canvasElement }) => {
    const stats = el(canvasElement);
    await settle(stats);
    await convertTo(stats, 'BDT', { QAR: '33.5' });
    await expect(stats.result?.converted?.missingRates).toEqual(['KWD']);
  },
};

export const ImportedJson: Story = {
  args: { size: 0 },
  play: async ({ canvasElement }) => {
    const stats = el(canvasElement);
    await chooseFiles(stats, [file('cases.json', casesToJson(campaignCases(20)))]);
    await expect(stats.cases).toHaveLength(20);
  },
};

export const CsvWithErrors: Story = {
  args: { size: 0 },
  play: async ({ canvasElement }) => {
    const stats = el(canvasElement);
    const csv = casesToCsv(campaignCases(10)).replace('"in-progress"', '"lost"').replace('"2024-10-15"', '"2024-10-40"');
    await chooseFiles(stats, [file('campaign.csv', csv)]);
    await expect(importProblems(stats).length).toBeGreaterThanOrEqual(2);
  },
};

export const EncryptedFile: Story = {
  args: { size: 0 },
  play: async ({ canvasElement }) => {
    const stats = el(canvasElement);
    const encrypted = await encryptCases(campaignCases(15), 'four tall green trees', { iterations: 1000 });
    await chooseFiles(stats, [file('cases.encrypted.json', encrypted)]);
    await expect(stats.shadowRoot!.querySelector('#passphrase')).not.toBeNull();
  },
};

export const EncryptedWrongPassphrase: Story = {
  args: { size: 0 },
  play: async ({ canvasElement }) => {
    const stats = el(canvasElement);
    const encrypted = await encryptCases(campaignCases(15), 'four tall green trees', { iterations: 1000 });
    await chooseFiles(stats, [file('cases.encrypted.json', encrypted)]);
    await unlock(stats, 'not the passphrase');
    await expect(stats.shadowRoot!.querySelector('#passphrase-error')).not.toBeNull();
  },
};

export const EncryptedOpened: Story = {
  args: { size: 0 },
  play: async ({ canvasElement }) => {
    const stats = el(canvasElement);
    const encrypted = await encryptCases(campaignCases(15), 'four tall green trees', { iterations: 1000 });
    await chooseFiles(stats, [file('cases.encrypted.json', encrypted)]);
    await unlock(stats, 'four tall green trees');
    await expect(stats.cases).toHaveLength(15);
  },
};

export const Arabic: Story = { args: { lang: 'ar', 'convert-to': 'EGP' } };
export const Nepali: Story = { args: { lang: 'ne', 'convert-to': 'NPR' } };
export const Bengali: Story = { args: { lang: 'bn', 'convert-to': 'BDT' } };
export const Hindi: Story = { args: { lang: 'hi', 'convert-to': 'INR' } };
export const Indonesian: Story = { args: { lang: 'id', 'convert-to': 'IDR' } };
export const Filipino: Story = { args: { lang: 'fil', 'convert-to': 'PHP' } };

export const Phone320: Story = {
  parameters: { viewport: { defaultViewport: 'phone320' } },
  globals: { viewport: { value: 'phone320' } },
  play: async ({ canvasElement }) => {
    const stats = el(canvasElement);
    await settle(stats);
    await expect(stats.scrollWidth).toBeLessThanOrEqual(stats.clientWidth);
  },
};
