import { css } from 'lit';

/** Styles of <mr-complaint-pathway> on top of the shared layout, form, step and result styles. */
export const complaintPathwayStyles = css`
  [hidden] {
    display: none !important;
  }
  .base {
    overflow-wrap: anywhere;
  }
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  h4 {
    font-size: 1.0625em;
  }
  h5 {
    font-size: 1em;
  }
  h6 {
    font-size: 0.9375em;
  }
  p {
    margin: 0;
  }
  .tags,
  .as-of,
  .loading {
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .untranslated-note {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
  }
  .step,
  .result,
  .result > section,
  .date-editor {
    display: grid;
    gap: var(--_space);
    min-inline-size: 0;
  }
  select[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .choice span,
  .check span {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-inline-size: 0;
  }
  .choice:has(input:checked),
  .check:has(input:checked) {
    border-color: var(--_primary);
  }
  .answers {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    color: var(--_muted);
  }
  .line,
  .status-line,
  .verification,
  .badge {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
  }
  .line > span,
  .status-line > span {
    min-inline-size: 0;
  }
  .label {
    font-weight: 600;
  }
  .plain-list,
  .not-covered,
  .caveats,
  .safety,
  .channel-list,
  .problem-buttons {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  .card,
  .deadline,
  .path-body > .documents {
    border: 2px solid color-mix(in srgb, var(--_muted) 40%, transparent);
    border-radius: var(--_radius);
    padding: var(--_space);
    display: grid;
    gap: 0.5rem;
    min-inline-size: 0;
  }
  .cards {
    gap: var(--_space);
  }

  /* The time-limit card. */
  .deadline {
    border-color: var(--_primary);
    border-inline-start-width: 6px;
  }
  .deadline[data-status='no-statutory-limit-found'],
  .deadline[data-status='unverified'] {
    border-color: var(--_warning);
  }
  .deadline-answer {
    display: grid;
    gap: 0.25rem;
  }
  .last-day strong {
    font-size: 1.25em;
  }
  .countdown {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    font-size: 1.125em;
    color: var(--_success);
  }
  .countdown.urgent {
    color: var(--_warning);
  }
  .countdown.expired {
    color: var(--_danger);
    align-items: flex-start;
  }
  .no-limit {
    color: var(--_warning);
    font-weight: 600;
  }
  details summary {
    color: var(--_primary);
    font-weight: 600;
  }
  details[open] > summary {
    margin-block-end: 0.5rem;
  }

  /* The stepper: numbered circles joined by a line on the start side (mirrors in RTL). */
  .stepper {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0;
  }
  .path-step {
    position: relative;
    display: grid;
    grid-template-columns: 2.25rem minmax(0, 1fr);
    gap: 0.5rem;
    padding-block-end: calc(var(--_space) * 1.5);
  }
  .path-step::before {
    content: '';
    position: absolute;
    inset-block: 2.25rem 0;
    inset-inline-start: calc(1.125rem - 1px);
    border-inline-start: 2px solid color-mix(in srgb, var(--_primary) 45%, transparent);
  }
  .path-step:last-child::before {
    display: none;
  }
  .marker {
    inline-size: 2.25rem;
    block-size: 2.25rem;
    border-radius: 50%;
    background: var(--_primary);
    color: var(--_on-primary);
    display: grid;
    place-items: center;
    font-weight: 700;
  }
  .path-body {
    display: grid;
    gap: 0.5rem;
    min-inline-size: 0;
  }
  .path-body > h5 {
    min-block-size: 2.25rem;
  }
  .condition {
    justify-self: start;
    padding: 0.125rem 0.5rem;
    border-radius: var(--_radius);
    border: 1px dashed var(--_muted);
    font-size: 0.9375em;
  }
  .channels,
  .limits,
  .time-limits,
  .expect,
  .safety-notes,
  .cost {
    display: grid;
    gap: 0.25rem;
  }
  .channel {
    display: grid;
    gap: 0.125rem;
    padding-inline-start: 0.5rem;
    border-inline-start: 3px solid color-mix(in srgb, var(--_muted) 35%, transparent);
  }
  .channel-name {
    display: flex;
    gap: 0.5rem;
    align-items: center;
  }
  a.tel,
  a.sms,
  a.portal,
  a.email {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: 44px;
    font-weight: 600;
  }
  .number {
    unicode-bidi: isolate;
    white-space: nowrap;
  }
  .documents {
    margin: 0;
  }
  .documents .check {
    border-width: 1px;
  }
  .ready {
    font-weight: 600;
  }
  .badge {
    color: var(--_success);
    font-weight: 600;
  }
  .origin-body.for-problem {
    border-color: var(--_success);
  }
  .problem-buttons button {
    inline-size: 100%;
    justify-content: flex-start;
    text-align: start;
  }
  .local-help {
    border-color: var(--_success);
  }
  .step-source {
    display: grid;
    gap: 0.25rem;
    padding-block-start: 0.5rem;
    border-block-start: 1px dashed color-mix(in srgb, var(--_muted) 50%, transparent);
  }
  .shared-source {
    padding-inline-start: 0.5rem;
    border-inline-start: 3px solid color-mix(in srgb, var(--_muted) 35%, transparent);
  }
  .fact-source {
    display: grid;
    gap: 0.125rem;
    font-size: 0.9375em;
  }
  .fact-source .note {
    overflow-wrap: anywhere;
    color: var(--_muted);
  }
  @media (min-width: 40em) {
    .choices {
      grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
    }
  }
  @media (forced-colors: active) {
    .marker {
      border: 2px solid CanvasText;
    }
    .path-step::before {
      border-color: CanvasText;
    }
  }
  @media print {
    .no-print,
    .privacy,
    .actions {
      display: none !important;
    }
    .path-step,
    .card,
    .deadline {
      break-inside: avoid;
    }
    a.portal::after {
      content: ' <' attr(href) '>';
      font-weight: 400;
    }
    .marker {
      border: 2px solid currentColor;
      background: transparent;
      color: inherit;
    }
  }
`;
