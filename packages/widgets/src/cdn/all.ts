/** Every widget in one file, for partners who embed several. */
import '../define/wage-calculator.js';
import '../define/quick-exit.js';
import '../define/frameworks-explorer.js';
import '../define/case-form.js';
import '../define/case-stats.js';
import '../define/complaint-pathway.js';
import '../define/fee-checker.js';
import '../define/forced-labour-screen.js';
import '../define/social-protection.js';
