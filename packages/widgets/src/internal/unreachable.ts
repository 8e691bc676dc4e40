import { css, html, type TemplateResult } from 'lit';
import { icon } from './icons.js';
import type { LocalizeController } from './localize.js';

/**
 * In place of a result whose rules or data could not be fetched (the device is offline): what
 * happened, in the reader's words, and "Try again". An alert, so a screen reader says it at once.
 */
export function renderUnreachable(l10n: LocalizeController, message: string, retry: () => void): TemplateResult {
  return html`<div class="unreachable" part="error" role="alert">
    <p>${icon('warning')}<span>${message}</span></p>
    <button type="button" part="button" class="retry" @click=${retry}>${l10n.t('ui.tryAgain')}</button>
  </div>`;
}

export const unreachableStyles = css`
  .unreachable {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
    padding: var(--_space);
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
  }
  .unreachable p {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    color: var(--_danger);
    font-weight: 600;
  }
`;
