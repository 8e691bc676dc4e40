import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isIsoDate, todayLocal } from '@migrant-rights/sdk/dates';
import { DESTINATIONS, ORIGINS, isDestination } from '@migrant-rights/sdk/geo';
import type { Coded } from '@migrant-rights/sdk/i18n';
import type { FilingDeadlineResult, FindPathwayResult, PathwayDataLookup, Problem, WorkerCategory } from '@migrant-rights/sdk/pathways/core';
import { MrElement } from '../../internal/mr-element.js';
import { LocalizeController, withWords } from '../../internal/localize.js';
import { emit } from '../../internal/events.js';
import { icon, type IconName } from '../../internal/icons.js';
import { provenanceStyles } from '../../internal/provenance-styles.js';
import { baseStyles } from '../../internal/styles.js';
import { layoutStyles } from '../../internal/layout-styles.js';
import { formStyles, choiceStyles, stepStyles } from '../../internal/form-styles.js';
import { resultStyles } from '../../internal/result-styles.js';
import { OnDemand } from '../../internal/on-demand.js';
import { complaintPathwayStyles } from './complaint-pathway.styles.js';
import { catalogues, english } from './complaint-pathway.locales.js';
import {
  CATEGORY_CHOICES,
  FIELDS_OF,
  PROBLEM_CHOICES,
  STEPS,
  asCategory,
  asCountry,
  asDate,
  asProblem,
  checkStep,
  coreComplete,
  emptyAnswers,
  toQuery,
  type Answers,
  type DateField,
  type Field,
  type FieldProblems,
  type PathwayQuery,
  type Step,
  type View,
} from './pathway-model.js';
import type { Outcome } from './pathway-rules.js';
import type { DataStatus, ResultHost } from './pathway-result.js';

/** `mr-change`: the person changed an answer. Strings are '' when not answered. No names, ever. */
export interface MrPathwayChangeDetail {
  destination: string;
  origin: string;
  workerCategory: WorkerCategory | '';
  problem: Problem | '';
  ended: '' | 'yes' | 'no';
  employmentEndedOn: string;
  incidentOn: string;
}

/** `mr-pathway`: a result is shown. */
export interface MrPathwayDetail {
  /** What was asked of the SDK (today included). */
  input: PathwayQuery;
  /** `findPathway`'s answer: `found` with the pathway, or `not-covered` with what still exists. */
  result: FindPathwayResult;
  /** `filingDeadline`'s answer for the same question. */
  deadline: FilingDeadlineResult;
}

type PathwayEngine = typeof import('./engine.js');

const STEP_ICON: Record<Step | 'result', IconName> = {
  where: 'globe',
  origin: 'home',
  work: 'briefcase',
  problem: 'warning',
  when: 'calendar',
  result: 'check',
};

/** The questions whose country's data is fetched once it is chosen. */
type DataField = 'destination' | 'origin';

/** Something the answer needs fetched, and the question it belongs to (where to say it could not come). */
interface Need {
  field: DataField;
  source: OnDemand<unknown>;
  key: string;
}

/** The key of the one engine chunk (`engine.ts`). */
const ENGINE = 'engine';
const NO_DATES = { ended: false, incidentOn: false } as const;

/**
 * Where and how a migrant worker complains, for their country of work, kind of work and problem:
 * a short set of questions (skipped when the page already gives the answers), then the steps in
 * order with who to contact and how, what to bring (a checklist kept only in memory), cost, time
 * limits, what to expect and how to stay safe; a countdown to the last day to file; help from the
 * worker's home country; and the partner's own local help. Runs entirely in the page: no cookies,
 * no storage, and nothing the person types is sent. The only network use is fetching the law of the
 * countries the person chose and the code that reads it (the widget's own files, from where its file
 * came), once each.
 *
 * @tag mr-complaint-pathway
 * @summary Step-by-step complaint route with deadline countdown, documents checklist, contacts and home-country support.
 *
 * @slot referral - The partner's own helpline or legal-aid referral, shown in the "Local help" card.
 *
 * @event mr-change - The person changed an answer. `detail: { destination, origin, workerCategory, problem, ended, employmentEndedOn, incidentOn }` ('' when not answered).
 * @event mr-pathway - A result is shown (or changed). `detail: { input, result, deadline }`: the query, the `findPathway` result and the `filingDeadline` result.
 *
 * @csspart base - The widget's root.
 * @csspart progress - The step indicator of the questions.
 * @csspart step - The current question group.
 * @csspart field - Each label + input group.
 * @csspart error - A field's error message.
 * @csspart actions - A row of buttons.
 * @csspart button - Every button.
 * @csspart result - The result panel.
 * @csspart deadline - The time-limit card.
 * @csspart countdown - Days left (or passed) to file.
 * @csspart stepper - The ordered list of steps.
 * @csspart path-step - One step of the route.
 * @csspart channel - One way to reach a body (link, phone, app, place).
 * @csspart documents - A step's checklist of documents.
 * @csspart protections - What protects the worker while the case runs.
 * @csspart origin - Help from the worker's home country.
 * @csspart origin-body - One home-country body.
 * @csspart local-help - The partner's "Local help" card.
 * @csspart not-covered - Why we hold no route.
 * @csspart provenance - Source, as-of date and verification of a fact.
 * @csspart verification - The "not verified" or "secondary source" flag.
 * @csspart note - A note about sources.
 *
 * @cssprop --mr-color-primary - Buttons, links, progress. Default #0b5cad.
 * @cssprop --mr-color-on-primary - Text on primary. Default #ffffff.
 * @cssprop --mr-color-surface - Background. Default #ffffff.
 * @cssprop --mr-color-text - Text. Default #1b1b1f.
 * @cssprop --mr-color-muted - Secondary text and borders. Default #4a4f57.
 * @cssprop --mr-color-danger - Errors and passed deadlines. Default #b3261e.
 * @cssprop --mr-color-warning - Unverified facts and close deadlines. Default #7a4b00.
 * @cssprop --mr-color-success - Completed steps, ticked documents. Default #1e6b34.
 * @cssprop --mr-font-family - Font. Inherits the page's by default.
 * @cssprop --mr-font-size - Base size. Default 1rem.
 * @cssprop --mr-radius - Corner radius. Default 0.5rem.
 * @cssprop --mr-space - Base spacing. Default 0.75rem.
 * @cssprop --mr-focus-ring - Focus outline. Default 3px solid #ffbf47.
 */
export class MrComplaintPathway extends MrElement {
  static override styles = [baseStyles, provenanceStyles, layoutStyles, formStyles, choiceStyles, stepStyles, resultStyles, complaintPathwayStyles];

  /** Country of work (ISO 3166-1 alpha-2), e.g. `QA`. Given: the question is skipped. */
  @property() destination = '';

  /** Country of origin (ISO 3166-1 alpha-2), e.g. `NP`, for home-country support. Optional. */
  @property() origin = '';

  /** Kind of work: `general` or `domestic`. Given: the question is skipped. */
  @property({ attribute: 'worker-category' }) workerCategory = '';

  /** The problem, e.g. `unpaid-wages`, `documents-withheld`, `recruitment-fees`. Given: the question is skipped. */
  @property() problem = '';

  /** The day the money was due (ISO `YYYY-MM-DD`); for several unpaid months, the earliest. */
  @property({ attribute: 'incident-on' }) incidentOn = '';

  /** The last day of the job (ISO `YYYY-MM-DD`); absent while the worker is still employed. */
  @property({ attribute: 'employment-ended-on' }) employmentEndedOn = '';

  /** Today (ISO `YYYY-MM-DD`). Default: today on the person's clock. */
  @property() today = '';

  /** Name of the partner's own helpline or legal-aid service, for the "Local help" card. */
  @property({ attribute: 'referral-name' }) referralName = '';

  /** Phone number of that service, shown and tappable (`tel:`). */
  @property({ attribute: 'referral-phone' }) referralPhone = '';

  /** Web address of that service (https only; anything else is shown as text). */
  @property({ attribute: 'referral-url' }) referralUrl = '';

  /**
   * Which countries' law to fetch once a country is chosen. `all` (default): every country's, so the
   * server that hosts these files cannot tell which country a worker chose. `chosen`: only that
   * country's, to save data on metered phones; the host can then tell.
   */
  @property({ attribute: 'law-download' }) lawDownload: 'all' | 'chosen' = 'all';

  @state() private view: View = 'where';
  @state() private answers: Answers = emptyAnswers();
  @state() private problems: FieldProblems = new Map();
  /** Document ids the person ticked: in memory only, forgotten on reload or "Start again". */
  @state() private ticked: ReadonlySet<string> = new Set();
  /** True once the person asked to change their answers: every question is asked again. */
  @state() private editing = false;
  @state() private copied = false;

  /** True while Next waits for a chosen country's data. */
  @state() private waiting = false;

  private readonly l10n = new LocalizeController(this, { english, loaders: catalogues });
  /**
   * The rules, the later questions' words and the answer's rendering (`engine.ts`): one chunk, the
   * same for every worker, fetched with the first country's law. Set once it and its words are here.
   */
  private engine: PathwayEngine | undefined;
  private readonly engineChunk = new OnDemand(this, () => this.loadEngine());
  /**
   * Each country's pathway data is its own chunk, fetched (with the engine) once the country is chosen.
   * Fetched together: the countries of work (`geo`'s list, the SDK's loadable ones: a test checks),
   * and, as the engine names them, the countries of origin we hold data for.
   */
  private readonly destinations = new OnDemand(this, (country) => this.withEngine().then((engine) => engine.loadDestinationData(country)), {
    together: () => (this.lawDownload === 'chosen' ? [] : DESTINATIONS),
  });
  private readonly origins = new OnDemand(this, (country) => this.withEngine().then((engine) => engine.loadOriginData(country)), {
    together: () => (this.lawDownload === 'chosen' ? [] : this.engine?.LOADABLE_ORIGINS ?? []),
  });
  private waitingFor: Promise<void> | undefined;
  /** What the SDK rules are given: only the countries fetched so far. */
  private readonly data: PathwayDataLookup = {
    destination: (country) => this.destinations.peek(country),
    origin: (country) => this.origins.peek(country),
  };
  private focusAfterRender: string | undefined;
  private initialised = false;
  private computed: Outcome | undefined;
  private emittedKey = '';

  /** The result on screen: `{ input, result, deadline }`, or undefined while questions remain. */
  get result(): MrPathwayDetail | undefined {
    if (this.view !== 'result') return undefined;
    const o = this.outcome();
    return o ? { input: o.input, result: o.result, deadline: o.deadline } : undefined;
  }

  /** The person's answers (a copy). */
  get answersGiven(): Readonly<Answers> {
    return { ...this.answers };
  }

  /** Forgets everything the person chose or ticked (used by `<mr-quick-exit>`). */
  override clearState(): void {
    this.reset();
  }

  /** Clears the person's answers and ticks; answers given by the page stay. */
  reset(): void {
    this.answers = this.withPresets(emptyAnswers(), true);
    this.problems = new Map();
    this.ticked = new Set();
    this.editing = false;
    this.copied = false;
    this.view = coreComplete(this.answers) ? 'result' : this.askedSteps()[0] ?? 'where';
    this.focusAfterRender = this.view === 'result' ? '#result-heading' : '#step-heading';
  }

  /**
   * Focuses the result heading (or the current question's heading) once rendered, so a page
   * that hands a claim over (`pathway-for`) can move the reader here.
   */
  override focus(options?: FocusOptions): void {
    void this.updateComplete.then(() => {
      const target = this.renderRoot.querySelector<HTMLElement>('#result-heading') ?? this.renderRoot.querySelector<HTMLElement>('#step-heading');
      target?.focus(options);
    });
  }

  private get todayIso(): string {
    return isIsoDate(this.today) ? this.today : todayLocal();
  }

  /** Answers with the page's presets (attributes or properties) laid over them. */
  private withPresets(a: Answers, all: boolean, changed?: PropertyValues<this>): Answers {
    const next = { ...a };
    const has = (k: keyof MrComplaintPathway) => all || !!changed?.has(k);
    if (has('destination') && asCountry(this.destination)) next.destination = asCountry(this.destination);
    if (has('origin') && asCountry(this.origin)) next.origin = asCountry(this.origin);
    if (has('workerCategory') && asCategory(this.workerCategory)) next.workerCategory = asCategory(this.workerCategory);
    if (has('problem') && asProblem(this.problem)) next.problem = asProblem(this.problem);
    if (has('incidentOn') && asDate(this.incidentOn)) next.incidentOn = asDate(this.incidentOn);
    if (has('employmentEndedOn') && asDate(this.employmentEndedOn)) {
      next.employmentEndedOn = asDate(this.employmentEndedOn);
      next.ended = 'yes';
    }
    return next;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    const handedOver = this.applyPresets(changed);
    // Start fetching what the chosen countries need. One that failed waits for Next or "Try again",
    // unless the page handed over a new case: its countries are tried afresh.
    for (const { source, key } of this.needed()) {
      if (handedOver && source.status(key) === 'failed') source.get(key).catch(() => undefined);
      else source.prefetch(key);
    }
  }

  /** Lays the page's presets over the answers; true when the page handed over a new case. */
  private applyPresets(changed: PropertyValues<this>): boolean {
    const presetKeys = ['destination', 'origin', 'workerCategory', 'problem', 'incidentOn', 'employmentEndedOn'] as const;
    if (!this.initialised) {
      this.initialised = true;
      this.answers = this.withPresets(this.answers, true);
      this.view = coreComplete(this.answers) ? 'result' : this.askedSteps()[0] ?? 'where';
      return false;
    }
    if (!presetKeys.some((k) => changed.has(k))) return false;
    const before = coreComplete(this.answers) && this.view === 'result';
    const cleared = { ...this.answers };
    // A page that hands over a new case without dates (e.g. a job that goes on) clears the old ones.
    if (changed.has('employmentEndedOn') && !asDate(this.employmentEndedOn)) Object.assign(cleared, { ended: '', employmentEndedOn: '' });
    if (changed.has('incidentOn') && !asDate(this.incidentOn)) cleared.incidentOn = '';
    this.answers = this.withPresets(cleared, false, changed);
    if (coreComplete(this.answers)) {
      // A hand-off (e.g. from the wage calculator) goes straight to its pathway.
      this.view = 'result';
      this.editing = false;
      this.problems = new Map();
    } else if (!before && !this.askedSteps().includes(this.view as Step)) {
      this.view = this.askedSteps()[0] ?? 'where';
    }
    return true;
  }

  /** The chosen countries' data in flight (not the others fetched with it), and what it was awaited for. */
  protected override pendingWork(): ReadonlyArray<Promise<unknown> | undefined> {
    return [...this.needed().filter(({ source, key }) => source.status(key) === 'loading').map(({ source, key }) => source.get(key)), this.waitingFor];
  }

  override updated(): void {
    if (this.focusAfterRender) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.focusAfterRender);
      if (target) {
        this.focusAfterRender = undefined;
        target.focus();
      } else if (!this.needed().some(({ source, key }) => source.status(key) === 'loading')) {
        // The heading to focus never came: the data could not be fetched, so offer to try again.
        this.focusAfterRender = undefined;
        this.renderRoot.querySelector<HTMLElement>('.retry')?.focus();
      }
    }
    if (this.view === 'result' && this.dataStatus('origin') !== 'loading') {
      const o = this.outcome();
      if (o && o.key !== this.emittedKey) {
        this.emittedKey = o.key;
        emit<MrPathwayDetail>(this, 'mr-pathway', { input: o.input, result: o.result, deadline: o.deadline });
      }
    } else if (this.view !== 'result') this.emittedKey = '';
  }

  // ---- the rules and the countries' data, fetched on demand --------------------------------------

  private async loadEngine(): Promise<PathwayEngine> {
    const engine = await withWords(this.l10n, import('./engine.js'));
    return (this.engine = engine);
  }

  private async withEngine(): Promise<PathwayEngine> {
    return (await this.engineChunk.get(ENGINE))!;
  }

  /**
   * What must be here before the chosen countries can be answered: the engine, once a country of
   * work is chosen; that country's law (a country we hold none for needs none); and the home
   * country's, once the engine says we hold data for it (so one we hold none for is never fetched).
   */
  private needed(a: Answers = this.answers): Need[] {
    const out: Need[] = [];
    if (!a.destination) return out;
    out.push({ field: 'destination', source: this.engineChunk, key: ENGINE });
    if (isDestination(a.destination)) out.push({ field: 'destination', source: this.destinations, key: a.destination });
    if (a.origin && this.engine?.LOADABLE_ORIGINS.includes(a.origin)) out.push({ field: 'origin', source: this.origins, key: a.origin });
    return out;
  }

  /** Whether what a question's answer needs is here (or none is needed), on its way, or could not be fetched. */
  private dataStatus(field: DataField): DataStatus {
    const states = this.needed()
      .filter((n) => n.field === field)
      .map(({ source, key }) => source.status(key));
    return states.includes('failed') ? 'unavailable' : states.every((s) => s === 'ready') ? 'ready' : 'loading';
  }

  /** Waits for the chosen countries' data, then `then()`; says so beside the question when it cannot come. */
  private whenLoaded(then: () => void): boolean {
    const missing = this.needed().filter(({ source, key }) => source.status(key) !== 'ready');
    if (!missing.length) return true;
    if (this.waitingFor) return false; // a second press while the data is on its way
    this.waiting = true;
    this.waitingFor = Promise.all(missing.map(({ source, key }) => source.get(key).then(() => true, () => false))).then((ok) => {
      this.waiting = false;
      this.waitingFor = undefined;
      const failed = [...new Set(missing.filter((_, i) => !ok[i]).map((n) => n.field))];
      if (failed.length) this.showUnavailable(failed);
      else then();
    });
    return false;
  }

  /** The data of a chosen country could not be fetched: say so on its question, every answer kept. */
  private showUnavailable(fields: DataField[]): void {
    this.problems = new Map(fields.map((f) => [f, { code: 'error.dataUnavailable' }]));
    const field = fields[0]!;
    const step: Step = field === 'destination' ? 'where' : 'origin';
    if (this.view !== 'result' && this.askedSteps().includes(step)) {
      this.view = step;
      this.focusAfterRender = `#${field}`;
    }
  }

  /** "Try again": fetches once more everything the chosen countries need that is not here, then focuses `focus`. */
  private retry(focus: string): void {
    for (const { source, key } of this.needed()) if (source.status(key) !== 'ready') source.get(key).catch(() => undefined);
    this.focusAfterRender = focus;
  }

  /** Which dates the rule for these answers needs (none known before the rules are here). */
  private dateQuestions(): { ended: boolean; incidentOn: boolean } {
    return this.engine?.dateQuestions(this.answers, this.todayIso, this.data) ?? NO_DATES;
  }

  /** Problems that keep the person on a step (the dates are judged by the SDK's rules). */
  private check(step: Step): FieldProblems {
    if (step !== 'when') return checkStep(this.answers, step);
    return this.engine?.checkDates(this.answers, this.todayIso, true, this.data) ?? new Map();
  }

  // ---- state changes ------------------------------------------------------------------------

  /** The questions to ask: those the page did not answer (all of them once the person edits). */
  private askedSteps(): Step[] {
    const preset = this.withPresets(emptyAnswers(), true);
    const all = this.editing;
    const coreGiven = coreComplete(preset);
    const dates = this.dateQuestions();
    const datesGiven = !!(asDate(this.incidentOn) || asDate(this.employmentEndedOn));
    return STEPS.filter((s) => {
      if (all) return s !== 'when' || dates.ended || dates.incidentOn;
      switch (s) {
        case 'where':
          return !preset.destination;
        case 'origin':
          return !preset.origin && !coreGiven;
        case 'work':
          return !preset.workerCategory;
        case 'problem':
          return !preset.problem;
        case 'when':
          return (dates.ended || dates.incidentOn) && !coreGiven && !datesGiven;
      }
    });
  }

  private set<K extends keyof Answers>(key: K, value: Answers[K]): void {
    this.answers = { ...this.answers, [key]: value };
    // Choosing a country (again) tries its data again.
    if (key === 'destination' || key === 'origin') {
      for (const { field, source, key: k } of this.needed()) if (field === key && source.status(k) === 'failed') source.get(k).catch(() => undefined);
    }
    if (this.problems.has(key as Field)) {
      const next = new Map(this.problems);
      next.delete(key as Field);
      this.problems = next;
    }
    this.copied = false;
    emit<MrPathwayChangeDetail>(this, 'mr-change', { ...this.answers });
  }

  private goTo(view: View): void {
    this.view = view;
    this.focusAfterRender = view === 'result' ? '#result-heading' : '#step-heading';
  }

  private next(): void {
    if (this.waitingFor) return; // a second press while the data is on its way
    const step = this.view as Step;
    const problems = this.check(step);
    this.problems = problems;
    if (problems.size) {
      const first = FIELDS_OF[step].find((f) => problems.has(f)) ?? [...problems.keys()][0]!;
      this.focusAfterRender = `#${first}`;
      return;
    }
    // Which questions follow, and the answer, depend on the chosen countries' law: wait for it.
    if (!this.whenLoaded(() => this.view === step && this.next())) return;
    const asked = this.askedSteps();
    const following = asked[asked.indexOf(step) + 1];
    if (following) this.goTo(following);
    else if (coreComplete(this.answers)) {
      this.editing = false;
      this.goTo('result');
    } else {
      // A question the page answered was answered wrongly: ask the first missing one.
      this.editing = true;
      this.goTo(this.askedSteps().find((s) => this.check(s).size) ?? 'where');
    }
  }

  private back(): void {
    const asked = this.askedSteps();
    const index = asked.indexOf(this.view as Step);
    if (index > 0) this.goTo(asked[index - 1]!);
  }

  private changeAnswers(): void {
    this.editing = true;
    this.problems = new Map();
    this.goTo(this.askedSteps()[0] ?? 'where');
  }

  private chooseProblem(problem: Problem): void {
    this.set('problem', problem);
    this.focusAfterRender = '#result-heading';
  }

  private tick(document: string, checked: boolean): void {
    const next = new Set(this.ticked);
    if (checked) next.add(document);
    else next.delete(document);
    this.ticked = next;
    this.copied = false;
  }

  /** The answer, once the destination's data is here; the home country joins once its data is. */
  private outcome(): Outcome | undefined {
    if (!coreComplete(this.answers) || this.dataStatus('destination') !== 'ready' || !this.engine) return undefined;
    const answers = this.dataStatus('origin') === 'ready' ? this.answers : { ...this.answers, origin: '' };
    if (this.computed?.key !== JSON.stringify(toQuery(answers, this.todayIso))) this.computed = this.engine.outcomeOf(answers, this.todayIso, this.data);
    return this.computed;
  }

  private async copySummary(): Promise<void> {
    const o = this.outcome();
    if (o && this.engine) this.copied = await this.engine.copySummary(this.resultHost(), o, this.renderRoot);
  }

  /** What the answer's rendering (in the engine) is given: the answers and what a press does. */
  private resultHost(): ResultHost {
    return {
      l10n: this.l10n,
      answers: this.answers,
      today: this.todayIso,
      data: this.data,
      ticked: this.ticked,
      copied: this.copied,
      originStatus: this.dataStatus('origin'),
      referral: {
        name: this.referralName.trim(),
        phone: this.referralPhone.trim(),
        url: this.referralUrl.trim(),
        slotted: [...this.children].some((c) => c.slot === 'referral'),
      },
      originSelect: (problems) => this.countrySelect('origin', ORIGINS, problems),
      dateFields: (problems) => this.dateFields(problems),
      tick: (document, checked) => this.tick(document, checked),
      chooseProblem: (problem) => this.chooseProblem(problem),
      retryOrigin: () => this.retry('#origin-heading'),
      copy: () => void this.copySummary(),
      change: () => this.changeAnswers(),
      reset: () => this.reset(),
      slotChanged: () => this.requestUpdate(),
    };
  }

  // ---- small renderers ----------------------------------------------------------------------

  private t(id: string, params: Record<string, string | number> = {}): string {
    return this.l10n.t(id, params);
  }

  /** Says a code: with the pathways module's words once they are here (country, problem and work names). */
  private say(coded: Coded): string {
    return this.engine ? this.engine.say(this.l10n, coded) : this.l10n.say(coded);
  }

  private error(field: Field, problems: FieldProblems, alert = false): TemplateResult | typeof nothing {
    const p = problems.get(field);
    if (!p) return nothing;
    return html`<p class="error" part="error" id=${`${field}-error`} role=${alert ? 'alert' : nothing}>${icon('warning')}<span>${this.say(p)}</span></p>`;
  }

  private radios<T extends string>(field: Field, options: readonly T[], value: string, label: (o: T) => TemplateResult | string, onChange: (v: T) => void, problems: FieldProblems, cls = ''): TemplateResult {
    const invalid = problems.has(field);
    return html`<fieldset class="field" part="field" aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${invalid ? `${field}-error` : nothing}>
      <legend>${this.t(`complaintPathway.field.${field}`)}</legend>
      <div class="choices ${cls}">
        ${options.map(
          (o, i) => html`<label class="choice">
            <input type="radio" id=${i === 0 ? field : nothing} name=${field} .value=${o} .checked=${value === o} @change=${() => onChange(o)} />
            <span>${label(o)}</span>
          </label>`,
        )}
      </div>
      ${this.error(field, problems)}
    </fieldset>`;
  }

  private dateField(field: DateField, problems: FieldProblems): TemplateResult {
    const invalid = problems.has(field);
    const describedBy = [`${field}-hint`, invalid ? `${field}-error` : ''].filter(Boolean).join(' ');
    return html`<div class="field" part="field">
      <label for=${field}>${this.t(`complaintPathway.field.${field}`)}</label>
      <p class="field-hint" id=${`${field}-hint`}>${this.t(`complaintPathway.hint.${field}`)}</p>
      <input
        id=${field}
        name=${field}
        type="date"
        autocomplete="off"
        max=${this.todayIso}
        .value=${this.answers[field]}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${describedBy}
        @input=${(e: Event) => this.set(field, (e.target as HTMLInputElement).value)}
      />
      ${this.error(field, problems)}
    </div>`;
  }

  private countrySelect(field: 'destination' | 'origin', options: readonly string[], problems: FieldProblems): TemplateResult {
    const value = this.answers[field];
    const invalid = problems.has(field);
    const sorted = [...new Set([...options, ...(value ? [value] : [])])].sort((a, b) => this.l10n.country(a).localeCompare(this.l10n.country(b), this.l10n.locale));
    return html`<div class="field" part="field">
      <label for=${field}>${this.t(`complaintPathway.field.${field}`)}</label>
      <select id=${field} name=${field} aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${invalid ? `${field}-error` : nothing}
        @change=${(e: Event) => this.set(field, (e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${!value}>${this.t(field === 'origin' ? 'complaintPathway.option.noOrigin' : 'ui.choose')}</option>
        ${sorted.map((c) => html`<option value=${c} ?selected=${value === c}>${this.l10n.country(c)}</option>`)}
      </select>
      ${this.error(field, problems)}
    </div>`;
  }

  /** The date questions the rule needs: in the "when" step, and inside the time-limit card. */
  private dateFields(problems: FieldProblems): TemplateResult {
    const asked = this.dateQuestions();
    const a = this.answers;
    return html`${asked.ended
        ? this.radios('ended', ['yes', 'no'] as const, a.ended, (o) => this.t(`complaintPathway.option.ended.${o}`), (v) => this.set('ended', v), problems)
        : nothing}
      ${a.ended === 'yes' && (asked.ended || a.employmentEndedOn) ? this.dateField('employmentEndedOn', problems) : nothing}
      ${asked.incidentOn || a.incidentOn ? this.dateField('incidentOn', problems) : nothing}`;
  }

  // ---- rendering ----------------------------------------------------------------------------

  override render(): TemplateResult {
    const view = this.view;
    // The later questions and the answer are worded and drawn by the engine: until it is here (it
    // comes with the country of work's law), say why they wait, or that they could not come.
    const waitsForEngine = view === 'work' || view === 'problem' || view === 'when';
    const answerAsked = view === 'result' && coreComplete(this.answers);
    const pending = answerAsked || (waitsForEngine && !this.engine && this.answers.destination) ? this.dataStatus('destination') : 'ready';
    const result = answerAsked && pending === 'ready' ? this.outcome() : undefined;
    const step: Step = view === 'result' || (waitsForEngine && !this.engine) ? 'where' : view;
    const body =
      pending !== 'ready'
        ? view === 'result'
          ? this.renderResultPending(pending)
          : this.renderStepPending(view as Step, pending)
        : result && this.engine
          ? this.engine.renderResult(this.resultHost(), result)
          : this.renderWizard(step);
    const shown = result || (pending !== 'ready' && view === 'result') ? 'result' : pending !== 'ready' ? view : step;
    return html`<section part="base" class="base" data-view=${shown} data-status=${result ? result.result.status : nothing}
        dir=${this.l10n.dir} lang=${this.l10n.locale} aria-labelledby="title">
      <h2 id="title" class="title">${icon('link')}<span>${this.t('complaintPathway.title')}</span></h2>
      ${this.l10n.reviewed ? nothing : html`<p class="translation-note">${this.t('ui.translationDraft')}</p>`}
      ${body}
    </section>`;
  }

  private renderWizard(step: Step): TemplateResult {
    const t = this.t.bind(this);
    const engine = this.engine;
    const asked = this.askedSteps();
    const shown = asked.includes(step) ? asked : [...asked, step];
    const index = shown.indexOf(step);
    const all = [...shown, 'result' as const];
    const last = index === shown.length - 1;
    // Until the destination's law is here, how many questions follow is not known: say nothing about it.
    const unsure = coreComplete(this.answers) && this.dataStatus('destination') !== 'ready';
    const offStep = (['destination', 'origin'] as const).filter((f) => this.problems.has(f) && !FIELDS_OF[step].includes(f));
    const body = {
      where: () => this.countrySelect('destination', DESTINATIONS, this.problems),
      origin: () => this.countrySelect('origin', ORIGINS, this.problems),
      work: () =>
        engine
          ? this.radios('workerCategory', CATEGORY_CHOICES, this.answers.workerCategory, (o) => html`${icon(o === 'domestic' ? 'home' : 'briefcase')}${t(engine.codes.category(o))}`, (v) => this.set('workerCategory', v), this.problems)
          : nothing,
      problem: () =>
        engine
          ? this.radios('problem', PROBLEM_CHOICES, this.answers.problem, (o) => html`${engine.pathwayIcon(engine.PROBLEM_ICON[o])}${t(engine.codes.problem(o))}`, (v) => this.set('problem', v), this.problems, 'with-icons')
          : nothing,
      when: () => this.dateFields(this.problems),
    }[step]();
    return html`<p class="intro">${t('complaintPathway.intro')}</p>
      ${unsure
        ? nothing
        : html`<ol class="progress" part="progress" aria-label=${t('ui.progress')}>
              ${all.map(
                (s, i) => html`<li class=${i < index ? 'done' : i === index ? 'current' : ''} aria-current=${i === index ? 'step' : nothing}>
                  ${icon(STEP_ICON[s])}<span class="visually-hidden">${t(`complaintPathway.step.${s}`)}</span>
                </li>`,
              )}
            </ol>
            <p class="step-count">${t('ui.stepOf', { current: index + 1, total: all.length })}</p>`}
      <form part="step" class="step" novalidate data-step=${step} aria-busy=${this.waiting ? 'true' : 'false'} @submit=${(e: Event) => (e.preventDefault(), this.next())}>
        <h3 id="step-heading" tabindex="-1">${t(`complaintPathway.step.${step}`)}</h3>
        <p class="hint">${t(`complaintPathway.hint.${step}`)}</p>
        ${this.problems.size ? html`<p class="error-summary" role="alert">${t('ui.fixErrors', { count: this.problems.size })}</p>` : nothing}
        ${body}
        ${offStep.map((f) => this.error(f, this.problems))}
        ${this.waiting ? html`<p class="loading" role="status">${t('complaintPathway.loading')}</p>` : nothing}
        <div class="actions" part="actions">
          ${index > 0 ? html`<button type="button" class="secondary" part="button" @click=${this.back}>${icon('back', true)}${t('ui.back')}</button>` : nothing}
          <button type="submit" part="button">${t(last ? 'complaintPathway.showPath' : 'ui.next')}${icon('next', true)}</button>
        </div>
        <p class="privacy">${t('ui.privacy')}</p>
      </form>`;
  }

  /** What stands in while the law is on its way, or when it could not be fetched: the words, and "Try again". */
  private renderPendingContent(status: 'loading' | 'unavailable', focus: string): TemplateResult {
    const t = this.t.bind(this);
    return status === 'loading'
      ? html`<p class="loading" role="status">${t('complaintPathway.loading')}</p>`
      : html`${this.error('destination', new Map([['destination', { code: 'error.dataUnavailable' }]]), true)}
          <div class="actions no-print" part="actions">
            <button type="button" class="retry" part="button" @click=${() => this.retry(focus)}>${icon('restart')}${t('ui.tryAgain')}</button>
            <button type="button" class="secondary" part="button" @click=${this.changeAnswers}>${icon('back', true)}${t('complaintPathway.actions.change')}</button>
          </div>`;
  }

  /** The result while the destination's law is on its way, or when it could not be fetched. */
  private renderResultPending(status: 'loading' | 'unavailable'): TemplateResult {
    return html`<div class="result" part="result" aria-busy=${status === 'loading' ? 'true' : 'false'}>
      ${this.renderPendingContent(status, '#result-heading')}
      <p class="privacy">${this.t('ui.privacy')}</p>
    </div>`;
  }

  /**
   * A question worded by the engine (kind of work, problem, dates) while it is on its way, or could
   * not be fetched. Its heading is not `#step-heading`: focus waits for the question itself.
   */
  private renderStepPending(step: Step, status: 'loading' | 'unavailable'): TemplateResult {
    const t = this.t.bind(this);
    return html`<p class="intro">${t('complaintPathway.intro')}</p>
      <div part="step" class="step" data-step=${step} aria-busy=${status === 'loading' ? 'true' : 'false'}>
        <h3>${t(`complaintPathway.step.${step}`)}</h3>
        ${this.renderPendingContent(status, '#step-heading')}
        <p class="privacy">${t('ui.privacy')}</p>
      </div>`;
  }
}
