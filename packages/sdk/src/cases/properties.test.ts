import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import { casesFromCsv, casesFromJson, casesToCsv, casesToJson, summariseCases } from './index.js';
import { arbCase } from './test/fixtures.js';

describe('round trips of random valid cases', () => {
  it('CSV: export then import gives the same cases and no errors', () => {
    fc.assert(
      fc.property(fc.uniqueArray(arbCase, { selector: (c) => c.id, maxLength: 5 }), fc.constantFrom<',' | ';' | '\t'>(',', ';', '\t'), (cases, delimiter) => {
        expect(casesFromCsv(casesToCsv(cases, { delimiter }), { delimiter })).toEqual({ cases, errors: [] });
      }),
      { numRuns: 200 },
    );
  });

  it('JSON: export then import gives the same cases and no errors', () => {
    fc.assert(
      fc.property(fc.uniqueArray(arbCase, { selector: (c) => c.id, maxLength: 5 }), (cases) => {
        expect(casesFromJson(casesToJson(cases))).toEqual({ cases, errors: [] });
      }),
    );
  });

  it('summary counts equal the number of cases after a CSV round trip', () => {
    fc.assert(
      fc.property(fc.uniqueArray(arbCase, { selector: (c) => c.id, maxLength: 10 }), (cases) => {
        const back = casesFromCsv(casesToCsv(cases)).cases;
        expect(summariseCases(back)).toEqual(summariseCases(cases));
        expect(summariseCases(back).cases).toBe(cases.length);
      }),
    );
  });

  it('import never drops a row silently: each data row becomes a case or has an error', () => {
    const mutation = fc.record({ column: fc.nat(), value: fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('', '2024-02-30', 'XX', '-1', '1.5', 'true')) });
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(arbCase, fc.array(mutation, { maxLength: 3 })), { minLength: 1, maxLength: 6, selector: ([c]) => c.id }), (rows) => {
        const [header, ...records] = Papa.parse<string[]>(casesToCsv(rows.map(([c]) => c)), { skipEmptyLines: true }).data;
        records.forEach((record, i) => {
          for (const m of rows[i]![1]) record[m.column % record.length] = m.value;
        });
        const { cases, errors } = casesFromCsv(Papa.unparse([header!, ...records]));
        const rowsWithErrors = new Set(errors.map((e) => e.row));
        expect(cases.length + rowsWithErrors.size).toBe(records.length);
        for (const e of errors) expect(e.code).toMatch(/^(error|cases)\./);
      }),
      { numRuns: 200 },
    );
  });
});
