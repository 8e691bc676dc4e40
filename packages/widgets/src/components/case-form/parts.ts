/**
 * The parts of the form after consent (the worker, journey and contract, violations, complaints,
 * referrals, status, saving and files), the list of parts, and their wording. They come with the
 * engine (`engine.ts`): a person reaches them only by pressing "Continue to the case", which waits
 * for the engine anyway. The element keeps the state and gives the parts a view of it (`PartsView`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import {
  ACTION_OUTCOMES,
  AGE_BANDS,
  AMOUNT_VIOLATIONS,
  ANONYMISATION_LEVELS,
  CASE_STATUSES,
  FORCED_LABOUR_INDICATORS,
  GENDERS,
  MIGRATION_STATUSES,
  OTHER_VIOLATIONS,
  REFERRAL_KINDS,
  SECTORS,
  WAGE_THEFT_VIOLATIONS,
  type AnonymisationLevel,
} from '@migrant-rights/sdk/cases/choices';
import type { Case } from '@migrant-rights/sdk/cases/core';
import { CURRENCY_OF, DESTINATIONS, ORIGINS } from '@migrant-rights/sdk/geo';
import { icon } from '../../internal/icons.js';
import { SECTIONS, getField, identifiersTyped, problemsIn, type CaseForm, type Download, type ExportFormat, type FieldProblems, type Section } from './form-model.js';
import { PATHWAY_PROBLEMS, emptyAction, emptyReferral, emptyViolation, sectionStarted } from './parts-model.js';
import { codes, cssId, describedBy, fieldError, label, passphraseFields, radios, say, textField, type FieldHost, type Option, type Pass } from './fields.js';
import type { CaseCheck } from './form-check.js';

/** What the element does when a part asks (bound to the element, made once). */
export interface PartsActions {
  /** The form changed; `focus` is where focus goes after the next render. */
  change(form: CaseForm, focus?: string): void;
  /** Opens a part; `showProblem` moves focus to its first problem. */
  goTo(section: Section, focus?: string, showProblem?: boolean): void;
  save(): void;
  saveAndNew(): void;
  removeSaved(id: string): void;
  reset(): void;
  anonymise(level: AnonymisationLevel | ''): void;
  exportPass(pass: Pass): void;
  makeFile(format: ExportFormat): void;
  downloaded(): void;
  handoff(to: 'wage-calculator' | 'complaint-pathway'): void;
}

/** The element's state as the parts read it, made for each render. */
export interface PartsView extends FieldHost {
  readonly section: Section;
  readonly check: CaseCheck;
  readonly saved: readonly Case[];
  readonly dirty: boolean;
  readonly saveFailed: boolean;
  readonly handoffBlocked: boolean;
  /** The list is kept on this device (drafts are on). */
  readonly listKept: boolean;
  readonly anonymise: AnonymisationLevel | '';
  readonly exportPass: Pass;
  readonly exportProblems: FieldProblems;
  readonly exportError: string;
  readonly encrypting: boolean;
  readonly preparingCsv: boolean;
  readonly download: Download | undefined;
  readonly act: PartsActions;
}

/** Countries offered in the country lists: where the kit has data (origins, destinations, currencies). */
const COUNTRIES = [...new Set<string>([...ORIGINS, ...DESTINATIONS, ...Object.keys(CURRENCY_OF)])];
const CURRENCIES = [...new Set<string>([...Object.values(CURRENCY_OF), 'USD', 'EUR'])].sort();

/** The body of a part after consent. */
export function renderPart(v: PartsView): TemplateResult {
  switch (v.section) {
    case 'worker':
      return renderWorker(v);
    case 'journey':
      return renderJourney(v);
    case 'violations':
      return renderViolations(v);
    case 'actions':
      return renderActions(v);
    case 'referrals':
      return renderReferrals(v);
    case 'status':
      return radios(v, 'status', codes(v, CASE_STATUSES, 'cases.status'));
    default:
      return renderExport(v);
  }
}

export function renderSectionList(v: PartsView): TemplateResult {
  const t = v.l10n.t.bind(v.l10n);
  const shown = v.shown;
  return html`<nav class="sections" part="sections" aria-label=${t('caseForm.sections')}>
    <ol>
      ${SECTIONS.map((s) => {
        const count = s === 'export' ? 0 : problemsIn(shown, s).length;
        const started = sectionStarted(v.form, s);
        const kind = count ? 'problems' : started ? 'filled' : 'empty';
        return html`<li class=${kind}>
          <button type="button" part="button" aria-current=${s === v.section ? 'step' : nothing} @click=${() => v.act.goTo(s)}>
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

function renderWorker(v: PartsView): TemplateResult {
  const t = v.l10n.t.bind(v.l10n);
  const identified = v.form.consent.scope === 'share-identified';
  const showIdentifiers = identified || identifiersTyped(v.form) || v.shown.has('worker.identifiers');
  const idInvalid = v.shown.has('worker.identifiers');
  return html`${textField(v, 'worker.pseudonym', { required: true, hint: t('caseForm.hint.worker.pseudonym') })}
    ${selectField(v, 'worker.gender', codes(v, GENDERS, 'cases.gender'))}
    ${selectField(v, 'worker.ageBand', codes(v, AGE_BANDS, 'cases.ageBand'))}
    ${selectField(v, 'worker.nationality', countryOptions(v))}
    ${textField(v, 'worker.occupation')}
    ${selectField(v, 'worker.sector', codes(v, SECTORS, 'cases.sector'))}
    ${selectField(v, 'worker.migrationStatus', codes(v, MIGRATION_STATUSES, 'cases.migrationStatus'))}
    ${showIdentifiers
      ? html`<details class="group" ?open=${identifiersTyped(v.form) || idInvalid}>
          <summary>${label(v, 'worker.identifiers')}</summary>
          <fieldset class="field" id="worker-identifiers" aria-invalid=${idInvalid ? 'true' : 'false'} aria-describedby=${describedBy(v, 'worker.identifiers', true)}>
            <legend class="visually-hidden">${label(v, 'worker.identifiers')}</legend>
            <p class="field-hint" id="worker-identifiers-hint">${t('caseForm.hint.worker.identifiers')}</p>
            ${fieldError(v, 'worker.identifiers')}
            ${textField(v, 'worker.identifiers.name')} ${textField(v, 'worker.identifiers.passportNo')}
            ${textField(v, 'worker.identifiers.phone', { inputmode: 'tel' })}
          </fieldset>
        </details>`
      : nothing}`;
}

function renderJourney(v: PartsView): TemplateResult {
  const countries = countryOptions(v);
  return html`${selectField(v, 'journey.origin', countries)} ${textField(v, 'journey.originPlace')}
    ${selectField(v, 'journey.destination', countries)} ${textField(v, 'journey.destinationPlace')}
    ${textField(v, 'journey.recruiter')} ${textField(v, 'journey.subAgent')}
    ${textField(v, 'journey.departureOn', { date: true })} ${textField(v, 'journey.arrivalOn', { date: true })}
    <fieldset class="group">
      <legend>${label(v, 'journey.contract')}</legend>
      ${textField(v, 'journey.contract.signedOn', { date: true })}
      ${amountField(v, 'journey.contract.basicMonthly', 'journey.contract.currency')}
      ${radios(v, 'journey.contract.substituted', [
        { value: 'yes', label: v.l10n.t('caseForm.yes') },
        { value: 'no', label: v.l10n.t('caseForm.no') },
        { value: '', label: v.l10n.t('caseForm.notSaid') },
      ])}
    </fieldset>`;
}

/** A list part (violations, complaints, referrals): items in fieldsets, add and remove buttons. */
function renderList<T>(
  v: PartsView,
  list: 'violations' | 'actions' | 'referrals',
  items: readonly T[],
  names: { item: string; none: string; add: string; remove: string },
  fields: (item: T, i: number) => TemplateResult,
  add: () => T,
  firstField: string,
): TemplateResult {
  const t = v.l10n.t.bind(v.l10n);
  return html`<div class="items">
      ${items.length === 0 ? html`<p class="hint">${t(names.none)}</p>` : nothing}
      ${items.map(
        (item, i) => html`<fieldset class="item">
          <legend>${t(names.item, { n: i + 1 })}</legend>
          ${fields(item, i)}
          <div class="actions">
            <button type="button" class="secondary" part="button" @click=${() => removeItem(v, list, i)}>${t(names.remove, { n: i + 1 })}</button>
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
          v.act.change({ ...v.form, [list]: [...items, add()] }, `#${list}-${items.length}-${firstField}`);
        }}
      >
        ${t(names.add)}
      </button>
    </div>`;
}

function removeItem(v: PartsView, list: 'violations' | 'actions' | 'referrals', index: number): void {
  v.act.change({ ...v.form, [list]: (v.form[list] as unknown[]).filter((_, j) => j !== index) }, '#section-heading');
}

function renderViolations(v: PartsView): TemplateResult {
  const t = v.l10n.t.bind(v.l10n);
  const types = [
    ...WAGE_THEFT_VIOLATIONS.map((type) => ({ value: type, label: t(`cases.violation.${type}`), group: t('caseForm.violationGroup.wageTheft') })),
    ...OTHER_VIOLATIONS.map((type) => ({ value: type, label: t(`cases.violation.${type}`), group: t('caseForm.violationGroup.other') })),
    ...FORCED_LABOUR_INDICATORS.map((type) => ({ value: type, label: t(`cases.violation.${type}`), group: t('caseForm.violationGroup.indicators') })),
  ];
  return html`<p class="note">${icon('info')}<span>${t('caseForm.indicatorsNote')}</span></p>
    ${renderList(
      v,
      'violations',
      v.form.violations,
      { item: 'caseForm.violationN', none: 'caseForm.noViolations', add: 'caseForm.addViolation', remove: 'caseForm.removeViolation' },
      (item, i) => html`${selectField(v, `violations.${i}.type`, types, { empty: 'ui.choose' })}
        ${textField(v, `violations.${i}.period.from`, { date: true })}
        ${textField(v, `violations.${i}.period.to`, { hint: `${t('caseForm.dateHint')} ${t('caseForm.hint.violation.to')}` })}
        ${item.type === '' || AMOUNT_VIOLATIONS.includes(item.type) || item.amount.trim()
          ? amountField(v, `violations.${i}.amount`, `violations.${i}.currency`, t('caseForm.hint.violation.amount'))
          : nothing}`,
      () => emptyViolation(v.form),
      'type',
    )}
    ${renderHandoffs(v)}`;
}

function renderActions(v: PartsView): TemplateResult {
  const t = v.l10n.t.bind(v.l10n);
  return html`${renderList(
      v,
      'actions',
      v.form.actions,
      { item: 'caseForm.actionN', none: 'caseForm.noActions', add: 'caseForm.addAction', remove: 'caseForm.removeAction' },
      (_a, i) => html`${textField(v, `actions.${i}.body`, { required: true, hint: t('caseForm.hint.action.body') })}
        ${textField(v, `actions.${i}.filedOn`, { date: true, required: true })}
        ${selectField(v, `actions.${i}.outcome`, codes(v, ACTION_OUTCOMES, 'cases.outcome'), { empty: 'ui.choose' })}
        ${selectField(v, `actions.${i}.problem`, codes(v, PATHWAY_PROBLEMS, 'caseForm.problem'))}`,
      emptyAction,
      'body',
    )}
    ${renderHandoffs(v)}`;
}

function renderReferrals(v: PartsView): TemplateResult {
  return renderList(
      v,
    'referrals',
    v.form.referrals,
    { item: 'caseForm.referralN', none: 'caseForm.noReferrals', add: 'caseForm.addReferral', remove: 'caseForm.removeReferral' },
    (_r, i) => html`${selectField(v, `referrals.${i}.kind`, codes(v, REFERRAL_KINDS, 'cases.referral'), { empty: 'ui.choose' })}
      ${textField(v, `referrals.${i}.organisation`)} ${textField(v, `referrals.${i}.on`, { date: true })}`,
    emptyReferral,
    'kind',
  );
}

function renderHandoffs(v: PartsView): TemplateResult {
  const t = v.l10n.t.bind(v.l10n);
  return html`<div class="panel" role="group" aria-labelledby="handoff-heading">
    <h4 id="handoff-heading">${t('caseForm.handoff')}</h4>
    ${v.handoffBlocked
      ? html`<p class="error" part="error" id="handoff-error" tabindex="-1">${icon('warning')}<span>${t('caseForm.handoffNeedsDestination')}</span></p>
          <div class="actions">
            <button type="button" class="secondary" part="button" @click=${() => v.act.goTo('journey', '#journey-destination')}>${t('caseForm.goToJourney')}</button>
          </div>`
      : nothing}
    <div class="actions" part="actions">
      <button type="button" part="button" aria-describedby="calculate-hint" @click=${() => v.act.handoff('wage-calculator')}>${icon('money')}${t('caseForm.calculate')}</button>
      <button type="button" part="button" aria-describedby="what-next-hint" @click=${() => v.act.handoff('complaint-pathway')}>${icon('link')}${t('caseForm.whatNext')}</button>
    </div>
    <p class="field-hint" id="calculate-hint">${t('caseForm.hint.calculate')}</p>
    <p class="field-hint" id="what-next-hint">${t('caseForm.hint.whatNext')}</p>
  </div>`;
}

function renderExport(v: PartsView): TemplateResult {
  const t = v.l10n.t.bind(v.l10n);
  const failing = v.saveFailed ? SECTIONS.filter((s) => s !== 'export' && problemsIn(v.check.problems, s).length > 0) : [];
  const otherProblems = v.saveFailed ? problemsIn(v.check.problems, 'export') : [];
  return html`<div class="panel">
      ${v.saveFailed
        ? html`<div class="error-summary" role="alert" tabindex="-1">
            ${icon('warning')}
            <div>
              <p>${t('caseForm.fixBeforeSave', { count: v.check.problems.size })}</p>
              <ul class="problem-list">
                ${failing.map(
                  (s) => html`<li>
                    <button type="button" class="secondary" part="button" @click=${() => v.act.goTo(s, undefined, true)}>
                      ${t(`caseForm.section.${s}`)}: ${t('caseForm.sectionState.problems', { count: problemsIn(v.check.problems, s).length })}
                    </button>
                  </li>`,
                )}
                ${otherProblems.map((p) => html`<li>${say(v, p)}</li>`)}
              </ul>
            </div>
          </div>`
        : nothing}
      ${v.dirty && sectionStarted(v.form, 'consent') ? html`<p class="note">${icon('info')}<span>${t('caseForm.unsaved')}</span></p>` : nothing}
      <div class="actions" part="actions">
        <button type="button" part="button" @click=${() => v.act.save()}>${icon('check')}${t('caseForm.save')}</button>
        <button type="button" class="secondary" part="button" @click=${() => v.act.saveAndNew()}>${t('caseForm.saveAndNew')}</button>
      </div>
    </div>
    <div class="panel">
      <h4 id="saved-heading" tabindex="-1">${t('caseForm.savedCases')}</h4>
      ${v.saved.length
        ? html`<ul class="saved-list">
            ${v.saved.map(
              (c) => html`<li>
                <span>${t('caseForm.savedCase', { name: c.worker.pseudonym, date: v.l10n.date(c.createdOn), count: c.violations.length })}</span>
                <button type="button" class="secondary" part="button" @click=${() => v.act.removeSaved(c.id)}>${t('caseForm.removeSaved', { name: c.worker.pseudonym })}</button>
              </li>`,
            )}
          </ul>
          ${v.listKept ? nothing : html`<p class="field-hint">${t('caseForm.savedNotKept')}</p>`}`
        : html`<p class="hint">${t('caseForm.noSavedCases')}</p>`}
    </div>
    ${renderFileMaker(v)}
    <div class="actions">
      <button type="button" class="secondary" part="button" @click=${() => v.act.reset()}>${icon('restart')}${t('ui.startOver')}</button>
    </div>`;
}

function renderFileMaker(v: PartsView): TemplateResult {
  const t = v.l10n.t.bind(v.l10n);
  const d = v.download;
  return html`<fieldset class="group">
    <legend>${t('caseForm.export')}</legend>
    <p class="field-hint">${t('caseForm.hint.export.file')}</p>
    <div class="field" part="field">
      <label for="anonymise">${t('caseForm.anonymise')}</label>
      <select id="anonymise" @change=${(e: Event) => v.act.anonymise((e.target as HTMLSelectElement).value as AnonymisationLevel | '')}>
        <option value="" ?selected=${v.anonymise === ''}>${t('caseForm.anonymise.none')}</option>
        ${ANONYMISATION_LEVELS.map((l) => html`<option value=${l} ?selected=${v.anonymise === l}>${t(`cases.anonymisation.${l}`)}</option>`)}
      </select>
    </div>
    ${v.exportError ? html`<p class="error" part="error" id="export-error" tabindex="-1">${icon('warning')}<span>${v.exportError}</span></p>` : nothing}
    <div class="actions" part="actions">
      <button type="button" class="secondary" part="button" data-format="json" @click=${() => v.act.makeFile('json')}>${t('caseForm.format.json')}</button>
      <button
        type="button"
        class="secondary"
        part="button"
        data-format="csv"
        aria-busy=${v.preparingCsv ? 'true' : 'false'}
        ?disabled=${v.preparingCsv}
        @click=${() => v.act.makeFile('csv')}
      >${t('caseForm.format.csv')}</button>
    </div>
    <div class="group">
      <h4>${t('caseForm.format.encrypted')}</h4>
      ${passphraseFields(v, 'export', v.exportPass, v.exportProblems, (pass) => v.act.exportPass(pass))}
      <div class="actions" part="actions">
        <button type="button" part="button" data-format="encrypted" ?disabled=${v.encrypting} @click=${() => v.act.makeFile('encrypted')}>${t('caseForm.makeEncrypted')}</button>
      </div>
    </div>
    <div aria-live="polite">
      ${v.encrypting ? html`<p class="hint">${t('caseForm.encrypting')}</p>` : nothing}
      ${d
        ? html`<p class="field-hint">${t('caseForm.hint.download')}</p>
            <a class="download" part="download" href=${d.url} download=${d.file} data-format=${d.format} @click=${() => v.act.downloaded()}
              >${icon('download')}${t('caseForm.download', { file: d.file, count: d.count })}</a
            >`
        : nothing}
    </div>
  </fieldset>`;
}

function selectField(v: PartsView, field: string, options: readonly Option[], opts: { empty?: string; hint?: string } = {}): TemplateResult {
  const id = cssId(field);
  const value = getField(v.form, field) as string;
  const invalid = v.shown.has(field);
  const list = value && !options.some((o) => o.value === value) ? [...options, { value, label: value }] : options;
  const groups = [...new Set(list.map((o) => o.group))];
  const option = (o: { value: string; label: string }) => html`<option value=${o.value} ?selected=${o.value === value}>${o.label}</option>`;
  return html`<div class="field" part="field">
    <label for=${id}>${label(v, field)}</label>
    ${opts.hint ? html`<p class="field-hint" id=${`${id}-hint`}>${opts.hint}</p>` : nothing}
    <select
      id=${id}
      name=${field}
      aria-invalid=${invalid ? 'true' : 'false'}
      aria-describedby=${describedBy(v, field, Boolean(opts.hint))}
      @change=${(e: Event) => v.set(field, (e.target as HTMLSelectElement).value)}
    >
      <option value="" ?selected=${value === ''}>${v.l10n.t(opts.empty ?? 'caseForm.notSaid')}</option>
      ${groups.length > 1
        ? groups.map((g) => html`<optgroup label=${g ?? ''}>${list.filter((o) => o.group === g).map(option)}</optgroup>`)
        : list.map(option)}
    </select>
    ${fieldError(v, field)}
  </div>`;
}

function amountField(v: PartsView, amount: string, currency: string, hint?: string): TemplateResult {
  return html`<div class="pair">
    ${textField(v, amount, { inputmode: 'decimal', ...(hint ? { hint } : {}) })}
    ${selectField(v, currency, CURRENCIES.map((c) => ({ value: c, label: c })), { empty: 'ui.choose' })}
  </div>`;
}

function countryOptions(v: PartsView): Option[] {
  return COUNTRIES.map((c) => ({ value: c, label: v.l10n.country(c) })).sort((a, b) => a.label.localeCompare(b.label, v.l10n.locale));
}
