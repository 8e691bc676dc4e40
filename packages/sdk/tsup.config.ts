import { defineConfig } from 'tsup';
import { existsSync, readdirSync } from 'node:fs';

// One entry per module so each is a subpath export and tree-shakes on its own.
const modules = readdirSync('src').filter((d) => d !== 'locales' && existsSync(`src/${d}/index.ts`));
const locales = readdirSync('src/locales').flatMap((locale) =>
  readdirSync(`src/locales/${locale}`)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => `src/locales/${locale}/${f}`),
);

export default defineConfig({
  entry: ['src/index.ts', ...modules.map((m) => `src/${m}/index.ts`), ...locales],
  format: ['esm'],
  dts: true,
  sourcemap: true,
  splitting: true,
  treeshake: true,
  target: 'es2022',
  outDir: 'dist',
});
