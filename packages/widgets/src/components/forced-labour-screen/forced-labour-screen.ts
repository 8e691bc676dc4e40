import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  FORCED_LABOUR_ANSWERS,
  FORCED_LABOUR_INDICATOR_IDS,
  FORCED_LABOUR_QUESTION_IDS,
  FORCED_LABOUR_QUESTIONS,
  screenForcedLabour,
  type FeeAssessment,
  type ForcedLabourAnswer,
  type ForcedLabourAnswers,
  type ForcedLabourIndicatorId,
  type ForcedLabourQuestionId,
  type ForcedLabourScreen,
  type IndicatorResult,
} from '@migrant-rights/sdk/fees';
import { MrElement } from '../../internal/mr-element.js';
import { LocalizeController } from '../../internal/localize.js';
import { emit } from '../../internal/events.js';
import { safeExitHref } from '../../internal/exit-url.js';
import { icon } from '../../internal/icons.js';
import { renderProvenance } from '../../internal/provenance-view.js';
import { sayCoded } from '../../internal/coded.js';
import { baseStyles } from '../../internal/styles.js';
import { layoutStyles } from '../../internal/layout-styles.js';
import { choiceStyles } from '../../internal/form-styles.js';
import { resultStyles } from '../../internal/result-styles.js';
import { provenanceStyles } from '../../internal/provenance-styles.js';
import { forcedLabourScreenStyles } from './forced-labour-screen.styles.js';
import { catalogues, english } from './forced-labour-screen.locales.js';

export interface MrScreenDetail {
  answers: ForcedLabourAnswers;
  screen: ForcedLabourScreen;
}

/** Indicators asked together on one screen: two at a time, four short questions. */
const INDICATORS_PER_PART = 2;
export const PARTS: ReadonlyArray<readonly ForcedLabourIndicatorId[]> = Array.from(
  { length: Math.ceil(FORCED_LABOUR_INDICATOR_IDS.length / INDICATORS_PER_PART) },
  (_, i) => FORCED_LABOUR_INDICATOR_IDS.slice(i * INDICATORS_PER_PART, (i + 1) * INDICATORS_PER_PART),
);

export type ScreenView = 'intro' | 'result' | number;

/**
 * A short, gentle screen for signs of forced labour, over the ILO's eleven indicators: a few
 * yes / no / not sure questions at a time, any of which can be skipped, then which signs are
 * present, with the ILO caveat that one sign alone does not prove forced labour and that this is
 * a screening, not a determination. Given a fee assessment, it raises debt bondage on its own
 * when the fees are very high. "Clear my answers" forgets everything at once. No network, no storage.
 *
 * @tag mr-forced-labour-screen
 * @summary Screens for the ILO indicators of forced labour in plain language.
 *
 * @event mr-screen - The answers were screened. `detail: { answers, screen }` (no names or identifiers).
 * @event mr-step - The visible part changed. `detail: { step }` (`intro`, `part-1`…, `result`).
 *
 * @csspart base - The widget's root.
 * @csspart step - The current group of questions.
 * @csspart question - One question (a fieldset of yes / no / not sure).
 * @csspart actions - The row of navigation buttons.
 * @csspart button - Every button.
 * @csspart clear - The "clear my answers" button.
 * @csspart result - The result panel.
 * @csspart indicator - One indicator in the result.
 * @csspart caveat - The ILO caveat (always shown with a result).
 * @csspart next-step - What to do next.
 * @csspart provenance - Sources and verification of the screen.
 * @csspart verification - The "not verified" flag.
 *
 * @cssprop --mr-color-primary - Buttons, links. Default #0b5cad.
 * @cssprop --mr-color-on-primary - Text on primary. Default #ffffff.
 * @cssprop --mr-color-surface - Background. Default #ffffff.
 * @cssprop --mr-color-text - Text. Default #1b1b1f.
 * @cssprop --mr-color-muted - Secondary text and borders. Default #4a4f57.
 * @cssprop --mr-color-danger - Urgent next step. Default #b3261e.
 * @cssprop --mr-color-warning - Signs found, unverified flags. Default #7a4b00.
 * @cssprop --mr-font-family - Font. Inherits the page's by default.
 * @cssprop --mr-font-size - Base size. Default 1rem.
 * @cssprop --mr-radius - Corner radius. Default 0.5rem.
 * @cssprop --mr-space - Base spacing. Default 0.75rem.
 * @cssprop --mr-focus-ring - Focus outline. Default 3px solid #ffbf47.
 */
export class MrForcedLabourScreen extends MrElement {
  static override styles = [baseStyles, provenanceStyles, layoutStyles, choiceStyles, resultStyles, forcedLabourScreenStyles];

  /** A fee assessment for the same worker (from `<mr-fee-checker>` or the SDK): very high fees raise debt bondage automatically. */
  @property({ attribute: false }) feeAssessment: FeeAssessment | undefined;

  /** When set, a "Leave quickly" button clears the answers and replaces the page with this address (e.g. a neutral site). */
  @property({ attribute: 'exit-href' }) exitHref = '';

  /** Set by a host widget that shows its own heading: hides this widget's title. */
  @property({ type: Boolean, reflect: true }) embedded = false;

  @state() private view: ScreenView = 'intro';
  @state() private answers: ForcedLabourAnswers = {};
  @state() private screen: ForcedLabourScreen | undefined;
  @state() private status = '';

  /** How "Leave quickly" leaves; replaceable for tests and for apps with their own router. */
  navigate: (href: string) => void = (href) => location.replace(href);

  private readonly l10n = new LocalizeController(this, { english, loaders: catalogues });
  private focusAfterRender: string | undefined;

  /** The last screening result, if any (read-only). */
  get result(): ForcedLabourScreen | undefined {
    return this.screen;
  }

  override clearState(): void {
    this.answers = {};
    this.screen = undefined;
    this.view = 'intro';
    this.status = '';
  }

  /** Forgets every answer, says so, and returns to the start. */
  clear(): void {
    this.clearState();
    this.status = this.l10n.t('forcedLabour.cleared');
    this.show('intro');
  }

  override willUpdate(changed: PropertyValues<this>): void {
    // A new fee assessment changes the debt-bondage sign: screen again if a result is showing.
    if (changed.has('feeAssessment') && this.screen) this.runScreen(false);
  }

  override updated(): void {
    if (this.focusAfterRender) {
      const target = this.renderRoot.querySelector<HTMLElement>(this.focusAfterRender);
      this.focusAfterRender = undefined;
      target?.focus();
    }
  }

  private show(view: ScreenView, focus = '#view-heading'): void {
    this.view = view;
    this.focusAfterRender = focus;
    emit(this, 'mr-step', { step: typeof view === 'number' ? `part-${view + 1}` : view });
  }

  private answer(question: ForcedLabourQuestionId, value: ForcedLabourAnswer): void {
    this.answers = { ...this.answers, [question]: value };
    this.status = '';
  }

  private runScreen(announce = true): void {
    const outcome = screenForcedLabour(this.answers, this.feeAssessment ? { feeAssessment: this.feeAssessment } : {});
    if (!outcome.ok) return; // only our own question ids and answers can be given: cannot happen
    this.screen = outcome.screen;
    if (announce) {
      this.show('result');
      emit<MrScreenDetail>(this, 'mr-screen', { answers: { ...this.answers }, screen: outcome.screen });
    }
  }

  private leave(): void {
    const href = this.exitHref;
    this.clearState();
    if (href) this.navigate(safeExitHref(href));
  }

  // ---- rendering ----------------------------------------------------------------------------

  override render(): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    const view = this.view;
    return html`<section part="base" class="base" data-view=${typeof view === 'number' ? `part-${view + 1}` : view} dir=${this.l10n.dir} lang=${this.l10n.locale}
      aria-labelledby=${this.embedded ? 'view-heading' : 'title'}>
      ${this.embedded ? nothing : html`<h2 id="title" class="title">${icon('info')}<span>${t('forcedLabour.title')}</span></h2>`}
      ${this.l10n.reviewed ? nothing : html`<p class="translation-note">${t('ui.translationDraft')}</p>`}
      ${view === 'intro' ? this.renderIntro() : view === 'result' ? this.renderResult() : this.renderPart(view)}
      <p class="status" role="status">${this.status}</p>
      <div class="safety no-print">
        <button type="button" class="secondary" part="button clear" @click=${this.clear}>${icon('restart')}${t('forcedLabour.clear')}</button>
        ${this.exitHref ? html`<button type="button" class="secondary" part="button" @click=${this.leave}>${t('forcedLabour.leave')}</button>` : nothing}
      </div>
    </section>`;
  }

  private renderIntro(): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    return html`<div part="step" class="step">
      <h3 id="view-heading" tabindex="-1">${t('forcedLabour.intro.heading')}</h3>
      <p>${t('forcedLabour.intro')}</p>
      <p class="hint">${t('forcedLabour.privacy')}</p>
      <div class="actions" part="actions">
        <button type="button" part="button" class="start" @click=${() => this.show(0)}>${t('forcedLabour.start')}${icon('next', true)}</button>
      </div>
    </div>`;
  }

  private renderPart(index: number): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    const last = index === PARTS.length - 1;
    const questions = PARTS[index]!.flatMap((id) => FORCED_LABOUR_QUESTIONS[id] as readonly ForcedLabourQuestionId[]);
    // Questions are keyed: a radio reused for another question would carry its checked state into the new group.
    return html`<form part="step" class="step" novalidate
      @submit=${(e: Event) => {
        e.preventDefault();
        if (last) this.runScreen();
        else this.show(index + 1);
      }}>
      <h3 id="view-heading" tabindex="-1">${t('forcedLabour.part', { current: index + 1, total: PARTS.length })}</h3>
      <p class="hint">${t('forcedLabour.skipHint')}</p>
      ${repeat(questions, (q) => q, (q) => this.renderQuestion(q))}
      <div class="actions" part="actions">
        <button type="button" class="secondary" part="button" @click=${() => this.show(index === 0 ? 'intro' : index - 1)}>${icon('back', true)}${t('ui.back')}</button>
        <button type="submit" part="button">${t(last ? 'forcedLabour.showResult' : 'ui.next')}${icon('next', true)}</button>
      </div>
      <p class="privacy">${t('forcedLabour.privacy')}</p>
    </form>`;
  }

  private renderQuestion(question: ForcedLabourQuestionId): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    const value = this.answers[question];
    return html`<fieldset class="question" part="question">
      <legend>${t(`fees.fl.question.${question}`)}</legend>
      <div class="choices">
        ${FORCED_LABOUR_ANSWERS.map(
          (a, i) => html`<label class="choice">
            <input type="radio" id=${i === 0 ? `q-${question}` : nothing} name=${question} .value=${a} .checked=${value === a} @change=${() => this.answer(question, a)} />
            <span>${t(`fees.fl.answer.${a}`)}</span>
          </label>`,
        )}
      </div>
    </fieldset>`;
  }

  private renderIndicator(indicator: IndicatorResult): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    return html`<li class="indicator ${indicator.status}" part="indicator" data-indicator=${indicator.id}>
      <h5>${t(indicator.name.code)} <span class="badge">${t(`fees.fl.status.${indicator.status}`)}</span></h5>
      ${indicator.answers.length
        ? html`<ul class="answers">${indicator.answers.map((a) => html`<li>${t('forcedLabour.yourAnswer', { question: t(a.text.code), answer: t(`fees.fl.answer.${a.answer}`) })}</li>`)}</ul>`
        : nothing}
      ${indicator.automatic.length
        ? html`<p class="automatic"><strong>${t('forcedLabour.fromFees')}</strong> ${indicator.automatic.map((c) => sayCoded(this.l10n, c)).join(' ')}</p>`
        : nothing}
    </li>`;
  }

  private renderResult(): TemplateResult {
    const t = this.l10n.t.bind(this.l10n);
    const s = this.screen!;
    const byStatus = (status: IndicatorResult['status'][]) => s.indicators.filter((i) => status.includes(i.status));
    const present = byStatus(['present']);
    const possible = byStatus(['possible']);
    const others = byStatus(['not-indicated', 'not-asked']);
    const answered = FORCED_LABOUR_QUESTION_IDS.filter((q) => this.answers[q]).length;
    const urgent = s.nextStep.code === 'fees.fl.next.urgent';
    return html`<div class="result" part="result">
      <h3 id="view-heading" tabindex="-1">${t('forcedLabour.result.heading')}</h3>
      <p class="summary">${sayCoded(this.l10n, s.summary)}</p>
      <p class="hint">${t('forcedLabour.answered', { count: answered, total: FORCED_LABOUR_QUESTION_IDS.length })}</p>
      <div class="caveat" part="caveat">
        <h4>${icon('info')}<span>${t('forcedLabour.caveat.heading')}</span></h4>
        <p>${sayCoded(this.l10n, s.caveat)}</p>
      </div>
      <div class="next-step ${urgent ? 'urgent' : ''}" part="next-step">
        <h4>${icon(urgent ? 'warning' : 'next', !urgent)}<span>${t('forcedLabour.next.heading')}</span></h4>
        <p>${sayCoded(this.l10n, s.nextStep)}</p>
      </div>
      ${present.length
        ? html`<section class="group" aria-labelledby="present-heading"><h4 id="present-heading">${t('forcedLabour.present.heading')}</h4>
            <ul class="indicators">${present.map((i) => this.renderIndicator(i))}</ul></section>`
        : nothing}
      ${possible.length
        ? html`<section class="group" aria-labelledby="possible-heading"><h4 id="possible-heading">${t('forcedLabour.possible.heading')}</h4>
            <ul class="indicators">${possible.map((i) => this.renderIndicator(i))}</ul></section>`
        : nothing}
      <details class="others">
        <summary>${t('forcedLabour.other.heading')}</summary>
        <ul class="indicators">${others.map((i) => this.renderIndicator(i))}</ul>
      </details>
      <p class="fee-check">${sayCoded(this.l10n, s.feeCheck)}</p>
      <div class="sources-block">
        <h4>${t('forcedLabour.sources.heading')}</h4>
        ${renderProvenance(this.l10n, { sources: s.sources, verification: s.verification, ...(s.notes.length ? { note: s.notes.join(' ') } : {}) })}
      </div>
      <div class="actions no-print" part="actions">
        <button type="button" class="secondary" part="button" @click=${() => this.show(0)}>${icon('back', true)}${t('forcedLabour.change')}</button>
        <button type="button" class="secondary" part="button" @click=${() => print()}>${icon('print')}${t('ui.print')}</button>
      </div>
    </div>`;
  }
}
