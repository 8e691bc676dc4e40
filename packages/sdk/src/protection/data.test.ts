import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DESTINATIONS } from '../geo/index.js';
import { formatMessage } from '../i18n/index.js';
import type { Message } from '../i18n/index.js';
import en, * as enModule from '../locales/en/protection.js';
import { auditFacts } from '../provenance/index.js';
import { ALL_PROTECTION, protectionConditions, protectionFacts } from './audit.js';
import { AGREEMENTS, DESTINATION_PROTECTION, ENCODED_ON, ORIGIN_PROTECTION } from './data/index.js';
import { formatConditionParams } from './format.js';
import {
  AGREEMENT_KINDS,
  BRANCHES,
  COVERAGE_LEVELS,
  DATE_CERTAINTIES,
  EXTRA_KINDS,
  SIDES,
  agreementSchema,
  countryProtectionSchema,
} from './schema.js';

const catalogue: Readonly<Record<string, Message>> = en;

describe('protection data', () => {
  it('covers every destination the kit serves, and the seven origins of the brief', () => {
    expect(Object.keys(DESTINATION_PROTECTION).sort()).toEqual([...DESTINATIONS].sort());
    expect(Object.keys(ORIGIN_PROTECTION).sort()).toEqual(['BD', 'ID', 'IN', 'LK', 'NP', 'PH', 'PK']);
  });

  it.each(ALL_PROTECTION.map((d) => [d.country, d] as const))('%s matches the schema and its own country and side', (country, data) => {
    const parsed = countryProtectionSchema.safeParse(data);
    expect(parsed.success ? [] : parsed.error.issues.map((i) => i.path.join('.'))).toEqual([]);
    for (const scheme of data.schemes) {
      expect(scheme.id.startsWith(`${country}.`)).toBe(true);
      expect(scheme.country).toBe(country);
      // A country file holds its own side's schemes, plus bilateral ones that name their partner.
      expect(scheme.side === data.side || (scheme.side === 'bilateral' && !!scheme.partner), scheme.id).toBe(true);
    }
    for (const finding of data.findings) expect([finding.country, finding.side]).toEqual([country, data.side]);
  });

  it('agreements match the schema', () => {
    for (const a of AGREEMENTS) expect(agreementSchema.safeParse(a).success, a.id).toBe(true);
  });

  it('passes the provenance audit: https sources, sourceless only if unverified with a note, no overlaps, no inverted ranges', () => {
    expect(auditFacts(protectionFacts(), (f) => f.key, ENCODED_ON)).toEqual([]);
  });

  it('keeps every scheme entry inside its scheme’s period and categories', () => {
    for (const data of ALL_PROTECTION) {
      for (const scheme of data.schemes) {
        for (const entry of [...scheme.branches, ...scheme.extras]) {
          const where = `${scheme.id} ${'branch' in entry ? entry.branch : entry.kind}`;
          expect(entry.effectiveFrom >= scheme.effectiveFrom, where).toBe(true);
          if (scheme.effectiveTo) expect(!!entry.effectiveTo && entry.effectiveTo <= scheme.effectiveTo, where).toBe(true);
          for (const c of entry.workerCategories ?? []) expect(scheme.workerCategories, where).toContain(c);
        }
      }
    }
  });

  it('explains every date that is not a real start date, and every unverified fact', () => {
    const unexplained = protectionFacts()
      .filter((f) => ((f as { effectiveFromCertainty?: string }).effectiveFromCertainty || f.verification === 'unverified') && !f.note)
      .map((f) => f.key);
    expect(unexplained).toEqual([]);
  });

  it('stores only the https addresses the research gives, never an http one', () => {
    for (const fact of protectionFacts()) for (const s of fact.sources) expect(s.url.startsWith('https://'), fact.key).toBe(true);
  });

  it('has an English message for every condition, whose placeholders the condition fills', () => {
    for (const { where, condition } of protectionConditions()) {
      const message = catalogue[condition.code];
      expect(message, `${where}: ${condition.code}`).toBeDefined();
      const params = formatConditionParams(condition, 'en');
      const text = formatMessage(message!, params, 'en');
      expect(text, `${where}: ${condition.code}`).not.toMatch(/\{\w+\}/);
    }
  });

  it('has an English message for every code the rules emit and every label a widget needs', () => {
    const source = readFileSync(new URL('./coverage.ts', import.meta.url), 'utf8');
    const literal = [...source.matchAll(/'(protection\.[a-zA-Z.-]+)'/g)].map((m) => m[1]!);
    const templated = [
      ...['excluded', 'none', 'unknown'].map((k) => `protection.gap.${k}`),
      ...['global', 'both-parties', 'one-party', 'if-origin-is-party'].map((k) => `protection.agreement.match.${k}`),
      ...BRANCHES.map((b) => `protection.branch.${b}`),
      ...COVERAGE_LEVELS.map((l) => `protection.level.${l}`),
      ...SIDES.map((x) => `protection.side.${x}`),
      ...EXTRA_KINDS.map((k) => `protection.extra.${k}`),
      ...AGREEMENT_KINDS.map((k) => `protection.agreement.kind.${k}`),
      ...DATE_CERTAINTIES.map((d) => `protection.dateCertainty.${d}`),
    ];
    expect(literal.length).toBeGreaterThan(8);
    expect([...literal, ...templated].filter((code) => !catalogue[code])).toEqual([]);
    expect(enModule.reviewed).toBe(true);
  });
});
