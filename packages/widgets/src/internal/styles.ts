import { css } from 'lit';

/**
 * Shared design tokens and base styles. Every token is a documented `--mr-*` custom property
 * with a fallback, so partners theme from outside without touching our shadow DOM.
 * The page's font is inherited by default (no web-font is ever loaded).
 */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    max-inline-size: 100%;
    color: var(--mr-color-text, #1b1b1f);
    background: var(--mr-color-surface, #ffffff);
    font-family: var(--mr-font-family, inherit);
    font-size: var(--mr-font-size, 1rem);
    line-height: 1.5;
    --_space: var(--mr-space, 0.75rem);
    --_radius: var(--mr-radius, 0.5rem);
    --_primary: var(--mr-color-primary, #0b5cad);
    --_on-primary: var(--mr-color-on-primary, #ffffff);
    --_muted: var(--mr-color-muted, #4a4f57);
    --_danger: var(--mr-color-danger, #b3261e);
    --_warning: var(--mr-color-warning, #7a4b00);
    --_success: var(--mr-color-success, #1e6b34);
    --_focus: var(--mr-focus-ring, 3px solid #ffbf47);
  }
  :host([hidden]) {
    display: none;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      color: var(--mr-color-text, #eceef2);
      background: var(--mr-color-surface, #16181d);
      --_primary: var(--mr-color-primary, #8ec5ff);
      --_on-primary: var(--mr-color-on-primary, #0b1320);
      --_muted: var(--mr-color-muted, #b8bec8);
      --_danger: var(--mr-color-danger, #ffb4ab);
      --_warning: var(--mr-color-warning, #ffcf73);
      --_success: var(--mr-color-success, #8fd9a2);
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  button {
    font: inherit;
    min-block-size: 44px; /* WCAG 2.5.8 target size, generous for cheap touch screens */
    min-inline-size: 44px;
    padding: 0.5rem 1rem;
    border-radius: var(--_radius);
    border: 2px solid var(--_primary);
    background: var(--_primary);
    color: var(--_on-primary);
    cursor: pointer;
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
  }
  button.secondary {
    background: transparent;
    color: var(--_primary);
  }
  button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  svg.icon {
    inline-size: 1.5em;
    block-size: 1.5em;
    flex: none;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  [dir='rtl'] svg.icon.directional {
    transform: scaleX(-1);
  }
  a {
    color: var(--_primary);
  }
  @media (prefers-reduced-motion: no-preference) {
    button {
      transition: background-color 120ms ease;
    }
  }
  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
    }
  }
`;
