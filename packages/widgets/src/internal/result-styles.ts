import { css } from 'lit';

/**
 * Pieces of a result: the "not verified" / "secondary source" flag, "How was this worked out?"
 * disclosures (44 px summary; opened when printed, so paper keeps the explanation), and the
 * plain-text summary people copy. Include after `baseStyles` (and `provenanceStyles`).
 */
export const resultStyles = css`
  .verification.unverified,
  .verification.secondary {
    color: var(--_warning);
    font-weight: 600;
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
  @media print {
    details > *:not(summary) {
      display: block;
    }
  }
`;

/**
 * An itemised money result (wage claim, fee assessment): the total, one bordered card per line with its
 * amount, basis and notes, and the warnings list. A line never splits across printed pages.
 */
export const lineItemStyles = css`
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
  @media print {
    .line {
      break-inside: avoid;
    }
  }
`;
