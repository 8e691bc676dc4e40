import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { compareDestinations, coverageFor, type CoverageQuery } from '@migrant-rights/sdk/protection';
import '../../define/social-protection.js';
import type { MrSocialProtection } from './social-protection.js';
import { chooseCategory, chooseCompare, chooseDestination, chooseOrigin, gapCount, settle, shownComparison, shownMatrix, withUnreachableData } from './social-protection.fixtures.js';

interface Args {
  origin: string;
  destination: string;
  compare: string;
  'worker-category': 'general' | 'domestic';
  on: string;
  lang?: string;
}

/** A fixed day, so every story shows the same facts whatever day Storybook runs. */
const ON = '2026-12-01';

const meta: Meta<Args> = {
  title: 'Widgets/Social protection',
  component: 'mr-social-protection',
  args: { origin: '', destination: '', compare: '', 'worker-category': 'general', on: ON },
  argTypes: {
    origin: { control: 'select', options: ['', 'PH', 'NP', 'BD', 'ID', 'LK', 'IN', 'PK', 'VN', 'KH', 'MM'] },
    destination: { control: 'select', options: ['', 'QA', 'AE', 'SA', 'KW', 'BH', 'OM', 'MY', 'SG', 'HK'] },
    compare: { control: 'select', options: ['', 'QA', 'AE', 'SA', 'KW', 'BH', 'OM', 'MY', 'SG', 'HK'] },
    'worker-category': { control: 'inline-radio', options: ['general', 'domestic'] },
    on: { control: 'text' },
  },
  render: (args) =>
    html`<mr-social-protection origin=${args.origin} destination=${args.destination} compare=${args.compare} worker-category=${args['worker-category']} on=${args.on}></mr-social-protection>`,
};
export default meta;
type Story = StoryObj<Args>;

const el = (canvas: HTMLElement) => canvas.querySelector('mr-social-protection') as MrSocialProtection;

function queryOf(args: Args): CoverageQuery {
  return { ...(args.origin ? { origin: args.origin } : {}), destination: args.destination, workerCategory: args['worker-category'], on: args.on };
}

/** The view shows exactly the SDK's matrix: each area's levels on each side, and the gap count. */
const matchesSdk = async ({ canvasElement, args }: { canvasElement: HTMLElement; args: Partial<Args> }) => {
  const widget = el(canvasElement);
  await settle(widget);
  const sdk = coverageFor(queryOf(args as Args));
  await expect(gapCount(widget)).toBe(sdk.gaps.length);
  await expect(shownMatrix(widget).map((b) => [b.branch, b.destination, b.origin ?? '', b.gap])).toEqual(
    sdk.branches.map((b) => [b.branch, b.destination.level, b.origin?.level ?? '', b.gap]),
  );
};

/** The comparison shows exactly the rows of compareDestinations. */
const comparisonMatchesSdk = async ({ canvasElement, args }: { canvasElement: HTMLElement; args: Partial<Args> }) => {
  const widget = el(canvasElement);
  await settle(widget);
  const a = args as Args;
  const sdk = compareDestinations([a.destination, a.compare], { ...(a.origin ? { origin: a.origin } : {}), workerCategory: a['worker-category'], on: a.on });
  await expect(shownComparison(widget)).toEqual(sdk.rows.map((r) => ({ branch: r.branch, levels: r.levels, differs: r.differs })));
};

export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const widget = el(canvasElement);
    await settle(widget);
    await expect(widget.shadowRoot!.querySelector('[part=result]')).toBeNull();
    await expect(widget.shadowRoot!.querySelector('.empty')).not.toBeNull();
  },
};

/** The device was offline when the chosen countries' data was fetched: the widget says so and offers to try again. */
export const OfflineCountryData: Story = {
  play: async ({ canvasElement }) => {
    const widget = el(canvasElement);
    const data = withUnreachableData(widget);
    await chooseOrigin(widget, 'NP');
    await chooseDestination(widget, 'MY');
    await expect(widget.shadowRoot!.querySelector('.unreachable [part=button]')).not.toBeNull();
    await expect(data.fetched).toContain('destination:MY');
  },
};

// ---- each destination, no home country chosen ----
export const Qatar: Story = { args: { destination: 'QA' }, play: matchesSdk };
export const UnitedArabEmirates: Story = { args: { destination: 'AE' }, play: matchesSdk };
export const SaudiArabia: Story = { args: { destination: 'SA' }, play: matchesSdk };
export const Kuwait: Story = { args: { destination: 'KW' }, play: matchesSdk };
export const Bahrain: Story = { args: { destination: 'BH' }, play: matchesSdk };
export const Oman: Story = { args: { destination: 'OM' }, play: matchesSdk };
export const Malaysia: Story = { args: { destination: 'MY' }, play: matchesSdk };
export const Singapore: Story = { args: { destination: 'SG' }, play: matchesSdk };
export const HongKong: Story = { args: { destination: 'HK', 'worker-category': 'domestic' }, play: matchesSdk };

// ---- origin–destination pairs ----
export const NepalToMalaysia: Story = { args: { origin: 'NP', destination: 'MY' }, play: matchesSdk };
export const PhilippinesToHongKongDomestic: Story = { args: { origin: 'PH', destination: 'HK', 'worker-category': 'domestic' }, play: matchesSdk };
/** Both ASEAN members: the ASEAN portability declaration reaches this pair. */
export const IndonesiaToSingaporeDomestic: Story = {
  args: { origin: 'ID', destination: 'SG', 'worker-category': 'domestic' },
  play: async (ctx) => {
    await matchesSdk(ctx);
    const widget = el(ctx.canvasElement);
    await expect(widget.shadowRoot!.querySelector('[data-agreement=asean-portability-declaration]')?.getAttribute('data-match')).toBe('both-parties');
  },
};
export const BangladeshToQatar: Story = { args: { origin: 'BD', destination: 'QA' }, play: matchesSdk };
export const SriLankaToKuwaitDomestic: Story = { args: { origin: 'LK', destination: 'KW', 'worker-category': 'domestic' }, play: matchesSdk };
export const IndiaToUAE: Story = { args: { origin: 'IN', destination: 'AE' }, play: matchesSdk };
export const PakistanToSaudiArabia: Story = { args: { origin: 'PK', destination: 'SA' }, play: matchesSdk };
export const NepalToBahrain: Story = { args: { origin: 'NP', destination: 'BH' }, play: matchesSdk };
export const PhilippinesToOmanDomestic: Story = { args: { origin: 'PH', destination: 'OM', 'worker-category': 'domestic' }, play: matchesSdk };
/** A home country we hold no data for: the widget says so instead of claiming cover or a gap there. */
export const HomeCountryNotResearched: Story = {
  args: { origin: 'VN', destination: 'MY' },
  play: async (ctx) => {
    await matchesSdk(ctx);
    await expect(el(ctx.canvasElement).shadowRoot!.querySelector('.notices [data-code="protection.notice.originNotResearched"]')).not.toBeNull();
  },
};

// ---- the law changes: Malaysia's SOCSO invalidity cover from 1 July 2024 ----
export const MalaysiaInvalidityBefore: Story = {
  args: { destination: 'MY', on: '2024-06-30' },
  play: async (ctx) => {
    await matchesSdk(ctx);
    await expect(shownMatrix(el(ctx.canvasElement)).find((b) => b.branch === 'invalidity')?.destination).toBe('excluded');
  },
};
export const MalaysiaInvalidityFrom: Story = {
  args: { destination: 'MY', on: '2024-07-01' },
  play: async (ctx) => {
    await matchesSdk(ctx);
    await expect(shownMatrix(el(ctx.canvasElement)).find((b) => b.branch === 'invalidity')?.destination).toBe('mandatory');
  },
};

// ---- domestic workers vs other workers ----
export const UAEGeneral: Story = {
  args: { destination: 'AE', origin: 'PH' },
  play: async (ctx) => {
    await matchesSdk(ctx);
    await expect(shownMatrix(el(ctx.canvasElement)).find((b) => b.branch === 'unemployment')?.destination).toBe('mandatory');
  },
};
/** UAE unemployment insurance excludes domestic workers: the gap is the finding. */
export const UAEDomesticGaps: Story = {
  args: { destination: 'AE', 'worker-category': 'domestic' },
  play: async (ctx) => {
    await matchesSdk(ctx);
    const unemployment = shownMatrix(el(ctx.canvasElement)).find((b) => b.branch === 'unemployment');
    await expect(unemployment?.destination).toBe('excluded');
    await expect(unemployment?.gap).toBe(true);
  },
};
/** Choosing in the widget, as a person would: Qatar, from Nepal, then domestic work. */
export const ChoosingStepByStep: Story = {
  play: async ({ canvasElement }) => {
    const widget = el(canvasElement);
    const seen: unknown[] = [];
    widget.addEventListener('mr-change', (e) => seen.push((e as CustomEvent).detail));
    await chooseDestination(widget, 'QA');
    await chooseOrigin(widget, 'NP');
    await chooseCategory(widget, 'domestic');
    await expect(seen.at(-1)).toEqual({ origin: 'NP', destination: 'QA', compare: '', workerCategory: 'domestic' });
    await expect(gapCount(widget)).toBe(coverageFor({ origin: 'NP', destination: 'QA', workerCategory: 'domestic', on: ON }).gaps.length);
  },
};

// ---- compare two destinations ----
export const CompareMalaysiaQatar: Story = { args: { origin: 'NP', destination: 'MY', compare: 'QA' }, play: comparisonMatchesSdk };
export const CompareSingaporeHongKongDomestic: Story = {
  args: { origin: 'ID', destination: 'SG', compare: 'HK', 'worker-category': 'domestic' },
  play: comparisonMatchesSdk,
};
export const CompareUAESaudiDomestic: Story = { args: { destination: 'AE', compare: 'SA', 'worker-category': 'domestic' }, play: comparisonMatchesSdk };
export const ChoosingAComparison: Story = {
  args: { origin: 'BD', destination: 'KW' },
  play: async ({ canvasElement }) => {
    const widget = el(canvasElement);
    await chooseCompare(widget, 'BH');
    const sdk = compareDestinations(['KW', 'BH'], { origin: 'BD', workerCategory: 'general', on: ON });
    await expect(shownComparison(widget).map((r) => r.differs)).toEqual(sdk.rows.map((r) => r.differs));
  },
};

// ---- honesty about sources ----
/** Cells resting on facts we could not verify carry the warning next to them. */
export const UnverifiedFacts: Story = {
  args: { destination: 'AE', origin: 'IN' },
  play: async (ctx) => {
    await matchesSdk(ctx);
    const flagged = el(ctx.canvasElement).shadowRoot!.querySelector('.item[data-verification=unverified] [part=verification]');
    await expect(flagged?.textContent).toMatch(/Not verified/);
  },
};
export const BadDate: Story = {
  args: { destination: 'QA', on: '2025-02-30' },
  play: async ({ canvasElement }) => {
    const widget = el(canvasElement);
    await settle(widget);
    await expect(widget.shadowRoot!.querySelector('[part=error] [data-code="protection.problem.date"]')).not.toBeNull();
    await expect(widget.shadowRoot!.querySelector('[part=gap-summary]')).toBeNull();
  },
};

// ---- languages and small screens ----
export const Arabic: Story = { args: { lang: 'ar', origin: 'BD', destination: 'SA' } };
export const ArabicCompare: Story = { args: { lang: 'ar', origin: 'NP', destination: 'QA', compare: 'AE' } };
export const Nepali: Story = { args: { lang: 'ne', origin: 'NP', destination: 'MY' } };
export const Bengali: Story = { args: { lang: 'bn', origin: 'BD', destination: 'QA' } };
export const Hindi: Story = { args: { lang: 'hi', origin: 'IN', destination: 'AE' } };
export const Indonesian: Story = { args: { lang: 'id', origin: 'ID', destination: 'HK', 'worker-category': 'domestic' } };
export const Filipino: Story = { args: { lang: 'fil', origin: 'PH', destination: 'HK', 'worker-category': 'domestic' } };

export const Phone320: Story = {
  args: { origin: 'NP', destination: 'MY', compare: 'SG' },
  parameters: { viewport: { defaultViewport: 'phone320' } },
  globals: { viewport: { value: 'phone320' } },
  play: async ({ canvasElement }) => {
    const widget = el(canvasElement);
    await settle(widget);
    await expect(widget.scrollWidth).toBeLessThanOrEqual(widget.clientWidth);
  },
};
