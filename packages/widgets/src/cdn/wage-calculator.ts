/** One-tag embed: `<script type="module" src=".../cdn/wage-calculator.js"></script>`. */
import '../define/wage-calculator.js';
