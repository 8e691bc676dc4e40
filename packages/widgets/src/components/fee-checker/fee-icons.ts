import { html, svg, type TemplateResult } from 'lit';
import type { PaymentPurpose } from '@migrant-rights/sdk/fees';

/**
 * Pictures for what a payment paid for, drawn like the shared icons (Lit `svg`, no innerHTML,
 * no network). They support the words beside them and are hidden from screen readers.
 */
const paths = {
  person: svg`<circle cx="12" cy="7" r="4"/><path d="M4 21a8 8 0 0 1 16 0"/>`,
  passport: svg`<rect x="5" y="3" width="14" height="18" rx="2"/><circle cx="12" cy="10" r="3"/><path d="M9 16h6"/>`,
  document: svg`<path d="M6 3h9l4 4v14H6z"/><path d="M14 3v5h5M9 13h7M9 17h7"/>`,
  stamp: svg`<path d="M9 3h6v6l-1 3h4v4H6v-4h4L9 9z"/><path d="M5 20h14"/>`,
  medical: svg`<rect x="3" y="3" width="18" height="18" rx="3"/><path d="M12 8v8M8 12h8"/>`,
  shield: svg`<path d="M12 3l8 3v6c0 5-3.5 8-8 9-4.5-1-8-4-8-9V6z"/>`,
  pencil: svg`<path d="M4 20l4-1 11-11-3-3L5 16z"/><path d="M14 6l3 3"/>`,
  book: svg`<path d="M4 5a2 2 0 0 1 2-2h13v16H6a2 2 0 0 0-2 2z"/><path d="M4 21V5M8 7h7"/>`,
  tool: svg`<path d="M14 6a4 4 0 0 0 5 5L11 19a2 2 0 0 1-3-3z"/>`,
  plane: svg`<path d="M2 14l20-8-6 14-3-6z"/><path d="M13 14l9-8"/>`,
  bus: svg`<rect x="4" y="3" width="16" height="14" rx="2"/><path d="M4 11h16M7 17v3M17 17v3"/>`,
  bed: svg`<path d="M3 18V6M3 13h18v5M21 13a3 3 0 0 0-3-3h-8v3"/><circle cx="6.5" cy="10" r="1.5"/>`,
  lock: svg`<rect x="5" y="11" width="14" height="10" rx="2"/><path d="M8 11V7a4 4 0 0 1 8 0v4"/>`,
  coins: svg`<ellipse cx="9" cy="7" rx="6" ry="3"/><path d="M3 7v5c0 1.7 2.7 3 6 3M15 10v0"/><ellipse cx="15" cy="14" rx="6" ry="3"/><path d="M9 14v3c0 1.7 2.7 3 6 3s6-1.3 6-3v-3"/>`,
  envelope: svg`<rect x="3" y="5" width="18" height="14" rx="2"/><path d="M3 7l9 6 9-6"/>`,
  question: svg`<circle cx="12" cy="12" r="9"/><path d="M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.6V14M12 17v.01"/>`,
  plus: svg`<path d="M12 5v14M5 12h14"/>`,
  edit: svg`<path d="M4 20h4L19 9l-4-4L4 16z"/>`,
  trash: svg`<path d="M4 7h16M9 7V4h6v3M6 7l1 13h10l1-13"/>`,
  scale: svg`<path d="M12 3v18M5 21h14M5 7h14"/><path d="M5 7l-3 7a3 3 0 0 0 6 0zM19 7l-3 7a3 3 0 0 0 6 0z"/>`,
  chat: svg`<path d="M4 5h16v11H9l-5 4z"/>`,
} as const;

export type FeeIconName = keyof typeof paths;

export function feeIcon(name: FeeIconName): TemplateResult {
  return html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${paths[name]}</svg>`;
}

const PURPOSE_ICON: Readonly<Record<PaymentPurpose, FeeIconName>> = {
  'agency-service': 'person',
  visa: 'stamp',
  'work-permit': 'stamp',
  passport: 'passport',
  documents: 'document',
  'government-registration': 'document',
  'welfare-fund': 'shield',
  'medical-exam': 'medical',
  insurance: 'shield',
  'skills-test': 'pencil',
  training: 'book',
  equipment: 'tool',
  'air-ticket': 'plane',
  'local-travel': 'bus',
  accommodation: 'bed',
  deposit: 'lock',
  bond: 'lock',
  'loan-repayment': 'coins',
  'unofficial-payment': 'envelope',
  other: 'question',
};

export function purposeIcon(purpose: PaymentPurpose): TemplateResult {
  return feeIcon(PURPOSE_ICON[purpose]);
}
