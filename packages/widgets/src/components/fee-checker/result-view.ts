import { html, nothing, svg, type TemplateResult } from 'lit';
import type { CapVerdict, FeeAssessment, PaymentAssessment, RuleSummary } from '@migrant-rights/sdk/fees';
import type { Money } from '@migrant-rights/sdk/money';
import type { LocalizeController } from '../../internal/localize.js';
import { emit } from '../../internal/events.js';
import { copyText, selectContents } from '../../internal/clipboard.js';
import { icon } from '../../internal/icons.js';
import { renderProvenance } from '../../internal/provenance-view.js';
import { localDecimal, sayCoded, type CodedLike } from '../../internal/coded.js';
import { feeIcon, purposeIcon } from './fee-icons.js';
import { firstPaymentDate, paymentDatesDiffer, type FeeForm } from './form-model.js';
import { assessmentSummary } from './summary.js';
import type { MrFeeNavigateDetail } from './fee-checker.js';

/**
 * The fee checker's result view: what the ILO principle and each country's law say about each
 * payment, the totals, the months of wages, the legal limits, and the actions on the result. It
 * is drawn only once the rules have answered, so it comes with them (`engine.ts`), not with the
 * first screen. It only renders: every verdict comes from the SDK.
 */

/** What the result view reads from the checker, and what its buttons ask the checker to do. */
export interface ResultHost {
  /** The checker (events are dispatched on it) and its render root. */
  element: HTMLElement;
  root: ParentNode;
  /** Id of a `<mr-complaint-pathway>` that "Complain about these fees" drives, if any. */
  pathwayFor: string;
  l10n: LocalizeController;
  form: FeeForm;
  assessment: FeeAssessment;
  copied: boolean;
  setCopied(copied: boolean): void;
  /** Back to the first step, every answer kept. */
  edit(): void;
  reset(): void;
  openScreen(): void;
  /** Go to the question `field` (a rule needs its answer). */
  answer(field: string): void;
}

/** Where the person is sent to answer a question a rule needs. */
const FIELD_OF_NEED: Readonly<Record<string, string>> = {
  occupation: 'occupation',
  workerSex: 'workerSex',
  contractMonths: 'contractMonths',
  monthlyWageAtDestination: 'wage',
};

/** Bars longer than this many months are drawn full, with the figure in words. */
const BAR_MAX_MONTHS = 24;

/** "Complain about these fees": emits `mr-navigate` and, unless cancelled, drives the pathway named by `pathway-for`. */
function complain(h: ResultHost): void {
  const detail: MrFeeNavigateDetail = {
    to: 'complaint-pathway',
    destination: h.form.destination,
    origin: h.form.origin,
    workerCategory: h.form.category,
    problem: 'recruitment-fees',
  };
  const proceed = emit(h.element, 'mr-navigate', detail);
  if (!proceed || !h.pathwayFor) return;
  const target = (h.element.getRootNode() as Document | ShadowRoot).getElementById?.(h.pathwayFor);
  if (target) {
    Object.assign(target, { destination: detail.destination, origin: detail.origin, workerCategory: detail.workerCategory, problem: detail.problem });
    target.scrollIntoView?.({ block: 'start' });
    (target as HTMLElement).focus?.();
  }
}

/** Copies the plain-text summary; where the page may not write to the clipboard, selects it instead. */
async function copySummary(h: ResultHost): Promise<void> {
  const copied = await copyText(assessmentSummary(h.assessment, h.l10n, h.form));
  h.setCopied(copied);
  if (!copied) selectContents(h.root.querySelector<HTMLElement>('#summary-text'));
}

/** The result of one check, drawn from the SDK's assessment (no rule is decided here). */
export function renderResult(h: ResultHost): TemplateResult {
  const { l10n, form, assessment: a } = h;
  const t = l10n.t.bind(l10n);
  const say = (coded: CodedLike): string => sayCoded(l10n, coded, 'feeChecker.error.check');
  const first = firstPaymentDate(form);

  function renderTotals(a: FeeAssessment): TemplateResult {
    const row = (label: string, key: 'paid' | 'shouldNotHavePaid', cls: string) => {
      const asPaid = a.totals[key];
      const converted = a.totals.converted.filter((c) => c[key]);
      const all = converted.length === a.totals.converted.length && converted.length > 0;
      const main: Money[] = all ? converted.map((c) => c[key]!) : asPaid;
      return html`<div class="total-row ${cls}">
        <dt>${label}</dt>
        <dd>${main.length ? main.map((m, i) => html`${i ? html`<span class="sep" aria-hidden="true"> · </span>` : nothing}<strong>${l10n.money(m)}</strong>`) : html`<strong>${t('feeChecker.total.none')}</strong>`}</dd>
      </div>`;
    };
    return html`<dl class="totals" part="total">
      ${row(t('feeChecker.total.paid'), 'paid', 'paid')}
      ${row(t('feeChecker.total.shouldNot'), 'shouldNotHavePaid', 'should-not')}
    </dl>`;
  }

  function renderMonths(a: FeeAssessment): TemplateResult {
    const ratio = a.costToIncomeRatio;
    if (ratio.status !== 'calculated' || !a.monthsOfWages) {
      return html`<div class="months" part="months"><h4>${t('feeChecker.months.heading')}</h4><p>${say(ratio.status === 'calculated' ? { code: 'fees.sdg.needsWage' } : ratio.reason)}</p></div>`;
    }
    const m = a.monthsOfWages;
    const months = localDecimal(m.display, l10n);
    const count = m.hundredths / 100; // selects the plural form (display only; the figure shown is the exact decimal)
    const scale = Math.min(BAR_MAX_MONTHS, Math.max(3, Math.ceil(m.hundredths / 100)));
    const fill = Math.min(m.hundredths, scale * 100) / scale; // out of 100 view-box units
    const ticks = Array.from({ length: scale - 1 }, (_, i) => ((i + 1) * 100) / scale);
    const label = t('feeChecker.months.bar', { months, scale: l10n.number(scale), count });
    const over = a.warnings.some((w) => w.code === 'fees.warning.debtBondageRisk');
    return html`<div class="months ${over ? 'high' : ''}" part="months">
      <h4>${t('feeChecker.months.heading')}</h4>
      <p class="months-text">${t('feeChecker.months.text', { months, count })}</p>
      <svg part="bar" class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label=${label} focusable="false">
        ${svg`<rect class="bar-track" x="0" y="0" width="100" height="10"></rect>
          <rect class="bar-fill" x="0" y="0" width=${fill} height="10"></rect>
          ${ticks.map((x) => svg`<line class="bar-tick" x1=${x} x2=${x} y1="0" y2="10"></line>`)}`}
      </svg>
      <p class="bar-scale" aria-hidden="true"><span>${l10n.number(0)}</span><span>${t('feeChecker.months.scale', { scale: l10n.number(scale) })}</span></p>
      ${renderProvenance(l10n, { sources: ratio.sources, verification: ratio.verification, ...(ratio.note ? { note: ratio.note } : {}) })}
    </div>`;
  }

  function ruleOf(a: FeeAssessment, ruleId: string | undefined): RuleSummary | undefined {
    return ruleId ? a.rules.find((r) => r.rule.ruleId === ruleId) : undefined;
  }

  function renderAssessedPayment(p: PaymentAssessment, a: FeeAssessment): TemplateResult {
    const draft = form.payments[p.index];
    const shown = p.caps.filter((c) => c.status !== 'outside-scope');
    const hidden = p.caps.filter((c) => c.status === 'outside-scope');
    const answer = String(p.ilo.shouldWorkerHavePaid);
    return html`<li class="assessed" part="payment" data-index=${p.index}>
      <div class="line-head">
        <h4>${purposeIcon(p.payment.purpose)}<span>${t('feeChecker.payment.n', { n: p.index + 1 })}: ${t(`fees.purpose.${p.payment.purpose}`)}</span></h4>
        <p class="amount">${l10n.money(p.payment.amount)}</p>
      </div>
      <p class="meta">
        <span>${t('feeChecker.paidTo', { payee: t(`fees.payee.${p.payment.paidTo}`) })}</span>
        ${draft?.date ? html`<span>${t('feeChecker.paidOn', { date: l10n.date(draft.date) })}</span>` : nothing}
        ${p.payment.receipt === undefined ? nothing : html`<span>${t(`feeChecker.receipt.${p.payment.receipt ? 'yes' : 'no'}`)}</span>`}
      </p>
      <div class="verdict ilo ${answer === 'false' ? 'bad' : answer === 'true' ? 'ok' : 'unknown'}" part="verdict">
        <h5>${t('feeChecker.ilo.heading')} <strong class="answer">${t(`feeChecker.ilo.answer.${answer}`)}</strong></h5>
        <p>${say(p.ilo.reason)}</p>
        ${p.classification.category ? html`<p class="kind">${t('feeChecker.kind', { kind: t(`fees.category.${p.classification.category}`) })}</p>` : nothing}
        ${renderProvenance(l10n, { sources: p.ilo.sources, verification: p.ilo.verification, ...(p.ilo.note ? { note: p.ilo.note } : {}) })}
      </div>
      ${shown.length
        ? html`<div class="law"><h5>${t('feeChecker.law.heading')}</h5><ul class="cap-verdicts">${shown.map((v) => renderCapVerdict(v, a))}</ul></div>`
        : nothing}
      <details class="how">
        <summary>${t('ui.howCalculated')}</summary>
        <ul>
          ${p.classification.basis.map((b) => html`<li>${say(b)}</li>`)}
          ${hidden.map((v) => html`<li>${ruleName(a, v)}: ${say(v.reason)}</li>`)}
        </ul>
      </details>
    </li>`;
  }

  function ruleName(a: FeeAssessment, v: CapVerdict): string {
    const rule = ruleOf(a, v.ruleId);
    return rule ? say(rule.rule.name) : l10n.t('feeChecker.law.of', { country: l10n.country(v.country) });
  }

  function renderCapVerdict(v: CapVerdict, a: FeeAssessment): TemplateResult {
    const rule = ruleOf(a, v.ruleId);
    const bad = v.status === 'exceeds' || v.status === 'banned';
    let by: string | undefined;
    if (v.by && bad) {
      const amount = l10n.money(v.by);
      const other = v.byInCapCurrency && v.byInCapCurrency.currency !== v.by.currency ? l10n.money(v.byInCapCurrency) : undefined;
      by = v.atLeast ? t('feeChecker.cap.byAtLeast', { amount }) : other ? t('feeChecker.cap.byBoth', { amount, other }) : t('feeChecker.cap.by', { amount });
    }
    const needs = rule?.needs[0];
    return html`<li class="verdict cap ${v.status}" part="verdict" data-status=${v.status} data-rule=${v.ruleId ?? 'none'}>
      <p class="law-of">${rule ? say(rule.rule.name) : t('feeChecker.law.of', { country: l10n.country(v.country) })}</p>
      <p class="status-line"><strong>${icon(bad ? 'warning' : v.status === 'within' ? 'check' : 'info')}<span>${t(`fees.capStatus.${v.status}`)}</span></strong></p>
      ${v.reason.code === 'fees.cap.exceeds' ? nothing : html`<p class="reason">${say(v.reason)}</p>`}
      ${by ? html`<p class="by">${by}</p>` : nothing}
      ${v.cap && v.status !== 'banned' ? html`<p class="limit">${v.cap.minor === 0 ? t('feeChecker.cap.limitZero') : t('feeChecker.cap.limit', { amount: l10n.money(v.cap) })}</p>` : nothing}
      ${v.notices.length ? html`<ul class="notices">${v.notices.map((n) => html`<li>${say(n)}</li>`)}</ul>` : nothing}
      ${v.status === 'needs-input' && needs && FIELD_OF_NEED[needs]
        ? html`<button type="button" class="secondary no-print" part="button" @click=${() => h.answer(FIELD_OF_NEED[needs]!)}>${t('feeChecker.cap.answer')}</button>`
        : nothing}
      ${rule ? html`${rule.warnings.map((w) => html`<p class="rule-warning">${say(w)}</p>`)}${renderProvenance(l10n, rule.rule)}` : nothing}
    </li>`;
  }

  function renderRules(a: FeeAssessment): TemplateResult {
    return html`<section class="rules" aria-labelledby="rules-heading">
      <h4 id="rules-heading">${t('feeChecker.rules.heading')}</h4>
      ${a.rules.length
        ? html`<ul class="rule-list">
            ${a.rules.map(
              (r) => html`<li class="rule ${r.status}" part="rule" data-rule=${r.rule.ruleId}>
                <h5>${say(r.rule.name)}</h5>
                <p class="status-line"><strong>${r.status === 'nothing-in-scope' ? t('fees.ruleStatus.nothing-in-scope') : t(`fees.capStatus.${r.status}`)}</strong></p>
                ${r.cap ? html`<p class="limit">${r.cap.minor === 0 ? t('feeChecker.cap.limitZero') : t('feeChecker.cap.limit', { amount: l10n.money(r.cap) })}</p>` : nothing}
                ${r.covered ? html`<p>${t('feeChecker.rule.covered', { amount: l10n.money(r.covered) })}</p>` : nothing}
                ${r.excess && r.excess.minor > 0
                  ? html`<p class="by">${t(r.atLeast ? 'feeChecker.rule.excessAtLeast' : 'feeChecker.rule.excess', { amount: l10n.money(r.excess) })}</p>`
                  : nothing}
                ${r.warnings.map((w) => html`<p class="rule-warning">${say(w)}</p>`)}
                ${renderProvenance(l10n, r.rule)}
              </li>`,
            )}
          </ul>`
        : html`<p>${t('feeChecker.rules.none')}</p>`}
    </section>`;
  }

  return html`<div class="result" part="result">
    <h3 id="step-heading" tabindex="-1">${t('feeChecker.step.result')}</h3>
    <p class="corridor">${t('feeChecker.summary.corridor', { origin: l10n.country(a.origin), destination: l10n.country(a.destination) })}</p>
    ${a.verification !== 'official'
      ? html`<p class="verification ${a.verification}" part="verification">${icon('warning')}<span>${t(`feeChecker.verification.${a.verification}`)}</span></p>`
      : nothing}
    ${renderTotals(a)}
    ${renderMonths(a)}
    ${paymentDatesDiffer(form) && first ? html`<p class="note-dates">${icon('calendar')}<span>${t('feeChecker.datesDiffer', { date: l10n.date(first) })}</span></p>` : nothing}
    ${a.warnings.length
      ? html`<section class="warnings-block" aria-labelledby="warnings-heading">
          <h4 id="warnings-heading">${t('feeChecker.warnings.heading')}</h4>
          <ul class="warnings">${a.warnings.map((w) => html`<li data-code=${w.code}>${icon('info')}<span>${say(w)}</span></li>`)}</ul>
        </section>`
      : nothing}
    <ol class="verdicts">${a.payments.map((p) => renderAssessedPayment(p, a))}</ol>
    ${renderRules(a)}
    ${a.assumptions.length
      ? html`<details class="assumptions"><summary>${t('feeChecker.assumptions')}</summary><ul>${a.assumptions.map((x) => html`<li>${say(x)}</li>`)}</ul></details>`
      : nothing}
    <p class="summary-note">${t('feeChecker.summary.note')}</p>
    <div class="actions no-print" part="actions">
      <button type="button" part="button" class="complain" @click=${() => complain(h)}>${icon('link')}${t('feeChecker.complain')}</button>
      <button type="button" class="secondary" part="button" @click=${() => print()}>${icon('print')}${t('ui.print')}</button>
      <button type="button" class="secondary" part="button" @click=${() => copySummary(h)}>${icon('copy')}${t('ui.copy')}</button>
      <button type="button" class="secondary" part="button" @click=${h.edit}>${icon('back', true)}${t('feeChecker.edit')}</button>
      <button type="button" class="secondary" part="button" @click=${h.reset}>${icon('restart')}${t('ui.startOver')}</button>
    </div>
    <div class="screen-offer no-print">
      <p class="hint" id="screen-offer-hint">${t('feeChecker.screen.offerHint')}</p>
      <button type="button" class="secondary" part="button" id="open-screen" aria-describedby="screen-offer-hint" @click=${h.openScreen}>${feeIcon('chat')}${t('feeChecker.screen.offer')}</button>
    </div>
    <p class="copied" role="status">${h.copied ? t('ui.copied') : ''}</p>
    <pre id="summary-text" class="summary-text" hidden>${assessmentSummary(a, l10n, form)}</pre>
  </div>`;
}
