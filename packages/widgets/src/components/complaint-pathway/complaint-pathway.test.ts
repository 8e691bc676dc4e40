import { expectScript } from '../../test-support/locale.js';
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { page } from 'vitest/browser';
import axe from 'axe-core';
import { DESTINATIONS } from '@migrant-rights/sdk/geo';
import { filingDeadline, findPathway, LOADABLE_DESTINATIONS, PROBLEMS, WORKER_CATEGORIES } from '@migrant-rights/sdk/pathways';
import '../../define/complaint-pathway.js';
import '../../define/wage-calculator.js';
import { MrComplaintPathway } from './complaint-pathway.js';
import type { MrWageCalculator } from '../wage-calculator/wage-calculator.js';
import { answer as answerCalculator } from '../wage-calculator/wage-calculator.fixtures.js';
import type { OnDemand } from '../../internal/on-demand.js';
import { standIn } from '../../test-support/network.js';
import { answer, choose, currentView, deadlineCard, errorIds, next, pathSteps, settle, tickDocument, typeDate } from './complaint-pathway.fixtures.js';
import { CATEGORY_CHOICES, PROBLEM_CHOICES } from './pathway-model.js';

const mounted: HTMLElement[] = [];

function mount(markup: { lang?: string; attrs?: Record<string, string>; children?: string } = {}): MrComplaintPathway {
  const wrapper = document.createElement('div');
  if (markup.lang) wrapper.lang = markup.lang;
  const el = document.createElement('mr-complaint-pathway');
  for (const [k, v] of Object.entries(markup.attrs ?? {})) el.setAttribute(k, v);
  wrapper.append(el);
  document.body.append(wrapper);
  mounted.push(wrapper);
  return el;
}

const sr = (el: HTMLElement) => el.shadowRoot!;
const text = (el: HTMLElement, selector: string) => sr(el).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function localised(el: MrComplaintPathway): Promise<void> {
  await vi.waitFor(() => expect((el as unknown as { l10n: { loading: boolean } }).l10n.loading).toBe(false), { timeout: 15_000 });
  await settle(el);
}

async function axeViolations(el: Element): Promise<string[]> {
  const result = await axe.run(el, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'] });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const longDate = (iso: string) => new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)));

afterEach(() => {
  mounted.splice(0).forEach((m) => m.remove());
});

describe('registration and focus', () => {
  it('is defined once, and a second define never throws', () => {
    expect(customElements.get('mr-complaint-pathway')).toBe(MrComplaintPathway);
    expect(() => MrComplaintPathway.define('mr-complaint-pathway')).not.toThrow();
  });

  it('takes focus as a whole: focus() lands on the result heading once rendered', async () => {
    const el = mount();
    await settle(el);
    Object.assign(el, { destination: 'QA', workerCategory: 'general', problem: 'unpaid-wages' });
    el.focus();
    await settle(el);
    expect(currentView(el)).toBe('result');
    expect(sr(el).activeElement?.id).toBe('result-heading');
  });
});

describe('questions', () => {
  it('asks where, home country, kind of work, problem and the dates the rule needs, then shows the route', async () => {
    const el = mount({ attrs: { today: '2025-06-15' } });
    await settle(el);
    expect(currentView(el)).toBe('where');
    expect(text(el, 'label[for=destination]')).toBe('Country where you work');
    await choose(el, 'destination', 'QA');
    await next(el);
    expect(currentView(el)).toBe('origin');
    expect(sr(el).activeElement?.id).toBe('step-heading');
    await next(el); // optional: skipped without an answer
    expect(currentView(el)).toBe('work');
    await choose(el, 'workerCategory', 'general');
    await next(el);
    expect(currentView(el)).toBe('problem');
    // Plain-language problems, each with a picture.
    const labels = [...sr(el).querySelectorAll('input[name=problem]')].map((i) => i.closest('label')!);
    expect(labels).toHaveLength(9);
    expect(labels.every((l) => l.querySelector('svg[aria-hidden=true]'))).toBe(true);
    await choose(el, 'problem', 'unpaid-wages');
    await next(el);
    // Qatar counts from the end of the job: the SDK says the end matters, so it is asked.
    expect(currentView(el)).toBe('when');
    expect(sr(el).querySelector('input[name=ended]')).not.toBeNull();
    await choose(el, 'ended', 'no');
    await next(el);
    expect(currentView(el)).toBe('result');
    expect(sr(el).activeElement?.id).toBe('result-heading');
    expect(deadlineCard(el)!.dataset['status']).toBe('not-started');
  });

  it('says what is missing next to the field, keeps the person there and focuses the field', async () => {
    const el = mount();
    await settle(el);
    await next(el);
    expect(currentView(el)).toBe('where');
    expect(errorIds(el)).toEqual(['destination']);
    expect(text(el, '#destination-error')).toBe('Choose the country where you work.');
    expect(sr(el).activeElement?.id).toBe('destination');
    expect(sr(el).querySelector('#destination')!.getAttribute('aria-describedby')).toBe('destination-error');
  });

  it('rejects a job end after today with a message on the date, keeping what was typed', async () => {
    const el = mount({ attrs: { destination: 'AE', 'worker-category': 'general', today: '2025-01-15' } });
    await answer(el, { problem: 'unpaid-wages', ended: 'yes', employmentEndedOn: '2025-03-01' });
    expect(currentView(el)).toBe('when');
    expect(errorIds(el)).toEqual(['employmentEndedOn']);
    expect(text(el, '#employmentEndedOn-error')).toMatch(/cannot be after today/);
    expect(sr(el).querySelector<HTMLInputElement>('#employmentEndedOn')!.value).toBe('2025-03-01');
  });

  it('offers every problem and kind of work the SDK knows (its lists stay with the rules, off the first screen)', () => {
    expect([...PROBLEM_CHOICES].sort()).toEqual([...PROBLEMS].sort());
    expect([...CATEGORY_CHOICES].sort()).toEqual([...WORKER_CATEGORIES].sort());
  });

  it('skips the questions the page answered by attributes', async () => {
    const el = mount({ attrs: { destination: 'SA', 'worker-category': 'domestic' } });
    await settle(el);
    // The home country is optional but was not given, so it is asked; Saudi domestic work has no
    // recorded time limit, so no date is asked.
    expect(currentView(el)).toBe('origin');
    expect(text(el, '.step-count')).toBe('Step 1 of 3');
    await next(el);
    expect(currentView(el)).toBe('problem');
    await choose(el, 'problem', 'unpaid-wages');
    await next(el);
    expect(currentView(el)).toBe('result');
    const full = mount({ attrs: { destination: 'SA', 'worker-category': 'domestic', problem: 'unpaid-wages', origin: 'BD' } });
    await settle(full);
    expect(currentView(full)).toBe('result');
  });
});

describe('changing and forgetting', () => {
  it('"Change my answers" asks every question again with the answers kept, and returns to the route', async () => {
    const el = mount({ attrs: { destination: 'KW', 'worker-category': 'general', problem: 'unpaid-wages' } });
    await settle(el);
    [...sr(el).querySelectorAll<HTMLButtonElement>('[part=result] > .actions button')].find((b) => b.textContent!.includes('Change my answers'))!.click();
    await settle(el);
    expect(currentView(el)).toBe('where');
    expect(sr(el).querySelector<HTMLSelectElement>('#destination')!.value).toBe('KW');
    await choose(el, 'destination', 'BH');
    await answer(el, { ended: 'no' });
    expect(currentView(el)).toBe('result');
    expect(text(el, '#result-heading')).toBe('My wages are unpaid or late in Bahrain');
  });

  it('forgets ticks and answers on clearState (quick exit), keeping only what the page gave', async () => {
    const el = mount({ attrs: { destination: 'QA', 'worker-category': 'general' } });
    await answer(el, { origin: 'NP', problem: 'unpaid-wages', ended: 'yes', employmentEndedOn: '2025-01-31' });
    expect(currentView(el)).toBe('result');
    await tickDocument(el, 'evidence');
    el.clearState();
    await settle(el);
    expect(currentView(el)).toBe('origin');
    expect(el.answersGiven).toMatchObject({ destination: 'QA', workerCategory: 'general', origin: '', problem: '', employmentEndedOn: '' });
    await answer(el, { problem: 'unpaid-wages', ended: 'no' });
    expect(sr(el).querySelectorAll('input[data-document]:checked')).toHaveLength(0);
  });
});

describe('routes', () => {
  it.each([...DESTINATIONS])('%s: unpaid wages reach a stepper with the SDK steps, each sourced, channels as real links', async (destination) => {
    const el = mount({ attrs: { today: '2025-06-15' } });
    await answer(el, { destination, workerCategory: 'general', problem: 'unpaid-wages', ended: 'no' });
    expect(currentView(el)).toBe('result');
    const sdk = findPathway({ destination, workerCategory: 'general', problem: 'unpaid-wages' });
    if (sdk.status !== 'found') throw new Error(`no pathway for ${destination}`);
    const steps = pathSteps(el);
    expect(steps.map((s) => s.dataset['step'])).toEqual(sdk.pathway.steps.map((s) => s.id));
    for (const step of steps) {
      expect(step.querySelector('.step-source [part=provenance]')).not.toBeNull();
      expect(step.textContent).not.toMatch(/pathways\.|complaintPathway\./); // words, never raw codes
      expect(step.textContent).not.toContain('1900');
    }
    for (const tel of sr(el).querySelectorAll<HTMLAnchorElement>('a.tel')) {
      expect(tel.getAttribute('href')).toBe(`tel:${tel.textContent!.trim().replace(/[^\d+]/g, '')}`);
    }
    for (const link of sr(el).querySelectorAll<HTMLAnchorElement>('a.portal')) {
      expect(link.target).toBe('_blank');
      expect(link.rel.split(' ')).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
      expect(link.getAttribute('href')).toMatch(/^https:\/\//);
    }
    // Research addresses on plain http stay in the notes as text, never links.
    expect(sr(el).querySelectorAll('a[href^="http:"]')).toHaveLength(0);
    expect(await axeViolations(el)).toEqual([]);
  });

  it('shows tap-to-call numbers and portals that open in a new tab (Bahrain, Singapore, Qatar SMS)', async () => {
    const bh = mount({ attrs: { destination: 'BH', 'worker-category': 'general', problem: 'unpaid-wages' } });
    await settle(bh);
    const portal = sr(bh).querySelector<HTMLAnchorElement>('[data-channel=mlsd-service-page] a.portal')!;
    expect(portal.href).toBe('https://www.mlsd.gov.bh/ar/home/subservices_sections/33?lang=en');
    expect(portal.target).toBe('_blank');
    expect(portal.rel).toBe('noopener noreferrer');
    expect(portal.textContent).toContain('(opens in a new tab)');
    expect(sr(bh).querySelector<HTMLAnchorElement>('[data-channel=mlsd-email] a.email')!.href).toBe('mailto:alc@mlsd.gov.bh');

    const qa = mount({ attrs: { destination: 'QA', 'worker-category': 'general', problem: 'unpaid-wages' } });
    await settle(qa);
    const hotline = sr(qa).querySelector<HTMLAnchorElement>('[data-channel=phone-16008] a.tel')!;
    expect(hotline.getAttribute('href')).toBe('tel:16008');
    expect(hotline.textContent!.trim()).toBe('16008');
    expect(sr(qa).querySelector<HTMLAnchorElement>('[data-channel=sms-92727] a.sms')!.getAttribute('href')).toBe('sms:92727');
    // The WhatsApp information line is shown as a number, not dialled.
    expect(text(qa, '[data-channel=whatsapp-info]')).toContain('+974 6006 0601');
    expect(text(qa, '[data-channel=whatsapp-info]')).toContain('Information only, not for complaints');
  });

  it('never shows the placeholder start date: an unknown start says so', async () => {
    const el = mount({ attrs: { destination: 'QA', 'worker-category': 'general', problem: 'unpaid-wages' } });
    await settle(el);
    const all = sr(el).querySelector('[part=result]')!.textContent!;
    expect(all).not.toMatch(/1900/);
    expect(all).toContain('Start date unknown.');
    expect(all).toContain('In force since May 2021.'); // known only to the month
  });
});

describe('deadline', () => {
  const ae = { destination: 'AE', 'worker-category': 'general', problem: 'unpaid-wages', today: '2025-06-15' };

  it('UAE, job ended before 31 Aug 2024: asks the day the money was due and shows the old 1-year rule', async () => {
    const el = mount({ attrs: ae });
    await settle(el);
    expect(deadlineCard(el)!.dataset['status']).toBe('not-started');
    await choose(el, 'ended', 'yes');
    await typeDate(el, 'employmentEndedOn', '2024-07-31');
    expect(deadlineCard(el)!.dataset['status']).toBe('needs-date');
    expect(text(el, '[part=deadline] .needs')).toContain('The day the money was due');
    await typeDate(el, 'incidentOn', '2024-07-01');
    const sdk = filingDeadline({ destination: 'AE', workerCategory: 'general', problem: 'unpaid-wages', employmentEndedOn: '2024-07-31', incidentOn: '2024-07-01', today: '2025-06-15' });
    if (sdk.status !== 'deadline') throw new Error(sdk.status);
    expect(sdk.lastDay).toBe('2025-07-01');
    const shown = sr(el).querySelector<HTMLElement>('[part=deadline] .last-day strong')!;
    expect(shown.dataset['date']).toBe(sdk.lastDay);
    expect(shown.textContent).toBe(longDate(sdk.lastDay));
    expect(sr(el).querySelector<HTMLElement>('[part=countdown]')!.dataset['daysLeft']).toBe(String(sdk.daysLeft));
    expect(text(el, '[part=countdown]')).toBe('16 days left');
    expect(text(el, '[part=deadline] .rule')).toBe('Rule: 1 year from the day the money was due.');
    // The changed law is said honestly, with its date.
    expect(text(el, '[part=deadline] .caveats')).toContain('The law changed on Aug 31, 2024.');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('UAE, job ended on or after 31 Aug 2024: 2 years from the last day of the job, as the SDK says', async () => {
    const el = mount({ attrs: { ...ae, 'employment-ended-on': '2024-09-10' } });
    await settle(el);
    const sdk = filingDeadline({ destination: 'AE', workerCategory: 'general', problem: 'unpaid-wages', employmentEndedOn: '2024-09-10', today: '2025-06-15' });
    if (sdk.status !== 'deadline') throw new Error(sdk.status);
    expect(sdk.lastDay).toBe('2026-09-10');
    expect(sr(el).querySelector<HTMLElement>('[part=deadline] .last-day strong')!.dataset['date']).toBe(sdk.lastDay);
    expect(text(el, '[part=deadline] .rule')).toBe('Rule: 2 years from the last day of your job.');
    expect(sr(el).querySelector('#incidentOn')).toBeNull();
    // The step that sets the deadline repeats it.
    expect(text(el, '[data-step=mohre-complaint] .filing-deadline')).toBe(`Last day to file: ${longDate(sdk.lastDay)}.`);
  });

  it('updates the days left when today changes, and says when the time limit has passed', async () => {
    const el = mount({ attrs: { ...ae, 'employment-ended-on': '2024-09-10' } });
    await settle(el);
    expect(text(el, '[part=countdown]')).toBe('452 days left');
    el.setAttribute('today', '2026-09-09');
    await settle(el);
    expect(text(el, '[part=countdown]')).toBe('1 day left');
    el.setAttribute('today', '2026-09-10');
    await settle(el);
    expect(text(el, '[part=countdown]')).toBe('Today is the last day to file.');
    el.setAttribute('today', '2026-09-20');
    await settle(el);
    const countdown = sr(el).querySelector<HTMLElement>('[part=countdown]')!;
    expect(countdown.classList.contains('expired')).toBe(true);
    expect(countdown.textContent).toMatch(/passed 10 days ago\. Ask a legal aid group/);
    expect(await axeViolations(el)).toEqual([]);
  });

  it('is honest when no statutory limit was found (UAE domestic) and when the limit is not verified (Malaysia)', async () => {
    const dom = mount({ attrs: { destination: 'AE', 'worker-category': 'domestic', problem: 'unpaid-wages' } });
    await settle(dom);
    expect(deadlineCard(dom)!.dataset['status']).toBe('no-statutory-limit-found');
    expect(text(dom, '[part=deadline]')).toContain('We found no time limit in the law. There may still be one: file as soon as you can.');
    expect(text(dom, '[part=deadline] [part=verification]')).toContain('Not verified');
    expect(sr(dom).querySelector('[part=countdown]')).toBeNull();

    const my = mount({ attrs: { destination: 'MY', 'worker-category': 'general', problem: 'unpaid-wages' } });
    await settle(my);
    expect(deadlineCard(my)!.dataset['status']).toBe('unverified');
    expect(text(my, '[part=deadline]')).toContain('We could not confirm the time limit. File as soon as you can.');
    expect(text(my, '[part=deadline] .note')).toContain('CONFLICT');
    expect(await axeViolations(dom)).toEqual([]);
    expect(await axeViolations(my)).toEqual([]);
  });

  it('asks for the date a rule needs (Hong Kong), right in the time-limit card', async () => {
    const el = mount({ attrs: { destination: 'HK', 'worker-category': 'domestic', problem: 'unpaid-wages', today: '2025-06-15' } });
    await settle(el);
    expect(deadlineCard(el)!.dataset['status']).toBe('needs-date');
    await typeDate(el, 'incidentOn', '2025-02-01');
    const sdk = filingDeadline({ destination: 'HK', workerCategory: 'domestic', problem: 'unpaid-wages', incidentOn: '2025-02-01', today: '2025-06-15' });
    expect(deadlineCard(el)!.dataset['status']).toBe(sdk.status);
    if (sdk.status === 'deadline') expect(sr(el).querySelector<HTMLElement>('.last-day strong')!.dataset['date']).toBe(sdk.lastDay);
  });
});

describe('documents checklist', () => {
  it('ticks in memory, keeps the ticks when the language changes, and prints them', async () => {
    const el = mount({ lang: 'en', attrs: { destination: 'QA', 'worker-category': 'general', problem: 'unpaid-wages' } });
    await settle(el);
    await tickDocument(el, 'evidence');
    const boxes = () => [...sr(el).querySelectorAll<HTMLInputElement>('input[data-document=evidence]')];
    expect(boxes().length).toBeGreaterThan(1);
    expect(boxes().every((b) => b.checked)).toBe(true); // one document, ticked everywhere it is needed
    expect(text(el, '[data-step=ministry-complaint] .ready')).toBe('1 of 2 ready');
    el.parentElement!.lang = 'ar';
    await localised(el);
    await vi.waitFor(() => expect(sr(el).querySelector('[part=base]')!.getAttribute('dir')).toBe('rtl'), { timeout: 15_000 });
    expect(boxes().every((b) => b.checked)).toBe(true);
    el.parentElement!.lang = 'en';
    await localised(el);
    await vi.waitFor(() => expect(sr(el).querySelector('#summary-text')!.textContent).toMatch(/\[x\] Any proof: messages, photos, receipts/), { timeout: 15_000 });
    expect(sr(el).querySelector('#summary-text')!.textContent).toMatch(/\[ \] Your registered mobile number or visa number/);
  });

  it('writes nothing to cookies or storage', async () => {
    const before = { cookie: document.cookie, local: localStorage.length, session: sessionStorage.length };
    const el = mount({ attrs: { destination: 'SG', 'worker-category': 'general', problem: 'unpaid-wages' } });
    await settle(el);
    await tickDocument(el, sr(el).querySelector<HTMLInputElement>('input[data-document]')!.dataset['document']!);
    await typeDate(el, 'incidentOn', '2025-01-31');
    expect({ cookie: document.cookie, local: localStorage.length, session: sessionStorage.length }).toEqual(before);
  });
});

describe('not covered', () => {
  it('says so honestly for withheld documents and shows what support still exists, from the home country too', async () => {
    const el = mount({ attrs: { destination: 'QA', 'worker-category': 'general', problem: 'documents-withheld', origin: 'PH' } });
    await settle(el);
    expect(sr(el).querySelector('[part=base]')!.getAttribute('data-status')).toBe('not-covered');
    expect(text(el, '#result-heading')).toBe('We have no checked complaint route for this yet');
    expect(text(el, '[part=not-covered]')).toBe('We have no checked complaint route for this problem in Qatar yet. A support group or your embassy can advise you.');
    expect(text(el, '#origin-heading')).toBe('Help from Philippines');
    const bodies = [...sr(el).querySelectorAll<HTMLElement>('[part=origin-body]')].map((b) => b.dataset['body']);
    expect(bodies).toEqual(expect.arrayContaining(['dmw', 'mwo', 'owwa']));
    expect(text(el, '.advice')).toContain('Keep photos or copies');
    expect(await axeViolations(el)).toEqual([]);

    // Problems that do have a route here are offered; choosing one shows it.
    sr(el).querySelector<HTMLButtonElement>('.problem-buttons [data-problem=unpaid-wages]')!.click();
    await settle(el);
    expect(sr(el).querySelector('[part=base]')!.getAttribute('data-status')).toBe('found');
    expect(sr(el).activeElement?.id).toBe('result-heading');
  });

  it('offers to add a home country when none was given, and says when we hold none for it', async () => {
    const el = mount({ attrs: { destination: 'KW', 'worker-category': 'domestic', problem: 'recruitment-fees' } });
    await settle(el);
    expect(text(el, '#origin-heading')).toBe('Help from your home country');
    await choose(el, 'origin', 'NP');
    expect(text(el, '#origin-heading')).toBe('Help from Nepal');
    // DoFE deals with recruitment fees and is listed first.
    const first = sr(el).querySelector<HTMLElement>('[part=origin-body]')!;
    expect(first.dataset['body']).toBe('dofe');
    expect(first.querySelector('.badge')).not.toBeNull();
    const pk = mount({ attrs: { destination: 'KW', 'worker-category': 'domestic', problem: 'recruitment-fees', origin: 'PK' } });
    await settle(pk);
    expect(text(pk, '[part=origin]')).toContain('We do not have support contacts for Pakistan yet.');
  });
});

describe('partners', () => {
  it('shows the referral attributes and slot as a "Local help" card', async () => {
    const el = mount({ attrs: { destination: 'OM', 'worker-category': 'general', problem: 'unpaid-wages', 'referral-name': 'Migrant Help Desk', 'referral-phone': '+968 9000 0000', 'referral-url': 'https://example.org/help' } });
    const slotted = document.createElement('p');
    slotted.slot = 'referral';
    slotted.textContent = 'Free legal clinic every Friday';
    el.append(slotted);
    await settle(el);
    const card = sr(el).querySelector<HTMLElement>('[part=local-help]')!;
    expect(card.hidden).toBe(false);
    expect(text(el, '#local-help-heading')).toBe('Local help');
    expect(card.querySelector('.referral-name')!.textContent).toBe('Migrant Help Desk');
    expect(card.querySelector<HTMLAnchorElement>('a.tel')!.getAttribute('href')).toBe('tel:+96890000000');
    expect(card.querySelector('a.tel')!.textContent!.trim()).toBe('+968 9000 0000');
    const link = card.querySelector<HTMLAnchorElement>('a.portal')!;
    expect([link.href, link.target, link.rel]).toEqual(['https://example.org/help', '_blank', 'noopener noreferrer']);
    expect(card.querySelector('slot')!.assignedElements()).toEqual([slotted]);
    expect(await axeViolations(el)).toEqual([]);
  });

  it('never links a referral address that is not https, and hides the card when there is nothing to show', async () => {
    const el = mount({ attrs: { destination: 'OM', 'worker-category': 'general', problem: 'unpaid-wages', 'referral-url': 'javascript:alert(1)' } });
    await settle(el);
    const card = sr(el).querySelector<HTMLElement>('[part=local-help]')!;
    expect(card.querySelector('a')).toBeNull();
    expect(card.textContent).toContain('javascript:alert(1)');
    const none = mount({ attrs: { destination: 'OM', 'worker-category': 'general', problem: 'unpaid-wages' } });
    await settle(none);
    expect(sr(none).querySelector<HTMLElement>('[part=local-help]')!.hidden).toBe(true);
    // A slot filled later shows the card.
    const p = document.createElement('p');
    p.slot = 'referral';
    p.textContent = 'Call our union';
    none.append(p);
    await vi.waitFor(() => expect(sr(none).querySelector<HTMLElement>('[part=local-help]')!.hidden).toBe(false), { timeout: 15_000 });
  });
});

describe('events and hand-off', () => {
  it('emits mr-change for each answer and mr-pathway with the SDK result and deadline', async () => {
    const changes: CustomEvent[] = [];
    const results: CustomEvent[] = [];
    const el = mount({ attrs: { today: '2025-06-15' } });
    el.addEventListener('mr-change', (e) => changes.push(e as CustomEvent));
    el.addEventListener('mr-pathway', (e) => results.push(e as CustomEvent));
    await answer(el, { destination: 'SA', workerCategory: 'general', problem: 'end-of-service-unpaid', ended: 'yes', employmentEndedOn: '2025-03-31' });
    expect(currentView(el)).toBe('result');
    expect(changes.map((e) => e.detail.destination)).toContain('SA');
    expect(changes.at(-1)!.detail).toEqual({ destination: 'SA', origin: '', workerCategory: 'general', problem: 'end-of-service-unpaid', ended: 'yes', employmentEndedOn: '2025-03-31', incidentOn: '' });
    expect(changes.every((e) => e.bubbles && e.composed)).toBe(true);
    expect(results).toHaveLength(1);
    const input = { destination: 'SA', workerCategory: 'general', problem: 'end-of-service-unpaid', employmentEndedOn: '2025-03-31', today: '2025-06-15' };
    expect(results[0]!.detail.input).toEqual(input);
    expect(results[0]!.detail.result).toEqual(findPathway(input));
    expect(results[0]!.detail.deadline).toEqual(filingDeadline(input));
    expect(el.result?.deadline).toEqual(filingDeadline(input));
  });

  it('re-renders the pathway when a wage calculator on the page hands over a claim (pathway-for)', async () => {
    const wrapper = document.createElement('div');
    const calc = document.createElement('mr-wage-calculator') as MrWageCalculator;
    calc.setAttribute('country', 'AE');
    calc.setAttribute('pathway-for', 'pathway-under-test');
    const el = document.createElement('mr-complaint-pathway') as MrComplaintPathway;
    el.id = 'pathway-under-test';
    el.setAttribute('today', '2025-08-01');
    wrapper.append(calc, el);
    document.body.append(wrapper);
    mounted.push(wrapper);
    await settle(el);
    expect(currentView(el)).toBe('where');

    await answerCalculator(calc, { start: '2024-01-01', end: '2025-06-30', ended: 'yes', ending: 'termination', basic: '3000', paid: '30000' });
    const seen: CustomEvent[] = [];
    el.addEventListener('mr-pathway', (e) => seen.push(e as CustomEvent));
    [...calc.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=actions] button')][0]!.click();
    await settle(el);
    expect(currentView(el)).toBe('result');
    expect(sr(el).activeElement?.id).toBe('result-heading');
    expect(seen).toHaveLength(1);
    const input = seen[0]!.detail.input;
    expect(input).toMatchObject({ destination: 'AE', workerCategory: 'general', employmentEndedOn: '2025-06-30' });
    const sdk = filingDeadline({ ...input, today: '2025-08-01' });
    if (sdk.status !== 'deadline') throw new Error(sdk.status);
    expect(sr(el).querySelector<HTMLElement>('[part=deadline] .last-day strong')!.dataset['date']).toBe(sdk.lastDay);
    expect(sdk.lastDay).toBe('2027-06-30');

    // A second claim hand-off (now still employed in Qatar) re-renders the pathway.
    Object.assign(el, { destination: 'QA', workerCategory: 'general', problem: 'underpayment', employmentEndedOn: undefined });
    await settle(el);
    expect(text(el, '#result-heading')).toBe('I am paid less than I should be in Qatar');
    expect(pathSteps(el)).toHaveLength(5);
    // The old job's end date went with the old case: Qatar's limit starts when the job ends.
    expect(deadlineCard(el)!.dataset['status']).toBe('not-started');
    expect(sr(el).querySelector<HTMLInputElement>('input[name=ended]:checked')).toBeNull();
  });
});

describe('law fetched per country', () => {
  /** Stands in for the network: records each country asked for, fails while offline, can be held back. */
  function network(el: MrComplaintPathway, options: { offline?: boolean } = {}) {
    // The countries' chunks are the widget's one network need: stand in for it behind both controllers.
    const controllers = el as unknown as { destinations: OnDemand<unknown>; origins: OnDemand<unknown> };
    const destinations = standIn(controllers.destinations, { kind: 'destination', ...options });
    const origins = standIn(controllers.origins, { kind: 'origin', ...options });
    const fetched: string[] = [];
    destinations.fetched = origins.fetched = fetched; // one log, in order
    return {
      fetched,
      get online() {
        return destinations.online;
      },
      set online(value: boolean) {
        destinations.online = origins.online = value;
      },
      get hold() {
        return destinations.hold;
      },
      set hold(value: Promise<void> | undefined) {
        destinations.hold = origins.hold = value;
      },
    };
  }

  it('by default fetches every country of a kind together, so the host of these files cannot tell which was chosen', async () => {
    const el = mount({ attrs: { today: '2025-06-15' } });
    const net = network(el);
    await settle(el);
    await choose(el, 'destination', 'QA');
    await settle(el);
    expect(net.fetched).toEqual(LOADABLE_DESTINATIONS.map((c) => `destination:${c}`)); // in their own order, whatever was chosen
  });

  it('with law-download="chosen", fetches only the countries the worker chose, once each, and answers as the full SDK does', async () => {
    const el = mount({ attrs: { today: '2025-06-15', 'law-download': 'chosen' } });
    const net = network(el);
    await answer(el, { destination: 'QA', origin: 'NP', workerCategory: 'general', problem: 'unpaid-wages', ended: 'no' });
    expect(currentView(el)).toBe('result');
    expect(net.fetched).toEqual(['destination:QA', 'origin:NP']);
    const input = { destination: 'QA', origin: 'NP', workerCategory: 'general', problem: 'unpaid-wages', today: '2025-06-15' };
    expect(el.result!.result).toEqual(findPathway(input));
    expect(el.result!.deadline).toEqual(filingDeadline(input));
    expect(text(el, '#origin-heading')).toBe('Help from Nepal');

    // A home country chosen on the result is fetched then; one we hold no data for is not fetched at all.
    const kw = mount({ attrs: { destination: 'KW', 'worker-category': 'general', problem: 'unpaid-wages', 'law-download': 'chosen' } });
    const kwNet = network(kw);
    await settle(kw);
    expect(kwNet.fetched).toEqual(['destination:KW']);
    await choose(kw, 'origin', 'PH');
    expect(text(kw, '#origin-heading')).toBe('Help from Philippines');
    expect(kwNet.fetched).toEqual(['destination:KW', 'origin:PH']);
    const pk = mount({ attrs: { destination: 'KW', 'worker-category': 'general', problem: 'unpaid-wages', origin: 'PK', 'law-download': 'chosen' } });
    const pkNet = network(pk);
    await settle(pk);
    expect(text(pk, '[part=origin]')).toContain('We do not have support contacts for Pakistan yet.');
    expect(pkNet.fetched).toEqual(['destination:KW']);
  });

  it('shows nothing misleading while the law is on its way', async () => {
    let arrive!: () => void;
    const el = mount({ attrs: { destination: 'HK', 'worker-category': 'domestic', problem: 'unpaid-wages' } });
    const net = network(el);
    net.hold = new Promise((resolve) => (arrive = resolve));
    await new Promise((r) => setTimeout(r, 50)); // rendered, the chunk still on its way
    const result = sr(el).querySelector<HTMLElement>('[part=result]')!;
    expect(result.getAttribute('aria-busy')).toBe('true');
    expect(text(el, '[part=result] .loading')).toBe('Getting the rules for this country…');
    expect(sr(el).querySelector('#result-heading, [part=deadline], [part=path-step], [part=not-covered]')).toBeNull();
    expect(el.result).toBeUndefined();
    arrive();
    await settle(el); // updateComplete includes the data in flight
    expect(sr(el).querySelector('[part=result]')!.getAttribute('aria-busy')).toBeNull();
    expect(deadlineCard(el)!.dataset['status']).toBe('needs-date');
    expect(el.result!.result.status).toBe('found');
  });

  it('offline, says so beside the country question and keeps every answer; trying again once online shows the pathway', async () => {
    const el = mount({ attrs: { today: '2025-06-15' } });
    const net = network(el, { offline: true });
    await settle(el);
    await choose(el, 'destination', 'SA');
    await next(el);
    expect(currentView(el)).toBe('where');
    expect(errorIds(el)).toEqual(['destination']);
    expect(text(el, '#destination-error')).toBe('We could not load the rules for this country. Check your internet connection, then try again.');
    expect(sr(el).querySelector('#destination')!.getAttribute('aria-describedby')).toBe('destination-error');
    expect(sr(el).activeElement?.id).toBe('destination');
    expect(sr(el).querySelector<HTMLSelectElement>('#destination')!.value).toBe('SA');
    expect(await axeViolations(el)).toEqual([]);

    net.online = true;
    await next(el); // trying again
    expect(currentView(el)).toBe('origin');
    await answer(el, { origin: 'BD', workerCategory: 'general', problem: 'unpaid-wages', ended: 'no' });
    expect(currentView(el)).toBe('result');
    expect(text(el, '#result-heading')).toBe('My wages are unpaid or late in Saudi Arabia');
    expect(el.answersGiven).toMatchObject({ destination: 'SA', origin: 'BD', workerCategory: 'general', problem: 'unpaid-wages', ended: 'no' });
  });

  it('offline on a page that gave every answer: the localised message and "Try again" on the result, then the pathway', async () => {
    const attrs = { destination: 'QA', 'worker-category': 'general', problem: 'unpaid-wages', origin: 'NP', today: '2025-06-15' };
    const el = mount({ lang: 'ar', attrs });
    const net = network(el, { offline: true });
    await localised(el);
    const ar = (await import('@migrant-rights/sdk/locales/ar/ui')).default;
    expect(currentView(el)).toBe('result');
    expect(text(el, '#destination-error')).toBe(ar['error.dataUnavailable']);
    expect(sr(el).querySelector('#destination-error')!.getAttribute('role')).toBe('alert');
    expect(el.answersGiven).toMatchObject({ destination: 'QA', origin: 'NP', workerCategory: 'general', problem: 'unpaid-wages' });
    expect(el.result).toBeUndefined();
    expect(await axeViolations(el)).toEqual([]);

    net.online = true;
    sr(el).querySelector<HTMLButtonElement>('[part=result] button.retry')!.click();
    await settle(el);
    expect(sr(el).querySelector('[part=base]')!.getAttribute('data-status')).toBe('found');
    expect(sr(el).activeElement?.id).toBe('result-heading');
    expect(sr(el).querySelectorAll('[part=origin-body]').length).toBeGreaterThan(0);
    expect(el.result!.result).toEqual(findPathway({ destination: 'QA', origin: 'NP', workerCategory: 'general', problem: 'unpaid-wages' }));
  });

  it('offline for the home country only: the route shows, the reason sits beside the home-country question, and trying again adds its offices', async () => {
    const el = mount({ attrs: { destination: 'KW', 'worker-category': 'domestic', problem: 'recruitment-fees', 'law-download': 'chosen' } });
    const net = network(el);
    await settle(el);
    const results: CustomEvent[] = [];
    el.addEventListener('mr-pathway', (e) => results.push(e as CustomEvent));
    net.online = false;
    await choose(el, 'origin', 'NP');
    expect(sr(el).querySelector('[part=base]')!.getAttribute('data-status')).toBe('not-covered');
    expect(errorIds(el)).toEqual(['origin']);
    expect(text(el, '#origin-error')).toBe('We could not load the rules for this country. Check your internet connection, then try again.');
    expect(sr(el).querySelector<HTMLSelectElement>('#origin')!.value).toBe('NP');
    expect(text(el, '[part=origin]')).not.toContain('We do not have support contacts');
    expect(await axeViolations(el)).toEqual([]);

    net.online = true;
    sr(el).querySelector<HTMLButtonElement>('[part=origin] button.retry')!.click();
    await settle(el);
    expect(text(el, '#origin-heading')).toBe('Help from Nepal');
    expect(sr(el).querySelector<HTMLElement>('[part=origin-body]')!.dataset['body']).toBe('dofe');
    expect(results.at(-1)!.detail.input).toMatchObject({ origin: 'NP' });
    expect(net.fetched).toEqual(['destination:KW', 'origin:NP', 'origin:NP']);
  });
});

describe('the rules and their words, fetched with the first country', () => {
  /** Stands in for the network behind the engine chunk (the rules, the answer's rendering and the pathways wording). */
  const engineNetwork = (el: MrComplaintPathway, options: { offline?: boolean } = {}) =>
    standIn((el as unknown as { engineChunk: OnDemand<unknown> }).engineChunk, options);

  /** Every text `selector` showed, each time the shadow root changed, from the first render on. */
  function record(el: MrComplaintPathway, selector: string): string[] {
    const seen: string[] = [];
    const observer = new MutationObserver(() => {
      for (const node of sr(el).querySelectorAll(selector)) seen.push(node.textContent!.replace(/\s+/g, ' ').trim());
    });
    observer.observe(sr(el), { childList: true, subtree: true, characterData: true });
    return seen;
  }

  it('fetches nothing before a country is chosen: the first question needs no rules', async () => {
    const el = mount({ attrs: { today: '2025-06-15' } });
    const engine = engineNetwork(el);
    await settle(el);
    await next(el); // "Next" with nothing chosen: told so, in the first screen's own words
    expect(text(el, '#destination-error')).toBe('Choose the country where you work.');
    expect(engine.fetched).toEqual([]);
    await choose(el, 'destination', 'OM');
    expect(engine.fetched).toEqual(['engine']);
  });

  it('in Nepali, the first result and the first later question it shows are already in Nepali, even when the words come after the law', async () => {
    // The engine's Nepali words arrive well after the engine and the law: nothing may be shown before them.
    const { words } = await import('./engine.js');
    const original = words.loaders.ne!;
    words.loaders.ne = () => new Promise((resolve) => setTimeout(resolve, 400)).then(original);
    onTestFinished(() => void (words.loaders.ne = original));
    const attrs = { destination: 'QA', 'worker-category': 'general', problem: 'unpaid-wages', origin: 'NP', today: '2025-06-15' };
    const el = mount({ lang: 'ne', attrs });
    const headings = record(el, '#result-heading');
    const stages = record(el, '[part=path-step] h5');
    await localised(el);
    const ne = (await import('@migrant-rights/sdk/locales/ne/pathways')).default as Readonly<Record<string, unknown>>;
    const nepaliStages = Object.entries(ne).filter(([id]) => id.startsWith('pathways.stage.')).map(([, words]) => String(words));
    expect(currentView(el)).toBe('result');
    expect(headings.length).toBeGreaterThan(0);
    // Never first in English and then re-worded: every heading ever shown says the problem in Nepali.
    for (const heading of headings) expect(heading).toContain(ne['pathways.problem.unpaid-wages']);
    expect(stages.length).toBeGreaterThan(0);
    for (const stage of stages) expect(nepaliStages.some((words) => stage.endsWith(words))).toBe(true);

    const asking = mount({ lang: 'ne', attrs: { destination: 'QA', origin: 'NP', today: '2025-06-15' } });
    const labels = record(asking, 'input[name=workerCategory] + span');
    await localised(asking);
    expect(currentView(asking)).toBe('work');
    expect(labels.length).toBeGreaterThan(0);
    expect(labels).toContain(ne['pathways.category.general']);
    expect(labels).not.toContain('Company, shop, building site, farm or other workplace');
  });

  it('offline before the rules arrive: says so in the reader language beside the country, keeps the answer, and goes on once online', async () => {
    const el = mount({ lang: 'ne', attrs: { today: '2025-06-15' } });
    const engine = engineNetwork(el, { offline: true });
    await localised(el);
    const ne = (await import('@migrant-rights/sdk/locales/ne/ui')).default;
    await choose(el, 'destination', 'SA');
    await next(el);
    expect(currentView(el)).toBe('where');
    expect(errorIds(el)).toEqual(['destination']);
    expect(text(el, '#destination-error')).toBe(ne['error.dataUnavailable']);
    expect(sr(el).activeElement?.id).toBe('destination');
    expect(sr(el).querySelector<HTMLSelectElement>('#destination')!.value).toBe('SA');
    expect(el.result).toBeUndefined();
    expect(await axeViolations(el)).toEqual([]);

    engine.online = true;
    await next(el); // trying again
    expect(currentView(el)).toBe('origin');
    await answer(el, { workerCategory: 'general', problem: 'unpaid-wages', ended: 'no' });
    expect(currentView(el)).toBe('result');
    expect(el.answersGiven).toMatchObject({ destination: 'SA', workerCategory: 'general', problem: 'unpaid-wages' });
    expect(el.result!.result).toEqual(findPathway({ destination: 'SA', workerCategory: 'general', problem: 'unpaid-wages' }));
    expectScript(el, text(el, '#result-heading'), /[\u0900-\u097F]/);
  });

  it('a question worded by the rules waits for them (aria-busy); offline it says so with "Try again", then asks', async () => {
    let arrive!: () => void;
    const el = mount({ lang: 'ar', attrs: { destination: 'QA', origin: 'NP', today: '2025-06-15' } });
    const engine = engineNetwork(el, { offline: true });
    engine.hold = new Promise((resolve) => (arrive = resolve));
    await vi.waitFor(() => expect((el as unknown as { l10n: { loading: boolean } }).l10n.loading).toBe(false), { timeout: 15_000 });
    const ar = (await import('@migrant-rights/sdk/locales/ar/ui')).default;
    const arPathway = (await import('@migrant-rights/sdk/locales/ar/complaint-pathway')).default;
    await vi.waitFor(() => expect(sr(el).querySelector('[part=step]')?.getAttribute('aria-busy')).toBe('true'));
    expect(currentView(el)).toBe('work');
    expect(text(el, '[part=step] .loading')).toBe(arPathway['complaintPathway.loading']);
    expect(sr(el).querySelector('input[name=workerCategory]')).toBeNull();

    arrive(); // the chunk cannot come: offline
    await settle(el);
    expect(sr(el).querySelector('[part=step]')!.getAttribute('aria-busy')).toBe('false');
    expect(text(el, '#destination-error')).toBe(ar['error.dataUnavailable']);
    expect(sr(el).querySelector('#destination-error')!.getAttribute('role')).toBe('alert');
    expect(el.answersGiven).toMatchObject({ destination: 'QA', origin: 'NP' });
    expect(await axeViolations(el)).toEqual([]);

    engine.online = true;
    sr(el).querySelector<HTMLButtonElement>('[part=step] button.retry')!.click();
    await settle(el);
    expect(currentView(el)).toBe('work');
    expect(sr(el).activeElement?.id).toBe('step-heading');
    expect(sr(el).querySelectorAll('input[name=workerCategory]')).toHaveLength(2);
    expectScript(el, text(el, 'input[name=workerCategory] + span'), /[\u0600-\u06FF]/);
  });
});

describe('layout and languages', () => {
  it('has no axe violations on each question and fits 320 px without scrolling sideways', async () => {
    await page.viewport(320, 640);
    const el = mount({ attrs: { today: '2025-06-15' } });
    await settle(el);
    const seen: string[] = [];
    for (let i = 0; i < 6 && currentView(el) !== 'result'; i++) {
      seen.push(currentView(el));
      expect(await axeViolations(el)).toEqual([]);
      expect(el.scrollWidth).toBeLessThanOrEqual(320);
      await answer(el, { destination: 'HK', origin: 'ID', workerCategory: 'domestic', problem: 'unpaid-wages' });
      if (currentView(el) === 'when') {
        seen.push('when');
        expect(await axeViolations(el)).toEqual([]);
        await typeDate(el, 'incidentOn', '2025-05-01');
        await next(el);
      }
    }
    expect(seen[0]).toBe('where');
    expect(currentView(el)).toBe('result');
    expect(await axeViolations(el)).toEqual([]);
    expect(el.scrollWidth).toBeLessThanOrEqual(320);
    expect(sr(el).querySelector('[part=base]')!.scrollWidth).toBeLessThanOrEqual(320);
    await page.viewport(414, 800);
  });

  it('follows the nearest lang: Arabic right-to-left, Nepali in Devanagari, side by side', async () => {
    const attrs = { destination: 'QA', 'worker-category': 'general', problem: 'unpaid-wages', origin: 'NP' };
    const ar = mount({ lang: 'ar', attrs });
    const ne = mount({ lang: 'ne', attrs });
    await Promise.all([localised(ar), localised(ne)]);
    expect(sr(ar).querySelector('[part=base]')!.getAttribute('dir')).toBe('rtl');
    expectScript(ar, text(ar, '#title'), /[\u0600-\u06FF]/);
    expectScript(ar, text(ar, '[part=deadline] h4'), /[\u0600-\u06FF]/);
    expect(sr(ne).querySelector('[part=base]')!.getAttribute('dir')).toBe('ltr');
    expectScript(ne, text(ne, '#title'), /[\u0900-\u097F]/);
    expectScript(ne, text(ne, '[part=path-step] h5'), /[\u0900-\u097F]/);
    // Names that exist only in English are marked as English.
    expect(sr(ar).querySelector('.path-body .untranslated[lang=en]')).not.toBeNull();
    expect(await axeViolations(ar)).toEqual([]);
    expect(await axeViolations(ne)).toEqual([]);
  });
});
