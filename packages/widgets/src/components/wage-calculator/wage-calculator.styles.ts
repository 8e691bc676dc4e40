import { css } from 'lit';

export const wageCalculatorStyles = css`
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
  .deductions {
    border: 2px solid color-mix(in srgb, var(--_muted) 40%, transparent);
    border-radius: var(--_radius);
    padding: var(--_space);
    display: grid;
    gap: var(--_space);
    margin: 0;
    min-inline-size: 0;
  }
  .deduction {
    display: grid;
    gap: 0.5rem;
    padding-block-end: var(--_space);
    border-block-end: 1px solid color-mix(in srgb, var(--_muted) 40%, transparent);
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
  .provenance {
    display: grid;
    gap: 0.25rem;
    font-size: 0.9375em;
  }
  .sources a {
    overflow-wrap: anywhere;
  }
  .sources span + span::before {
    content: ' · ';
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
    .convert input {
      display: none !important;
    }
    .line {
      break-inside: avoid;
    }
    details > *:not(summary) {
      display: block;
    }
    .sources a::after {
      content: ' <' attr(href) '>';
    }
  }
`;
