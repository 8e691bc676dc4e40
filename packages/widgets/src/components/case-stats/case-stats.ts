import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Case, CaseSummary, CasesImport, RowProblem } from '@migrant-rights/sdk/cases/core';
import { CURRENCY_OF, ORIGINS } from '@migrant-rights/sdk/geo';
import { isCurrencyCode, normaliseDigits, type ExchangeRate } from '@migrant-rights/sdk/money';
import { MrElement } from '../../internal/mr-element.js';
import { LocalizeController, withWords } from '../../internal/localize.js';
import { emit } from '../../internal/events.js';
import { OnDemand } from '../../internal/on-demand.js';
import { icon } from '../../internal/icons.js';
import { renderProvenance } from '../../internal/provenance-view.js';
import { baseStyles } from '../../internal/styles.js';
import { layoutStyles } from '../../internal/layout-styles.js';
import { formStyles } from '../../internal/form-styles.js';
import { caseStatsStyles } from './case-stats.styles.js';
import { catalogues, english } from './case-stats.locales.js';
import { barChart, columnChart, fillMonths, type Datum } from './charts.js';

export interface MrImportDetail {
  /** Names of the files read. */
  files: string[];
  /** Cases now shown. */
  cases: number;
  /** Problems listed (rows not imported, unreadable files). */
  problems: number;
}

interface FileProblems {
  file: string;
  problems: RowProblem[];
}

interface LockedFile {
  name: string;
  text: string;
}

/** Reading and counting cases, with the cases' wording: `engine.ts`, fetched when there are cases. */
type CasesEngine = typeof import('./engine.js');

type ChartId = 'byDestination' | 'byOrigin' | 'bySector' | 'byViolation' | 'byStatus' | 'byMonth';

/** A rate typed as a decimal number, in any digits, with `.` or `,` (or the Arabic mark) as decimal sign. */
function readRate(text: string): string | undefined {
  const t = normaliseDigits(text).trim().replace(/[\u066B,]/, '.');
  return /^\d+(\.\d+)?$/.test(t) && Number(t) > 0 ? t : undefined;
}

/** What a file holds, from its first characters: an encrypted file, JSON, or else CSV. */
function sniff(text: string, ENCRYPTED_FORMAT: string): 'encrypted' | 'json' | 'csv' {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('[')) return 'json';
  if (!start.startsWith('{')) return 'csv';
  try {
    const data = JSON.parse(start) as { format?: unknown };
    return data && data.format === ENCRYPTED_FORMAT ? 'encrypted' : 'json';
  } catch {
    return 'json'; // casesFromJson reports the syntax error
  }
}

/**
 * Campaign numbers from a set of documented cases: drop in files (JSON, CSV or encrypted, as made
 * by `<mr-case-form>`) or set the `cases` property, and see totals, cases by country, sector,
 * violation and status, wages lost per currency (converted with rates the person types), the
 * share of wage-theft cases with forced-labour indicators, and cases by month, as SVG charts each
 * with a data table. Files are read in the page: no network, no storage. Every row that could not
 * be imported is listed with its row and column.
 *
 * @tag mr-case-stats
 * @summary Campaign numbers and accessible charts from a set of documented cases.
 *
 * @event mr-import - Files were read. `detail: { files, cases, problems }` (counts only, never case data).
 *
 * @csspart base - The widget's root.
 * @csspart import - The file picker and passphrase panel.
 * @csspart errors - The list of import problems.
 * @csspart totals - The headline numbers.
 * @csspart chart - Each chart (a figure with its table).
 * @csspart table - The data table of a chart.
 * @csspart button - Every button.
 * @csspart provenance - Source of the forced-labour caveat.
 *
 * @cssprop --mr-color-primary - Bars, buttons, links. Default #0b5cad.
 * @cssprop --mr-color-on-primary - Text on primary. Default #ffffff.
 * @cssprop --mr-color-surface - Background. Default #ffffff.
 * @cssprop --mr-color-text - Text. Default #1b1b1f.
 * @cssprop --mr-color-muted - Secondary text, axes and borders. Default #4a4f57.
 * @cssprop --mr-color-danger - Import problems. Default #b3261e.
 * @cssprop --mr-color-warning - Caveats. Default #7a4b00.
 * @cssprop --mr-color-success - The "files loaded" notice. Default #1e6b34.
 * @cssprop --mr-font-family - Font. Inherits the page's by default.
 * @cssprop --mr-font-size - Base size. Default 1rem.
 * @cssprop --mr-radius - Corner radius. Default 0.5rem.
 * @cssprop --mr-space - Base spacing. Default 0.75rem.
 * @cssprop --mr-focus-ring - Focus outline. Default 3px solid #ffbf47.
 */
export class MrCaseStats extends MrElement {
  static override styles = [baseStyles, layoutStyles, formStyles, caseStatsStyles];

  /** The cases to summarise (validated `Case` objects). Files the person loads replace them. */
  @property({ attribute: false }) cases: Case[] = [];

  /** Currency (ISO 4217) to convert wages lost into, preselected, e.g. `NPR`. The person types the rates. */
  @property({ attribute: 'convert-to' }) convertTo = '';

  @state() private files: string[] = [];
  @state() private importProblems: FileProblems[] = [];
  @state() private locked: LockedFile[] = [];
  @state() private passphrase = '';
  @state() private passProblem = '';
  @state() private busy: '' | 'reading' | 'unlocking' = '';
  /** The code that reads cases (or the CSV reader) could not be fetched; the files or cases can be tried again. */
  @state() private readerFailed = false;
  @state() private target = '';
  @state() private rates: Record<string, string> = {};
  @state() private tables = new Set<ChartId>();
  @state() private width = 300;

  private readonly l10n = new LocalizeController(this, { english, loaders: catalogues });
  private summary: CaseSummary | undefined;
  private imported: Case[] | undefined;
  /** Results of this load, kept until every locked file is opened or dropped. */
  private pending: Array<{ file: string; result: CasesImport }> = [];
  private resizer: ResizeObserver | undefined;
  private focusAfterRender: string | undefined;
  private engine: CasesEngine | undefined;
  /** The code that reads and counts cases, fetched when the first file is chosen or the page gives cases. */
  private readonly reader = new OnDemand<CasesEngine>(this, async () => {
    const engine = await withWords(this.l10n, import('./engine.js'));
    return (this.engine = engine);
  });
  /** The CSV reader (with its parser library) is its own chunk, fetched when a CSV file is loaded. */
  private readonly csv = new OnDemand(this, () => this.reader.get('engine').then((engine) => engine!.loadCasesCsv()));
  /** Files being read, possibly waiting for the CSV reader. */
  private importing: Promise<void> | undefined;
  /** Files whose load waits for the CSV reader, kept in memory only, to try again. */
  private retryFiles: File[] = [];
  /** Bumped when everything is forgotten, so a load finishing late shows nothing. */
  private generation = 0;

  /** The numbers shown (the SDK's summary of `cases` with the rates typed), read-only. */
  get result(): CaseSummary | undefined {
    return this.summary;
  }

  /** Forgets the cases, files, passphrase and rates (used by `<mr-quick-exit>`). */
  override clearState(): void {
    this.cases = [];
    this.files = [];
    this.importProblems = [];
    this.locked = [];
    this.pending = [];
    this.passphrase = '';
    this.passProblem = '';
    this.rates = {};
    this.tables = new Set();
    this.readerFailed = false;
    this.retryFiles = [];
    this.busy = '';
    this.generation++;
    const input = this.renderRoot?.querySelector<HTMLInputElement>('#files');
    if (input) input.value = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof ResizeObserver !== 'undefined') {
      // Measured on the next frame, so a re-drawn chart never feeds back into the same observation.
      this.resizer = new ResizeObserver(() => requestAnimationFrame(() => this.measure()));
      this.resizer.observe(this);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizer?.disconnect();
  }

  private measure(): void {
    const box = this.renderRoot.querySelector<HTMLElement>('.charts') ?? this.renderRoot.querySelector<HTMLElement>('.base');
    const width = Math.floor(box?.clientWidth ?? 0);
    if (width > 0 && Math.abs(width - this.width) >= 1) this.width = width;
  }

  /** Files being read, including a CSV reader still being fetched. */
  protected override pendingWork(): ReadonlyArray<Promise<unknown> | undefined> {
    return [this.importing, this.reader.status('engine') === 'loading' ? this.reader.get('engine') : undefined];
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('convertTo') && this.convertTo && !this.target) this.target = this.convertTo.toUpperCase();
    if (changed.has('cases') && this.cases !== this.imported) {
      // Cases given by the page, not by files.
      this.files = [];
      this.importProblems = [];
      this.imported = undefined;
    }
    const exchangeRates: ExchangeRate[] = [];
    for (const [from, text] of Object.entries(this.rates)) {
      const rate = readRate(text);
      if (rate && from !== this.target) exchangeRates.push({ from, to: this.target, rate });
    }
    // Cases given by the page are counted once the code that counts them has arrived.
    if (this.cases.length && !this.engine) this.reader.prefetch('engine');
    this.summary = this.cases.length && this.engine
      ? this.engine.summariseCases(this.cases, isCurrencyCode(this.target) ? { exchangeRates, to: this.target } : {})
      : undefined;
  }

  override updated(): void {
    this.measure();
    if (this.focusAfterRender) {
      this.renderRoot.querySelector<HTMLElement>(this.focusAfterRender)?.focus();
      this.focusAfterRender = undefined;
    }
  }

  // ---- import -------------------------------------------------------------------------------

  /** Reads files (from the picker, a drop, or a partner's code) and shows their cases. */
  importFiles(list: Iterable<File>): Promise<void> {
    const files = [...list];
    if (files.length === 0) return Promise.resolve();
    const importing = this.readFiles(files).finally(() => {
      if (this.importing === importing) this.importing = undefined;
    });
    this.importing = importing;
    return importing;
  }

  private async readFiles(files: File[]): Promise<void> {
    const generation = this.generation;
    this.busy = 'reading';
    this.readerFailed = false;
    const engine = await this.reader.get('engine').catch(() => undefined);
    if (generation !== this.generation) return; // everything was forgotten meanwhile
    if (!engine) return this.readerUnavailable(files);
    const unreadable: FileProblems[] = [];
    const read: Array<{ file: string; text: string; kind: ReturnType<typeof sniff> }> = [];
    for (const file of files) {
      try {
        const text = await file.text();
        read.push({ file: file.name, text, kind: sniff(text, engine.ENCRYPTED_FORMAT) });
      } catch {
        unreadable.push({ file: file.name, problems: [{ row: 0, column: '', code: 'caseStats.unreadable' }] });
      }
    }
    let fromCsv: ((text: string) => CasesImport) | undefined;
    if (read.some((r) => r.kind === 'csv')) {
      try {
        fromCsv = (await this.csv.get('csv'))?.casesFromCsv;
      } catch {
        fromCsv = undefined;
      }
    }
    if (generation !== this.generation) return; // everything was forgotten meanwhile
    if (read.some((r) => r.kind === 'csv') && !fromCsv) return this.readerUnavailable(files);
    this.busy = '';
    this.retryFiles = [];
    this.pending = [];
    this.locked = [];
    this.passProblem = '';
    for (const { file, text, kind } of read) {
      if (kind === 'encrypted') this.locked = [...this.locked, { name: file, text }];
      else this.pending.push({ file, result: kind === 'json' ? engine.casesFromJson(text) : fromCsv!(text) });
    }
    this.show(files.map((f) => f.name), unreadable);
    if (this.locked.length) this.focusAfterRender = '#passphrase';
  }

  /**
   * Offline: nothing changes (the cases shown, the rates, a locked file and its passphrase stay), and
   * the same files can be read again once the reader can be fetched.
   */
  private readerUnavailable(files: File[]): void {
    this.busy = '';
    this.retryFiles = files;
    this.readerFailed = true;
    this.focusAfterRender = '#reader-error';
  }

  /** Tries again what waited for the reader: the files last chosen, or the cases the page gave. */
  private retryReader(): void {
    if (this.retryFiles.length) void this.importFiles(this.retryFiles);
    else {
      this.readerFailed = false;
      this.reader.get('engine').catch(() => (this.readerFailed = true));
    }
  }

  private async unlock(): Promise<void> {
    if (!this.passphrase) {
      this.passProblem = 'cases.crypto.passphraseRequired';
      this.focusAfterRender = '#passphrase';
      return;
    }
    this.busy = 'unlocking';
    this.passProblem = '';
    const stillLocked: LockedFile[] = [];
    const failed: FileProblems[] = [];
    const engine = this.engine!; // a locked file was read, so the reader is here
    for (const file of this.locked) {
      try {
        this.pending.push({ file: file.name, result: await engine.decryptCases(file.text, this.passphrase) });
      } catch (error) {
        const code = error instanceof engine.CasesCryptoError ? error.code : 'caseStats.unreadable';
        if (code === 'cases.crypto.wrongPassphrase') {
          stillLocked.push(file);
          this.passProblem = code;
        } else failed.push({ file: file.name, problems: [{ row: 0, column: '', code }] });
      }
    }
    this.busy = '';
    this.locked = stillLocked;
    if (stillLocked.length === 0) this.passphrase = '';
    this.show(this.files, failed, true);
    this.focusAfterRender = stillLocked.length ? '#passphrase' : '#loaded';
  }

  /** Merges this load's results: a case id seen in an earlier file is reported there and counted once. */
  private show(names: string[], extra: FileProblems[], keep = false): void {
    const firstFileOf = new Map<string, string>();
    const cases: Case[] = [];
    const problems: FileProblems[] = keep ? this.importProblems.filter((p) => !extra.some((e) => e.file === p.file)) : [];
    const byFile = new Map(problems.map((p) => [p.file, p]));
    for (const { file, result } of this.pending) {
      const own: RowProblem[] = [...result.errors];
      for (const c of result.cases) {
        const first = firstFileOf.get(c.id);
        if (first !== undefined) own.push({ row: 0, column: 'id', code: 'caseStats.alsoIn', params: { id: c.id, file: first } });
        else (firstFileOf.set(c.id, file), cases.push(c));
      }
      byFile.set(file, { file, problems: own });
    }
    for (const e of extra) byFile.set(e.file, e);
    this.importProblems = [...byFile.values()].filter((p) => p.problems.length > 0);
    this.files = names;
    this.imported = cases;
    this.cases = cases;
    emit<MrImportDetail>(this, 'mr-import', {
      files: [...names],
      cases: cases.length,
      problems: this.importProblems.reduce((n, p) => n + p.problems.length, 0),
    });
  }

  // ---- rendering ----------------------------------------------------------------------------

  override render(): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    const counting = this.cases.length > 0 && !this.summary && this.reader.status('engine') === 'loading';
    return html`<section part="base" class="base" dir=${this.l10n.dir} lang=${this.l10n.locale} aria-labelledby="title" aria-busy=${this.busy || counting ? 'true' : 'false'}>
      <h2 id="title" class="title">${icon('globe')}<span>${t('caseStats.title')}</span></h2>
      ${this.l10n.reviewed ? nothing : html`<p class="translation-note">${t('ui.translationDraft')}</p>`}
      <p class="intro">${t('caseStats.intro')}</p>
      <p class="privacy">${icon('info')}<span>${t('caseStats.privacy')}</span></p>
      ${this.renderImport()} ${this.renderImportProblems()}
      ${this.summary ? this.renderSummary(this.summary) : this.cases.length ? nothing : html`<p class="empty">${t('caseStats.empty')}</p>`}
    </section>`;
  }

  private renderImport(): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    const drop = (e: DragEvent) => {
      e.preventDefault();
      if (e.dataTransfer?.files.length) void this.importFiles(e.dataTransfer.files);
    };
    return html`<div class="import" part="import" @dragover=${(e: DragEvent) => e.preventDefault()} @drop=${drop}>
      <div class="field">
        <label for="files">${t('caseStats.file')}</label>
        <p class="field-hint" id="files-hint">${t('caseStats.fileHint')}</p>
        <input
          id="files"
          type="file"
          multiple
          accept=".json,.csv,.txt,application/json,text/csv"
          aria-describedby="files-hint"
          @change=${(e: Event) => {
            const input = e.target as HTMLInputElement;
            if (input.files) void this.importFiles(input.files);
          }}
        />
      </div>
      ${this.readerFailed || (this.cases.length && this.reader.status('engine') === 'failed')
        ? html`<div class="field">
            <p class="error" id="reader-error" tabindex="-1">${icon('warning')}<span>${t('caseStats.readerUnavailable')}</span></p>
            <div class="actions">
              <button type="button" part="button" id="reader-retry" @click=${() => this.retryReader()}>${t('ui.tryAgain')}</button>
            </div>
          </div>`
        : nothing}
      ${this.locked.length
        ? html`<div class="field">
            <p id="locked-hint">${t('caseStats.locked', { count: this.locked.length, files: this.locked.map((f) => f.name).join(', ') })}</p>
            <label for="passphrase">${t('caseStats.passphrase')}</label>
            <input
              id="passphrase"
              type="password"
              autocomplete="current-password"
              .value=${this.passphrase}
              aria-invalid=${this.passProblem ? 'true' : 'false'}
              aria-describedby=${this.passProblem ? 'locked-hint passphrase-error' : 'locked-hint'}
              @input=${(e: Event) => ((this.passphrase = (e.target as HTMLInputElement).value), (this.passProblem = ''))}
              @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && this.unlock()}
            />
            ${this.passProblem ? html`<p class="error" id="passphrase-error">${icon('warning')}<span>${t(this.passProblem)}</span></p>` : nothing}
            <div class="actions">
              <button type="button" part="button" ?disabled=${this.busy === 'unlocking'} @click=${() => this.unlock()}>${t('caseStats.unlock')}</button>
            </div>
          </div>`
        : nothing}
      <p class="status" role="status">
        ${this.busy ? t(this.busy === 'reading' ? 'caseStats.reading' : 'caseStats.unlocking') : ''}
      </p>
      ${this.files.length && !this.busy
        ? html`<p class="loaded" id="loaded" tabindex="-1">${icon('check')}<span>${t('caseStats.loaded', { count: this.cases.length })}</span></p>`
        : nothing}
    </div>`;
  }

  private renderImportProblems(): TemplateResult | typeof nothing {
    const t = this.l10n.t.bind(this.l10n);
    if (this.importProblems.length === 0) return nothing;
    return html`<div class="errors" part="errors" role="alert">
      <p class="field-hint">${t('caseStats.errorsHint')}</p>
      ${this.importProblems.map((f, i) => {
        const id = `errors-${i}`;
        return html`<div class="table-wrap">
          <table class="problems" aria-labelledby=${id}>
            <caption id=${id}>${icon('warning')}<span>${t('caseStats.errorsTitle', { count: f.problems.length, file: f.file })}</span></caption>
            <thead>
              <tr>
                <th scope="col">${t('caseStats.col.row')}</th>
                <th scope="col">${t('caseStats.col.column')}</th>
                <th scope="col">${t('caseStats.col.problem')}</th>
              </tr>
            </thead>
            <tbody>
              ${f.problems.map(
                (p) => html`<tr>
                  <td>${p.row > 0 ? this.l10n.number(p.row) : p.column ? '—' : t('caseStats.wholeFile')}</td>
                  <td><code lang="en" dir="ltr">${p.column}</code>${p.params?.['item'] !== undefined ? html` <span>(${t('caseStats.item', { item: Number(p.params['item']) })})</span>` : nothing}</td>
                  <td>${t(p.code, p.params ?? {})}</td>
                </tr>`,
              )}
            </tbody>
          </table>
        </div>`;
      })}
    </div>`;
  }

  private renderSummary(s: CaseSummary): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    const fl = s.forcedLabour;
    const percent = fl.share ? this.l10n.number(fl.share.num / fl.share.den, { style: 'percent', maximumFractionDigits: 0 }) : undefined;
    const files = this.files.length ? this.files.join(', ') : t('caseStats.sourcePage');
    const notes = s.problems.filter((p) => p.code !== 'cases.summary.rateMissing' && p.code !== 'cases.summary.rateInvalid');
    return html`<p class="source">${t('caseStats.source', { count: s.cases, files, date: this.l10n.date(todayIso()) })}</p>
      <section class="panel" part="totals" aria-labelledby="totals-heading">
        <h3 id="totals-heading">${t('caseStats.totals')}</h3>
        <dl class="totals">
          <div><dt>${t('caseStats.total.cases')}</dt><dd id="total-cases">${this.l10n.number(s.cases)}</dd></div>
          <div><dt>${t('caseStats.total.wageTheft')}</dt><dd id="total-wage-theft">${this.l10n.number(fl.wageTheftCases)}</dd></div>
          <div>
            <dt>${t('caseStats.total.withIndicator')}</dt>
            <dd id="total-with-indicator">${this.l10n.number(fl.withIndicator)}${percent ? html` <span class="muted">(${t('caseStats.percentOfWageTheft', { percent })})</span>` : nothing}</dd>
          </div>
          ${s.undated ? html`<div><dt>${t('caseStats.total.undated')}</dt><dd id="total-undated">${this.l10n.number(s.undated)}</dd></div>` : nothing}
        </dl>
      </section>
      <section class="panel" aria-labelledby="fl-heading">
        <h3 id="fl-heading">${t('caseStats.forcedLabour')}</h3>
        <p class="caveat" id="forced-labour">${icon('info')}<span>${t('cases.summary.forcedLabourShare', { count: fl.withIndicator, total: fl.wageTheftCases })}</span></p>
        ${renderProvenance(this.l10n, this.engine!.FORCED_LABOUR_INDICATORS)}
      </section>
      ${this.renderWages(s)}
      <div class="charts">${this.renderCharts(s)}</div>
      ${notes.length
        ? html`<section class="panel" aria-labelledby="notes-heading">
            <h3 id="notes-heading">${t('caseStats.notes')}</h3>
            <ul class="notes">${notes.map((p) => html`<li>${icon('warning')}<span>${this.l10n.say(p)}</span></li>`)}</ul>
          </section>`
        : nothing}
      <div class="actions no-print">
        <button type="button" class="secondary" part="button" @click=${() => print()}>${icon('print')}${t('ui.print')}</button>
        <button type="button" class="secondary" part="button" @click=${() => this.clearState()}>${icon('restart')}${t('caseStats.clear')}</button>
      </div>`;
  }

  private renderWages(s: CaseSummary): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    const target = this.target;
    const options = [...new Set([...s.wagesLost.map((m) => m.currency), ...ORIGINS.map((o) => CURRENCY_OF[o]!), 'USD', ...(target ? [target] : [])])].sort();
    const conv = s.converted;
    const rateProblems = s.problems.filter((p) => p.code === 'cases.summary.rateMissing' || p.code === 'cases.summary.rateInvalid');
    return html`<section class="panel" aria-labelledby="wages-heading">
      <h3 id="wages-heading">${t('caseStats.wagesLost')}</h3>
      <p class="field-hint">${t('caseStats.wagesLostHint')}</p>
      ${s.wagesLost.length
        ? html`<ul class="wages" id="wages-lost">${s.wagesLost.map((m) => html`<li data-currency=${m.currency}><strong>${this.l10n.money(m)}</strong></li>`)}</ul>
            <div class="convert">
              <div class="field">
                <label for="convert-to">${t('caseStats.convertTo')}</label>
                <select id="convert-to" @change=${(e: Event) => (this.target = (e.target as HTMLSelectElement).value)}>
                  <option value="" ?selected=${!target}>${t('caseStats.convertNone')}</option>
                  ${options.map((c) => html`<option value=${c} ?selected=${c === target}>${c}</option>`)}
                </select>
              </div>
              ${target
                ? s.wagesLost
                    .filter((m) => m.currency !== target)
                    .map((m) => {
                      const id = `rate-${m.currency}`;
                      const text = this.rates[m.currency] ?? '';
                      const bad = text.trim() !== '' && !readRate(text);
                      return html`<div class="field">
                        <label for=${id}>${t('caseStats.rate', { from: m.currency, to: target })}</label>
                        <input
                          id=${id}
                          inputmode="decimal"
                          autocomplete="off"
                          .value=${text}
                          aria-invalid=${bad ? 'true' : 'false'}
                          aria-describedby=${bad ? `${id}-error rate-hint` : 'rate-hint'}
                          @input=${(e: Event) => (this.rates = { ...this.rates, [m.currency]: (e.target as HTMLInputElement).value })}
                        />
                        ${bad ? html`<p class="error" id=${`${id}-error`}>${icon('warning')}<span>${t('error.rate')}</span></p>` : nothing}
                      </div>`;
                    })
                : nothing}
              ${target ? html`<p class="field-hint" id="rate-hint">${t('caseStats.rateHint')}</p>` : nothing}
            </div>
            ${conv
              ? html`<div class="converted" aria-live="polite">
                  <p id="converted"><strong>${t('caseStats.converted', { currency: conv.to, amount: this.l10n.money(conv.total) })}</strong></p>
                  ${conv.ratesUsed.length
                    ? html`<p class="field-hint">${t('caseStats.ratesNote')}</p>
                        <ul class="notes rates">${conv.ratesUsed.map((r) => html`<li dir="ltr">1 ${r.from} = ${r.rate} ${r.to}</li>`)}</ul>`
                    : nothing}
                  ${rateProblems.map((p) => html`<p class="note">${icon('info')}<span>${this.l10n.say(p)}</span></p>`)}
                </div>`
              : nothing}`
        : html`<p>${t('caseStats.noWagesLost')}</p>`}
    </section>`;
  }

  private renderCharts(s: CaseSummary): TemplateResult[] {
    const t = this.l10n.t.bind(this.l10n);
    const { UNKNOWN_KEY, VIOLATION_TYPES } = this.engine!; // a summary exists, so the engine is here
    const unknown = (key: string, label: () => string) => (key === UNKNOWN_KEY ? t('caseStats.unknown') : label());
    const record = (r: Record<string, number>, label: (key: string) => string): Datum[] =>
      Object.entries(r).map(([key, value]) => ({ key, value, label: unknown(key, () => label(key)) }));
    const byViolation = VIOLATION_TYPES.filter((v) => (s.byViolation[v] ?? 0) > 0).map((v) => ({ key: v, value: s.byViolation[v]!, label: t(`cases.violation.${v}`) }));
    const months = fillMonths(s.byMonth).map(({ month, value }) => ({
      key: month,
      value,
      label: this.l10n.date(`${month}-01`, { month: 'short', year: '2-digit' }),
      long: this.l10n.date(`${month}-01`, { month: 'long', year: 'numeric' }),
    }));
    const yearOnly = Object.values(s.byYear).reduce((a, b) => a + b, 0) - Object.values(s.byMonth).reduce((a, b) => a + b, 0);
    return [
      this.renderChart('byDestination', record(s.byDestination, (k) => this.l10n.country(k)).sort(byValue)),
      this.renderChart('byOrigin', record(s.byOrigin, (k) => this.l10n.country(k)).sort(byValue)),
      this.renderChart('bySector', record(s.bySector, (k) => t(`cases.sector.${k}`)).sort(byValue)),
      this.renderChart('byViolation', byViolation),
      this.renderChart('byStatus', record(s.byStatus, (k) => t(`cases.status.${k}`))),
      this.renderChart(
        'byMonth',
        months,
        months.map((m) => ({ key: m.key, value: m.value, label: m.long })),
        yearOnly > 0 ? t('caseStats.yearOnly', { count: yearOnly }) : undefined,
      ),
    ];
  }

  /** A chart with its title, its data table (read by screen readers, shown on request) and a toggle. */
  private renderChart(id: ChartId, data: Datum[], tableData: Datum[] = data, note?: string): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    const open = this.tables.has(id);
    const options = { width: this.width, rtl: this.l10n.dir === 'rtl', format: (n: number) => this.l10n.number(n) };
    const toggle = () => {
      const next = new Set(this.tables);
      if (open) next.delete(id);
      else next.add(id);
      this.tables = next;
    };
    return html`<figure class="chart-figure" part="chart" id=${`chart-${id}`} aria-labelledby=${`${id}-caption`}>
      <figcaption id=${`${id}-caption`}>${t(`caseStats.chart.${id}`)}</figcaption>
      ${data.length === 0
        ? html`<p class="field-hint">${t('caseStats.noData')}</p>`
        : html`${id === 'byMonth' ? columnChart(data, options) : barChart(data, options)}
            ${note ? html`<p class="field-hint">${note}</p>` : nothing}
            <button type="button" class="secondary toggle" part="button" aria-pressed=${open ? 'true' : 'false'} aria-controls=${`${id}-table`} @click=${toggle}>
              ${t('caseStats.showTable')}
            </button>
            <div class=${open ? 'table-wrap' : 'visually-hidden'}>
              <table id=${`${id}-table`} part="table" aria-labelledby=${`${id}-caption`}>
                <thead>
                  <tr>
                    <th scope="col">${t(id === 'byMonth' ? 'caseStats.col.month' : 'caseStats.col.what')}</th>
                    <th scope="col">${t('caseStats.col.cases')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${tableData.map((d) => html`<tr data-key=${d.key}><th scope="row">${d.label}</th><td>${this.l10n.number(d.value)}</td></tr>`)}
                </tbody>
              </table>
            </div>`}
    </figure>`;
  }
}

const byValue = (a: Datum, b: Datum) => b.value - a.value || a.label.localeCompare(b.label);

function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
