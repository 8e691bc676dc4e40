import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect } from 'storybook/test';
import { filingDeadline, findPathway } from '@migrant-rights/sdk/pathways';
import '../../define/complaint-pathway.js';
import '../../define/wage-calculator.js';
import type { MrComplaintPathway } from './complaint-pathway.js';
import type { MrWageCalculator } from '../wage-calculator/wage-calculator.js';
import { answer as answerCalculator } from '../wage-calculator/wage-calculator.fixtures.js';
import type { OnDemand } from '../../internal/on-demand.js';
import { standIn } from '../../test-support/network.js';
import { answer, currentView, deadlineCard, errorIds, next, pathSteps, settle, tickDocument, typeDate } from './complaint-pathway.fixtures.js';

interface Args {
  destination: string;
  origin: string;
  'worker-category': string;
  problem: string;
  'incident-on': string;
  'employment-ended-on': string;
  today: string;
  'referral-name': string;
  'referral-phone': string;
  'referral-url': string;
  referralSlot: boolean;
  lang?: string;
}

/** A fixed "today" so every story shows the same countdown. */
const TODAY = '2025-06-15';

const meta: Meta<Args> = {
  title: 'Widgets/Complaint pathway',
  component: 'mr-complaint-pathway',
  args: { destination: '', origin: '', 'worker-category': '', problem: '', 'incident-on': '', 'employment-ended-on': '', today: TODAY, 'referral-name': '', 'referral-phone': '', 'referral-url': '', referralSlot: false },
  argTypes: {
    destination: { control: 'select', options: ['', 'QA', 'AE', 'SA', 'KW', 'BH', 'OM', 'MY', 'SG', 'HK'] },
    origin: { control: 'select', options: ['', 'PH', 'NP', 'BD', 'ID', 'LK', 'IN', 'PK'] },
    'worker-category': { control: 'inline-radio', options: ['', 'general', 'domestic'] },
    problem: {
      control: 'select',
      options: ['', 'unpaid-wages', 'underpayment', 'end-of-service-unpaid', 'documents-withheld', 'contract-substitution', 'excessive-hours', 'abuse-violence', 'change-employer-or-leave', 'recruitment-fees'],
    },
    'incident-on': { control: 'text' },
    'employment-ended-on': { control: 'text' },
    today: { control: 'text' },
    referralSlot: { control: 'boolean' },
  },
  render: (args) =>
    html`<mr-complaint-pathway
      destination=${args.destination || nothing}
      origin=${args.origin || nothing}
      worker-category=${args['worker-category'] || nothing}
      problem=${args.problem || nothing}
      incident-on=${args['incident-on'] || nothing}
      employment-ended-on=${args['employment-ended-on'] || nothing}
      today=${args.today || nothing}
      referral-name=${args['referral-name'] || nothing}
      referral-phone=${args['referral-phone'] || nothing}
      referral-url=${args['referral-url'] || nothing}
      >${args.referralSlot ? html`<p slot="referral">Free legal clinic every Friday, 10:00–16:00, at the community centre.</p>` : nothing}</mr-complaint-pathway
    >`,
};
export default meta;
type Story = StoryObj<Args>;

const el = (canvas: HTMLElement) => canvas.querySelector('mr-complaint-pathway') as MrComplaintPathway;

/** The route for a destination: the stepper holds exactly the SDK's steps, and a deadline card is shown. */
const routeFor =
  (destination: string, workerCategory: 'general' | 'domestic', problem = 'unpaid-wages'): Story['play'] =>
  async ({ canvasElement }) => {
    const p = el(canvasElement);
    await settle(p);
    await expect(currentView(p)).toBe('result');
    const sdk = findPathway({ destination, workerCategory, problem });
    if (sdk.status !== 'found') throw new Error(`no pathway for ${destination}`);
    await expect(pathSteps(p).map((s) => s.dataset['step'])).toEqual(sdk.pathway.steps.map((s) => s.id));
    await expect(deadlineCard(p)).not.toBeNull();
  };

const route = (destination: string, workerCategory: 'general' | 'domestic' = 'general'): Story => ({
  args: { destination, 'worker-category': workerCategory, problem: 'unpaid-wages', origin: '' },
  play: routeFor(destination, workerCategory),
});

// ---- questions ----------------------------------------------------------------------------------

export const Questions: Story = {};

export const QuestionsForAPartnerInQatar: Story = { args: { destination: 'QA' } };

/** The device was offline when the law was fetched (once the country was chosen): said beside the country question, and the answer is kept. */
export const OfflineCountryLaw: Story = {
  play: async ({ canvasElement }) => {
    const pathway = el(canvasElement);
    const controllers = pathway as unknown as { destinations: OnDemand<unknown>; origins: OnDemand<unknown> };
    standIn(controllers.destinations, { offline: true });
    standIn(controllers.origins, { offline: true });
    await answer(pathway, { destination: 'SA' });
    await expect(currentView(pathway)).toBe('where');
    await expect(errorIds(pathway)).toEqual(['destination']);
  },
};

export const MissingAnswer: Story = {
  play: async ({ canvasElement }) => {
    const p = el(canvasElement);
    await settle(p);
    await next(p);
    await expect(errorIds(p)).toEqual(['destination']);
  },
};

export const DatesTheRuleNeeds: Story = {
  args: { destination: 'AE', 'worker-category': 'general' },
  play: async ({ canvasElement }) => {
    const p = el(canvasElement);
    await answer(p, { origin: '', problem: 'unpaid-wages' });
    await expect(currentView(p)).toBe('when');
  },
};

export const WalkedThrough: Story = {
  play: async ({ canvasElement }) => {
    const p = el(canvasElement);
    await answer(p, { destination: 'SA', origin: 'IN', workerCategory: 'general', problem: 'end-of-service-unpaid', ended: 'yes', employmentEndedOn: '2025-03-31' });
    await expect(currentView(p)).toBe('result');
  },
};

// ---- every destination --------------------------------------------------------------------------

export const Qatar = route('QA');
export const QatarDomestic = route('QA', 'domestic');
export const UnitedArabEmirates = route('AE');
export const UnitedArabEmiratesDomestic = route('AE', 'domestic');
export const SaudiArabia = route('SA');
export const Kuwait = route('KW');
export const Bahrain = route('BH');
export const Oman = route('OM');
export const Malaysia = route('MY');
export const Singapore = route('SG');
export const HongKong = route('HK');
export const HongKongDomestic = route('HK', 'domestic');
export const BahrainAbuse: Story = { args: { destination: 'BH', 'worker-category': 'domestic', problem: 'abuse-violence' }, play: routeFor('BH', 'domestic', 'abuse-violence') };
export const KuwaitChangeEmployer: Story = { args: { destination: 'KW', 'worker-category': 'general', problem: 'change-employer-or-leave' }, play: routeFor('KW', 'general', 'change-employer-or-leave') };

// ---- deadline states ----------------------------------------------------------------------------

const deadlineState =
  (status: string, check?: (p: MrComplaintPathway) => Promise<void>): Story['play'] =>
  async ({ canvasElement }) => {
    const p = el(canvasElement);
    await settle(p);
    await expect(deadlineCard(p)?.dataset['status']).toBe(status);
    await check?.(p);
  };

/** UAE, job ended after the 2024 change: 2 years from the last day. */
export const DeadlineCountdown: Story = {
  args: { destination: 'AE', 'worker-category': 'general', problem: 'unpaid-wages', 'employment-ended-on': '2024-09-10' },
  play: deadlineState('deadline', async (p) => {
    const sdk = filingDeadline({ destination: 'AE', workerCategory: 'general', problem: 'unpaid-wages', employmentEndedOn: '2024-09-10', today: TODAY });
    if (sdk.status !== 'deadline') throw new Error(sdk.status);
    await expect(p.shadowRoot!.querySelector<HTMLElement>('.last-day strong')!.dataset['date']).toBe(sdk.lastDay);
  }),
};

/** UAE, job ended before the 2024 change: the old 1-year rule from the day the money was due. */
export const DeadlineOldUaeRule: Story = {
  args: { destination: 'AE', 'worker-category': 'general', problem: 'unpaid-wages', 'employment-ended-on': '2024-07-31', 'incident-on': '2024-07-01' },
  play: deadlineState('deadline', async (p) => {
    await expect(p.shadowRoot!.querySelector<HTMLElement>('[part=countdown]')!.dataset['daysLeft']).toBe('16');
  }),
};

export const DeadlinePassed: Story = {
  args: { destination: 'QA', 'worker-category': 'general', problem: 'unpaid-wages', 'employment-ended-on': '2024-01-31' },
  play: deadlineState('deadline', async (p) => {
    await expect(p.shadowRoot!.querySelector('[part=countdown]')!.classList.contains('expired')).toBe(true);
  }),
};

export const DeadlineNotStartedStillEmployed: Story = { args: { destination: 'QA', 'worker-category': 'general', problem: 'unpaid-wages' }, play: deadlineState('not-started') };

export const DeadlineNeedsDate: Story = {
  args: { destination: 'HK', 'worker-category': 'general', problem: 'unpaid-wages' },
  play: deadlineState('needs-date', async (p) => {
    await typeDate(p, 'incidentOn', '2025-03-31');
    await expect(deadlineCard(p)?.dataset['status']).not.toBe('needs-date');
  }),
};

export const DeadlineNoStatutoryLimitFound: Story = { args: { destination: 'AE', 'worker-category': 'domestic', problem: 'unpaid-wages' }, play: deadlineState('no-statutory-limit-found') };

export const DeadlineUnverified: Story = { args: { destination: 'MY', 'worker-category': 'general', problem: 'unpaid-wages' }, play: deadlineState('unverified') };

/** A limit known only from a guide that may not cover domestic workers: a possible last day, flagged. */
export const DeadlineUnverifiedWithDate: Story = {
  args: { destination: 'QA', 'worker-category': 'domestic', problem: 'unpaid-wages', 'employment-ended-on': '2025-02-28' },
  play: deadlineState('unverified', async (p) => {
    await expect(p.shadowRoot!.querySelector('[part=countdown]')).not.toBeNull();
  }),
};

export const DateAfterToday: Story = {
  args: { destination: 'AE', 'worker-category': 'general', problem: 'unpaid-wages', 'employment-ended-on': '2024-09-10' },
  play: async ({ canvasElement }) => {
    const p = el(canvasElement);
    await settle(p);
    p.shadowRoot!.querySelector<HTMLElement>('[part=deadline] details summary')?.click();
    await typeDate(p, 'employmentEndedOn', '2025-12-31');
    await expect(deadlineCard(p)?.dataset['status']).toBe('invalid');
    await expect(errorIds(p)).toEqual(['employmentEndedOn']);
  },
};

// ---- not covered, home country, local help ------------------------------------------------------

export const NotCoveredDocumentsWithheld: Story = {
  args: { destination: 'QA', 'worker-category': 'general', problem: 'documents-withheld', origin: 'PH' },
  play: async ({ canvasElement }) => {
    const p = el(canvasElement);
    await settle(p);
    await expect(p.shadowRoot!.querySelector('[part=base]')!.getAttribute('data-status')).toBe('not-covered');
    await expect(p.shadowRoot!.querySelectorAll('[part=origin-body]').length).toBeGreaterThan(0);
  },
};

export const NotCoveredCountry: Story = {
  args: { destination: 'JO', 'worker-category': 'general', problem: 'unpaid-wages', origin: 'BD' },
  play: async ({ canvasElement }) => {
    const p = el(canvasElement);
    await settle(p);
    await expect(p.shadowRoot!.querySelector('[part=not-covered]')!.textContent).toContain('Jordan');
  },
};

export const HomeCountryNepalRecruitmentFees: Story = {
  args: { destination: 'QA', 'worker-category': 'general', problem: 'recruitment-fees', origin: 'NP' },
  play: async ({ canvasElement }) => {
    const p = el(canvasElement);
    await settle(p);
    await expect(p.shadowRoot!.querySelector<HTMLElement>('[part=origin-body]')!.dataset['body']).toBe('dofe');
  },
};

export const HomeCountryPhilippinesDeadline: Story = {
  args: { destination: 'SA', 'worker-category': 'general', problem: 'unpaid-wages', origin: 'PH', 'incident-on': '2024-10-31' },
  play: async ({ canvasElement }) => {
    const p = el(canvasElement);
    await settle(p);
    await expect(p.shadowRoot!.querySelector('.origin-deadline')).not.toBeNull();
  },
};

export const HomeCountryNotCovered: Story = {
  args: { destination: 'KW', 'worker-category': 'general', problem: 'unpaid-wages', origin: 'PK' },
  play: async ({ canvasElement }) => {
    const p = el(canvasElement);
    await settle(p);
    await expect(p.shadowRoot!.querySelector('[part=origin]')!.textContent).toContain('Pakistan');
  },
};

export const LocalHelp: Story = {
  args: {
    destination: 'OM',
    'worker-category': 'general',
    problem: 'unpaid-wages',
    'referral-name': 'Migrant Help Desk (demo)',
    'referral-phone': '+968 9000 0000',
    'referral-url': 'https://example.org/help',
    referralSlot: true,
  },
  play: async ({ canvasElement }) => {
    const p = el(canvasElement);
    await settle(p);
    await expect(p.shadowRoot!.querySelector<HTMLElement>('[part=local-help]')!.hidden).toBe(false);
    await expect(p.shadowRoot!.querySelector('[part=local-help] a.tel')!.getAttribute('href')).toBe('tel:+96890000000');
  },
};

export const ChecklistTicked: Story = {
  args: { destination: 'AE', 'worker-category': 'general', problem: 'unpaid-wages', 'employment-ended-on': '2024-09-10' },
  play: async ({ canvasElement }) => {
    const p = el(canvasElement);
    await settle(p);
    await tickDocument(p, 'passport-details');
    await tickDocument(p, 'evidence');
    await expect(p.shadowRoot!.querySelector('[data-step=mohre-complaint] .ready')!.textContent).toBe('2 of 3 ready');
  },
};

/** The wage calculator's "How to claim this" drives the pathway named by its `pathway-for`. */
export const FromTheWageCalculator: Story = {
  render: () => html`<mr-wage-calculator country="AE" pathway-for="story-pathway"></mr-wage-calculator>
    <mr-complaint-pathway id="story-pathway" today=${TODAY}></mr-complaint-pathway>`,
  play: async ({ canvasElement }) => {
    const calc = canvasElement.querySelector('mr-wage-calculator') as MrWageCalculator;
    const p = el(canvasElement);
    await answerCalculator(calc, { start: '2024-01-01', end: '2025-05-31', ended: 'yes', ending: 'termination', basic: '3000', paid: '30000' });
    [...calc.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=actions] button')][0]!.click();
    await settle(p);
    await expect(currentView(p)).toBe('result');
    await expect(deadlineCard(p)?.dataset['status']).toBe('deadline');
  },
};

// ---- languages and small screens ----------------------------------------------------------------

const found = { destination: 'QA', 'worker-category': 'general', problem: 'unpaid-wages', origin: 'NP' };
export const Arabic: Story = { args: { lang: 'ar', ...found, destination: 'AE', origin: 'IN', 'employment-ended-on': '2024-09-10' } };
export const ArabicQuestions: Story = { args: { lang: 'ar' } };
export const Nepali: Story = { args: { lang: 'ne', ...found } };
export const Bengali: Story = { args: { lang: 'bn', ...found, destination: 'SA', origin: 'BD' } };
export const Hindi: Story = { args: { lang: 'hi', ...found, destination: 'KW', origin: 'IN' } };
export const Indonesian: Story = { args: { lang: 'id', ...found, destination: 'HK', 'worker-category': 'domestic', origin: 'ID' } };
export const Filipino: Story = { args: { lang: 'fil', ...found, destination: 'SG', origin: 'PH' } };

export const Phone320: Story = {
  args: { ...found, 'employment-ended-on': '2025-01-31', referralSlot: true },
  parameters: { viewport: { defaultViewport: 'phone320' } },
  globals: { viewport: { value: 'phone320' } },
};
