import { css } from 'lit';

export const quickExitStyles = css`
  :host {
    background: transparent;
  }
  :host([placement='fixed']) {
    position: fixed;
    inset-block-start: var(--mr-quick-exit-inset, 0.5rem);
    inset-inline-end: var(--mr-quick-exit-inset, 0.5rem);
    z-index: 2147483000;
    max-inline-size: min(16rem, calc(100vw - 1rem));
  }
  .base {
    display: grid;
    gap: 0.25rem;
    justify-items: end;
  }
  button {
    background: var(--_danger);
    border-color: var(--_danger);
    color: #ffffff;
    font-weight: 700;
  }
  /* The dark scheme's danger colour is light (#ffb4ab): white on it is 1.7:1, dark text is 10:1. */
  @media (prefers-color-scheme: dark) {
    button {
      color: #0b1320;
    }
  }
  .note {
    margin: 0;
    font-size: 0.8125em;
    padding: 0.25rem 0.5rem;
    border-radius: var(--_radius);
    background: var(--mr-color-surface, #ffffff);
    color: var(--mr-color-text, #1b1b1f);
  }
  /* Fixed on a phone, the note would cover the page: it shows while the control has focus or hover
     (it stays the button's accessible description either way). */
  :host([placement='fixed']) .note {
    display: none;
  }
  :host([placement='fixed']) .base:hover .note,
  :host([placement='fixed']) .base:focus-within .note {
    display: block;
  }
  @media print {
    :host {
      display: none;
    }
  }
`;
