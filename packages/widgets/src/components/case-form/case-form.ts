import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  ACTION_OUTCOMES,
  AGE_BANDS,
  AMOUNT_VIOLATIONS,
  ANONYMISATION_LEVELS,
  CASE_STATUSES,
  CONSENT_SCOPES,
  FORCED_LABOUR_INDICATORS,
  GENDERS,
  MIGRATION_STATUSES,
  OTHER_VIOLATIONS,
  REFERRAL_KINDS,
  SECTORS,
  WAGE_THEFT_VIOLATIONS,
  type AnonymisationLevel,
} from '@migrant-rights/sdk/cases/vocabulary';
import type { Case } from '@migrant-rights/sdk/cases/core';
import { CURRENCY_OF, DESTINATIONS, ORIGINS } from '@migrant-rights/sdk/geo';
import { parseMajor, type Money } from '@migrant-rights/sdk/money';
import { MrElement } from '../../internal/mr-element.js';
import { LocalizeController } from '../../internal/localize.js';
import { emit } from '../../internal/events.js';
import { OnDemand } from '../../internal/on-demand.js';
import { icon } from '../../internal/icons.js';
import { baseStyles } from '../../internal/styles.js';
import { layoutStyles } from '../../internal/layout-styles.js';
import { formStyles, choiceStyles } from '../../internal/form-styles.js';
import { caseFormStyles } from './case-form.styles.js';
import { catalogues, english } from './case-form.locales.js';
import {
  PATHWAY_PROBLEMS,
  SECTIONS,
  checkNewPassphrase,
  emptyAction,
  emptyForm,
  emptyReferral,
  emptyViolation,
  getField,
  identifiersTyped,
  passphraseStrength,
  pathwayProblemOf,
  problemsIn,
  sectionOf,
  sectionStarted,
  setField,
  todayIso,
  wagePeriodOf,
  workerCategoryOf,
  type CaseForm,
  type FieldProblem,
  type FieldProblems,
  type Section,
} from './form-model.js';
import type { CaseCheck } from './form-check.js';
import { deleteDrafts, draftsAvailable, hasDrafts, readDrafts, writeDrafts } from './draft-store.js';

/**
 * Checking, saving and files (the SDK's case schema, encryption, drafts): `engine.ts`, fetched on
 * the person's first interaction with the form and awaited by whatever needs it.
 */
type CaseEngine = typeof import('./engine.js');
/** Where a press that needed the engine could not get it: the part on screen, or the drafts panel. */
type EnginePlace = 'section' | 'persist';
/** The first sign that a person is using the form: the engine is fetched then, not at first render. */
const FIRST_USE = ['focusin', 'input', 'click'] as const;

export type ExportFormat = 'json' | 'csv' | 'encrypted';

export interface MrExportDetail {
  format: ExportFormat;
  /** How many cases the file holds. The cases themselves are never in the event (read `cases`). */
  count: number;
  /** The anonymisation level applied, if any. */
  anonymised?: AnonymisationLevel;
}

export type MrCaseNavigateDetail =
  | {
      to: 'wage-calculator';
      destination: string;
      workerCategory: 'general' | 'domestic';
      /** Earliest start and latest end of the wage-theft violations, as recorded (partial dates). */
      period?: { from: string; to?: string };
      /** The contract's basic monthly wage, when recorded. */
      basicMonthly?: Money;
    }
  | {
      to: 'complaint-pathway';
      destination: string;
      workerCategory: 'general' | 'domestic';
      /** A pathway problem id, from the first violation that has a pathway. */
      problem: string;
    };

type PersistState = 'idle' | 'checking' | 'off' | 'locked' | 'unlocking' | 'on' | 'unavailable';

interface Download {
  url: string;
  file: string;
  format: ExportFormat;
  count: number;
  anonymised?: AnonymisationLevel;
}

const FILE_TYPE: Record<ExportFormat, string> = { json: 'application/json', csv: 'text/csv;charset=utf-8', encrypted: 'application/json' };
const AUTOSAVE_DELAY = 1500;

/** Countries offered in the country lists: where the kit has data (origins, destinations, currencies). */
const COUNTRIES = [...new Set<string>([...ORIGINS, ...DESTINATIONS, ...Object.keys(CURRENCY_OF)])];
const CURRENCIES = [...new Set<string>([...Object.values(CURRENCY_OF), 'USD', 'EUR'])].sort();

function cssId(field: string): string {
  return field.replace(/\./g, '-');
}

/**
 * An intake form for a community leader documenting a migrant worker's case on a phone, offline.
 * Consent comes first; then the parts of the case (worker without direct identifiers, journey and
 * contract, violations with periods and amounts, complaints, referrals, status) can be filled in
 * any order, each checked field by field with the SDK's `validateCase`. Nothing leaves the page
 * unless the person makes a file (JSON, CSV or encrypted) and saves it. With the opt-in `persist`
 * attribute, drafts are kept in IndexedDB encrypted under a passphrase the person sets.
 *
 * @tag mr-case-form
 * @summary Document a worker's case with consent first, and export it as JSON, CSV or an encrypted file.
 *
 * @event mr-navigate - The person asked for a next step. `detail: { to: 'wage-calculator', destination, workerCategory, period?, basicMonthly? }` or `{ to: 'complaint-pathway', destination, workerCategory, problem }`. Cancel it to route yourself.
 * @event mr-export - The person saved an exported file. `detail: { format: 'json' | 'csv' | 'encrypted', count, anonymised? }` (never the cases themselves).
 * @event mr-section - The visible part of the form changed. `detail: { section }`.
 *
 * @csspart base - The widget's root.
 * @csspart sections - The list of parts of the case.
 * @csspart section - The visible part of the form.
 * @csspart field - Each label + input group.
 * @csspart error - A field's error message.
 * @csspart actions - A row of buttons.
 * @csspart button - Every button.
 * @csspart persist - The panel about drafts kept on this device (only with `persist`).
 * @csspart download - The link that saves an exported file.
 *
 * @cssprop --mr-color-primary - Buttons, links, the current part. Default #0b5cad.
 * @cssprop --mr-color-on-primary - Text on primary. Default #ffffff.
 * @cssprop --mr-color-surface - Background. Default #ffffff.
 * @cssprop --mr-color-text - Text. Default #1b1b1f.
 * @cssprop --mr-color-muted - Secondary text and borders. Default #4a4f57.
 * @cssprop --mr-color-danger - Errors, "delete everything". Default #b3261e.
 * @cssprop --mr-color-warning - Warnings. Default #7a4b00.
 * @cssprop --mr-color-success - Parts started, saved notices. Default #1e6b34.
 * @cssprop --mr-font-family - Font. Inherits the page's by default.
 * @cssprop --mr-font-size - Base size. Default 1rem.
 * @cssprop --mr-radius - Corner radius. Default 0.5rem.
 * @cssprop --mr-space - Base spacing. Default 0.75rem.
 * @cssprop --mr-focus-ring - Focus outline. Default 3px solid #ffbf47.
 */
export class MrCaseForm extends MrElement {
  static override styles = [baseStyles, layoutStyles, formStyles, choiceStyles, caseFormStyles];

  /** Country of work (ISO 3166-1 alpha-2) preset on every new case, e.g. `QA`. */
  @property({ reflect: true }) country = '';

  /**
   * Keep drafts on this device, in IndexedDB, encrypted with a passphrase the person sets.
   * Off by default: without it the widget stores nothing anywhere.
   */
  @property({ type: Boolean, reflect: true }) persist = false;

  /** Id of a `<mr-wage-calculator>` on the page that "Calculate the claim" should drive. */
  @property({ attribute: 'calculator-for' }) calculatorFor = '';

  /** Id of a `<mr-complaint-pathway>` on the page that "What to do next" should drive. */
  @property({ attribute: 'pathway-for' }) pathwayFor = '';

  @state() private form: CaseForm = emptyForm();
  @state() private section: Section = 'consent';
  @state() private consentDone = false;
  /** Parts whose problems are shown (after the person left them, pressed Next or tried to save). */
  @state() private checked = new Set<Section>();
  @state() private saved: Case[] = [];
  @state() private dirty = false;
  /** Message id of the last thing done (saved, exported, deleted), said in a status line. */
  @state() private notice = '';
  @state() private saveFailed = false;
  @state() private handoffBlocked = false;
  /** A press needed the engine and it could not be fetched (offline): said there, with a way to try again. */
  @state() private engineFailed: EnginePlace | '' = '';
  /** A press waiting for the engine: its place is marked busy, and further presses wait with it. */
  @state() private waiting: EnginePlace | '' = '';

  @state() private anonymise: AnonymisationLevel | '' = '';
  @state() private exportPass = { first: '', second: '' };
  @state() private exportProblems: FieldProblems = new Map();
  @state() private exportError = '';
  @state() private encrypting = false;
  @state() private preparingCsv = false;
  @state() private download: Download | undefined;

  @state() private persistState: PersistState = 'idle';
  @state() private persistPass = { first: '', second: '' };
  @state() private persistProblems: FieldProblems = new Map();
  @state() private keptAt: Date | undefined;
  @state() private persistFailed = false;
  @state() private confirmDelete = false;

  private readonly l10n = new LocalizeController(this, { english, loaders: catalogues });
  private check: CaseCheck = { problems: new Map() };
  private focusAfterRender: string | undefined;
  private focusProblem = false;
  /** Kept in memory only, for this page's life (never stored, dropped by clearState). */
  private passphrase = '';
  private persistGeneration = 0;
  private persistChain: Promise<void> = Promise.resolve();
  private autosaveTimer: ReturnType<typeof setTimeout> | undefined;
  private engine: CaseEngine | undefined;
  /** The engine, fetched once on first use; after a failure the next press tries again. */
  private readonly engineLoad = new OnDemand<CaseEngine>(this, async () => (this.engine = await import('./engine.js')));
  /** What the last press waiting for the engine will do once it is here. */
  private engineWork: Promise<void> | undefined;
  /** What "Try again" does after the engine could not be fetched: the press that needed it. */
  private retry: (() => void) | undefined;
  /** Bumped when a new case starts (or everything is forgotten), so a press made before does not land on it. */
  private caseGeneration = 0;
  /** The CSV writer (with its parser library) is its own chunk, fetched when the person asks for a CSV file. */
  private readonly csv = new OnDemand(this, () => this.needEngine().then((engine) => engine.loadCasesCsv()));
  /** A CSV file being made while its writer is fetched. */
  private makingCsv: Promise<void> | undefined;
  /** Bumped whenever the file made is dropped, so a file whose writer arrives late is not offered. */
  private fileGeneration = 0;

  constructor() {
    super();
    for (const type of FIRST_USE) this.addEventListener(type, this.firstUse);
  }

  /** The person's first interaction (focus, typing, a press): fetch the engine now, so it is here by the time they press Next. */
  private readonly firstUse = (): void => {
    for (const type of FIRST_USE) this.removeEventListener(type, this.firstUse);
    this.engineLoad.prefetch('engine');
  };

  /** The cases saved in the list (validated by the SDK). Reading it is the only way the data leaves, besides a file. */
  get cases(): Case[] {
    return [...this.saved];
  }

  /** Forgets everything in memory (used by `<mr-quick-exit>`). Drafts kept with `persist` stay encrypted; the passphrase is forgotten. */
  override clearState(): void {
    this.reset();
  }

  /** Clears the form, the list and any file made; kept drafts stay on the device, locked. */
  reset(): void {
    this.stopPersisting();
    this.passphrase = '';
    this.persistPass = { first: '', second: '' };
    this.exportPass = { first: '', second: '' };
    this.revokeDownload();
    this.saved = [];
    this.startCase();
    this.notice = '';
    this.confirmDelete = false;
    if (this.persist) void this.initPersist();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Pending autosave is written now rather than lost.
    if (this.autosaveTimer !== undefined) {
      clearTimeout(this.autosaveTimer);
      this.autosaveTimer = undefined;
      this.writeNow();
    }
    this.revokeDownload();
  }

  /** A CSV file whose writer is still being fetched; the engine on its way, and the press waiting for it. */
  protected override pendingWork(): ReadonlyArray<Promise<unknown> | undefined> {
    return [this.makingCsv, this.engineWork, this.engineLoad.status('engine') === 'loading' ? this.engineLoad.get('engine') : undefined];
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('country') && this.country && !this.consentDone && !this.form.journey.destination) {
      this.form = setField(this.form, 'journey.destination', this.country.toUpperCase());
    }
    if (changed.has('persist')) {
      if (this.persist) void this.initPersist();
      else if (changed.get('persist') !== undefined) this.stopPersisting();
    }
    this.recheck();
  }

  /** Checks the form with the SDK once the engine is here (until then nothing can be checked, and nothing is shown as checked). */
  private recheck(): void {
    const engine = this.engine;
    if (engine && !this.form.id) this.form = { ...this.form, id: engine.newCaseId() };
    this.check = engine ? engine.checkForm(this.form, todayIso(), this.l10n.locale) : { problems: new Map() };
  }

  /** The engine, fetched if it is not here yet; rejects when it cannot be fetched. */
  private async needEngine(): Promise<CaseEngine> {
    const engine = this.engine ?? (await this.engineLoad.get('engine'));
    if (!engine) throw new Error('The form engine is missing');
    return engine;
  }

  /**
   * Does what a press asked for with the engine: at once when it is here, else once it arrives
   * (the place is marked busy meanwhile and further presses wait). Offline, says so at `place` with
   * a way to try again; everything typed stays as it was.
   */
  private withEngine(place: EnginePlace, action: () => unknown): Promise<void> {
    if (this.engine) {
      this.engineFailed = '';
      this.retry = undefined;
      return Promise.resolve(action()).then(() => undefined);
    }
    if (this.engineWork) return this.engineWork;
    const generation = this.caseGeneration;
    this.engineFailed = '';
    this.waiting = place;
    const work = this.needEngine()
      .then(
        () => {
          this.waiting = '';
          this.recheck();
          this.retry = undefined;
          // Everything was forgotten (quick exit) or a new case began meanwhile: that press is no longer wanted.
          if (generation === this.caseGeneration) return action();
          return undefined;
        },
        () => {
          this.waiting = '';
          if (generation !== this.caseGeneration) return;
          this.engineFailed = place;
          this.retry = () => void this.withEngine(place, action);
          this.focusAfterRender = '#engine-error';
        },
      )
      .then(() => undefined)
      .finally(() => (this.engineWork = undefined));
    this.engineWork = work;
    return work;
  }

  override updated(): void {
    if (this.focusProblem) {
      this.focusProblem = false;
      const invalid = this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]');
      const target = invalid?.matches('fieldset') ? invalid.querySelector<HTMLElement>('input, select') : invalid;
      (target ?? this.renderRoot.querySelector<HTMLElement>('.error-summary'))?.focus();
    } else if (this.focusAfterRender) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.focusAfterRender);
      this.focusAfterRender = undefined;
      target?.focus();
    }
  }

  // ---- state changes ------------------------------------------------------------------------

  /** Problems to show now: those of the parts already checked. */
  private get shown(): FieldProblems {
    const out: FieldProblems = new Map();
    for (const [k, p] of this.check.problems) if (this.checked.has(sectionOf(k))) out.set(k, p);
    return out;
  }

  private change(form: CaseForm): void {
    this.form = form;
    this.dirty = true;
    this.notice = '';
    this.saveFailed = false;
    this.scheduleWrite();
  }

  private set(field: string, value: string | boolean): void {
    this.change(setField(this.form, field, value));
  }

  private startCase(): void {
    this.caseGeneration++;
    this.engineFailed = '';
    const form = emptyForm(todayIso(), this.engine?.newCaseId() ?? '');
    this.form = this.country ? setField(form, 'journey.destination', this.country.toUpperCase()) : form;
    this.consentDone = false;
    this.checked = new Set();
    this.dirty = false;
    this.saveFailed = false;
    this.handoffBlocked = false;
    this.section = 'consent';
    this.focusAfterRender = '#section-heading';
    emit(this, 'mr-section', { section: 'consent' });
  }

  private goTo(section: Section, focus = '#section-heading'): void {
    if (section !== this.section) this.checked = new Set(this.checked).add(this.section);
    this.section = section;
    this.handoffBlocked = false;
    this.focusAfterRender = focus;
    // Choosing the part already open changes no reactive state; render anyway so the focus
    // lands now and not on the next keystroke (which would move the worker away mid-word).
    this.requestUpdate();
    emit(this, 'mr-section', { section });
    this.writeNow();
  }

  /** Shows the problems of the visible part; true when there are none. */
  private checkSection(): boolean {
    this.checked = new Set(this.checked).add(this.section);
    const problems = problemsIn(this.check.problems, this.section);
    if (problems.length) this.focusProblem = true;
    return problems.length === 0;
  }

  private continueFromConsent(): void {
    void this.withEngine('section', () => {
      if (!this.checkSection()) return;
      this.consentDone = true;
      this.goTo('worker');
    });
  }

  private nextSection(): void {
    void this.withEngine('section', () => {
      if (!this.checkSection()) return;
      const next = SECTIONS[SECTIONS.indexOf(this.section) + 1];
      if (next) this.goTo(next);
    });
  }

  private saveCase(): void {
    void this.withEngine('section', () => this.saveNow());
  }

  /** Saves the case on screen in the list (the engine is here); false when it has problems. */
  private saveNow(): boolean {
    this.checked = new Set(SECTIONS);
    const valid = this.check.case;
    if (!valid) {
      this.saveFailed = true;
      this.notice = '';
      this.focusAfterRender = '.error-summary';
      return false;
    }
    const index = this.saved.findIndex((c) => c.id === valid.id);
    this.saved = index < 0 ? [...this.saved, valid] : this.saved.map((c, i) => (i === index ? valid : c));
    this.dirty = false;
    this.saveFailed = false;
    this.notice = 'caseForm.saved';
    this.writeNow();
    return true;
  }

  private saveAndNew(): void {
    void this.withEngine('section', () => {
      if (!this.saveNow()) return;
      this.startCase();
      this.notice = 'caseForm.saved';
      this.writeNow();
    });
  }

  private removeSaved(id: string): void {
    this.saved = this.saved.filter((c) => c.id !== id);
    if (id === this.form.id) this.dirty = true;
    this.focusAfterRender = '#saved-heading';
    this.writeNow();
  }

  // ---- export -------------------------------------------------------------------------------

  private revokeDownload(): void {
    this.fileGeneration++;
    if (this.download) URL.revokeObjectURL(this.download.url);
    this.download = undefined;
  }

  private exportCases(engine: CaseEngine): Case[] {
    const level = this.anonymise;
    return level ? this.saved.map((c) => engine.anonymiseCase(c, { level })) : [...this.saved];
  }

  private makeFile(format: ExportFormat): Promise<void> {
    if (format !== 'csv') return this.makeFileNow(format);
    if (this.makingCsv) return this.makingCsv; // a second press while the CSV writer is on its way
    const making = this.makeFileNow('csv').finally(() => (this.makingCsv = undefined));
    this.makingCsv = making;
    return making;
  }

  /** Fetches the CSV writer; undefined when it cannot be fetched (the device is offline). */
  private async csvWriter(): Promise<((cases: Case[]) => string) | undefined> {
    this.preparingCsv = true;
    try {
      return (await this.csv.get('csv'))?.casesToCsv;
    } catch {
      return undefined;
    } finally {
      this.preparingCsv = false;
    }
  }

  private async makeFileNow(format: ExportFormat): Promise<void> {
    this.revokeDownload();
    const generation = this.fileGeneration;
    this.exportError = '';
    this.exportProblems = new Map();
    if (this.saved.length === 0) {
      this.exportError = this.l10n.t('caseForm.error.nothingToExport');
      this.focusAfterRender = '#export-error';
      return;
    }
    const engine = await this.needEngine().catch(() => undefined);
    if (generation !== this.fileGeneration) return;
    if (!engine) {
      // Nothing is lost: the saved cases, the choices and the passphrase fields stay as they were.
      this.exportError = this.l10n.t('caseForm.error.engineUnavailable');
      this.focusAfterRender = '#export-error';
      return;
    }
    const cases = this.exportCases(engine);
    let content: string;
    if (format === 'encrypted') {
      const problems = checkNewPassphrase(this.exportPass.first, this.exportPass.second, 'export-pass', 'export-pass-again');
      if (problems.size) {
        this.exportProblems = problems;
        this.focusProblem = true;
        return;
      }
      this.encrypting = true;
      try {
        content = await engine.encryptCases(cases, this.exportPass.first);
      } finally {
        this.encrypting = false;
      }
      this.exportPass = { first: '', second: '' };
    } else if (format === 'csv') {
      const toCsv = await this.csvWriter();
      // Started again, cleared or anonymised differently meanwhile: this file is no longer wanted.
      if (generation !== this.fileGeneration) return;
      if (!toCsv) {
        // Nothing is lost: the saved cases, the choices and the passphrase fields stay as they were.
        this.exportError = this.l10n.t('caseForm.error.csvUnavailable');
        this.focusAfterRender = '#export-error';
        return;
      }
      content = toCsv(cases);
    } else content = engine.casesToJson(cases);
    const today = todayIso();
    const file = format === 'csv' ? `cases-${today}.csv` : format === 'json' ? `cases-${today}.json` : `cases-${today}.encrypted.json`;
    const url = URL.createObjectURL(new Blob([content], { type: FILE_TYPE[format] }));
    this.download = { url, file, format, count: cases.length, ...(this.anonymise ? { anonymised: this.anonymise } : {}) };
    this.focusAfterRender = '[part=download]';
  }

  private downloaded(): void {
    const d = this.download;
    if (!d) return;
    this.notice = 'caseForm.exported';
    emit<MrExportDetail>(this, 'mr-export', { format: d.format, count: d.count, ...(d.anonymised ? { anonymised: d.anonymised } : {}) });
  }

  // ---- hand-offs ----------------------------------------------------------------------------

  private handoff(to: 'wage-calculator' | 'complaint-pathway'): void {
    const f = this.form;
    const destination = f.journey.destination;
    if (!destination) {
      this.handoffBlocked = true;
      this.focusAfterRender = '#handoff-error';
      return;
    }
    this.handoffBlocked = false;
    const workerCategory = workerCategoryOf(f);
    let detail: MrCaseNavigateDetail;
    if (to === 'wage-calculator') {
      const period = wagePeriodOf(f, WAGE_THEFT_VIOLATIONS);
      const c = f.journey.contract;
      const basicMonthly = c.currency && c.basicMonthly.trim() ? parseMajor(c.currency, c.basicMonthly, this.l10n.locale) : undefined;
      detail = { to, destination, workerCategory, ...(period ? { period } : {}), ...(basicMonthly && basicMonthly.minor >= 0 ? { basicMonthly } : {}) };
    } else detail = { to, destination, workerCategory, problem: pathwayProblemOf(f) };
    const proceed = emit(this, 'mr-navigate', detail);
    const targetId = to === 'wage-calculator' ? this.calculatorFor : this.pathwayFor;
    if (!proceed || !targetId) return;
    const target = (this.getRootNode() as Document | ShadowRoot).getElementById?.(targetId);
    if (!target) return;
    if (detail.to === 'wage-calculator') Object.assign(target, { country: destination, workerCategory });
    else Object.assign(target, { destination, workerCategory, problem: detail.problem });
    target.scrollIntoView?.({ block: 'start' });
    (target as HTMLElement).focus?.();
  }

  // ---- drafts on this device (persist) ------------------------------------------------------

  private async initPersist(): Promise<void> {
    if (!this.persist || this.persistState === 'on' || this.persistState === 'unlocking') return;
    if (!draftsAvailable()) {
      this.persistState = 'unavailable';
      return;
    }
    this.persistState = 'checking';
    try {
      this.persistState = (await hasDrafts()) ? 'locked' : 'off';
    } catch {
      this.persistState = 'unavailable';
    }
  }

  private stopPersisting(): void {
    this.persistGeneration++;
    if (this.autosaveTimer !== undefined) clearTimeout(this.autosaveTimer);
    this.autosaveTimer = undefined;
    this.passphrase = '';
    if (this.persistState === 'on') this.persistState = this.persist ? 'locked' : 'idle';
    if (!this.persist) this.persistState = 'idle';
    this.keptAt = undefined;
  }

  private scheduleWrite(): void {
    if (this.persistState !== 'on') return;
    if (this.autosaveTimer !== undefined) clearTimeout(this.autosaveTimer);
    this.autosaveTimer = setTimeout(() => {
      this.autosaveTimer = undefined;
      this.writeNow();
    }, AUTOSAVE_DELAY);
  }

  /** Writes the drafts now (encrypted), after any write already running. */
  private writeNow(): Promise<void> {
    const engine = this.engine;
    if (this.persistState !== 'on' || !this.passphrase || !engine) return this.persistChain;
    if (this.autosaveTimer !== undefined) clearTimeout(this.autosaveTimer);
    this.autosaveTimer = undefined;
    const generation = this.persistGeneration;
    const passphrase = this.passphrase;
    const saved = [...this.saved];
    // The case on screen once valid; a fresh case (no consent yet) replaces the one kept before.
    const current = engine.checkForm(this.form, todayIso(), this.l10n.locale).case ?? (this.consentDone ? undefined : null);
    this.persistChain = this.persistChain.then(async () => {
      if (generation !== this.persistGeneration) return;
      try {
        await writeDrafts(engine, passphrase, saved, current);
        if (generation === this.persistGeneration) {
          this.keptAt = new Date();
          this.persistFailed = false;
        }
      } catch {
        this.persistFailed = true;
      }
    });
    return this.persistChain;
  }

  private startPersisting(): void {
    void this.withEngine('persist', () => this.persistNow());
  }

  private async persistNow(): Promise<void> {
    const problems = checkNewPassphrase(this.persistPass.first, this.persistPass.second, 'persist-pass', 'persist-pass-again');
    this.persistProblems = problems;
    if (problems.size) {
      this.focusProblem = true;
      return;
    }
    this.passphrase = this.persistPass.first;
    this.persistPass = { first: '', second: '' };
    this.persistState = 'on';
    await this.writeNow();
  }

  private unlock(): void {
    void this.withEngine('persist', () => this.unlockNow(this.engine!));
  }

  private async unlockNow(engine: CaseEngine): Promise<void> {
    const passphrase = this.persistPass.first;
    if (!passphrase) {
      this.persistProblems = new Map([['persist-pass', { field: 'persist-pass', code: 'cases.crypto.passphraseRequired' }]]);
      this.focusProblem = true;
      return;
    }
    this.persistState = 'unlocking';
    try {
      const drafts = await readDrafts(engine, passphrase);
      const byId = new Map(this.saved.map((c) => [c.id, c]));
      for (const c of drafts.saved.cases) if (!byId.has(c.id)) byId.set(c.id, c);
      this.saved = [...byId.values()];
      const current = drafts.current?.cases[0];
      if (current && !this.dirty) {
        this.form = engine.fromCase(current);
        this.consentDone = true;
        this.dirty = !this.saved.some((c) => c.id === current.id);
        this.goTo('worker');
      }
      this.passphrase = passphrase;
      this.persistPass = { first: '', second: '' };
      this.persistProblems = new Map();
      this.persistState = 'on';
      void this.writeNow();
    } catch (error) {
      this.persistState = 'locked';
      const code = error instanceof engine.CasesCryptoError ? error.code : 'caseForm.persist.failed';
      this.persistProblems = new Map([['persist-pass', { field: 'persist-pass', code }]]);
      this.focusProblem = true;
    }
  }

  /** "Delete everything": the database on this device and everything in memory. */
  async deleteEverything(): Promise<void> {
    this.persistGeneration++;
    if (this.autosaveTimer !== undefined) clearTimeout(this.autosaveTimer);
    this.autosaveTimer = undefined;
    const pending = this.persistChain;
    this.passphrase = '';
    this.revokeDownload();
    this.saved = [];
    this.exportPass = { first: '', second: '' };
    this.persistPass = { first: '', second: '' };
    this.startCase();
    this.confirmDelete = false;
    this.keptAt = undefined;
    await pending;
    try {
      if (draftsAvailable()) await deleteDrafts();
      this.persistState = this.persist ? (draftsAvailable() ? 'off' : 'unavailable') : 'idle';
      this.notice = 'caseForm.persist.deleted';
    } catch {
      this.persistFailed = true;
    }
    this.focusAfterRender = '#title';
  }

  // ---- rendering: shared pieces -------------------------------------------------------------

  private error(field: string, problems: FieldProblems = this.shown): TemplateResult | typeof nothing {
    const p = problems.get(field);
    if (!p) return nothing;
    return html`<p class="error" part="error" id=${`${cssId(field)}-error`}>${icon('warning')}<span>${this.say(p)}</span></p>`;
  }

  private say(p: Pick<FieldProblem, 'code' | 'params'>): string {
    return this.l10n.t(p.code, p.params ?? {});
  }

  private describedBy(field: string, hint: boolean, problems: FieldProblems = this.shown): string | typeof nothing {
    const id = cssId(field);
    const ids = [problems.has(field) ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ');
    return ids || nothing;
  }

  private label(field: string): string {
    const generic = field.replace(/^(violation|action|referral)s\.\d+\.(?:period\.)?/, '$1.');
    return this.l10n.t(`caseForm.field.${generic}`);
  }

  private textField(field: string, opts: { hint?: string; required?: boolean; autocomplete?: string; inputmode?: string; date?: boolean } = {}): TemplateResult {
    const id = cssId(field);
    const hint = opts.hint ?? (opts.date ? this.l10n.t('caseForm.dateHint') : undefined);
    const invalid = this.shown.has(field);
    return html`<div class="field" part="field">
      <label for=${id}>${this.label(field)}</label>
      ${hint ? html`<p class="field-hint" id=${`${id}-hint`}>${hint}</p>` : nothing}
      <input
        id=${id}
        name=${field}
        type="text"
        autocomplete=${opts.autocomplete ?? 'off'}
        inputmode=${opts.inputmode ?? nothing}
        spellcheck="false"
        .value=${getField(this.form, field) as string}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-required=${opts.required ? 'true' : nothing}
        aria-describedby=${this.describedBy(field, Boolean(hint))}
        @input=${(e: Event) => this.set(field, (e.target as HTMLInputElement).value)}
      />
      ${this.error(field)}
    </div>`;
  }

  private selectField(field: string, options: ReadonlyArray<{ value: string; label: string; group?: string }>, opts: { empty?: string; hint?: string } = {}): TemplateResult {
    const id = cssId(field);
    const value = getField(this.form, field) as string;
    const invalid = this.shown.has(field);
    const list = value && !options.some((o) => o.value === value) ? [...options, { value, label: value }] : options;
    const groups = [...new Set(list.map((o) => o.group))];
    const option = (o: { value: string; label: string }) => html`<option value=${o.value} ?selected=${o.value === value}>${o.label}</option>`;
    return html`<div class="field" part="field">
      <label for=${id}>${this.label(field)}</label>
      ${opts.hint ? html`<p class="field-hint" id=${`${id}-hint`}>${opts.hint}</p>` : nothing}
      <select
        id=${id}
        name=${field}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${this.describedBy(field, Boolean(opts.hint))}
        @change=${(e: Event) => this.set(field, (e.target as HTMLSelectElement).value)}
      >
        <option value="" ?selected=${value === ''}>${this.l10n.t(opts.empty ?? 'caseForm.notSaid')}</option>
        ${groups.length > 1
          ? groups.map((g) => html`<optgroup label=${g ?? ''}>${list.filter((o) => o.group === g).map(option)}</optgroup>`)
          : list.map(option)}
      </select>
      ${this.error(field)}
    </div>`;
  }

  private radios(field: string, options: ReadonlyArray<{ value: string; label: string }>): TemplateResult {
    const id = cssId(field);
    const value = getField(this.form, field);
    const invalid = this.shown.has(field);
    return html`<fieldset class="field" part="field" aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${this.describedBy(field, false)}>
      <legend>${this.label(field)}</legend>
      <div class="choices">
        ${options.map(
          (o, i) => html`<label class="choice">
            <input type="radio" id=${i === 0 ? id : nothing} name=${field} .value=${o.value} .checked=${value === o.value} @change=${() => this.set(field, o.value)} />
            <span>${o.label}</span>
          </label>`,
        )}
      </div>
      ${this.error(field)}
    </fieldset>`;
  }

  private amountField(amount: string, currency: string, hint?: string): TemplateResult {
    return html`<div class="pair">
      ${this.textField(amount, { inputmode: 'decimal', ...(hint ? { hint } : {}) })}
      ${this.selectField(currency, CURRENCIES.map((c) => ({ value: c, label: c })), { empty: 'ui.choose' })}
    </div>`;
  }

  private countryOptions(): Array<{ value: string; label: string }> {
    return COUNTRIES.map((c) => ({ value: c, label: this.l10n.country(c) })).sort((a, b) => a.label.localeCompare(b.label, this.l10n.locale));
  }

  private codes(list: readonly string[], prefix: string): Array<{ value: string; label: string }> {
    return list.map((value) => ({ value, label: this.l10n.t(`${prefix}.${value}`) }));
  }

  private passphraseFields(prefix: 'export' | 'persist', value: { first: string; second: string }, problems: FieldProblems, onInput: (v: { first: string; second: string }) => void, twice = true): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    const first = `${prefix}-pass`;
    const second = `${prefix}-pass-again`;
    const strength = value.first ? passphraseStrength(value.first) : undefined;
    const input = (id: string, label: string, v: string, set: (s: string) => void, hintIds: string) => html`<div class="field" part="field">
      <label for=${id}>${label}</label>
      <input
        id=${id}
        type="password"
        autocomplete=${twice ? 'new-password' : 'current-password'}
        spellcheck="false"
        .value=${v}
        aria-invalid=${problems.has(id) ? 'true' : 'false'}
        aria-describedby=${[problems.has(id) ? `${id}-error` : '', hintIds].filter(Boolean).join(' ') || nothing}
        @input=${(e: Event) => set((e.target as HTMLInputElement).value)}
      />
      ${this.error(id, problems)}
    </div>`;
    return html`${twice ? html`<p class="field-hint" id=${`${prefix}-pass-guide`}>${t('caseForm.passphraseGuide')}</p>` : nothing}
      ${input(first, t('caseForm.passphrase'), value.first, (s) => onInput({ ...value, first: s }), twice ? `${prefix}-pass-guide ${prefix}-pass-strength` : '')}
      ${twice
        ? html`<p class="field-hint strength ${strength ?? ''}" id=${`${prefix}-pass-strength`} aria-live="polite">${strength ? t(`caseForm.strength.${strength}`) : ''}</p>
            ${input(second, t('caseForm.passphraseAgain'), value.second, (s) => onInput({ ...value, second: s }), '')}`
        : nothing}`;
  }

  // ---- rendering: the widget ----------------------------------------------------------------

  override render(): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    return html`<section part="base" class="base" data-section=${this.section} dir=${this.l10n.dir} lang=${this.l10n.locale} aria-labelledby="title">
      <h2 id="title" class="title" tabindex="-1">${icon('briefcase')}<span>${t('caseForm.title')}</span></h2>
      ${this.l10n.reviewed ? nothing : html`<p class="translation-note">${t('ui.translationDraft')}</p>`}
      <p class="intro">${t('caseForm.intro')}</p>
      <p class="privacy">${icon('info')}<span>${t('caseForm.privacy')}</span></p>
      ${this.persist ? this.renderPersist() : nothing}
      ${this.consentDone ? this.renderSectionList() : nothing}
      ${this.renderSection()}
    </section>`;
  }

  private renderSectionList(): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    const shown = this.shown;
    return html`<nav class="sections" part="sections" aria-label=${t('caseForm.sections')}>
      <ol>
        ${SECTIONS.map((s) => {
          const count = s === 'export' ? 0 : problemsIn(shown, s).length;
          const started = sectionStarted(this.form, s);
          const kind = count ? 'problems' : started ? 'filled' : 'empty';
          return html`<li class=${kind}>
            <button type="button" part="button" aria-current=${s === this.section ? 'step' : nothing} @click=${() => this.goTo(s)}>
              <span class="name">${t(`caseForm.section.${s}`)}</span>
              ${s === 'export'
                ? nothing
                : html`<span class="state">${count ? icon('warning') : started ? icon('check') : nothing}${count
                    ? t('caseForm.sectionState.problems', { count })
                    : t(`caseForm.sectionState.${started ? 'filled' : 'empty'}`)}</span>`}
            </button>
          </li>`;
        })}
      </ol>
    </nav>`;
  }

  private renderSection(): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    const section = this.section;
    const count = section === 'export' ? 0 : problemsIn(this.shown, section).length;
    const body = {
      consent: () => this.renderConsent(),
      worker: () => this.renderWorker(),
      journey: () => this.renderJourney(),
      violations: () => this.renderViolations(),
      actions: () => this.renderActions(),
      referrals: () => this.renderReferrals(),
      status: () => this.radios('status', this.codes(CASE_STATUSES, 'cases.status')),
      export: () => this.renderExport(),
    }[section]();
    const last = section === 'export';
    const submit = (e: Event) => {
      e.preventDefault();
      if (section === 'consent' && !this.consentDone) this.continueFromConsent();
      else if (!last) this.nextSection();
    };
    return html`<form
      part="section"
      class="section"
      novalidate
      aria-labelledby="section-heading"
      aria-busy=${this.waiting === 'section' ? 'true' : 'false'}
      @submit=${submit}
    >
      <h3 id="section-heading" tabindex="-1">${t(`caseForm.section.${section}`)}</h3>
      <p class="hint">${t(`caseForm.hint.${section}`)}</p>
      <p class="notice" role="status">${this.notice ? html`${icon('check')}<span>${t(this.notice)}</span>` : nothing}</p>
      ${count ? html`<p class="error-summary" role="alert" tabindex="-1">${icon('warning')}<span>${t('ui.fixErrors', { count })}</span></p>` : nothing}
      ${body}
      ${last ? nothing : this.renderEngineError('section')}
      ${last
        ? nothing
        : html`<div class="actions" part="actions">
            <button type="submit" part="button" class="end">
              ${t(section === 'consent' && !this.consentDone ? 'caseForm.consentContinue' : 'caseForm.nextSection')}${icon('next', true)}
            </button>
          </div>`}
    </form>`;
  }

  private renderConsent(): TemplateResult {
    const invalid = this.shown.has('consent.given');
    return html`<label class="check">
        <input
          type="checkbox"
          id="consent-given"
          .checked=${this.form.consent.given}
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${this.describedBy('consent.given', false)}
          @change=${(e: Event) => this.set('consent.given', (e.target as HTMLInputElement).checked)}
        />
        <span>${this.label('consent.given')}</span>
      </label>
      ${this.error('consent.given')}
      ${this.radios('consent.scope', this.codes(CONSENT_SCOPES, 'cases.consentScope'))}
      ${this.textField('consent.givenOn', { date: true, required: true })}`;
  }

  private renderWorker(): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    const identified = this.form.consent.scope === 'share-identified';
    const showIdentifiers = identified || identifiersTyped(this.form) || this.shown.has('worker.identifiers');
    const idInvalid = this.shown.has('worker.identifiers');
    return html`${this.textField('worker.pseudonym', { required: true, hint: t('caseForm.hint.worker.pseudonym') })}
      ${this.selectField('worker.gender', this.codes(GENDERS, 'cases.gender'))}
      ${this.selectField('worker.ageBand', this.codes(AGE_BANDS, 'cases.ageBand'))}
      ${this.selectField('worker.nationality', this.countryOptions())}
      ${this.textField('worker.occupation')}
      ${this.selectField('worker.sector', this.codes(SECTORS, 'cases.sector'))}
      ${this.selectField('worker.migrationStatus', this.codes(MIGRATION_STATUSES, 'cases.migrationStatus'))}
      ${showIdentifiers
        ? html`<details class="group" ?open=${identifiersTyped(this.form) || idInvalid}>
            <summary>${this.label('worker.identifiers')}</summary>
            <fieldset class="field" id="worker-identifiers" aria-invalid=${idInvalid ? 'true' : 'false'} aria-describedby=${this.describedBy('worker.identifiers', true)}>
              <legend class="visually-hidden">${this.label('worker.identifiers')}</legend>
              <p class="field-hint" id="worker-identifiers-hint">${t('caseForm.hint.worker.identifiers')}</p>
              ${this.error('worker.identifiers')}
              ${this.textField('worker.identifiers.name')} ${this.textField('worker.identifiers.passportNo')}
              ${this.textField('worker.identifiers.phone', { inputmode: 'tel' })}
            </fieldset>
          </details>`
        : nothing}`;
  }

  private renderJourney(): TemplateResult {
    const countries = this.countryOptions();
    return html`${this.selectField('journey.origin', countries)} ${this.textField('journey.originPlace')}
      ${this.selectField('journey.destination', countries)} ${this.textField('journey.destinationPlace')}
      ${this.textField('journey.recruiter')} ${this.textField('journey.subAgent')}
      ${this.textField('journey.departureOn', { date: true })} ${this.textField('journey.arrivalOn', { date: true })}
      <fieldset class="group">
        <legend>${this.label('journey.contract')}</legend>
        ${this.textField('journey.contract.signedOn', { date: true })}
        ${this.amountField('journey.contract.basicMonthly', 'journey.contract.currency')}
        ${this.radios('journey.contract.substituted', [
          { value: 'yes', label: this.l10n.t('caseForm.yes') },
          { value: 'no', label: this.l10n.t('caseForm.no') },
          { value: '', label: this.l10n.t('caseForm.notSaid') },
        ])}
      </fieldset>`;
  }

  /** A list part (violations, complaints, referrals): items in fieldsets, add and remove buttons. */
  private renderList<T>(
    list: 'violations' | 'actions' | 'referrals',
    items: readonly T[],
    names: { item: string; none: string; add: string; remove: string },
    fields: (item: T, i: number) => TemplateResult,
    add: () => T,
    firstField: string,
  ): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    return html`<div class="items">
        ${items.length === 0 ? html`<p class="hint">${t(names.none)}</p>` : nothing}
        ${items.map(
          (item, i) => html`<fieldset class="item">
            <legend>${t(names.item, { n: i + 1 })}</legend>
            ${fields(item, i)}
            <div class="actions">
              <button type="button" class="secondary" part="button" @click=${() => this.removeItem(list, i)}>${t(names.remove, { n: i + 1 })}</button>
            </div>
          </fieldset>`,
        )}
      </div>
      <div class="actions">
        <button
          type="button"
          class="secondary add"
          part="button"
          @click=${() => {
            this.change({ ...this.form, [list]: [...items, add()] });
            this.focusAfterRender = `#${list}-${items.length}-${firstField}`;
          }}
        >
          ${t(names.add)}
        </button>
      </div>`;
  }

  private removeItem(list: 'violations' | 'actions' | 'referrals', index: number): void {
    this.change({ ...this.form, [list]: (this.form[list] as unknown[]).filter((_, j) => j !== index) });
    this.focusAfterRender = '#section-heading';
  }

  private renderViolations(): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    const types = [
      ...WAGE_THEFT_VIOLATIONS.map((v) => ({ value: v, label: t(`cases.violation.${v}`), group: t('caseForm.violationGroup.wageTheft') })),
      ...OTHER_VIOLATIONS.map((v) => ({ value: v, label: t(`cases.violation.${v}`), group: t('caseForm.violationGroup.other') })),
      ...FORCED_LABOUR_INDICATORS.map((v) => ({ value: v, label: t(`cases.violation.${v}`), group: t('caseForm.violationGroup.indicators') })),
    ];
    return html`<p class="note">${icon('info')}<span>${t('caseForm.indicatorsNote')}</span></p>
      ${this.renderList(
        'violations',
        this.form.violations,
        { item: 'caseForm.violationN', none: 'caseForm.noViolations', add: 'caseForm.addViolation', remove: 'caseForm.removeViolation' },
        (v, i) => html`${this.selectField(`violations.${i}.type`, types, { empty: 'ui.choose' })}
          ${this.textField(`violations.${i}.period.from`, { date: true })}
          ${this.textField(`violations.${i}.period.to`, { hint: `${t('caseForm.dateHint')} ${t('caseForm.hint.violation.to')}` })}
          ${v.type === '' || AMOUNT_VIOLATIONS.includes(v.type) || v.amount.trim()
            ? this.amountField(`violations.${i}.amount`, `violations.${i}.currency`, t('caseForm.hint.violation.amount'))
            : nothing}`,
        () => emptyViolation(this.form),
        'type',
      )}
      ${this.renderHandoffs()}`;
  }

  private renderActions(): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    return html`${this.renderList(
        'actions',
        this.form.actions,
        { item: 'caseForm.actionN', none: 'caseForm.noActions', add: 'caseForm.addAction', remove: 'caseForm.removeAction' },
        (_a, i) => html`${this.textField(`actions.${i}.body`, { required: true, hint: t('caseForm.hint.action.body') })}
          ${this.textField(`actions.${i}.filedOn`, { date: true, required: true })}
          ${this.selectField(`actions.${i}.outcome`, this.codes(ACTION_OUTCOMES, 'cases.outcome'), { empty: 'ui.choose' })}
          ${this.selectField(`actions.${i}.problem`, this.codes(PATHWAY_PROBLEMS, 'caseForm.problem'))}`,
        emptyAction,
        'body',
      )}
      ${this.renderHandoffs()}`;
  }

  private renderReferrals(): TemplateResult {
    return this.renderList(
      'referrals',
      this.form.referrals,
      { item: 'caseForm.referralN', none: 'caseForm.noReferrals', add: 'caseForm.addReferral', remove: 'caseForm.removeReferral' },
      (_r, i) => html`${this.selectField(`referrals.${i}.kind`, this.codes(REFERRAL_KINDS, 'cases.referral'), { empty: 'ui.choose' })}
        ${this.textField(`referrals.${i}.organisation`)} ${this.textField(`referrals.${i}.on`, { date: true })}`,
      emptyReferral,
      'kind',
    );
  }

  private renderHandoffs(): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    return html`<div class="panel" role="group" aria-labelledby="handoff-heading">
      <h4 id="handoff-heading">${t('caseForm.handoff')}</h4>
      ${this.handoffBlocked
        ? html`<p class="error" part="error" id="handoff-error" tabindex="-1">${icon('warning')}<span>${t('caseForm.handoffNeedsDestination')}</span></p>
            <div class="actions">
              <button type="button" class="secondary" part="button" @click=${() => this.goTo('journey', '#journey-destination')}>${t('caseForm.goToJourney')}</button>
            </div>`
        : nothing}
      <div class="actions" part="actions">
        <button type="button" part="button" aria-describedby="calculate-hint" @click=${() => this.handoff('wage-calculator')}>${icon('money')}${t('caseForm.calculate')}</button>
        <button type="button" part="button" aria-describedby="what-next-hint" @click=${() => this.handoff('complaint-pathway')}>${icon('link')}${t('caseForm.whatNext')}</button>
      </div>
      <p class="field-hint" id="calculate-hint">${t('caseForm.hint.calculate')}</p>
      <p class="field-hint" id="what-next-hint">${t('caseForm.hint.whatNext')}</p>
    </div>`;
  }

  private renderExport(): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    const failing = this.saveFailed ? SECTIONS.filter((s) => s !== 'export' && problemsIn(this.check.problems, s).length > 0) : [];
    const otherProblems = this.saveFailed ? problemsIn(this.check.problems, 'export') : [];
    return html`<div class="panel">
        ${this.saveFailed
          ? html`<div class="error-summary" role="alert" tabindex="-1">
              ${icon('warning')}
              <div>
                <p>${t('caseForm.fixBeforeSave', { count: this.check.problems.size })}</p>
                <ul class="problem-list">
                  ${failing.map(
                    (s) => html`<li>
                      <button type="button" class="secondary" part="button" @click=${() => ((this.focusProblem = true), this.goTo(s))}>
                        ${t(`caseForm.section.${s}`)}: ${t('caseForm.sectionState.problems', { count: problemsIn(this.check.problems, s).length })}
                      </button>
                    </li>`,
                  )}
                  ${otherProblems.map((p) => html`<li>${this.say(p)}</li>`)}
                </ul>
              </div>
            </div>`
          : nothing}
        ${this.dirty && sectionStarted(this.form, 'consent') ? html`<p class="note">${icon('info')}<span>${t('caseForm.unsaved')}</span></p>` : nothing}
        <div class="actions" part="actions">
          <button type="button" part="button" @click=${() => this.saveCase()}>${icon('check')}${t('caseForm.save')}</button>
          <button type="button" class="secondary" part="button" @click=${() => this.saveAndNew()}>${t('caseForm.saveAndNew')}</button>
        </div>
        ${this.renderEngineError('section')}
      </div>
      <div class="panel">
        <h4 id="saved-heading" tabindex="-1">${t('caseForm.savedCases')}</h4>
        ${this.saved.length
          ? html`<ul class="saved-list">
              ${this.saved.map(
                (c) => html`<li>
                  <span>${t('caseForm.savedCase', { name: c.worker.pseudonym, date: this.l10n.date(c.createdOn), count: c.violations.length })}</span>
                  <button type="button" class="secondary" part="button" @click=${() => this.removeSaved(c.id)}>${t('caseForm.removeSaved', { name: c.worker.pseudonym })}</button>
                </li>`,
              )}
            </ul>
            ${this.persistState === 'on' ? nothing : html`<p class="field-hint">${t('caseForm.savedNotKept')}</p>`}`
          : html`<p class="hint">${t('caseForm.noSavedCases')}</p>`}
      </div>
      ${this.renderFileMaker()}
      <div class="actions">
        <button type="button" class="secondary" part="button" @click=${() => this.reset()}>${icon('restart')}${t('ui.startOver')}</button>
      </div>`;
  }

  private renderFileMaker(): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    const d = this.download;
    return html`<fieldset class="group">
      <legend>${t('caseForm.export')}</legend>
      <p class="field-hint">${t('caseForm.hint.export.file')}</p>
      <div class="field" part="field">
        <label for="anonymise">${t('caseForm.anonymise')}</label>
        <select id="anonymise" @change=${(e: Event) => ((this.anonymise = (e.target as HTMLSelectElement).value as AnonymisationLevel | ''), this.revokeDownload())}>
          <option value="" ?selected=${this.anonymise === ''}>${t('caseForm.anonymise.none')}</option>
          ${ANONYMISATION_LEVELS.map((l) => html`<option value=${l} ?selected=${this.anonymise === l}>${t(`cases.anonymisation.${l}`)}</option>`)}
        </select>
      </div>
      ${this.exportError ? html`<p class="error" part="error" id="export-error" tabindex="-1">${icon('warning')}<span>${this.exportError}</span></p>` : nothing}
      <div class="actions" part="actions">
        <button type="button" class="secondary" part="button" data-format="json" @click=${() => this.makeFile('json')}>${t('caseForm.format.json')}</button>
        <button
          type="button"
          class="secondary"
          part="button"
          data-format="csv"
          aria-busy=${this.preparingCsv ? 'true' : 'false'}
          ?disabled=${this.preparingCsv}
          @click=${() => this.makeFile('csv')}
        >${t('caseForm.format.csv')}</button>
      </div>
      <div class="group">
        <h4>${t('caseForm.format.encrypted')}</h4>
        ${this.passphraseFields('export', this.exportPass, this.exportProblems, (v) => ((this.exportPass = v), (this.exportProblems = new Map())))}
        <div class="actions" part="actions">
          <button type="button" part="button" data-format="encrypted" ?disabled=${this.encrypting} @click=${() => this.makeFile('encrypted')}>${t('caseForm.makeEncrypted')}</button>
        </div>
      </div>
      <div aria-live="polite">
        ${this.encrypting ? html`<p class="hint">${t('caseForm.encrypting')}</p>` : nothing}
        ${d
          ? html`<p class="field-hint">${t('caseForm.hint.download')}</p>
              <a class="download" part="download" href=${d.url} download=${d.file} data-format=${d.format} @click=${() => this.downloaded()}
                >${icon('download')}${t('caseForm.download', { file: d.file, count: d.count })}</a
              >`
          : nothing}
      </div>
    </fieldset>`;
  }

  /** The engine could not be fetched for the press made here: say so, and offer to try that press again. */
  private renderEngineError(place: EnginePlace): TemplateResult | typeof nothing {
    if (this.engineFailed !== place) return nothing;
    const t = this.l10n.t.bind(this.l10n);
    return html`<div class="field">
      <p class="error" part="error" id="engine-error" tabindex="-1">${icon('warning')}<span>${t('caseForm.error.engineUnavailable')}</span></p>
      <div class="actions">
        <button type="button" class="secondary" part="button" id="engine-retry" @click=${() => this.retry?.()}>${t('ui.tryAgain')}</button>
      </div>
    </div>`;
  }

  private renderPersist(): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    const state = this.persistState;
    const setPass = (v: { first: string; second: string }) => ((this.persistPass = v), (this.persistProblems = new Map()));
    let body: TemplateResult | typeof nothing = nothing;
    if (state === 'unavailable') body = html`<p class="note">${icon('warning')}<span>${t('caseForm.persist.unavailable')}</span></p>`;
    else if (state === 'off')
      body = html`<p class="field-hint">${t('caseForm.persist.offHint')}</p>
        ${this.passphraseFields('persist', this.persistPass, this.persistProblems, setPass)}
        <div class="actions"><button type="button" part="button" @click=${() => this.startPersisting()}>${t('caseForm.persist.start')}</button></div>`;
    else if (state === 'locked' || state === 'unlocking')
      body = html`<p class="field-hint">${t('caseForm.persist.lockedHint')}</p>
        ${this.passphraseFields('persist', this.persistPass, this.persistProblems, setPass, false)}
        <div class="actions">
          <button type="button" part="button" ?disabled=${state === 'unlocking'} @click=${() => this.unlock()}>${t('caseForm.persist.unlock')}</button>
        </div>
        ${state === 'unlocking' ? html`<p class="hint" role="status">${t('caseForm.persist.unlocking')}</p>` : nothing}`;
    else if (state === 'on')
      body = html`<p class="notice">${icon('check')}<span>${t('caseForm.persist.on')}</span></p>
        <p class="field-hint" aria-live="polite">
          ${this.keptAt ? t('caseForm.persist.keptAt', { time: new Intl.DateTimeFormat(this.l10n.locale, { timeStyle: 'short' }).format(this.keptAt) }) : ''}
          ${this.consentDone && !this.check.case ? t('caseForm.persist.notKept') : ''}
        </p>`;
    const canDelete = state === 'on' || state === 'locked';
    return html`<section class="panel" part="persist" aria-labelledby="persist-heading" aria-busy=${this.waiting === 'persist' ? 'true' : 'false'}>
      <h3 id="persist-heading">${t('caseForm.persist.title')}</h3>
      ${body} ${this.renderEngineError('persist')}
      ${this.persistFailed ? html`<p class="error" part="error">${icon('warning')}<span>${t('caseForm.persist.failed')}</span></p>` : nothing}
      ${canDelete
        ? this.confirmDelete
          ? html`<p class="note" id="delete-warning">${icon('warning')}<span>${t('caseForm.persist.deleteConfirm')}</span></p>
              <div class="actions">
                <button type="button" class="danger" part="button" aria-describedby="delete-warning" @click=${() => this.deleteEverything()}>${t('caseForm.persist.deleteYes')}</button>
                <button type="button" class="secondary" part="button" @click=${() => ((this.confirmDelete = false), (this.focusAfterRender = '#delete-everything'))}>${t('caseForm.persist.cancel')}</button>
              </div>`
          : html`<div class="actions">
              <button type="button" id="delete-everything" class="secondary" part="button" @click=${() => ((this.confirmDelete = true), (this.focusAfterRender = '#delete-warning + .actions button'))}>
                ${icon('restart')}${t('caseForm.persist.delete')}
              </button>
            </div>`
        : nothing}
    </section>`;
  }
}
