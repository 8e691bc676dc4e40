import { css } from 'lit';

/** Styles of <mr-fee-checker>: mobile first, logical properties only (RTL), 44 px targets. */
export const feeCheckerStyles = css`
  .base {
    padding: var(--_space);
    display: grid;
    gap: var(--_space);
    min-inline-size: 0;
  }
  .title {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    margin: 0;
    font-size: 1.25em;
  }
  h3 {
    margin: 0;
    font-size: 1.125em;
  }
  h3:focus {
    outline: none;
  }
  h3:focus-visible {
    outline: var(--_focus);
  }
  h4 {
    margin: 0;
    font-size: 1em;
  }
  .progress {
    display: flex;
    gap: 0.25rem;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .progress li {
    flex: 1;
    display: flex;
    justify-content: center;
    padding-block: 0.25rem;
    border-block-end: 4px solid color-mix(in srgb, var(--_muted) 35%, transparent);
    color: var(--_muted);
  }
  .progress li.done {
    border-color: var(--_success);
    color: var(--_success);
  }
  .progress li.current {
    border-color: var(--_primary);
    color: var(--_primary);
  }
  .step-count,
  .hint,
  .field-hint,
  .privacy,
  .sources,
  .translation-note {
    color: var(--_muted);
    margin: 0;
    font-size: 0.9375em;
  }
  .step {
    display: grid;
    gap: var(--_space);
  }
  .field {
    display: grid;
    gap: 0.25rem;
    border: 0;
    padding: 0;
    margin: 0;
    min-inline-size: 0;
  }
  label,
  legend {
    font-weight: 600;
  }
  legend {
    padding: 0;
    margin-block-end: 0.25rem;
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  .input-row {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  input:not([type='radio'], [type='checkbox']),
  select {
    font: inherit;
    inline-size: 100%;
    min-inline-size: 0;
    min-block-size: 44px;
    padding: 0.5rem;
    border: 2px solid var(--_muted);
    border-radius: var(--_radius);
    background: var(--mr-color-surface, Field);
    color: inherit;
  }
  input[aria-invalid='true'],
  fieldset[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  input[type='radio'],
  input[type='checkbox'] {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--_primary);
    flex: none;
  }
  .suffix {
    font-weight: 600;
    color: var(--_muted);
  }
  .choices {
    display: grid;
    gap: 0.5rem;
  }
  .choice,
  .check {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    min-block-size: 44px;
    padding: 0.25rem 0.5rem;
    border: 2px solid color-mix(in srgb, var(--_muted) 40%, transparent);
    border-radius: var(--_radius);
    font-weight: 400;
    cursor: pointer;
  }
  .check span {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
  }
  .error,
  .error-summary {
    color: var(--_danger);
    margin: 0;
    display: flex;
    gap: 0.25rem;
    align-items: flex-start;
    font-weight: 600;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    justify-content: space-between;
  }
  .actions button[type='submit'] {
    margin-inline-start: auto;
  }
  .result {
    display: grid;
    gap: var(--_space);
  }
  .total {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: baseline;
    gap: 0.5rem;
    margin: 0;
    padding: var(--_space);
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_primary) 12%, transparent);
    font-size: 1.125em;
  }
  .total strong {
    font-size: 1.5em;
    overflow-wrap: anywhere;
  }
  .lines,
  .warnings {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  .warnings li,
  .verification {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    margin: 0;
  }
  .verification.unverified,
  .verification.secondary {
    color: var(--_warning);
    font-weight: 600;
  }
  .line {
    border: 2px solid color-mix(in srgb, var(--_muted) 40%, transparent);
    border-radius: var(--_radius);
    padding: var(--_space);
    display: grid;
    gap: 0.5rem;
  }
  .line.not-covered {
    border-style: dashed;
  }
  .line-head {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.5rem;
  }
  .amount {
    margin: 0;
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  .basis,
  .note,
  .converted {
    margin: 0;
  }
  details summary {
    cursor: pointer;
    min-block-size: 44px;
    display: flex;
    align-items: center;
  }
  .summary-text {
    white-space: pre-wrap;
    font: inherit;
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
    .progress,
    .step-count,
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
    details > *:not(summary) {
      display: block;
    }
  }
`;
