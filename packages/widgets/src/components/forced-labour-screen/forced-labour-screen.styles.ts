import { css } from 'lit';

/** Styles of <mr-forced-labour-screen> on top of the shared layout, choice and result styles. */
export const forcedLabourScreenStyles = css`
  :host([embedded]) .base {
    padding: 0;
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
    margin-block-start: 0.5rem;
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
    .indicator {
      break-inside: avoid;
    }
  }
`;
