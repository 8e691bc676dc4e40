/** One-tag embed of the quick-exit control. */
import '../define/quick-exit.js';
