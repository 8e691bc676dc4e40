import { MrFeeChecker } from '../components/fee-checker/fee-checker.js';

MrFeeChecker.define('mr-fee-checker');
// The forced-labour questions the checker offers after a result come with its rules (engine.ts):
// the checker registers <mr-forced-labour-screen> itself when the person opens them.

declare global {
  interface HTMLElementTagNameMap {
    'mr-fee-checker': MrFeeChecker;
  }
}
