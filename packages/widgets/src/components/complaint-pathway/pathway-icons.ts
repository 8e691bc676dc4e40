import { html, svg, type TemplateResult } from 'lit';
import type { Problem } from '@migrant-rights/sdk/pathways/core';

/**
 * Pictures for problems, channels and parts of a step, drawn like the shared icons (Lit `svg`,
 * no innerHTML, no network). They support the words beside them and are hidden from screen readers.
 */
const paths = {
  wallet: svg`<path d="M3 7h15a3 3 0 0 1 3 3v7a3 3 0 0 1-3 3H6a3 3 0 0 1-3-3z"/><path d="M3 7l12-4 1 4"/><circle cx="16.5" cy="13.5" r="1.5"/>`,
  scale: svg`<path d="M12 3v18M5 21h14M5 7h14"/><path d="M5 7l-3 7a3 3 0 0 0 6 0zM19 7l-3 7a3 3 0 0 0 6 0z"/>`,
  gift: svg`<rect x="3" y="8" width="18" height="13" rx="1"/><path d="M3 12h18M12 8v13M12 8c-2-4-6-4-6-1s6 1 6 1 6 2 6-1-4-3-6 1"/>`,
  passport: svg`<rect x="5" y="3" width="14" height="18" rx="2"/><circle cx="12" cy="10" r="3"/><path d="M9 16h6"/>`,
  document: svg`<path d="M6 3h9l4 4v14H6z"/><path d="M14 3v5h5M9 13h7M9 17h7"/>`,
  clock: svg`<circle cx="12" cy="12" r="9"/><path d="M12 7v5l3 2"/>`,
  shield: svg`<path d="M12 3l8 3v6c0 5-3.5 8-8 9-4.5-1-8-4-8-9V6z"/>`,
  door: svg`<path d="M5 21V3h10v18"/><path d="M15 5h4v16H3"/><path d="M11 12h.01"/>`,
  coins: svg`<ellipse cx="9" cy="7" rx="6" ry="3"/><path d="M3 7v5c0 1.7 2.7 3 6 3"/><ellipse cx="15" cy="14" rx="6" ry="3"/><path d="M9 14v3c0 1.7 2.7 3 6 3s6-1.3 6-3v-3"/>`,
  globe: svg`<circle cx="12" cy="12" r="9"/><path d="M3 12h18M12 3a14 14 0 0 1 0 18M12 3a14 14 0 0 0 0 18"/>`,
  phone: svg`<path d="M5 3h4l2 5-3 2a11 11 0 0 0 6 6l2-3 5 2v4a2 2 0 0 1-2 2A17 17 0 0 1 3 5a2 2 0 0 1 2-2z"/>`,
  mobile: svg`<rect x="6" y="2" width="12" height="20" rx="2"/><path d="M11 18h2"/>`,
  pin: svg`<path d="M12 21s7-6.2 7-12a7 7 0 0 0-14 0c0 5.8 7 12 7 12z"/><circle cx="12" cy="9" r="2.5"/>`,
  envelope: svg`<rect x="3" y="5" width="18" height="14" rx="2"/><path d="M3 7l9 6 9-6"/>`,
  people: svg`<circle cx="9" cy="8" r="3"/><path d="M3 20a6 6 0 0 1 12 0"/><circle cx="17" cy="9" r="2.5"/><path d="M15.5 14.5A5 5 0 0 1 21 19"/>`,
  hourglass: svg`<path d="M6 3h12M6 21h12M7 3c0 5 10 5 10 9s-10 4-10 9M17 3c0 5-10 5-10 9s10 4 10 9"/>`,
  eye: svg`<path d="M2 12s4-7 10-7 10 7 10 7-4 7-10 7S2 12 2 12z"/><circle cx="12" cy="12" r="3"/>`,
  flag: svg`<path d="M5 21V4M5 4h12l-2 4 2 4H5"/>`,
  help: svg`<circle cx="12" cy="12" r="9"/><path d="M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.6V14M12 17v.01"/>`,
  language: svg`<path d="M3 5h10M8 3v2M5 5c1 4 4 7 7 8M11 5c-1 4-4 7-7 8"/><path d="M13 21l4-9 4 9M14.5 18h5"/>`,
} as const;

export type PathwayIconName = keyof typeof paths;

export function pathwayIcon(name: PathwayIconName): TemplateResult {
  return html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${paths[name]}</svg>`;
}

export const PROBLEM_ICON: Readonly<Record<Problem, PathwayIconName>> = {
  'unpaid-wages': 'wallet',
  underpayment: 'scale',
  'end-of-service-unpaid': 'gift',
  'documents-withheld': 'passport',
  'contract-substitution': 'document',
  'excessive-hours': 'clock',
  'abuse-violence': 'shield',
  'change-employer-or-leave': 'door',
  'recruitment-fees': 'coins',
};

export const CHANNEL_ICON: Readonly<Record<'online' | 'phone' | 'app' | 'in-person' | 'email', PathwayIconName>> = {
  online: 'globe',
  phone: 'phone',
  app: 'mobile',
  'in-person': 'pin',
  email: 'envelope',
};
