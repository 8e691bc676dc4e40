import { MrForcedLabourScreen } from '../components/forced-labour-screen/forced-labour-screen.js';

MrForcedLabourScreen.define('mr-forced-labour-screen');

declare global {
  interface HTMLElementTagNameMap {
    'mr-forced-labour-screen': MrForcedLabourScreen;
  }
}
