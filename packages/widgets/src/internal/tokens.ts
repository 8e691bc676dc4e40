/**
 * The documented theming tokens: the `--mr-*` CSS custom properties every widget honours through
 * `baseStyles`. This list is the single source of truth:
 * - `tokens.test.ts` fails when a style uses a `--mr-*` token that is neither listed here nor in that
 *   component's `@cssprop` JSDoc, when a component honours a token its `@cssprop` tags omit, and when a
 *   token listed here (or in a `@cssprop` tag) is used by no style;
 * - `scripts/check-tokens.mjs` (in the widgets' `lint`) fails when README's theming table differs from it.
 *
 * Component-specific tokens (e.g. `--mr-quick-exit-inset`) are documented only with `@cssprop` on their
 * component. `default` is the light-scheme fallback in `baseStyles`; dark defaults differ.
 * Keep this file free of imports: the Node check transpiles it on its own.
 */
export interface ThemeToken {
  readonly name: `--mr-${string}`;
  /** One line: what the token changes. */
  readonly description: string;
  /** The fallback when the page sets nothing (light colour scheme). */
  readonly default: string;
}

export const THEME_TOKENS: readonly ThemeToken[] = [
  { name: '--mr-color-primary', description: 'Buttons, links, progress and selected states', default: '#0b5cad' },
  { name: '--mr-color-on-primary', description: 'Text and icons on the primary colour', default: '#ffffff' },
  { name: '--mr-color-surface', description: 'Background of the widget and its fields', default: '#ffffff' },
  { name: '--mr-color-text', description: 'Body text', default: '#1b1b1f' },
  { name: '--mr-color-muted', description: 'Secondary text and borders', default: '#4a4f57' },
  { name: '--mr-color-danger', description: 'Errors, exceeded limits, passed deadlines, the exit button', default: '#b3261e' },
  { name: '--mr-color-warning', description: 'Unverified facts and other caveats', default: '#7a4b00' },
  { name: '--mr-color-success', description: 'Completed steps and favourable results', default: '#1e6b34' },
  { name: '--mr-font-family', description: 'Font; the page’s font unless set', default: 'inherit' },
  { name: '--mr-font-size', description: 'Base font size', default: '1rem' },
  { name: '--mr-radius', description: 'Corner radius of buttons, fields and cards', default: '0.5rem' },
  { name: '--mr-space', description: 'Base spacing unit', default: '0.75rem' },
  { name: '--mr-focus-ring', description: 'Keyboard focus outline', default: '3px solid #ffbf47' },
];
