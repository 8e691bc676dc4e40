// Baseline for size and first-render benchmarks: the smallest useful Lit element, built exactly
// like our CDN files, so a widget's cost can be read as "Lit itself" + "our code".
import { LitElement, html, css } from 'lit';

class BareLit extends LitElement {
  static override styles = css`:host { display: block; }`;
  override render() {
    return html`<p>Hello</p>`;
  }
}
if (!customElements.get('bare-lit')) customElements.define('bare-lit', BareLit);
