/**
 * The kernel in one import. Domain modules are separate subpath exports
 * (`@migrant-rights/sdk/wages`, `/fees`, `/pathways`, `/protection`, `/frameworks`, `/cases`) so an app
 * only bundles what it uses.
 */
export * from './money/index.js';
export * from './provenance/index.js';
export * from './dates/index.js';
export * from './geo/index.js';
export * from './i18n/index.js';
