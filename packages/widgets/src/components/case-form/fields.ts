/**
 * The form's fields, drawn from what the element gives them (`FieldHost`): a text field, radio
 * choices, a field's message and its links for assistive technology, passphrase fields. Shared by
 * the first screen (consent, the drafts panel) and the parts that come with the engine (`parts.ts`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../internal/localize.js';
import { icon } from '../../internal/icons.js';
import { getField, passphraseStrength, type CaseForm, type FieldProblem, type FieldProblems } from './form-model.js';

/** What the fields read from the form and how they change it. */
export interface FieldHost {
  readonly l10n: LocalizeController;
  readonly form: CaseForm;
  /** Problems to show now: those of the parts already checked. */
  readonly shown: FieldProblems;
  set(field: string, value: string | boolean): void;
}

/** A passphrase typed twice. */
export interface Pass {
  first: string;
  second: string;
}

export interface Option {
  value: string;
  label: string;
  group?: string;
}

export function cssId(field: string): string {
  return field.replace(/\./g, '-');
}

export function say(h: FieldHost, p: Pick<FieldProblem, 'code' | 'params'>): string {
  return h.l10n.t(p.code, p.params ?? {});
}

export function fieldError(h: FieldHost, field: string, problems: FieldProblems = h.shown): TemplateResult | typeof nothing {
  const p = problems.get(field);
  if (!p) return nothing;
  return html`<p class="error" part="error" id=${`${cssId(field)}-error`}>${icon('warning')}<span>${say(h, p)}</span></p>`;
}

export function describedBy(h: FieldHost, field: string, hint: boolean, problems: FieldProblems = h.shown): string | typeof nothing {
  const id = cssId(field);
  const ids = [problems.has(field) ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ');
  return ids || nothing;
}

export function label(h: FieldHost, field: string): string {
  const generic = field.replace(/^(violation|action|referral)s\.\d+\.(?:period\.)?/, '$1.');
  return h.l10n.t(`caseForm.field.${generic}`);
}

export function codes(h: FieldHost, list: readonly string[], prefix: string): Option[] {
  return list.map((value) => ({ value, label: h.l10n.t(`${prefix}.${value}`) }));
}

export function textField(
  h: FieldHost,
  field: string,
  opts: { hint?: string; required?: boolean; autocomplete?: string; inputmode?: string; date?: boolean } = {},
): TemplateResult {
  const id = cssId(field);
  const hint = opts.hint ?? (opts.date ? h.l10n.t('caseForm.dateHint') : undefined);
  const invalid = h.shown.has(field);
  return html`<div class="field" part="field">
    <label for=${id}>${label(h, field)}</label>
    ${hint ? html`<p class="field-hint" id=${`${id}-hint`}>${hint}</p>` : nothing}
    <input
      id=${id}
      name=${field}
      type="text"
      autocomplete=${opts.autocomplete ?? 'off'}
      inputmode=${opts.inputmode ?? nothing}
      spellcheck="false"
      .value=${getField(h.form, field) as string}
      aria-invalid=${invalid ? 'true' : 'false'}
      aria-required=${opts.required ? 'true' : nothing}
      aria-describedby=${describedBy(h, field, Boolean(hint))}
      @input=${(e: Event) => h.set(field, (e.target as HTMLInputElement).value)}
    />
    ${fieldError(h, field)}
  </div>`;
}

export function radios(h: FieldHost, field: string, options: readonly Option[]): TemplateResult {
  const id = cssId(field);
  const value = getField(h.form, field);
  const invalid = h.shown.has(field);
  return html`<fieldset class="field" part="field" aria-invalid=${invalid ? 'true' : 'false'} aria-describedby=${describedBy(h, field, false)}>
    <legend>${label(h, field)}</legend>
    <div class="choices">
      ${options.map(
        (o, i) => html`<label class="choice">
          <input type="radio" id=${i === 0 ? id : nothing} name=${field} .value=${o.value} .checked=${value === o.value} @change=${() => h.set(field, o.value)} />
          <span>${o.label}</span>
        </label>`,
      )}
    </div>
    ${fieldError(h, field)}
  </fieldset>`;
}

/** A new passphrase typed twice with guidance and its strength, or (`twice` false) a passphrase to open drafts. */
export function passphraseFields(h: FieldHost, prefix: 'export' | 'persist', value: Pass, problems: FieldProblems, onInput: (v: Pass) => void, twice = true): TemplateResult {
  const t = h.l10n.t.bind(h.l10n);
  const first = `${prefix}-pass`;
  const second = `${prefix}-pass-again`;
  const strength = value.first ? passphraseStrength(value.first) : undefined;
  const input = (id: string, text: string, v: string, set: (s: string) => void, hintIds: string) => html`<div class="field" part="field">
    <label for=${id}>${text}</label>
    <input
      id=${id}
      type="password"
      autocomplete=${twice ? 'new-password' : 'current-password'}
      spellcheck="false"
      .value=${v}
      aria-invalid=${problems.has(id) ? 'true' : 'false'}
      aria-describedby=${[problems.has(id) ? `${id}-error` : '', hintIds].filter(Boolean).join(' ') || nothing}
      @input=${(e: Event) => set((e.target as HTMLInputElement).value)}
    />
    ${fieldError(h, id, problems)}
  </div>`;
  return html`${twice ? html`<p class="field-hint" id=${`${prefix}-pass-guide`}>${t('caseForm.passphraseGuide')}</p>` : nothing}
    ${input(first, t('caseForm.passphrase'), value.first, (s) => onInput({ ...value, first: s }), twice ? `${prefix}-pass-guide ${prefix}-pass-strength` : '')}
    ${twice
      ? html`<p class="field-hint strength ${strength ?? ''}" id=${`${prefix}-pass-strength`} aria-live="polite">${strength ? t(`caseForm.strength.${strength}`) : ''}</p>
          ${input(second, t('caseForm.passphraseAgain'), value.second, (s) => onInput({ ...value, second: s }), '')}`
      : nothing}`;
}
