import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ClaimLine, CountryWageData, InputProblem, WageClaim, WageClaimInput } from '@migrant-rights/sdk/wages/core';
import { DESTINATIONS } from '@migrant-rights/sdk/geo';
import { convert, isCurrencyCode, parseMajor, ratio, type Money } from '@migrant-rights/sdk/money';
import { MrElement } from '../../internal/mr-element.js';
import { LocalizeController, withWords } from '../../internal/localize.js';
import { emit } from '../../internal/events.js';
import { icon, type IconName } from '../../internal/icons.js';
import { renderProvenance } from '../../internal/provenance-view.js';
import { baseStyles } from '../../internal/styles.js';
import { layoutStyles } from '../../internal/layout-styles.js';
import { formStyles, choiceStyles, stepStyles } from '../../internal/form-styles.js';
import { resultStyles, lineItemStyles } from '../../internal/result-styles.js';
import { copyText, selectContents } from '../../internal/clipboard.js';
import { OnDemand } from '../../internal/on-demand.js';
import { wageCalculatorStyles } from './wage-calculator.styles.js';
import { catalogues, english } from './wage-calculator.locales.js';
import {
  DEDUCTION_KINDS,
  FIELDS_OF,
  OVERTIME_KINDS,
  STEPS,
  checkAll,
  checkStep,
  currencyFor,
  emptyForm,
  fieldOfSdkProblem,
  parseHours,
  stepOfField,
  toClaimInput,
  type FieldProblems,
  type Step,
  type WageForm,
} from './form-model.js';
import { claimSummary } from './summary.js';

type WageEngine = typeof import('./engine.js');

export interface MrCalculateDetail {
  input: WageClaimInput;
  claim: WageClaim;
}

export interface MrNavigateDetail {
  /** The widget the person wants next, e.g. `complaint-pathway`. */
  to: 'complaint-pathway';
  destination: string;
  workerCategory: 'general' | 'domestic';
  problem: 'unpaid-wages' | 'underpayment' | 'end-of-service-unpaid';
  employmentEndedOn?: string;
}

const STEP_ICON: Record<Step, IconName> = {
  where: 'globe',
  when: 'calendar',
  pay: 'briefcase',
  received: 'wallet',
  hours: 'clock',
  result: 'check',
};

/**
 * A guided wage-claim calculator for migrant workers: where they work, when, what the contract
 * promised, what they received, extra hours, then each amount owed with its legal basis, sources
 * and as-of dates. Runs entirely in the page: no network, no cookies, no storage.
 *
 * @tag mr-wage-calculator
 * @summary Works out unpaid wages, minimum-wage shortfall, unpaid overtime, excess deductions and end-of-service gratuity.
 *
 * @event mr-calculate - A claim was calculated. `detail: { input, claim }` (no names or identifiers).
 * @event mr-navigate - The person asked how to claim. `detail: { to: 'complaint-pathway', destination, workerCategory, problem, employmentEndedOn? }`. Cancel it to handle navigation yourself.
 * @event mr-step - The visible step changed. `detail: { step }`.
 *
 * @csspart base - The widget's root.
 * @csspart progress - The step indicator.
 * @csspart step - The current question group.
 * @csspart field - Each label + input group.
 * @csspart error - A field's error message.
 * @csspart actions - The row of navigation buttons.
 * @csspart button - Every button.
 * @csspart result - The result panel.
 * @csspart line - One claim line in the result.
 * @csspart total - The total owed.
 * @csspart provenance - Source, as-of date and verification of a result.
 * @csspart verification - The "not verified" or "secondary source" flag.
 * @csspart note - A note about conflicting sources.
 *
 * @cssprop --mr-color-primary - Buttons, links, progress. Default #0b5cad.
 * @cssprop --mr-color-on-primary - Text on primary. Default #ffffff.
 * @cssprop --mr-color-surface - Background. Default #ffffff.
 * @cssprop --mr-color-text - Text. Default #1b1b1f.
 * @cssprop --mr-color-muted - Secondary text and borders. Default #4a4f57.
 * @cssprop --mr-color-danger - Errors. Default #b3261e.
 * @cssprop --mr-color-warning - Unverified-fact flags. Default #7a4b00.
 * @cssprop --mr-color-success - Completed steps. Default #1e6b34.
 * @cssprop --mr-font-family - Font. Inherits the page's by default.
 * @cssprop --mr-font-size - Base size. Default 1rem.
 * @cssprop --mr-radius - Corner radius. Default 0.5rem.
 * @cssprop --mr-space - Base spacing. Default 0.75rem.
 * @cssprop --mr-focus-ring - Focus outline. Default 3px solid #ffbf47.
 */
export class MrWageCalculator extends MrElement {
  static override styles = [baseStyles, layoutStyles, formStyles, choiceStyles, stepStyles, resultStyles, lineItemStyles, wageCalculatorStyles];

  /** Destination country (ISO 3166-1 alpha-2), e.g. `QA`. Preselects the first question. */
  @property({ reflect: true }) country = '';

  /** Worker category preset: `general` or `domestic`. */
  @property({ attribute: 'worker-category' }) workerCategory: 'general' | 'domestic' = 'general';

  /** The worker's home currency (ISO 4217), e.g. `NPR`: the result offers to show the total in it with a rate the person types. */
  @property({ attribute: 'currency-home' }) currencyHome = '';

  /** Id of a `<mr-complaint-pathway>` on the page that "How to claim this" should drive (like `label[for]`). */
  @property({ attribute: 'pathway-for' }) pathwayFor = '';

  /**
   * Which countries' law to fetch once a country is chosen. `all` (default): every country's, so the
   * server that hosts these files cannot tell which country a worker chose. `chosen`: only that
   * country's, to save data on metered phones; the host can then tell.
   */
  @property({ attribute: 'law-download' }) lawDownload: 'all' | 'chosen' = 'all';

  @state() private step: Step = 'where';
  @state() private form: WageForm = emptyForm();
  @state() private problems: FieldProblems = new Map();
  @state() private claim: WageClaim | undefined;
  @state() private rateText = '';
  @state() private copied = false;

  private readonly l10n = new LocalizeController(this, { english, loaders: catalogues });
  /** The rules and their wording, fetched with the first country's law (see `engine.ts`). */
  private engine: WageEngine | undefined;
  /** Each country's wage law is its own chunk, fetched once a country is chosen. */
  private readonly rules = new OnDemand(this, (country) => this.loadEngine().then((engine) => engine.loadWageRules(country)), {
    together: () => (this.lawDownload === 'chosen' ? [] : DESTINATIONS),
  });
  private calculation: Promise<void> | undefined;
  private focusAfterRender: string | undefined;

  /** The last calculated claim, if any (read-only). */
  get result(): WageClaim | undefined {
    return this.claim;
  }

  override clearState(): void {
    this.reset();
  }

  /** Clears everything the person typed and returns to the first question. */
  reset(): void {
    this.form = { ...emptyForm(this.country), category: this.workerCategory };
    this.problems = new Map();
    this.claim = undefined;
    this.rateText = '';
    this.goTo('where');
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('country') && this.country && !this.claim) this.form = { ...this.form, country: this.country.toUpperCase() };
    if (changed.has('workerCategory') && !this.claim) this.form = { ...this.form, category: this.workerCategory === 'domestic' ? 'domestic' : 'general' };
    if ((changed as Map<PropertyKey, unknown>).has('form') && this.form.country) this.rules.prefetch(this.form.country);
  }

  private async loadEngine(): Promise<WageEngine> {
    const engine = await withWords(this.l10n, import('./engine.js'));
    return (this.engine = engine);
  }

  /** A calculation whose country rules are still being fetched. */
  protected override pendingWork(): ReadonlyArray<Promise<unknown> | undefined> {
    return [this.calculation];
  }

  override updated(): void {
    if (this.focusAfterRender) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.focusAfterRender);
      this.focusAfterRender = undefined;
      target?.focus();
    }
  }

  // ---- state changes ------------------------------------------------------------------------

  private set<K extends keyof WageForm>(key: K, value: WageForm[K]): void {
    this.form = { ...this.form, [key]: value };
    if (this.problems.has(key as string)) {
      const next = new Map(this.problems);
      next.delete(key as string);
      this.problems = next;
    }
  }

  private goTo(step: Step, focus = '#step-heading'): void {
    this.step = step;
    this.focusAfterRender = focus;
    emit(this, 'mr-step', { step });
  }

  private next(): void {
    const problems = checkStep(this.form, this.step, this.l10n.locale);
    this.problems = problems;
    if (problems.size) {
      this.focusAfterRender = `#${cssId(firstField(this.step, problems))}`;
      return;
    }
    const index = STEPS.indexOf(this.step);
    if (STEPS[index + 1] === 'result') this.calculate();
    else this.goTo(STEPS[index + 1]!);
  }

  private back(): void {
    const index = STEPS.indexOf(this.step);
    if (index > 0) this.goTo(STEPS[index - 1]!);
  }

  private calculate(): void {
    const problems = checkAll(this.form, this.l10n.locale);
    if (problems.size) return this.showProblems(problems);
    if (this.calculation) return; // a second press while the rules are on their way
    const input = toClaimInput(this.form, this.l10n.locale);
    this.calculation = this.rules
      .get(input.country)
      .then(
        (rules) => this.finishCalculation(input, rules),
        () => this.showProblems(new Map([['country', { field: 'country', code: 'error.dataUnavailable' }]])),
      )
      .finally(() => (this.calculation = undefined));
  }

  private finishCalculation(input: WageClaimInput, rules: CountryWageData | undefined): void {
    const outcome = rules && this.engine
      ? this.engine.calculateWageClaimWithRules(input, rules)
      : { ok: false as const, problems: [{ field: 'country', code: 'error.countryNotCovered' }] };
    if (!outcome.ok) {
      return this.showProblems(new Map(outcome.problems.map((p) => [fieldOfSdkProblem(p.field), { ...p, field: fieldOfSdkProblem(p.field) }] as [string, InputProblem])));
    }
    this.claim = outcome.claim;
    this.goTo('result');
    emit<MrCalculateDetail>(this, 'mr-calculate', { input, claim: outcome.claim });
  }

  private showProblems(problems: FieldProblems): void {
    this.problems = problems;
    const first = [...problems.keys()][0]!;
    const step = stepOfField(first);
    this.goTo(step, `#${cssId(firstField(step, problems) ?? first)}`);
  }

  private howToClaim(): void {
    const claim = this.claim;
    if (!claim) return;
    const biggest = [...claim.lines].filter((l) => l.status === 'calculated').sort((a, b) => b.amount.minor - a.amount.minor)[0];
    const problem = biggest?.kind === 'gratuity' ? 'end-of-service-unpaid' : biggest?.kind === 'minimum-wage-shortfall' ? 'underpayment' : 'unpaid-wages';
    const detail: MrNavigateDetail = {
      to: 'complaint-pathway',
      destination: this.form.country,
      workerCategory: this.form.category,
      problem,
      ...(this.form.ended === 'yes' ? { employmentEndedOn: this.form.end } : {}),
    };
    const proceed = emit(this, 'mr-navigate', detail);
    if (!proceed || !this.pathwayFor) return;
    const target = (this.getRootNode() as Document | ShadowRoot).getElementById?.(this.pathwayFor);
    if (target) {
      Object.assign(target, { destination: detail.destination, workerCategory: detail.workerCategory, problem: detail.problem, employmentEndedOn: detail.employmentEndedOn });
      target.scrollIntoView?.({ block: 'start' });
      (target as HTMLElement).focus?.();
    }
  }

  private async copySummary(): Promise<void> {
    if (!this.claim) return;
    const text = claimSummary(this.claim, this.l10n, this.form);
    this.copied = await copyText(text);
    if (!this.copied) selectContents(this.renderRoot.querySelector<HTMLElement>('#summary-text'));
  }

  // ---- rendering ----------------------------------------------------------------------------

  override render(): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    const index = STEPS.indexOf(this.step);
    return html`<section part="base" class="base" data-step=${this.step} dir=${this.l10n.dir} lang=${this.l10n.locale} aria-labelledby="title">
      <h2 id="title" class="title">${icon('money')}<span>${t('wageCalculator.title')}</span></h2>
      ${this.l10n.reviewed ? nothing : html`<p class="translation-note">${t('ui.translationDraft')}</p>`}
      <ol class="progress" part="progress" aria-label=${t('ui.progress')}>
        ${STEPS.map(
          (s, i) => html`<li class=${i < index ? 'done' : i === index ? 'current' : ''} aria-current=${i === index ? 'step' : nothing}>
            ${icon(STEP_ICON[s])}<span class="visually-hidden">${t(`wageCalculator.step.${s}`)}</span>
          </li>`,
        )}
      </ol>
      <p class="step-count">${t('ui.stepOf', { current: index + 1, total: STEPS.length })}</p>
      ${this.step === 'result' ? this.renderResult() : this.renderStep()}
    </section>`;
  }

  private renderStep(): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    const body = {
      where: () => this.renderWhere(),
      when: () => this.renderWhen(),
      pay: () => this.renderPay(),
      received: () => this.renderReceived(),
      hours: () => this.renderHours(),
    }[this.step as Exclude<Step, 'result'>]();
    const first = this.step === 'where';
    return html`<form part="step" class="step" novalidate @submit=${(e: Event) => (e.preventDefault(), this.next())}>
      <h3 id="step-heading" tabindex="-1">${t(`wageCalculator.step.${this.step}`)}</h3>
      <p class="hint">${t(`wageCalculator.hint.${this.step}`)}</p>
      ${this.problems.size ? html`<p class="error-summary" role="alert">${t('ui.fixErrors', { count: this.problems.size })}</p>` : nothing}
      ${body}
      <div class="actions" part="actions">
        ${first ? nothing : html`<button type="button" class="secondary" part="button" @click=${this.back}>${icon('back', true)}${t('ui.back')}</button>`}
        <button type="submit" part="button">${t(this.step === 'hours' ? 'wageCalculator.calculate' : 'ui.next')}${icon('next', true)}</button>
      </div>
      <p class="privacy">${t('ui.privacy')}</p>
    </form>`;
  }

  private error(field: string): TemplateResult | typeof nothing {
    const p = this.problems.get(field);
    if (!p) return nothing;
    return html`<p class="error" part="error" id=${`${cssId(field)}-error`}>${icon('warning')}<span>${this.l10n.t(p.code, p.params ?? {})}</span></p>`;
  }

  private textField(field: string, value: string, onInput: (v: string) => void, opts: { type?: string; inputmode?: string; hint?: string; suffix?: string; autocomplete?: string } = {}): TemplateResult {
    const id = cssId(field);
    const invalid = this.problems.has(field);
    const describedBy = [invalid ? `${id}-error` : '', opts.hint ? `${id}-hint` : ''].filter(Boolean).join(' ');
    return html`<div class="field" part="field">
      <label for=${id}>${this.l10n.t(`wageCalculator.field.${field.replace(/^deductions\.\d+\./, 'deduction.')}`)}</label>
      ${opts.hint ? html`<p class="field-hint" id=${`${id}-hint`}>${opts.hint}</p>` : nothing}
      <div class="input-row">
        <input
          id=${id}
          name=${field}
          type=${opts.type ?? 'text'}
          inputmode=${opts.inputmode ?? nothing}
          autocomplete=${opts.autocomplete ?? 'off'}
          .value=${value}
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${describedBy || nothing}
          @input=${(e: Event) => onInput((e.target as HTMLInputElement).value)}
        />
        ${opts.suffix ? html`<span class="suffix" aria-hidden="true">${opts.suffix}</span>` : nothing}
      </div>
      ${this.error(field)}
    </div>`;
  }

  private moneyField(field: keyof WageForm & string, hint?: string): TemplateResult {
    const currency = currencyFor(this.form) ?? '';
    return this.textField(field, this.form[field] as string, (v) => this.set(field, v as never), {
      inputmode: 'decimal',
      suffix: currency,
      hint: hint ?? this.l10n.t('wageCalculator.amountHint', { currency }),
    });
  }

  private radios<T extends string>(field: string, name: string, options: readonly T[], value: T | '', onChange: (v: T) => void): TemplateResult {
    const invalid = this.problems.has(field);
    return html`<fieldset class="field" part="field" aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${invalid ? `${cssId(field)}-error` : nothing}>
      <legend>${this.l10n.t(`wageCalculator.field.${name}`)}</legend>
      <div class="choices">
        ${options.map(
          (o, i) => html`<label class="choice">
            <input type="radio" id=${i === 0 ? cssId(field) : nothing} name=${field} .value=${o} .checked=${value === o} @change=${() => onChange(o)} />
            <span>${this.l10n.t(`wageCalculator.option.${name}.${o}`)}</span>
          </label>`,
        )}
      </div>
      ${this.error(field)}
    </fieldset>`;
  }

  private renderWhere(): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    const invalid = this.problems.has('country');
    const countries = [...DESTINATIONS].sort((a, b) => this.l10n.country(a).localeCompare(this.l10n.country(b), this.l10n.locale));
    return html`<div class="field" part="field">
        <label for="country">${t('wageCalculator.field.country')}</label>
        <select id="country" name="country" aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${invalid ? 'country-error' : nothing}
          @change=${(e: Event) => this.set('country', (e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${!this.form.country}>${t('ui.choose')}</option>
          ${countries.map((c) => html`<option value=${c} ?selected=${this.form.country === c}>${this.l10n.country(c)}</option>`)}
        </select>
        ${this.error('country')}
      </div>
      ${this.radios('category', 'category', ['general', 'domestic'] as const, this.form.category, (v) => this.set('category', v))}`;
  }

  private renderWhen(): TemplateResult {
    const f = this.form;
    return html`${this.textField('start', f.start, (v) => this.set('start', v), { type: 'date' })}
      ${this.textField('end', f.end, (v) => this.set('end', v), { type: 'date', hint: this.l10n.t('wageCalculator.endHint') })}
      ${this.radios('ended', 'ended', ['yes', 'no'] as const, f.ended, (v) => this.set('ended', v))}
      ${f.ended === 'yes' ? this.radios('ending', 'ending', ['contract-end', 'termination', 'resignation'] as const, f.ending, (v) => this.set('ending', v)) : nothing}
      ${f.country === 'HK' && f.category === 'domestic'
        ? this.textField('contractSignedOn', f.contractSignedOn, (v) => this.set('contractSignedOn', v), { type: 'date', hint: this.l10n.t('wageCalculator.contractSignedHint') })
        : nothing}
      ${f.country === 'MY' ? this.radios('employerSize', 'employerSize', ['under-5', '5-or-more'] as const, f.employerSize, (v) => this.set('employerSize', v)) : nothing}`;
  }

  private renderPay(): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    const f = this.form;
    return html`${this.moneyField('basic')} ${this.moneyField('housing')}
      <label class="check"><input type="checkbox" .checked=${f.housingProvided} @change=${(e: Event) => this.set('housingProvided', (e.target as HTMLInputElement).checked)} />
        <span>${icon('home')}${t('wageCalculator.field.housingProvided')}</span></label>
      ${this.moneyField('food')}
      <label class="check"><input type="checkbox" .checked=${f.foodProvided} @change=${(e: Event) => this.set('foodProvided', (e.target as HTMLInputElement).checked)} />
        <span>${t('wageCalculator.field.foodProvided')}</span></label>
      ${this.moneyField('otherAllowance')}`;
  }

  private renderReceived(): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    const f = this.form;
    const update = (i: number, patch: Partial<WageForm['deductions'][number]>) =>
      this.set('deductions', f.deductions.map((d, j) => (j === i ? { ...d, ...patch } : d)));
    return html`${this.moneyField('paid', t('wageCalculator.paidHint'))}
      ${f.ended === 'yes' ? this.moneyField('gratuityPaid') : nothing}
      <fieldset class="deductions">
        <legend>${icon('minus')}${t('wageCalculator.field.deductions')}</legend>
        <p class="field-hint">${t('wageCalculator.deductionsHint')}</p>
        ${f.deductions.map(
          (d, i) => html`<div class="deduction" role="group" aria-label=${t('wageCalculator.deductionN', { n: i + 1 })}>
            ${this.textField(`deductions.${i}.month`, d.month, (v) => update(i, { month: v }), { type: 'month', hint: t('wageCalculator.monthHint') })}
            ${this.textField(`deductions.${i}.amount`, d.amount, (v) => update(i, { amount: v }), { inputmode: 'decimal', suffix: currencyFor(f) ?? '' })}
            <div class="field" part="field">
              <label for=${`deductions-${i}-kind`}>${t('wageCalculator.field.deduction.kind')}</label>
              <select id=${`deductions-${i}-kind`} @change=${(e: Event) => update(i, { kind: (e.target as HTMLSelectElement).value as never })}>
                ${DEDUCTION_KINDS.map((k) => html`<option value=${k} ?selected=${d.kind === k}>${t(`wageCalculator.option.deduction.${k}`)}</option>`)}
              </select>
            </div>
            <button type="button" class="secondary" part="button" @click=${() => this.set('deductions', f.deductions.filter((_, j) => j !== i))}>
              ${t('wageCalculator.removeDeduction', { n: i + 1 })}
            </button>
          </div>`,
        )}
        <button type="button" class="secondary" part="button"
          @click=${() => { this.set('deductions', [...f.deductions, { month: '', amount: '', kind: 'other' }]); this.focusAfterRender = `#deductions-${f.deductions.length}-month`; }}>
          ${t('wageCalculator.addDeduction')}
        </button>
      </fieldset>`;
  }

  private renderHours(): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    return html`${OVERTIME_KINDS.map((k) =>
        this.textField(`overtime.${k}`, this.form.overtime[k], (v) => this.set('overtime', { ...this.form.overtime, [k]: v }), {
          inputmode: 'decimal',
          suffix: t('wageCalculator.hoursUnit'),
          hint: t(`wageCalculator.hint.overtime.${k}`),
        }),
      )}
      ${this.moneyField('overtimePaid')}`;
  }

  private renderLine(line: ClaimLine): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    const covered = line.status === 'calculated';
    return html`<li class="line ${line.status}" part="line">
      <div class="line-head">
        <h4>${t(`wageCalculator.line.${line.kind}`)}</h4>
        <p class="amount">${covered ? this.l10n.money(line.amount) : t('wageCalculator.line.notCovered')}</p>
      </div>
      <p class="basis">${this.sayCoded(line.basis)}</p>
      ${line.details.length
        ? html`<details><summary>${t('ui.howCalculated')}</summary><ul>${line.details.map((d) => html`<li>${this.sayCoded(d)}</li>`)}</ul></details>`
        : nothing}
      ${renderProvenance(this.l10n, line)}
    </li>`;
  }

  /** Says an SDK code; Money-valued params arrive as `{ currency, minor }` pairs flattened by the SDK. */
  private sayCoded(coded: { code: string; params?: Record<string, unknown> }): string {
    return this.l10n.t(coded.code, formatParams(coded.params ?? {}, this.l10n));
  }

  private renderResult(): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    const claim = this.claim!;
    const home = this.currencyHome.toUpperCase();
    const converted = this.convertedTotal(claim.total, home);
    return html`<div class="result" part="result" aria-live="polite">
      <h3 id="step-heading" tabindex="-1">${t('wageCalculator.step.result')}</h3>
      <p class="total" part="total">
        <span>${t('wageCalculator.total')}</span>
        <strong>${this.l10n.money(claim.total)}</strong>
      </p>
      ${claim.verification !== 'official' ? html`<p class="verification ${claim.verification}" part="verification">${icon('warning')}<span>${t(`wageCalculator.verification.${claim.verification}`)}</span></p>` : nothing}
      ${claim.warnings.length ? html`<ul class="warnings">${claim.warnings.map((w) => html`<li>${icon('info')}<span>${this.sayCoded(w)}</span></li>`)}</ul>` : nothing}
      <ol class="lines">${claim.lines.map((l) => this.renderLine(l))}</ol>
      ${claim.assumptions.length
        ? html`<details class="assumptions"><summary>${t('wageCalculator.assumptions')}</summary><ul>${claim.assumptions.map((a) => html`<li>${this.sayCoded(a)}</li>`)}</ul></details>`
        : nothing}
      ${home && isCurrencyCode(home) && home !== claim.currency
        ? html`<div class="convert">
            <div class="field" part="field">
              <label for="rate">${t('wageCalculator.rateLabel', { from: claim.currency, to: home })}</label>
              <p class="field-hint" id="rate-hint">${t('wageCalculator.rateHint')}</p>
              <input id="rate" inputmode="decimal" autocomplete="off" aria-describedby="rate-hint" .value=${this.rateText} @input=${(e: Event) => (this.rateText = (e.target as HTMLInputElement).value)} />
              ${this.rateText && !converted ? html`<p class="error" part="error">${icon('warning')}<span>${t('error.rate')}</span></p>` : nothing}
            </div>
            ${converted ? html`<p class="converted">${t('wageCalculator.inHomeCurrency', { amount: this.l10n.money(converted), rate: parseHours(this.rateText) })}</p>` : nothing}
          </div>`
        : nothing}
      <div class="actions no-print" part="actions">
        <button type="button" part="button" @click=${this.howToClaim}>${icon('link')}${t('wageCalculator.howToClaim')}</button>
        <button type="button" class="secondary" part="button" @click=${() => print()}>${icon('print')}${t('ui.print')}</button>
        <button type="button" class="secondary" part="button" @click=${this.copySummary}>${icon('copy')}${t('ui.copy')}</button>
        <button type="button" class="secondary" part="button" @click=${() => this.goTo('where')}>${icon('back', true)}${t('wageCalculator.edit')}</button>
        <button type="button" class="secondary" part="button" @click=${this.reset}>${icon('restart')}${t('ui.startOver')}</button>
      </div>
      <p class="status" role="status">${this.copied ? t('ui.copied') : ''}</p>
      <pre id="summary-text" class="summary-text" hidden>${claimSummary(claim, this.l10n, this.form)}</pre>
    </div>`;
  }

  private convertedTotal(total: Money, home: string): Money | undefined {
    const text = parseHours(this.rateText);
    if (!text || !isCurrencyCode(home)) return undefined;
    try {
      if (ratio(text).num <= 0) return undefined;
      return convert(total, { from: total.currency, to: home, rate: text });
    } catch {
      return undefined;
    }
  }
}

function cssId(field: string): string {
  return field.replace(/\./g, '-');
}

function firstField(step: Step, problems: FieldProblems): string {
  const keys = [...problems.keys()];
  for (const f of FIELDS_OF[step]) {
    const hit = keys.find((k) => k === f || k.startsWith(`${f}.`));
    if (hit) return cssId(hit);
  }
  return cssId(keys[0] ?? FIELDS_OF[step][0] ?? 'step-heading');
}

/**
 * Formats SDK params for a message: amounts (exact decimal strings beside a `currency` param, or
 * `{ currency, minor }` objects), ISO dates, months and country codes become localised text.
 */
export function formatParams(params: Record<string, unknown>, l10n: LocalizeController): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  const currency = typeof params['currency'] === 'string' && isCurrencyCode(params['currency']) ? params['currency'] : undefined;
  for (const [key, value] of Object.entries(params)) {
    if (value && typeof value === 'object' && 'currency' in value && 'minor' in value) out[key] = l10n.money(value as Money);
    else if (currency && key !== 'currency' && typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value)) {
      // The catalogue writes "{currency} {amount}": localise the number (digits, grouping), keep the code.
      const amount = parseMajor(currency, value);
      out[key] = amount ? l10n.decimal(amount) : value;
    } else if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) out[key] = l10n.date(value);
    else if (typeof value === 'string' && /^\d{4}-\d{2}$/.test(value)) out[key] = l10n.date(`${value}-01`, { year: 'numeric', month: 'long' });
    else if (typeof value === 'string' && /^[A-Z]{2}$/.test(value) && key.toLowerCase().includes('country')) out[key] = l10n.country(value);
    else if (typeof value === 'number' || typeof value === 'string') out[key] = value;
  }
  return out;
}
