import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type {
  CivilSocietyEntryPoint,
  ConventionStatus,
  FrameworksForCountry,
  FrameworksOutcome,
  GcmObjective,
  Instrument,
  InstrumentsOnTopic,
  InstrumentsOutcome,
  Precision,
  RatifiedOnDate,
  RoleOnDate,
  UpcomingEvent,
} from '@migrant-rights/sdk/frameworks';
import { isIsoDate, todayLocal } from '@migrant-rights/sdk/dates';
import { listFormat } from '@migrant-rights/sdk/i18n';
import type { Coded, LocalisedText } from '@migrant-rights/sdk/i18n';
import type { Source, Verification } from '@migrant-rights/sdk/provenance';
import { MrElement } from '../../internal/mr-element.js';
import { LocalizeController, withWords } from '../../internal/localize.js';
import { OnDemand } from '../../internal/on-demand.js';
import { emit } from '../../internal/events.js';
import { icon, type IconName } from '../../internal/icons.js';
import { renderUnreachable, unreachableStyles } from '../../internal/unreachable.js';
import { renderProvenance } from '../../internal/provenance-view.js';
import { provenanceStyles } from '../../internal/provenance-styles.js';
import { baseStyles } from '../../internal/styles.js';
import { layoutStyles } from '../../internal/layout-styles.js';
import { formStyles, choiceStyles } from '../../internal/form-styles.js';
import { frameworksExplorerStyles } from './frameworks-explorer.styles.js';
import { catalogues, english } from './frameworks-explorer.locales.js';
import {
  HAND_OFF,
  MODES,
  TOPICS,
  asCountry,
  asTopic,
  countryOptions,
  formatDateParams,
  formatTrimmedDate,
  groupByProcess,
  isMode,
  topicLabel,
  type HandOff,
  type Mode,
  type ProcessGroup,
  type Topic,
} from './explorer-model.js';

export type { HandOff, Mode, Topic };

type FrameworksEngine = typeof import('./engine.js');

/** The one key of the engine chunk: the same for every person, whatever they chose. */
const ENGINE = 'frameworks';

/** `detail` of `mr-change`: the person's current selection. */
export interface MrFrameworksChangeDetail {
  mode: Mode;
  /** ISO 3166-1 alpha-2 code, or '' when none is chosen. */
  country: string;
  topic: Topic | '';
}

/** `detail` of `mr-navigate`: the tool the person asked for next, with the topic (and country, if chosen). */
export interface MrFrameworksNavigateDetail {
  to: HandOff;
  topic: Topic;
  country?: string;
}

/** A fact as the frameworks module stores it: provenance plus research addresses on plain http. */
interface SourcedFact {
  sources: readonly Source[];
  verification: Verification;
  note?: string;
  plainHttpUrls?: readonly string[];
}

const STATUS_ICON: Record<ConventionStatus['status'], IconName> = {
  ratified: 'check',
  signed: 'info',
  'ratified-later': 'info',
  'recalled-ratified': 'warning',
  'not-recorded': 'minus',
};

/**
 * Where a country stands in the regional and global frameworks on migrant work (Colombo Process,
 * Abu Dhabi Dialogue, ASEAN, GFMD, Global Compact for Migration, Bali and Budapest Processes): its
 * roles and since when, disputed memberships, the core conventions it ratified (or that our
 * sources do not record), review moments ahead and where civil society can take part. Or, by
 * topic, the instruments and GCM objectives on recruitment fees, wages, complaints, social
 * protection or documenting abuse. Every fact shows its source, date and verification.
 * Runs in the page: no cookies, no storage. The frameworks data is one file, the same for everyone,
 * fetched from where the widget's file came from once a country or topic is chosen.
 *
 * @tag mr-frameworks-explorer
 * @summary Explore which processes a country takes part in and which agreements it ratified, or the commitments on a topic.
 *
 * @event mr-change - The person changed the view, country or topic. `detail: { mode, country, topic }`.
 * @event mr-navigate - The person asked for the tool that goes with a topic. `detail: { to: 'fee-checker' | 'wage-calculator' | 'complaint-pathway' | 'social-protection' | 'case-form', topic, country? }`. Cancelable; the page does the routing.
 *
 * @csspart base - The widget's root.
 * @csspart tabs - The "by country / by topic" tab list.
 * @csspart tab - Each tab.
 * @csspart panel - Each tab panel.
 * @csspart field - Each label + control group.
 * @csspart error - A field's error message.
 * @csspart result - The results of the current choice.
 * @csspart item - One process, convention, meeting, entry point, instrument or objective.
 * @csspart conflict - The warning that sources disagree about a membership.
 * @csspart notes - Caveats about the results.
 * @csspart actions - The row of buttons under a result.
 * @csspart button - Every button.
 * @csspart provenance - Source, date and verification of a fact.
 * @csspart verification - The "not verified" or "secondary source" flag.
 * @csspart note - A note about sources.
 * @csspart plain-http - Addresses cited on plain http, shown as text (never linked).
 *
 * @cssprop --mr-color-primary - Buttons, links, selected tab. Default #0b5cad.
 * @cssprop --mr-color-on-primary - Text on primary. Default #ffffff.
 * @cssprop --mr-color-surface - Background. Default #ffffff.
 * @cssprop --mr-color-text - Text. Default #1b1b1f.
 * @cssprop --mr-color-muted - Secondary text and borders. Default #4a4f57.
 * @cssprop --mr-color-danger - Errors. Default #b3261e.
 * @cssprop --mr-color-warning - Unverified facts and disputed memberships. Default #7a4b00.
 * @cssprop --mr-color-success - Ratified conventions. Default #1e6b34.
 * @cssprop --mr-font-family - Font. Inherits the page's by default.
 * @cssprop --mr-font-size - Base size. Default 1rem.
 * @cssprop --mr-radius - Corner radius. Default 0.5rem.
 * @cssprop --mr-space - Base spacing. Default 0.75rem.
 * @cssprop --mr-focus-ring - Focus outline. Default 3px solid #ffbf47.
 */
export class MrFrameworksExplorer extends MrElement {
  static override styles = [baseStyles, provenanceStyles, layoutStyles, formStyles, choiceStyles, unreachableStyles, frameworksExplorerStyles];

  /** The view: `country` (where a country stands) or `topic` (commitments on a topic). Default `country`. */
  @property() mode: Mode = 'country';

  /** Country (ISO 3166-1 alpha-2), e.g. `NP`. Preselects the country view. */
  @property() country = '';

  /** Topic: `fees`, `wages`, `pathways`, `protection` or `cases`. Preselects the topic view. */
  @property() topic = '';

  /** The date to look at (ISO, `YYYY-MM-DD`). Default: today on the person's clock. */
  @property() on = '';

  /** The date as the person chose it (kept as typed, even when empty). */
  @state() private dateText = '';

  private readonly l10n = new LocalizeController(this, { english, loaders: catalogues });
  /** The frameworks module and its wording (see `engine.ts`), once arrived. */
  private engine: FrameworksEngine | undefined;
  /** Fetches the engine when a country or topic is first chosen (or preset); asks again after a failure. */
  private readonly frameworks = new OnDemand(this, () => this.loadEngine());
  private focusAfterRender: string | undefined;
  private dateSet = false;

  /** The SDK result behind the current view (read-only): `frameworksFor` or `instrumentsOn`; undefined until the data has arrived. */
  get result(): FrameworksOutcome | InstrumentsOutcome | undefined {
    const { mode, country, topic } = this.selection();
    const engine = this.engine;
    if (!engine) return undefined;
    if (mode === 'country') return country ? engine.frameworksFor(country, this.dateText) : undefined;
    return topic ? engine.instrumentsOn(topic) : undefined;
  }

  /** The date the country view is shown for (ISO), as chosen. */
  get date(): string {
    return this.dateText;
  }

  /** Forgets the person's choices (used by `<mr-quick-exit>`): back to the page's presets. */
  override clearState(): void {
    this.mode = (this.getAttribute('mode') as Mode | null) ?? 'country';
    this.country = this.getAttribute('country') ?? '';
    this.topic = this.getAttribute('topic') ?? '';
    this.on = this.getAttribute('on') ?? '';
    this.dateText = this.on || todayLocal();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (!this.dateSet || (changed.has('on') && this.on !== this.dateText)) {
      this.dateSet = true;
      this.dateText = this.on || todayLocal();
    }
    // A country or topic preset by the page is a choice too: its answer needs the engine.
    if (this.wanted()) this.frameworks.prefetch(ENGINE);
  }

  override updated(): void {
    if (this.focusAfterRender) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.focusAfterRender);
      this.focusAfterRender = undefined;
      target?.focus();
    }
  }

  // ---- the engine, fetched on demand --------------------------------------------------------

  private async loadEngine(): Promise<FrameworksEngine> {
    const engine = await withWords(this.l10n, import('./engine.js'));
    return (this.engine = engine);
  }

  /** The engine, for the results (which exist only once it has arrived). */
  private get fx(): FrameworksEngine {
    if (!this.engine) throw new Error('The frameworks engine has not arrived yet.');
    return this.engine;
  }

  /** True when something is chosen whose answer needs the engine. */
  private wanted(): boolean {
    const { country, topic } = this.selection();
    return Boolean(country || topic);
  }

  /** A new choice: fetch the engine if it is needed, and try again if it could not be fetched before. */
  private need(): void {
    if (!this.wanted()) return;
    if (this.frameworks.status(ENGINE) === 'failed') this.retry();
    else this.frameworks.prefetch(ENGINE);
  }

  private retry(): void {
    this.frameworks.get(ENGINE).catch(() => undefined);
  }

  /** Where the engine stands, for a view whose choice needs it. */
  private engineStatus(): 'ready' | 'loading' | 'failed' {
    const status = this.frameworks.status(ENGINE);
    return status === 'idle' ? 'loading' : status;
  }

  /** The engine in flight, so `updateComplete` resolves with the answer on screen. */
  protected override pendingWork(): ReadonlyArray<Promise<unknown> | undefined> {
    return [this.frameworks.status(ENGINE) === 'loading' ? this.frameworks.get(ENGINE) : undefined];
  }

  // ---- state changes ------------------------------------------------------------------------

  private selection(): MrFrameworksChangeDetail {
    return { mode: isMode(this.mode) ? this.mode : 'country', country: asCountry(this.country), topic: asTopic(this.topic) };
  }

  private choose(change: { mode?: Mode; country?: string; topic?: Topic }): void {
    const before = this.selection();
    if (change.mode !== undefined) this.mode = change.mode;
    if (change.country !== undefined) this.country = change.country;
    if (change.topic !== undefined) this.topic = change.topic;
    const after = this.selection();
    if (after.mode !== before.mode || after.country !== before.country || after.topic !== before.topic) {
      emit<MrFrameworksChangeDetail>(this, 'mr-change', after);
    }
    this.need();
  }

  private setDate(value: string): void {
    this.dateText = value;
    if (isIsoDate(value)) this.on = value;
    this.need();
  }

  /** Arrow keys move between tabs (mirrored right-to-left), Home and End go to the first and last. */
  private onTabKey(event: KeyboardEvent): void {
    const focused = (event.target as HTMLElement).id.replace(/^tab-/, '');
    const current = MODES.indexOf(isMode(focused) ? focused : this.selection().mode);
    const forward = this.l10n.dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const backward = this.l10n.dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
    let next: number;
    if (event.key === forward) next = current + 1;
    else if (event.key === backward) next = current - 1;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = MODES.length - 1;
    else return;
    event.preventDefault();
    const mode = MODES[(next + MODES.length) % MODES.length]!;
    this.focusAfterRender = `#tab-${mode}`;
    this.choose({ mode });
    this.requestUpdate();
  }

  private handOff(topic: Topic): void {
    const country = this.selection().country;
    emit<MrFrameworksNavigateDetail>(this, 'mr-navigate', { to: HAND_OFF[topic], topic, ...(country ? { country } : {}) });
  }

  // ---- small renderers ----------------------------------------------------------------------

  private t(id: string, params: Record<string, string | number> = {}): string {
    return this.l10n.t(id, params);
  }

  /** Says an SDK code whose params are dates trimmed to their precision. */
  private say(coded: Coded): string {
    return this.l10n.t(coded.code, formatDateParams(coded.params, this.l10n));
  }

  /** Data text in the reader's language where we have it, marked as English where we do not. */
  private text(value: LocalisedText): TemplateResult {
    const tr = this.l10n.text(value);
    return html`<span lang=${tr.locale === this.l10n.locale ? nothing : tr.locale}>${tr.text}</span>`;
  }

  private trimmed(date: string, precision: Precision | undefined): string {
    return formatTrimmedDate(this.fx.trimToPrecision(date, precision), this.l10n);
  }

  private line(name: IconName, content: TemplateResult | string, cls = ''): TemplateResult {
    return html`<p class="line ${cls}">${icon(name)}<span>${content}</span></p>`;
  }

  /** Source link(s), verification flag and note of a fact; plain-http addresses as text, never links. */
  private sourced(fact: SourcedFact): TemplateResult {
    const urls = fact.plainHttpUrls ?? [];
    return html`<div class="fact-source">
      ${renderProvenance(this.l10n, { sources: fact.sources, verification: fact.verification, ...(fact.note ? { note: fact.note } : {}) })}
      ${urls.length
        ? html`<p class="plain-http" part="plain-http">
            <span>${this.t('frameworksExplorer.plainHttp')}</span>
            ${urls.map((u, i) => html`${i ? ', ' : ''}<span class="url" lang="en" dir="ltr">${u}</span>`)}
          </p>`
        : nothing}
    </div>`;
  }

  private periodCaveat(certainty: string | undefined): TemplateResult | typeof nothing {
    return certainty === 'period' ? this.line('info', this.t(this.fx.certaintyCode('period')), 'caveat') : nothing;
  }

  private printButton(): TemplateResult {
    return html`<button type="button" class="secondary" part="button" @click=${() => print()}>${icon('print')}${this.t('ui.print')}</button>`;
  }

  private notes(notes: readonly Coded[], id: string): TemplateResult | typeof nothing {
    if (!notes.length) return nothing;
    return html`<section aria-labelledby=${id}>
      <h4 id=${id} class="visually-hidden">${this.t('frameworksExplorer.section.notes')}</h4>
      <ul class="notes" part="notes">${notes.map((n) => html`<li class="line">${icon('info')}<span>${this.say(n)}</span></li>`)}</ul>
    </section>`;
  }

  // ---- rendering ----------------------------------------------------------------------------

  override render(): TemplateResult {
    const { mode, country, topic } = this.selection();
    const loading = this.engineStatus() === 'loading';
    const busy = (chosen: string): 'true' | 'false' => (chosen && loading ? 'true' : 'false');
    return html`<section part="base" class="base" data-mode=${mode} dir=${this.l10n.dir} lang=${this.l10n.locale} aria-labelledby="title">
      <h2 id="title" class="title">${icon('globe')}<span>${this.t('frameworksExplorer.title')}</span></h2>
      ${this.l10n.reviewed ? nothing : html`<p class="translation-note">${this.t('ui.translationDraft')}</p>`}
      <p class="intro">${this.t('frameworksExplorer.intro')}</p>
      <div role="tablist" class="tabs" part="tabs" aria-label=${this.t('frameworksExplorer.tabs')} @keydown=${this.onTabKey}>
        ${MODES.map(
          (m) => html`<button
            type="button"
            role="tab"
            id=${`tab-${m}`}
            part="tab"
            aria-selected=${m === mode ? 'true' : 'false'}
            aria-controls=${`panel-${m}`}
            tabindex=${m === mode ? '0' : '-1'}
            @click=${() => this.choose({ mode: m })}
          >
            ${icon(m === 'country' ? 'globe' : 'briefcase')}<span>${this.t(`frameworksExplorer.tab.${m}`)}</span>
          </button>`,
        )}
      </div>
      <div role="tabpanel" id="panel-country" class="panel" part="panel" aria-labelledby="tab-country" ?hidden=${mode !== 'country'} aria-busy=${busy(country)}>
        ${this.renderCountryView()}
      </div>
      <div role="tabpanel" id="panel-topic" class="panel" part="panel" aria-labelledby="tab-topic" ?hidden=${mode !== 'topic'} aria-busy=${busy(topic)}>
        ${this.renderTopicView()}
      </div>
      <p class="visually-hidden" role="status">${this.statusText()}</p>
      <p class="privacy">${this.t('ui.privacy')}</p>
    </section>`;
  }

  private statusText(): string {
    const { mode, country, topic } = this.selection();
    const status = this.engineStatus();
    // The data is on its way: say so once; if it cannot come, the alert in the panel says why.
    if ((mode === 'country' ? country : topic) && status !== 'ready') return status === 'loading' ? this.t('frameworksExplorer.loading') : '';
    if (mode === 'country' && country && isIsoDate(this.dateText)) {
      return this.t('frameworksExplorer.status.country', { country: this.l10n.country(country), date: this.l10n.date(this.dateText) });
    }
    if (mode === 'topic' && topic) return this.t('frameworksExplorer.status.topic', { topic: this.t(topicLabel(topic)) });
    return '';
  }

  /** In place of a result: the data on its way, or (offline) why it is not there, with a way to try again. */
  private renderWaiting(): TemplateResult | typeof nothing {
    const status = this.engineStatus();
    if (status === 'failed') {
      return renderUnreachable(this.l10n, this.t('frameworksExplorer.unavailable'), () => this.retry());
    }
    return status === 'loading' ? html`<p class="waiting">${this.t('frameworksExplorer.loading')}</p>` : nothing;
  }

  // ---- by country ---------------------------------------------------------------------------

  private renderCountryView(): TemplateResult {
    const country = this.selection().country;
    const outcome = country && this.engine ? this.engine.frameworksFor(country, this.dateText) : undefined;
    const dateProblem = outcome && !outcome.ok ? outcome.problems.find((p) => p.field === 'on') : undefined;
    const options = countryOptions(this.l10n, country);
    return html`<div class="pickers">
        <div class="field" part="field">
          <label for="country">${this.t('frameworksExplorer.field.country')}</label>
          <select id="country" .value=${country} @change=${(e: Event) => this.choose({ country: (e.target as HTMLSelectElement).value })}>
            <option value="" ?selected=${!country}>${this.t('ui.choose')}</option>
            ${options.map((o) => html`<option value=${o.code} ?selected=${o.code === country}>${o.name}</option>`)}
          </select>
        </div>
        <div class="field" part="field">
          <label for="date">${this.t('frameworksExplorer.field.date')}</label>
          <p class="field-hint" id="date-hint">${this.t('frameworksExplorer.hint.date')}</p>
          <input
            id="date"
            type="date"
            .value=${live(this.dateText)}
            aria-invalid=${dateProblem ? 'true' : 'false'}
            aria-describedby=${dateProblem ? 'date-error date-hint' : 'date-hint'}
            @input=${(e: Event) => this.setDate((e.target as HTMLInputElement).value)}
          />
          ${dateProblem
            ? html`<p class="error" part="error" id="date-error">${icon('warning')}<span>${this.t(dateProblem.code)}</span></p>`
            : nothing}
        </div>
      </div>
      ${outcome?.ok
        ? this.renderCountryResult(outcome)
        : country
          ? this.renderWaiting()
          : html`<p class="empty">${this.t('frameworksExplorer.empty.country')}</p>`}`;
  }

  private renderCountryResult(r: FrameworksForCountry): TemplateResult {
    const t = this.t.bind(this);
    const groups = groupByProcess(r.roles, r.conflicts);
    const core = new Set<string>(this.fx.CORE_CONVENTION_IDS);
    const other = r.ratified.filter((x) => !core.has(x.instrument.id));
    return html`<div class="result" part="result" data-country=${r.country} data-on=${r.on}>
      <h3 id="country-heading">${t('frameworksExplorer.heading.country', { country: this.l10n.country(r.country), date: this.l10n.date(r.on) })}</h3>
      ${this.notes(r.notes, 'c-notes')}
      <section aria-labelledby="c-roles" class="roles">
        <h4 id="c-roles">${t('frameworksExplorer.section.roles')}</h4>
        ${groups.length ? html`<ul class="cards">${groups.map((g) => this.renderGroup(g))}</ul>` : nothing}
      </section>
      <section aria-labelledby="c-conventions" class="conventions">
        <h4 id="c-conventions">${t('frameworksExplorer.section.conventions')}</h4>
        <ul class="cards">${r.conventions.map((c) => this.renderConvention(c))}</ul>
      </section>
      ${other.length
        ? html`<section aria-labelledby="c-other" class="other-ratified">
            <h4 id="c-other">${t('frameworksExplorer.section.otherRatified')}</h4>
            <ul class="cards">${other.map((x) => this.renderRatified(x))}</ul>
          </section>`
        : nothing}
      <section aria-labelledby="c-upcoming" class="upcoming">
        <h4 id="c-upcoming">${t('frameworksExplorer.section.upcoming')}</h4>
        ${r.upcoming.length
          ? html`<ul class="cards">${r.upcoming.map((u) => this.renderUpcoming(u))}</ul>`
          : html`<p class="empty">${t('frameworksExplorer.noUpcoming')}</p>`}
      </section>
      <section aria-labelledby="c-civil" class="civil-society">
        <h4 id="c-civil">${t('frameworksExplorer.section.civilSociety')}</h4>
        ${r.civilSociety.length
          ? html`<ul class="cards">${r.civilSociety.map((c) => this.renderCivilSociety(c))}</ul>`
          : html`<p class="empty">${t('frameworksExplorer.noCivilSociety')}</p>`}
      </section>
      <div class="actions no-print" part="actions">${this.printButton()}</div>
    </div>`;
  }

  /** Name of a process or organisation, as plain text for a message parameter. */
  private bodyName(id: string): string {
    const process = this.fx.processById(id);
    if (process) return this.l10n.text(process.name).text;
    const org = this.fx.organisationById(id);
    if (org) return org.acronym ? `${this.l10n.text(org.name).text} (${org.acronym})` : this.l10n.text(org.name).text;
    return id;
  }

  private renderGroup(g: ProcessGroup): TemplateResult {
    const p = g.process;
    return html`<li class="card ${g.conflict ? 'disputed' : ''}" part="item" data-process=${p.id}>
      <h5>${this.text(p.name)}</h5>
      <p class="kind">
        ${this.t(this.fx.processKindCode(p.kind))}${p.parent ? ` · ${this.t('frameworksExplorer.partOf', { process: this.bodyName(p.parent) })}` : nothing}
      </p>
      ${g.conflict ? html`<p class="line conflict" part="conflict">${icon('warning')}<span>${this.t(g.conflict.code)}</span></p>` : nothing}
      <ul class="entries">${g.entries.map((e) => this.renderRole(e))}</ul>
    </li>`;
  }

  private renderRole(r: RoleOnDate): TemplateResult {
    return html`<li class="entry ${r.disputed ? 'disputed' : ''}" data-role=${r.membership.role} data-disputed=${r.disputed ? 'true' : 'false'}>
      <p class="role">
        <strong>${this.t('frameworksExplorer.role', { role: this.t(r.code) })}</strong>
        ${r.disputed ? html`<span class="badge">${this.t('frameworksExplorer.disputed')}</span>` : nothing}
      </p>
      ${this.line('calendar', this.say(r.period), 'period')}
      ${this.periodCaveat(r.certainty)}
      ${this.sourced(r.membership)}
    </li>`;
  }

  private instrumentTitle(i: Instrument, level: 'h5' | 'p' = 'h5'): TemplateResult {
    const name = this.l10n.text(i.name);
    const title = html`<span lang="en" dir="auto">${i.shortName}</span>`;
    return html`${level === 'h5' ? html`<h5>${title}</h5>` : html`<p><strong>${title}</strong></p>`}
      ${name.text !== i.shortName ? html`<p lang=${name.locale === this.l10n.locale ? nothing : name.locale}>${name.text}</p>` : nothing}`;
  }

  private renderConvention(c: ConventionStatus): TemplateResult {
    const act = c.act;
    return html`<li class="card" part="item" data-instrument=${c.instrument.id} data-status=${c.status}>
      ${this.instrumentTitle(c.instrument)}
      <p class="line status ${c.status}">${icon(STATUS_ICON[c.status])}<span>${this.t(c.code)}</span></p>
      ${act
        ? this.line('calendar', this.t('frameworksExplorer.act', { act: this.t(this.fx.actCode(act.act)), period: this.trimmed(act.effectiveFrom, act.fromPrecision) }), 'period')
        : nothing}
      ${act?.scope ? this.line('info', this.t('frameworksExplorer.scope', { scope: this.l10n.text(act.scope).text })) : nothing}
      ${this.periodCaveat(c.certainty)}
      ${act ? this.sourced(act) : nothing}
      ${c.findings.length
        ? html`<ul class="findings">
            ${c.findings.map((f) => html`<li data-finding=${f.finding}>${this.line('info', this.t(this.fx.findingCode(f.finding)))}${this.sourced(f)}</li>`)}
          </ul>`
        : nothing}
    </li>`;
  }

  private renderRatified(x: RatifiedOnDate): TemplateResult {
    return html`<li class="card" part="item" data-instrument=${x.instrument.id}>
      ${this.instrumentTitle(x.instrument)}
      ${this.line('calendar', this.t('frameworksExplorer.act', { act: this.t(this.fx.actCode(x.act.act)), period: this.trimmed(x.act.effectiveFrom, x.act.fromPrecision) }), 'period')}
      ${x.act.scope ? this.line('info', this.t('frameworksExplorer.scope', { scope: this.l10n.text(x.act.scope).text })) : nothing}
      ${this.periodCaveat(x.certainty)}
      ${this.sourced(x.act)}
    </li>`;
  }

  private renderUpcoming(u: UpcomingEvent): TemplateResult {
    const e = u.event;
    return html`<li class="card" part="item" data-event=${e.id} data-timing=${u.timing}>
      <h5>${this.text(e.name)}</h5>
      <p class="kind">${this.t(this.fx.eventKindCode(e.kind))} · ${this.text(u.process.name)}</p>
      ${this.line('calendar', this.say(u.period), 'period')}
      ${this.line(u.timing === 'uncertain' ? 'warning' : 'clock', this.t(u.code), `timing ${u.timing === 'uncertain' ? 'caveat' : ''}`)}
      ${e.place ? this.line('home', this.t('frameworksExplorer.place', { place: this.l10n.text(e.place).text })) : nothing}
      ${e.host ? this.line('globe', this.t('frameworksExplorer.host', { country: this.l10n.country(e.host) })) : nothing}
      ${this.sourced(e)}
    </li>`;
  }

  private renderCivilSociety(c: CivilSocietyEntryPoint): TemplateResult {
    const orgs = (c.entry.organisations ?? []).map((id) => this.bodyName(id));
    return html`<li class="card" part="item" data-process=${c.process.id} data-timing=${c.timing}>
      <h5>${this.text(c.process.name)}</h5>
      <p>${this.t(c.code)}</p>
      <p>${this.text(c.entry.where)}</p>
      ${this.line('calendar', this.say(c.period), 'period')}
      ${this.line(c.timing === 'current' ? 'check' : 'clock', this.t(`frameworks.civilSociety.${c.timing}`), `timing ${c.timing}`)}
      ${orgs.length ? html`<p>${this.t('frameworksExplorer.organisations', { names: listFormat(this.l10n.locale, { type: 'conjunction' }).format(orgs) })}</p>` : nothing}
      ${this.sourced(c.entry)}
    </li>`;
  }

  // ---- by topic -----------------------------------------------------------------------------

  private renderTopicView(): TemplateResult {
    const topic = this.selection().topic;
    const outcome = topic && this.engine ? this.engine.instrumentsOn(topic) : undefined;
    return html`<fieldset class="field topics" part="field">
        <legend>${this.t('frameworksExplorer.field.topic')}</legend>
        <div class="choices">
          ${TOPICS.map(
            (tp, i) => html`<label class="choice">
              <input type="radio" name="topic" id=${i === 0 ? 'topic' : nothing} .value=${tp} .checked=${topic === tp} @change=${() => this.choose({ topic: tp })} />
              <span>${this.t(topicLabel(tp))}</span>
            </label>`,
          )}
        </div>
      </fieldset>
      ${outcome?.ok
        ? this.renderTopicResult(outcome)
        : topic
          ? this.renderWaiting()
          : html`<p class="empty">${this.t('frameworksExplorer.empty.topic')}</p>`}`;
  }

  private renderTopicResult(r: InstrumentsOnTopic): TemplateResult {
    const t = this.t.bind(this);
    const to = HAND_OFF[r.topic];
    return html`<div class="result" part="result" data-topic=${r.topic}>
      <h3 id="topic-heading">${t(topicLabel(r.topic))}</h3>
      <div class="actions" part="actions">
        <button type="button" part="button" class="hand-off no-print" data-to=${to} @click=${() => this.handOff(r.topic)}>
          ${icon('next', true)}<span>${t(`frameworksExplorer.handOff.${to}`)}</span>
        </button>
      </div>
      ${this.notes(r.notes, 't-notes')}
      <section aria-labelledby="t-instruments" class="instruments">
        <h4 id="t-instruments">${t('frameworksExplorer.section.instruments')}</h4>
        <ul class="cards">${r.instruments.map((i) => this.renderInstrument(i))}</ul>
      </section>
      ${r.gcmObjectives.length
        ? html`<section aria-labelledby="t-gcm" class="gcm">
            <h4 id="t-gcm">${t('frameworksExplorer.section.gcm')}</h4>
            <ul class="cards">${r.gcmObjectives.map((o) => this.renderObjective(o))}</ul>
          </section>`
        : nothing}
      <div class="actions no-print" part="actions">${this.printButton()}</div>
    </div>`;
  }

  private renderInstrument(i: Instrument): TemplateResult {
    const adopted = i.adoptedOn
      ? this.t('frameworksExplorer.adopted', { date: this.trimmed(i.adoptedOn, i.adoptedOn === i.effectiveFrom ? i.fromPrecision : 'day') })
      : this.t('frameworksExplorer.firstDated', { date: this.trimmed(i.effectiveFrom, i.fromPrecision) });
    return html`<li class="card" part="item" data-instrument=${i.id}>
      ${this.instrumentTitle(i)}
      <p class="kind">${this.t(this.fx.instrumentKindCode(i.kind))}</p>
      ${this.line('globe', this.t('frameworksExplorer.body', { body: this.bodyName(i.body) }))}
      ${this.line('calendar', adopted, 'period')}
      ${i.inForceFrom ? this.line('check', this.t('frameworksExplorer.inForceFrom', { date: this.l10n.date(i.inForceFrom) })) : nothing}
      ${this.sourced(i)}
    </li>`;
  }

  private renderObjective(o: GcmObjective): TemplateResult {
    const title = this.l10n.text(o.shortTitle);
    return html`<li class="card" part="item" data-objective=${String(o.number)}>
      <h5>${this.t('frameworksExplorer.gcmObjective', { number: o.number, title: title.text })}</h5>
      ${this.sourced(o)}
    </li>`;
  }
}
