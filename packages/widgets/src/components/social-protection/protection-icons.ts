import { html, svg, type TemplateResult } from 'lit';
import type { CoverageLevel } from '@migrant-rights/sdk/protection/core';

/**
 * Marks for coverage levels, drawn like the shared icons (Lit `svg`, no innerHTML, no network).
 * Each level has its own shape, so the finding never rests on colour alone; the words beside
 * them carry the meaning and the pictures are hidden from screen readers.
 */
const paths = {
  /** Covered by law: a shield with a tick. */
  mandatory: svg`<path d="M12 3l8 3v6c0 5-3.5 8-8 9-4.5-1-8-4-8-9V6z"/><path d="M8.5 12l2.5 2.5 4.5-5"/>`,
  /** The employer must pay: a briefcase. */
  'employer-liability': svg`<rect x="3" y="7" width="18" height="13" rx="2"/><path d="M9 7V4h6v3M3 13h18"/>`,
  /** You may join: a plus in a dashed circle. */
  voluntary: svg`<circle cx="12" cy="12" r="9" stroke-dasharray="3 3"/><path d="M12 8v8M8 12h8"/>`,
  /** Excluded by law: a barred circle. */
  excluded: svg`<circle cx="12" cy="12" r="9"/><path d="M5.6 5.6l12.8 12.8"/>`,
  /** No scheme found: a cross in a square. */
  none: svg`<rect x="3" y="3" width="18" height="18" rx="2"/><path d="M8 8l8 8M16 8l-8 8"/>`,
  /** Not known: a question mark. */
  unknown: svg`<circle cx="12" cy="12" r="9"/><path d="M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.6V14M12 17v.01"/>`,
  /** A gap: a shield struck through. */
  gap: svg`<path d="M12 3l8 3v6c0 5-3.5 8-8 9-4.5-1-8-4-8-9V6z"/><path d="M3 3l18 18"/>`,
  /** Different between two countries: two unequal bars. */
  differs: svg`<path d="M4 8h16M4 16h16"/><path d="M15 4l-6 16"/>`,
} as const;

export type ProtectionIcon = keyof typeof paths;

export function levelIcon(name: CoverageLevel | ProtectionIcon): TemplateResult {
  return html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${paths[name]}</svg>`;
}
