import { css } from 'lit';

/** Styles of <mr-case-stats> on top of the shared layout and form styles. */
export const caseStatsStyles = css`
  p {
    margin: 0;
  }
  .intro,
  .source,
  .muted,
  .empty {
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .privacy,
  .loaded,
  .caveat,
  .note,
  .error,
  .notes li {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
  }
  .loaded {
    color: var(--_success);
    font-weight: 600;
  }
  .loaded:focus {
    outline: none;
  }
  .loaded:focus-visible {
    outline: var(--_focus);
  }
  .note,
  .caveat {
    color: var(--_warning);
  }
  .status:empty {
    display: none;
  }
  .import,
  .panel {
    display: grid;
    gap: var(--_space);
    border: 2px solid color-mix(in srgb, var(--_muted) 40%, transparent);
    border-radius: var(--_radius);
    padding: var(--_space);
    min-inline-size: 0;
  }
  figcaption,
  caption {
    font-weight: 600;
  }
  input[type='file'] {
    border-style: dashed;
  }
  .totals {
    display: grid;
    gap: 0.5rem;
    margin: 0;
  }
  .totals div {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: baseline;
    gap: 0.5rem;
    border-block-end: 1px solid color-mix(in srgb, var(--_muted) 40%, transparent);
    padding-block-end: 0.25rem;
  }
  .totals dd {
    margin: 0;
    font-weight: 700;
    font-size: 1.25em;
  }
  .totals dd .muted {
    font-weight: 400;
    font-size: 0.75em;
  }
  .wages,
  .notes {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.25rem;
  }
  .wages strong {
    font-size: 1.25em;
    overflow-wrap: anywhere;
  }
  .convert {
    display: grid;
    gap: 0.5rem;
  }
  .provenance {
    display: grid;
    gap: 0.25rem;
    font-size: 0.9375em;
  }
  .provenance .sources,
  .provenance .note {
    color: var(--_muted);
    margin: 0;
  }
  .provenance a {
    overflow-wrap: anywhere;
  }
  .verification {
    display: flex;
    gap: 0.5rem;
    margin: 0;
    color: var(--_warning);
  }
  .charts {
    display: grid;
    gap: calc(var(--_space) * 2);
    min-inline-size: 0;
  }
  .chart-figure {
    margin: 0;
    display: grid;
    gap: 0.5rem;
    min-inline-size: 0;
    break-inside: avoid;
  }
  svg.chart {
    display: block;
    inline-size: 100%;
    block-size: auto;
  }
  svg.chart text {
    font-size: 14px;
    fill: currentColor;
  }
  svg.chart .tick,
  svg.chart .value {
    fill: var(--_muted);
  }
  svg.chart .value {
    font-weight: 700;
    fill: currentColor;
  }
  svg.chart .bar {
    fill: var(--_primary);
  }
  svg.chart .axis {
    stroke: var(--_muted);
    stroke-width: 1;
  }
  .toggle {
    justify-self: start;
  }
  .table-wrap {
    max-inline-size: 100%;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  caption {
    text-align: start;
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    padding-block-end: 0.25rem;
  }
  th,
  td {
    text-align: start;
    padding: 0.25rem 0.5rem;
    border-block-end: 1px solid color-mix(in srgb, var(--_muted) 40%, transparent);
    vertical-align: top;
    overflow-wrap: anywhere;
  }
  td:last-child {
    font-variant-numeric: tabular-nums;
  }
  .errors {
    display: grid;
    gap: var(--_space);
    color: var(--mr-color-text, inherit);
  }
  .errors caption {
    color: var(--_danger);
  }
  code {
    font-family: ui-monospace, monospace;
    font-size: 0.875em;
  }
  @media (forced-colors: active) {
    svg.chart .bar {
      fill: CanvasText;
    }
    svg.chart text {
      fill: CanvasText;
    }
  }
  @media print {
    .import,
    .no-print,
    .toggle,
    .convert {
      display: none !important;
    }
    .panel {
      break-inside: avoid;
    }
    .provenance a::after {
      content: ' <' attr(href) '>';
    }
  }
`;
