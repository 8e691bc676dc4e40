import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  OCCUPATIONS,
  PAYEES,
  WORKER_SEXES,
  assessRecruitmentFees,
  type AssessmentInput,
  type CapVerdict,
  type FeeAssessment,
  type InputProblem,
  type PaymentAssessment,
  type RuleSummary,
  type WorkerCategory,
} from '@migrant-rights/sdk/fees';
import { CURRENCY_OF, currencyName } from '@migrant-rights/sdk/geo';
import type { Money } from '@migrant-rights/sdk/money';
import { MrElement, defineElement } from '../../internal/mr-element.js';
import { LocalizeController } from '../../internal/localize.js';
import { emit } from '../../internal/events.js';
import { icon, type IconName } from '../../internal/icons.js';
import { renderProvenance } from '../../internal/provenance-view.js';
import { localDecimal, sayCoded, type CodedLike } from '../../internal/coded.js';
import { baseStyles } from '../../internal/styles.js';
import { layoutStyles } from '../../internal/layout-styles.js';
import { formStyles, choiceStyles, stepStyles } from '../../internal/form-styles.js';
import { resultStyles, lineItemStyles } from '../../internal/result-styles.js';
import { provenanceStyles } from '../../internal/provenance-styles.js';
import { copyText, selectContents } from '../../internal/clipboard.js';
import { MrForcedLabourScreen } from '../forced-labour-screen/forced-labour-screen.js';
import { feeCheckerStyles } from './fee-checker.styles.js';
import { catalogues, english } from './fee-checker.locales.js';
import { feeIcon, purposeIcon } from './fee-icons.js';
import {
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
  firstPaymentDate,
  isTouched,
  originCurrency,
  paymentDatesDiffer,
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
import { assessmentSummary } from './summary.js';
import { collator } from '@migrant-rights/sdk/i18n';

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

/** Where the person is sent to answer a question a rule needs. */
const FIELD_OF_NEED: Readonly<Record<string, string>> = {
  occupation: 'occupation',
  workerSex: 'workerSex',
  contractMonths: 'contractMonths',
  monthlyWageAtDestination: 'wage',
};

/** Bars longer than this many months are drawn full, with the figure in words. */
const BAR_MAX_MONTHS = 24;

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

  private readonly l10n = new LocalizeController(this, { english, loaders: catalogues });
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

  override willUpdate(changed: PropertyValues<this>): void {
    if (this.assessment) return;
    if (changed.has('origin') || changed.has('currencyHome')) {
      const origin = this.presetOrigin();
      if (origin) this.form = { ...this.form, origin };
    }
    if (changed.has('destination') && this.destination) this.form = { ...this.form, destination: this.destination.toUpperCase() };
    if (changed.has('workerCategory')) this.form = { ...this.form, category: this.presetCategory() };
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
    const problems = checkStep(this.form, step, this.l10n.locale);
    this.problems = problems;
    if (problems.size) {
      this.focusAfterRender = `#${focusId(firstField(step, problems))}`;
      return;
    }
    const index = STEPS.indexOf(step);
    if (STEPS[index + 1] === 'result') this.calculate();
    else this.goTo(STEPS[index + 1]!);
  }

  private back(): void {
    const index = STEPS.indexOf(this.view as Step);
    if (index > 0) this.goTo(STEPS[index - 1]!);
  }

  private needed(): Set<ConditionalField> {
    const f = this.form;
    const key = [f.origin, f.destination, f.category, ...f.payments.map((p) => p.date)].join('|');
    if (this.neededCache?.key !== key) this.neededCache = { key, fields: conditionalFields(f) };
    return this.neededCache.fields;
  }

  private calculate(): void {
    const problems = checkAll(this.form, this.l10n.locale);
    if (problems.size) return this.showProblems(problems);
    const input = toAssessmentInput(this.form, this.l10n.locale, this.needed());
    const outcome = assessRecruitmentFees(input);
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

  // ---- result actions -----------------------------------------------------------------------

  private complain(): void {
    if (!this.assessment) return;
    const detail: MrFeeNavigateDetail = {
      to: 'complaint-pathway',
      destination: this.form.destination,
      origin: this.form.origin,
      workerCategory: this.form.category,
      problem: 'recruitment-fees',
    };
    const proceed = emit(this, 'mr-navigate', detail);
    if (!proceed || !this.pathwayFor) return;
    const target = (this.getRootNode() as Document | ShadowRoot).getElementById?.(this.pathwayFor);
    if (target) {
      Object.assign(target, { destination: detail.destination, origin: detail.origin, workerCategory: detail.workerCategory, problem: detail.problem });
      target.scrollIntoView?.({ block: 'start' });
      (target as HTMLElement).focus?.();
    }
  }

  private openScreen(): void {
    // Registered here too, so a page that imported only this class still gets the screen (never throws).
    defineElement('mr-forced-labour-screen', MrForcedLabourScreen);
    this.screenOpened = true;
    this.goTo('screen');
  }

  private answerNeed(need: string): void {
    const field = FIELD_OF_NEED[need] ?? 'origin';
    this.goTo(stepOfField(field), `#${focusId(field)}`);
  }

  private async copySummary(): Promise<void> {
    if (!this.assessment) return;
    const text = assessmentSummary(this.assessment, this.l10n, this.form);
    this.copied = await copyText(text);
    if (!this.copied) selectContents(this.renderRoot.querySelector<HTMLElement>('#summary-text'));
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
    return html`<form part="step" class="step" novalidate @submit=${(e: Event) => (e.preventDefault(), this.next())}>
      <h3 id="step-heading" tabindex="-1">${t(`feeChecker.step.${step}`)}</h3>
      <p class="hint">${t(`feeChecker.hint.${step}`)}</p>
      ${count ? html`<p class="error-summary" role="alert">${t('ui.fixErrors', { count })}</p>` : nothing}
      ${body}
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

  // ---- rendering: result --------------------------------------------------------------------

  private renderResult(): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    const a = this.assessment!;
    const first = firstPaymentDate(this.form);
    return html`<div class="result" part="result">
      <h3 id="step-heading" tabindex="-1">${t('feeChecker.step.result')}</h3>
      <p class="corridor">${t('feeChecker.summary.corridor', { origin: this.l10n.country(a.origin), destination: this.l10n.country(a.destination) })}</p>
      ${a.verification !== 'official'
        ? html`<p class="verification ${a.verification}" part="verification">${icon('warning')}<span>${t(`feeChecker.verification.${a.verification}`)}</span></p>`
        : nothing}
      ${this.renderTotals(a)}
      ${this.renderMonths(a)}
      ${paymentDatesDiffer(this.form) && first ? html`<p class="note-dates">${icon('calendar')}<span>${t('feeChecker.datesDiffer', { date: this.l10n.date(first) })}</span></p>` : nothing}
      ${a.warnings.length
        ? html`<section class="warnings-block" aria-labelledby="warnings-heading">
            <h4 id="warnings-heading">${t('feeChecker.warnings.heading')}</h4>
            <ul class="warnings">${a.warnings.map((w) => html`<li data-code=${w.code}>${icon('info')}<span>${this.say(w)}</span></li>`)}</ul>
          </section>`
        : nothing}
      <ol class="verdicts">${a.payments.map((p) => this.renderAssessedPayment(p, a))}</ol>
      ${this.renderRules(a)}
      ${a.assumptions.length
        ? html`<details class="assumptions"><summary>${t('feeChecker.assumptions')}</summary><ul>${a.assumptions.map((x) => html`<li>${this.say(x)}</li>`)}</ul></details>`
        : nothing}
      <p class="summary-note">${t('feeChecker.summary.note')}</p>
      <div class="actions no-print" part="actions">
        <button type="button" part="button" class="complain" @click=${this.complain}>${icon('link')}${t('feeChecker.complain')}</button>
        <button type="button" class="secondary" part="button" @click=${() => print()}>${icon('print')}${t('ui.print')}</button>
        <button type="button" class="secondary" part="button" @click=${this.copySummary}>${icon('copy')}${t('ui.copy')}</button>
        <button type="button" class="secondary" part="button" @click=${() => this.goTo('where')}>${icon('back', true)}${t('feeChecker.edit')}</button>
        <button type="button" class="secondary" part="button" @click=${this.reset}>${icon('restart')}${t('ui.startOver')}</button>
      </div>
      <div class="screen-offer no-print">
        <p class="hint" id="screen-offer-hint">${t('feeChecker.screen.offerHint')}</p>
        <button type="button" class="secondary" part="button" id="open-screen" aria-describedby="screen-offer-hint" @click=${this.openScreen}>${feeIcon('chat')}${t('feeChecker.screen.offer')}</button>
      </div>
      <p class="copied" role="status">${this.copied ? t('ui.copied') : ''}</p>
      <pre id="summary-text" class="summary-text" hidden>${assessmentSummary(a, this.l10n, this.form)}</pre>
    </div>`;
  }

  private renderTotals(a: FeeAssessment): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    const row = (label: string, key: 'paid' | 'shouldNotHavePaid', cls: string) => {
      const asPaid = a.totals[key];
      const converted = a.totals.converted.filter((c) => c[key]);
      const all = converted.length === a.totals.converted.length && converted.length > 0;
      const main: Money[] = all ? converted.map((c) => c[key]!) : asPaid;
      return html`<div class="total-row ${cls}">
        <dt>${label}</dt>
        <dd>${main.length ? main.map((m, i) => html`${i ? html`<span class="sep" aria-hidden="true"> · </span>` : nothing}<strong>${this.l10n.money(m)}</strong>`) : html`<strong>${t('feeChecker.total.none')}</strong>`}</dd>
      </div>`;
    };
    return html`<dl class="totals" part="total">
      ${row(t('feeChecker.total.paid'), 'paid', 'paid')}
      ${row(t('feeChecker.total.shouldNot'), 'shouldNotHavePaid', 'should-not')}
    </dl>`;
  }

  private renderMonths(a: FeeAssessment): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    const ratio = a.costToIncomeRatio;
    if (ratio.status !== 'calculated' || !a.monthsOfWages) {
      return html`<div class="months" part="months"><h4>${t('feeChecker.months.heading')}</h4><p>${this.say(ratio.status === 'calculated' ? { code: 'fees.sdg.needsWage' } : ratio.reason)}</p></div>`;
    }
    const m = a.monthsOfWages;
    const months = localDecimal(m.display, this.l10n);
    const count = m.hundredths / 100; // selects the plural form (display only; the figure shown is the exact decimal)
    const scale = Math.min(BAR_MAX_MONTHS, Math.max(3, Math.ceil(m.hundredths / 100)));
    const fill = Math.min(m.hundredths, scale * 100) / scale; // out of 100 view-box units
    const ticks = Array.from({ length: scale - 1 }, (_, i) => ((i + 1) * 100) / scale);
    const label = t('feeChecker.months.bar', { months, scale: this.l10n.number(scale), count });
    const over = a.warnings.some((w) => w.code === 'fees.warning.debtBondageRisk');
    return html`<div class="months ${over ? 'high' : ''}" part="months">
      <h4>${t('feeChecker.months.heading')}</h4>
      <p class="months-text">${t('feeChecker.months.text', { months, count })}</p>
      <svg part="bar" class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label=${label} focusable="false">
        ${svg`<rect class="bar-track" x="0" y="0" width="100" height="10"></rect>
          <rect class="bar-fill" x="0" y="0" width=${fill} height="10"></rect>
          ${ticks.map((x) => svg`<line class="bar-tick" x1=${x} x2=${x} y1="0" y2="10"></line>`)}`}
      </svg>
      <p class="bar-scale" aria-hidden="true"><span>${this.l10n.number(0)}</span><span>${t('feeChecker.months.scale', { scale: this.l10n.number(scale) })}</span></p>
      ${renderProvenance(this.l10n, { sources: ratio.sources, verification: ratio.verification, ...(ratio.note ? { note: ratio.note } : {}) })}
    </div>`;
  }

  private ruleOf(a: FeeAssessment, ruleId: string | undefined): RuleSummary | undefined {
    return ruleId ? a.rules.find((r) => r.rule.ruleId === ruleId) : undefined;
  }

  private renderAssessedPayment(p: PaymentAssessment, a: FeeAssessment): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    const draft = this.form.payments[p.index];
    const shown = p.caps.filter((c) => c.status !== 'outside-scope');
    const hidden = p.caps.filter((c) => c.status === 'outside-scope');
    const answer = String(p.ilo.shouldWorkerHavePaid);
    return html`<li class="assessed" part="payment" data-index=${p.index}>
      <div class="line-head">
        <h4>${purposeIcon(p.payment.purpose)}<span>${t('feeChecker.payment.n', { n: p.index + 1 })}: ${t(`fees.purpose.${p.payment.purpose}`)}</span></h4>
        <p class="amount">${this.l10n.money(p.payment.amount)}</p>
      </div>
      <p class="meta">
        <span>${t('feeChecker.paidTo', { payee: t(`fees.payee.${p.payment.paidTo}`) })}</span>
        ${draft?.date ? html`<span>${t('feeChecker.paidOn', { date: this.l10n.date(draft.date) })}</span>` : nothing}
        ${p.payment.receipt === undefined ? nothing : html`<span>${t(`feeChecker.receipt.${p.payment.receipt ? 'yes' : 'no'}`)}</span>`}
      </p>
      <div class="verdict ilo ${answer === 'false' ? 'bad' : answer === 'true' ? 'ok' : 'unknown'}" part="verdict">
        <h5>${t('feeChecker.ilo.heading')} <strong class="answer">${t(`feeChecker.ilo.answer.${answer}`)}</strong></h5>
        <p>${this.say(p.ilo.reason)}</p>
        ${p.classification.category ? html`<p class="kind">${t('feeChecker.kind', { kind: t(`fees.category.${p.classification.category}`) })}</p>` : nothing}
        ${renderProvenance(this.l10n, { sources: p.ilo.sources, verification: p.ilo.verification, ...(p.ilo.note ? { note: p.ilo.note } : {}) })}
      </div>
      ${shown.length
        ? html`<div class="law"><h5>${t('feeChecker.law.heading')}</h5><ul class="cap-verdicts">${shown.map((v) => this.renderCapVerdict(v, a))}</ul></div>`
        : nothing}
      <details class="how">
        <summary>${t('ui.howCalculated')}</summary>
        <ul>
          ${p.classification.basis.map((b) => html`<li>${this.say(b)}</li>`)}
          ${hidden.map((v) => html`<li>${this.ruleName(a, v)}: ${this.say(v.reason)}</li>`)}
        </ul>
      </details>
    </li>`;
  }

  private ruleName(a: FeeAssessment, v: CapVerdict): string {
    const rule = this.ruleOf(a, v.ruleId);
    return rule ? this.say(rule.rule.name) : this.l10n.t('feeChecker.law.of', { country: this.l10n.country(v.country) });
  }

  private renderCapVerdict(v: CapVerdict, a: FeeAssessment): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    const rule = this.ruleOf(a, v.ruleId);
    const bad = v.status === 'exceeds' || v.status === 'banned';
    let by: string | undefined;
    if (v.by && bad) {
      const amount = this.l10n.money(v.by);
      const other = v.byInCapCurrency && v.byInCapCurrency.currency !== v.by.currency ? this.l10n.money(v.byInCapCurrency) : undefined;
      by = v.atLeast ? t('feeChecker.cap.byAtLeast', { amount }) : other ? t('feeChecker.cap.byBoth', { amount, other }) : t('feeChecker.cap.by', { amount });
    }
    const needs = rule?.needs[0];
    return html`<li class="verdict cap ${v.status}" part="verdict" data-status=${v.status} data-rule=${v.ruleId ?? 'none'}>
      <p class="law-of">${rule ? this.say(rule.rule.name) : t('feeChecker.law.of', { country: this.l10n.country(v.country) })}</p>
      <p class="status-line"><strong>${icon(bad ? 'warning' : v.status === 'within' ? 'check' : 'info')}<span>${t(`fees.capStatus.${v.status}`)}</span></strong></p>
      ${v.reason.code === 'fees.cap.exceeds' ? nothing : html`<p class="reason">${this.say(v.reason)}</p>`}
      ${by ? html`<p class="by">${by}</p>` : nothing}
      ${v.cap && v.status !== 'banned' ? html`<p class="limit">${v.cap.minor === 0 ? t('feeChecker.cap.limitZero') : t('feeChecker.cap.limit', { amount: this.l10n.money(v.cap) })}</p>` : nothing}
      ${v.notices.length ? html`<ul class="notices">${v.notices.map((n) => html`<li>${this.say(n)}</li>`)}</ul>` : nothing}
      ${v.status === 'needs-input' && needs && FIELD_OF_NEED[needs]
        ? html`<button type="button" class="secondary no-print" part="button" @click=${() => this.answerNeed(needs)}>${t('feeChecker.cap.answer')}</button>`
        : nothing}
      ${rule ? html`${rule.warnings.map((w) => html`<p class="rule-warning">${this.say(w)}</p>`)}${renderProvenance(this.l10n, rule.rule)}` : nothing}
    </li>`;
  }

  private renderRules(a: FeeAssessment): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    return html`<section class="rules" aria-labelledby="rules-heading">
      <h4 id="rules-heading">${t('feeChecker.rules.heading')}</h4>
      ${a.rules.length
        ? html`<ul class="rule-list">
            ${a.rules.map(
              (r) => html`<li class="rule ${r.status}" part="rule" data-rule=${r.rule.ruleId}>
                <h5>${this.say(r.rule.name)}</h5>
                <p class="status-line"><strong>${r.status === 'nothing-in-scope' ? t('fees.ruleStatus.nothing-in-scope') : t(`fees.capStatus.${r.status}`)}</strong></p>
                ${r.cap ? html`<p class="limit">${r.cap.minor === 0 ? t('feeChecker.cap.limitZero') : t('feeChecker.cap.limit', { amount: this.l10n.money(r.cap) })}</p>` : nothing}
                ${r.covered ? html`<p>${t('feeChecker.rule.covered', { amount: this.l10n.money(r.covered) })}</p>` : nothing}
                ${r.excess && r.excess.minor > 0
                  ? html`<p class="by">${t(r.atLeast ? 'feeChecker.rule.excessAtLeast' : 'feeChecker.rule.excess', { amount: this.l10n.money(r.excess) })}</p>`
                  : nothing}
                ${r.warnings.map((w) => html`<p class="rule-warning">${this.say(w)}</p>`)}
                ${renderProvenance(this.l10n, r.rule)}
              </li>`,
            )}
          </ul>`
        : html`<p>${t('feeChecker.rules.none')}</p>`}
    </section>`;
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
