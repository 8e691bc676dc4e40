import { css } from 'lit';

/** Styles of <mr-frameworks-explorer> on top of the shared layout, form and choice styles. */
export const frameworksExplorerStyles = css`
  h3,
  h4,
  h5 {
    margin: 0;
    overflow-wrap: anywhere;
  }
  h4 {
    font-size: 1.0625em;
    padding-block-end: 0.25rem;
    border-block-end: 2px solid color-mix(in srgb, var(--_muted) 35%, transparent);
  }
  h5 {
    font-size: 1em;
  }
  p {
    margin: 0;
  }
  .intro,
  .kind,
  .empty,
  .waiting {
    color: var(--_muted);
    font-size: 0.9375em;
  }

  /* Tab list drawn as a segmented control: two equal halves, 44 px tall, wraps on tiny screens. */
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    padding: 0.25rem;
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_muted) 14%, transparent);
  }
  .tabs [role='tab'] {
    flex: 1 1 8rem;
    justify-content: center;
    border-color: transparent;
    background: transparent;
    color: inherit;
    font-weight: 600;
    transition: none;
  }
  .tabs [role='tab'][aria-selected='true'] {
    background: var(--_primary);
    color: var(--_on-primary);
    border-color: var(--_primary);
  }
  .panel {
    display: grid;
    gap: var(--_space);
    min-inline-size: 0;
  }
  .panel[hidden] {
    display: none;
  }

  .pickers {
    display: grid;
    gap: var(--_space);
  }
  .choice:has(input:checked) {
    border-color: var(--_primary);
  }
  .result,
  .result section {
    display: grid;
    gap: var(--_space);
    min-inline-size: 0;
  }
  .cards,
  .entries,
  .notes,
  .findings {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
    min-inline-size: 0;
  }
  .card {
    border: 2px solid color-mix(in srgb, var(--_muted) 40%, transparent);
    border-radius: var(--_radius);
    padding: var(--_space);
    display: grid;
    gap: 0.5rem;
    min-inline-size: 0;
  }
  .card.disputed {
    border-color: var(--_warning);
    border-style: dashed;
  }
  .entry {
    display: grid;
    gap: 0.25rem;
    padding-block-start: 0.5rem;
    border-block-start: 1px solid color-mix(in srgb, var(--_muted) 30%, transparent);
  }
  .entry.disputed {
    border-inline-start: 4px solid var(--_warning);
    padding-inline-start: 0.5rem;
  }
  .line {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
  }
  .line svg.icon {
    inline-size: 1.25em;
    block-size: 1.25em;
  }
  .badge {
    display: inline-block;
    margin-inline-start: 0.25rem;
    padding: 0 0.5rem;
    border-radius: 999px;
    border: 2px solid var(--_warning);
    color: var(--_warning);
    font-size: 0.875em;
    font-weight: 700;
  }
  .conflict,
  .caveat {
    color: var(--_warning);
    font-weight: 600;
  }
  .status {
    font-weight: 700;
  }
  .status.ratified {
    color: var(--_success);
  }
  .status.signed,
  .status.ratified-later,
  .status.recalled-ratified {
    color: var(--_warning);
  }
  .status.not-recorded {
    color: var(--_muted);
  }
  .timing.precedent {
    color: var(--_muted);
  }
  .notes {
    padding: var(--_space);
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_primary) 10%, transparent);
    gap: 0.5rem;
  }
  .plain-http {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .plain-http .url {
    overflow-wrap: anywhere;
    unicode-bidi: isolate;
  }
  .fact-source {
    display: grid;
    gap: 0.25rem;
  }
  .actions button {
    flex: 1 1 auto;
    justify-content: center;
  }
  @media (min-width: 40em) {
    .pickers {
      grid-template-columns: 2fr 1fr;
      align-items: start;
    }
    .choices {
      grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
    }
    .actions button {
      flex: 0 1 auto;
    }
  }
  @media (forced-colors: active) {
    .tabs [role='tab'][aria-selected='true'] {
      outline: 3px solid Highlight;
    }
    .badge {
      border-color: CanvasText;
    }
  }
  @media print {
    .no-print,
    .tabs,
    .pickers,
    .topics,
    .privacy,
    .intro {
      display: none !important;
    }
    .card {
      break-inside: avoid;
    }
  }
`;
