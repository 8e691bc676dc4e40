import { MrCaseStats } from '../components/case-stats/case-stats.js';

MrCaseStats.define('mr-case-stats');

declare global {
  interface HTMLElementTagNameMap {
    'mr-case-stats': MrCaseStats;
  }
}
