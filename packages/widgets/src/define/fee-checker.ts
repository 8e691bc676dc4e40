import { MrFeeChecker } from '../components/fee-checker/fee-checker.js';
import { MrForcedLabourScreen } from '../components/forced-labour-screen/forced-labour-screen.js';

MrFeeChecker.define('mr-fee-checker');
// The checker offers the forced-labour questions as an optional step.
MrForcedLabourScreen.define('mr-forced-labour-screen');

declare global {
  interface HTMLElementTagNameMap {
    'mr-fee-checker': MrFeeChecker;
  }
}
