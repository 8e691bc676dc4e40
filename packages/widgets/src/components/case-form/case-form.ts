import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { CONSENT_SCOPES, type AnonymisationLevel } from '@migrant-rights/sdk/cases/choices';
import type { Case } from '@migrant-rights/sdk/cases/core';
import { MrElement } from '../../internal/mr-element.js';
import { LocalizeController, withWords } from '../../internal/localize.js';
import { emit } from '../../internal/events.js';
import { OnDemand } from '../../internal/on-demand.js';
import { icon } from '../../internal/icons.js';
import { baseStyles } from '../../internal/styles.js';
import { layoutStyles } from '../../internal/layout-styles.js';
import { formStyles, choiceStyles } from '../../internal/form-styles.js';
import { caseFormStyles } from './case-form.styles.js';
import { catalogues, english } from './case-form.locales.js';
import {
  SECTIONS,
  checkNewPassphrase,
  emptyForm,
  problemsIn,
  sectionOf,
  setField,
  todayIso,
  type CaseForm,
  type Download,
  type ExportFormat,
  type FieldProblems,
  type MrExportDetail,
  type Section,
} from './form-model.js';
import { codes, describedBy, fieldError, label, passphraseFields, radios, textField, type FieldHost, type Pass } from './fields.js';
import type { PartsActions, PartsView } from './parts.js';
import type { CaseCheck } from './form-check.js';
import { deleteDrafts, draftsAvailable, hasDrafts, readDrafts, writeDrafts } from './draft-store.js';

/**
 * The parts after consent with their wording, checking, saving and files (the SDK's case schema,
 * encryption): `engine.ts`, fetched on the person's first interaction with the form and awaited by
 * whatever needs it.
 */
type CaseEngine = typeof import('./engine.js');
/** Where a press that needed the engine could not get it: the part on screen, or the drafts panel. */
type EnginePlace = 'section' | 'persist';
/** The first sign that a person is using the form: the engine is fetched then, not at first render. */
const FIRST_USE = ['focusin', 'input', 'click'] as const;

export type { ExportFormat, MrCaseNavigateDetail, MrExportDetail } from './form-model.js';

type PersistState = 'idle' | 'checking' | 'off' | 'locked' | 'unlocking' | 'on' | 'unavailable';

const FILE_TYPE: Record<ExportFormat, string> = { json: 'application/json', csv: 'text/csv;charset=utf-8', encrypted: 'application/json' };
const AUTOSAVE_DELAY = 1500;

/**
 * An intake form for a community leader documenting a migrant worker's case on a phone, offline.
 * Consent comes first; then the parts of the case (worker without direct identifiers, journey and
 * contract, violations with periods and amounts, complaints, referrals, status) can be filled in
 * any order, each checked field by field with the SDK's `validateCase`. Nothing leaves the page
 * unless the person makes a file (JSON, CSV or encrypted) and saves it. With the opt-in `persist`
 * attribute, drafts are kept in IndexedDB encrypted under a passphrase the person sets.
 *
 * The first screen is the consent step. The rest of the form (its other parts, the checks and the
 * files) is fetched from the widget's folder when the person first uses the form, as one file that
 * is the same for everyone; from then on the form works offline. If it cannot be fetched, the form
 * says so, keeps every answer, and offers to try again.
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
  @state() private exportPass: Pass = { first: '', second: '' };
  @state() private exportProblems: FieldProblems = new Map();
  @state() private exportError = '';
  @state() private encrypting = false;
  @state() private preparingCsv = false;
  @state() private download: Download | undefined;

  @state() private persistState: PersistState = 'idle';
  @state() private persistPass: Pass = { first: '', second: '' };
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
  private readonly engineLoad = new OnDemand<CaseEngine>(this, async () => {
    const engine = await withWords(this.l10n, import('./engine.js'));
    return (this.engine = engine);
  });
  /** What the last press waiting for the engine will do once it is here. */
  private engineWork: Promise<void> | undefined;
  /** What "Try again" does after the engine could not be fetched: the press that needed it. */
  private retry: (() => void) | undefined;
  /** Bumped when a new case starts (or everything is forgotten), so a press made before does not land on it. */
  private caseGeneration = 0;
  /** The CSV writer (with its parser library) is its own chunk, fetched when the person asks for a CSV file. */
  private readonly csv = new OnDemand(this, () => this.needEngine().then((engine) => engine.loadCasesCsv()));
  /** What the parts (rendered by the engine) ask the element to do. */
  private readonly actions: PartsActions = {
    change: (form, focus) => {
      this.change(form);
      if (focus) this.focusAfterRender = focus;
    },
    goTo: (section, focus, showProblem) => {
      if (showProblem) this.focusProblem = true;
      this.goTo(section, focus);
    },
    save: () => this.saveCase(),
    saveAndNew: () => this.saveAndNew(),
    removeSaved: (id) => this.removeSaved(id),
    reset: () => this.reset(),
    anonymise: (level) => {
      this.anonymise = level;
      this.revokeDownload();
    },
    exportPass: (pass) => {
      this.exportPass = pass;
      this.exportProblems = new Map();
    },
    makeFile: (format) => void this.makeFile(format),
    downloaded: () => this.downloaded(),
    handoff: (to) => this.handoff(to),
  };
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
    // A message about an earlier try stays (with the focus on its button) until this one is answered.
    this.waiting = place;
    const work = this.needEngine()
      .then(
        () => {
          this.waiting = '';
          this.engineFailed = '';
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
    const engine = this.engine!; // the part that makes files came with the engine
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
    const detail = this.engine!.handoffDetail(this.form, to, this.l10n.locale); // a part after consent, so the engine is here
    if (!detail) {
      this.handoffBlocked = true;
      this.focusAfterRender = '#handoff-error';
      return;
    }
    this.handoffBlocked = false;
    const proceed = emit(this, 'mr-navigate', detail);
    const targetId = to === 'wage-calculator' ? this.calculatorFor : this.pathwayFor;
    if (!proceed || !targetId) return;
    const target = (this.getRootNode() as Document | ShadowRoot).getElementById?.(targetId);
    if (!target) return;
    const { destination, workerCategory } = detail;
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

  // ---- rendering ----------------------------------------------------------------------------

  /** What the fields read and do, for this render. */
  private fields(): FieldHost {
    return { l10n: this.l10n, form: this.form, shown: this.shown, set: (field, value) => this.set(field, value) };
  }

  /** The state the parts after consent read, for this render. */
  private view(h: FieldHost): PartsView {
    return {
      ...h,
      section: this.section,
      check: this.check,
      saved: this.saved,
      dirty: this.dirty,
      saveFailed: this.saveFailed,
      handoffBlocked: this.handoffBlocked,
      listKept: this.persistState === 'on',
      anonymise: this.anonymise,
      exportPass: this.exportPass,
      exportProblems: this.exportProblems,
      exportError: this.exportError,
      encrypting: this.encrypting,
      preparingCsv: this.preparingCsv,
      download: this.download,
      act: this.actions,
    };
  }

  override render(): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    const h = this.fields();
    return html`<section part="base" class="base" data-section=${this.section} dir=${this.l10n.dir} lang=${this.l10n.locale} aria-labelledby="title">
      <h2 id="title" class="title" tabindex="-1">${icon('briefcase')}<span>${t('caseForm.title')}</span></h2>
      ${this.l10n.reviewed ? nothing : html`<p class="translation-note">${t('ui.translationDraft')}</p>`}
      <p class="intro">${t('caseForm.intro')}</p>
      <p class="privacy">${icon('info')}<span>${t('caseForm.privacy')}</span></p>
      ${this.persist ? this.renderPersist(h) : nothing}
      ${this.consentDone && this.engine ? this.engine.renderSectionList(this.view(h)) : nothing}
      ${this.renderSection(h)}
    </section>`;
  }

  private renderSection(h: FieldHost): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    const section = this.section;
    const count = section === 'export' ? 0 : problemsIn(h.shown, section).length;
    // The parts after consent come with the engine; a person reaches them only once it is here.
    const body = section === 'consent' ? this.renderConsent(h) : this.engine ? this.engine.renderPart(this.view(h)) : nothing;
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

  private renderConsent(h: FieldHost): TemplateResult {
    const invalid = h.shown.has('consent.given');
    return html`<label class="check">
        <input
          type="checkbox"
          id="consent-given"
          .checked=${this.form.consent.given}
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${describedBy(h, 'consent.given', false)}
          @change=${(e: Event) => this.set('consent.given', (e.target as HTMLInputElement).checked)}
        />
        <span>${label(h, 'consent.given')}</span>
      </label>
      ${fieldError(h, 'consent.given')}
      ${radios(h, 'consent.scope', codes(h, CONSENT_SCOPES, 'cases.consentScope'))}
      ${textField(h, 'consent.givenOn', { date: true, required: true })}`;
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

  private renderPersist(h: FieldHost): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    const state = this.persistState;
    const setPass = (v: Pass) => ((this.persistPass = v), (this.persistProblems = new Map()));
    let body: TemplateResult | typeof nothing = nothing;
    if (state === 'unavailable') body = html`<p class="note">${icon('warning')}<span>${t('caseForm.persist.unavailable')}</span></p>`;
    else if (state === 'off')
      body = html`<p class="field-hint">${t('caseForm.persist.offHint')}</p>
        ${passphraseFields(h, 'persist', this.persistPass, this.persistProblems, setPass)}
        <div class="actions"><button type="button" part="button" @click=${() => this.startPersisting()}>${t('caseForm.persist.start')}</button></div>`;
    else if (state === 'locked' || state === 'unlocking')
      body = html`<p class="field-hint">${t('caseForm.persist.lockedHint')}</p>
        ${passphraseFields(h, 'persist', this.persistPass, this.persistProblems, setPass, false)}
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
