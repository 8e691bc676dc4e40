import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  caseJsonSchema,
  comparePartialDates,
  consentAllows,
  firstDayOf,
  generaliseDate,
  isPartialDate,
  lastDayOf,
  newCaseId,
  validateCase,
  VIOLATION_TYPES,
  type Case,
} from './index.js';
import { arbCase, baseCase } from './test/fixtures.js';

const problemsOf = (input: unknown) => {
  const r = validateCase(input);
  return r.ok ? [] : r.problems;
};

describe('partial dates', () => {
  it('accepts a year, a month or a real day', () => {
    expect(['2024', '2024-02', '2024-02-29'].every(isPartialDate)).toBe(true);
    expect(['2023-02-29', '2024-13', '24-01', '0202', '2024-1', '', 20240101].some(isPartialDate)).toBe(false);
  });
  it('generalises by cutting, never adds detail', () => {
    expect(generaliseDate('2024-03-15', 'month')).toBe('2024-03');
    expect(generaliseDate('2024-03-15', 'year')).toBe('2024');
    expect(generaliseDate('2024', 'day')).toBe('2024');
  });
  it('compares at the shared precision and expands to calendar days', () => {
    expect(comparePartialDates('2024-03', '2024-03-15')).toBe(0);
    expect(comparePartialDates('2024-02-29', '2024-03')).toBe(-1);
    expect(firstDayOf('2024')).toBe('2024-01-01');
    expect(lastDayOf('2024-02')).toBe('2024-02-29'); // leap year
    expect(lastDayOf('2023-02')).toBe('2023-02-28');
  });
});

describe('validateCase', () => {
  it('accepts a complete case and returns it unchanged', () => {
    const c = baseCase();
    expect(validateCase(c)).toEqual({ ok: true, case: c });
  });

  it('survives a JSON round trip (random valid cases)', () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const again = validateCase(JSON.parse(JSON.stringify(c)));
        expect(again).toEqual({ ok: true, case: c });
      }),
    );
  });

  it('drops fields it does not know', () => {
    const r = validateCase({ ...baseCase(), notes: 'free text with a name' });
    expect(r.ok && 'notes' in r.case).toBe(false);
  });

  it('reports problems as codes per field, never zod English', () => {
    const bad = baseCase({
      createdOn: '2024-08-01', // after updatedOn 2024-07-15
      worker: { ...baseCase().worker, pseudonym: '  ', nationality: 'Nepal' },
      violations: [
        { type: 'unpaid-wages', period: { from: '2023-02-29' } },
        { type: 'isolation', amount: { currency: 'QAR', minor: 100 } },
        { type: 'underpayment', period: { from: '2024-05', to: '2024-04-30' }, amount: { currency: 'QAR', minor: -1 } },
      ],
    });
    expect(problemsOf(bad)).toEqual(
      expect.arrayContaining([
        { field: 'updatedOn', code: 'cases.error.updatedBeforeCreated' },
        { field: 'worker.pseudonym', code: 'error.required' },
        { field: 'worker.nationality', code: 'cases.error.country' },
        { field: 'violations.0.period.from', code: 'cases.error.date' },
        { field: 'violations.1.amount', code: 'cases.error.amountNotApplicable' },
        { field: 'violations.2.period.to', code: 'cases.error.periodOrder' },
        { field: 'violations.2.amount.minor', code: 'error.tooSmall', params: { minimum: 0 } },
      ]),
    );
  });

  it('tells a wrong value from a missing one', () => {
    const { status: _omit, ...noStatus } = baseCase();
    expect(problemsOf({ ...noStatus, worker: { ...baseCase().worker, pseudonym: 42 } })).toEqual([
      { field: 'status', code: 'error.choice' },
      { field: 'worker.pseudonym', code: 'error.invalid' },
    ]);
  });

  it('keeps identifiers only with consent to be shared identified', () => {
    const identifiers = { name: 'Ram Bahadur', passportNo: 'PA1234567' };
    const withIds = (scope: Case['consent']['scope']) =>
      baseCase({ worker: { ...baseCase().worker, identifiers }, consent: { given: true, scope, givenOn: '2024-06-02' } });
    expect(problemsOf(withIds('store'))).toEqual([{ field: 'worker.identifiers', code: 'cases.error.identifiersNeedConsent' }]);
    expect(problemsOf(withIds('share-anonymised'))).toEqual([{ field: 'worker.identifiers', code: 'cases.error.identifiersNeedConsent' }]);
    expect(validateCase(withIds('share-identified')).ok).toBe(true);
  });

  it('requires consent, with its date', () => {
    expect(problemsOf(baseCase({ consent: { given: false, scope: 'store', givenOn: '2024-06-02' } }))).toEqual([
      { field: 'consent.given', code: 'cases.error.consentRequired' },
    ]);
    const { givenOn: _omit, ...noDate } = baseCase().consent;
    expect(problemsOf({ ...baseCase(), consent: noDate })).toEqual([{ field: 'consent.givenOn', code: 'error.required' }]);
  });

  it('names an unknown schema version instead of a wrong choice', () => {
    expect(problemsOf({ ...baseCase(), schemaVersion: 2 })).toEqual([{ field: 'schemaVersion', code: 'cases.error.schemaVersion', params: { version: '2' } }]);
    const { schemaVersion: _omit, ...noVersion } = baseCase();
    expect(problemsOf(noVersion)).toEqual([{ field: 'schemaVersion', code: 'error.required' }]);
  });

  it('never throws on garbage', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const r = validateCase(input);
        if (!r.ok) for (const p of r.problems) expect(p.code).toMatch(/^(error|cases)\./);
      }),
    );
  });
});

describe('ids and consent', () => {
  it('makes random case ids the schema accepts', () => {
    const ids = new Set(Array.from({ length: 100 }, newCaseId));
    expect(ids.size).toBe(100);
    for (const id of ids) expect(validateCase(baseCase({ id })).ok).toBe(true);
  });
  it('orders consent scopes from narrowest to widest', () => {
    const c = baseCase(); // share-anonymised
    expect([consentAllows(c, 'store'), consentAllows(c, 'share-anonymised'), consentAllows(c, 'share-identified')]).toEqual([true, true, false]);
  });
});

describe('caseJsonSchema', () => {
  const schema = caseJsonSchema() as {
    $schema: string;
    required: string[];
    properties: Record<string, any>;
  };
  it('is draft 2020-12 with the required top-level fields', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).toEqual(
      expect.arrayContaining(['id', 'schemaVersion', 'createdOn', 'updatedOn', 'status', 'worker', 'journey', 'violations', 'actions', 'referrals', 'consent']),
    );
    expect(schema.properties.schemaVersion.const).toBe(1);
  });
  it('carries the violation thesaurus and the structural patterns', () => {
    expect(schema.properties.violations.items.properties.type.enum).toEqual([...VIOLATION_TYPES]);
    expect(schema.properties.createdOn.pattern).toBe('^\\d{4}(?:-\\d{2}(?:-\\d{2})?)?$');
    expect(schema.properties.journey.properties.destination.pattern).toBe('^[A-Z]{2}$');
    expect(schema.properties.violations.items.properties.amount.properties.minor).toMatchObject({ type: 'integer', minimum: 0 });
    // The base case's dates and codes match the exported patterns.
    expect(new RegExp(schema.properties.createdOn.pattern).test(baseCase().createdOn)).toBe(true);
  });
});
