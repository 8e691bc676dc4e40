/** One-tag embed: `<script type="module" src=".../cdn/fee-checker.js"></script>` (includes the forced-labour screen). */
import '../define/fee-checker.js';
