/** One-tag embed: `<script type="module" src=".../cdn/social-protection.js"></script>`. */
import '../define/social-protection.js';
