/** One-tag embed: `<script type="module" src=".../cdn/complaint-pathway.js"></script>`. */
import '../define/complaint-pathway.js';
