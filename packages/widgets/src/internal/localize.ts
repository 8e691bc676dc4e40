import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  dateTimeFormat,
  directionOf,
  matchLocale,
  nearestLang,
  numberFormat,
  translate,
  type Catalogue,
  type CatalogueModule,
  type Coded,
  type Locale,
  type LocalisedText,
  type Params,
  type Translation,
  pickText,
} from '@migrant-rights/sdk/i18n';
import { format as formatMoney, minorDigits, toDecimalString, type Money } from '@migrant-rights/sdk/money';
import { countryName } from '@migrant-rights/sdk/geo';

/** Loads the catalogues one widget needs for one locale (code-split so only that locale is fetched). */
export type CatalogueLoader = () => Promise<CatalogueModule[]>;
export type CatalogueLoaders = Partial<Record<Locale, CatalogueLoader>>;

type Host = ReactiveControllerHost & HTMLElement;

// Loaded catalogues are kept in memory for the page's life: never in storage.
const loaded = new Map<CatalogueLoader, Promise<CatalogueModule[]>>();

// One observer for the whole page: when any `lang` changes, every controller re-resolves.
const controllers = new Set<LocalizeController>();
let observer: MutationObserver | undefined;
function watchLang(): void {
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(() => controllers.forEach((c) => c.refresh()));
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/**
 * The words of one part of a widget: English, bundled with that part so it never shows blank, and
 * lazy loaders for the other locales. A widget's first screen is one part; the words of its answers
 * (the law's wording) come with the code that computes them, as another part, added when it arrives.
 */
export interface CataloguePart {
  english: readonly Catalogue[];
  loaders: CatalogueLoaders;
}

/** Options of the controller: the part the widget's first screen needs. */
export type LocalizeOptions = CataloguePart;

/**
 * Per-element localisation: the locale comes from the nearest `lang` attribute up the tree
 * (through shadow roots), not from a page-wide singleton, so two widgets in different
 * languages can sit side by side.
 */
export class LocalizeController implements ReactiveController {
  locale: Locale = 'en';
  /** True while the first screen's catalogue of a non-English locale is still loading (English shows meanwhile). */
  loading = false;
  reviewed = true;
  /** False while some catalogue for this locale is not translated yet (its text shows in English). */
  complete = true;
  private catalogues: readonly Catalogue[] = [];
  private english: readonly Catalogue[];
  /** The first screen's part, then parts added later, in that order. */
  private readonly parts: CataloguePart[];
  /** Each part's catalogues for `locale`, as they arrive: every part lands on its own, never waiting for another. */
  private arrived = new Map<CataloguePart, CatalogueModule[]>();
  /** Each part's load for `locale`, settled when its catalogues are there (or could not be fetched). */
  private arrivals = new Map<CataloguePart, Promise<void>>();
  private request = 0;

  constructor(
    private readonly host: Host,
    options: LocalizeOptions,
  ) {
    this.parts = [options];
    this.english = options.english;
    host.addController(this);
  }

  hostConnected(): void {
    controllers.add(this);
    watchLang();
    this.refresh();
  }

  hostDisconnected(): void {
    controllers.delete(this);
  }

  /** Re-resolves the locale (called on `lang` changes anywhere on the page). */
  refresh(): void {
    const next = matchLocale(nearestLang(this.host));
    if (next === this.locale && (this.catalogues.length || next === 'en')) return;
    this.locale = next;
    this.request++; // a catalogue still loading for the previous locale must not land now
    this.arrived = new Map();
    this.arrivals = new Map();
    for (const part of this.parts) this.fetchPart(part);
    this.settle();
  }

  /**
   * Adds the words of a part that arrived later (a widget's answers). Resolves once they are there
   * in the reader's locale, so an answer is never shown first in English and then re-worded. The
   * first screen's words keep loading on their own meanwhile.
   */
  add(part: CataloguePart): Promise<void> {
    if (!this.parts.includes(part)) {
      this.parts.push(part);
      this.english = this.parts.flatMap((p) => p.english);
      this.fetchPart(part);
      this.settle();
    }
    return this.arrivals.get(part) ?? Promise.resolve();
  }

  private fetchPart(part: CataloguePart): void {
    const loader = this.locale === 'en' ? undefined : part.loaders[this.locale];
    if (!loader) return;
    const ticket = this.request;
    const landed = (modules: CatalogueModule[]): void => {
      if (ticket !== this.request) return;
      this.arrived.set(part, modules);
      this.arrivals.delete(part);
      this.settle();
    };
    // A missing chunk must not break the widget: that part stays in English.
    this.arrivals.set(part, loadOnce(loader).then(landed, () => landed([])));
  }

  /** Recomputes what shows from the parts that have arrived, and re-renders. */
  private settle(): void {
    const modules = this.parts.flatMap((p) => this.arrived.get(p) ?? []);
    this.catalogues = modules.map((m) => m.default);
    this.reviewed = modules.every((m) => m.reviewed);
    this.complete = modules.every((m) => !(m as { untranslated?: boolean }).untranslated);
    this.loading = this.arrivals.has(this.parts[0]!);
    this.host.requestUpdate();
  }

  /** The message for `id`, with English fallback (flagged so the UI can mark it). */
  message(id: string, params: Params = {}): Translation {
    return translate(id, params, this.locale, this.catalogues, this.english);
  }

  /** The text of a message. */
  t(id: string, params: Params = {}): string {
    return this.message(id, params).text;
  }

  /** Says a code returned by the SDK, formatting Money-like params is the caller's job. */
  say(coded: Coded): string {
    return this.t(coded.code, coded.params ?? {});
  }

  text(value: LocalisedText): Translation {
    return pickText(value, this.locale);
  }

  /** Direction for the widget's own root (we never change the host page's attributes). */
  get dir(): 'ltr' | 'rtl' {
    return directionOf(this.locale);
  }

  money(m: Money): string {
    return formatMoney(m, this.locale);
  }

  /** An amount without its currency sign, in the reader's digits and grouping, exact to the minor unit. */
  decimal(m: Money): string {
    const digits = minorDigits(m.currency);
    return numberFormat(this.locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(toDecimalString(m) as unknown as number);
  }

  number(n: number, options?: Intl.NumberFormatOptions): string {
    return numberFormat(this.locale, options).format(n);
  }

  /** An ISO date (YYYY-MM-DD) in the reader's calendar wording, computed in UTC so no day shifts. */
  date(iso: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }): string {
    const [y, m, d] = iso.split('-').map(Number);
    if (!y || !m) return iso;
    return dateFormatter(this.locale, options).format(Date.UTC(y, m - 1, d || 1));
  }

  country(code: string): string {
    return countryName(code, this.locale);
  }
}

/**
 * A widget's engine (`components/<name>/engine.ts`, what only answers need) once it has arrived and
 * its words are there in the reader's locale, so an answer is never shown first in English.
 */
export async function withWords<E extends { words: CataloguePart }>(l10n: LocalizeController, engine: Promise<E>): Promise<E> {
  const arrived = await engine;
  await l10n.add(arrived.words);
  return arrived;
}

/** Each loader runs once per page; a failure is forgotten so the next ask tries again. */
function loadOnce(loader: CatalogueLoader): Promise<CatalogueModule[]> {
  let promise = loaded.get(loader);
  if (!promise) {
    promise = loader();
    loaded.set(loader, promise);
    promise.catch(() => loaded.delete(loader));
  }
  return promise;
}

// Formatters are built once per locale and options (the SDK's Intl cache): a widget showing many
// sourced facts formats hundreds of dates per render.
function dateFormatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return dateTimeFormat(locale, { ...options, timeZone: 'UTC' });
}
