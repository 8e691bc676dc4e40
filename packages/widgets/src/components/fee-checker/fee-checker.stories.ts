import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../../define/fee-checker.js';
import type { MrFeeChecker } from './fee-checker.js';
import type { OnDemand } from '../../internal/on-demand.js';
import { standIn } from '../../test-support/network.js';
import { NEPAL_QATAR, answer, click, currentStep, errorIds, fillPayment, next, type FeeAnswers } from './fee-checker.fixtures.js';

interface Args {
  origin: string;
  destination: string;
  'worker-category': 'general' | 'domestic';
  'currency-home': string;
  lang?: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/Fee checker',
  component: 'mr-fee-checker',
  args: { origin: 'NP', destination: 'QA', 'worker-category': 'general', 'currency-home': 'NPR' },
  argTypes: {
    origin: { control: 'select', options: ['', 'NP', 'PH', 'BD', 'ID', 'IN', 'LK', 'PK', 'VN', 'KH', 'MM'] },
    destination: { control: 'select', options: ['', 'QA', 'AE', 'SA', 'KW', 'BH', 'OM', 'MY', 'SG', 'HK', 'TH'] },
    'worker-category': { control: 'inline-radio', options: ['general', 'domestic'] },
    'currency-home': { control: 'text' },
  },
  render: (args) =>
    html`<mr-fee-checker origin=${args.origin} destination=${args.destination} worker-category=${args['worker-category']} currency-home=${args['currency-home']}></mr-fee-checker>`,
};
export default meta;
type Story = StoryObj<Args>;

const el = (canvas: HTMLElement) => canvas.querySelector('mr-fee-checker') as MrFeeChecker;
const ruleStatus = (checker: MrFeeChecker, ruleId: string) => checker.result?.rules.find((r) => r.rule.ruleId === ruleId)?.status;

/** Answers that reach a result; checks the result exists and each named rule has the expected status. */
const resultFor = (answers: FeeAnswers, rules: Record<string, string> = {}): Story['play'] => async ({ canvasElement }) => {
  const checker = el(canvasElement);
  await answer(checker, answers);
  await expect(currentStep(checker)).toBe('result');
  for (const [rule, status] of Object.entries(rules)) await expect(ruleStatus(checker, rule)).toBe(status);
};

const agencyFee = (amount: string, date = '2024-03-01') => ({ purpose: 'agency-service', amount, paidTo: 'recruitment-agency', date });

// ---- the form --------------------------------------------------------------------------------

export const Empty: Story = { args: { origin: '', destination: '', 'currency-home': '' } };

export const FirstQuestionPreset: Story = {};

export const MissingCountries: Story = {
  args: { origin: '', destination: '', 'currency-home': '' },
  play: async ({ canvasElement }) => {
    const checker = el(canvasElement);
    await next(checker);
    await expect(errorIds(checker)).toEqual(['origin', 'destination']);
  },
};

/** Indonesia → Malaysia: the zero-cost rule depends on the job, so the job is asked. */
export const AsksOccupation: Story = { args: { origin: 'ID', destination: 'MY', 'currency-home': 'IDR' } };
/** Bangladesh → Saudi Arabia: the rules differ for women and men, so sex is asked (optional). */
export const AsksSex: Story = { args: { origin: 'BD', destination: 'SA', 'currency-home': 'BDT' } };
/** Philippines → Singapore: the agency-fee cap depends on the contract length. */
export const AsksContractLength: Story = { args: { origin: 'PH', destination: 'SG', 'currency-home': 'PHP' } };

export const FirstPaymentForm: Story = {
  play: async ({ canvasElement }) => {
    const checker = el(canvasElement);
    await next(checker);
    await expect(currentStep(checker)).toBe('payments');
  },
};

export const PaymentErrors: Story = {
  play: async ({ canvasElement }) => {
    const checker = el(canvasElement);
    await next(checker);
    await fillPayment(checker, { purpose: 'visa', amount: '-500', paidTo: 'government', date: '2023-02-30' });
    await expect(errorIds(checker)).toEqual(['payment-amount', 'payment-date']);
  },
};

export const EmptyPaymentErrors: Story = {
  play: async ({ canvasElement }) => {
    const checker = el(canvasElement);
    await next(checker);
    await fillPayment(checker, {});
    await expect(errorIds(checker)).toEqual(['payment-purpose', 'payment-amount', 'payment-paidTo', 'payment-date']);
  },
};

export const PaymentsList: Story = {
  play: async ({ canvasElement }) => {
    const checker = el(canvasElement);
    await answer(checker, { payments: [agencyFee('80000'), { purpose: 'medical-exam', amount: '9000', paidTo: 'medical-centre', receipt: 'yes', date: '2024-02-10' }, { purpose: 'air-ticket', amount: '900', currency: 'destination', paidTo: 'recruitment-agency', receipt: 'no', date: '2024-03-10' }] }, 'wage');
    await expect(currentStep(checker)).toBe('wage');
    await click(checker, 'form.step [part=actions] button.secondary');
    await expect(currentStep(checker)).toBe('payments');
  },
};

export const MissingRate: Story = {
  play: async ({ canvasElement }) => {
    const checker = el(canvasElement);
    await answer(checker, { payments: NEPAL_QATAR.payments!, wage: '1800' });
    await expect(errorIds(checker)).toEqual(['rate']);
  },
};

export const BadWageAndRate: Story = {
  play: async ({ canvasElement }) => {
    const checker = el(canvasElement);
    await answer(checker, { payments: NEPAL_QATAR.payments!, wage: 'abc', rate: '0' });
    await expect(errorIds(checker)).toEqual(['wage', 'rate']);
  },
};

// ---- results by corridor ---------------------------------------------------------------------

/** Nepal → Qatar: the agency fee is far over Nepal's NPR 10,000 cap and Qatar bans recruiter fees; 2.28 months of wages. */
export const ResultNepalQatarExceeds: Story = {
  play: resultFor(NEPAL_QATAR, { 'np-service-fee-gulf': 'exceeds', 'qa-recruiter-no-fees': 'banned', 'np-free-visa-ticket': 'nothing-in-scope' }),
};

/** Nepal → Malaysia after the 2018 agreement: zero cost to the worker. */
export const ResultNepalMalaysiaZeroFee: Story = {
  args: { destination: 'MY' },
  play: resultFor({ payments: [agencyFee('120000', '2023-06-01'), { purpose: 'air-ticket', amount: '40000', paidTo: 'recruitment-agency', date: '2023-06-10' }], wage: '1700', rate: '31' }, { 'np-my-mou-zero-cost': 'banned' }),
};

/** Philippines → Hong Kong, domestic worker: no placement fee at all, and the employer pays processing costs. */
export const ResultPhilippinesHongKongDomestic: Story = {
  args: { origin: 'PH', destination: 'HK', 'worker-category': 'domestic', 'currency-home': 'PHP' },
  play: resultFor(
    { payments: [agencyFee('60000', '2024-08-01'), { purpose: 'training', amount: '15000', paidTo: 'training-centre', date: '2024-07-15' }], wage: '4990', rate: '7.3' },
    { 'ph-hsw-no-placement-fee': 'banned' },
  ),
};

/** Philippines → Hong Kong, other work: one month's salary (Philippines) and 10 % of the first month's wage (Hong Kong). */
export const ResultPhilippinesHongKong: Story = {
  args: { origin: 'PH', destination: 'HK', 'currency-home': 'PHP' },
  play: resultFor({ payments: [agencyFee('30000', '2024-08-01')], wage: '6000', rate: '7.3' }, { 'ph-placement-fee': 'within', 'hk-agency-commission': 'exceeds' }),
};

/** Bangladesh → Saudi Arabia, a man: the BDT 165,000 ceiling, and Saudi law makes the employer pay. */
export const ResultBangladeshSaudi: Story = {
  args: { origin: 'BD', destination: 'SA', 'currency-home': 'BDT' },
  play: resultFor({ workerSex: 'male', payments: [agencyFee('450000', '2024-05-01')], wage: '1200', rate: '32' }, { 'bd-migration-cost-sa-male': 'exceeds', 'sa-employer-bears-costs': 'banned' }),
};

/** Indonesia → Malaysia, a housekeeper: one of the ten zero-placement-cost jobs. */
export const ResultIndonesiaMalaysia: Story = {
  args: { origin: 'ID', destination: 'MY', 'currency-home': 'IDR' },
  play: resultFor(
    { occupation: 'housekeeper', payments: [{ purpose: 'training', amount: '5000000', paidTo: 'training-centre', date: '2024-01-15' }, agencyFee('10000000', '2024-02-01')], wage: '1700', rate: '3400' },
    { 'id-zero-placement-cost': 'banned' },
  ),
};

/** Philippines → Singapore, two-year contract: agency fee at most two months' salary. */
export const ResultPhilippinesSingapore: Story = {
  args: { origin: 'PH', destination: 'SG', 'currency-home': 'PHP' },
  play: resultFor({ contractMonths: '24', payments: [agencyFee('90000', '2025-01-10')], wage: '800', rate: '42' }, { 'sg-agency-fee': 'exceeds', 'ph-placement-fee': 'exceeds' }),
};

/** The Singapore cap without the contract length: the result asks for the missing answer. */
export const ResultNeedsAnswer: Story = {
  args: { origin: 'PH', destination: 'SG', 'currency-home': 'PHP' },
  play: resultFor({ payments: [agencyFee('20000', '2025-01-10')], wage: '800', rate: '42' }, { 'sg-agency-fee': 'needs-input' }),
};

/** Rules we could not verify against an official text (Sri Lanka, Malaysia): flagged beside each verdict. */
export const ResultUnverified: Story = {
  args: { origin: 'LK', destination: 'MY', 'currency-home': 'LKR' },
  play: async ({ canvasElement }) => {
    const checker = el(canvasElement);
    await answer(checker, { payments: [agencyFee('150000', '2024-04-01')] });
    await expect(currentStep(checker)).toBe('result');
    await expect(checker.result?.verification).toBe('unverified');
    await expect(checker.result?.rules.find((r) => r.rule.ruleId === 'lk-no-agency-fee')?.rule.verification).toBe('unverified');
  },
};

/** Only home-currency payments and no wage: verdicts without the months-of-wages figure. */
export const ResultWithoutWage: Story = { play: resultFor({ payments: [agencyFee('9000'), { purpose: 'welfare-fund', amount: '1500', paidTo: 'government', receipt: 'yes', date: '2024-03-01' }] }, { 'np-service-fee-gulf': 'within' }) };

/** A "loan" repaid to the agency and a deposit: illegal payments, flagged. */
export const ResultIllegalPayments: Story = {
  play: resultFor({ payments: [{ purpose: 'deposit', amount: '50000', paidTo: 'recruitment-agency', receipt: 'no', date: '2024-03-01' }, { purpose: 'loan-repayment', amount: '30000', paidTo: 'recruitment-agency', date: '2024-09-01' }], wage: '1800', rate: '36.5' }),
};

export const ForcedLabourQuestions: Story = {
  play: async ({ canvasElement }) => {
    const checker = el(canvasElement);
    await answer(checker, NEPAL_QATAR);
    await click(checker, '#open-screen');
    await expect(currentStep(checker)).toBe('screen');
  },
};

// ---- languages and screens -------------------------------------------------------------------

export const Arabic: Story = { args: { lang: 'ar', origin: 'BD', destination: 'SA', 'currency-home': 'BDT' } };
export const ArabicResult: Story = { args: { lang: 'ar' }, play: resultFor(NEPAL_QATAR) };
/** The device was offline when the fee law was fetched (once the corridor was chosen): said on the country of the job, in the reader's words, and every answer is kept. */
export const OfflineFeeLaw: Story = {
  args: { origin: '', destination: '' },
  play: async ({ canvasElement }) => {
    const checker = el(canvasElement);
    standIn((checker as unknown as { law: OnDemand<unknown> }).law, { offline: true });
    await answer(checker, { origin: 'NP', destination: 'QA' });
    await expect(currentStep(checker)).toBe('where');
    await expect(errorIds(checker)).toEqual(['destination']);
  },
};

export const Nepali: Story = { args: { lang: 'ne' } };
export const NepaliResult: Story = { args: { lang: 'ne' }, play: resultFor(NEPAL_QATAR) };
export const Bengali: Story = { args: { lang: 'bn', origin: 'BD', destination: 'SA', 'currency-home': 'BDT' } };
export const Hindi: Story = { args: { lang: 'hi', origin: 'IN', destination: 'AE', 'currency-home': 'INR' } };
export const Indonesian: Story = { args: { lang: 'id', origin: 'ID', destination: 'MY', 'currency-home': 'IDR' } };
export const Filipino: Story = { args: { lang: 'fil', origin: 'PH', destination: 'HK', 'worker-category': 'domestic', 'currency-home': 'PHP' } };

export const Phone320: Story = {
  parameters: { viewport: { defaultViewport: 'phone320' } },
  globals: { viewport: { value: 'phone320' } },
};
export const Phone320Result: Story = {
  parameters: { viewport: { defaultViewport: 'phone320' } },
  globals: { viewport: { value: 'phone320' } },
  play: resultFor(NEPAL_QATAR),
};
