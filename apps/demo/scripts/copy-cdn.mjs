// Copies the widgets' built CDN files next to the demo pages, as a partner would host them.
import { cpSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const from = fileURLToPath(new URL('../../../packages/widgets/dist/cdn', import.meta.url));
const to = fileURLToPath(new URL('../public/cdn', import.meta.url));
rmSync(to, { recursive: true, force: true });
cpSync(from, to, { recursive: true });
console.log(`demo: copied ${from} -> ${to}`);
