import { css } from 'lit';

/** Styles of <mr-case-form> on top of the shared layout, form and choice styles. */
export const caseFormStyles = css`
  h4 {
    margin: 0;
    font-size: 1em;
  }
  .error-summary:focus {
    outline: none;
  }
  .error-summary:focus-visible {
    outline: var(--_focus);
  }
  p {
    margin: 0;
  }
  .intro,
  .state {
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .privacy {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
  }

  /* The list of parts: a wrapping row of buttons, each saying its state in words. */
  .sections ol {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr));
    gap: 0.5rem;
  }
  .sections button {
    inline-size: 100%;
    flex-direction: column;
    align-items: flex-start;
    gap: 0;
    text-align: start;
    background: transparent;
    color: var(--_primary);
    border-color: color-mix(in srgb, var(--_muted) 45%, transparent);
    padding: 0.375rem 0.625rem;
  }
  .sections button[aria-current='step'] {
    border-color: var(--_primary);
    background: color-mix(in srgb, var(--_primary) 12%, transparent);
  }
  .sections .name {
    font-weight: 600;
  }
  .sections .state {
    font-size: 0.8125em;
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
  }
  .sections .problems .state {
    color: var(--_danger);
    font-weight: 600;
  }
  .sections .filled .state {
    color: var(--_success);
  }
  .sections svg.icon {
    inline-size: 1.1em;
    block-size: 1.1em;
  }

  .section,
  .panel {
    display: grid;
    gap: var(--_space);
    min-inline-size: 0;
  }
  .panel {
    border: 2px solid color-mix(in srgb, var(--_muted) 40%, transparent);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  summary {
    font-weight: 600;
  }
  /* Stronger than any rule that sets a border colour, fieldsets and selects included. */
  [aria-invalid='true'] {
    border-color: var(--_danger) !important;
  }
  .check {
    font-weight: 600;
  }
  .pair {
    display: grid;
    gap: var(--_space);
  }
  @media (min-width: 30em) {
    .pair {
      grid-template-columns: minmax(0, 2fr) minmax(0, 1fr);
      gap: 0.5rem;
      align-items: end;
    }
  }
  .group,
  .item {
    border: 2px solid color-mix(in srgb, var(--_muted) 40%, transparent);
    border-radius: var(--_radius);
    padding: var(--_space);
    margin: 0;
    display: grid;
    gap: var(--_space);
    min-inline-size: 0;
  }
  .items {
    display: grid;
    gap: var(--_space);
  }
  /* The error summary's list: reads like .error (form-styles), one problem a row. */
  .problem-list {
    color: var(--_danger);
    display: grid;
    gap: 0.25rem;
    align-items: flex-start;
    font-weight: 600;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .notice {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    color: var(--_success);
    font-weight: 600;
  }
  .notice:empty {
    display: none;
  }
  .note {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    color: var(--_warning);
  }
  .actions .end {
    margin-inline-start: auto;
  }
  .saved-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  .saved-list li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
    padding-block-end: 0.5rem;
    border-block-end: 1px solid color-mix(in srgb, var(--_muted) 40%, transparent);
    overflow-wrap: anywhere;
  }
  .download {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: 44px;
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  button.danger {
    background: var(--_danger);
    border-color: var(--_danger);
    color: var(--mr-color-surface, #ffffff);
  }
  details > summary {
    cursor: pointer;
    min-block-size: 44px;
    display: flex;
    align-items: center;
  }
  @media (min-width: 40em) {
    .choices {
      grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    }
  }
  @media (forced-colors: active) {
    .sections button[aria-current='step'] {
      border-color: Highlight;
    }
  }
  @media print {
    /* The form is a tool, not a record: printing shows only the title and the privacy line. */
    .sections,
    .section,
    .panel,
    .actions {
      display: none !important;
    }
  }
`;
