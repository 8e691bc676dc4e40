/** One-tag embed: `<script type="module" src=".../cdn/frameworks-explorer.js"></script>`. */
import '../define/frameworks-explorer.js';
