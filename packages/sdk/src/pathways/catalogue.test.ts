import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import english, { reviewed } from '../locales/en/pathways.js';
import { DESTINATIONS } from '../geo/index.js';
import { codes } from './codes.js';
import { filingDeadline, findPathway } from './bundled.js';
import { DESTINATION_DATA, ORIGIN_DATA } from './data/index.js';
import * as s from './schema.js';

/** Every message id the module can hand to a widget. */
function expectedIds(): Set<string> {
  const ids = new Set<string>();
  const all = <T>(values: readonly T[], f: (v: T) => string) => values.forEach((v) => ids.add(f(v)));
  all(s.PROBLEMS, codes.problem);
  all(s.WORKER_CATEGORIES, codes.category);
  all(s.STAGES, codes.stage);
  all(s.CONDITIONS, codes.condition);
  all(s.CHANNEL_KINDS, codes.channelKind);
  all(s.CHANNEL_USES, codes.channelUse);
  all(['sms', 'whatsapp'] as const, codes.channelVia);
  all(['in-country', 'abroad'] as const, codes.channelDialFrom);
  all(s.FILERS, codes.filer);
  all(s.DOCUMENTS, codes.document);
  all(s.SAFETY_NOTES, codes.safety);
  all(['free', 'fee', 'unknown'] as const, codes.cost);
  all(s.LIMIT_KINDS, codes.limit);
  all(s.LIMIT_CONDITIONS, codes.limitCondition);
  all(s.PROTECTIONS, codes.protection);
  all(s.REMARKS, codes.remark);
  all(s.ORIGIN_BODY_KINDS, codes.bodyKind);
  all(s.ORIGIN_WHERE, codes.where);
  all(s.ELIGIBILITY, codes.eligibility);
  all(s.DATE_CERTAINTIES, codes.certainty);
  all(['deadline', 'unverified', 'not-started', 'needs-date', 'no-statutory-limit-found', 'no-rule-for-date', 'not-covered', 'invalid'], codes.deadlineStatus);
  all(['incidentOn', 'employmentEndedOn'] as const, codes.deadlineNeeds);
  all(s.PERIOD_KINDS, (k) => `pathways.period.${k}`);
  all(s.PERIOD_UNITS, (u) => `pathways.duration.${u}`);
  all(s.PERIOD_UNITS, (u) => `pathways.durationRange.${u}`);
  all(s.PERIOD_STARTS, (f) => `pathways.from.${f}`);
  for (const unit of s.DEADLINE_UNITS) all(s.DEADLINE_ANCHORS, (a) => `pathways.rule.${unit}.${a}`);
  const rules = [...Object.values(DESTINATION_DATA), ...Object.values(ORIGIN_DATA)].flatMap((d) => d.deadlines);
  all([...rules.flatMap((r) => r.caveats), 'confirm', 'act-quickly'], codes.caveat);
  for (const id of [codes.daysLeft, codes.expired, codes.freeUpTo, codes.limitMonths, codes.open24h]) ids.add(id);
  // Codes written out in the rules themselves.
  for (const file of readdirSync(import.meta.dirname).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
    for (const m of readFileSync(join(import.meta.dirname, file), 'utf8').matchAll(/'(pathways\.[A-Za-z0-9.-]+)'/g)) ids.add(m[1]!);
  }
  return ids;
}

describe('English catalogue of the pathways module', () => {
  it('is reviewed and has a message for every id the module emits, and no stale ones', () => {
    expect(reviewed).toBe(true);
    const expected = [...expectedIds()].sort();
    expect(expected.filter((id) => !(id in english))).toEqual([]);
    expect(Object.keys(english).filter((id) => !expected.includes(id))).toEqual([]);
  });

  it('can say every code that findPathway and filingDeadline return', () => {
    const found = new Set<string>();
    const collect = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === 'object') {
        const { code } = value as { code?: unknown };
        if (typeof code === 'string' && code.startsWith('pathways.')) found.add(code);
        Object.values(value).forEach(collect);
      }
    };
    for (const destination of [...DESTINATIONS, 'TW']) {
      for (const workerCategory of s.WORKER_CATEGORIES) {
        for (const problem of s.PROBLEMS) {
          for (const origin of [...s.PATHWAY_ORIGINS, 'PK']) collect(findPathway({ destination, origin, workerCategory, problem }));
          for (const dates of [{ today: '2025-06-01' }, { today: '2025-06-01', incidentOn: '2024-01-31', employmentEndedOn: '2024-02-29' }, { today: '2025-06-01', employmentEndedOn: '2025-07-01' }]) {
            collect(filingDeadline({ destination, workerCategory, problem, ...dates }));
          }
        }
      }
    }
    expect(found.size).toBeGreaterThan(15);
    expect([...found].filter((id) => !(id in english))).toEqual([]);
  });

  it('uses in each message only the parameters the module supplies', () => {
    const allowed = ['count', 'min', 'max', 'amount', 'date', 'duration', 'from', 'destination', 'origin', 'field', 'changedOn'];
    for (const [id, message] of Object.entries(english)) {
      const text = typeof message === 'string' ? message : Object.values(message).join(' ');
      for (const [, name] of text.matchAll(/\{(\w+)\}/g)) expect(allowed, id).toContain(name);
    }
  });
});
