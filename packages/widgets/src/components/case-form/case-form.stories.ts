import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../../define/case-form.js';
import type { MrCaseForm } from './case-form.js';
import {
  addItem,
  clickButton,
  currentSection,
  errorFields,
  fill,
  fillFullCase,
  giveConsent,
  goTo,
  makeFile,
  next,
  sectionState,
  settle,
  type,
} from './case-form.fixtures.js';

interface Args {
  country: string;
  persist: boolean;
  lang?: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/Case form',
  component: 'mr-case-form',
  args: { country: '', persist: false },
  argTypes: {
    country: { control: 'select', options: ['', 'QA', 'AE', 'SA', 'KW', 'BH', 'OM', 'MY', 'SG', 'HK'] },
    persist: { control: 'boolean', description: 'Keep encrypted drafts in IndexedDB (opt-in).' },
  },
  render: (args) => html`<mr-case-form country=${args.country} ?persist=${args.persist}></mr-case-form>`,
};
export default meta;
type Story = StoryObj<Args>;

const el = (canvas: HTMLElement) => canvas.querySelector('mr-case-form') as MrCaseForm;

/** The first thing a leader sees: consent, nothing else. */
export const Consent: Story = {
  play: async ({ canvasElement }) => {
    const form = el(canvasElement);
    await settle(form);
    await expect(currentSection(form)).toBe('consent');
    await expect(form.shadowRoot!.querySelector('[part=sections]')).toBeNull();
  },
};

export const ConsentMissing: Story = {
  play: async ({ canvasElement }) => {
    const form = el(canvasElement);
    await settle(form);
    await next(form);
    await expect(errorFields(form).sort()).toEqual(['consent.given', 'consent.scope']);
  },
};

export const WorkerPart: Story = {
  args: { country: 'QA' },
  play: async ({ canvasElement }) => {
    const form = el(canvasElement);
    await giveConsent(form);
    await expect(currentSection(form)).toBe('worker');
  },
};

export const NamedWorkerConsent: Story = {
  play: async ({ canvasElement }) => {
    const form = el(canvasElement);
    await giveConsent(form, { scope: 'share-identified' });
    await expect(form.shadowRoot!.querySelector('details.group')).not.toBeNull();
  },
};

export const ProblemsMarkedInParts: Story = {
  args: { country: 'QA' },
  play: async ({ canvasElement }) => {
    const form = el(canvasElement);
    await giveConsent(form);
    await fill(form, [['journey.departureOn', '2024-05-10'], ['journey.arrivalOn', '2024-05-01']]);
    await addItem(form, 'violations');
    await fill(form, [['violations.0.type', 'unpaid-wages'], ['violations.0.period.from', '2024-06'], ['violations.0.period.to', '2024-02'], ['violations.0.amount', 'lots']]);
    await next(form);
    await expect(errorFields(form).sort()).toEqual(['violations.0.amount', 'violations.0.period.to']);
    await expect(sectionState(form, 'journey')).toBe('problems');
  },
};

export const Violations: Story = {
  args: { country: 'KW' },
  play: async ({ canvasElement }) => {
    const form = el(canvasElement);
    await giveConsent(form);
    await addItem(form, 'violations');
    await fill(form, [['violations.0.type', 'unpaid-end-of-service'], ['violations.0.period.from', '2025-03'], ['violations.0.amount', '120.500']]);
    await addItem(form, 'violations');
    await fill(form, [['violations.1.type', 'retention-of-identity-documents'], ['violations.1.period.from', '2023']]);
    await expect(errorFields(form)).toEqual([]);
  },
};

export const HandoffNeedsCountry: Story = {
  play: async ({ canvasElement }) => {
    const form = el(canvasElement);
    await giveConsent(form);
    await goTo(form, 'violations');
    await clickButton(form, 'Calculate the claim');
    await expect(form.shadowRoot!.querySelector('#handoff-error')).not.toBeNull();
  },
};

export const Complaints: Story = {
  args: { country: 'AE' },
  play: async ({ canvasElement }) => {
    const form = el(canvasElement);
    await giveConsent(form);
    await addItem(form, 'actions');
    await fill(form, [['actions.0.body', 'MOHRE'], ['actions.0.filedOn', '2025-02-03'], ['actions.0.outcome', 'conciliation'], ['actions.0.problem', 'unpaid-wages']]);
    await expect(errorFields(form)).toEqual([]);
  },
};

export const SaveBlocked: Story = {
  play: async ({ canvasElement }) => {
    const form = el(canvasElement);
    await giveConsent(form);
    await goTo(form, 'export');
    await clickButton(form, 'Save this case in the list');
    await expect(form.cases).toEqual([]);
    await expect(form.shadowRoot!.querySelector('.error-summary')).not.toBeNull();
  },
};

export const SavedAndExported: Story = {
  play: async ({ canvasElement }) => {
    const form = el(canvasElement);
    await fillFullCase(form);
    await goTo(form, 'export');
    await clickButton(form, 'Save this case in the list');
    await expect(form.cases).toHaveLength(1);
    const link = await makeFile(form, 'csv');
    await expect(link?.getAttribute('href')).toMatch(/^blob:/);
  },
};

export const EncryptedExport: Story = {
  play: async ({ canvasElement }) => {
    const form = el(canvasElement);
    await fillFullCase(form);
    await goTo(form, 'export');
    await clickButton(form, 'Save this case in the list');
    const link = await makeFile(form, 'encrypted', 'blue mango river lamp');
    await expect(link?.getAttribute('download')).toMatch(/\.encrypted\.json$/);
  },
};

export const WeakPassphrase: Story = {
  play: async ({ canvasElement }) => {
    const form = el(canvasElement);
    await fillFullCase(form);
    await goTo(form, 'export');
    await clickButton(form, 'Save this case in the list');
    await expect(await makeFile(form, 'encrypted', 'short')).toBeNull();
    await expect(form.shadowRoot!.querySelector('#export-pass-error')).not.toBeNull();
  },
};

/** `persist` on: the person is offered to keep drafts locked with a passphrase (nothing stored yet). */
export const PersistOffered: Story = {
  args: { persist: true },
  play: async ({ canvasElement }) => {
    const form = el(canvasElement);
    await settle(form);
    await expect(form.shadowRoot!.querySelector('[part=persist]')).not.toBeNull();
  },
};

export const PersistOn: Story = {
  args: { persist: true },
  play: async ({ canvasElement }) => {
    const form = el(canvasElement);
    for (let i = 0; i < 100 && !form.shadowRoot!.querySelector('#persist-pass'); i++) await new Promise((r) => setTimeout(r, 20));
    if (form.shadowRoot!.querySelector('#persist-pass-again')) {
      await type(form, 'persist-pass', 'seven green kites fly');
      await type(form, 'persist-pass-again', 'seven green kites fly');
      await clickButton(form, 'Keep drafts, locked');
      await expect(form.shadowRoot!.querySelector('[part=persist]')!.textContent).toContain('Drafts are kept on this phone');
      await form.deleteEverything(); // leave the designer's browser as it was
    }
  },
};

export const Arabic: Story = { args: { lang: 'ar', country: 'SA' } };
export const ArabicWorker: Story = {
  args: { lang: 'ar', country: 'SA' },
  play: async ({ canvasElement }) => {
    const form = el(canvasElement);
    await giveConsent(form);
    await expect(form.shadowRoot!.querySelector('[part=base]')!.getAttribute('dir')).toBe('rtl');
  },
};
export const Nepali: Story = { args: { lang: 'ne', country: 'QA' } };
export const Bengali: Story = { args: { lang: 'bn', country: 'SA' } };
export const Hindi: Story = { args: { lang: 'hi', country: 'AE' } };
export const Indonesian: Story = { args: { lang: 'id', country: 'HK' } };
export const Filipino: Story = { args: { lang: 'fil', country: 'HK' } };

export const Phone320: Story = {
  parameters: { viewport: { defaultViewport: 'phone320' } },
  globals: { viewport: { value: 'phone320' } },
  play: async ({ canvasElement }) => {
    const form = el(canvasElement);
    await giveConsent(form);
    await expect(form.scrollWidth).toBeLessThanOrEqual(form.clientWidth);
  },
};
