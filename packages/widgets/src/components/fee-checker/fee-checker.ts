import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { AssessmentInput, FeeAssessment, InputProblem, WorkerCategory } from '@migrant-rights/sdk/fees';
import { OCCUPATIONS, PAYEES, WORKER_SEXES } from '@migrant-rights/sdk/fees/choices';
import { CURRENCY_OF, currencyName } from '@migrant-rights/sdk/geo';
import { MrElement, defineElement } from '../../internal/mr-element.js';
import { LocalizeController, withWords } from '../../internal/localize.js';
import { OnDemand } from '../../internal/on-demand.js';
import { emit } from '../../internal/events.js';
import { icon, type IconName } from '../../internal/icons.js';
import { sayCoded, type CodedLike } from '../../internal/coded.js';
import { baseStyles } from '../../internal/styles.js';
import { layoutStyles } from '../../internal/layout-styles.js';
import { formStyles, choiceStyles, stepStyles } from '../../internal/form-styles.js';
import { resultStyles, lineItemStyles } from '../../internal/result-styles.js';
import { provenanceStyles } from '../../internal/provenance-styles.js';
import type { MrForcedLabourScreen } from '../forced-labour-screen/forced-labour-screen.js';
import { feeCheckerStyles } from './fee-checker.styles.js';
import { catalogues, english } from './fee-checker.locales.js';
import { feeIcon, purposeIcon } from './fee-icons.js';
import {
  CONDITIONAL_FIELDS,
  DESTINATION_CHOICES,
  FIELDS_OF,
  ORIGIN_CHOICES,
  PURPOSE_GROUPS,
  STEPS,
  checkAll,
  checkPayment,
  checkStep,
  conditionalFields,
  currencyOf,
  destinationCurrency,
  emptyForm,
  emptyPayment,
  fieldOfSdkProblem,
  isTouched,
  originCurrency,
  rateAsked,
  rateNeeded,
  stepOfField,
  toAssessmentInput,
  type ConditionalField,
  type CurrencyChoice,
  type FeeForm,
  type FieldProblems,
  type PaymentDraft,
  type Step,
  type View,
} from './form-model.js';
import { collator } from '@migrant-rights/sdk/i18n';

type FeeEngine = typeof import('./engine.js');

/** The one key of the engine chunk: the same for every corridor. */
const ENGINE = 'fees';

export interface MrAssessDetail {
  input: AssessmentInput;
  assessment: FeeAssessment;
}

export interface MrFeeNavigateDetail {
  /** The widget the person wants next. */
  to: 'complaint-pathway';
  destination: string;
  origin: string;
  workerCategory: WorkerCategory;
  problem: 'recruitment-fees';
}

const STEP_ICON: Record<Step, IconName> = { where: 'globe', payments: 'wallet', wage: 'money', result: 'check' };

interface Editing {
  /** Index in `form.payments`, or -1 for a new payment. */
  index: number;
  draft: PaymentDraft;
}

/**
 * A guided recruitment-fee checker for migrant workers: where they come from and where the job is,
 * each payment they made to get the job, their wage and an exchange rate they type, then for each
 * payment whether the worker should have paid it at all (ILO employer-pays) and whether it breaks
 * a national cap and by how much, with totals in both currencies, the months of wages the costs
 * take (SDG 10.7.1), sources, as-of dates and honest verification flags. An optional short screen
 * for signs of forced labour follows. Runs entirely in the page: no network, no cookies, no storage.
 *
 * @tag mr-fee-checker
 * @summary Checks recruitment fees against the ILO employer-pays principle and national caps.
 *
 * @event mr-assess - Payments were assessed. `detail: { input, assessment }` (no names or identifiers).
 * @event mr-navigate - The person asked to complain about the fees. `detail: { to: 'complaint-pathway', destination, origin, workerCategory, problem: 'recruitment-fees' }`. Cancel it to handle navigation yourself.
 * @event mr-step - The visible step changed. `detail: { step }`.
 *
 * @csspart base - The widget's root.
 * @csspart progress - The step indicator.
 * @csspart step - The current question group.
 * @csspart field - Each label + input group.
 * @csspart error - A field's error message.
 * @csspart payment-list - The payments entered so far.
 * @csspart payment - One payment (in the list and in the result).
 * @csspart editor - The form for adding or changing one payment.
 * @csspart actions - The row of navigation buttons.
 * @csspart button - Every button.
 * @csspart result - The result panel.
 * @csspart total - The totals.
 * @csspart months - The months-of-wages figure and bar.
 * @csspart bar - The months-of-wages bar (an SVG).
 * @csspart verdict - One verdict (ILO or a national rule) on a payment.
 * @csspart rule - One legal limit in the list of limits that apply.
 * @csspart provenance - Source, as-of date and verification of a verdict.
 * @csspart verification - The "not verified" or "secondary source" flag.
 * @csspart note - A note about sources.
 *
 * @cssprop --mr-color-primary - Buttons, links, progress, the bar. Default #0b5cad.
 * @cssprop --mr-color-on-primary - Text on primary. Default #ffffff.
 * @cssprop --mr-color-surface - Background. Default #ffffff.
 * @cssprop --mr-color-text - Text. Default #1b1b1f.
 * @cssprop --mr-color-muted - Secondary text and borders. Default #4a4f57.
 * @cssprop --mr-color-danger - Errors and "over the limit". Default #b3261e.
 * @cssprop --mr-color-warning - Unverified-fact flags. Default #7a4b00.
 * @cssprop --mr-color-success - Completed steps, "within the limit". Default #1e6b34.
 * @cssprop --mr-font-family - Font. Inherits the page's by default.
 * @cssprop --mr-font-size - Base size. Default 1rem.
 * @cssprop --mr-radius - Corner radius. Default 0.5rem.
 * @cssprop --mr-space - Base spacing. Default 0.75rem.
 * @cssprop --mr-focus-ring - Focus outline. Default 3px solid #ffbf47.
 */
export class MrFeeChecker extends MrElement {
  static override styles = [baseStyles, provenanceStyles, layoutStyles, formStyles, choiceStyles, stepStyles, resultStyles, lineItemStyles, feeCheckerStyles];

  /** Country of origin (ISO 3166-1 alpha-2), e.g. `NP`. Preselects the first question. */
  @property({ reflect: true }) origin = '';

  /** Country of the job (ISO 3166-1 alpha-2), e.g. `QA`. Preselects the first question. */
  @property({ reflect: true }) destination = '';

  /** Worker category preset: `general` or `domestic`. */
  @property({ attribute: 'worker-category' }) workerCategory: WorkerCategory = 'general';

  /** The worker's home currency (ISO 4217), e.g. `NPR`: without `origin`, preselects the country of origin that uses it. */
  @property({ attribute: 'currency-home' }) currencyHome = '';

  /** Id of a `<mr-complaint-pathway>` on the page that "Complain about these fees" should drive (like `label[for]`). */
  @property({ attribute: 'pathway-for' }) pathwayFor = '';

  @state() private view: View = 'where';
  @state() private form: FeeForm = emptyForm();
  @state() private problems: FieldProblems = new Map();
  @state() private editing: Editing | undefined;
  @state() private assessment: FeeAssessment | undefined;
  @state() private input: AssessmentInput | undefined;
  @state() private status = '';
  @state() private copied = false;
  @state() private screenOpened = false;
  /** A press of Next or Check is waiting for the rules. */
  @state() private waitingForRules = false;

  private readonly l10n = new LocalizeController(this, { english, loaders: catalogues });
  /** The rules, their wording and the forced-labour questions (`engine.ts`), once they have arrived. */
  private engine: FeeEngine | undefined;
  /** Fetches the engine once a corridor is chosen: one chunk for every corridor; after a failure, the next press tries again. */
  private readonly law = new OnDemand<FeeEngine>(this, () => this.loadEngine());
  private waiting: Promise<void> | undefined;
  private focusAfterRender: string | undefined;
  private neededCache: { key: string; fields: Set<ConditionalField> } | undefined;

  /** The last assessment, if any (read-only). */
  get result(): FeeAssessment | undefined {
    return this.assessment;
  }

  override clearState(): void {
    this.reset();
  }

  /** Clears everything the person typed and returns to the first question. */
  reset(): void {
    this.form = emptyForm(this.presetOrigin(), this.destination.toUpperCase(), this.presetCategory());
    this.problems = new Map();
    this.editing = undefined;
    this.assessment = undefined;
    this.input = undefined;
    this.status = '';
    this.copied = false;
    // Before the first render there is no render root (and nothing to clear in it).
    (this.renderRoot as ShadowRoot | undefined)?.querySelector<MrForcedLabourScreen>('mr-forced-labour-screen')?.clearState();
    this.screenOpened = false;
    this.goTo('where');
  }

  private presetOrigin(): string {
    if (this.origin) return this.origin.toUpperCase();
    const home = this.currencyHome.toUpperCase();
    const matches = ORIGIN_CHOICES.filter((c) => CURRENCY_OF[c] === home);
    return matches.length === 1 ? matches[0]! : '';
  }

  private presetCategory(): WorkerCategory {
    return this.workerCategory === 'domestic' ? 'domestic' : 'general';
  }

  private async loadEngine(): Promise<FeeEngine> {
    const engine = await withWords(this.l10n, import('./engine.js'));
    return (this.engine = engine);
  }

  /** The rules on their way (fetched ahead, or for a press), and what a press waits for. */
  protected override pendingWork(): ReadonlyArray<Promise<unknown> | undefined> {
    return [this.waiting, this.law.status(ENGINE) === 'loading' ? this.law.settled() : undefined];
  }

  /**
   * Runs `then` once the rules are here. When they cannot be fetched (offline), says so on the
   * country of the job, keeps every answer, and tries again on the next press.
   */
  private withEngine(then: () => void): void {
    if (this.engine) return then();
    if (this.waiting) return; // a second press while the rules are on their way
    this.waitingForRules = true;
    this.status = this.l10n.t('ui.loadingData');
    this.waiting = this.law
      .get(ENGINE)
      .then(
        () => then(),
        () => this.showProblems(new Map([['destination', { field: 'destination', code: 'error.dataUnavailable' }]])),
      )
      .finally(() => {
        this.waiting = undefined;
        this.waitingForRules = false;
        this.status = '';
      });
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (this.assessment) return;
    if (changed.has('origin') || changed.has('currencyHome')) {
      const origin = this.presetOrigin();
      if (origin) this.form = { ...this.form, origin };
    }
    if (changed.has('destination') && this.destination) this.form = { ...this.form, destination: this.destination.toUpperCase() };
    if (changed.has('workerCategory')) this.form = { ...this.form, category: this.presetCategory() };
    this.prefetchEngine();
  }

  /** Once both countries are chosen (or preset), the rules are fetched: the next questions may depend on them. */
  private prefetchEngine(): void {
    if (this.form.origin && this.form.destination) this.law.prefetch(ENGINE);
  }

  override updated(): void {
    if (this.focusAfterRender) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.focusAfterRender);
      this.focusAfterRender = undefined;
      target?.focus();
    }
  }

  // ---- state changes ------------------------------------------------------------------------

  private forget(...fields: string[]): void {
    if (!fields.some((f) => this.problems.has(f))) return;
    const next = new Map(this.problems);
    for (const f of fields) next.delete(f);
    this.problems = next;
  }

  private set<K extends keyof FeeForm>(key: K, value: FeeForm[K]): void {
    this.form = { ...this.form, [key]: value };
    this.forget(key);
  }

  private setDraft<K extends keyof PaymentDraft>(key: K, value: PaymentDraft[K]): void {
    if (!this.editing) return;
    this.editing = { ...this.editing, draft: { ...this.editing.draft, [key]: value } };
    this.forget(`payment.${key}`, ...(key === 'currency' ? ['payment.amount'] : []));
  }

  private goTo(view: View, focus = '#step-heading'): void {
    this.view = view;
    this.focusAfterRender = focus;
    if (view === 'payments' && this.form.payments.length === 0 && !this.editing) this.editing = { index: -1, draft: emptyPayment() };
    emit(this, 'mr-step', { step: view });
  }

  private next(): void {
    const step = this.view as Step;
    if (step === 'payments' && this.editing) {
      // An open payment is saved on the way (or its problems shown); an untouched new one is dropped.
      if (isTouched(this.editing.draft) || this.form.payments.length === 0) {
        if (!this.savePayment(false)) return;
      } else this.editing = undefined;
    }
    const problems = checkStep(this.form, step, this.l10n.locale, this.needed());
    this.problems = problems;
    if (problems.size) {
      this.focusAfterRender = `#${focusId(firstField(step, problems))}`;
      return;
    }
    if (step === 'where' && !this.engine) {
      // The corridor's extra questions come with its rules: wait for them, then ask any that appeared.
      return this.withEngine(() => {
        if (this.view !== 'where') return;
        const asked = CONDITIONAL_FIELDS.find((f) => this.needed().has(f));
        if (asked) this.focusAfterRender = `#${focusId(asked)}`;
        else this.next();
      });
    }
    const index = STEPS.indexOf(step);
    if (STEPS[index + 1] === 'result') this.calculate();
    else this.goTo(STEPS[index + 1]!);
  }

  private back(): void {
    const index = STEPS.indexOf(this.view as Step);
    if (index > 0) this.goTo(STEPS[index - 1]!);
  }

  /** The extra questions this corridor asks (none before its rules have arrived). */
  private needed(): Set<ConditionalField> {
    const f = this.form;
    const engine = this.engine;
    if (!engine) return new Set();
    const key = [f.origin, f.destination, f.category, ...f.payments.map((p) => p.date)].join('|');
    if (this.neededCache?.key !== key) this.neededCache = { key, fields: conditionalFields(f, engine.assessRecruitmentFees) };
    return this.neededCache.fields;
  }

  private calculate(): void {
    const engine = this.engine;
    if (!engine) return this.withEngine(() => this.calculate());
    const problems = checkAll(this.form, this.l10n.locale, this.needed());
    if (problems.size) return this.showProblems(problems);
    const input = toAssessmentInput(this.form, this.l10n.locale, this.needed());
    const outcome = engine.assessRecruitmentFees(input);
    if (!outcome.ok) {
      return this.showProblems(new Map(outcome.problems.map((p) => [fieldOfSdkProblem(p.field), { ...p, field: fieldOfSdkProblem(p.field) }] as [string, InputProblem])));
    }
    this.assessment = outcome.assessment;
    this.input = input;
    this.copied = false;
    this.goTo('result');
    emit<MrAssessDetail>(this, 'mr-assess', { input, assessment: outcome.assessment });
  }

  private showProblems(problems: FieldProblems): void {
    this.problems = problems;
    const first = [...problems.keys()][0]!;
    const step = stepOfField(first);
    this.goTo(step, `#${focusId(firstField(step, problems) ?? first)}`);
  }

  // ---- payments -----------------------------------------------------------------------------

  private startAdd(): void {
    this.editing = { index: -1, draft: emptyPayment() };
    this.forget('payments');
    this.focusAfterRender = '#editor-heading';
  }

  private startEdit(index: number): void {
    this.editing = { index, draft: { ...this.form.payments[index]! } };
    this.forget(`payments.${index}`);
    this.focusAfterRender = '#editor-heading';
  }

  private cancelEdit(): void {
    this.editing = undefined;
    this.problems = new Map([...this.problems].filter(([k]) => !k.startsWith('payment.')));
    this.focusAfterRender = '#add-payment';
  }

  /** Saves the payment being edited; returns false (showing its problems) when it is not complete. */
  private savePayment(focusAfter = true): boolean {
    const editing = this.editing;
    if (!editing) return true;
    const problems = checkPayment(editing.draft, this.form, this.l10n.locale);
    if (problems.size) {
      this.problems = problems;
      this.focusAfterRender = `#${focusId(firstField('payments', problems))}`;
      return false;
    }
    const payments = [...this.form.payments];
    const index = editing.index < 0 ? payments.length : editing.index;
    payments[index] = editing.draft;
    this.form = { ...this.form, payments };
    this.editing = undefined;
    this.problems = new Map([...this.problems].filter(([k]) => !k.startsWith('payment')));
    this.status = this.l10n.t('feeChecker.paymentSaved', { n: index + 1 });
    if (focusAfter) this.focusAfterRender = `#payment-${index}-heading`;
    return true;
  }

  private removePayment(index: number): void {
    this.form = { ...this.form, payments: this.form.payments.filter((_, i) => i !== index) };
    if (this.editing) {
      if (this.editing.index === index) this.editing = undefined;
      else if (this.editing.index > index) this.editing = { ...this.editing, index: this.editing.index - 1 };
    }
    this.problems = new Map([...this.problems].filter(([k]) => !k.startsWith('payments.')));
    this.status = this.l10n.t('feeChecker.paymentRemoved', { n: index + 1 });
    this.focusAfterRender = '#payments-heading';
  }

  // ---- result actions (complaining and copying come with the result view) -------------------

  private openScreen(): void {
    // The screen came with the rules (a result needs them); registered here, so every page that
    // shows a result gets the screen (never throws when the page defined it already).
    if (!this.engine) return;
    defineElement('mr-forced-labour-screen', this.engine.MrForcedLabourScreen);
    this.screenOpened = true;
    this.goTo('screen');
  }

  // ---- rendering: frame and fields ----------------------------------------------------------

  private say(coded: CodedLike): string {
    return sayCoded(this.l10n, coded, 'feeChecker.error.check');
  }

  override render(): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    const index = this.view === 'screen' ? STEPS.length : STEPS.indexOf(this.view);
    return html`<section part="base" class="base" data-step=${this.view} dir=${this.l10n.dir} lang=${this.l10n.locale} aria-labelledby="title">
      <h2 id="title" class="title">${feeIcon('scale')}<span>${t('feeChecker.title')}</span></h2>
      ${this.l10n.reviewed ? nothing : html`<p class="translation-note">${t('ui.translationDraft')}</p>`}
      <ol class="progress" part="progress" aria-label=${t('ui.progress')}>
        ${STEPS.map(
          (s, i) => html`<li class=${i < index ? 'done' : i === index ? 'current' : ''} aria-current=${i === index ? 'step' : nothing}>
            ${icon(STEP_ICON[s])}<span class="visually-hidden">${t(`feeChecker.step.${s}`)}</span>
          </li>`,
        )}
      </ol>
      ${this.view === 'screen' ? nothing : html`<p class="step-count">${t('ui.stepOf', { current: index + 1, total: STEPS.length })}</p>`}
      ${this.view === 'result' ? this.renderResult() : this.view === 'screen' ? nothing : this.renderStep()}
      ${this.screenOpened ? this.renderScreen() : nothing}
      <p class="status visually-hidden" role="status">${this.status}</p>
    </section>`;
  }

  private renderStep(): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    const step = this.view as Exclude<Step, 'result'>;
    const body = { where: () => this.renderWhere(), payments: () => this.renderPayments(), wage: () => this.renderWage() }[step]();
    const count = [...this.problems.keys()].length;
    return html`<form part="step" class="step" novalidate aria-busy=${this.waitingForRules ? 'true' : nothing} @submit=${(e: Event) => (e.preventDefault(), this.next())}>
      <h3 id="step-heading" tabindex="-1">${t(`feeChecker.step.${step}`)}</h3>
      <p class="hint">${t(`feeChecker.hint.${step}`)}</p>
      ${count ? html`<p class="error-summary" role="alert">${t('ui.fixErrors', { count })}</p>` : nothing}
      ${body}
      ${this.waitingForRules ? html`<p class="loading">${t('ui.loadingData')}</p>` : nothing}
      <div class="actions" part="actions">
        ${step === 'where' ? nothing : html`<button type="button" class="secondary" part="button" @click=${this.back}>${icon('back', true)}${t('ui.back')}</button>`}
        <button type="submit" part="button" class="next">${t(step === 'wage' ? 'feeChecker.check' : 'ui.next')}${icon('next', true)}</button>
      </div>
      <p class="privacy">${t('ui.privacy')}</p>
    </form>`;
  }

  private error(field: string): TemplateResult | typeof nothing {
    const p = this.problems.get(field);
    if (!p) return nothing;
    return html`<p class="error" part="error" id=${`${cssId(field)}-error`}>${icon('warning')}<span>${this.say(p)}</span></p>`;
  }

  private describedBy(field: string, hint: boolean): string | typeof nothing {
    const id = cssId(field);
    const ids = [this.problems.has(field) ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ');
    return ids || nothing;
  }

  private textField(field: string, label: string, value: string, onInput: (v: string) => void, opts: { type?: string; inputmode?: string; hint?: string; suffix?: string } = {}): TemplateResult {
    const id = cssId(field);
    return html`<div class="field" part="field">
      <label for=${id}>${label}</label>
      ${opts.hint ? html`<p class="field-hint" id=${`${id}-hint`}>${opts.hint}</p>` : nothing}
      <div class="input-row">
        <input id=${id} name=${field} type=${opts.type ?? 'text'} inputmode=${opts.inputmode ?? nothing} autocomplete="off" .value=${value}
          aria-invalid=${this.problems.has(field) ? 'true' : 'false'} aria-describedby=${this.describedBy(field, !!opts.hint)}
          @input=${(e: Event) => onInput((e.target as HTMLInputElement).value)} />
        ${opts.suffix ? html`<span class="suffix" aria-hidden="true">${opts.suffix}</span>` : nothing}
      </div>
      ${this.error(field)}
    </div>`;
  }

  private radios<T extends string>(field: string, legend: string, options: ReadonlyArray<readonly [T, string]>, value: T | '', onChange: (v: T) => void, hint?: string): TemplateResult {
    const invalid = this.problems.has(field);
    const id = cssId(field);
    return html`<fieldset class="field" part="field" aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${this.describedBy(field, !!hint)}>
      <legend>${legend}</legend>
      ${hint ? html`<p class="field-hint" id=${`${id}-hint`}>${hint}</p>` : nothing}
      <div class="choices">
        ${options.map(
          ([o, label], i) => html`<label class="choice">
            <input type="radio" id=${i === 0 ? id : nothing} name=${field} .value=${o} .checked=${value === o} @change=${() => onChange(o)} />
            <span>${label}</span>
          </label>`,
        )}
      </div>
      ${this.error(field)}
    </fieldset>`;
  }

  private select(field: string, label: string, options: ReadonlyArray<readonly [string, string]>, value: string, onChange: (v: string) => void, hint?: string): TemplateResult {
    const id = cssId(field);
    return html`<div class="field" part="field">
      <label for=${id}>${label}</label>
      ${hint ? html`<p class="field-hint" id=${`${id}-hint`}>${hint}</p>` : nothing}
      <select id=${id} name=${field} aria-invalid=${this.problems.has(field) ? 'true' : 'false'} aria-describedby=${this.describedBy(field, !!hint)}
        @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${!value}>${this.l10n.t('ui.choose')}</option>
        ${options.map(([v, l]) => html`<option value=${v} ?selected=${value === v}>${l}</option>`)}
      </select>
      ${this.error(field)}
    </div>`;
  }

  private countries(codes: readonly string[]): Array<[string, string]> {
    const byName = collator(this.l10n.locale);
    return codes.map((c) => [c, this.l10n.country(c)] as [string, string]).sort((a, b) => byName.compare(a[1], b[1]));
  }

  // ---- rendering: steps ---------------------------------------------------------------------

  private renderWhere(): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    const f = this.form;
    const needed = this.needed();
    return html`${this.select('origin', t('feeChecker.field.origin'), this.countries(ORIGIN_CHOICES), f.origin, (v) => this.set('origin', v))}
      ${this.select('destination', t('feeChecker.field.destination'), this.countries(DESTINATION_CHOICES), f.destination, (v) => this.set('destination', v))}
      ${this.radios('category', t('feeChecker.field.category'), (['general', 'domestic'] as const).map((c) => [c, t(`fees.workerCategory.${c}`)] as const), f.category, (v) => this.set('category', v))}
      ${needed.has('occupation')
        ? this.select('occupation', t('feeChecker.field.occupation'), OCCUPATIONS.map((o) => [o, t(`fees.occupation.${o}`)] as const), f.occupation, (v) => this.set('occupation', v as FeeForm['occupation']), t('feeChecker.hint.occupation'))
        : nothing}
      ${needed.has('workerSex')
        ? this.radios('workerSex', t('feeChecker.field.sex'), WORKER_SEXES.map((s) => [s, t(`fees.workerSex.${s}`)] as const), f.workerSex, (v) => this.set('workerSex', v), t('feeChecker.hint.sex'))
        : nothing}
      ${needed.has('contractMonths')
        ? this.textField('contractMonths', t('feeChecker.field.contractMonths'), f.contractMonths, (v) => this.set('contractMonths', v), {
            inputmode: 'numeric',
            hint: t('feeChecker.hint.contractMonths'),
            suffix: t('feeChecker.monthsUnit'),
          })
        : nothing}`;
  }

  private currencyLabel(choice: CurrencyChoice): string {
    const code = currencyOf(this.form, choice) ?? '';
    const name = currencyName(code, this.l10n.locale);
    return name && name !== code ? `${code} (${name})` : code;
  }

  private renderPayments(): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    const f = this.form;
    return html`<section class="payments" aria-labelledby="payments-heading">
        <h4 id="payments-heading" tabindex="-1">${t('feeChecker.payments.heading')}</h4>
        ${f.payments.length
          ? html`<ol class="payment-list" part="payment-list">${f.payments.map((p, i) => this.renderPaymentCard(p, i))}</ol>`
          : html`<p class="hint">${t('feeChecker.payments.none')}</p>`}
      </section>
      ${this.editing
        ? this.renderEditor(this.editing)
        : html`<div class="field">
            <button type="button" id="add-payment" class="secondary add" part="button" aria-describedby=${this.problems.has('payments') ? 'payments-error' : nothing} @click=${this.startAdd}>
              ${feeIcon('plus')}${t(f.payments.length ? 'feeChecker.addAnother' : 'feeChecker.addPayment')}
            </button>
            ${this.error('payments')}
          </div>`}`;
  }

  private renderPaymentCard(p: PaymentDraft, i: number): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    const currency = currencyOf(this.form, p.currency) ?? '';
    const beingEdited = this.editing?.index === i;
    return html`<li class="payment-card ${beingEdited ? 'editing' : ''}" part="payment">
      <h5 id=${`payment-${i}-heading`} tabindex="-1">
        ${p.purpose ? purposeIcon(p.purpose) : nothing}<span>${t('feeChecker.payment.n', { n: i + 1 })}: ${p.purpose ? t(`fees.purpose.${p.purpose}`) : ''}</span>
      </h5>
      <p class="amount">${p.amount} ${currency}</p>
      <p class="meta">
        ${p.paidTo ? html`<span>${t('feeChecker.paidTo', { payee: t(`fees.payee.${p.paidTo}`) })}</span>` : nothing}
        ${p.date ? html`<span>${t('feeChecker.paidOn', { date: this.l10n.date(p.date) })}</span>` : nothing}
        ${p.receipt ? html`<span>${t(`feeChecker.receipt.${p.receipt}`)}</span>` : nothing}
      </p>
      ${this.error(`payments.${i}`)}
      ${beingEdited
        ? nothing
        : html`<div class="card-actions">
            <button type="button" class="secondary" part="button" id=${`payment-${i}-edit`} @click=${() => this.startEdit(i)}>${feeIcon('edit')}${t('feeChecker.editPayment', { n: i + 1 })}</button>
            <button type="button" class="secondary" part="button" id=${`payment-${i}-remove`} @click=${() => this.removePayment(i)}>${feeIcon('trash')}${t('feeChecker.removePayment', { n: i + 1 })}</button>
          </div>`}
    </li>`;
  }

  private renderEditor(editing: Editing): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    const d = editing.draft;
    const purposeInvalid = this.problems.has('payment.purpose');
    const o = originCurrency(this.form);
    const dc = destinationCurrency(this.form);
    const heading = editing.index < 0 ? t('feeChecker.editor.new') : t('feeChecker.editor.edit', { n: editing.index + 1 });
    let first = true;
    return html`<div class="editor" part="editor" role="group" aria-labelledby="editor-heading"
        @keydown=${(e: KeyboardEvent) => {
          // Enter in a text box saves this payment instead of submitting the whole step.
          if (e.key === 'Enter' && (e.target as HTMLElement).localName === 'input' && (e.target as HTMLInputElement).type !== 'radio') {
            e.preventDefault();
            this.savePayment();
          }
        }}>
      <h4 id="editor-heading" tabindex="-1">${feeIcon(editing.index < 0 ? 'plus' : 'edit')}<span>${heading}</span></h4>
      <fieldset class="field purposes" part="field" aria-invalid=${purposeInvalid ? 'true' : 'false'} aria-describedby=${this.describedBy('payment.purpose', true)}>
        <legend>${t('feeChecker.field.purpose')}</legend>
        <p class="field-hint" id="payment-purpose-hint">${t('feeChecker.hint.purpose')}</p>
        ${PURPOSE_GROUPS.map(
          ([group, purposes]) => html`<div class="purpose-group" role="group" aria-labelledby=${`purpose-group-${group}`}>
            <p class="purpose-group-name" id=${`purpose-group-${group}`}>${t(`feeChecker.purposeGroup.${group}`)}</p>
            <div class="choices purpose-choices">
              ${purposes.map((p) => {
                const id = first ? 'payment-purpose' : nothing;
                first = false;
                return html`<label class="choice purpose">
                  <input type="radio" id=${id} name="payment.purpose" .value=${p} .checked=${d.purpose === p} @change=${() => this.setDraft('purpose', p)} />
                  ${purposeIcon(p)}<span>${t(`fees.purpose.${p}`)}</span>
                </label>`;
              })}
            </div>
          </div>`,
        )}
        ${this.error('payment.purpose')}
      </fieldset>
      ${this.textField('payment.amount', t('feeChecker.field.amount'), d.amount, (v) => this.setDraft('amount', v), {
        inputmode: 'decimal',
        hint: t('feeChecker.hint.amount'),
        suffix: currencyOf(this.form, d.currency) ?? '',
      })}
      ${o && dc && o !== dc
        ? this.radios('payment.currency', t('feeChecker.field.currency'), (['origin', 'destination'] as const).map((c) => [c, this.currencyLabel(c)] as const), d.currency, (v) => this.setDraft('currency', v))
        : nothing}
      ${this.radios('payment.paidTo', t('feeChecker.field.paidTo'), PAYEES.map((p) => [p, t(`fees.payee.${p}`)] as const), d.paidTo, (v) => this.setDraft('paidTo', v))}
      ${this.radios('payment.receipt', t('feeChecker.field.receipt'), (['yes', 'no'] as const).map((r) => [r, t(`feeChecker.option.receipt.${r}`)] as const), d.receipt, (v) => this.setDraft('receipt', v), t('feeChecker.hint.receipt'))}
      ${this.textField('payment.date', t('feeChecker.field.date'), d.date, (v) => this.setDraft('date', v), { type: 'date', hint: t('feeChecker.hint.date') })}
      <div class="card-actions">
        <button type="button" part="button" class="save" @click=${() => this.savePayment()}>${icon('check')}${t('feeChecker.savePayment')}</button>
        ${editing.index >= 0 || this.form.payments.length
          ? html`<button type="button" class="secondary" part="button" @click=${this.cancelEdit}>${t('feeChecker.cancelEdit')}</button>`
          : nothing}
      </div>
    </div>`;
  }

  private renderWage(): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    const f = this.form;
    const o = originCurrency(f) ?? '';
    const d = destinationCurrency(f) ?? '';
    return html`${this.textField('wage', t('feeChecker.field.wage'), f.wage, (v) => this.set('wage', v), {
        inputmode: 'decimal',
        suffix: d,
        hint: t('feeChecker.hint.wageField', { currency: d }),
      })}
      ${rateAsked(f)
        ? this.textField('rate', t('feeChecker.field.rate', { from: d, to: o }), f.rate, (v) => this.set('rate', v), {
            inputmode: 'decimal',
            suffix: o,
            hint: rateNeeded(f) ? t('feeChecker.hint.rate') : t('feeChecker.hint.rateOptional', { currency: d }),
          })
        : nothing}`;
  }

  // ---- rendering: result (comes with the rules: result-view.ts) ------------------------------

  private renderResult(): TemplateResult {
    return this.engine!.renderResult({
      element: this,
      root: this.renderRoot,
      pathwayFor: this.pathwayFor,
      l10n: this.l10n,
      form: this.form,
      assessment: this.assessment!,
      copied: this.copied,
      setCopied: (copied) => (this.copied = copied),
      edit: () => this.goTo('where'),
      reset: () => this.reset(),
      openScreen: () => this.openScreen(),
      answer: (field) => this.goTo(stepOfField(field), `#${focusId(field)}`),
    });
  }

  private renderScreen(): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    const visible = this.view === 'screen';
    return html`<div class="screen no-print" ?hidden=${!visible}>
      ${visible ? html`<h3 id="step-heading" tabindex="-1">${t('feeChecker.step.screen')}</h3>` : nothing}
      <mr-forced-labour-screen embedded .feeAssessment=${this.assessment}></mr-forced-labour-screen>
      <div class="actions">
        <button type="button" class="secondary" part="button" @click=${() => this.goTo('result', '#open-screen')}>${icon('back', true)}${t('feeChecker.screen.back')}</button>
      </div>
    </div>`;
  }
}

function cssId(field: string): string {
  return field.replace(/\./g, '-');
}

/** The element to focus for a field's problem (some problems belong to a button). */
function focusId(field: string): string {
  const id = cssId(field);
  if (id === 'payments') return 'add-payment';
  const card = /^payments-(\d+)$/.exec(id);
  if (card) return `payment-${card[1]}-edit`;
  return id;
}

function firstField(step: Step, problems: FieldProblems): string {
  const keys = [...problems.keys()];
  for (const f of FIELDS_OF[step]) {
    const hit = keys.find((k) => k === f || k.startsWith(`${f}.`));
    if (hit) return hit;
  }
  return keys[0] ?? FIELDS_OF[step][0] ?? 'step-heading';
}
