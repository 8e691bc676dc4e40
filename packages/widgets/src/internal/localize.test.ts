import { afterEach, describe, expect, it } from 'vitest';
import { LitElement } from 'lit';
import type { CatalogueModule } from '@migrant-rights/sdk/i18n';
import { LocalizeController, type CataloguePart } from './localize.js';

function deferred<T>(): { promise: Promise<T>; resolve: (v: T) => void; reject: (e: unknown) => void } {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

const module = (entries: Record<string, string>): CatalogueModule => ({ default: entries, reviewed: true });

/** A first screen's words and an answer's words, each with a Nepali catalogue the test releases by hand. */
function parts() {
  const firstNe = deferred<CatalogueModule[]>();
  const answerNe = deferred<CatalogueModule[]>();
  const first: CataloguePart = { english: [{ 'w.question': 'Where do you work?' }], loaders: { ne: () => firstNe.promise } };
  const answer: CataloguePart = { english: [{ 'w.answer': 'You are owed' }], loaders: { ne: () => answerNe.promise } };
  return { first, answer, firstNe, answerNe };
}

class Host extends LitElement {
  l10n!: LocalizeController;
}
customElements.define('mr-localize-host', Host);

const mounted: HTMLElement[] = [];
function mount(lang: string, part: CataloguePart): Host {
  const wrapper = document.createElement('div');
  wrapper.lang = lang;
  const host = document.createElement('mr-localize-host') as Host;
  host.l10n = new LocalizeController(host, part);
  wrapper.append(host);
  document.body.append(wrapper);
  mounted.push(wrapper);
  return host;
}

afterEach(() => mounted.splice(0).forEach((m) => m.remove()));

describe('LocalizeController parts', () => {
  it('lands the first screen\'s words without waiting for words added later', async () => {
    const { first, answer, firstNe } = parts();
    const { l10n } = mount('ne', first);
    expect(l10n.loading).toBe(true);
    void l10n.add(answer); // the answer's words are asked for while the first screen's are on their way, and never come
    firstNe.resolve([module({ 'w.question': 'तपाईं कहाँ काम गर्नुहुन्छ?' })]);
    await firstNe.promise;
    await Promise.resolve();
    expect(l10n.loading).toBe(false);
    expect(l10n.t('w.question')).toBe('तपाईं कहाँ काम गर्नुहुन्छ?');
    expect(l10n.t('w.answer')).toBe('You are owed'); // English until its own catalogue arrives
  });

  it('resolves add() only once the added words are there, keeping the first screen\'s', async () => {
    const { first, answer, firstNe, answerNe } = parts();
    const { l10n } = mount('ne', first);
    firstNe.resolve([module({ 'w.question': 'तपाईं कहाँ काम गर्नुहुन्छ?' })]);
    let added = false;
    const adding = l10n.add(answer).then(() => (added = true));
    await firstNe.promise;
    await Promise.resolve();
    expect(added).toBe(false);
    answerNe.resolve([module({ 'w.answer': 'तपाईंले पाउनुपर्ने' })]);
    await adding;
    expect(l10n.t('w.answer')).toBe('तपाईंले पाउनुपर्ने');
    expect(l10n.t('w.question')).toBe('तपाईं कहाँ काम गर्नुहुन्छ?');
  });

  it('resolves add() when the added words cannot be fetched, which then show in English', async () => {
    const { first, answer, firstNe, answerNe } = parts();
    const { l10n } = mount('ne', first);
    firstNe.resolve([module({ 'w.question': 'तपाईं कहाँ काम गर्नुहुन्छ?' })]);
    answerNe.reject(new TypeError('Failed to fetch dynamically imported module'));
    await l10n.add(answer);
    expect(l10n.t('w.answer')).toBe('You are owed');
    expect(l10n.t('w.question')).toBe('तपाईं कहाँ काम गर्नुहुन्छ?');
    expect(l10n.loading).toBe(false);
  });

  it('in English, adds words at once without fetching anything', async () => {
    const { first, answer } = parts();
    let fetched = 0;
    const counted: CataloguePart = { english: answer.english, loaders: { ne: () => (fetched++, Promise.resolve([])) } };
    const { l10n } = mount('en', first);
    await l10n.add(counted);
    expect(l10n.t('w.answer')).toBe('You are owed');
    expect(fetched).toBe(0);
  });
});
