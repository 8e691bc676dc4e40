/**
 * The case schema as JSON Schema (draft 2020-12) for other tools (Uwazi importers, ODK, R, Python).
 * Kept in its own file so widget bundles, which never need it, tree-shake it away.
 * Checks written as code (real calendar dates, date order, consent for identifiers) cannot all be
 * expressed in JSON Schema: the patterns below are the structural part, validateCase the authority.
 */
import * as z from 'zod/mini';
import {
  caseIdSchema,
  caseSchema,
  countrySchema,
  currencySchema,
  partialDateSchema,
  PATTERNS,
  problemIdSchema,
  CASE_SCHEMA_VERSION,
} from './schema.js';

export function caseJsonSchema(): Record<string, unknown> {
  // A local registry (not zod's global one) so that importing this file changes nothing elsewhere.
  const metadata = z.registry<{ pattern: string; description: string }>();
  metadata.add(partialDateSchema, { pattern: PATTERNS.partialDate.source, description: 'YYYY, YYYY-MM or YYYY-MM-DD' });
  metadata.add(countrySchema, { pattern: PATTERNS.country.source, description: 'ISO 3166-1 alpha-2 country code' });
  metadata.add(currencySchema, { pattern: PATTERNS.currency.source, description: 'ISO 4217 currency code' });
  metadata.add(caseIdSchema, { pattern: PATTERNS.caseId.source, description: 'random case id, never derived from identity' });
  metadata.add(problemIdSchema, { pattern: PATTERNS.problemId.source, description: 'pathway problem id' });
  return {
    ...z.toJSONSchema(caseSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any', metadata }),
    title: `Migrant Rights Kit case, schema version ${CASE_SCHEMA_VERSION}`,
  };
}
