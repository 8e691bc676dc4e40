import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DESTINATIONS } from '../geo/index.js';
import { auditFacts, type Provenance } from '../provenance/index.js';
import { ENCODED_ON } from './data/common.js';
import { DESTINATION_DATA, ORIGIN_DATA } from './data/index.js';
import {
  MONEY_PROBLEMS,
  PATHWAY_ORIGINS,
  WORKER_CATEGORIES,
  destinationDataSchema,
  originSupportSchema,
  type Channel,
  type DeadlineRule,
  type Pathway,
  type Step,
} from './schema.js';

const destinations = Object.values(DESTINATION_DATA);
const origins = Object.values(ORIGIN_DATA);

/** Every sourced fact in the data, with a key under which its versions must not overlap. */
function allFacts(): Array<[string, Provenance]> {
  const out: Array<[string, Provenance]> = [];
  const channels = (prefix: string, list: Channel[]) => list.forEach((c) => out.push([`${prefix}/channel/${c.id}`, c]));
  const step = (prefix: string, s: Step) => {
    // Versions of a step share its key; what belongs to one version is keyed under that version.
    out.push([`${prefix}/${s.id}`, s]);
    const key = `${prefix}/${s.id}@${s.effectiveFrom}`;
    out.push([`${key}/cost`, s.cost]);
    channels(key, s.channels);
    s.limits.forEach((l) => out.push([`${key}/limit/${l.id}`, l]));
    s.timeLimits.periods.forEach((p, i) => out.push([`${key}/period/${i}/${p.effectiveFrom}`, p]));
  };
  for (const d of destinations) {
    d.deadlines.forEach((r) => out.push([`deadline/${r.key}`, r]));
    for (const p of d.pathways) {
      p.steps.forEach((s) => step(p.id, s));
      p.protections.forEach((x) => {
        out.push([`${p.id}/protection/${x.id}`, x]);
        x.limits.forEach((l) => out.push([`${p.id}/protection/${x.id}/limit/${l.id}`, l]));
      });
      p.notices.forEach((n) => out.push([`${p.id}/notice/${n.id}`, n]));
    }
  }
  for (const o of origins) {
    o.deadlines.forEach((r) => out.push([`deadline/${r.key}`, r]));
    for (const b of o.bodies) {
      const key = `${o.origin}/${b.id}`;
      out.push([key, b]);
      channels(key, b.channels);
      b.periods.forEach((p, i) => out.push([`${key}/period/${i}`, p]));
    }
  }
  return out;
}

describe('pathway data', () => {
  it('holds every destination and origin of the issue', () => {
    expect(Object.keys(DESTINATION_DATA).sort()).toEqual([...DESTINATIONS].sort());
    expect(Object.keys(ORIGIN_DATA).sort()).toEqual([...PATHWAY_ORIGINS].sort());
  });

  it.each(destinations.map((d) => [d.destination, d] as const))('%s validates against the schema', (_, data) => {
    const parsed = destinationDataSchema.safeParse(data);
    expect(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
  });

  it.each(origins.map((o) => [o.origin, o] as const))('origin %s validates against the schema', (_, data) => {
    const parsed = originSupportSchema.safeParse(data);
    expect(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
  });

  it('passes the provenance audit (https sources, no overlapping versions, no undated future)', () => {
    const facts = allFacts();
    expect(facts.length).toBeGreaterThan(150);
    // Shared objects (one cost used by several steps) are audited once per place they appear.
    const keyed = facts.map(([key, f]) => ({ ...f, key }));
    expect(auditFacts(keyed, (f) => f.key, ENCODED_ON)).toEqual([]);
  });

  it('keeps every source URL and written phone number exactly as the research gives it', () => {
    const research = '/work/shared/research/pathways-protection-rcps.md';
    // The research notes live beside the repository on the build machine; a plain clone checks the rest.
    if (!existsSync(research)) return;
    const text = readFileSync(research, 'utf8');
    const missing: string[] = [];
    const noteUrls = new Set<string>();
    for (const [key, f] of allFacts()) {
      for (const s of f.sources) if (!text.includes(s.url)) missing.push(`${key}: ${s.url}`);
      for (const url of f.note?.match(/https?:\/\/\S+?(?=[\s,;)]|\.?$)/g) ?? []) {
        noteUrls.add(url);
        if (!text.includes(url)) missing.push(`${key} note: ${url}`);
      }
      const c = f as Partial<Channel>;
      if (c.url && !text.includes(c.url)) missing.push(`${key} url: ${c.url}`);
      if (c.webAddress && !text.includes(c.webAddress)) missing.push(`${key} webAddress: ${c.webAddress}`);
      if (c.phone && !text.includes(c.phone)) missing.push(`${key} phone: ${c.phone}`);
      if (c.email && !text.includes(c.email)) missing.push(`${key} email: ${c.email}`);
    }
    expect(missing).toEqual([]);
    // http-only addresses are kept in notes, whole.
    expect(noteUrls).toContain('http://s.thepeninsula.qa/editorial/26/05/2021/Ensuring-workers%E2%80%99-rights');
    expect(noteUrls).toContain('http://jtksm.mohr.gov.my/index.php/en/majikan-dan-pekerja/mahkamah-buruh');
    expect(noteUrls.size).toBe(10);
  });

  it('gives each (destination, kind of work, problem) at most one pathway', () => {
    for (const d of destinations) {
      for (const category of WORKER_CATEGORIES) {
        const problems = d.pathways.filter((p) => p.workerCategory === category).flatMap((p) => p.problems);
        expect(new Set(problems).size, `${d.destination} ${category}`).toBe(problems.length);
      }
      for (const p of d.pathways) expect(p.destination).toBe(d.destination);
    }
  });

  it('has unique pathway ids, and step ids unique among steps in force together', () => {
    const ids = destinations.flatMap((d) => d.pathways.map((p) => p.id));
    expect(new Set(ids).size).toBe(ids.length);
    const overlapping = (a: Step, b: Step) => a.effectiveFrom <= (b.effectiveTo ?? '9999-12-31') && b.effectiveFrom <= (a.effectiveTo ?? '9999-12-31');
    for (const p of destinations.flatMap((d) => d.pathways)) {
      p.steps.forEach((a, i) => p.steps.slice(i + 1).forEach((b) => expect(a.id === b.id && overlapping(a, b), `${p.id}/${a.id}`).toBe(false)));
    }
  });

  it('links each filing step to deadline rules of its own country', () => {
    for (const d of destinations) {
      const keys = new Set(d.deadlines.map((r) => r.key));
      for (const s of d.pathways.flatMap((p) => p.steps)) for (const k of s.timeLimits.filingDeadline ?? []) expect(keys.has(k), `${d.destination}: ${k}`).toBe(true);
    }
    for (const o of origins) {
      const keys = new Set(o.deadlines.map((r) => r.key));
      for (const b of o.bodies) for (const k of b.filingDeadline ?? []) expect(keys.has(k), `${o.origin}: ${k}`).toBe(true);
    }
  });

  it('records a deadline answer for every money claim a pathway covers, with one rule per situation', () => {
    const rulesFor = (rules: DeadlineRule[], category: string, problem: string, employed: boolean) =>
      new Set(rules.filter((r) => r.workerCategories.includes(category as never) && r.problems.includes(problem as never) && (r.whileEmployed ?? employed) === employed).map((r) => r.key));
    for (const d of destinations) {
      for (const p of d.pathways as Pathway[]) {
        for (const problem of p.problems.filter((x) => (MONEY_PROBLEMS as readonly string[]).includes(x))) {
          for (const employed of [true, false]) expect(rulesFor(d.deadlines, p.workerCategory, problem, employed).size, `${p.id} ${problem} employed=${employed}`).toBe(1);
        }
      }
    }
  });

  it('keeps the UAE change of 31 Aug 2024 as two dated versions of one rule', () => {
    const versions = DESTINATION_DATA.AE.deadlines.filter((r) => r.key === 'ae.claims');
    expect(versions.map((r) => [r.effectiveFrom, r.effectiveTo, r.length, r.runsFrom])).toEqual([
      ['2021-01-01', '2024-08-30', { amount: 1, unit: 'years' }, 'incident'],
      ['2024-08-31', undefined, { amount: 2, unit: 'years' }, 'employment-end'],
    ]);
    expect(versions[1]!.note).toMatch(/government\.ae.*1 year/);
  });

  it('encodes Malaysia’s disputed 1-year limit as a conflict without a figure', () => {
    const [rule] = DESTINATION_DATA.MY.deadlines;
    expect(rule).toMatchObject({ outcome: 'unverified', verification: 'unverified', check: 'CONFLICT / UNVERIFIED' });
    expect(rule!.length).toBeUndefined();
    expect(rule!.note).toMatch(/CONFLICT.*1 year/);
  });
});
