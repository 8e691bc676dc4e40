import { defineConfig } from 'tsup';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';
import type { Options } from 'tsup';

type Plugin = NonNullable<Options['esbuildPlugins']>[number];

/**
 * Lets bundlers drop zod schemas a widget never uses. Schemas are built at module top level, and a
 * bundler cannot know that `z.object({ ...shape })` has no side effects, so every widget that used
 * any export of a module (a pathway, a coverage matrix) also carried zod (~6 KB brotli) without
 * ever validating anything. In files that import zod/mini, each top-level `const` whose value is
 * computed by calls is wrapped in a `/* @__PURE__ *\/` arrow call, which tree-shakes when unused.
 * Source, types and tests are untouched; only the emitted JavaScript changes.
 */
const pureTopLevelSchemas: Plugin = {
  name: 'pure-top-level-schemas',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes("from 'zod/mini'")) return undefined;
      const file = ts.createSourceFile(args.path, source, ts.ScriptTarget.Latest, true);
      const hasCall = (node: ts.Node): boolean =>
        ts.isCallExpression(node) || ts.isNewExpression(node) || ts.isSpreadElement(node) || ts.isSpreadAssignment(node) || ts.forEachChild(node, hasCall) === true;
      const spans: Array<[number, number]> = [];
      for (const statement of file.statements) {
        if (!ts.isVariableStatement(statement)) continue;
        for (const declaration of statement.declarationList.declarations) {
          const init = declaration.initializer;
          if (init && !ts.isArrowFunction(init) && !ts.isFunctionExpression(init) && hasCall(init)) spans.push([init.getStart(file), init.getEnd()]);
        }
      }
      let contents = source;
      for (const [from, to] of spans.reverse()) {
        contents = `${contents.slice(0, from)}/* @__PURE__ */ (() => (${contents.slice(from, to)}))()${contents.slice(to)}`;
      }
      return { contents, loader: 'ts' };
    });
  },
};

// One entry per module so each is a subpath export and tree-shakes on its own.
const modules = readdirSync('src').filter((d) => d !== 'locales' && existsSync(`src/${d}/index.ts`));
const locales = readdirSync('src/locales').flatMap((locale) =>
  readdirSync(`src/locales/${locale}`)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => `src/locales/${locale}/${f}`),
);

// A module's `core.ts`, where it has one, is its rules without bundled data (`<module>/core`).
const cores = modules.filter((m) => existsSync(`src/${m}/core.ts`)).map((m) => `src/${m}/core.ts`);
// A module's `choices.ts`, where it has one, is what a person can pick before its data or schemas are needed
// (`<module>/choices`): lists and limits, without zod.
const choices = modules.filter((m) => existsSync(`src/${m}/choices.ts`)).map((m) => `src/${m}/choices.ts`);

export default defineConfig({
  entry: ['src/index.ts', ...modules.map((m) => `src/${m}/index.ts`), ...cores, ...choices, ...locales],
  format: ['esm'],
  dts: true,
  sourcemap: true,
  splitting: true,
  treeshake: true,
  target: 'es2022',
  outDir: 'dist',
  esbuildPlugins: [pureTopLevelSchemas],
  // Shared code and the per-country data fetched on demand live apart from the subpath entries.
  esbuildOptions(options) {
    options.chunkNames = 'chunks/[name]-[hash]';
  },
});
