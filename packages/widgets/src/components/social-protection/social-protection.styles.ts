import { css } from 'lit';

/**
 * Mobile first: an area-by-area list; from 34rem of widget width (a container query, so it
 * follows the space the partner gives the widget, not the screen) a real table. A gap is never
 * colour alone: a struck-through shield, the words "No known cover", a thick edge and a hatched
 * background mark it. Logical properties only, so right-to-left needs no extra rule.
 */
export const socialProtectionStyles = css`
  .base {
    container: protection / inline-size;
    overflow-wrap: anywhere;
  }
  .title {
    overflow-wrap: normal;
  }
  h4,
  h5 {
    margin: 0;
  }
  h4 {
    font-size: 1.0625em;
  }
  h5 {
    font-size: 1em;
  }
  p {
    margin: 0;
  }
  .intro,
  .loading,
  .kind,
  .side-label {
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .side-label {
    font-weight: 600;
  }

  /* ---- choices ---- */
  /* Here .choices is the grid of the two or three questions (choiceStyles' .choices is a radio group). */
  .choices {
    display: grid;
    gap: var(--_space);
  }
  .radios {
    display: grid;
    gap: 0.5rem;
  }
  .empty,
  .waiting {
    color: var(--_muted);
  }

  /* ---- result ---- */
  .result,
  .matrix,
  .compare,
  .extras,
  .agreements {
    display: grid;
    gap: var(--_space);
    min-inline-size: 0;
  }
  .problems,
  .notices,
  .gap-list,
  .compare-gaps,
  .items,
  .cards,
  .branches {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  .problems li,
  .notices li,
  .gap-list li,
  .compare-gaps li,
  .reason,
  .dated,
  .match,
  .verification {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
  }
  .problems {
    color: var(--_danger);
    font-weight: 600;
  }

  /* The finding: the gaps summary. */
  .gaps {
    display: grid;
    gap: 0.5rem;
    padding: var(--_space);
    border: 2px solid var(--_muted);
    border-inline-start-width: 0.5rem;
    border-radius: var(--_radius);
  }
  .gaps.has-gaps {
    border-color: var(--_danger);
  }
  .gap-summary {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    font-size: 1.0625em;
  }
  .gaps.has-gaps .gap-summary svg {
    color: var(--_danger);
  }
  .gap-list li svg {
    color: var(--_danger);
  }

  /* Levels: each has its own shape and border style, not only a colour. */
  .level {
    display: inline-flex;
    align-items: flex-start;
    gap: 0.375rem;
    padding: 0.125rem 0.5rem;
    border: 2px solid currentColor;
    border-radius: var(--_radius);
    font-weight: 700;
    max-inline-size: 100%;
  }
  .level > span {
    min-inline-size: 0;
  }
  .level.small {
    font-weight: 600;
    font-size: 0.9375em;
  }
  .level-mandatory {
    color: var(--_success);
  }
  .level-voluntary {
    border-style: dashed;
  }
  .level-excluded {
    color: var(--_danger);
    border-style: double;
    border-width: 4px;
  }
  .level-none {
    color: var(--_danger);
    border-style: dashed;
  }
  .level-unknown {
    color: var(--_muted);
    border-style: dotted;
  }
  .gap-marker,
  .difference-marker {
    display: inline-flex;
    align-items: flex-start;
    gap: 0.375rem;
    padding: 0.125rem 0.5rem;
    border-radius: var(--_radius);
    font-weight: 700;
    max-inline-size: 100%;
  }
  .gap-marker {
    color: var(--_danger);
    border: 3px solid currentColor;
  }
  .difference-marker {
    color: var(--_warning);
    border: 3px dashed currentColor;
  }
  .same-marker {
    color: var(--_muted);
  }
  .untranslated {
    color: var(--_muted);
    font-weight: 400;
    font-size: 0.875em;
  }

  /* One side of one area, and the facts behind it. */
  .side {
    display: grid;
    gap: 0.375rem;
    justify-items: start;
    min-inline-size: 0;
  }
  .side > * {
    max-inline-size: 100%;
  }
  .items {
    justify-self: stretch;
  }
  .item {
    display: grid;
    gap: 0.25rem;
    padding-block-start: 0.375rem;
    border-block-start: 1px solid color-mix(in srgb, var(--_muted) 40%, transparent);
  }
  .item-head {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
    align-items: center;
  }
  .conditions {
    margin: 0;
    padding-inline-start: 1.25rem;
    display: grid;
    gap: 0.125rem;
  }
  .dated,
  .reason {
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .dated.approximate,
  .dated.lower-bound {
    color: var(--_warning);
    font-weight: 600;
  }
  .scheme-note {
    font-size: 0.9375em;
  }

  /* Phones: one card per area. */
  .branch,
  .card {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
    padding: var(--_space);
    border: 2px solid color-mix(in srgb, var(--_muted) 40%, transparent);
    border-radius: var(--_radius);
    min-inline-size: 0;
  }
  .branch > *,
  .card > * {
    max-inline-size: 100%;
  }
  .branch > .side,
  .compare-entry {
    justify-self: stretch;
    display: grid;
    gap: 0.375rem;
    justify-items: start;
    padding-block-start: 0.5rem;
    border-block-start: 1px solid color-mix(in srgb, var(--_muted) 40%, transparent);
  }
  .branch.gap,
  tr.gap > th {
    border-color: var(--_danger);
    border-inline-start-width: 0.5rem;
    background-image: repeating-linear-gradient(
      135deg,
      color-mix(in srgb, var(--_danger) 9%, transparent) 0 6px,
      transparent 6px 12px
    );
  }
  .branch.differs,
  tr.differs > th {
    border-color: var(--_warning);
    border-inline-start-width: 0.5rem;
    border-style: dashed;
  }
  .compare-summary {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
  }

  /* Wide: a real table. */
  .table-view {
    display: none;
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
    table-layout: fixed;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.5rem;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.5rem;
    border: 1px solid color-mix(in srgb, var(--_muted) 55%, transparent);
    min-inline-size: 0;
  }
  thead th {
    background: color-mix(in srgb, var(--_muted) 12%, transparent);
  }
  /* The layout is fixed by the header row: a narrow area column and narrow summary columns. */
  thead th:first-child {
    inline-size: 20%;
  }
  thead th.narrow {
    inline-size: 16%;
  }
  tbody th .gap-marker {
    margin-block-start: 0.5rem;
  }
  @container protection (min-width: 34rem) {
    .table-view {
      display: block;
    }
    .list-view {
      display: none;
    }
    .choices {
      grid-template-columns: repeat(2, minmax(0, 1fr));
      align-items: start;
    }
  }

  .copied:empty {
    display: none;
  }
  .summary-text {
    overflow-wrap: anywhere;
    margin: 0;
  }

  @media (forced-colors: active) {
    .level,
    .gap-marker,
    .difference-marker {
      border-color: CanvasText;
    }
    .branch.gap,
    tr.gap > th {
      border-color: Highlight;
    }
  }

  @media print {
    .no-print,
    .privacy,
    .intro,
    .list-view,
    .copied {
      display: none !important;
    }
    .table-view {
      display: block !important;
    }
    tr,
    .card {
      break-inside: avoid;
    }
    .base {
      padding: 0;
    }
  }
`;
