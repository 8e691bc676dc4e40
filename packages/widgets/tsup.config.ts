import { defineConfig, type Options } from 'tsup';
import { readFileSync, readdirSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const define = { __MR_VERSION__: JSON.stringify(version) };
const components = readdirSync('src/components');
const cdnEntries = readdirSync('src/cdn').filter((f) => f.endsWith('.ts'));

/** npm build: Lit and the SDK stay external so the host app dedupes them. */
const npm: Options = {
  entry: [
    'src/index.ts',
    ...components.map((c) => `src/components/${c}/${c}.ts`),
    ...components.map((c) => `src/define/${c}.ts`),
  ],
  format: ['esm'],
  dts: true,
  sourcemap: true,
  splitting: true,
  target: 'es2022',
  outDir: 'dist',
  external: ['lit', /^lit\//, /^@lit\//, /^@migrant-rights\/sdk/],
  define,
};

/**
 * CDN builds: one self-contained, minified file per widget plus `all.js`, each built on its
 * own so no widget's file depends on another's. Only non-English catalogues are split into
 * chunks, loaded on demand from the same folder when a page asks for that language.
 */
const cdn: Options[] = cdnEntries.map((file) => ({
  entry: { [file.replace(/\.ts$/, '')]: `src/cdn/${file}` },
  format: ['esm'],
  minify: true,
  splitting: true,
  treeshake: true,
  target: 'es2021',
  // tsup defaults to Node, whose export conditions pull Lit's server build and its DOM shim
  // (~3 KB brotli of dead weight in every file).
  platform: 'browser',
  outDir: 'dist/cdn',
  noExternal: [/.*/],
  define,
  esbuildOptions(options) {
    options.chunkNames = 'chunks/[name]-[hash]';
    options.legalComments = 'none';
  },
}));

/** Not shipped: a bare Lit element built like the CDN files, the baseline for size benchmarks. */
const baseline: Options = { ...cdn[0]!, entry: { 'bare-lit': 'bench/bare-lit.ts' }, outDir: '.baseline' };

export default defineConfig([npm, ...cdn, baseline]);
