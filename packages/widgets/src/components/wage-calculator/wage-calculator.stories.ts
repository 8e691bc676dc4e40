import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../../define/wage-calculator.js';
import type { MrWageCalculator } from './wage-calculator.js';
import { answer, currentStep, errorIds, next, withUnreachableLaw, type Answers } from './wage-calculator.fixtures.js';

interface Args {
  country: string;
  'worker-category': 'general' | 'domestic';
  'currency-home': string;
  'law-download': 'all' | 'chosen';
  lang?: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/Wage calculator',
  component: 'mr-wage-calculator',
  args: { country: 'QA', 'worker-category': 'general', 'currency-home': 'NPR', 'law-download': 'all' },
  argTypes: {
    country: { control: 'select', options: ['', 'QA', 'AE', 'SA', 'KW', 'BH', 'OM', 'MY', 'SG', 'HK'] },
    'worker-category': { control: 'inline-radio', options: ['general', 'domestic'] },
    'currency-home': { control: 'text' },
    'law-download': { control: 'inline-radio', options: ['all', 'chosen'] },
  },
  render: (args) =>
    html`<mr-wage-calculator country=${args.country} worker-category=${args['worker-category']} currency-home=${args['currency-home']} law-download=${args['law-download']}></mr-wage-calculator>`,
};
export default meta;
type Story = StoryObj<Args>;

const el = (canvas: HTMLElement) => canvas.querySelector('mr-wage-calculator') as MrWageCalculator;

/** A worker's answers that reach a result in each country (a 3-month period, part paid, some overtime). */
const resultFor = (answers: Answers): Story['play'] => async ({ canvasElement }) => {
  const calc = el(canvasElement);
  await answer(calc, answers);
  await expect(currentStep(calc)).toBe('result');
  await expect(calc.result?.total.minor ?? -1).toBeGreaterThanOrEqual(0);
};

const threeMonths: Answers = { start: '2025-04-01', end: '2025-06-30', ended: 'no', paid: '0', overtime: { ordinary: '12' } };

export const Empty: Story = { args: { country: '' } };

export const FirstQuestionPreset: Story = {};

export const MissingAnswers: Story = {
  args: { country: '' },
  play: async ({ canvasElement }) => {
    const calc = el(canvasElement);
    await next(calc);
    await expect(errorIds(calc)).toEqual(['country']);
  },
};

export const EndBeforeStart: Story = {
  play: async ({ canvasElement }) => {
    const calc = el(canvasElement);
    await answer(calc, { start: '2025-06-30', end: '2025-06-01', ended: 'no' });
    await expect(errorIds(calc)).toEqual(['end']);
  },
};

export const BadAmounts: Story = {
  args: { country: 'KW' },
  play: async ({ canvasElement }) => {
    const calc = el(canvasElement);
    await answer(calc, { start: '2025-01-01', end: '2025-01-31', ended: 'no', basic: '-75', housing: 'seventy' });
    await expect(errorIds(calc).sort()).toEqual(['basic', 'housing']);
  },
};

/** With the data saver, the device was offline when the chosen country's law was fetched: the worker is told so on the country question, and nothing typed is lost. */
export const OfflineCountryLaw: Story = {
  args: { 'law-download': 'chosen' },
  play: async ({ canvasElement }) => {
    const calc = el(canvasElement);
    withUnreachableLaw(calc);
    await answer(calc, { ...threeMonths, country: 'SA', basic: '1500' });
    await expect(currentStep(calc)).toBe('where');
    await expect(errorIds(calc)).toEqual(['country']);
  },
};

export const FilledContractStep: Story = {
  play: async ({ canvasElement }) => {
    const calc = el(canvasElement);
    await answer(calc, { start: '2025-01-01', end: '2025-03-31', ended: 'no', basic: '900', housing: '300' }, 'received');
    await expect(currentStep(calc)).toBe('received');
  },
};

export const WithDeductions: Story = {
  args: { country: 'AE' },
  play: resultFor({ start: '2025-01-01', end: '2025-03-31', ended: 'no', basic: '2000', paid: '4000', deductions: [{ month: '2025-02', amount: '1500', kind: 'recruitment-cost' }] }),
};

export const ResultQatar: Story = { play: resultFor({ ...threeMonths, basic: '900' }) };
export const ResultUAEGratuity: Story = {
  args: { country: 'AE', 'currency-home': 'BDT' },
  play: resultFor({ start: '2018-03-01', end: '2025-02-28', ended: 'yes', ending: 'termination', basic: '5000', paid: '5000' }),
};
export const ResultSaudiResignation: Story = {
  args: { country: 'SA', 'currency-home': 'INR' },
  play: resultFor({ start: '2022-01-01', end: '2024-12-31', ended: 'yes', ending: 'resignation', basic: '1500', paid: '1500' }),
};
export const ResultKuwait: Story = { args: { country: 'KW', 'currency-home': 'LKR' }, play: resultFor({ ...threeMonths, basic: '60' }) };
export const ResultBahrain: Story = { args: { country: 'BH', 'currency-home': 'INR' }, play: resultFor({ ...threeMonths, basic: '150' }) };
export const ResultOman: Story = { args: { country: 'OM', 'currency-home': 'BDT' }, play: resultFor({ ...threeMonths, basic: '120' }) };
export const ResultMalaysiaSmallEmployer: Story = {
  args: { country: 'MY', 'currency-home': 'NPR' },
  play: resultFor({ start: '2025-06-01', end: '2025-09-30', ended: 'no', employerSize: 'under-5', basic: '1500', paid: '6000' }),
};
export const ResultSingapore: Story = { args: { country: 'SG', 'currency-home': 'BDT' }, play: resultFor({ ...threeMonths, basic: '800' }) };
export const ResultHongKongDomestic: Story = {
  args: { country: 'HK', 'worker-category': 'domestic', 'currency-home': 'PHP' },
  play: resultFor({ start: '2025-10-01', end: '2025-12-31', ended: 'no', contractSignedOn: '2025-09-30', basic: '4990', paid: '14970' }),
};
/** A result resting on rules we could not verify against the official text: the widget says so. */
export const UnverifiedWarning: Story = {
  args: { country: 'MY' },
  play: resultFor({ start: '2025-09-01', end: '2025-09-30', ended: 'no', employerSize: '5-or-more', basic: '1700', paid: '1700', overtime: { restDay: '8' } }),
};

export const Arabic: Story = { args: { lang: 'ar', country: 'AE', 'currency-home': 'EGP' } };
export const ArabicResult: Story = {
  args: { lang: 'ar', country: 'QA', 'currency-home': 'EGP' },
  play: resultFor({ ...threeMonths, basic: '1000' }),
};
export const Nepali: Story = { args: { lang: 'ne', country: 'QA' } };
export const NepaliResult: Story = { args: { lang: 'ne', country: 'QA' }, play: resultFor({ ...threeMonths, basic: '1000' }) };
export const Bengali: Story = { args: { lang: 'bn', country: 'SA', 'currency-home': 'BDT' } };
export const Hindi: Story = { args: { lang: 'hi', country: 'AE', 'currency-home': 'INR' } };
export const Indonesian: Story = { args: { lang: 'id', country: 'HK', 'worker-category': 'domestic', 'currency-home': 'IDR' } };
export const Filipino: Story = { args: { lang: 'fil', country: 'HK', 'worker-category': 'domestic', 'currency-home': 'PHP' } };

export const Phone320: Story = {
  parameters: { viewport: { defaultViewport: 'phone320' } },
  globals: { viewport: { value: 'phone320' } },
};
