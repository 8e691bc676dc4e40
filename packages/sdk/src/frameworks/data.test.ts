import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { auditFacts, type Provenance } from '../provenance/index.js';
import {
  frameworkEventSchema,
  gcmObjectiveSchema,
  instrumentSchema,
  membershipSchema,
  organisationSchema,
  processSchema,
  ratificationFindingSchema,
  ratificationSchema,
} from './schema.js';
import {
  frameworkEvents,
  gcmObjectives,
  instrumentById,
  instruments,
  memberships,
  organisationById,
  organisations,
  processById,
  processes,
  ratificationFindings,
  ratifications,
} from './registry.js';
import { S } from './data/sources.js';

const ENCODED_ON = '2026-11-26';

function schemaIssues<T>(schema: z.ZodMiniType<T>, items: readonly unknown[], name: (item: any) => string): string[] {
  return items.flatMap((item) => {
    const parsed = schema.safeParse(item);
    return parsed.success ? [] : [`${name(item)}: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`];
  });
}

const membershipKey = (m: ReturnType<typeof memberships>[number]) => `${m.process}|${m.country ?? m.organisation}|${m.role}|${m.variant ?? ''}`;

type Fact = Provenance & { plainHttpUrls?: string[] };
const entry = (key: string, fact: Fact): [string, Fact] => [key, fact];

/** Every provenance-carrying fact in the module, nested ones included, with an audit key. */
function allFacts(): Array<[string, Fact]> {
  return [
    ...processes().flatMap((p) => [
      entry(`process:${p.id}`, p),
      ...(p.secretariat ? [entry(`secretariat:${p.id}`, p.secretariat)] : []),
      ...p.thematicAreas.map((t) => entry(`theme:${p.id}:${t.id}`, t)),
      ...p.civilSociety.map((c) => entry(`civil:${p.id}:${c.id}`, c)),
    ]),
    ...memberships().map((m) => entry(`membership:${membershipKey(m)}`, m)),
    ...instruments().map((i) => entry(`instrument:${i.id}`, i)),
    ...ratifications().map((r) => entry(`act:${r.instrument}|${r.country}|${r.act}`, r)),
    ...ratificationFindings().map((f) => entry(`finding:${f.id}`, f)),
    ...gcmObjectives().flatMap((o) => [entry(`gcm:${o.number}`, o), entry(`gcm-full:${o.number}`, o.fullTitle)]),
    ...frameworkEvents().map((e) => entry(`event:${e.id}`, e)),
  ];
}

describe('frameworks data', () => {
  it('passes its schemas', () => {
    expect([
      ...schemaIssues(processSchema, processes(), (p) => p.id),
      ...schemaIssues(membershipSchema, memberships(), membershipKey),
      ...schemaIssues(instrumentSchema, instruments(), (i) => i.id),
      ...schemaIssues(ratificationSchema, ratifications(), (r) => `${r.instrument}|${r.country}`),
      ...schemaIssues(ratificationFindingSchema, ratificationFindings(), (f) => f.id),
      ...schemaIssues(gcmObjectiveSchema, gcmObjectives(), (o) => String(o.number)),
      ...schemaIssues(frameworkEventSchema, frameworkEvents(), (e) => e.id),
      ...schemaIssues(organisationSchema, organisations(), (o) => o.id),
    ]).toEqual([]);
  });

  it('passes the provenance audit: https sources, no overlaps for one key, no inverted ranges', () => {
    const keyed = allFacts().map(([key, fact]) => ({ ...fact, key }));
    expect(auditFacts(keyed, (f) => f.key, ENCODED_ON)).toEqual([]);
  });

  it('keeps plain-http research addresses out of sources, and facts resting on them alone unverified with a note', () => {
    for (const [key, fact] of allFacts()) {
      for (const url of fact.plainHttpUrls ?? []) expect(url, key).toMatch(/^http:\/\//);
      if (fact.sources.length === 0) expect({ key, verification: fact.verification, note: !!fact.note }).toEqual({ key, verification: 'unverified', note: true });
      if (fact.verification === 'unverified') expect(fact.note, key).toBeTruthy();
    }
  });

  it('cites every source URL once in the source table, with distinct addresses', () => {
    const urls = Object.values(S).map((s) => s.url);
    expect(new Set(urls).size).toBe(urls.length);
    const cited = new Set(allFacts().flatMap(([, f]) => f.sources.map((s) => s.url)));
    expect([...cited].filter((u) => !urls.includes(u))).toEqual([]);
  });

  it('has unique ids and references that resolve', () => {
    const ids = (xs: readonly { id: string }[]) => new Set(xs.map((x) => x.id)).size === xs.length;
    expect(ids(processes()) && ids(instruments()) && ids(frameworkEvents()) && ids(organisations()) && ids(ratificationFindings())).toBe(true);
    expect(new Set(memberships().map(membershipKey)).size).toBe(memberships().length);

    const dangling: string[] = [];
    const body = (id: string) => processById(id) ?? organisationById(id);
    for (const p of processes()) {
      if (p.parent && !processById(p.parent)) dangling.push(`parent ${p.parent}`);
      if (p.secretariat && !/^[A-Z]{2}$/.test(p.secretariat.host) && !organisationById(p.secretariat.host)) dangling.push(`host ${p.secretariat.host}`);
      for (const c of p.civilSociety) for (const o of c.organisations ?? []) if (!organisationById(o)) dangling.push(`organisation ${o}`);
    }
    for (const m of memberships()) {
      if (!processById(m.process)) dangling.push(`process ${m.process}`);
      if (m.organisation && !organisationById(m.organisation)) dangling.push(`organisation ${m.organisation}`);
    }
    for (const i of instruments()) if (!body(i.body)) dangling.push(`body ${i.body}`);
    for (const r of [...ratifications(), ...ratificationFindings()]) if (!instrumentById(r.instrument)) dangling.push(`instrument ${r.instrument}`);
    for (const e of frameworkEvents()) if (!processById(e.process)) dangling.push(`event process ${e.process}`);
    expect(dangling).toEqual([]);
  });

  it('dates an instrument from its adoption whenever the adoption date is known', () => {
    for (const i of instruments()) if (i.adoptedOn) expect(i.effectiveFrom, i.id).toBe(i.adoptedOn);
    // In force after adoption (C189: adopted 2011-06-16, in force 2013-09-05 = 12 months after the 2nd registration on 2012-09-05).
    for (const i of instruments()) if (i.inForceFrom) expect(i.inForceFrom > i.effectiveFrom, i.id).toBe(true);
    expect(instrumentById('c189')?.inForceFrom).toBe('2013-09-05');
  });

  it('does not hold a ratification before the instrument was adopted', () => {
    for (const r of ratifications()) expect(r.effectiveFrom >= instrumentById(r.instrument)!.effectiveFrom, `${r.instrument}|${r.country}`).toBe(true);
  });
});
