import { css } from 'lit';

export const forcedLabourScreenStyles = css`
  .base {
    padding: var(--_space);
    display: grid;
    gap: var(--_space);
    min-inline-size: 0;
  }
  :host([embedded]) .base {
    padding: 0;
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
  h4,
  h5 {
    margin: 0;
    font-size: 1em;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  p {
    margin: 0;
  }
  .note {
    overflow-wrap: anywhere;
  }
  .hint,
  .privacy,
  .translation-note {
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .step,
  .result {
    display: grid;
    gap: var(--_space);
  }
  .question {
    border: 2px solid color-mix(in srgb, var(--_muted) 40%, transparent);
    border-radius: var(--_radius);
    padding: var(--_space);
    margin: 0;
    min-inline-size: 0;
  }
  legend {
    font-weight: 600;
    padding-inline: 0.25rem;
  }
  .choices {
    display: grid;
    gap: 0.5rem;
    margin-block-start: 0.5rem;
  }
  .choice {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    min-block-size: 44px;
    padding: 0.25rem 0.5rem;
    border: 2px solid color-mix(in srgb, var(--_muted) 40%, transparent);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  input[type='radio'] {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--_primary);
    flex: none;
  }
  .actions,
  .safety {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    justify-content: space-between;
  }
  .actions button[type='submit'],
  .actions .start {
    margin-inline-start: auto;
  }
  .safety {
    justify-content: flex-end;
    border-block-start: 1px solid color-mix(in srgb, var(--_muted) 40%, transparent);
    padding-block-start: var(--_space);
  }
  .caveat,
  .next-step {
    border-radius: var(--_radius);
    padding: var(--_space);
    display: grid;
    gap: 0.25rem;
    border-inline-start: 6px solid var(--_primary);
    background: color-mix(in srgb, var(--_primary) 8%, transparent);
  }
  .next-step.urgent {
    border-inline-start-color: var(--_danger);
    background: color-mix(in srgb, var(--_danger) 8%, transparent);
  }
  .summary {
    font-size: 1.125em;
    font-weight: 600;
  }
  .group {
    display: grid;
    gap: 0.5rem;
  }
  .indicators,
  .answers {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: 0.5rem;
  }
  .answers {
    padding-inline-start: 1rem;
    list-style: disc;
  }
  .indicator {
    border: 2px solid color-mix(in srgb, var(--_muted) 40%, transparent);
    border-radius: var(--_radius);
    padding: var(--_space);
    display: grid;
    gap: 0.25rem;
  }
  .indicator.present {
    border-color: var(--_warning);
  }
  .indicator.possible {
    border-style: dashed;
    border-color: var(--_warning);
  }
  .badge {
    font-weight: 400;
    font-size: 0.875em;
    padding: 0 0.5rem;
    border-radius: 999px;
    border: 1px solid currentColor;
  }
  .present .badge,
  .possible .badge {
    color: var(--_warning);
  }
  details summary {
    cursor: pointer;
    min-block-size: 44px;
    display: flex;
    align-items: center;
    font-weight: 600;
  }
  .sources-block {
    display: grid;
    gap: 0.25rem;
  }
  @media (min-width: 40em) {
    .choices {
      grid-template-columns: repeat(3, 1fr);
    }
  }
  @media print {
    .no-print,
    .safety,
    .privacy,
    .status {
      display: none !important;
    }
    details > *:not(summary) {
      display: block;
    }
    .indicator {
      break-inside: avoid;
    }
  }
`;
