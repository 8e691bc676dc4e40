import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isIsoDate, todayLocal } from '@migrant-rights/sdk/dates';
import { DESTINATIONS, ORIGINS, isDestination } from '@migrant-rights/sdk/geo';
import type { Coded, LocalisedText } from '@migrant-rights/sdk/i18n';
import {
  PATHWAY_ORIGINS,
  codes,
  limitsInForce,
  loadDestinationData,
  loadOriginData,
  LOADABLE_DESTINATIONS,
  LOADABLE_ORIGINS,
  type Channel,
  type DestinationData,
  type FilingDeadlineResult,
  type FindPathwayResult,
  type Limit,
  type Notice,
  type OriginBody,
  type OriginSupport,
  type OriginSupportView,
  type Pathway,
  type Period,
  type Problem,
  type Protection,
  type PathwayDataLookup,
  type Step as PathStep,
  type WorkerCategory,
} from '@migrant-rights/sdk/pathways/core';
import type { Source, Verification } from '@migrant-rights/sdk/provenance';
import { MrElement } from '../../internal/mr-element.js';
import { LocalizeController } from '../../internal/localize.js';
import { emit } from '../../internal/events.js';
import { icon, type IconName } from '../../internal/icons.js';
import { renderProvenance } from '../../internal/provenance-view.js';
import { provenanceStyles } from '../../internal/provenance-styles.js';
import { baseStyles } from '../../internal/styles.js';
import { layoutStyles } from '../../internal/layout-styles.js';
import { formStyles, choiceStyles, stepStyles } from '../../internal/form-styles.js';
import { resultStyles } from '../../internal/result-styles.js';
import { copyText, selectContents } from '../../internal/clipboard.js';
import { OnDemand } from '../../internal/on-demand.js';
import { complaintPathwayStyles } from './complaint-pathway.styles.js';
import { catalogues, english } from './complaint-pathway.locales.js';
import {
  FIELDS_OF,
  STEPS,
  asCategory,
  asCountry,
  asDate,
  asProblem,
  checkDates,
  checkStep,
  coreComplete,
  dateQuestions,
  deadlineOf,
  emptyAnswers,
  originDeadlineOf,
  pathwayOf,
  problemsWithPathway,
  toQuery,
  type Answers,
  type DateField,
  type Field,
  type FieldProblems,
  type PathwayQuery,
  type Step,
  type View,
} from './pathway-model.js';
import { CHANNEL_ICON, PROBLEM_ICON, pathwayIcon } from './pathway-icons.js';
import {
  costText,
  countdownText,
  exactStart,
  httpsUrl,
  languageList,
  limitText,
  list,
  periodText,
  say,
  startText,
  telOf,
  type DatedFact,
} from './pathway-words.js';
import { pathwaySummary } from './summary.js';

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

interface Outcome extends MrPathwayDetail {
  key: string;
  originDeadline: FilingDeadlineResult | undefined;
}

/** A fact as the pathways module stores it: sources, verification, note and a start that may be vague. */
type Fact = DatedFact & { sources: readonly Source[]; verification: Verification; note?: string | undefined };

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
/** Whether the chosen country's data is here (or none is needed), on its way, or could not be fetched. */
type DataStatus = 'ready' | 'loading' | 'unavailable';

const without = (set: ReadonlySet<string>, key: string): ReadonlySet<string> => new Set([...set].filter((k) => k !== key));

/** Problems a not-covered result shows general advice for (advice only: no legal figure). */
const GENERAL_ADVICE = ['keep-copies', 'absconding-report', 'do-not-sign-blank'] as const;

/**
 * Where and how a migrant worker complains, for their country of work, kind of work and problem:
 * a short set of questions (skipped when the page already gives the answers), then the steps in
 * order with who to contact and how, what to bring (a checklist kept only in memory), cost, time
 * limits, what to expect and how to stay safe; a countdown to the last day to file; help from the
 * worker's home country; and the partner's own local help. Runs entirely in the page: no cookies,
 * no storage, and nothing the person types is sent. The only network use is fetching the law of the
 * countries the person chose (the widget's own files, from where its file came), once each.
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

  /** Countries whose data could not be fetched (`destination:QA`, `origin:NP`) until tried again. */
  @state() private unavailable: ReadonlySet<string> = new Set();
  /** True while Next waits for a chosen country's data. */
  @state() private waiting = false;

  private readonly l10n = new LocalizeController(this, { english, loaders: catalogues });
  /** Each country's pathway data is its own chunk, fetched once the country is chosen. */
  private readonly destinations = new OnDemand(this, loadDestinationData, { together: () => (this.lawDownload === 'chosen' ? [] : LOADABLE_DESTINATIONS) });
  private readonly origins = new OnDemand(this, loadOriginData, { together: () => (this.lawDownload === 'chosen' ? [] : LOADABLE_ORIGINS) });
  /** The data fetched so far, by country (undefined: we hold none for it). */
  private readonly loaded = { destination: new Map<string, DestinationData | undefined>(), origin: new Map<string, OriginSupport | undefined>() };
  private readonly requests = new Map<string, Promise<boolean>>();
  private waitingFor: Promise<void> | undefined;
  /** What the SDK rules are given: only the countries fetched so far. */
  private readonly data: PathwayDataLookup = {
    destination: (country) => this.loaded.destination.get(country),
    origin: (country) => this.loaded.origin.get(country),
  };
  private focusAfterRender: string | undefined;
  private initialised = false;
  private computed: Outcome | undefined;
  private emittedKey = '';
  private fallbackSeen = false;

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
    this.applyPresets(changed);
    // Start fetching the chosen countries' data (a failed one waits for Next or "Try again").
    for (const [field, country] of this.needed()) if (!this.unavailable.has(`${field}:${country}`)) void this.ask(field, country);
  }

  private applyPresets(changed: PropertyValues<this>): void {
    const presetKeys = ['destination', 'origin', 'workerCategory', 'problem', 'incidentOn', 'employmentEndedOn'] as const;
    if (!this.initialised) {
      this.initialised = true;
      this.answers = this.withPresets(this.answers, true);
      this.view = coreComplete(this.answers) ? 'result' : this.askedSteps()[0] ?? 'where';
      return;
    }
    if (presetKeys.some((k) => changed.has(k))) {
      this.unavailable = new Set(); // a new case handed over: try its countries afresh
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
    }
  }

  /** The chosen countries' data in flight, and what it was awaited for. */
  protected override pendingWork(): ReadonlyArray<Promise<unknown> | undefined> {
    return [...this.requests.values(), this.waitingFor];
  }

  override updated(): void {
    if (this.focusAfterRender) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.focusAfterRender);
      if (target) {
        this.focusAfterRender = undefined;
        target.focus();
      } else if (!this.requests.size) {
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

  // ---- the countries' data, fetched on demand ------------------------------------------------

  /** The chosen countries we hold data for, which must be fetched before they can be answered. */
  private needed(a: Answers = this.answers): Array<[DataField, string]> {
    const out: Array<[DataField, string]> = [];
    if (isDestination(a.destination)) out.push(['destination', a.destination]);
    if ((PATHWAY_ORIGINS as readonly string[]).includes(a.origin)) out.push(['origin', a.origin]);
    return out;
  }

  private dataStatus(field: DataField): DataStatus {
    const country = this.answers[field];
    if (!this.needed().some(([f]) => f === field) || this.loaded[field].has(country)) return 'ready';
    return this.unavailable.has(`${field}:${country}`) ? 'unavailable' : 'loading';
  }

  /** Fetches one country's data (again, after a failure); resolves to whether it is here. */
  private ask(field: DataField, country: string): Promise<boolean> {
    if (this.loaded[field].has(country)) return Promise.resolve(true);
    const key = `${field}:${country}`;
    const inFlight = this.requests.get(key);
    if (inFlight) return inFlight;
    if (this.unavailable.has(key)) this.unavailable = without(this.unavailable, key);
    const source: OnDemand<DestinationData | OriginSupport> = field === 'destination' ? this.destinations : this.origins;
    const request = source
      .get(country)
      .then(
        (data) => {
          (this.loaded[field] as Map<string, DestinationData | OriginSupport | undefined>).set(country, data);
          return true;
        },
        () => {
          this.unavailable = new Set([...this.unavailable, key]);
          return false;
        },
      )
      .finally(() => {
        this.requests.delete(key);
        this.requestUpdate();
      });
    this.requests.set(key, request);
    return request;
  }

  /** Waits for the chosen countries' data, then `then()`; says so beside the question when it cannot come. */
  private whenLoaded(then: () => void): boolean {
    const missing = this.needed().filter(([field, country]) => !this.loaded[field].has(country));
    if (!missing.length) return true;
    if (this.waitingFor) return false; // a second press while the data is on its way
    this.waiting = true;
    this.waitingFor = Promise.all(missing.map(([field, country]) => this.ask(field, country))).then((ok) => {
      this.waiting = false;
      this.waitingFor = undefined;
      const failed = missing.filter((_, i) => !ok[i]).map(([field]) => field);
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

  /** "Try again" on the result: fetches once more every chosen country's data that is not here. */
  private retry(field: DataField): void {
    for (const [f, country] of this.needed()) void this.ask(f, country);
    this.focusAfterRender = field === 'destination' ? '#result-heading' : '#origin-heading';
  }

  // ---- state changes ------------------------------------------------------------------------

  /** The questions to ask: those the page did not answer (all of them once the person edits). */
  private askedSteps(): Step[] {
    const preset = this.withPresets(emptyAnswers(), true);
    const all = this.editing;
    const coreGiven = coreComplete(preset);
    const dates = dateQuestions(this.answers, this.todayIso, this.data);
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
    if ((key === 'destination' || key === 'origin') && this.unavailable.has(`${key}:${value}`)) this.unavailable = without(this.unavailable, `${key}:${value}`);
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
    const problems = checkStep(this.answers, step, this.todayIso, this.data);
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
      this.goTo(this.askedSteps().find((s) => checkStep(this.answers, s, this.todayIso, this.data).size) ?? 'where');
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
    if (!coreComplete(this.answers) || this.dataStatus('destination') !== 'ready') return undefined;
    const answers = this.dataStatus('origin') === 'ready' ? this.answers : { ...this.answers, origin: '' };
    const input = toQuery(answers, this.todayIso);
    const key = JSON.stringify(input);
    if (this.computed?.key !== key) {
      this.computed = { key, input, result: pathwayOf(input, this.data), deadline: deadlineOf(input, this.data), originDeadline: originDeadlineOf(input, this.data) };
    }
    return this.computed;
  }

  private async copySummary(): Promise<void> {
    const o = this.outcome();
    if (!o) return;
    const text = this.summaryText(o);
    this.copied = await copyText(text);
    if (!this.copied) selectContents(this.renderRoot.querySelector<HTMLElement>('#summary-text'));
  }

  private summaryText(o: Outcome): string {
    return pathwaySummary(this.l10n, {
      answers: this.answers,
      result: o.result,
      deadline: o.deadline,
      ticked: this.ticked,
      referral: { name: this.referralName.trim(), phone: this.referralPhone.trim(), url: this.referralUrl.trim() },
    });
  }

  // ---- small renderers ----------------------------------------------------------------------

  private t(id: string, params: Record<string, string | number> = {}): string {
    return this.l10n.t(id, params);
  }

  private say(coded: Coded): string {
    return say(this.l10n, coded);
  }

  /** Data text in the reader's language where we have it, marked as English where we do not. */
  private text(value: LocalisedText): TemplateResult {
    const tr = this.l10n.text(value);
    if (!tr.fallback) return html`${tr.text}`;
    this.fallbackSeen = true;
    return html`<span class="untranslated" lang=${tr.locale} dir="ltr">${tr.text}</span>`;
  }

  /** Source links, as-of date (never a placeholder date) and verification flag of one fact. */
  private sourced(fact: Fact): TemplateResult {
    const exact = exactStart(fact);
    const start = exact ? undefined : startText(this.l10n, fact);
    return html`<div class="fact-source">
      ${renderProvenance(this.l10n, {
        sources: fact.sources,
        verification: fact.verification,
        ...(fact.note ? { note: fact.note } : {}),
        ...(exact && fact.effectiveFrom ? { effectiveFrom: fact.effectiveFrom } : {}),
      })}
      ${start ? html`<p class="as-of">${start}</p>` : nothing}
      ${fact.effectiveTo ? html`<p class="as-of">${this.t('complaintPathway.until', { date: this.l10n.date(fact.effectiveTo) })}</p>` : nothing}
    </div>`;
  }

  /** Facts that repeat their step's source are not sourced twice. */
  private sourcedUnlessSame(fact: Fact, parent: string): TemplateResult | typeof nothing {
    return factKey(fact) === parent ? nothing : this.sourced(fact);
  }

  private line(drawn: TemplateResult, content: TemplateResult | string, cls = ''): TemplateResult {
    return html`<p class="line ${cls}">${drawn}<span>${content}</span></p>`;
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
    const asked = dateQuestions(this.answers, this.todayIso, this.data);
    const a = this.answers;
    return html`${asked.ended
        ? this.radios('ended', ['yes', 'no'] as const, a.ended, (o) => this.t(`complaintPathway.option.ended.${o}`), (v) => this.set('ended', v), problems)
        : nothing}
      ${a.ended === 'yes' && (asked.ended || a.employmentEndedOn) ? this.dateField('employmentEndedOn', problems) : nothing}
      ${asked.incidentOn || a.incidentOn ? this.dateField('incidentOn', problems) : nothing}`;
  }

  // ---- rendering ----------------------------------------------------------------------------

  override render(): TemplateResult {
    this.fallbackSeen = false;
    const pending = this.view === 'result' && coreComplete(this.answers) ? this.dataStatus('destination') : 'ready';
    const result = this.view === 'result' && pending === 'ready' ? this.outcome() : undefined;
    const body =
      pending !== 'ready' ? this.renderResultPending(pending) : result ? this.renderResult(result) : this.renderWizard(this.view === 'result' ? 'where' : this.view);
    return html`<section part="base" class="base" data-view=${result || pending !== 'ready' ? 'result' : this.view} data-status=${result ? result.result.status : nothing}
        dir=${this.l10n.dir} lang=${this.l10n.locale} aria-labelledby="title">
      <h2 id="title" class="title">${icon('link')}<span>${this.t('complaintPathway.title')}</span></h2>
      ${this.l10n.reviewed ? nothing : html`<p class="translation-note">${this.t('ui.translationDraft')}</p>`}
      ${body}
    </section>`;
  }

  private renderWizard(step: Step): TemplateResult {
    const t = this.t.bind(this);
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
        this.radios('workerCategory', ['general', 'domestic'] as const, this.answers.workerCategory, (o) => html`${icon(o === 'domestic' ? 'home' : 'briefcase')}${t(codes.category(o))}`, (v) => this.set('workerCategory', v), this.problems),
      problem: () =>
        this.radios('problem', problemOrder(), this.answers.problem, (o) => html`${pathwayIcon(PROBLEM_ICON[o])}${t(codes.problem(o))}`, (v) => this.set('problem', v), this.problems, 'with-icons'),
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

  /** The result while the destination's law is on its way, or when it could not be fetched. */
  private renderResultPending(status: 'loading' | 'unavailable'): TemplateResult {
    const t = this.t.bind(this);
    return html`<div class="result" part="result" aria-busy=${status === 'loading' ? 'true' : 'false'}>
      ${status === 'loading'
        ? html`<p class="loading" role="status">${t('complaintPathway.loading')}</p>`
        : html`${this.error('destination', new Map([['destination', { code: 'error.dataUnavailable' }]]), true)}
            <div class="actions no-print" part="actions">
              <button type="button" class="retry" part="button" @click=${() => this.retry('destination')}>${icon('restart')}${t('ui.tryAgain')}</button>
              <button type="button" class="secondary" part="button" @click=${this.changeAnswers}>${icon('back', true)}${t('complaintPathway.actions.change')}</button>
            </div>`}
      <p class="privacy">${t('ui.privacy')}</p>
    </div>`;
  }

  private renderResult(o: Outcome): TemplateResult {
    const t = this.t.bind(this);
    const a = this.answers;
    const r = o.result;
    const content = r.status === 'found' ? this.renderFound(r, o) : r.status === 'not-covered' ? this.renderNotCovered(r) : this.renderInvalid(r.problems);
    const heading =
      r.status === 'found'
        ? t('complaintPathway.result.heading', { problem: t(codes.problem(a.problem as Problem)), country: this.l10n.country(a.destination) })
        : t('complaintPathway.notCovered.heading');
    return html`<div class="result" part="result">
      <h3 id="result-heading" tabindex="-1">${r.status === 'found' ? pathwayIcon(PROBLEM_ICON[a.problem as Problem]) : icon('info')}<span>${heading}</span></h3>
      <p class="answers">
        <span>${t('complaintPathway.result.category', { category: t(codes.category(a.workerCategory as WorkerCategory)) })}</span>
        ${r.status === 'found' ? nothing : html`<span>${t('complaintPathway.result.problem', { problem: t(codes.problem(a.problem as Problem)) })}</span>`}
        ${a.origin ? html`<span>${t('complaintPathway.result.origin', { country: this.l10n.country(a.origin) })}</span>` : nothing}
      </p>
      ${this.fallbackSeen ? html`<p class="translation-note untranslated-note">${icon('info')}<span>${t('complaintPathway.untranslated')}</span></p>` : nothing}
      ${content}
      <div class="actions no-print" part="actions">
        <button type="button" part="button" @click=${() => print()}>${icon('print')}${t('ui.print')}</button>
        <button type="button" class="secondary" part="button" @click=${this.copySummary}>${icon('copy')}${t('ui.copy')}</button>
        <button type="button" class="secondary" part="button" @click=${this.changeAnswers}>${icon('back', true)}${t('complaintPathway.actions.change')}</button>
        <button type="button" class="secondary" part="button" @click=${this.reset}>${icon('restart')}${t('ui.startOver')}</button>
      </div>
      <p class="status no-print" role="status">${this.copied ? t('ui.copied') : ''}</p>
      <pre id="summary-text" class="summary-text" hidden>${this.summaryText(o)}</pre>
      <p class="privacy">${t('ui.privacy')}</p>
    </div>`;
  }

  private renderInvalid(problems: readonly Coded[]): TemplateResult {
    return html`<ul class="not-covered" part="not-covered">${problems.map((p) => html`<li class="line">${icon('warning')}<span>${this.say(p)}</span></li>`)}</ul>`;
  }

  private renderFound(r: Extract<FindPathwayResult, { status: 'found' }>, o: Outcome): TemplateResult {
    const t = this.t.bind(this);
    const p = r.pathway;
    return html`${this.renderDeadline(o.deadline)}
      ${p.notices.length || r.remarks.length ? this.renderNotices(p.notices, r.remarks) : nothing}
      <section class="steps" aria-labelledby="steps-heading">
        <h4 id="steps-heading">${t('complaintPathway.section.steps')}</h4>
        <ol class="stepper" part="stepper">${p.steps.map((s, i) => this.renderPathStep(p, s, i, o))}</ol>
      </section>
      ${p.protections.length ? this.renderProtections(p.protections) : nothing}
      ${this.renderOrigin(r.originSupport, r.notCovered, o)}
      ${this.renderLocalHelp()}`;
  }

  private renderNotCovered(r: Extract<FindPathwayResult, { status: 'not-covered' }>): TemplateResult {
    const t = this.t.bind(this);
    const a = this.answers;
    const others = isDestination(a.destination) && a.workerCategory ? problemsWithPathway(a.destination, a.workerCategory, this.data) : [];
    return html`<ul class="not-covered" part="not-covered">
        ${r.notCovered.filter((c) => c.code !== 'pathways.notCovered.origin').map((c) => html`<li class="line">${icon('info')}<span>${this.say(c)}</span></li>`)}
      </ul>
      <p class="intro">${t('complaintPathway.notCovered.intro')}</p>
      ${this.renderLocalHelp()}
      ${this.renderOrigin(r.originSupport, r.notCovered, undefined)}
      ${others.length
        ? html`<section class="other-problems" aria-labelledby="other-problems-heading">
            <h4 id="other-problems-heading">${t('complaintPathway.notCovered.otherProblems', { country: this.l10n.country(a.destination) })}</h4>
            <p class="hint">${t('complaintPathway.notCovered.otherProblemsHint')}</p>
            <ul class="problem-buttons no-print">
              ${others.map((p) => html`<li><button type="button" class="secondary" part="button" data-problem=${p} @click=${() => this.chooseProblem(p)}>${pathwayIcon(PROBLEM_ICON[p])}${t(codes.problem(p))}</button></li>`)}
            </ul>
          </section>`
        : nothing}
      <section class="advice" aria-labelledby="advice-heading">
        <h4 id="advice-heading">${t('complaintPathway.notCovered.generalAdvice')}</h4>
        <ul class="safety">${GENERAL_ADVICE.map((s) => html`<li class="line">${icon('warning')}<span>${t(codes.safety(s))}</span></li>`)}</ul>
      </section>`;
  }

  // ---- deadline -----------------------------------------------------------------------------

  /** The answer of a deadline result: last day and countdown, or honest words on why we cannot say. */
  private deadlineAnswer(d: FilingDeadlineResult): TemplateResult {
    const t = this.t.bind(this);
    const countdown = (daysLeft: number, expired: boolean) => html`<p class="countdown ${expired ? 'expired' : daysLeft <= 30 ? 'urgent' : ''}" part="countdown" data-days-left=${daysLeft}>
      ${icon(expired ? 'warning' : 'clock')}<strong>${countdownText(this.l10n, daysLeft)}</strong>
    </p>`;
    const lastDay = (label: string, date: string) => html`<p class="last-day"><span>${t(label)}</span> <strong data-date=${date}>${this.l10n.date(date, { dateStyle: 'long' })}</strong></p>`;
    const rule = (c: Coded | undefined) => (c ? html`<p class="rule">${t('complaintPathway.deadline.rule', { rule: this.say(c) })}</p>` : nothing);
    switch (d.status) {
      case 'deadline':
        return html`${lastDay('complaintPathway.deadline.lastDay', d.lastDay)}${countdown(d.daysLeft, d.expired)}${rule(d.rule)}`;
      case 'unverified':
        return html`<p class="verification unverified" part="verification">${icon('warning')}<span>${t(codes.deadlineStatus('unverified'))}</span></p>
          ${d.lastDay !== undefined && d.daysLeft !== undefined ? html`${lastDay('complaintPathway.deadline.possibleLastDay', d.lastDay)}${countdown(d.daysLeft, !!d.expired)}` : nothing}
          ${rule(d.rule)}`;
      case 'not-started':
        return html`<p class="status-line">${icon('info')}<span>${t(codes.deadlineStatus('not-started'))}</span></p>${rule(d.rule)}`;
      case 'needs-date':
        return html`<p class="status-line">${icon('calendar')}<span>${t(codes.deadlineStatus('needs-date'))}</span></p>
          <p class="needs">${t('complaintPathway.datesNeeded', { fields: list(this.l10n, d.needs.map((n) => t(codes.deadlineNeeds(n)))) })}</p>
          ${rule(d.rule)}`;
      case 'no-statutory-limit-found':
        return html`<p class="status-line no-limit">${icon('warning')}<span>${t(codes.deadlineStatus('no-statutory-limit-found'))}</span></p><p class="reason">${this.say(d.reason)}</p>`;
      case 'no-rule-for-date':
        return html`<p class="status-line">${icon('warning')}<span>${t(codes.deadlineStatus('no-rule-for-date'))}</span></p><p class="reason">${this.say(d.reason)}</p>`;
      case 'not-covered':
        return html`<p class="status-line">${icon('info')}<span>${t(codes.deadlineStatus('not-covered'))}</span></p>`;
      case 'invalid':
        return html`<p class="status-line invalid">${icon('warning')}<span>${t(codes.deadlineStatus('invalid'))}</span></p>`;
    }
  }

  private deadlineFacts(d: FilingDeadlineResult): TemplateResult | typeof nothing {
    if (d.status === 'not-covered' || d.status === 'invalid' || d.status === 'no-rule-for-date') return nothing;
    return html`${d.caveats.length ? html`<ul class="caveats">${d.caveats.map((c) => html`<li class="line">${icon('info')}<span>${this.say(c)}</span></li>`)}</ul>` : nothing}
      ${this.sourced(d)}`;
  }

  private renderDeadline(d: FilingDeadlineResult): TemplateResult {
    const t = this.t.bind(this);
    const asked = dateQuestions(this.answers, this.todayIso, this.data);
    const editable = asked.ended || asked.incidentOn || !!this.answers.incidentOn || (this.answers.ended === 'yes' && !!this.answers.employmentEndedOn);
    const live = checkDates(this.answers, this.todayIso, false, this.data);
    const open = d.status === 'needs-date' || d.status === 'not-started' || d.status === 'invalid' || live.size > 0;
    const editor = html`<div class="date-editor no-print">${this.dateFields(live)}</div>`;
    return html`<section class="deadline" part="deadline" data-status=${d.status} aria-labelledby="deadline-heading">
      <h4 id="deadline-heading">${icon('calendar')}<span>${t('complaintPathway.deadline.heading')}</span></h4>
      <div class="deadline-answer" aria-live="polite">${this.deadlineAnswer(d)}</div>
      ${editable
        ? open
          ? editor
          : html`<details class="no-print"><summary>${t('complaintPathway.deadline.changeDates')}</summary>${editor}</details>`
        : nothing}
      ${this.deadlineFacts(d)}
    </section>`;
  }

  // ---- the route ----------------------------------------------------------------------------

  private renderNotices(notices: readonly Notice[], remarks: readonly Coded[]): TemplateResult {
    return html`<section class="notices" aria-labelledby="notices-heading">
      <h4 id="notices-heading">${this.t('complaintPathway.section.notices')}</h4>
      <ul class="plain-list">
        ${notices.map((n) => html`<li class="notice">${this.line(icon('info'), this.text(n.text))}${this.sourced(n)}</li>`)}
        ${remarks.map((c) => html`<li class="remark">${this.line(icon('info'), this.say(c))}</li>`)}
      </ul>
    </section>`;
  }

  private renderPathStep(p: Pathway, step: PathStep, index: number, o: Outcome): TemplateResult {
    const t = this.t.bind(this);
    const key = factKey(step);
    const id = `path-step-${index}`;
    return html`<li class="path-step" part="path-step" data-step=${step.id} data-stage=${step.stage} aria-labelledby=${id}>
      <span class="marker" aria-hidden="true">${this.l10n.number(index + 1)}</span>
      <div class="path-body">
        <h5 id=${id}><span class="visually-hidden">${t('complaintPathway.stepN', { n: index + 1 })}: </span>${t(codes.stage(step.stage))}</h5>
        ${step.condition ? html`<p class="condition">${t(codes.condition(step.condition))}</p>` : nothing}
        <p class="body-name"><strong>${this.text(step.body)}</strong></p>
        <p class="action">${this.text(step.action)}</p>
        ${this.renderChannels(step.channels, key)}
        ${this.line(pathwayIcon('people'), html`<span class="label">${t('complaintPathway.whoMayFile')}:</span> ${list(this.l10n, step.whoMayFile.map((f) => t(codes.filer(f))))}`, 'who')}
        ${step.documents.length ? this.renderDocuments(p.id, index, step.documents) : nothing}
        <div class="cost">${this.line(pathwayIcon('coins'), html`<span class="label">${t('complaintPathway.cost')}:</span> ${costText(this.l10n, step.cost)}`)}${this.sourcedUnlessSame(step.cost, key)}</div>
        ${step.limits.length ? this.renderLimits(step.limits, key) : nothing}
        ${this.renderTimeLimits(step, key, o.deadline)}
        ${step.languages?.length ? this.line(pathwayIcon('language'), t('complaintPathway.languages', { languages: languageList(this.l10n, step.languages) })) : nothing}
        <div class="expect">
          <h6>${pathwayIcon('eye')}<span>${t('complaintPathway.whatToExpect')}</span></h6>
          <p>${this.text(step.whatToExpect)}</p>
        </div>
        ${step.safetyNotes.length
          ? html`<div class="safety-notes">
              <h6>${pathwayIcon('shield')}<span>${t('complaintPathway.safety')}</span></h6>
              <ul class="safety">${step.safetyNotes.map((s) => html`<li class="line">${icon('warning')}<span>${t(codes.safety(s))}</span></li>`)}</ul>
            </div>`
          : nothing}
        <div class="step-source">
          <p class="label">${t('complaintPathway.stepSource')}</p>
          ${this.sourced(step)}
        </div>
      </div>
    </li>`;
  }

  private renderChannels(channels: readonly Channel[], parentKey: string): TemplateResult {
    const t = this.t.bind(this);
    return html`<div class="channels">
      <h6>${t('complaintPathway.channels')}</h6>
      ${channels.length ? this.channelList(channels, parentKey) : html`<p class="hint">${t('complaintPathway.noChannels')}</p>`}
    </div>`;
  }

  /** Channels, with the source most of them share shown once under the list rather than on each. */
  private channelList(channels: readonly Channel[], parentKey: string): TemplateResult {
    const counts = new Map<string, number>();
    for (const c of channels) counts.set(factKey(c), (counts.get(factKey(c)) ?? 0) + 1);
    const [common, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
    const shared = count > 1 && common !== parentKey ? channels.find((c) => factKey(c) === common) : undefined;
    return html`<ul class="channel-list">${channels.map((c) => this.renderChannel(c, shared && factKey(c) === common ? common : parentKey))}</ul>
      ${shared ? html`<div class="shared-source">${this.sourced(shared)}</div>` : nothing}`;
  }

  private renderChannel(c: Channel, parentKey: string): TemplateResult {
    const t = this.t.bind(this);
    const name = this.text(c.name);
    const newTab = html`<span class="visually-hidden"> ${t('complaintPathway.channel.opensNewTab')}</span>`;
    const tags = [
      t(codes.channelKind(c.kind)),
      ...(c.use ? [t(codes.channelUse(c.use))] : []),
      ...(c.via ? [t(codes.channelVia(c.via))] : []),
      ...(c.dialFrom ? [t(codes.channelDialFrom(c.dialFrom))] : []),
      ...(c.open24h ? [t(codes.open24h)] : []),
    ];
    return html`<li class="channel" part="channel" data-kind=${c.kind} data-channel=${c.id}>
      <p class="channel-name">${pathwayIcon(CHANNEL_ICON[c.kind])}
        ${c.url
          ? html`<a class="portal" href=${c.url} target="_blank" rel="noopener noreferrer">${name}${newTab}</a>`
          : html`<strong>${name}</strong>`}
      </p>
      <p class="tags">${tags.join(' · ')}</p>
      ${c.tel ? html`<p><a class="tel" href=${c.tel}>${pathwayIcon('phone')}<span class="number" dir="ltr">${c.phone}</span></a></p>` : nothing}
      ${c.sms ? html`<p><a class="sms" href=${c.sms}>${pathwayIcon('mobile')}<span class="number" dir="ltr">${c.phone}</span></a></p>` : nothing}
      ${c.phone && !c.tel && !c.sms
        ? html`<p>${c.via === 'whatsapp' ? html`<span>${t('complaintPathway.channel.whatsapp')}</span> ` : nothing}<span class="number" dir="ltr">${c.phone}</span></p>`
        : nothing}
      ${c.webAddress ? html`<p><span>${t('complaintPathway.channel.typeAddress')}</span> <span class="address" dir="ltr" lang="en">${c.webAddress}</span></p>` : nothing}
      ${c.email ? html`<p><a class="email" href=${`mailto:${c.email}`} dir="ltr">${c.email}</a></p>` : nothing}
      ${c.place ? html`<p><span>${t('complaintPathway.channel.place')}</span> ${this.text(c.place)}</p>` : nothing}
      ${c.languages?.length ? html`<p>${t('complaintPathway.languages', { languages: languageList(this.l10n, c.languages) })}</p>` : nothing}
      ${this.sourcedUnlessSame(c, parentKey)}
    </li>`;
  }

  private renderDocuments(pathwayId: string, index: number, documents: readonly string[]): TemplateResult {
    const t = this.t.bind(this);
    const ready = documents.filter((d) => this.ticked.has(d)).length;
    const legend = `documents-${index}`;
    return html`<fieldset class="documents" part="documents" data-pathway=${pathwayId} aria-describedby=${`${legend}-hint ${legend}-ready`}>
      <legend>${pathwayIcon('document')}<span>${t('complaintPathway.documents')}</span></legend>
      <p class="field-hint no-print" id=${`${legend}-hint`}>${t('complaintPathway.documentsHint')}</p>
      ${documents.map(
        (d) => html`<label class="check">
          <input type="checkbox" data-document=${d} .checked=${this.ticked.has(d)} @change=${(e: Event) => this.tick(d, (e.target as HTMLInputElement).checked)} />
          <span>${t(codes.document(d as PathStep['documents'][number]))}</span>
        </label>`,
      )}
      <p class="ready" id=${`${legend}-ready`}>${t('complaintPathway.documentsReady', { ready, total: documents.length })}</p>
    </fieldset>`;
  }

  private renderLimits(limits: readonly Limit[], parentKey: string): TemplateResult {
    const t = this.t.bind(this);
    const chosen = limitsInForce(limits, { filedOn: this.todayIso, ...(isIsoDate(this.answers.incidentOn) ? { claimAroseOn: this.answers.incidentOn } : {}) });
    const shown = chosen.status === 'ok' ? chosen.limits : limits;
    return html`<div class="limits">
      <h6>${t('complaintPathway.limits')}</h6>
      ${chosen.status === 'needs-date' ? html`<p class="hint">${t('complaintPathway.limitsDependOnDate')}</p>` : nothing}
      <ul class="plain-list">${shown.map((l) => html`<li data-limit=${l.id}>${this.line(pathwayIcon('scale'), limitText(this.l10n, l))}${this.sourcedUnlessSame(l, parentKey)}</li>`)}</ul>
    </div>`;
  }

  private renderTimeLimits(step: PathStep, parentKey: string, deadline: FilingDeadlineResult): TemplateResult | typeof nothing {
    const t = this.t.bind(this);
    const filing = !!step.timeLimits.filingDeadline?.length;
    const periods = step.timeLimits.periods;
    if (!filing && !periods.length) return nothing;
    const keys = new Set(periods.map((p) => factKey(p)));
    const shared = keys.size === 1 ? periods[0]! : undefined;
    return html`<div class="time-limits">
      <h6>${pathwayIcon('hourglass')}<span>${t('complaintPathway.timeLimits')}</span></h6>
      <ul class="plain-list">
        ${filing
          ? html`<li class="filing-deadline" data-status=${deadline.status}>${this.line(icon('calendar'), deadline.status === 'deadline' ? t(codes.deadlineStatus('deadline'), { date: this.l10n.date(deadline.lastDay, { dateStyle: 'long' }) }) : t('complaintPathway.deadline.stepLine'))}</li>`
          : nothing}
        ${periods.map((p: Period) => html`<li>${this.line(icon('clock'), periodText(this.l10n, p))}${shared ? nothing : this.sourcedUnlessSame(p, parentKey)}</li>`)}
      </ul>
      ${shared ? this.sourcedUnlessSame(shared, parentKey) : nothing}
    </div>`;
  }

  private renderProtections(protections: readonly Protection[]): TemplateResult {
    const t = this.t.bind(this);
    return html`<section class="protections" part="protections" aria-labelledby="protections-heading">
      <h4 id="protections-heading">${pathwayIcon('shield')}<span>${t('complaintPathway.section.protections')}</span></h4>
      <ul class="plain-list cards">
        ${protections.map((p) => {
          const key = factKey(p);
          return html`<li class="card" data-protection=${p.id}>
            <h5>${t(codes.protection(p.kind))}</h5>
            <p>${this.text(p.text)}</p>
            ${p.limits.length ? html`<ul class="plain-list">${p.limits.map((l) => html`<li>${this.line(pathwayIcon('coins'), limitText(this.l10n, l))}${this.sourcedUnlessSame(l, key)}</li>`)}</ul>` : nothing}
            ${this.sourced(p)}
          </li>`;
        })}
      </ul>
    </section>`;
  }

  // ---- home country and local help ----------------------------------------------------------

  private renderOrigin(support: OriginSupportView | undefined, notCovered: readonly Coded[], o: Outcome | undefined): TemplateResult {
    const t = this.t.bind(this);
    const a = this.answers;
    const status = this.dataStatus('origin');
    if (status !== 'ready') {
      // The home country's offices are on their way, or could not be fetched: the origin question stays, with the reason.
      return html`<section class="origin" part="origin" aria-labelledby="origin-heading" data-origin=${a.origin} aria-busy=${status === 'loading' ? 'true' : 'false'}>
        <h4 id="origin-heading" tabindex="-1">${pathwayIcon('flag')}<span>${t('complaintPathway.section.origin', { country: this.l10n.country(a.origin) })}</span></h4>
        ${status === 'loading'
          ? html`<p class="loading" role="status">${t('complaintPathway.loading')}</p>`
          : html`<div class="no-print">${this.countrySelect('origin', ORIGINS, new Map([['origin', { code: 'error.dataUnavailable' }]]))}</div>
              <div class="actions no-print" part="actions">
                <button type="button" class="secondary retry" part="button" @click=${() => this.retry('origin')}>${icon('restart')}${t('ui.tryAgain')}</button>
              </div>`}
      </section>`;
    }
    const originNotCovered = notCovered.filter((c) => c.code === 'pathways.notCovered.origin');
    const heading = support ? t('complaintPathway.section.origin', { country: this.l10n.country(support.origin) }) : t('complaintPathway.section.originAsk');
    const od = o?.originDeadline;
    const bodies = support ? [...support.bodies].sort((x, y) => Number(support.forProblem.includes(y.id)) - Number(support.forProblem.includes(x.id))) : [];
    return html`<section class="origin" part="origin" aria-labelledby="origin-heading" data-origin=${a.origin || nothing}>
      <h4 id="origin-heading" tabindex="-1">${pathwayIcon('flag')}<span>${heading}</span></h4>
      ${support
        ? html`<ul class="plain-list cards">${bodies.map((b) => this.renderOriginBody(b, support, od))}</ul>`
        : html`${originNotCovered.length ? html`<p class="line">${icon('info')}<span>${this.say(originNotCovered[0]!)}</span></p>` : nothing}
            <p class="hint no-print">${t('complaintPathway.origin.choose')}</p>
            <div class="no-print">${this.countrySelect('origin', ORIGINS, new Map())}</div>`}
    </section>`;
  }

  private renderOriginBody(b: OriginBody, support: OriginSupportView, od: FilingDeadlineResult | undefined): TemplateResult {
    const t = this.t.bind(this);
    const key = factKey(b);
    const forProblem = support.forProblem.includes(b.id);
    const deadlineHere = od && 'ruleKey' in od && od.ruleKey && b.filingDeadline?.includes(od.ruleKey) && forProblem ? od : undefined;
    return html`<li class="card origin-body ${forProblem ? 'for-problem' : ''}" part="origin-body" data-body=${b.id}>
      <h5>${this.text(b.name)}</h5>
      <p class="tags">${t(codes.bodyKind(b.kind))} · ${t(codes.where(b.where))}</p>
      ${forProblem ? html`<p class="badge">${icon('check')}<span>${t('complaintPathway.origin.forProblem')}</span></p>` : nothing}
      <p>${this.text(b.role)}</p>
      ${(b.eligibility ?? []).map((e) => this.line(icon('info'), t(codes.eligibility(e))))}
      ${b.channels.length ? this.channelList(b.channels, key) : nothing}
      ${this.line(pathwayIcon('people'), html`<span class="label">${t('complaintPathway.whoMayFile')}:</span> ${list(this.l10n, b.whoMayFile.map((f) => t(codes.filer(f))))}`, 'who')}
      ${b.periods.length ? html`<ul class="plain-list">${b.periods.map((p) => html`<li>${this.line(icon('clock'), periodText(this.l10n, p))}${this.sourcedUnlessSame(p, key)}</li>`)}</ul>` : nothing}
      ${deadlineHere
        ? html`<div class="origin-deadline" data-status=${deadlineHere.status}>
            <h6>${icon('calendar')}<span>${t('complaintPathway.deadline.origin', { country: this.l10n.country(support.origin) })}</span></h6>
            ${this.deadlineAnswer(deadlineHere)}${this.deadlineFacts(deadlineHere)}
          </div>`
        : nothing}
      ${this.sourced(b)}
    </li>`;
  }

  private renderLocalHelp(): TemplateResult {
    const t = this.t.bind(this);
    const name = this.referralName.trim();
    const phone = this.referralPhone.trim();
    const rawUrl = this.referralUrl.trim();
    const url = httpsUrl(rawUrl);
    const tel = telOf(phone);
    const slotted = [...this.children].some((c) => c.slot === 'referral');
    const any = !!(name || phone || rawUrl || slotted);
    return html`<section class="local-help card" part="local-help" aria-labelledby="local-help-heading" ?hidden=${!any}>
      <h4 id="local-help-heading">${pathwayIcon('help')}<span>${t('complaintPathway.section.localHelp')}</span></h4>
      ${name ? html`<p class="referral-name"><strong>${name}</strong></p>` : nothing}
      ${phone ? html`<p>${tel ? html`<a class="tel" href=${tel}>${pathwayIcon('phone')}<span class="number" dir="ltr">${phone}</span></a>` : html`<span class="number" dir="ltr">${phone}</span>`}</p>` : nothing}
      ${rawUrl
        ? html`<p>${url
            ? html`<a class="portal" href=${url} target="_blank" rel="noopener noreferrer" dir="ltr">${rawUrl}<span class="visually-hidden"> ${t('complaintPathway.channel.opensNewTab')}</span></a>`
            : html`<span dir="ltr">${rawUrl}</span>`}</p>`
        : nothing}
      <slot name="referral" @slotchange=${() => this.requestUpdate()}></slot>
      ${name || phone || rawUrl ? html`<p class="hint">${t('complaintPathway.localHelp.hint')}</p>` : nothing}
    </section>`;
  }
}

/** Problems in the order a worker is most likely to look for them (money first). */
function problemOrder(): readonly Problem[] {
  return ['unpaid-wages', 'underpayment', 'end-of-service-unpaid', 'excessive-hours', 'documents-withheld', 'contract-substitution', 'abuse-violence', 'change-employer-or-leave', 'recruitment-fees'];
}

/** Identity of a fact's provenance, so a sub-fact with the same source is not shown twice. */
function factKey(f: Fact): string {
  return JSON.stringify([f.sources.map((s) => s.url), f.verification, f.note ?? '', f.effectiveFrom ?? '', f.effectiveFromCertainty ?? '', f.effectiveTo ?? '']);
}
