/** One-tag embed: `<script type="module" src=".../cdn/case-form.js"></script>`. */
import '../define/case-form.js';
