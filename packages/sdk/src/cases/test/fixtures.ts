/** Test and benchmark helpers: a valid base case, a fast generator of realistic cases, fast-check arbitraries. */
import fc from 'fast-check';
import {
  ACTION_OUTCOMES,
  AGE_BANDS,
  AMOUNT_VIOLATIONS,
  CASE_STATUSES,
  CONSENT_SCOPES,
  FORCED_LABOUR_INDICATORS,
  GENDERS,
  MIGRATION_STATUSES,
  OTHER_VIOLATIONS,
  REFERRAL_KINDS,
  SECTORS,
  VIOLATION_TYPES,
  WAGE_THEFT_VIOLATIONS,
  type Case,
  type Violation,
} from '../schema.js';
import { comparePartialDates, type PartialDate } from '../partial-date.js';

/** A complete, valid case (a Nepali construction worker in Qatar, three months unpaid). */
export function baseCase(overrides: Partial<Case> = {}): Case {
  return {
    id: '3f1c2a9e-5b7d-4e21-9c0a-8d6f4b2e1a70',
    schemaVersion: 1,
    createdOn: '2024-06-02',
    updatedOn: '2024-07-15',
    status: 'in-progress',
    worker: {
      pseudonym: 'Worker A',
      gender: 'male',
      ageBand: '25-34',
      nationality: 'NP',
      occupation: 'Steel fixer',
      sector: 'construction',
      migrationStatus: 'valid-permit',
    },
    journey: {
      origin: 'NP',
      originPlace: 'Dhanusha',
      destination: 'QA',
      destinationPlace: 'Doha',
      recruiter: 'Example Manpower Pvt Ltd',
      subAgent: 'Village agent',
      departureOn: '2023-01-10',
      arrivalOn: '2023-01-11',
      contract: { signedOn: '2022-12-20', basicMonthly: { currency: 'QAR', minor: 100000 }, substituted: true },
    },
    violations: [
      { type: 'unpaid-wages', period: { from: '2024-03-01', to: '2024-05-31' }, amount: { currency: 'QAR', minor: 300000 } },
      { type: 'recruitment-fees', period: { from: '2022-12' }, amount: { currency: 'NPR', minor: 15000000 } },
      { type: 'retention-of-identity-documents', period: { from: '2023-01-11' } },
    ],
    actions: [
      { kind: 'complaint', body: 'QA-MOL', pathway: { destination: 'QA', problem: 'unpaid-wages' }, filedOn: '2024-06-10', outcome: 'pending' },
    ],
    referrals: [{ kind: 'embassy', organisation: 'Embassy of Nepal, Doha', on: '2024-06-05' }],
    consent: { given: true, scope: 'share-anonymised', givenOn: '2024-06-02' },
    ...overrides,
  };
}

/** mulberry32: a tiny deterministic PRNG so generated sets are the same on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function weighted<T>(entries: ReadonlyArray<readonly [T, number]>): (r: number) => T {
  const total = entries.reduce((s, [, w]) => s + w, 0);
  return (r) => {
    let x = r * total;
    for (const [value, w] of entries) if ((x -= w) < 0) return value;
    return entries[entries.length - 1]![0];
  };
}

// Shapes loosely follow Justice for Wage Theft's Volume 2 counts (research §5.3): destinations
// UAE 357, Saudi Arabia 252, Kuwait 182; origins India 620, Indonesia 200, Nepal 116, Bangladesh 115,
// Philippines 62; construction 59 %. The other weights are made up for a realistic spread.
const destination = weighted([['AE', 357], ['SA', 252], ['KW', 182], ['QA', 120], ['MY', 90], ['BH', 40], ['OM', 40], ['SG', 25], ['HK', 25]] as const);
const origin = weighted([['IN', 620], ['ID', 200], ['NP', 116], ['BD', 115], ['PH', 62], ['LK', 30], ['PK', 30]] as const);
const sector = weighted([['construction', 59], ['manufacturing', 13], ['domestic-work', 10], ['retail', 4], ['hospitality', 5], ['cleaning', 5], ['security', 4]] as const);
const status = weighted(CASE_STATUSES.map((s) => [s, 1] as const));
const CURRENCY: Readonly<Record<string, string>> = { AE: 'AED', SA: 'SAR', KW: 'KWD', QA: 'QAR', MY: 'MYR', BH: 'BHD', OM: 'OMR', SG: 'SGD', HK: 'HKD' };
const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * `n` distinct, valid cases: 31 % with wage theft, 46 % of those with a forced-labour indicator
 * (the shares of MFA's 451-worker study), dates spread over 2019–2024.
 */
export function generateCases(n: number, seed = 1): Case[] {
  const r = prng(seed);
  const out: Case[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const dest = destination(r());
    const year = 2019 + Math.floor(r() * 6);
    const month = 1 + Math.floor(r() * 12);
    const from = `${year}-${pad(month)}-${pad(1 + Math.floor(r() * 28))}`;
    const to = `${year}-${pad(month)}-28`;
    const violations: Violation[] = [];
    if (r() < 0.31) {
      violations.push({
        type: WAGE_THEFT_VIOLATIONS[Math.floor(r() * WAGE_THEFT_VIOLATIONS.length)]!,
        period: { from, to },
        amount: { currency: CURRENCY[dest]!, minor: Math.floor(r() * 500_000) },
      });
      if (r() < 0.46) violations.push({ type: FORCED_LABOUR_INDICATORS[Math.floor(r() * FORCED_LABOUR_INDICATORS.length)]!, period: { from } });
    } else {
      violations.push({ type: OTHER_VIOLATIONS[Math.floor(r() * OTHER_VIOLATIONS.length)]!, period: { from: `${year}-${pad(month)}` } });
    }
    out[i] = {
      id: `case-${String(i).padStart(8, '0')}`,
      schemaVersion: 1,
      createdOn: '2025-01-15',
      updatedOn: '2025-02-01',
      status: status(r()),
      worker: { pseudonym: `W${i}`, nationality: origin(r()), sector: sector(r()), ageBand: AGE_BANDS[1 + Math.floor(r() * 4)]! },
      journey: { origin: 'IN', destination: dest },
      violations,
      actions: [],
      referrals: [],
      consent: { given: true, scope: 'share-anonymised', givenOn: '2025-01-15' },
    };
  }
  return out;
}

// ---- fast-check arbitraries for valid cases ----

/** Text that stresses CSV and JSON: separators, quotes, newlines, formula starts, RTL and Devanagari. */
export const arbText = (max: number) =>
  fc
    .array(
      fc.oneof(
        fc.constantFrom(';', '\\', '"', ',', '\n', '\r\n', '\r', "'", '=', '+', '-', '@', '\t', ' ', '|', 'नेपाली', 'العربية', 'বাংলা', '👩🏽‍🔧', '\u200F'),
        fc.string({ minLength: 1, maxLength: 6 }),
      ),
      { minLength: 1, maxLength: 6 },
    )
    .map((parts) => parts.join(''))
    .filter((s) => s.trim().length > 0 && s.length <= max);

export const arbPartialDate: fc.Arbitrary<PartialDate> = fc
  .record({ y: fc.integer({ min: 1990, max: 2030 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }), p: fc.constantFrom(4, 7, 10) })
  .map(({ y, m, d, p }) => `${y}-${pad(m)}-${pad(d)}`.slice(0, p));

const ordered: fc.Arbitrary<[PartialDate, PartialDate]> = fc
  .tuple(arbPartialDate, arbPartialDate)
  .map(([a, b]) => (comparePartialDates(a, b) <= 0 ? [a, b] : [b, a]));
const country = fc.constantFrom('QA', 'AE', 'SA', 'KW', 'MY', 'NP', 'IN', 'PH', 'BD', 'ID');
const arbMoney = fc.record({ currency: fc.constantFrom('QAR', 'KWD', 'NPR', 'JPY', 'INR', 'AED'), minor: fc.integer({ min: 0, max: 1_000_000_000 }) });

const arbViolation: fc.Arbitrary<Violation> = fc
  .record(
    { type: fc.constantFrom(...VIOLATION_TYPES), period: fc.option(fc.tuple(ordered, fc.boolean()), { nil: undefined }), amount: fc.option(arbMoney, { nil: undefined }) },
    { requiredKeys: ['type'] },
  )
  .map(({ type, period, amount }) => {
    const v: Violation = { type };
    if (period) v.period = period[1] ? { from: period[0][0], to: period[0][1] } : { from: period[0][0] };
    if (amount && AMOUNT_VIOLATIONS.includes(type)) v.amount = amount;
    return v;
  });

/** Drops keys whose value is undefined, as a JSON or CSV round trip does. */
function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });

export const arbCase: fc.Arbitrary<Case> = fc
  .record({
    id: fc.uuid(),
    dates: ordered,
    status: fc.constantFrom(...CASE_STATUSES),
    anonymised: opt(fc.constantFrom('low', 'medium', 'high') as fc.Arbitrary<'low' | 'medium' | 'high'>),
    pseudonym: arbText(80),
    gender: opt(fc.constantFrom(...GENDERS)),
    ageBand: opt(fc.constantFrom(...AGE_BANDS)),
    nationality: opt(country),
    occupation: opt(arbText(120)),
    sector: opt(fc.constantFrom(...SECTORS)),
    migrationStatus: opt(fc.constantFrom(...MIGRATION_STATUSES)),
    name: opt(arbText(200)),
    phone: opt(arbText(40)),
    origin: opt(country),
    originPlace: opt(arbText(120)),
    destination: opt(country),
    destinationPlace: opt(arbText(120)),
    recruiter: opt(arbText(200)),
    travel: opt(ordered),
    signedOn: opt(arbPartialDate),
    basicMonthly: opt(arbMoney),
    substituted: opt(fc.boolean()),
    violations: fc.array(arbViolation, { maxLength: 4 }),
    actions: fc.array(
      fc.record({
        body: arbText(120),
        pathway: opt(fc.record({ destination: country, problem: fc.constantFrom('unpaid-wages', 'passport-retention', 'end-of-service') })),
        filedOn: arbPartialDate,
        outcome: fc.constantFrom(...ACTION_OUTCOMES),
      }),
      { maxLength: 3 },
    ),
    referrals: fc.array(fc.record({ kind: fc.constantFrom(...REFERRAL_KINDS), organisation: opt(arbText(200)), on: opt(arbPartialDate) }), { maxLength: 3 }),
    scope: fc.constantFrom(...CONSENT_SCOPES),
    givenOn: arbPartialDate,
  })
  .map((a) => {
    const identified = a.scope === 'share-identified' && (a.name !== undefined || a.phone !== undefined);
    const contract = compact({ signedOn: a.signedOn, basicMonthly: a.basicMonthly, substituted: a.substituted });
    return compact({
      id: a.id,
      schemaVersion: 1 as const,
      createdOn: a.dates[0],
      updatedOn: a.dates[1],
      status: a.status,
      anonymised: a.anonymised,
      worker: compact({
        pseudonym: a.pseudonym,
        gender: a.gender,
        ageBand: a.ageBand,
        nationality: a.nationality,
        occupation: a.occupation,
        sector: a.sector,
        migrationStatus: a.migrationStatus,
        identifiers: identified ? compact({ name: a.name, phone: a.phone }) : undefined,
      }),
      journey: compact({
        origin: a.origin,
        originPlace: a.originPlace,
        destination: a.destination,
        destinationPlace: a.destinationPlace,
        recruiter: a.recruiter,
        departureOn: a.travel?.[0],
        arrivalOn: a.travel?.[1],
        // An empty contract holds nothing a CSV could carry, so generate either none or some.
        contract: Object.keys(contract).length ? contract : undefined,
      }),
      violations: a.violations,
      actions: a.actions.map((x) => compact({ kind: 'complaint' as const, ...x })),
      referrals: a.referrals.map(compact),
      consent: { given: true, scope: a.scope, givenOn: a.givenOn },
    }) as Case;
  });
