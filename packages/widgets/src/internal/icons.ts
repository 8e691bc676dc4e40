import { html, svg, type TemplateResult } from 'lit';

/**
 * Simple line icons drawn as Lit `svg` templates (no innerHTML, no icon font, no network).
 * Icons support the words next to them; they are hidden from screen readers.
 */
const paths = {
  wallet: svg`<path d="M3 7h15a3 3 0 0 1 3 3v7a3 3 0 0 1-3 3H6a3 3 0 0 1-3-3z"/><path d="M3 7l12-4 1 4"/><circle cx="16.5" cy="13.5" r="1.5"/>`,
  calendar: svg`<rect x="3" y="5" width="18" height="16" rx="2"/><path d="M16 3v4M8 3v4M3 10h18"/>`,
  clock: svg`<circle cx="12" cy="12" r="9"/><path d="M12 7v5l3 2"/>`,
  money: svg`<rect x="2" y="6" width="20" height="12" rx="2"/><circle cx="12" cy="12" r="3"/>`,
  minus: svg`<circle cx="12" cy="12" r="9"/><path d="M8 12h8"/>`,
  globe: svg`<circle cx="12" cy="12" r="9"/><path d="M3 12h18M12 3a14 14 0 0 1 0 18M12 3a14 14 0 0 0 0 18"/>`,
  check: svg`<path d="M4 12l5 5L20 6"/>`,
  warning: svg`<path d="M12 3l10 18H2z"/><path d="M12 10v5M12 18v.01"/>`,
  info: svg`<circle cx="12" cy="12" r="9"/><path d="M12 11v6M12 7v.01"/>`,
  print: svg`<path d="M6 9V3h12v6"/><rect x="3" y="9" width="18" height="8" rx="2"/><path d="M6 14h12v7H6z"/>`,
  copy: svg`<rect x="8" y="8" width="13" height="13" rx="2"/><path d="M16 8V5a2 2 0 0 0-2-2H5a2 2 0 0 0-2 2v9a2 2 0 0 0 2 2h3"/>`,
  next: svg`<path d="M5 12h14M13 6l6 6-6 6"/>`,
  back: svg`<path d="M19 12H5M11 6l-6 6 6 6"/>`,
  restart: svg`<path d="M3 12a9 9 0 1 0 3-6.7"/><path d="M3 3v6h6"/>`,
  briefcase: svg`<rect x="3" y="7" width="18" height="13" rx="2"/><path d="M9 7V4h6v3M3 13h18"/>`,
  home: svg`<path d="M3 11l9-8 9 8"/><path d="M5 10v10h14V10"/>`,
  link: svg`<path d="M10 14a5 5 0 0 0 7 0l3-3a5 5 0 0 0-7-7l-1 1"/><path d="M14 10a5 5 0 0 0-7 0l-3 3a5 5 0 0 0 7 7l1-1"/>`,
  download: svg`<path d="M12 3v12M7 10l5 5 5-5"/><path d="M4 17v3h16v-3"/>`,
} as const;

export type IconName = keyof typeof paths;

export function icon(name: IconName, directional = false): TemplateResult {
  return html`<svg class="icon ${directional ? 'directional' : ''}" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${paths[name]}</svg>`;
}
