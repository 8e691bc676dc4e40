import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import english from '../locales/en/cases.js';
import * as catalogueModule from '../locales/en/cases.js';
import { ACTION_OUTCOMES, AGE_BANDS, CASE_STATUSES, CONSENT_SCOPES, GENDERS, MIGRATION_STATUSES, REFERRAL_KINDS, SECTORS, VIOLATION_TYPES } from './index.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const sources = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('.bench.ts'))
  .map((f) => readFileSync(here + f, 'utf8'));

describe('English catalogue of the cases module', () => {
  it('has a message for every code the module emits', () => {
    // Codes appear in the sources as string literals; the generic ones come from i18n.issueToCoded.
    const emitted = new Set(sources.flatMap((s) => [...s.matchAll(/'((?:cases|error)\.[A-Za-z.]+)'/g)].map((m) => m[1]!)));
    for (const code of ['error.required', 'error.invalid', 'error.tooSmall', 'error.tooBig', 'error.format', 'error.choice']) emitted.add(code);
    expect(emitted.size).toBeGreaterThan(30);
    const missing = [...emitted].filter((code) => !(code in english));
    expect(missing).toEqual([]);
  });

  it('labels every thesaurus value', () => {
    const ids = [
      ...VIOLATION_TYPES.map((v) => `cases.violation.${v}`),
      ...SECTORS.map((v) => `cases.sector.${v}`),
      ...CASE_STATUSES.map((v) => `cases.status.${v}`),
      ...CONSENT_SCOPES.map((v) => `cases.consentScope.${v}`),
      ...GENDERS.map((v) => `cases.gender.${v}`),
      ...AGE_BANDS.map((v) => `cases.ageBand.${v}`),
      ...MIGRATION_STATUSES.map((v) => `cases.migrationStatus.${v}`),
      ...ACTION_OUTCOMES.map((v) => `cases.outcome.${v}`),
      ...REFERRAL_KINDS.map((v) => `cases.referral.${v}`),
    ];
    expect(ids.filter((id) => !(id in english))).toEqual([]);
  });

  it('is marked reviewed and uses only placeholders the code passes', () => {
    expect(catalogueModule.reviewed).toBe(true);
    const allowed = new Set(['minimum', 'maximum', 'version', 'column', 'expected', 'found', 'item', 'firstRow', 'count', 'currency', 'from', 'to', 'total']);
    for (const message of Object.values(english)) {
      const texts = typeof message === 'string' ? [message] : Object.values(message);
      for (const text of texts) for (const [, name] of text.matchAll(/\{(\w+)\}/g)) expect(allowed).toContain(name);
    }
  });
});
