import { describe, expect, it } from 'vitest';
import { compareDestinations, coverageFor } from './bundled.js';
import type { CoverageMatrix, CoverageQuery } from './coverage.js';
import { ENCODED_ON, PROTECTION_DATA } from './data/index.js';
import type { ProtectionData } from './data/index.js';
import type { Branch, Scheme } from './schema.js';

const row = (m: CoverageMatrix, branch: Branch) => m.branches.find((b) => b.branch === branch)!;
const destLevel = (q: CoverageQuery, branch: Branch) => row(coverageFor(q), branch).destination.level;
const conditionOf = (m: CoverageMatrix, branch: Branch, code: string) =>
  row(m, branch).destination.items.flatMap((i) => i.conditions).find((c) => c.code === code);
const extras = (m: CoverageMatrix, kind: string) => m.extras.filter((e) => e.kind === kind);

describe('destinations: facts from the research', () => {
  it('MY: invalidity not covered on 2024-06-30, covered from 2024-07-01, domestic workers included', () => {
    for (const workerCategory of ['general', 'domestic'] as const) {
      expect(destLevel({ destination: 'MY', workerCategory, on: '2024-06-30' }, 'invalidity')).toBe('excluded');
      expect(destLevel({ destination: 'MY', workerCategory, on: '2024-07-01' }, 'invalidity')).toBe('mandatory');
    }
    const before = row(coverageFor({ destination: 'MY', workerCategory: 'general', on: '2024-06-30' }), 'invalidity').destination;
    expect(before.items[0]?.reason).toEqual({ code: 'protection.reason.notYetExtended', dates: { from: '2024-07-01' } });
  });

  it('MY: employment injury mandatory from 2019-01-01 (employer pays 1.25%), unknown the day before; not verified for domestic workers', () => {
    const on2019 = coverageFor({ destination: 'MY', workerCategory: 'general', on: '2019-01-01' });
    expect(row(on2019, 'employment-injury').destination.level).toBe('mandatory');
    expect(conditionOf(on2019, 'employment-injury', 'protection.condition.employerPaysPercent')?.params).toEqual({ percent: 1.25 });
    const before = row(coverageFor({ destination: 'MY', workerCategory: 'general', on: '2018-12-31' }), 'employment-injury').destination;
    expect(before).toMatchObject({ level: 'unknown', items: [], reason: { code: 'protection.reason.beforeFirstKnownDate', dates: { from: '2019-01-01' } } });
    expect(destLevel({ destination: 'MY', workerCategory: 'domestic', on: '2024-07-01' }, 'employment-injury')).toBe('unknown');
    // RM6,500 repatriation including funeral = 650,000 sen.
    expect(extras(on2019, 'repatriation-of-remains')[0]?.conditions[0]?.amounts).toEqual({ amount: { currency: 'MYR', minor: 650000 } });
  });

  it('AE: ILOE unemployment insurance from 2023-01-01 excludes domestic workers', () => {
    const domestic = coverageFor({ destination: 'AE', workerCategory: 'domestic', on: '2024-03-01' });
    expect(row(domestic, 'unemployment').destination.level).toBe('excluded');
    expect(row(domestic, 'unemployment').destination.items[0]?.scheme?.id).toBe('AE.iloe');
    expect(domestic.gaps.find((g) => g.branch === 'unemployment')).toMatchObject({ code: 'protection.gap.excluded', kind: 'excluded' });
    const general = coverageFor({ destination: 'AE', workerCategory: 'general', on: '2024-03-01' });
    expect(row(general, 'unemployment').destination.level).toBe('mandatory');
    // AED 5 a month for basic pay up to AED 16,000: 500 and 1,600,000 fils.
    expect(conditionOf(general, 'unemployment', 'protection.condition.premiumByBasicPay')?.amounts).toMatchObject({
      low: { currency: 'AED', minor: 500 },
      threshold: { currency: 'AED', minor: 1600000 },
    });
    expect(destLevel({ destination: 'AE', workerCategory: 'general', on: '2022-12-31' }, 'unemployment')).toBe('unknown');
  });

  it('AE: the Workers Protection Programme insures unpaid wages from 2018-10-15, domestic premium AED 105', () => {
    const m = coverageFor({ destination: 'AE', workerCategory: 'domestic', on: '2018-10-15' });
    const wages = extras(m, 'unpaid-wages');
    expect(wages.map((e) => e.scheme.id)).toEqual(['AE.workers-protection-programme']);
    const premium = wages[0]!.conditions.find((c) => c.code === 'protection.condition.wppPremiumDomestic');
    expect(premium?.amounts?.amount).toEqual({ currency: 'AED', minor: 10500 });
    expect(extras(coverageFor({ destination: 'AE', workerCategory: 'domestic', on: '2018-10-14' }), 'unpaid-wages')).toEqual([]);
  });

  it('QA: employer-paid health insurance from about 2022-05-04; WSIF caps from Decision 2/2022 (20 Apr 2022)', () => {
    const m = coverageFor({ destination: 'QA', workerCategory: 'domestic', on: '2022-05-04' });
    expect(row(m, 'medical-care').destination.items[0]).toMatchObject({ level: 'mandatory', effectiveFromCertainty: 'approximate' });
    const cap = extras(m, 'unpaid-wages')[0]!.conditions.find((c) => c.code === 'protection.condition.capDomesticWorker');
    // 3 months, at most QR 8,000 = 800,000 dirhams.
    expect(cap).toMatchObject({ params: { months: 3 }, amounts: { amount: { currency: 'QAR', minor: 800000 } } });
    expect(extras(coverageFor({ destination: 'QA', workerCategory: 'domestic', on: '2022-04-19' }), 'unpaid-wages')).toEqual([]);
    expect(destLevel({ destination: 'QA', workerCategory: 'general', on: '2022-05-03' }, 'medical-care')).toBe('unknown');
  });

  it('SA: wage insurance from 2024-10-06 for private-sector workers, capped at SAR 17,500', () => {
    const m = coverageFor({ destination: 'SA', workerCategory: 'general', on: '2024-10-06' });
    expect(extras(m, 'unpaid-wages')[0]?.conditions[0]).toMatchObject({ params: { months: 6 }, amounts: { amount: { currency: 'SAR', minor: 1750000 } } });
    expect(extras(m, 'return-ticket')).toHaveLength(1);
    expect(extras(coverageFor({ destination: 'SA', workerCategory: 'general', on: '2024-10-05' }), 'unpaid-wages')).toEqual([]);
    expect(extras(coverageFor({ destination: 'SA', workerCategory: 'domestic', on: '2024-10-06' }), 'unpaid-wages')).toEqual([]);
  });

  it('BH: unemployment insurance in law, with the take-up finding (31 migrants paid, BD 57.5m paid in)', () => {
    const m = coverageFor({ destination: 'BH', workerCategory: 'general', on: '2020-06-01' });
    expect(row(m, 'unemployment').destination.level).toBe('mandatory');
    expect(conditionOf(m, 'unemployment', 'protection.condition.lowTakeUp')).toEqual({
      code: 'protection.condition.lowTakeUp',
      params: { recipients: 31 },
      // BHD has 3 minor digits: 57,500,000.000 = 57,500,000,000 fils.
      amounts: { contributed: { currency: 'BHD', minor: 57500000000 } },
      dates: { from: '2018', to: '2020-10' },
    });
    expect(destLevel({ destination: 'BH', workerCategory: 'domestic', on: '2020-06-01' }, 'unemployment')).toBe('unknown');
  });

  it('OM: Social Protection Law covers migrants for injury, maternity and sickness, shown only from the encoding date', () => {
    for (const branch of ['employment-injury', 'maternity', 'sickness'] as const) {
      expect(destLevel({ destination: 'OM', workerCategory: 'general', on: ENCODED_ON }, branch)).toBe('mandatory');
      expect(destLevel({ destination: 'OM', workerCategory: 'domestic', on: ENCODED_ON }, branch)).toBe('unknown');
    }
    const earlier = row(coverageFor({ destination: 'OM', workerCategory: 'general', on: '2026-11-25' }), 'sickness').destination;
    expect(earlier.reason).toEqual({ code: 'protection.reason.beforeFirstKnownDate', dates: { from: ENCODED_ON } });
  });

  it('SG: medical insurance of at least S$60,000 from 2023-07-01; insurers pay hospitals directly from 2025-07-01', () => {
    const m2023 = coverageFor({ destination: 'SG', workerCategory: 'domestic', on: '2023-07-01' });
    expect(row(m2023, 'medical-care').destination.level).toBe('mandatory');
    expect(conditionOf(m2023, 'medical-care', 'protection.condition.annualCoverAtLeast')?.amounts?.amount).toEqual({ currency: 'SGD', minor: 6000000 });
    expect(conditionOf(coverageFor({ destination: 'SG', workerCategory: 'domestic', on: '2025-06-30' }), 'medical-care', 'protection.condition.insurerPaysHospitalDirectly')).toBeUndefined();
    expect(conditionOf(coverageFor({ destination: 'SG', workerCategory: 'domestic', on: '2025-07-01' }), 'medical-care', 'protection.condition.insurerPaysHospitalDirectly')).toBeDefined();
    expect(destLevel({ destination: 'SG', workerCategory: 'general', on: ENCODED_ON }, 'unemployment')).toBe('none');
  });

  it('HK: compulsory employees’ compensation insurance includes domestic helpers; helpers get free medical treatment', () => {
    const m = coverageFor({ destination: 'HK', workerCategory: 'domestic', on: ENCODED_ON });
    expect(row(m, 'employment-injury').destination.level).toBe('mandatory');
    expect(conditionOf(m, 'employment-injury', 'protection.condition.uninsuredPenalty')?.amounts?.amount).toEqual({ currency: 'HKD', minor: 10000000 });
    expect(row(m, 'medical-care').destination.items[0]).toMatchObject({ level: 'employer-liability', scheme: { id: 'HK.fdh-standard-contract' } });
    expect(destLevel({ destination: 'HK', workerCategory: 'general', on: ENCODED_ON }, 'medical-care')).toBe('unknown');
    expect(destLevel({ destination: 'HK', workerCategory: 'general', on: '2005-06-10' }, 'employment-injury')).toBe('mandatory');
  });

  it('KW: not researched, so everything but unemployment (none) and end of service is unknown', () => {
    const m = coverageFor({ destination: 'KW', workerCategory: 'general', on: ENCODED_ON });
    expect(row(m, 'unemployment').destination.level).toBe('none');
    expect(row(m, 'old-age').destination.level).toBe('employer-liability');
    expect(row(m, 'medical-care').destination.reason).toEqual({ code: 'protection.reason.notResearched' });
    // 9 branches − old age = 8 gaps: unemployment is "none", the other 7 "unknown".
    expect(m.gaps.map((g) => [g.branch, g.kind])).toEqual([
      ['medical-care', 'unknown'],
      ['sickness', 'unknown'],
      ['unemployment', 'none'],
      ['employment-injury', 'unknown'],
      ['family', 'unknown'],
      ['maternity', 'unknown'],
      ['invalidity', 'unknown'],
      ['survivors', 'unknown'],
    ]);
  });
});

describe('gaps with an origin', () => {
  it('Philippines → Singapore, domestic worker: SSS fills unemployment, old age, maternity, invalidity; injury and family stay gaps', () => {
    const m = coverageFor({ origin: 'PH', destination: 'SG', workerCategory: 'domestic', on: ENCODED_ON });
    // employment injury: WICA not verified for helpers (unknown) and SSS lists no injury benefit (unknown).
    // family: no scheme researched on either side.
    expect(m.gaps.map((g) => [g.branch, g.kind])).toEqual([
      ['employment-injury', 'unknown'],
      ['family', 'unknown'],
    ]);
    expect(row(m, 'unemployment')).toMatchObject({ best: 'mandatory', gap: false, destination: { level: 'none' }, origin: { level: 'mandatory' } });
  });

  it('Nepal → Saudi Arabia, domestic worker: unemployment (none), family and maternity are gaps', () => {
    const m = coverageFor({ origin: 'NP', destination: 'SA', workerCategory: 'domestic', on: ENCODED_ON });
    expect(m.gaps.map((g) => [g.branch, g.kind, g.destinationLevel, g.originLevel])).toEqual([
      ['unemployment', 'none', 'none', 'unknown'],
      ['family', 'unknown', 'unknown', 'unknown'],
      ['maternity', 'unknown', 'unknown', 'unknown'],
    ]);
    // The Welfare Fund's NPR 700,000 grant covers serious injury: 70,000,000 paisa.
    const grant = row(m, 'invalidity').origin!.items[0]!.conditions.find((c) => c.code === 'protection.condition.lumpSumAmount');
    expect(grant?.amounts?.amount).toEqual({ currency: 'NPR', minor: 70000000 });
  });

  it('Nepal → UAE, domestic worker: the ILOE exclusion stays the finding even though Nepal’s side is unknown', () => {
    const m = coverageFor({ origin: 'NP', destination: 'AE', workerCategory: 'domestic', on: ENCODED_ON });
    expect(m.gaps.find((g) => g.branch === 'unemployment')).toMatchObject({ kind: 'excluded', destinationLevel: 'excluded', originLevel: 'unknown' });
  });

  it('an origin we hold no data for is unknown, with a notice', () => {
    const m = coverageFor({ origin: 'VN', destination: 'MY', workerCategory: 'general', on: ENCODED_ON });
    expect(m.notices).toEqual([{ code: 'protection.notice.originNotResearched', countries: { country: 'VN' } }]);
    expect(m.branches.every((b) => b.origin?.level === 'unknown' && b.origin.reason?.code === 'protection.reason.countryNotResearched')).toBe(true);
  });

  it('a country we hold no destination data for gives a notice and all gaps unknown', () => {
    const m = coverageFor({ destination: 'JP', workerCategory: 'general', on: ENCODED_ON });
    expect(m.valid).toBe(true);
    expect(m.notices[0]?.code).toBe('protection.notice.destinationNotResearched');
    expect(m.gaps.every((g) => g.kind === 'unknown')).toBe(true);
    expect(m.gaps).toHaveLength(9);
  });
});

describe('agreements', () => {
  const ids = (m: CoverageMatrix) => m.agreements.map((a) => [a.agreement.id, a.match]);

  it('Indonesia → Malaysia: ASEAN portability declaration (both parties), GCM, and C19 through Malaysia', () => {
    expect(ids(coverageFor({ origin: 'ID', destination: 'MY', workerCategory: 'general', on: '2024-01-01' }))).toEqual([
      ['asean-portability-declaration', 'both-parties'],
      ['gcm-objective-22', 'global'],
      ['ilo-c19', 'one-party'],
    ]);
    // The guidelines' final draft is only known from January 2024.
    expect(ids(coverageFor({ origin: 'ID', destination: 'MY', workerCategory: 'general', on: '2024-01-31' }))).toContainEqual([
      'asean-portability-guidelines',
      'both-parties',
    ]);
  });

  it('Nepal → Malaysia: not ASEAN, so only GCM and C19; Malaysia without origin: ASEAN applies if the origin is a party', () => {
    expect(ids(coverageFor({ origin: 'NP', destination: 'MY', workerCategory: 'general', on: ENCODED_ON }))).toEqual([
      ['gcm-objective-22', 'global'],
      ['ilo-c19', 'one-party'],
    ]);
    expect(ids(coverageFor({ destination: 'MY', workerCategory: 'general', on: ENCODED_ON }))).toContainEqual([
      'asean-portability-declaration',
      'if-origin-is-party',
    ]);
  });

  it('Qatar: only the global framework, and nothing before it', () => {
    expect(ids(coverageFor({ origin: 'BD', destination: 'QA', workerCategory: 'general', on: ENCODED_ON }))).toEqual([['gcm-objective-22', 'global']]);
    expect(ids(coverageFor({ origin: 'BD', destination: 'QA', workerCategory: 'general', on: '2018-01-01' }))).toEqual([]);
  });
});

describe('compareDestinations', () => {
  it('puts Malaysia and the UAE side by side for a domestic worker (findings dated from the encoding day)', () => {
    const c = compareDestinations(['MY', 'AE'], { workerCategory: 'domestic', on: ENCODED_ON });
    expect(c.destinations).toEqual(['MY', 'AE']);
    const byBranch = Object.fromEntries(c.rows.map((r) => [r.branch, r]));
    expect(byBranch.invalidity).toEqual({ branch: 'invalidity', levels: ['mandatory', 'unknown'], differs: true });
    expect(byBranch.unemployment).toEqual({ branch: 'unemployment', levels: ['none', 'excluded'], differs: true });
    expect(byBranch.family?.differs).toBe(false);
  });
});

describe('bad input', () => {
  it('returns problems as codes, nine unknown branches and no claimed gaps', () => {
    const m = coverageFor({ destination: 'Qatar', workerCategory: 'nurse' as never, on: '2024-02-30', origin: '1' });
    expect(m.valid).toBe(false);
    expect(m.problems.map((p) => p.code)).toEqual([
      'protection.problem.destination',
      'protection.problem.origin',
      'protection.problem.workerCategory',
      'protection.problem.date',
    ]);
    expect(m.branches).toHaveLength(9);
    expect(m.gaps).toEqual([]);
  });

  it('accepts lower-case country codes and surrounding spaces', () => {
    expect(coverageFor({ destination: ' my ', origin: 'id', workerCategory: 'general', on: '2024-07-01' }).query).toMatchObject({ destination: 'MY', origin: 'ID' });
  });
});

describe('bilateral schemes (fixture data, not real law)', () => {
  const fact = { effectiveFrom: '2020-01-01', sources: [], verification: 'unverified' as const, note: 'test fixture' };
  const scheme: Scheme = {
    ...fact,
    id: 'MY.fixture-bilateral',
    name: { en: 'Fixture agreement scheme' },
    country: 'MY',
    side: 'bilateral',
    partner: 'ID',
    workerCategories: ['general'],
    branches: [{ ...fact, branch: 'old-age', level: 'mandatory', conditions: [] }],
    extras: [{ ...fact, kind: 'return-ticket', conditions: [] }],
  };
  const data: ProtectionData = {
    ...PROTECTION_DATA,
    destinations: { ...PROTECTION_DATA.destinations, MY: { ...PROTECTION_DATA.destinations.MY!, schemes: [scheme] } },
  };

  it('applies only to workers from the partner country', () => {
    const fromPartner = coverageFor({ origin: 'ID', destination: 'MY', workerCategory: 'general', on: '2024-01-01' }, data);
    expect(row(fromPartner, 'old-age').destination.items.map((i) => i.scheme?.id)).toEqual(['MY.fixture-bilateral']);
    expect(extras(fromPartner, 'return-ticket')).toHaveLength(1);
    for (const origin of ['NP', undefined]) {
      const other = coverageFor({ origin, destination: 'MY', workerCategory: 'general', on: '2024-01-01' }, data);
      expect(row(other, 'old-age').destination.items.map((i) => i.scheme?.id)).toEqual([]);
      expect(extras(other, 'return-ticket')).toEqual([]);
    }
  });
});
