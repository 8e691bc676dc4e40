import { css } from 'lit';

/**
 * The frame every widget but the quick exit draws: the padded grid body (`.base`), the title row with
 * its icon, the section heading and secondary text. Include after `baseStyles` (and `provenanceStyles`), before the
 * widget's own styles, which may add to these rules.
 */
export const layoutStyles = css`
  .base {
    padding: var(--_space);
    display: grid;
    gap: var(--_space);
    min-inline-size: 0;
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
  /* Widgets move focus to the heading when the view changes: no ring then, only for keyboard focus. */
  h3:focus {
    outline: none;
  }
  h3:focus-visible {
    outline: var(--_focus);
  }
  /* Secondary text: where the person is in a form, hints, the privacy line, the translation note. */
  .step-count,
  .hint,
  .field-hint,
  .privacy,
  .translation-note {
    color: var(--_muted);
    margin: 0;
    font-size: 0.9375em;
  }
`;
