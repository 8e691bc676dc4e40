#!/usr/bin/env node
// For every English catalogue without a file in another locale, writes an empty, honest stub:
// the widgets then show English for that catalogue, flagged as not yet translated, instead of
// failing to build. Translators replace stubs with full files (same keys as English).
import { existsSync, readdirSync, writeFileSync } from 'node:fs';

const dir = 'packages/sdk/src/locales';
const locales = ['ar', 'ne', 'bn', 'hi', 'id', 'fil'];
const files = readdirSync(`${dir}/en`).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
let written = 0;
for (const locale of locales) {
  for (const file of files) {
    const path = `${dir}/${locale}/${file}`;
    if (existsSync(path)) continue;
    writeFileSync(path, `/** Not yet translated: widgets show the English text, marked as untranslated. */\nexport const reviewed = false;\nexport const untranslated = true;\n\nexport default {} as const;\n`);
    written++;
  }
}
console.log(`locale stubs written: ${written}`);
