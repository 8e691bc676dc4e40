import { css } from 'lit';

/**
 * Styles of <mr-wage-calculator> on top of the shared layout, form, step, result and line-item styles:
 * mobile first, logical properties only (RTL), 44 px targets.
 */
export const wageCalculatorStyles = css`
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
  @media (min-width: 40em) {
    .choices {
      grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    }
  }
  @media print {
    .no-print,
    .privacy,
    .convert input {
      display: none !important;
    }
    .sources a::after {
      content: ' <' attr(href) '>';
    }
  }
`;
