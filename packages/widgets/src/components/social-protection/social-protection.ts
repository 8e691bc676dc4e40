import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type {
  AgreementMatch,
  BranchCoverage,
  Condition,
  CoverageItem,
  CoverageLevel,
  CoverageMatrix,
  DestinationComparison,
  ExtraCoverage,
  FactProvenance,
  SideCoverage,
} from '@migrant-rights/sdk/protection/core';
import type { CountryProtection } from '@migrant-rights/sdk/protection/core';
import { todayLocal } from '@migrant-rights/sdk/dates';
import { listFormat } from '@migrant-rights/sdk/i18n';
import type { LocalisedText } from '@migrant-rights/sdk/i18n';
import { MrElement } from '../../internal/mr-element.js';
import { LocalizeController, withWords } from '../../internal/localize.js';
import { emit } from '../../internal/events.js';
import { icon } from '../../internal/icons.js';
import { renderUnreachable, unreachableStyles } from '../../internal/unreachable.js';
import { renderProvenance } from '../../internal/provenance-view.js';
import { provenanceStyles } from '../../internal/provenance-styles.js';
import { baseStyles } from '../../internal/styles.js';
import { layoutStyles } from '../../internal/layout-styles.js';
import { formStyles, choiceStyles } from '../../internal/form-styles.js';
import { resultStyles } from '../../internal/result-styles.js';
import { copyText, selectContents } from '../../internal/clipboard.js';
import { OnDemand } from '../../internal/on-demand.js';
import { socialProtectionStyles } from './social-protection.styles.js';
import { catalogues, english } from './social-protection.locales.js';
import { levelIcon } from './protection-icons.js';
import {
  EVERY_COUNTRY,
  WORKER_CATEGORIES,
  asCountry,
  compareSentence,
  comparisonFor,
  countryKeys,
  dataFor,
  destinationOptions,
  gapsSentence,
  matrixFor,
  normaliseSelection,
  originOptions,
  resultHeading,
  sayCondition,
  type CountryKey,
  type ProtectionEngine,
  type Selection,
  type WorkerCategory,
} from './protection-model.js';
import { protectionSummary } from './summary.js';

/** `detail` of `mr-change`: the person's current choices ('' when not chosen). No names, no identifiers. */
export type MrProtectionChangeDetail = Selection;

/**
 * What protects a migrant worker in each of the nine branches of social security (ILO C102:
 * medical care, sickness, unemployment, old age, employment injury, family, maternity,
 * invalidity, survivors), where they work and from their home country, on a given day; and,
 * above all, where nothing does. A matrix on wide screens, an area-by-area list on phones; a
 * second country of work side by side; other help (unpaid wages, repatriation) and portability
 * agreements below. Every cell shows its scheme, conditions, source, date and verification.
 * Runs entirely in the page: no network, no cookies, no storage.
 *
 * @tag mr-social-protection
 * @summary Social protection for a migrant worker, branch by branch, with the gaps made visible.
 *
 * @event mr-change - The person changed a choice. `detail: { origin, destination, compare, workerCategory }` ('' when not chosen).
 *
 * @csspart base - The widget's root.
 * @csspart form - The choices (countries, kind of work).
 * @csspart field - Each label + control group.
 * @csspart result - Everything shown for the current choices.
 * @csspart gaps - The gaps summary at the top.
 * @csspart gap-summary - The sentence counting the areas with no known cover.
 * @csspart gap-marker - The "No known cover" mark on an area.
 * @csspart level - A coverage level (icon + words).
 * @csspart matrix - The area-by-area section (table on wide screens, list on phones).
 * @csspart table - The matrix and comparison tables.
 * @csspart compare - The side-by-side comparison.
 * @csspart extras - Other help for migrant workers.
 * @csspart agreements - Agreements between countries.
 * @csspart actions - The row of buttons.
 * @csspart button - Every button.
 * @csspart error - A problem with the widget's settings, or a country's data that could not be fetched.
 * @csspart provenance - Source, date and verification of a fact.
 * @csspart verification - The "not verified" or "secondary source" flag.
 * @csspart note - A note about sources.
 *
 * @cssprop --mr-color-primary - Buttons, links. Default #0b5cad.
 * @cssprop --mr-color-on-primary - Text on primary. Default #ffffff.
 * @cssprop --mr-color-surface - Background. Default #ffffff.
 * @cssprop --mr-color-text - Text. Default #1b1b1f.
 * @cssprop --mr-color-muted - Secondary text and borders. Default #4a4f57.
 * @cssprop --mr-color-danger - Gaps ("no known cover") and errors. Default #b3261e.
 * @cssprop --mr-color-warning - Unverified facts and differences. Default #7a4b00.
 * @cssprop --mr-color-success - Cover by law. Default #1e6b34.
 * @cssprop --mr-font-family - Font. Inherits the page's by default.
 * @cssprop --mr-font-size - Base size. Default 1rem.
 * @cssprop --mr-radius - Corner radius. Default 0.5rem.
 * @cssprop --mr-space - Base spacing. Default 0.75rem.
 * @cssprop --mr-focus-ring - Focus outline. Default 3px solid #ffbf47.
 */
export class MrSocialProtection extends MrElement {
  static override styles = [baseStyles, provenanceStyles, layoutStyles, formStyles, choiceStyles, unreachableStyles, resultStyles, socialProtectionStyles];

  /** Home country (ISO 3166-1 alpha-2), e.g. `NP`. Optional. */
  @property() origin = '';

  /** Country of work (ISO 3166-1 alpha-2), e.g. `MY`. */
  @property() destination = '';

  /** A second country of work to compare side by side, e.g. `SG`. Optional. */
  @property() compare = '';

  /** Kind of work: `general` or `domestic`. Default `general`. */
  @property({ attribute: 'worker-category' }) workerCategory: WorkerCategory = 'general';

  /** The day to look at (ISO `YYYY-MM-DD`). Default: today on the person's clock. */
  @property() on = '';

  /**
   * Which countries' law to fetch once a country is chosen. `all` (default): every country's, so the
   * server that hosts these files cannot tell which country a worker chose. `chosen`: only that
   * country's, to save data on metered phones; the host can then tell.
   */
  @property({ attribute: 'law-download' }) lawDownload: 'all' | 'chosen' = 'all';

  @state() private copied = false;
  /** The summary, shown and selected only when the clipboard is blocked. */
  @state() private summaryShown = '';

  private readonly l10n = new LocalizeController(this, { english, loaders: catalogues });
  /** The rules and their wording, fetched with the first country's data (see `engine.ts`). */
  private engine: ProtectionEngine | undefined;
  /** Each country's protection data is its own chunk, fetched once the country is chosen. */
  private readonly countries = new OnDemand<CountryProtection>(
    this,
    async (key) => {
      const [side, code] = key.split(':') as ['destination' | 'origin', string];
      const engine = await withWords(this.l10n, import('./engine.js'));
      this.engine = engine;
      return engine.loadCountryProtection(side, code);
    },
    { together: () => (this.lawDownload === 'chosen' ? [] : EVERY_COUNTRY) },
  );

  /** The day shown: `on`, or today. */
  get date(): string {
    return this.on.trim() || todayLocal();
  }

  /** The person's current choices, as `mr-change` reports them. */
  get selection(): Selection {
    return normaliseSelection(this);
  }

  /** The SDK's coverage matrix behind the view (read-only); undefined until a destination is chosen and its data has arrived. */
  get result(): CoverageMatrix | undefined {
    return this.engine && this.arrived() ? matrixFor(this.engine, this.selection, this.date, this.data(this.engine)) : undefined;
  }

  /** The SDK's comparison behind the side-by-side view (read-only), when a second country is chosen. */
  get comparison(): DestinationComparison | undefined {
    return this.engine && this.arrived() ? comparisonFor(this.engine, this.selection, this.date, this.data(this.engine)) : undefined;
  }

  /** Where the data of the chosen countries stands: all arrived, some on the way, or some unreachable. */
  private dataStatus(): 'ready' | 'loading' | 'failed' {
    const states = countryKeys(this.selection).map((k) => this.countries.status(k));
    return states.includes('failed') ? 'failed' : states.every((st) => st === 'ready') ? 'ready' : 'loading';
  }

  private arrived(): boolean {
    return this.dataStatus() === 'ready';
  }

  private data(engine: ProtectionEngine) {
    return dataFor(engine, this.selection, (key: CountryKey) => this.countries.peek(key));
  }

  /** Asks again for the countries that could not be fetched (the device may be back online). */
  private retry(): void {
    for (const key of countryKeys(this.selection)) if (this.countries.status(key) === 'failed') this.countries.get(key).catch(() => undefined);
  }

  /** The chosen countries' data in flight (not the others fetched with it), so the result is on screen when `updateComplete` resolves. */
  protected override pendingWork(): ReadonlyArray<Promise<unknown> | undefined> {
    return countryKeys(this.selection)
      .filter((key) => this.countries.status(key) === 'loading')
      .map((key) => this.countries.get(key));
  }

  /** Forgets the person's choices (used by `<mr-quick-exit>`): back to the page's presets. */
  override clearState(): void {
    this.origin = this.getAttribute('origin') ?? '';
    this.destination = this.getAttribute('destination') ?? '';
    this.compare = this.getAttribute('compare') ?? '';
    this.workerCategory = (this.getAttribute('worker-category') as WorkerCategory | null) ?? 'general';
    this.copied = false;
    this.summaryShown = '';
  }

  override willUpdate(changed: PropertyValues<this>): void {
    for (const key of countryKeys(this.selection)) this.countries.prefetch(key);
    // A summary copied or shown for other choices must not linger next to the new result.
    if (['origin', 'destination', 'compare', 'workerCategory', 'on'].some((k) => changed.has(k as keyof MrSocialProtection))) {
      this.copied = false;
      this.summaryShown = '';
    }
  }

  // ---- state changes ------------------------------------------------------------------------

  private choose(change: Partial<Selection>): void {
    const before = this.selection;
    if (change.origin !== undefined) this.origin = change.origin;
    if (change.destination !== undefined) {
      this.destination = change.destination;
      // Comparing a country with itself is no comparison.
      if (asCountry(this.compare) === asCountry(change.destination)) this.compare = '';
    }
    if (change.compare !== undefined) this.compare = change.compare;
    if (change.workerCategory !== undefined) this.workerCategory = change.workerCategory;
    const after = this.selection;
    if (JSON.stringify(after) !== JSON.stringify(before)) emit<MrProtectionChangeDetail>(this, 'mr-change', after);
  }

  private async copySummary(m: CoverageMatrix, c: DestinationComparison | undefined): Promise<void> {
    const text = protectionSummary(this.l10n, m, c);
    this.copied = await copyText(text);
    if (this.copied) return;
    this.summaryShown = text;
    await this.updateComplete;
    selectContents(this.renderRoot.querySelector<HTMLElement>('#summary-text'));
  }

  // ---- small renderers ----------------------------------------------------------------------

  private t(id: string, params: Record<string, string | number> = {}): string {
    return this.l10n.t(id, params);
  }

  private say(condition: Condition): string {
    return sayCondition(this.engine!, this.l10n, condition); // conditions come from the engine's answers only
  }

  /** Data text in the reader's language where we have it; marked as English where we do not. */
  private text(value: LocalisedText): TemplateResult {
    const tr = this.l10n.text(value);
    return html`<span lang=${tr.locale === this.l10n.locale ? nothing : tr.locale} dir=${tr.locale === this.l10n.locale ? nothing : 'auto'}>${tr.text}</span>${tr.fallback
        ? html` <span class="untranslated">${this.t('socialProtection.untranslated')}</span>`
        : nothing}`;
  }

  private level(level: CoverageLevel, cls = ''): TemplateResult {
    return html`<span class="level level-${level} ${cls}" part="level" data-level=${level}>${levelIcon(level)}<span>${this.t(`protection.level.${level}`)}</span></span>`;
  }

  private gapMarker(): TemplateResult {
    return html`<span class="gap-marker" part="gap-marker">${levelIcon('gap')}<span>${this.t('socialProtection.noCover')}</span></span>`;
  }

  /**
   * When a fact applies from, honestly: "in force by" for a lower bound, "about" for an
   * approximate date, otherwise the shared "in force since" of the provenance line.
   */
  private sourced(fact: FactProvenance, schemeNote?: string): TemplateResult {
    const certainty = fact.effectiveFromCertainty;
    return html`${certainty
        ? html`<p class="dated ${certainty}">${icon('calendar')}<span>${this.t(`protection.dateCertainty.${certainty}`, { date: this.l10n.date(fact.effectiveFrom) })}</span></p>`
        : nothing}
      ${fact.effectiveTo ? html`<p class="dated">${icon('calendar')}<span>${this.t('socialProtection.until', { date: this.l10n.date(fact.effectiveTo) })}</span></p>` : nothing}
      ${schemeNote && schemeNote !== fact.note
        ? html`<p class="note scheme-note" part="note"><span>${this.t('socialProtection.schemeNote')}</span> <span lang="en" dir="auto">${schemeNote}</span></p>`
        : nothing}
      ${renderProvenance(this.l10n, {
        sources: fact.sources,
        verification: fact.verification,
        ...(certainty ? {} : { effectiveFrom: fact.effectiveFrom }),
        ...(fact.note ? { note: fact.note } : {}),
      })}`;
  }

  private conditions(list: readonly Condition[]): TemplateResult | typeof nothing {
    return list.length ? html`<ul class="conditions">${list.map((c) => html`<li data-code=${c.code}>${this.say(c)}</li>`)}</ul>` : nothing;
  }

  private renderItem(item: CoverageItem, showLevel: boolean): TemplateResult {
    return html`<li class="item" data-level=${item.level} data-scheme=${item.scheme?.id ?? ''} data-verification=${item.verification}>
      ${item.scheme || showLevel
        ? html`<p class="item-head">
            ${item.scheme ? html`<strong class="scheme">${this.text(item.scheme.name)}</strong>` : nothing}
            ${showLevel ? this.level(item.level, 'small') : nothing}
          </p>`
        : nothing}
      ${item.reason ? html`<p class="reason">${this.say(item.reason)}</p>` : nothing}
      ${this.conditions(item.conditions)}
      ${this.sourced(item, item.scheme?.note)}
    </li>`;
  }

  /** One side of one area: its level, then every scheme or finding behind it (or why nothing is known). */
  private renderSide(side: SideCoverage, which: 'destination' | 'origin', label?: string): TemplateResult {
    return html`<div class="side" data-side=${which} data-country=${side.country} data-level=${side.level}>
      ${label ? html`<p class="side-label">${label}</p>` : nothing}
      ${this.level(side.level)}
      ${side.items.length
        ? html`<ul class="items">${side.items.map((i) => this.renderItem(i, side.items.length > 1))}</ul>`
        : side.reason
          ? html`<p class="reason">${icon('info')}<span>${this.say(side.reason)}</span></p>`
          : nothing}
    </div>`;
  }

  // ---- rendering ----------------------------------------------------------------------------

  override render(): TemplateResult {
    const s = this.selection;
    const status = this.dataStatus();
    const engine = this.engine;
    const m = engine && status === 'ready' ? matrixFor(engine, s, this.date, this.data(engine)) : undefined;
    const c = engine && m?.valid ? comparisonFor(engine, s, this.date, this.data(engine)) : undefined;
    return html`<section part="base" class="base" dir=${this.l10n.dir} lang=${this.l10n.locale} aria-labelledby="title" aria-busy=${this.l10n.loading || status === 'loading' ? 'true' : 'false'}>
      <h2 id="title" class="title">${levelIcon('mandatory')}<span>${this.t('socialProtection.title')}</span></h2>
      ${this.l10n.reviewed ? nothing : html`<p class="translation-note">${this.t('ui.translationDraft')}</p>`}
      ${this.l10n.loading ? html`<p class="loading">${this.t('socialProtection.loading')}</p>` : nothing}
      <p class="intro">${this.t('socialProtection.intro')}</p>
      ${this.renderForm(s)}
      ${m ? this.renderResult(m, c) : s.destination ? this.renderWaiting(status) : html`<p class="empty">${this.t('socialProtection.empty')}</p>`}
      <p class="visually-hidden" role="status">${m?.valid ? gapsSentence(this.l10n, m) : ''}</p>
      <p class="privacy">${this.t('ui.privacy')}</p>
    </section>`;
  }

  /** While a chosen country's data is on its way, or when it could not be fetched (offline). */
  private renderWaiting(status: 'ready' | 'loading' | 'failed'): TemplateResult {
    if (status === 'failed') {
      return renderUnreachable(this.l10n, this.t('error.dataUnavailable'), () => this.retry());
    }
    return html`<p class="waiting" role="status">${this.t('ui.loadingData')}</p>`;
  }

  private renderForm(s: Selection): TemplateResult {
    const destinations = destinationOptions(this.l10n, s.destination);
    const origins = originOptions(this.l10n, s.origin);
    const others = destinationOptions(this.l10n, s.compare).filter((o) => o.code !== s.destination);
    const select = (id: keyof Selection, value: string, list: typeof destinations, empty: string, hint?: string) => html`<div class="field" part="field">
      <label for=${id}>${this.t(`socialProtection.field.${id}`)}</label>
      ${hint ? html`<p class="field-hint" id=${`${id}-hint`}>${hint}</p>` : nothing}
      <select id=${id} name=${id} aria-describedby=${hint ? `${id}-hint` : nothing} @change=${(e: Event) => this.choose({ [id]: (e.target as HTMLSelectElement).value })}>
        <option value="" ?selected=${!value}>${empty}</option>
        ${list.map((o) => html`<option value=${o.code} ?selected=${o.code === value}>${o.name}</option>`)}
      </select>
    </div>`;
    return html`<form class="choices no-print" part="form" @submit=${(e: Event) => e.preventDefault()}>
      ${select('destination', s.destination, destinations, this.t('ui.choose'))}
      ${select('origin', s.origin, origins, this.t('socialProtection.option.noOrigin'), this.t('socialProtection.hint.origin'))}
      <fieldset class="field" part="field">
        <legend>${this.t('socialProtection.field.category')}</legend>
        <div class="radios">
          ${WORKER_CATEGORIES.map(
            (cat) => html`<label class="choice">
              <input type="radio" name="category" id=${`category-${cat}`} .value=${cat} .checked=${s.workerCategory === cat} @change=${() => this.choose({ workerCategory: cat })} />
              <span>${this.t(`socialProtection.category.${cat}`)}</span>
            </label>`,
          )}
        </div>
      </fieldset>
      ${s.destination ? select('compare', s.compare, others, this.t('socialProtection.option.noCompare'), this.t('socialProtection.hint.compare')) : nothing}
    </form>`;
  }

  private renderResult(m: CoverageMatrix, c: DestinationComparison | undefined): TemplateResult {
    const q = m.query;
    return html`<div class="result" part="result" data-destination=${q.destination} data-origin=${q.origin ?? ''} data-category=${q.workerCategory} data-on=${q.on}>
      <h3 id="result-heading">${m.valid ? resultHeading(this.l10n, m) : this.t('socialProtection.problems')}</h3>
      ${m.valid
        ? html`${this.renderNotices(m.notices)} ${this.renderGaps(m)}
            <div class="actions no-print" part="actions">
              <button type="button" part="button" class="copy" @click=${() => this.copySummary(m, c)}>${icon('copy')}<span>${this.t('ui.copy')}</span></button>
              <button type="button" part="button" class="secondary print" @click=${() => print()}>${icon('print')}<span>${this.t('ui.print')}</span></button>
            </div>
            <p class="copied" role="status">${this.copied ? this.t('ui.copied') : ''}</p>
            ${c ? this.renderCompare(c) : nothing} ${this.renderMatrix(m)} ${this.renderExtras(m.extras, 'extras', this.t('socialProtection.section.extras'))}
            ${this.renderAgreements(m.agreements)}
            ${this.summaryShown ? html`<pre id="summary-text" class="summary-text">${this.summaryShown}</pre>` : nothing}`
        : html`<div part="error" role="alert">
            <ul class="problems">
              ${m.problems.map((p) => html`<li data-code=${p.code}>${icon('warning')}<span>${this.say(p)}</span></li>`)}
            </ul>
          </div>`}
    </div>`;
  }

  private renderNotices(notices: readonly Condition[]): TemplateResult | typeof nothing {
    if (!notices.length) return nothing;
    return html`<ul class="notices">${notices.map((n) => html`<li data-code=${n.code}>${icon('info')}<span>${this.say(n)}</span></li>`)}</ul>`;
  }

  private renderGaps(m: CoverageMatrix): TemplateResult {
    return html`<section class="gaps ${m.gaps.length ? 'has-gaps' : ''}" part="gaps" aria-labelledby="gaps-heading">
      <h4 id="gaps-heading" class="visually-hidden">${this.t('socialProtection.gaps.heading')}</h4>
      <p class="gap-summary" part="gap-summary" data-gap-count=${m.gaps.length}>
        ${levelIcon(m.gaps.length ? 'gap' : 'mandatory')}<strong>${gapsSentence(this.l10n, m)}</strong>
      </p>
      ${m.gaps.length
        ? html`<ul class="gap-list">
            ${m.gaps.map(
              (g) => html`<li data-branch=${g.branch} data-kind=${g.kind}>
                ${levelIcon(g.kind)}<span><strong>${this.t(`protection.branch.${g.branch}`)}</strong>: ${this.say(g)}</span>
              </li>`,
            )}
          </ul>`
        : nothing}
      ${m.verification !== 'official'
        ? html`<p class="verification ${m.verification}" part="verification">${icon('warning')}<span>${this.t(`socialProtection.verification.${m.verification}`)}</span></p>`
        : nothing}
    </section>`;
  }

  // ---- the matrix: a table on wide screens, a list on phones ---------------------------------

  private renderMatrix(m: CoverageMatrix): TemplateResult {
    const q = m.query;
    const destination = this.t('socialProtection.column.destination', { country: this.l10n.country(q.destination) });
    const origin = q.origin ? this.t('socialProtection.column.origin', { country: this.l10n.country(q.origin) }) : '';
    return html`<section class="matrix" part="matrix" aria-labelledby="matrix-heading">
      <h4 id="matrix-heading">${this.t('socialProtection.section.matrix')}</h4>
      <div class="table-view">
        <table part="table">
          <caption>${this.t('socialProtection.matrix.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">${this.t('socialProtection.column.branch')}</th>
              <th scope="col">${destination}</th>
              ${q.origin ? html`<th scope="col">${origin}</th><th scope="col" class="narrow">${this.t('socialProtection.column.best')}</th>` : nothing}
            </tr>
          </thead>
          <tbody>
            ${m.branches.map(
              (b) => html`<tr class=${b.gap ? 'gap' : ''} data-branch=${b.branch} data-gap=${b.gap ? 'true' : 'false'} data-best=${b.best}>
                <th scope="row">${this.t(`protection.branch.${b.branch}`)} ${b.gap ? this.gapMarker() : nothing}</th>
                <td>${this.renderSide(b.destination, 'destination')}</td>
                ${b.origin ? html`<td>${this.renderSide(b.origin, 'origin')}</td><td class="best">${this.level(b.best)}</td>` : nothing}
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <ol class="list-view branches">
        ${m.branches.map((b) => this.renderBranchCard(b, destination, origin))}
      </ol>
    </section>`;
  }

  private renderBranchCard(b: BranchCoverage, destination: string, origin: string): TemplateResult {
    return html`<li class="branch ${b.gap ? 'gap' : ''}" data-branch=${b.branch} data-gap=${b.gap ? 'true' : 'false'} data-best=${b.best}>
      <h5>${this.t(`protection.branch.${b.branch}`)}</h5>
      ${b.gap ? this.gapMarker() : nothing}
      ${b.origin ? html`<p class="best-line">${this.t('socialProtection.column.best')}: ${this.level(b.best)}</p>` : nothing}
      ${this.renderSide(b.destination, 'destination', destination)}
      ${b.origin ? this.renderSide(b.origin, 'origin', origin) : nothing}
    </li>`;
  }

  // ---- two destinations side by side ------------------------------------------------------

  private renderCompare(c: DestinationComparison): TemplateResult {
    const names = c.destinations.map((d) => this.l10n.country(d));
    const [a = '', b = ''] = names;
    const origin = c.matrices[0]?.query.origin;
    const differs = c.rows.filter((r) => r.differs).length;
    const other = c.matrices[1];
    return html`<section class="compare" part="compare" aria-labelledby="compare-heading" data-destinations=${c.destinations.join(' ')}>
      <h4 id="compare-heading">${this.t('socialProtection.section.compare', { a, b })}</h4>
      <p class="compare-summary" data-differs-count=${differs}>${levelIcon('differs')}<strong>${compareSentence(this.l10n, c)}</strong></p>
      <ul class="compare-gaps">
        ${c.matrices.map(
          (x) => html`<li data-destination=${x.query.destination} data-gap-count=${x.gaps.length}>
            ${levelIcon('gap')}<span>${this.t('socialProtection.compare.gaps', { country: this.l10n.country(x.query.destination), count: x.gaps.length })}</span>
          </li>`,
        )}
      </ul>
      ${origin ? html`<p class="hint">${this.t('socialProtection.compare.withOrigin', { origin: this.l10n.country(origin) })}</p>` : nothing}
      <div class="table-view">
        <table part="table" class="compare-table">
          <caption>${this.t('socialProtection.compare.caption', { a, b })}</caption>
          <thead>
            <tr>
              <th scope="col">${this.t('socialProtection.column.branch')}</th>
              ${names.map((n) => html`<th scope="col">${this.t('socialProtection.compare.column', { country: n })}</th>`)}
              <th scope="col" class="narrow">${this.t('socialProtection.compare.column.difference')}</th>
            </tr>
          </thead>
          <tbody>
            ${c.rows.map(
              (row, i) => html`<tr class=${row.differs ? 'differs' : ''} data-branch=${row.branch} data-differs=${row.differs ? 'true' : 'false'}>
                <th scope="row">${this.t(`protection.branch.${row.branch}`)}</th>
                ${row.levels.map((level, j) => html`<td data-destination=${c.destinations[j] ?? ''} data-level=${level}>${this.renderCompareCell(c, i, j, level)}</td>`)}
                <td class="difference">${this.differenceMark(row.differs)}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <ol class="list-view branches">
        ${c.rows.map(
          (row, i) => html`<li class="branch ${row.differs ? 'differs' : ''}" data-branch=${row.branch} data-differs=${row.differs ? 'true' : 'false'}>
            <h5>${this.t(`protection.branch.${row.branch}`)}</h5>
            ${this.differenceMark(row.differs)}
            ${row.levels.map(
              (level, j) => html`<div class="compare-entry" data-destination=${c.destinations[j] ?? ''} data-level=${level}>
                <p class="side-label">${this.t('socialProtection.compare.column', { country: names[j] ?? '' })}</p>
                ${this.renderCompareCell(c, i, j, level)}
              </div>`,
            )}
          </li>`,
        )}
      </ol>
      ${other ? this.renderExtras(other.extras.filter((e) => e.side === 'destination'), 'compare-extras', this.t('socialProtection.compare.extras', { country: b })) : nothing}
    </section>`;
  }

  /** The best cover in one destination for one area, then what the destination itself gives. */
  private renderCompareCell(c: DestinationComparison, row: number, column: number, best: CoverageLevel): TemplateResult {
    const side = c.matrices[column]?.branches[row]?.destination;
    const gap = c.matrices[column]?.branches[row]?.gap ?? false;
    return html`<p class="best-line">${this.level(best)}</p>
      ${gap ? this.gapMarker() : nothing}
      ${side ? this.renderSide(side, 'destination', this.t('socialProtection.summary.where')) : nothing}`;
  }

  private differenceMark(differs: boolean): TemplateResult {
    return differs
      ? html`<span class="difference-marker">${levelIcon('differs')}<span>${this.t('socialProtection.compare.differs')}</span></span>`
      : html`<span class="same-marker">${this.t('socialProtection.compare.same')}</span>`;
  }

  // ---- other help and agreements -----------------------------------------------------------

  private renderExtras(extras: readonly ExtraCoverage[], id: string, title: string): TemplateResult {
    return html`<section class="extras" part="extras" aria-labelledby=${`${id}-heading`} data-section=${id}>
      <h4 id=${`${id}-heading`}>${title}</h4>
      <p class="hint">${this.t('socialProtection.extras.hint')}</p>
      ${extras.length
        ? html`<ul class="cards">
            ${extras.map(
              (e) => html`<li class="card" data-kind=${e.kind} data-scheme=${e.scheme.id} data-verification=${e.verification}>
                <h5>${this.t(`protection.extra.${e.kind}`)}</h5>
                <p class="scheme-line"><strong class="scheme">${this.text(e.scheme.name)}</strong> · ${this.l10n.country(e.country)} · ${this.t(`protection.side.${e.side}`)}</p>
                ${this.conditions(e.conditions)} ${this.sourced(e, e.scheme.note)}
              </li>`,
            )}
          </ul>`
        : html`<p class="empty">${this.t('socialProtection.extras.none')}</p>`}
    </section>`;
  }

  private renderAgreements(agreements: readonly AgreementMatch[]): TemplateResult {
    return html`<section class="agreements" part="agreements" aria-labelledby="agreements-heading">
      <h4 id="agreements-heading">${this.t('socialProtection.section.agreements')}</h4>
      ${agreements.length
        ? html`<ul class="cards">${agreements.map((a) => this.renderAgreement(a))}</ul>`
        : html`<p class="empty">${this.t('socialProtection.agreements.none')}</p>`}
    </section>`;
  }

  private renderAgreement(match: AgreementMatch): TemplateResult {
    const a = match.agreement;
    const parties = a.parties;
    const sameSources = parties.sources.map((s) => s.url).join() === a.sources.map((s) => s.url).join() && parties.verification === a.verification;
    const list = listFormat(this.l10n.locale, { type: 'conjunction' });
    return html`<li class="card" data-agreement=${a.id} data-match=${match.match} data-binding=${a.binding ? 'true' : 'false'}>
      <h5>${this.text(a.name)}</h5>
      <p class="kind">${this.t(`protection.agreement.kind.${a.kind}`)} · ${this.t(a.binding ? 'protection.agreement.binding' : 'protection.agreement.notBinding')}</p>
      <p class="match">${icon('link')}<span>${this.t(match.code)}</span></p>
      ${this.conditions(a.conditions)} ${this.sourced(a)}
      ${parties.countries.length
        ? html`<p class="parties">${this.t('socialProtection.parties', { countries: list.format(parties.countries.map((p) => this.l10n.country(p))) })}</p>
            ${sameSources ? nothing : html`<div class="parties-source"><p class="side-label">${this.t('socialProtection.partiesSource')}</p>${this.sourced(parties)}</div>`}`
        : nothing}
    </li>`;
  }
}
