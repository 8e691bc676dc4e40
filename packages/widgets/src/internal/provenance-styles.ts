import { css } from 'lit';

/**
 * Styles for `renderProvenance` (source line, verification flag, note), so every widget that shows
 * a fact shows its source the same way. Include after `baseStyles` in `static styles`.
 */
export const provenanceStyles = css`
  .provenance {
    display: grid;
    gap: 0.25rem;
    font-size: 0.9375em;
  }
  .provenance p {
    margin: 0;
  }
  .provenance .verification {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
  }
  .provenance .verification.unverified,
  .provenance .verification.secondary {
    color: var(--_warning);
    font-weight: 600;
  }
  .provenance .sources {
    color: var(--_muted);
  }
  .provenance .sources a {
    overflow-wrap: anywhere;
  }
  .provenance .sources span + span::before {
    content: ' · ';
  }
  @media print {
    .provenance .sources a::after {
      content: ' <' attr(href) '>';
      overflow-wrap: anywhere;
    }
  }
`;
