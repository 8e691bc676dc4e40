import { describe, expect, it } from 'vitest';
import { auditFacts } from '../provenance/index.js';
import { fromUtc } from '../dates/index.js';
import english from '../locales/en/fees.js';
import { FEE_CAP_RULES } from './data/caps/index.js';
import { UNKNOWN_START } from './data/caps/source.js';
import { COST_CATEGORY_FACTS, ILO_DEFINITION, ILO_EMPLOYER_PAYS, SDG_10_7_1, SDG_METHOD } from './data/ilo.js';
import {
  DEBT_BONDAGE_FEE_THRESHOLD,
  FORCED_LABOUR_INDICATOR_IDS,
  FORCED_LABOUR_INDICATORS,
  FORCED_LABOUR_INTERPRETATION,
  FORCED_LABOUR_QUESTION_IDS,
  FORCED_LABOUR_QUESTION_WORDING,
} from './data/forced-labour.js';
import { COST_CATEGORIES, FEE_RULE_DESTINATIONS, feeCapRuleSchema } from './schema.js';

const today = fromUtc(new Date());

describe('fee-cap data', () => {
  it('passes the provenance audit (https sources, no overlaps within a series, no inverted ranges)', () => {
    expect(auditFacts(FEE_CAP_RULES, (r) => r.series, today)).toEqual([]);
  });

  it('names in FEE_RULE_DESTINATIONS exactly the countries of the job its rules name', () => {
    const named = FEE_CAP_RULES.flatMap((r) => (r.jurisdiction === 'destination' ? [r.country] : (r.destinations ?? [])));
    expect([...FEE_RULE_DESTINATIONS]).toEqual([...new Set(named)].sort());
  });

  it('matches the rule schema, with unique ids', () => {
    for (const rule of FEE_CAP_RULES) expect(feeCapRuleSchema.safeParse(rule).success, rule.id).toBe(true);
    expect(new Set(FEE_CAP_RULES.map((r) => r.id)).size).toBe(FEE_CAP_RULES.length);
  });

  it('marks every placeholder start as unknown and explains every inexact date in a note', () => {
    for (const rule of FEE_CAP_RULES) {
      expect(rule.effectiveFrom === UNKNOWN_START, rule.id).toBe(rule.datePrecision === 'unknown');
      if (rule.datePrecision !== 'exact') expect(rule.note, rule.id).toBeTruthy();
    }
  });

  it('keeps "unknown" caps figure-free and explains them', () => {
    const unknown = FEE_CAP_RULES.filter((r) => r.cap.kind === 'unknown');
    expect(unknown.map((r) => r.id).sort()).toEqual(['id-placement-cost-other-jobs', 'my-no-known-rule', 'qa-domestic-workers-law', 'vn-service-charge']);
    for (const rule of unknown) expect(rule.note).toBeTruthy();
  });

  it('covers every origin and destination the issue names', () => {
    const countries = new Set(FEE_CAP_RULES.map((r) => r.country));
    for (const c of ['NP', 'PH', 'BD', 'ID', 'IN', 'LK', 'PK', 'VN', 'KH', 'MM', 'SA', 'AE', 'QA', 'SG', 'HK']) expect(countries.has(c), c).toBe(true);
  });

  it('gives every rule a name in the English catalogue, and every notice a message', () => {
    const messages = english as Record<string, unknown>;
    for (const rule of FEE_CAP_RULES) {
      expect(messages[`fees.rule.${rule.id}`], rule.id).toBeDefined();
      for (const n of rule.notices ?? []) expect(messages[n.code], n.code).toBeDefined();
      if (rule.cap.kind === 'fixed' && rule.cap.uncheckedLimit) expect(messages[rule.cap.uncheckedLimit]).toBeDefined();
    }
  });
});

describe('ILO, SDG and forced-labour facts', () => {
  it('pass the provenance audit', () => {
    expect(auditFacts(COST_CATEGORY_FACTS, (f) => f.id, today)).toEqual([]);
    const singles = { ILO_EMPLOYER_PAYS, ILO_DEFINITION, SDG_10_7_1, SDG_METHOD, FORCED_LABOUR_INDICATORS, FORCED_LABOUR_INTERPRETATION, FORCED_LABOUR_QUESTION_WORDING, DEBT_BONDAGE_FEE_THRESHOLD };
    expect(auditFacts(Object.values(singles), (f) => Object.entries(singles).find(([, v]) => v === f)![0], today)).toEqual([]);
  });

  it('has one fact per ILO category, and carries the research verdict that the category list is unverified (§1.3: U)', () => {
    expect(COST_CATEGORY_FACTS.map((f) => f.id)).toEqual([...COST_CATEGORIES]);
    for (const f of COST_CATEGORY_FACTS) expect(f.verification, f.id).toBe('unverified');
  });

  it('keeps the official facts official and the memory-based ones unverified', () => {
    expect(ILO_EMPLOYER_PAYS.verification).toBe('official');
    expect(SDG_10_7_1.verification).toBe('official');
    expect(FORCED_LABOUR_INDICATORS.verification).toBe('official');
    expect(SDG_METHOD.verification).toBe('unverified');
    expect(FORCED_LABOUR_QUESTION_WORDING.verification).toBe('unverified');
  });

  it('records the debt-bondage threshold as a project policy without a source', () => {
    expect(DEBT_BONDAGE_FEE_THRESHOLD.sources).toEqual([]);
    expect(DEBT_BONDAGE_FEE_THRESHOLD.verification).toBe('unverified');
    expect(DEBT_BONDAGE_FEE_THRESHOLD.note).toMatch(/project policy/i);
  });

  it('lists the eleven ILO indicators, each with questions', () => {
    expect(FORCED_LABOUR_INDICATOR_IDS).toHaveLength(11);
    expect(new Set(FORCED_LABOUR_QUESTION_IDS).size).toBe(FORCED_LABOUR_QUESTION_IDS.length);
  });
});
