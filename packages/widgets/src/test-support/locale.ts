/**
 * Test support (never bundled): asserts a text is in the reader's script where that locale's
 * catalogues are translated, and otherwise that the widget honestly says parts are still in
 * English. Translations land catalogue by catalogue; this keeps both states tested.
 */
import { expect } from 'vitest';
import type { LocalizeController } from '../internal/localize.js';

export function expectScript(el: Element, text: string | null | undefined, script: RegExp): void {
  const l10n = (el as unknown as { l10n: LocalizeController }).l10n;
  if (l10n.complete) {
    expect(text ?? '').toMatch(script);
  } else {
    expect(l10n.reviewed).toBe(false);
    expect(el.shadowRoot!.textContent).toContain(l10n.t('ui.translationDraft'));
  }
}
