import { html, nothing, type TemplateResult } from 'lit';
import type { Source, Verification } from '@migrant-rights/sdk/provenance';
import type { LocalizeController } from './localize.js';
import { icon } from './icons.js';

export interface ProvenanceLike {
  sources: readonly Source[];
  verification: Verification;
  effectiveFrom?: string;
  note?: string;
}

/**
 * The source line shown beside every result: where the fact comes from, since when it is in
 * force, and an honest flag when it is not verified against an official text.
 * Links open only when the person taps them; nothing is fetched by the widget. Notes and titles kept
 * in their own language get `dir="auto"`, so in a right-to-left widget their full stops stay at their end.
 */
export function renderProvenance(l10n: LocalizeController, p: ProvenanceLike): TemplateResult {
  return html`<div class="provenance" part="provenance">
    ${p.verification !== 'official'
      ? html`<p class="verification ${p.verification}" part="verification">
          ${icon(p.verification === 'unverified' ? 'warning' : 'info')}
          <span>${l10n.t(`provenance.${p.verification}`)}</span>
        </p>`
      : nothing}
    ${p.note ? html`<p class="note" part="note"><span>${l10n.t('provenance.note')}</span> <span lang="en" dir="auto">${p.note}</span></p>` : nothing}
    <p class="sources">
      ${p.effectiveFrom ? html`<span>${l10n.t('provenance.inForceSince', { date: l10n.date(p.effectiveFrom) })}</span>` : nothing}
      ${p.sources.length
        ? html`<span>${l10n.t('provenance.source')}</span>
            ${p.sources.map(
              (s, i) => html`${i ? ', ' : ''}<a href=${s.url} target="_blank" rel="noopener noreferrer external" referrerpolicy="no-referrer" lang="en" dir="auto">${s.title}</a>`,
            )}`
        : html`<span>${l10n.t('provenance.noSource')}</span>`}
    </p>
  </div>`;
}
