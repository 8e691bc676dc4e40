import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { assessRecruitmentFees, type FeeAssessment, type ForcedLabourAnswers } from '@migrant-rights/sdk/fees';
import { fromMajor } from '@migrant-rights/sdk/money';
import '../../define/forced-labour-screen.js';
import type { MrForcedLabourScreen } from './forced-labour-screen.js';
import { answerAll, answerHere, clearAnswers, currentView, forward, start } from './forced-labour-screen.fixtures.js';

interface Args {
  'exit-href': string;
  lang?: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/Forced-labour screen',
  component: 'mr-forced-labour-screen',
  args: { 'exit-href': '' },
  argTypes: { 'exit-href': { control: 'text' } },
  render: (args) => html`<mr-forced-labour-screen exit-href=${args['exit-href']}></mr-forced-labour-screen>`,
};
export default meta;
type Story = StoryObj<Args>;

const el = (canvas: HTMLElement) => canvas.querySelector('mr-forced-labour-screen') as MrForcedLabourScreen;

/** A Nepali worker in Qatar who paid NPR 150,000 on a QAR 1,800 wage: 2.28 months, above the 2-month threshold. */
function highFees(): FeeAssessment {
  const outcome = assessRecruitmentFees({
    origin: 'NP',
    destination: 'QA',
    paidOn: '2024-03-01',
    payments: [{ purpose: 'agency-service', amount: fromMajor('NPR', 150000), paidTo: 'recruitment-agency' }],
    monthlyWageAtDestination: fromMajor('QAR', 1800),
    exchangeRates: [{ from: 'QAR', to: 'NPR', rate: '36.5' }],
  });
  if (!outcome.ok) throw new Error('fee example rejected');
  return outcome.assessment;
}

const resultFor = (answers: ForcedLabourAnswers, check: (s: MrForcedLabourScreen) => Promise<void>, fees?: FeeAssessment): Story['play'] => async ({ canvasElement }) => {
  const screen = el(canvasElement);
  if (fees) screen.feeAssessment = fees;
  await answerAll(screen, answers);
  await expect(currentView(screen)).toBe('result');
  await check(screen);
};

export const Intro: Story = {};

export const FirstQuestions: Story = {
  play: async ({ canvasElement }) => {
    const screen = el(canvasElement);
    await start(screen);
    await answerHere(screen, { 'depends-on-employer': 'unsure' });
    await expect(currentView(screen)).toBe('part-1');
  },
};

export const LastQuestions: Story = {
  play: async ({ canvasElement }) => {
    const screen = el(canvasElement);
    await start(screen);
    for (let i = 0; i < 5; i++) await forward(screen);
    await expect(currentView(screen)).toBe('part-6');
  },
};

export const NoSigns: Story = {
  play: resultFor({ 'passport-kept': 'no', 'wages-unpaid': 'no', 'locked-in': 'no' }, async (s) => {
    await expect(s.result?.summary.code).toBe('fees.fl.summary.none');
  }),
};

export const OneSign: Story = {
  play: resultFor({ 'passport-kept': 'yes', 'passport-refused': 'no' }, async (s) => {
    await expect(s.result?.present).toEqual(['retention-of-identity-documents']);
    await expect(s.result?.caveat.code).toBe('fees.fl.caveat');
  }),
};

export const SeveralSignsAndPossible: Story = {
  play: resultFor({ 'job-not-as-promised': 'yes', 'wages-held-back': 'yes', 'very-long-hours': 'unsure', 'owes-cannot-leave': 'unsure' }, async (s) => {
    await expect(s.result?.present).toEqual(['deception', 'withholding-of-wages']);
    await expect(s.result?.possible).toEqual(['debt-bondage', 'excessive-overtime']);
  }),
};

export const UrgentHelp: Story = {
  play: resultFor({ 'locked-in': 'yes', 'physically-hurt': 'yes' }, async (s) => {
    await expect(s.result?.nextStep.code).toBe('fees.fl.next.urgent');
  }),
};

/** Debt bondage raised without a question, from fees above two months of wages (a project threshold, flagged unverified). */
export const DebtBondageFromFees: Story = {
  play: resultFor(
    {},
    async (s) => {
      await expect(s.result?.possible).toEqual(['debt-bondage']);
      await expect(s.result?.verification).toBe('unverified');
    },
    highFees(),
  ),
};

export const AnswersCleared: Story = {
  play: async ({ canvasElement }) => {
    const screen = el(canvasElement);
    await answerAll(screen, { 'phone-taken': 'yes' });
    await clearAnswers(screen);
    await expect(currentView(screen)).toBe('intro');
    await expect(screen.result).toBeUndefined();
  },
};

/** With `exit-href`, a "Leave quickly" button clears the answers and leaves (navigation is stubbed here). */
export const WithLeaveQuickly: Story = {
  args: { 'exit-href': 'https://example.org/' },
  play: async ({ canvasElement }) => {
    const screen = el(canvasElement);
    screen.navigate = () => {};
    await start(screen);
    await expect(screen.shadowRoot!.querySelector('.safety')!.textContent).toContain('Leave quickly');
  },
};

export const Arabic: Story = { args: { lang: 'ar' } };
export const ArabicQuestions: Story = { args: { lang: 'ar' }, play: async ({ canvasElement }) => start(el(canvasElement)) };
export const ArabicResult: Story = { args: { lang: 'ar' }, play: resultFor({ 'passport-kept': 'yes' }, async () => {}, highFees()) };
export const Nepali: Story = { args: { lang: 'ne' } };
export const NepaliResult: Story = { args: { lang: 'ne' }, play: resultFor({ 'wages-unpaid': 'yes', 'very-long-hours': 'unsure' }, async () => {}) };
export const Bengali: Story = { args: { lang: 'bn' } };
export const Hindi: Story = { args: { lang: 'hi' } };
export const Indonesian: Story = { args: { lang: 'id' } };
export const Filipino: Story = { args: { lang: 'fil' } };

export const Phone320: Story = {
  parameters: { viewport: { defaultViewport: 'phone320' } },
  globals: { viewport: { value: 'phone320' } },
  play: async ({ canvasElement }) => start(el(canvasElement)),
};
