import { MrFrameworksExplorer } from '../components/frameworks-explorer/frameworks-explorer.js';

MrFrameworksExplorer.define('mr-frameworks-explorer');

declare global {
  interface HTMLElementTagNameMap {
    'mr-frameworks-explorer': MrFrameworksExplorer;
  }
}
