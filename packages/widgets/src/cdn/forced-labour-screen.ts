/** One-tag embed: `<script type="module" src=".../cdn/forced-labour-screen.js"></script>`. */
import '../define/forced-labour-screen.js';
