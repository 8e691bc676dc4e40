import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { MrElement } from '../../internal/mr-element.js';
import { LocalizeController } from '../../internal/localize.js';
import { emit } from '../../internal/events.js';
import { safeExitHref } from '../../internal/exit-url.js';
import { baseStyles } from '../../internal/styles.js';
import { quickExitStyles } from './quick-exit.styles.js';
import { catalogues, english } from './quick-exit.locales.js';

/** Every mr- element on the page, also inside other elements' shadow roots. */
function allMrElements(root: Document | ShadowRoot = document): MrElement[] {
  const found: MrElement[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (el instanceof HTMLElement && el.localName.startsWith('mr-') && typeof (el as Partial<MrElement>).clearState === 'function') found.push(el as MrElement);
    if (el.shadowRoot) found.push(...allMrElements(el.shadowRoot));
  }
  return found;
}

/**
 * A visible "leave this page" control for people who may be in danger if seen using these tools.
 * It clears every widget's state on the page, then replaces the page with a neutral one
 * (`location.replace`, so Back does not return here). It says honestly that it does not erase
 * browser history. Pressing Escape twice quickly does the same (turn off with `no-shortcut`).
 *
 * @tag mr-quick-exit
 * @summary Leave the page quickly and clear what was typed.
 *
 * @event mr-quick-exit - Fired just before leaving; widgets have been cleared. `detail: { href }`.
 *
 * @csspart base - The wrapper.
 * @csspart button - The exit button.
 * @csspart note - The honest note about browser history.
 *
 * @cssprop --mr-color-danger - The exit button (its text is always white). Default #b3261e.
 * @cssprop --mr-color-surface - Background of the note. Default #ffffff.
 * @cssprop --mr-color-text - Text of the note. Default #1b1b1f.
 * @cssprop --mr-font-family - Font. Inherits the page's by default.
 * @cssprop --mr-font-size - Base size. Default 1rem.
 * @cssprop --mr-radius - Corner radius. Default 0.5rem.
 * @cssprop --mr-focus-ring - Focus outline. Default 3px solid #ffbf47.
 * @cssprop --mr-quick-exit-inset - Distance from the viewport edge when fixed. Default 0.5rem.
 */
export class MrQuickExit extends MrElement {
  static override styles = [baseStyles, quickExitStyles];

  /** Where to go: a neutral page of the partner's choosing (http, https or relative; anything else becomes `about:blank`). Default `about:blank` (makes no request). */
  @property() href = 'about:blank';

  /** `fixed` keeps the button on screen at the inline-end top corner; `inline` leaves it in the flow. */
  @property({ reflect: true }) placement: 'fixed' | 'inline' = 'fixed';

  /** Disables the double-Escape shortcut. */
  @property({ type: Boolean, attribute: 'no-shortcut' }) noShortcut = false;

  /** How the page is left; replaceable for tests and for apps with their own router. */
  navigate: (href: string) => void = (href) => location.replace(href);

  private readonly l10n = new LocalizeController(this, { english, loaders: catalogues });
  private lastEscape = 0;

  private readonly onKey = (event: KeyboardEvent): void => {
    if (this.noShortcut || event.key !== 'Escape') return;
    const now = event.timeStamp;
    if (now - this.lastEscape < 800) this.exit();
    this.lastEscape = now;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('keydown', this.onKey, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('keydown', this.onKey, true);
  }

  /** Clears every widget on the page and leaves. */
  exit(): void {
    for (const el of allMrElements()) {
      try {
        el.clearState();
      } catch {
        // Leaving matters more than a widget that failed to clear.
      }
    }
    const href = safeExitHref(this.href);
    emit(this, 'mr-quick-exit', { href });
    this.navigate(href);
  }

  override render(): TemplateResult {
    return html`<div part="base" class="base" dir=${this.l10n.dir} lang=${this.l10n.locale}>
      <button type="button" part="button" @click=${() => this.exit()} aria-describedby="note">${this.l10n.t('quickExit.button')}</button>
      <p id="note" part="note" class="note">${this.l10n.t(this.noShortcut ? 'quickExit.note' : 'quickExit.noteWithShortcut')}</p>
    </div>`;
  }
}
