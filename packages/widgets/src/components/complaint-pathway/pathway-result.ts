/**
 * The answer of <mr-complaint-pathway>: the time limit, the steps in order with who to contact and
 * how, what to bring, cost, limits, what to expect and how to stay safe; help from the home country
 * and the partner's local help; or, when we hold no route, what support still exists. Loaded with
 * the law (`engine.ts`): the first screen is the questions alone. The element hands over what it
 * holds (answers, ticks, the countries' data) and what a press does (`ResultHost`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { isIsoDate } from '@migrant-rights/sdk/dates';
import { isDestination } from '@migrant-rights/sdk/geo';
import type { Coded, LocalisedText } from '@migrant-rights/sdk/i18n';
import {
  codes,
  limitsInForce,
  type Channel,
  type FilingDeadlineResult,
  type FindPathwayResult,
  type Limit,
  type Notice,
  type OriginBody,
  type OriginSupportView,
  type Pathway,
  type PathwayDataLookup,
  type Period,
  type Problem,
  type Protection,
  type Step as PathStep,
  type WorkerCategory,
} from '@migrant-rights/sdk/pathways/core';
import type { Source, Verification } from '@migrant-rights/sdk/provenance';
import type { LocalizeController } from '../../internal/localize.js';
import { icon } from '../../internal/icons.js';
import { renderProvenance } from '../../internal/provenance-view.js';
import { copyText, selectContents } from '../../internal/clipboard.js';
import type { Answers, FieldProblems } from './pathway-model.js';
import { checkDates, dateQuestions, problemsWithPathway, type Outcome } from './pathway-rules.js';
import { CHANNEL_ICON, PROBLEM_ICON, pathwayIcon } from './pathway-icons.js';
import { costText, countdownText, exactStart, httpsUrl, languageList, limitText, list, periodText, say, startText, telOf, type DatedFact } from './pathway-words.js';
import { pathwaySummary } from './summary.js';

/** Whether the home country's data is here (or none is needed), on its way, or could not be fetched. */
export type DataStatus = 'ready' | 'loading' | 'unavailable';

/** What the element holds and does, as the result needs it. */
export interface ResultHost {
  l10n: LocalizeController;
  answers: Answers;
  /** Today (ISO `YYYY-MM-DD`). */
  today: string;
  /** The countries' data fetched so far. */
  data: PathwayDataLookup;
  /** Document ids the person ticked. */
  ticked: ReadonlySet<string>;
  copied: boolean;
  originStatus: DataStatus;
  referral: { name: string; phone: string; url: string; slotted: boolean };
  /** The home-country question, with these problems beside it. */
  originSelect(problems: FieldProblems): TemplateResult;
  /** The date questions the rule needs, with these problems beside them. */
  dateFields(problems: FieldProblems): TemplateResult;
  tick(document: string, checked: boolean): void;
  chooseProblem(problem: Problem): void;
  retryOrigin(): void;
  copy(): void;
  change(): void;
  reset(): void;
  slotChanged(): void;
}

/** A fact as the pathways module stores it: sources, verification, note and a start that may be vague. */
type Fact = DatedFact & { sources: readonly Source[]; verification: Verification; note?: string | undefined };

/** Problems a not-covered result shows general advice for (advice only: no legal figure). */
const GENERAL_ADVICE = ['keep-copies', 'absconding-report', 'do-not-sign-blank'] as const;

/** The result panel for an answer. */
export function renderResult(host: ResultHost, o: Outcome): TemplateResult {
  return new ResultView(host).renderResult(o);
}

/** The plain-text summary to copy or print. */
export function summaryText(host: ResultHost, o: Outcome): string {
  return pathwaySummary(host.l10n, summaryInput(host, o));
}

/** Copies the summary; when the page may not write to the clipboard, selects it for the person to copy. */
export async function copySummary(host: ResultHost, o: Outcome, root: ParentNode): Promise<boolean> {
  const copied = await copyText(summaryText(host, o));
  if (!copied) selectContents(root.querySelector<HTMLElement>('#summary-text'));
  return copied;
}

function summaryInput(host: ResultHost, o: Outcome) {
  const { name, phone, url } = host.referral;
  return { answers: host.answers, result: o.result, deadline: o.deadline, ticked: host.ticked, referral: { name, phone, url } };
}

/** One render of the result: `fallbackSeen` notes data text shown in English. */
class ResultView {
  private fallbackSeen = false;
  private readonly l10n: LocalizeController;

  constructor(private readonly host: ResultHost) {
    this.l10n = host.l10n;
  }

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

  renderResult(o: Outcome): TemplateResult {
    const t = this.t.bind(this);
    const a = this.host.answers;
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
        <button type="button" class="secondary" part="button" @click=${this.host.copy}>${icon('copy')}${t('ui.copy')}</button>
        <button type="button" class="secondary" part="button" @click=${this.host.change}>${icon('back', true)}${t('complaintPathway.actions.change')}</button>
        <button type="button" class="secondary" part="button" @click=${this.host.reset}>${icon('restart')}${t('ui.startOver')}</button>
      </div>
      <p class="status no-print" role="status">${this.host.copied ? t('ui.copied') : ''}</p>
      <pre id="summary-text" class="summary-text" hidden>${summaryText(this.host, o)}</pre>
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
    const a = this.host.answers;
    const others = isDestination(a.destination) && a.workerCategory ? problemsWithPathway(a.destination, a.workerCategory, this.host.data) : [];
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
              ${others.map((p) => html`<li><button type="button" class="secondary" part="button" data-problem=${p} @click=${() => this.host.chooseProblem(p)}>${pathwayIcon(PROBLEM_ICON[p])}${t(codes.problem(p))}</button></li>`)}
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
    const asked = dateQuestions(this.host.answers, this.host.today, this.host.data);
    const editable = asked.ended || asked.incidentOn || !!this.host.answers.incidentOn || (this.host.answers.ended === 'yes' && !!this.host.answers.employmentEndedOn);
    const live = checkDates(this.host.answers, this.host.today, false, this.host.data);
    const open = d.status === 'needs-date' || d.status === 'not-started' || d.status === 'invalid' || live.size > 0;
    const editor = html`<div class="date-editor no-print">${this.host.dateFields(live)}</div>`;
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
    const ready = documents.filter((d) => this.host.ticked.has(d)).length;
    const legend = `documents-${index}`;
    return html`<fieldset class="documents" part="documents" data-pathway=${pathwayId} aria-describedby=${`${legend}-hint ${legend}-ready`}>
      <legend>${pathwayIcon('document')}<span>${t('complaintPathway.documents')}</span></legend>
      <p class="field-hint no-print" id=${`${legend}-hint`}>${t('complaintPathway.documentsHint')}</p>
      ${documents.map(
        (d) => html`<label class="check">
          <input type="checkbox" data-document=${d} .checked=${this.host.ticked.has(d)} @change=${(e: Event) => this.host.tick(d, (e.target as HTMLInputElement).checked)} />
          <span>${t(codes.document(d as PathStep['documents'][number]))}</span>
        </label>`,
      )}
      <p class="ready" id=${`${legend}-ready`}>${t('complaintPathway.documentsReady', { ready, total: documents.length })}</p>
    </fieldset>`;
  }

  private renderLimits(limits: readonly Limit[], parentKey: string): TemplateResult {
    const t = this.t.bind(this);
    const chosen = limitsInForce(limits, { filedOn: this.host.today, ...(isIsoDate(this.host.answers.incidentOn) ? { claimAroseOn: this.host.answers.incidentOn } : {}) });
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
    const a = this.host.answers;
    const status = this.host.originStatus;
    if (status !== 'ready') {
      // The home country's offices are on their way, or could not be fetched: the origin question stays, with the reason.
      return html`<section class="origin" part="origin" aria-labelledby="origin-heading" data-origin=${a.origin} aria-busy=${status === 'loading' ? 'true' : 'false'}>
        <h4 id="origin-heading" tabindex="-1">${pathwayIcon('flag')}<span>${t('complaintPathway.section.origin', { country: this.l10n.country(a.origin) })}</span></h4>
        ${status === 'loading'
          ? html`<p class="loading" role="status">${t('complaintPathway.loading')}</p>`
          : html`<div class="no-print">${this.host.originSelect(new Map([['origin', { code: 'error.dataUnavailable' }]]))}</div>
              <div class="actions no-print" part="actions">
                <button type="button" class="secondary retry" part="button" @click=${() => this.host.retryOrigin()}>${icon('restart')}${t('ui.tryAgain')}</button>
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
            <div class="no-print">${this.host.originSelect(new Map())}</div>`}
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
    const { name, phone, url: rawUrl, slotted } = this.host.referral;
    const url = httpsUrl(rawUrl);
    const tel = telOf(phone);
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
      <slot name="referral" @slotchange=${() => this.host.slotChanged()}></slot>
      ${name || phone || rawUrl ? html`<p class="hint">${t('complaintPathway.localHelp.hint')}</p>` : nothing}
    </section>`;
  }
}

/** Identity of a fact's provenance, so a sub-fact with the same source is not shown twice. */
function factKey(f: Fact): string {
  return JSON.stringify([f.sources.map((s) => s.url), f.verification, f.note ?? '', f.effectiveFrom ?? '', f.effectiveFromCertainty ?? '', f.effectiveTo ?? '']);
}
