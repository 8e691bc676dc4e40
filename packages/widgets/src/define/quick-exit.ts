import { MrQuickExit } from '../components/quick-exit/quick-exit.js';

MrQuickExit.define('mr-quick-exit');

declare global {
  interface HTMLElementTagNameMap {
    'mr-quick-exit': MrQuickExit;
  }
}
