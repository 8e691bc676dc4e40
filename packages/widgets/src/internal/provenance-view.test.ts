import { describe, expect, it } from 'vitest';
import { LitElement, render } from 'lit';
import { LocalizeController } from './localize.js';
import { renderProvenance } from './provenance-view.js';

class Host extends LitElement {}
customElements.define('mr-provenance-host', Host);

describe('renderProvenance', () => {
  it('lets a note and source titles kept in English take their own direction, so an RTL widget keeps their punctuation in place', () => {
    const l10n = new LocalizeController(new Host(), { english: [], loaders: {} });
    const box = document.createElement('div');
    box.dir = 'rtl';
    document.body.append(box);
    render(renderProvenance(l10n, { verification: 'unverified', note: 'Not verified.', sources: [{ title: 'Labour Law.', url: 'https://example.org/law' } as never] }), box);
    const note = box.querySelector('[part=note] span[lang=en]')!;
    const link = box.querySelector('a[lang=en]')!;
    expect([note.getAttribute('dir'), link.getAttribute('dir')]).toEqual(['auto', 'auto']);
    // In the right-to-left widget, English text runs left to right, its full stop at its end.
    expect([getComputedStyle(note).direction, getComputedStyle(link).direction]).toEqual(['ltr', 'ltr']);
    box.remove();
  });
});
