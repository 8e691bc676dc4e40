import { expectScript } from '../../test-support/locale.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import axe from 'axe-core';
import { frameworksFor, instrumentsOn, membersOn, type FrameworksForCountry, type InstrumentsOnTopic } from '@migrant-rights/sdk/frameworks';
import { todayLocal } from '@migrant-rights/sdk/dates';
import english from '@migrant-rights/sdk/locales/en/frameworks';
import arExplorer from '@migrant-rights/sdk/locales/ar/frameworks-explorer';
import arUi from '@migrant-rights/sdk/locales/ar/ui';
import '../../define/frameworks-explorer.js';
import { MrFrameworksExplorer } from './frameworks-explorer.js';
import { chooseCountry, chooseDate, chooseTopic, currentMode, frameworksNetwork, settle, showView, shownForCountry, shownForTopic, tab } from './frameworks-explorer.fixtures.js';
import { TOPICS, type Topic } from './explorer-model.js';

const mounted: HTMLElement[] = [];

function mount(markup: { lang?: string; attrs?: Record<string, string> } = {}): MrFrameworksExplorer {
  const wrapper = document.createElement('div');
  if (markup.lang) wrapper.lang = markup.lang;
  const el = document.createElement('mr-frameworks-explorer');
  for (const [k, v] of Object.entries(markup.attrs ?? {})) el.setAttribute(k, v);
  wrapper.append(el);
  document.body.append(wrapper);
  mounted.push(wrapper);
  return el;
}

async function localised(el: MrFrameworksExplorer): Promise<void> {
  await vi.waitFor(() => expect((el as unknown as { l10n: { loading: boolean } }).l10n.loading).toBe(false), { timeout: 15_000 });
  await settle(el);
}

function $(el: MrFrameworksExplorer, selector: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(selector);
}

function text(el: MrFrameworksExplorer, selector: string): string {
  return $(el, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

async function axeViolations(el: Element): Promise<string[]> {
  const result = await axe.run(el, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'] });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

function sdkCountry(country: string, on: string): FrameworksForCountry {
  const outcome = frameworksFor(country, on);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return outcome;
}

function sdkTopic(topic: Topic): InstrumentsOnTopic {
  const outcome = instrumentsOn(topic);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return outcome;
}

/** What the SDK says, in the shape the page is read in (process cards, in the SDK's order). */
function expectedFor(r: FrameworksForCountry) {
  const processes = [...new Set(r.roles.map((x) => x.process.id))];
  return {
    roles: processes.map((process) => ({
      process,
      roles: r.roles.filter((x) => x.process.id === process).map((x) => `${x.membership.role}${x.disputed ? ' (disputed)' : ''}`),
      conflict: r.conflicts.some((c) => c.process.id === process),
    })),
    conventions: r.conventions.map((c) => [c.instrument.id, c.status]),
    otherRatified: r.ratified.map((x) => x.instrument.id).filter((id) => !['icrmw', 'c97', 'c143', 'c181', 'c189', 'c190', 'c29', 'p29'].includes(id)),
    upcoming: r.upcoming.map((u) => u.event.id),
    civilSociety: r.civilSociety.map((c) => [c.process.id, c.timing]),
    notes: r.notes.map((n) => english[n.code as keyof typeof english]),
  };
}

beforeEach(async () => {
  await page.viewport(414, 800);
});

afterEach(() => {
  mounted.splice(0).forEach((m) => m.remove());
});

describe('registration', () => {
  it('is defined once and a second define of the same tag never throws', () => {
    expect(customElements.get('mr-frameworks-explorer')).toBe(MrFrameworksExplorer);
    expect(() => MrFrameworksExplorer.define('mr-frameworks-explorer')).not.toThrow();
  });
});

describe('first view', () => {
  it('opens on the country view, dated today on the person’s clock, and asks for a country', async () => {
    const el = mount();
    await settle(el);
    expect(currentMode(el)).toBe('country');
    expect($(el, '#tab-country')!.getAttribute('aria-selected')).toBe('true');
    expect($(el, '#panel-topic')!.hidden).toBe(true);
    expect(el.date).toBe(todayLocal());
    expect(($(el, 'input#date') as HTMLInputElement).value).toBe(todayLocal());
    expect(text(el, '#panel-country .empty')).toBe('Choose a country to see where it stands.');
    expect(el.result).toBeUndefined();
  });

  it('offers the countries by their names in the reader’s language, in its alphabetical order', async () => {
    const el = mount();
    await settle(el);
    const options = [...el.shadowRoot!.querySelectorAll<HTMLOptionElement>('select#country option')].slice(1);
    expect(options.length).toBeGreaterThan(30);
    const names = options.map((o) => o.textContent!.trim());
    expect(names).toEqual([...names].sort(new Intl.Collator('en').compare));
    expect(options.find((o) => o.value === 'NP')!.textContent).toBe('Nepal');
    // Every country the SDK records in the Colombo Process or ASEAN can be picked.
    const codes = options.map((o) => o.value);
    for (const m of [...membersOn('colombo-process', '2025-06-01'), ...membersOn('asean', '2025-10-26')]) expect(codes).toContain(m.membership.country);
  });

  it('opens the topic view from the attributes', async () => {
    const el = mount({ attrs: { mode: 'topic', topic: 'protection' } });
    await settle(el);
    expect(currentMode(el)).toBe('topic');
    expect($(el, '#panel-country')!.hidden).toBe(true);
    expect(shownForTopic(el).instruments).toEqual(sdkTopic('protection').instruments.map((i) => i.id));
  });
});

describe('by country', () => {
  it('Nepal (Colombo Process member): shows exactly what frameworksFor returns, each fact with its source', async () => {
    const el = mount({ attrs: { country: 'np', on: '2025-06-01' } });
    await settle(el);
    const sdk = sdkCountry('NP', '2025-06-01');
    const shown = shownForCountry(el);
    expect(shown.heading).toBe('Nepal on Jun 1, 2025');
    expect(shown).toMatchObject(expectedFor(sdk));
    expect(shown.roles.find((r) => r.process === 'colombo-process')?.roles).toEqual(['member']);
    expect(shown.upcoming).toEqual(['add-mc8-2026', 'imrf-2026', 'add-som-2026']);
    expect(shown.conventions.every(([, status]) => status === 'not-recorded')).toBe(true);
    expect(shown.notes).toContain(english['frameworks.note.notRecordedMeansUnknown']);

    // Every role, meeting and entry point carries its provenance; links are https only.
    const cards = el.shadowRoot!.querySelectorAll('.roles [data-role], .upcoming [data-event], .civil-society [data-process]');
    expect(cards.length).toBe(sdk.roles.length + sdk.upcoming.length + sdk.civilSociety.length);
    for (const card of cards) expect(card.querySelector('[part=provenance]')).not.toBeNull();
    const links = [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((href) => href!.startsWith('https://'))).toBe(true);
  });

  it('shows plain-http research addresses as text, never as links', async () => {
    const el = mount({ attrs: { country: 'NP', on: '2025-06-01' } });
    await settle(el);
    const add = $(el, '.roles [data-process=abu-dhabi-dialogue] [data-role=member]')!;
    const plain = add.querySelector('[part=plain-http] .url')!;
    expect(plain.textContent).toMatch(/^http:\/\/abudhabidialogue\.org\//);
    expect(plain.closest('a')).toBeNull();
    expect(el.shadowRoot!.querySelector('a[href^="http:"]')).toBeNull();
  });

  it('says when a date is known only to a year: Nepal’s Colombo Process membership mid-2024', async () => {
    const el = mount({ attrs: { country: 'NP', on: '2024-06-01' } });
    await settle(el);
    const entry = $(el, '.roles [data-process=colombo-process] [data-role=member]')!;
    expect(entry.querySelector('.period')!.textContent!.trim()).toBe('Reported since 2024 (may have begun earlier)');
    expect(entry.querySelector('.caveat')!.textContent!.trim()).toBe(english['frameworks.certainty.period']);
    expect(sdkCountry('NP', '2024-06-01').roles.find((r) => r.process.id === 'colombo-process')!.certainty).toBe('period');
  });

  it('Qatar (Gulf destination): Abu Dhabi Dialogue member, Colombo Process observer, C29 only recalled and flagged', async () => {
    const el = mount({ attrs: { country: 'QA', on: '2025-06-01' } });
    await settle(el);
    const sdk = sdkCountry('QA', '2025-06-01');
    const shown = shownForCountry(el);
    expect(shown).toMatchObject(expectedFor(sdk));
    expect(shown.roles.find((r) => r.process === 'abu-dhabi-dialogue')?.roles).toEqual(['member']);
    expect(shown.roles.find((r) => r.process === 'colombo-process')?.roles).toEqual(['observer']);
    const c29 = $(el, '.conventions [data-instrument=c29]')!;
    expect(c29.dataset['status']).toBe('recalled-ratified');
    expect(c29.querySelector('[part=verification]')!.textContent!.trim()).toBe('Not verified: we found no reliable source. Check with a lawyer or support group before relying on it.');
    const c189 = $(el, '.conventions [data-instrument=c189]')!;
    expect(c189.querySelector('.status')!.textContent!.trim()).toBe('No ratification recorded in our sources');
    expect(c189.querySelector('[data-finding=none-found]')).not.toBeNull();
    expect(await axeViolations(el)).toEqual([]);
  });

  it('shows a disputed membership as disputed, with the note, next to the preferred reading (Malaysia, Abu Dhabi Dialogue)', async () => {
    const el = mount({ attrs: { country: 'MY', on: '2025-01-01' } });
    await settle(el);
    const sdk = sdkCountry('MY', '2025-01-01');
    expect(shownForCountry(el)).toMatchObject(expectedFor(sdk));
    const card = $(el, '.roles [data-process=abu-dhabi-dialogue]')!;
    expect(card.querySelector('[part=conflict]')!.textContent!.trim()).toBe(english['frameworks.conflict.membership']);
    const disputed = card.querySelector<HTMLElement>('[data-disputed=true]')!;
    expect(disputed.dataset['role']).toBe('observer');
    expect(disputed.querySelector('.badge')!.textContent!.trim()).toBe('Sources disagree');
    const note = sdk.conflicts[0]!.entries.find((e) => e.disputed)!.membership.note!;
    expect(disputed.querySelector('[part=note]')!.textContent).toContain(note);
    // Malaysia's C19 is not a core convention: it is listed under other treaties, with its date.
    expect(shownForCountry(el).otherRatified).toEqual(['c19']);
    expect(await axeViolations(el)).toEqual([]);
  });

  it('ASEAN before and after Timor-Leste’s accession on 2025-10-26 (on attribute)', async () => {
    const before = mount({ attrs: { country: 'TL', on: '2025-10-25' } });
    const after = mount({ attrs: { country: 'TL', on: '2025-10-26' } });
    await Promise.all([settle(before), settle(after)]);
    expect(shownForCountry(before).roles).toEqual([{ process: 'asean', roles: ['observer'], conflict: false }]);
    expect(shownForCountry(after).roles).toEqual([{ process: 'asean', roles: ['member'], conflict: false }]);
    expect(shownForCountry(before)).toMatchObject(expectedFor(sdkCountry('TL', '2025-10-25')));
    expect(shownForCountry(after)).toMatchObject(expectedFor(sdkCountry('TL', '2025-10-26')));
    expect(text(after, '.roles [data-role=member] .period')).toBe('Since Oct 26, 2025');
    // Moving the partner's `on` attribute moves the view.
    after.setAttribute('on', '2025-10-25');
    await settle(after);
    expect(shownForCountry(after).roles[0]!.roles).toEqual(['observer']);
    // Timor-Leste's ICRMW ratification (2004) shows as ratified, with the year only.
    expect(text(after, '.conventions [data-instrument=icrmw] .period')).toBe('Ratification: 2004');
  });

  it('an ASEAN member sees ASEAN’s committee and forum, where civil society takes part (Philippines)', async () => {
    const el = mount({ attrs: { country: 'PH', on: '2025-01-01' } });
    await settle(el);
    const sdk = sdkCountry('PH', '2025-01-01');
    expect(shownForCountry(el)).toMatchObject(expectedFor(sdk));
    expect(shownForCountry(el).civilSociety).toEqual([
      ['colombo-process', 'precedent'],
      ['abu-dhabi-dialogue', 'current'],
      ['afml', 'current'],
      ['gcm', 'current'],
    ]);
    expect(text(el, '.civil-society [data-process=colombo-process]')).toContain('Named in sources: Migrant Forum in Asia (MFA)');
  });

  it('a country with no recorded role (Fiji, preset by the page) sees the global review moments and says so', async () => {
    const el = mount({ attrs: { country: 'FJ', on: '2025-06-01' } });
    await settle(el);
    const sdk = sdkCountry('FJ', '2025-06-01');
    expect(($(el, 'select#country') as HTMLSelectElement).value).toBe('FJ');
    expect(shownForCountry(el)).toMatchObject(expectedFor(sdk));
    expect(shownForCountry(el).roles).toEqual([]);
    expect(shownForCountry(el).upcoming).toEqual(['imrf-2026']);
    expect(shownForCountry(el).notes).toContain(english['frameworks.note.noRoleRecorded']);
  });

  it('keeps an emptied date as typed and says what is missing next to the field', async () => {
    const el = mount({ attrs: { country: 'NP', on: '2025-06-01' } });
    await settle(el);
    await chooseDate(el, '');
    const input = $(el, 'input#date') as HTMLInputElement;
    expect(input.value).toBe('');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toContain('date-error');
    expect(text(el, '#date-error')).toBe('Choose a date.');
    expect($(el, '#panel-country [part=result]')).toBeNull();
    await chooseDate(el, '2025-10-26');
    expect(el.on).toBe('2025-10-26');
    expect(shownForCountry(el).heading).toBe('Nepal on Oct 26, 2025');
  });
});

describe('by topic', () => {
  it('fees: the instruments and GCM objectives instrumentsOn returns, with short titles and sources', async () => {
    const el = mount({ attrs: { mode: 'topic' } });
    await settle(el);
    expect(text(el, '#panel-topic .empty')).toBe('Choose a topic to see the agreements about it.');
    await chooseTopic(el, 'fees');
    const sdk = sdkTopic('fees');
    const shown = shownForTopic(el);
    expect(shown.heading).toBe(english['frameworks.topic.fees']);
    expect(shown.instruments).toEqual(sdk.instruments.map((i) => i.id));
    expect(shown.instruments).toEqual(expect.arrayContaining(['c181', 'ilo-fair-recruitment-principles', 'ilo-recruitment-fees-definition']));
    expect(shown.objectives).toEqual(sdk.gcmObjectives.map((o) => o.number));
    expect(shown.objectiveTitles).toEqual(sdk.gcmObjectives.map((o) => `Goal ${o.number}: ${o.shortTitle.en}`));
    expect(shown.objectiveTitles).toContain('Goal 6: Recruitment and decent work');
    expect(text(el, '#panel-topic [part=notes]')).toBe(english['frameworks.note.editorialTopics']);
    for (const card of el.shadowRoot!.querySelectorAll('#panel-topic [data-instrument], #panel-topic [data-objective]')) {
      expect(card.querySelector('[part=provenance]')).not.toBeNull();
    }
    // C181's article and year are from memory: flagged as not verified.
    expect($(el, '[data-instrument=c181] [part=verification].unverified')).not.toBeNull();
    expect(text(el, '[data-instrument=c181] .period')).toBe('Adopted: 1997');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('hands over to the tool for each topic with mr-navigate', async () => {
    const el = mount({ attrs: { mode: 'topic', country: 'NP' } });
    const seen: CustomEvent[] = [];
    el.addEventListener('mr-navigate', (e) => seen.push(e as CustomEvent));
    const expected = { fees: 'fee-checker', wages: 'wage-calculator', pathways: 'complaint-pathway', protection: 'social-protection', cases: 'case-form' } as const;
    for (const topic of TOPICS) {
      await chooseTopic(el, topic);
      expect(shownForTopic(el).instruments).toEqual(sdkTopic(topic).instruments.map((i) => i.id));
      $(el, 'button.hand-off')!.click();
      expect(seen.at(-1)!.detail).toEqual({ to: expected[topic], topic, country: 'NP' });
    }
    expect(seen).toHaveLength(TOPICS.length);
    expect(seen[0]!.bubbles && seen[0]!.composed && seen[0]!.cancelable).toBe(true);
  });
});

describe('selection events', () => {
  it('emits mr-change with { mode, country, topic } when the person changes a choice, not when the page sets one', async () => {
    const el = mount({ attrs: { country: 'QA' } });
    const seen: unknown[] = [];
    el.addEventListener('mr-change', (e) => seen.push((e as CustomEvent).detail));
    await settle(el);
    el.setAttribute('country', 'NP');
    await settle(el);
    expect(seen).toEqual([]);
    await chooseCountry(el, 'BD');
    await showView(el, 'topic');
    await chooseTopic(el, 'wages');
    await showView(el, 'topic'); // already there: no change
    await showView(el, 'country');
    expect(seen).toEqual([
      { mode: 'country', country: 'BD', topic: '' },
      { mode: 'topic', country: 'BD', topic: '' },
      { mode: 'topic', country: 'BD', topic: 'wages' },
      { mode: 'country', country: 'BD', topic: 'wages' },
    ]);
    expect(el.country).toBe('BD');
  });
});

describe('keyboard', () => {
  it('the tab list is one tab stop; arrows, Home and End move and select', async () => {
    const el = mount({ attrs: { country: 'NP', on: '2025-06-01' } });
    await settle(el);
    const focused = () => el.shadowRoot!.activeElement?.id;
    expect(tab(el, 'country').tabIndex).toBe(0);
    expect(tab(el, 'topic').tabIndex).toBe(-1);
    tab(el, 'country').focus();
    await userEvent.keyboard('{ArrowRight}');
    await settle(el);
    expect(focused()).toBe('tab-topic');
    expect(currentMode(el)).toBe('topic');
    expect(tab(el, 'topic').getAttribute('aria-selected')).toBe('true');
    expect($(el, '#panel-topic')!.hidden).toBe(false);
    await userEvent.keyboard('{ArrowRight}'); // wraps round
    await settle(el);
    expect(focused()).toBe('tab-country');
    await userEvent.keyboard('{End}');
    await settle(el);
    expect([focused(), currentMode(el)]).toEqual(['tab-topic', 'topic']);
    await userEvent.keyboard('{Home}');
    await settle(el);
    expect([focused(), currentMode(el)]).toEqual(['tab-country', 'country']);
    await userEvent.keyboard('{ArrowLeft}');
    await settle(el);
    expect([focused(), currentMode(el)]).toEqual(['tab-topic', 'topic']);
    // Tab leaves the tab list for the panel's first control.
    await userEvent.keyboard('{ArrowLeft}');
    await settle(el);
    await userEvent.keyboard('{Tab}');
    expect(focused()).toBe('country');
  });

  it('mirrors the arrow keys right-to-left', async () => {
    const el = mount({ lang: 'ar' });
    await settle(el);
    expect($(el, '[part=base]')!.getAttribute('dir')).toBe('rtl');
    tab(el, 'country').focus();
    await userEvent.keyboard('{ArrowLeft}');
    await settle(el);
    expect(el.shadowRoot!.activeElement?.id).toBe('tab-topic');
    await userEvent.keyboard('{ArrowRight}');
    await settle(el);
    expect(el.shadowRoot!.activeElement?.id).toBe('tab-country');
  });
});

describe('small screens, accessibility, privacy', () => {
  it('has no axe violations and no horizontal scroll at 320 px, in both views', async () => {
    await page.viewport(320, 640);
    const el = mount({ attrs: { country: 'MY', on: '2025-01-01' } });
    await settle(el);
    expect(await axeViolations(el)).toEqual([]);
    expect(el.scrollWidth).toBeLessThanOrEqual(320);
    await showView(el, 'topic');
    await chooseTopic(el, 'protection');
    expect(await axeViolations(el)).toEqual([]);
    expect(el.scrollWidth).toBeLessThanOrEqual(320);
    const empty = mount();
    await settle(empty);
    expect(await axeViolations(empty)).toEqual([]);
  });

  it('writes nothing to cookies or storage', async () => {
    const before = { cookie: document.cookie, local: localStorage.length, session: sessionStorage.length };
    const el = mount();
    await chooseCountry(el, 'QA');
    await showView(el, 'topic');
    await chooseTopic(el, 'cases');
    expect({ cookie: document.cookie, local: localStorage.length, session: sessionStorage.length }).toEqual(before);
  });

  it('forgets the person’s choices on quick exit (clearState), back to the page’s presets', async () => {
    const el = mount({ attrs: { on: '2025-06-01' } });
    await chooseCountry(el, 'NP');
    await chooseDate(el, '2024-01-15');
    await showView(el, 'topic');
    await chooseTopic(el, 'fees');
    el.clearState();
    await settle(el);
    expect(currentMode(el)).toBe('country');
    expect(el.country).toBe('');
    expect(el.topic).toBe('');
    expect(el.date).toBe('2025-06-01');
    expect(($(el, 'select#country') as HTMLSelectElement).value).toBe('');
    expect(el.shadowRoot!.querySelector('[part=result]')).toBeNull();
  });
});

describe('localisation per element', () => {
  it('names countries in the reader’s language whatever the catalogue', async () => {
    const el = mount({ lang: 'ar' });
    await settle(el);
    const nepal = el.shadowRoot!.querySelector<HTMLOptionElement>('select#country option[value=NP]')!;
    expect(nepal.textContent).toMatch(/[\u0600-\u06FF]/);
  });

  it('follows the nearest lang: Arabic is right-to-left, Nepali in Devanagari, side by side', async () => {
    const ar = mount({ lang: 'ar', attrs: { country: 'QA', on: '2025-06-01' } });
    const ne = mount({ lang: 'ne', attrs: { country: 'NP', on: '2025-06-01' } });
    const en = mount({ attrs: { country: 'NP', on: '2025-06-01' } });
    await Promise.all([localised(ar), localised(ne), localised(en)]);
    expect($(ar, '[part=base]')!.getAttribute('dir')).toBe('rtl');
    expectScript(ar, text(ar, '#title'), /[\u0600-\u06FF]/);
    expectScript(ar, text(ar, '#tab-country'), /[\u0600-\u06FF]/);
    expectScript(ar, text(ar, '.conventions [data-instrument=c189] .status'), /[\u0600-\u06FF]/);
    expect($(ne, '[part=base]')!.getAttribute('dir')).toBe('ltr');
    expectScript(ne, text(ne, '#title'), /[\u0900-\u097F]/);
    expectScript(ne, text(ne, '.roles [data-role=member] strong'), /[\u0900-\u097F]/);
    expect(text(en, '#title')).toBe('Agreements on migrant workers’ rights');
    expect(await axeViolations(ar)).toEqual([]);
  });
});

describe('the frameworks data, fetched once something is chosen', () => {
  it('the first screen fetches nothing; the first choice fetches the one chunk, the same whatever is chosen', async () => {
    const el = mount();
    const net = frameworksNetwork(el);
    await settle(el);
    await showView(el, 'topic');
    await showView(el, 'country');
    expect(net.fetched).toEqual([]);
    expect(el.shadowRoot!.querySelectorAll('select#country option').length).toBeGreaterThan(30);
    await chooseCountry(el, 'QA');
    expect(net.fetched).toEqual(['frameworks']);
    expect(shownForCountry(el).heading).toMatch(/^Qatar on /);
    await chooseCountry(el, 'NP');
    await showView(el, 'topic');
    await chooseTopic(el, 'wages');
    expect(net.fetched).toEqual(['frameworks']);
    expect(shownForTopic(el).instruments).toEqual(sdkTopic('wages').instruments.map((i) => i.id));
  });

  it('while the data is on its way the panel is busy and says so politely; then the answer shows', async () => {
    const el = mount({ attrs: { mode: 'topic' } });
    const net = frameworksNetwork(el);
    await settle(el);
    let arrive!: () => void;
    net.hold = new Promise<void>((resolve) => (arrive = resolve));
    const radio = el.shadowRoot!.querySelector<HTMLInputElement>('input[type=radio][value=cases]')!;
    radio.click();
    await vi.waitFor(() => expect($(el, '#panel-topic')!.getAttribute('aria-busy')).toBe('true'));
    expect(text(el, '#panel-topic .waiting')).toBe('Loading the agreements…');
    expect(text(el, '[role=status]')).toBe('Loading the agreements…');
    expect($(el, '[role=alert]')).toBeNull();
    expect(radio.checked).toBe(true);
    expect(await axeViolations(el)).toEqual([]);
    arrive();
    await settle(el);
    expect($(el, '#panel-topic')!.getAttribute('aria-busy')).toBe('false');
    expect($(el, '#panel-topic .waiting')).toBeNull();
    expect(shownForTopic(el).instruments).toEqual(sdkTopic('cases').instruments.map((i) => i.id));
    expect(text(el, '[role=status]')).toBe(`Showing agreements about: ${english['frameworks.topic.cases']}.`);
  });

  it('offline: says so in the reader’s language with “Try again”, keeps every choice, and recovers once online', async () => {
    const el = mount({ lang: 'ar', attrs: { on: '2025-06-01' } });
    await localised(el);
    const net = frameworksNetwork(el, { offline: true });
    await chooseCountry(el, 'NP');
    const alert = () => $(el, '#panel-country [part=error][role=alert]');
    expect(alert()).not.toBeNull();
    expect(text(el, '#panel-country [role=alert] p')).toBe(arExplorer['frameworksExplorer.unavailable']);
    expect(text(el, '#panel-country button.retry')).toBe(arUi['ui.tryAgain']);
    expect($(el, '#panel-country')!.getAttribute('aria-busy')).toBe('false');
    expect($(el, '[part=result]')).toBeNull();
    expect(($(el, 'select#country') as HTMLSelectElement).value).toBe('NP');
    expect(el.date).toBe('2025-06-01');
    expect(await axeViolations(el)).toEqual([]);
    // The next attempt (a new date) asks again; still offline, the choices stay.
    await chooseDate(el, '2024-06-01');
    expect(net.fetched).toEqual(['frameworks', 'frameworks']);
    expect(alert()).not.toBeNull();
    expect(($(el, 'input#date') as HTMLInputElement).value).toBe('2024-06-01');
    expect(($(el, 'select#country') as HTMLSelectElement).value).toBe('NP');
    // Back online, "Try again" brings the answer for the choices kept, in Arabic.
    net.online = true;
    $(el, '#panel-country button.retry')!.click();
    await settle(el);
    expect(net.fetched).toEqual(['frameworks', 'frameworks', 'frameworks']);
    expect(alert()).toBeNull();
    const { notes: _englishNotes, ...expected } = expectedFor(sdkCountry('NP', '2024-06-01'));
    expect(shownForCountry(el)).toMatchObject(expected);
    expectScript(el, text(el, '.conventions [data-instrument=c189] .status'), /[\u0600-\u06FF]/);
  });

  it('words the first answer shown in the reader’s language: the frameworks wording arrives with the data (Nepali)', async () => {
    const wrapper = document.createElement('div');
    wrapper.lang = 'ne';
    const el = document.createElement('mr-frameworks-explorer') as MrFrameworksExplorer;
    el.setAttribute('country', 'NP');
    el.setAttribute('on', '2025-06-01');
    let first: { status: string; role: string; notes: string } | undefined;
    el.addController({
      hostUpdated: () => {
        if (first || !el.shadowRoot!.querySelector('#panel-country [part=result]')) return;
        first = {
          status: text(el, '.conventions [data-instrument=c189] .status'),
          role: text(el, '.roles [data-role=member] strong'),
          notes: text(el, '#panel-country [part=notes]'),
        };
      },
    });
    wrapper.append(el);
    document.body.append(wrapper);
    mounted.push(wrapper);
    await localised(el);
    expect(first).toBeDefined();
    for (const shown of Object.values(first!)) expectScript(el, shown, /[\u0900-\u097F]/);
    // Nothing of the frameworks wording shows in English first (the notes name ILO's NORMLEX, in Latin letters).
    expect([first!.status, first!.role]).toEqual([expect.not.stringMatching(/[A-Za-z]/), expect.not.stringMatching(/[A-Za-z]/)]);
    expect(first!.notes).not.toContain(english['frameworks.note.notRecordedMeansUnknown']);
  });
});
