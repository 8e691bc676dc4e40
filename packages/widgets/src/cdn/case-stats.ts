/** One-tag embed: `<script type="module" src=".../cdn/case-stats.js"></script>`. */
import '../define/case-stats.js';
