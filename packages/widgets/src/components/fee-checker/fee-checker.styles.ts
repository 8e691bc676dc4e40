import { css } from 'lit';

/**
 * Styles of <mr-fee-checker> on top of the shared layout, form, step, result and line-item styles:
 * mobile first, logical properties only (RTL), 44 px targets.
 */
export const feeCheckerStyles = css`
  h4 {
    margin: 0;
    font-size: 1em;
  }
  .sources {
    color: var(--_muted);
    margin: 0;
    font-size: 0.9375em;
  }
  fieldset[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .check span {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
  }
  h5 {
    margin: 0;
    font-size: 1em;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  h4 {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  h4:focus,
  h5:focus {
    outline: none;
  }
  h4:focus-visible,
  h5:focus-visible {
    outline: var(--_focus);
  }
  p {
    margin: 0;
  }
  .payments {
    display: grid;
    gap: 0.5rem;
  }
  .payment-list,
  .verdicts,
  .cap-verdicts,
  .rule-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  .payment-card,
  .editor,
  .assessed,
  .rule,
  .months {
    border: 2px solid color-mix(in srgb, var(--_muted) 40%, transparent);
    border-radius: var(--_radius);
    padding: var(--_space);
    display: grid;
    gap: 0.5rem;
    min-inline-size: 0;
  }
  .payment-card h5,
  .assessed h4 {
    flex-wrap: nowrap;
    align-items: flex-start;
  }
  .payment-card.editing {
    border-style: dashed;
  }
  .editor {
    border-color: var(--_primary);
    gap: var(--_space);
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .card-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .purposes {
    gap: 0.5rem;
  }
  .purpose-group {
    display: grid;
    gap: 0.25rem;
  }
  .purpose-group-name {
    font-weight: 600;
    color: var(--_muted);
    font-size: 0.9375em;
    margin-block-start: 0.25rem;
  }
  .choice.purpose svg.icon {
    color: var(--_primary);
  }
  .totals {
    margin: 0;
    display: grid;
    gap: 0.5rem;
    padding: var(--_space);
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_primary) 12%, transparent);
  }
  .total-row {
    display: grid;
    gap: 0.125rem;
  }
  .total-row dt {
    font-weight: 600;
  }
  .total-row dd {
    margin: 0;
    font-size: 1.25em;
    overflow-wrap: anywhere;
  }
  .total-row.should-not dd {
    color: var(--_danger);
  }
  .months.high {
    border-color: var(--_danger);
  }
  .months-text {
    font-weight: 600;
  }
  .bar {
    display: block;
    inline-size: 100%;
    block-size: 1.5rem;
    border-radius: var(--_radius);
  }
  [dir='rtl'] .bar {
    transform: scaleX(-1);
  }
  .bar-track {
    fill: color-mix(in srgb, var(--_muted) 20%, transparent);
  }
  .bar-fill {
    fill: var(--_primary);
  }
  .months.high .bar-fill {
    fill: var(--_danger);
  }
  .bar-tick {
    stroke: var(--mr-color-surface, #ffffff);
    stroke-width: 1;
    vector-effect: non-scaling-stroke;
  }
  .bar-scale {
    display: flex;
    justify-content: space-between;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .verdict {
    display: grid;
    gap: 0.25rem;
    padding-inline-start: var(--_space);
    border-inline-start: 4px solid color-mix(in srgb, var(--_muted) 40%, transparent);
  }
  .verdict.bad,
  .verdict.exceeds,
  .verdict.banned {
    border-inline-start-color: var(--_danger);
  }
  .verdict.ok,
  .verdict.within {
    border-inline-start-color: var(--_success);
  }
  .verdict .answer {
    font-size: 1.125em;
  }
  .verdict.bad .answer,
  .by {
    color: var(--_danger);
    font-weight: 700;
  }
  .status-line strong {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
  }
  .law {
    display: grid;
    gap: 0.5rem;
  }
  .law-of,
  .kind,
  .limit,
  .rule-warning,
  .corridor,
  .summary-note,
  .hint {
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .notices {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .note-dates,
  .warnings li {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
  }
  .warnings-block,
  .rules,
  .screen,
  .screen-offer {
    display: grid;
    gap: 0.5rem;
  }
  .screen[hidden] {
    display: none;
  }
  .copied:empty {
    margin-block-start: calc(-1 * var(--_space));
  }
  @media (min-width: 40em) {
    .choices {
      grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    }
  }
  @media print {
    .no-print,
    .privacy,
    .step,
    .screen,
    .status,
    .copied {
      display: none !important;
    }
    .assessed,
    .rule,
    .months {
      break-inside: avoid;
    }
  }
`;
