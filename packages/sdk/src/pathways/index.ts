/**
 * Complaint pathways: where and how a migrant worker complains, by when, at what cost, with what
 * documents, what protects them meanwhile, and which bodies of their own country can help.
 *
 * - `findPathway` → the ordered steps for (destination, kind of work, problem), or `not-covered`.
 * - `filingDeadline` / `originFilingDeadline` → the last day to file, or why we cannot say.
 * - `limitsInForce` → the claim ceilings and payment caps that apply to a claim.
 * Results speak in codes (`pathways.*`, English in `locales/en/pathways`) and `LocalisedText`.
 *
 * These answer from the data of every country, bundled. `@migrant-rights/sdk/pathways/core` has
 * the same rules given the countries' data (`findPathwayWith`, `filingDeadlineWith`, ...) and
 * loaders that fetch one country at a time (`loadDestinationData`, `loadOriginData`).
 */
export * from './core.js';
export { findPathway, pathwayFor, filingDeadline, originFilingDeadline, BUNDLED_PATHWAY_DATA } from './bundled.js';
export { DESTINATION_DATA, ORIGIN_DATA } from './data/index.js';
