import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent } from 'storybook/test';
import { frameworksFor, instrumentsOn } from '@migrant-rights/sdk/frameworks';
import '../../define/frameworks-explorer.js';
import type { MrFrameworksExplorer } from './frameworks-explorer.js';
import { chooseCountry, chooseDate, currentMode, frameworksNetwork, settle, shownForCountry, shownForTopic, tab } from './frameworks-explorer.fixtures.js';
import type { Topic } from './explorer-model.js';

interface Args {
  mode: 'country' | 'topic';
  country: string;
  topic: '' | Topic;
  on: string;
  lang?: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/Frameworks explorer',
  component: 'mr-frameworks-explorer',
  args: { mode: 'country', country: '', topic: '', on: '2025-06-01' },
  argTypes: {
    mode: { control: 'inline-radio', options: ['country', 'topic'] },
    country: { control: 'select', options: ['', 'NP', 'BD', 'PH', 'IN', 'ID', 'LK', 'QA', 'AE', 'SA', 'MY', 'SG', 'TL', 'TH', 'FJ'] },
    topic: { control: 'select', options: ['', 'fees', 'wages', 'pathways', 'protection', 'cases'] },
    on: { control: 'text' },
  },
  render: (args) => html`<mr-frameworks-explorer mode=${args.mode} country=${args.country} topic=${args.topic} on=${args.on}></mr-frameworks-explorer>`,
};
export default meta;
type Story = StoryObj<Args>;

const el = (canvas: HTMLElement) => canvas.querySelector('mr-frameworks-explorer') as MrFrameworksExplorer;

/** The country view lists exactly the processes, conventions, meetings and entry points the SDK returns. */
const matchesSdk = (country: string, on: string): Story['play'] => async ({ canvasElement }) => {
  const explorer = el(canvasElement);
  await settle(explorer);
  const sdk = frameworksFor(country, on);
  if (!sdk.ok) throw new Error('valid input');
  const shown = shownForCountry(explorer);
  await expect(shown.roles.map((r) => r.process)).toEqual([...new Set(sdk.roles.map((r) => r.process.id))]);
  await expect(shown.conventions).toEqual(sdk.conventions.map((c) => [c.instrument.id, c.status]));
  await expect(shown.upcoming).toEqual(sdk.upcoming.map((u) => u.event.id));
  await expect(shown.civilSociety).toEqual(sdk.civilSociety.map((c) => [c.process.id, c.timing]));
};

const topicMatchesSdk = (topic: Topic): Story['play'] => async ({ canvasElement }) => {
  const explorer = el(canvasElement);
  await settle(explorer);
  const sdk = instrumentsOn(topic);
  if (!sdk.ok) throw new Error('valid topic');
  const shown = shownForTopic(explorer);
  await expect(currentMode(explorer)).toBe('topic');
  await expect(shown.instruments).toEqual(sdk.instruments.map((i) => i.id));
  await expect(shown.objectives).toEqual(sdk.gcmObjectives.map((o) => o.number));
  await expect(shown.handOff).not.toBe('');
};

export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const explorer = el(canvasElement);
    await settle(explorer);
    await expect(explorer.result).toBeUndefined();
    await expect(explorer.shadowRoot!.querySelector('#panel-country .empty')).not.toBeNull();
  },
};

/** The device was offline when the frameworks data was fetched (after a country was chosen): the person is told so, with "Try again", and keeps their choice. */
export const OfflineData: Story = {
  play: async ({ canvasElement }) => {
    const explorer = el(canvasElement);
    await settle(explorer);
    frameworksNetwork(explorer, { offline: true });
    await chooseCountry(explorer, 'NP');
    await expect(explorer.shadowRoot!.querySelector('#panel-country [part=error][role=alert] button.retry')).not.toBeNull();
    await expect(explorer.shadowRoot!.querySelector<HTMLSelectElement>('select#country')!.value).toBe('NP');
  },
};

/** Nepal: a Colombo Process member and Abu Dhabi Dialogue member; no core convention recorded as ratified. */
export const NepalColomboProcessMember: Story = { args: { country: 'NP' }, play: matchesSdk('NP', '2025-06-01') };

/** Qatar: an Abu Dhabi Dialogue member and Colombo Process observer; C29 only recalled, flagged unverified. */
export const QatarGulfDestination: Story = { args: { country: 'QA' }, play: matchesSdk('QA', '2025-06-01') };

/** Malaysia: member in one source, observer in another. Both are shown, the disputed one marked. */
export const MalaysiaDisputedMembership: Story = {
  args: { country: 'MY', on: '2025-01-01' },
  play: async (context) => {
    await matchesSdk('MY', '2025-01-01')!(context);
    const shown = shownForCountry(el(context.canvasElement));
    await expect(shown.roles.find((r) => r.process === 'abu-dhabi-dialogue')).toEqual({
      process: 'abu-dhabi-dialogue',
      roles: ['member', 'observer (disputed)'],
      conflict: true,
    });
  },
};

export const TimorLesteBeforeAseanAccession: Story = {
  args: { country: 'TL', on: '2025-10-25' },
  play: async ({ canvasElement }) => {
    const explorer = el(canvasElement);
    await settle(explorer);
    await expect(shownForCountry(explorer).roles).toEqual([{ process: 'asean', roles: ['observer'], conflict: false }]);
  },
};

export const TimorLesteAfterAseanAccession: Story = {
  args: { country: 'TL', on: '2025-10-26' },
  play: async ({ canvasElement }) => {
    const explorer = el(canvasElement);
    await settle(explorer);
    await expect(shownForCountry(explorer).roles).toEqual([{ process: 'asean', roles: ['member'], conflict: false }]);
  },
};

/** The Philippines: ratifications with dates, and ASEAN's forum where civil society takes part. */
export const PhilippinesRatifications: Story = { args: { country: 'PH', on: '2025-01-01' }, play: matchesSdk('PH', '2025-01-01') };

/** A date inside a year the sources give without a day: the widget says the fact may not yet have applied. */
export const DateKnownOnlyToAYear: Story = {
  args: { country: 'NP', on: '2024-06-01' },
  play: async ({ canvasElement }) => {
    const explorer = el(canvasElement);
    await settle(explorer);
    await expect(explorer.shadowRoot!.querySelector('[data-process=colombo-process] .caveat')).not.toBeNull();
  },
};

/** A country with no recorded role still sees the global review moments, and a note saying so. */
export const NoRoleRecorded: Story = { args: { country: 'FJ' }, play: matchesSdk('FJ', '2025-06-01') };

export const MissingDate: Story = {
  args: { country: 'NP' },
  play: async ({ canvasElement }) => {
    const explorer = el(canvasElement);
    await chooseDate(explorer, '');
    await expect(explorer.shadowRoot!.querySelector('#date-error')).not.toBeNull();
    await expect(explorer.shadowRoot!.querySelector('#panel-country [part=result]')).toBeNull();
  },
};

export const TopicEmpty: Story = {
  args: { mode: 'topic' },
  play: async ({ canvasElement }) => {
    const explorer = el(canvasElement);
    await settle(explorer);
    await expect(currentMode(explorer)).toBe('topic');
    await expect(explorer.shadowRoot!.querySelector('#panel-topic .empty')).not.toBeNull();
  },
};
export const TopicFees: Story = { args: { mode: 'topic', topic: 'fees' }, play: topicMatchesSdk('fees') };
export const TopicWages: Story = { args: { mode: 'topic', topic: 'wages' }, play: topicMatchesSdk('wages') };
export const TopicComplaints: Story = { args: { mode: 'topic', topic: 'pathways' }, play: topicMatchesSdk('pathways') };
export const TopicSocialProtection: Story = { args: { mode: 'topic', topic: 'protection' }, play: topicMatchesSdk('protection') };
export const TopicCases: Story = { args: { mode: 'topic', topic: 'cases' }, play: topicMatchesSdk('cases') };

/** Arrow keys, Home and End move between the two tabs; the selection follows focus. */
export const KeyboardTabs: Story = {
  args: { country: 'NP', topic: 'fees' },
  play: async ({ canvasElement }) => {
    const explorer = el(canvasElement);
    await settle(explorer);
    tab(explorer, 'country').focus();
    await userEvent.keyboard('{ArrowRight}');
    await settle(explorer);
    await expect(currentMode(explorer)).toBe('topic');
    await expect(explorer.shadowRoot!.activeElement?.id).toBe('tab-topic');
    await userEvent.keyboard('{Home}');
    await settle(explorer);
    await expect(currentMode(explorer)).toBe('country');
  },
};

export const Arabic: Story = { args: { lang: 'ar', country: 'QA' }, play: matchesSdk('QA', '2025-06-01') };
export const ArabicTopic: Story = { args: { lang: 'ar', mode: 'topic', topic: 'wages' }, play: topicMatchesSdk('wages') };
export const Nepali: Story = { args: { lang: 'ne', country: 'NP' }, play: matchesSdk('NP', '2025-06-01') };
export const NepaliTopic: Story = { args: { lang: 'ne', mode: 'topic', topic: 'fees' }, play: topicMatchesSdk('fees') };
export const Bengali: Story = { args: { lang: 'bn', country: 'BD' } };
export const Hindi: Story = { args: { lang: 'hi', country: 'IN' } };
export const Indonesian: Story = { args: { lang: 'id', country: 'ID' } };
export const Filipino: Story = { args: { lang: 'fil', country: 'PH' } };

export const Phone320: Story = {
  args: { country: 'MY', on: '2025-01-01' },
  parameters: { viewport: { defaultViewport: 'phone320' } },
  globals: { viewport: { value: 'phone320' } },
};
