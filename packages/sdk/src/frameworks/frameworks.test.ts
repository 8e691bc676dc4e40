import { describe, expect, it } from 'vitest';
import english from '../locales/en/frameworks.js';
import {
  ACTS,
  CIVIL_SOCIETY_WAYS,
  EVENT_KINDS,
  FINDINGS,
  INSTRUMENT_KINDS,
  PROCESS_KINDS,
  ROLES,
  TOPICS,
  actCode,
  certaintyCode,
  certaintyOn,
  civilSocietyWayCode,
  eventKindCode,
  findingCode,
  frameworksFor,
  gcmObjectives,
  instrumentKindCode,
  instrumentsOn,
  membersOn,
  membershipSchema,
  periodOf,
  processKindCode,
  processSchema,
  processById,
  roleCode,
  timingCode,
  topicCode,
  type FrameworksForCountry,
} from './index.js';

function ok(country: unknown, on: unknown): FrameworksForCountry {
  const outcome = frameworksFor(country, on);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return outcome;
}
const countries = (roles: ReturnType<typeof membersOn>) => roles.map((r) => r.membership.country).sort();
const statusOf = (result: FrameworksForCountry, instrument: string) => result.conventions.find((c) => c.instrument.id === instrument)!;

describe('ASEAN membership', () => {
  it('has 10 members on 2025-10-25 and 11 from 2025-10-26, when Timor-Leste joined', () => {
    expect(membersOn('asean', '2025-10-25')).toHaveLength(10);
    expect(countries(membersOn('asean', '2025-10-26'))).toEqual(['BN', 'ID', 'KH', 'LA', 'MM', 'MY', 'PH', 'SG', 'TH', 'TL', 'VN']);
  });

  it('shows Timor-Leste as an observer the day before and a member from the day of accession', () => {
    expect(ok('TL', '2025-10-25').roles.map((r) => [r.process.id, r.membership.role])).toEqual([['asean', 'observer']]);
    expect(ok('TL', '2025-10-26').roles.map((r) => [r.process.id, r.membership.role])).toEqual([['asean', 'member']]);
    // Observer status came "in 2022" (no day): on 2022-06-01 it may or may not yet have applied.
    expect(ok('TL', '2022-06-01').roles[0]).toMatchObject({ code: 'frameworks.role.observer', certainty: 'period' });
    expect(ok('TL', '2021-12-31').roles).toEqual([]);
  });
});

describe('Colombo Process', () => {
  it('has the 12 member states reported in 2024 and the 8 destination countries as observers', () => {
    expect(countries(membersOn('colombo-process', '2025-01-01', { certainOnly: true }))).toEqual(['AF', 'BD', 'CN', 'ID', 'IN', 'KH', 'LK', 'NP', 'PH', 'PK', 'TH', 'VN']);
    expect(countries(membersOn('colombo-process', '2025-01-01', { role: 'observer' }))).toEqual(['AE', 'BH', 'IT', 'KR', 'KW', 'MY', 'QA', 'SA']);
    // Reported during 2024: within 2024 the list is possible, not certain.
    expect(membersOn('colombo-process', '2024-03-01', { certainOnly: true })).toEqual([]);
  });

  it('was chaired by Sri Lanka from 2013 and by India from May 2024 (term 2024–26)', () => {
    expect(countries(membersOn('colombo-process', '2020-06-01', { role: 'chair' }))).toEqual(['LK']);
    expect(countries(membersOn('colombo-process', '2024-04-30', { role: 'chair' }))).toEqual(['LK']);
    const india = membersOn('colombo-process', '2024-05-15', { role: 'chair' });
    expect(countries(india)).toEqual(['IN']);
    expect(india[0]!.certainty).toBe('period'); // "took office in May 2024": the day is not known
    expect(membersOn('colombo-process', '2024-06-01', { role: 'chair' })[0]!.certainty).toBe('certain');
    expect(membersOn('colombo-process', '2027-01-01', { role: 'chair' })).toEqual([]);
  });
});

describe('Abu Dhabi Dialogue', () => {
  it('counts the 16 members MOHRE listed in Feb 2024 (preferred reading)', () => {
    expect(membersOn('abu-dhabi-dialogue', '2025-01-01')).toHaveLength(16);
  });

  it('surfaces the member-or-observer dispute over Malaysia and Singapore as a conflict', () => {
    const my = ok('MY', '2025-01-01');
    const add = my.roles.filter((r) => r.process.id === 'abu-dhabi-dialogue');
    expect(add.map((r) => [r.membership.role, r.disputed, r.membership.verification])).toEqual([
      ['member', false, 'official'],
      ['observer', true, 'unverified'],
    ]);
    expect(my.conflicts.map((c) => [c.code, c.process.id, c.entries.length])).toEqual([['frameworks.conflict.membership', 'abu-dhabi-dialogue', 2]]);
    const sg = ok('SG', '2025-01-01');
    expect(sg.conflicts.map((c) => c.process.id)).toEqual(['abu-dhabi-dialogue']);
    expect(sg.roles.filter((r) => r.process.id === 'abu-dhabi-dialogue').every((r) => r.disputed)).toBe(true);
  });

  it('records Singapore and Yemen at the inaugural consultation of 21–22 Jan 2008 only', () => {
    expect(ok('YE', '2008-01-21').roles.map((r) => r.membership.role)).toEqual(['participant']);
    expect(ok('YE', '2008-01-23').roles).toEqual([]);
  });
});

describe('ratifications (research §4.6)', () => {
  const ASEAN_AND_GCC = ['BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'VN', 'AE', 'BH', 'KW', 'OM', 'QA', 'SA'];

  it('C189: the Philippines (registered 5 Sep 2012) is the only ASEAN or GCC state recorded as ratifying', () => {
    const ratifiers = ASEAN_AND_GCC.filter((c) => statusOf(ok(c, '2025-01-01'), 'c189').status === 'ratified');
    expect(ratifiers).toEqual(['PH']);
    const qatar = statusOf(ok('QA', '2025-01-01'), 'c189');
    expect(qatar.status).toBe('not-recorded');
    expect(qatar.findings.map((f) => f.id)).toEqual(['c189-gcc-none']);
    expect(statusOf(ok('ID', '2025-01-01'), 'c189').findings.map((f) => f.id)).toEqual(['c189-asean-none']);
    expect(statusOf(ok('PH', '2012-09-04'), 'c189').status).toBe('ratified-later');
    expect(statusOf(ok('PH', '2012-09-05'), 'c189').status).toBe('ratified');
  });

  it('ICRMW: Philippines, Sri Lanka, Timor-Leste, Bangladesh and Indonesia are parties; Cambodia has only signed; no Gulf party', () => {
    const on = '2025-01-01';
    const parties = ['PH', 'LK', 'TL', 'BD', 'ID', 'KH', 'NP', 'IN', 'QA', 'AE', 'SA'].filter((c) => statusOf(ok(c, on), 'icrmw').status === 'ratified');
    expect(parties).toEqual(['PH', 'LK', 'TL', 'BD', 'ID']);
    expect(statusOf(ok('KH', on), 'icrmw').status).toBe('signed');
    expect(statusOf(ok('SA', on), 'icrmw').findings.map((f) => f.finding)).toEqual(['none-found']);
    // Bangladesh signed in 1998 and ratified on 24 Aug 2011.
    expect(statusOf(ok('BD', '2011-08-23'), 'icrmw').status).toBe('signed');
    expect(statusOf(ok('BD', '2011-08-24'), 'icrmw').status).toBe('ratified');
    // Philippines: "1995" only, so mid-1995 is uncertain; 1994 it had signed (1993).
    expect(statusOf(ok('PH', '1995-06-01'), 'icrmw')).toMatchObject({ status: 'ratified', certainty: 'period' });
    expect(statusOf(ok('PH', '1994-06-01'), 'icrmw').status).toBe('signed');
  });

  it('C190: the Philippines deposited on 20 Feb 2024, first in Asia', () => {
    expect(statusOf(ok('PH', '2024-02-19'), 'c190').status).toBe('ratified-later');
    expect(statusOf(ok('PH', '2024-02-20'), 'c190')).toMatchObject({ status: 'ratified', certainty: 'certain' });
  });

  it('P29: Thailand deposited on 4 Jun 2018; its only source is plain http, so it shows as unverified', () => {
    const th = statusOf(ok('TH', '2018-06-04'), 'p29');
    expect(th.status).toBe('ratified');
    expect(th.act?.verification).toBe('unverified');
    expect(th.act?.plainHttpUrls?.[0]).toMatch(/^http:\/\/www\.ilo\.org\//);
  });

  it('C29 in the Gulf is recalled as ratified, never shown as a confirmed ratification', () => {
    const qa = statusOf(ok('QA', '2025-01-01'), 'c29');
    expect(qa.status).toBe('recalled-ratified');
    expect(qa.findings[0]?.verification).toBe('unverified');
  });

  it('lists every ratification in force, including C19 for Malaysia (reported in 2018)', () => {
    expect(ok('MY', '2019-01-01').ratified.map((r) => [r.instrument.id, r.certainty])).toEqual([
      ['c97', 'certain'],
      ['c19', 'certain'],
    ]);
    expect(ok('MY', '2019-01-01').ratified[0]!.act.scope?.en).toBe('Sabah only');
    expect(ok('PH', '2025-01-01').ratified.map((r) => r.instrument.id)).toEqual(['icrmw', 'c143', 'c97', 'c189', 'c190']);
  });

  it('says "not recorded" means unknown whenever a core convention has no record', () => {
    const np = ok('NP', '2025-01-01');
    expect(np.conventions.map((c) => c.instrument.id)).toEqual(['icrmw', 'c97', 'c143', 'c181', 'c189', 'c190', 'c29', 'p29']);
    expect(np.conventions.every((c) => c.status === 'not-recorded')).toBe(true);
    expect(np.notes.map((n) => n.code)).toContain('frameworks.note.notRecordedMeansUnknown');
  });
});

describe('review moments and civil society', () => {
  it('lists the review moments after the date for the processes the country takes part in, plus global ones', () => {
    const np = ok('NP', '2025-06-01');
    expect(np.upcoming.map((u) => [u.event.id, u.timing])).toEqual([
      ['add-mc8-2026', 'upcoming'],
      ['imrf-2026', 'upcoming'],
      ['add-som-2026', 'upcoming'],
    ]);
    // IMRF 2026 has no verified dates: late in 2026 it may already have happened.
    expect(ok('NP', '2026-11-26').upcoming.map((u) => [u.event.id, u.timing, u.period])).toEqual([
      ['imrf-2026', 'uncertain', { code: 'frameworks.period.on', params: { from: '2026' } }],
    ]);
    // A country with no recorded role still sees the global review moments.
    expect(ok('FJ', '2025-06-01').upcoming.map((u) => u.event.id)).toEqual(['imrf-2026']);
    expect(ok('FJ', '2025-06-01').notes.map((n) => n.code)).toContain('frameworks.note.noRoleRecorded');
  });

  it('shows where civil society can take part, and past participation as a precedent', () => {
    const ph = ok('PH', '2025-01-01');
    expect(ph.civilSociety.map((c) => [c.process.id, c.code, c.timing])).toEqual([
      ['colombo-process', 'frameworks.civilSociety.working-group', 'precedent'],
      ['abu-dhabi-dialogue', 'frameworks.civilSociety.observer', 'current'],
      ['afml', 'frameworks.civilSociety.forum', 'current'],
      ['gcm', 'frameworks.civilSociety.principle', 'current'],
    ]);
    expect(ph.civilSociety[0]!.entry.organisations).toEqual(['mfa']);
  });
});

describe('instrumentsOn and gcmObjectives', () => {
  it('links fees to fair recruitment and protection to portability', () => {
    const fees = instrumentsOn('fees');
    const protection = instrumentsOn('protection');
    if (!fees.ok || !protection.ok) throw new Error('valid topics');
    expect(fees.instruments.map((i) => i.id)).toEqual(
      expect.arrayContaining(['c181', 'ilo-fair-recruitment-principles', 'ilo-recruitment-fees-definition', 'asean-migrant-fishers-declaration']),
    );
    expect(fees.gcmObjectives.map((o) => o.number)).toContain(6);
    expect(protection.instruments.map((i) => i.id)).toEqual(expect.arrayContaining(['asean-portability-declaration', 'asean-portability-guidelines', 'c19']));
    expect(protection.gcmObjectives.map((o) => o.number)).toContain(22);
    expect(fees.notes).toEqual([{ code: 'frameworks.note.editorialTopics' }]);
  });

  it('rejects an unknown topic with a code', () => {
    expect(instrumentsOn('visas')).toEqual({ ok: false, problems: [{ field: 'topic', code: 'frameworks.error.topic' }] });
  });

  it('has exactly 23 GCM objectives numbered 1–23; only full titles 6 and 22 were seen in a source', () => {
    expect(gcmObjectives().map((o) => o.number)).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
    expect(gcmObjectives().every((o) => o.verification === 'official')).toBe(true);
    expect(gcmObjectives().filter((o) => o.fullTitle.verification !== 'unverified').map((o) => o.number)).toEqual([6, 22]);
    expect(gcmObjectives()[21]!.shortTitle.en).toBe('Social protection');
  });
});

describe('input handling', () => {
  it('returns problems as codes for a bad country or date, and accepts lower-case codes', () => {
    expect(frameworksFor(42, '2025-02-30')).toEqual({
      ok: false,
      problems: [
        { field: 'country', code: 'frameworks.error.country' },
        { field: 'on', code: 'frameworks.error.date' },
      ],
    });
    expect(ok(' ph ', '2025-01-01').country).toBe('PH');
  });

  it('rejects data whose year-precise date is not on its period bounds, or a role held by both a country and an organisation', () => {
    const cp = processById('colombo-process')!;
    expect(processSchema.safeParse({ ...cp, effectiveFrom: '2003-02-01' }).success).toBe(false);
    const m = { process: 'gfmd', country: 'CO', organisation: 'iom', role: 'chair', effectiveFrom: '2024-01-01', sources: [], verification: 'unverified', note: 'x' };
    expect(membershipSchema.safeParse(m).success).toBe(false);
    expect(membershipSchema.safeParse({ ...m, organisation: undefined }).success).toBe(true);
  });
});

describe('dates given only as a year or month', () => {
  it('are certain only once their period has passed', () => {
    const reported2024 = { effectiveFrom: '2024-01-01', fromPrecision: 'year' as const };
    expect(certaintyOn(reported2024, '2023-12-31')).toBeUndefined();
    expect(certaintyOn(reported2024, '2024-12-30')).toBe('period');
    expect(certaintyOn(reported2024, '2024-12-31')).toBe('certain');
    const term = { effectiveFrom: '2024-05-01', fromPrecision: 'month' as const, effectiveTo: '2026-12-31', toPrecision: 'year' as const };
    expect(certaintyOn(term, '2026-01-01')).toBe('certain');
    expect(certaintyOn(term, '2026-01-02')).toBe('period');
    expect(certaintyOn(term, '2027-01-01')).toBeUndefined();
  });

  it('are described by codes trimmed to their precision', () => {
    expect(periodOf({ effectiveFrom: '2024-05-01', fromPrecision: 'month', effectiveTo: '2026-12-31', toPrecision: 'year' })).toEqual({
      code: 'frameworks.period.between',
      params: { from: '2024-05', to: '2026' },
    });
    expect(periodOf({ effectiveFrom: '2024-01-01', fromPrecision: 'year', startUnknown: true })).toEqual({ code: 'frameworks.period.reportedSince', params: { from: '2024' } });
  });
});

describe('English catalogue', () => {
  it('has a message for every code the module can emit', () => {
    const codes = [
      ...ROLES.map(roleCode),
      ...PROCESS_KINDS.map(processKindCode),
      ...INSTRUMENT_KINDS.map(instrumentKindCode),
      ...TOPICS.map(topicCode),
      ...EVENT_KINDS.map(eventKindCode),
      ...CIVIL_SOCIETY_WAYS.map(civilSocietyWayCode),
      ...FINDINGS.map(findingCode),
      ...ACTS.map(actCode),
      ...(['past', 'ongoing', 'upcoming', 'uncertain'] as const).map(timingCode),
      ...(['certain', 'period'] as const).map(certaintyCode),
      ...['ratified', 'signed', 'recalled-ratified', 'ratified-later', 'not-recorded'].map((s) => `frameworks.ratification.${s}`),
      ...['since', 'reportedSince', 'between', 'reportedBetween', 'on'].map((p) => `frameworks.period.${p}`),
      'frameworks.civilSociety.current',
      'frameworks.civilSociety.precedent',
    ];
    // Plus every code found in real results across countries and dates.
    for (const c of ['PH', 'MY', 'SG', 'QA', 'KH', 'TL', 'NP', 'FJ', 'xx', '']) {
      for (const on of ['1995-06-01', '2008-01-21', '2024-06-01', '2026-11-26', 'nope']) {
        const r = frameworksFor(c, on);
        if (!r.ok) codes.push(...r.problems.map((p) => p.code));
        else
          codes.push(
            ...r.roles.flatMap((x) => [x.code, x.period.code]),
            ...r.conflicts.map((x) => x.code),
            ...r.conventions.map((x) => x.code),
            ...r.upcoming.flatMap((x) => [x.code, x.period.code]),
            ...r.civilSociety.flatMap((x) => [x.code, x.period.code]),
            ...r.notes.map((x) => x.code),
          );
      }
    }
    const topics = instrumentsOn('fees');
    const bad = instrumentsOn(null);
    codes.push(...(topics.ok ? topics.notes.map((n) => n.code) : []), ...(bad.ok ? [] : bad.problems.map((p) => p.code)));
    expect([...new Set(codes)].filter((code) => !(code in english))).toEqual([]);
  });
});
