import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { CASE_CSV_COLUMNS, casesFromCsv, casesFromJson, casesToCsv, casesToJson, type Case } from './index.js';
import { baseCase } from './test/fixtures.js';

/** Parses our own output back into header + rows, to look at single cells. */
const cells = (csv: string) => Papa.parse<string[]>(csv, { header: false, skipEmptyLines: true }).data;
const column = (csv: string, name: string, row = 1) => {
  const [header, ...rows] = cells(csv);
  return rows[row - 1]![header!.indexOf(name)];
};

const tricky = (): Case =>
  baseCase({
    worker: {
      ...baseCase().worker,
      pseudonym: 'राम "Ram", the fixer',
      occupation: 'عامل بناء\nline two; with semicolon \\ and backslash',
      identifiers: { name: '=HYPERLINK("http://evil")', phone: '+977 98' },
    },
    journey: { ...baseCase().journey, recruiter: "'quoted' agency, Ltd.", destinationPlace: 'الدوحة' },
    actions: [
      { kind: 'complaint', body: 'Labour; Court', filedOn: '2024-06', outcome: 'pending' },
      { kind: 'complaint', body: 'MoL, Doha', pathway: { destination: 'QA', problem: 'unpaid-wages' }, filedOn: '2024-07-01', outcome: 'conciliation' },
    ],
    consent: { given: true, scope: 'share-identified', givenOn: '2024-06-02' },
  });

describe('casesToCsv / casesFromCsv', () => {
  it('writes the documented header, with a BOM for Excel', () => {
    const csv = casesToCsv([baseCase()]);
    expect(csv.startsWith('\uFEFF"id","schemaVersion","createdOn"')).toBe(true);
    expect(cells(csv)[0]).toEqual([...CASE_CSV_COLUMNS]);
    expect(casesToCsv([], { bom: false }).startsWith('"id"')).toBe(true);
  });

  it('writes lists as aligned ;-separated cells and amounts as decimal major units', () => {
    const csv = casesToCsv([baseCase()]);
    expect(column(csv, 'violations.type')).toBe('unpaid-wages;recruitment-fees;retention-of-identity-documents');
    expect(column(csv, 'violations.period.to')).toBe('2024-05-31;;');
    expect(column(csv, 'violations.amount')).toBe('3000.00;150000.00;');
    expect(column(csv, 'violations.amount.currency')).toBe('QAR;NPR;');
    expect(column(csv, 'journey.contract.basicMonthly')).toBe('1000.00');
    expect(column(csv, 'consent.given')).toBe('true');
  });

  it('round-trips quotes, commas, newlines, semicolons, RTL and Devanagari text', () => {
    const c = tricky();
    expect(casesFromCsv(casesToCsv([c]))).toEqual({ cases: [c], errors: [] });
  });

  it('defuses spreadsheet formulas on export and restores them on import', () => {
    const csv = casesToCsv([tricky()]);
    expect(column(csv, 'worker.identifiers.name')).toBe('\'=HYPERLINK("http://evil")');
    expect(column(csv, 'journey.recruiter')).toBe("''quoted' agency, Ltd.");
    expect(column(csv, 'actions.body')).toBe('Labour\\; Court;MoL, Doha');
  });

  it('reads semicolon-delimited files (European Excel)', () => {
    const c = tricky();
    expect(casesFromCsv(casesToCsv([c], { delimiter: ';' }), { delimiter: ';' }).cases).toEqual([c]);
  });

  it('accepts what people type: digits in other scripts, yes/no, spaces around codes', () => {
    const header = 'id,schemaVersion,createdOn,updatedOn,status,worker.pseudonym,consent.given,consent.scope,consent.givenOn,violations.type,violations.amount,violations.amount.currency,journey.destination';
    const row = 'abc12345-0001,1,2024-06,2024-06, open ,A,yes,store,2024-06-01,unpaid-wages,"१,८००.५०",QAR, QA ';
    const { cases, errors } = casesFromCsv(`${header}\n${row}\n`);
    expect(errors).toEqual([]);
    expect(cases[0]!.violations).toEqual([{ type: 'unpaid-wages', amount: { currency: 'QAR', minor: 180050 } }]);
    expect(cases[0]!.status).toBe('open');
    expect(cases[0]!.journey).toEqual({ destination: 'QA' });
  });

  it('reports every problem with its row and column, and imports the good rows', () => {
    const good = baseCase({ id: 'good-case-0001' });
    const csv = casesToCsv([good, baseCase({ id: 'second-case-01' })], { bom: false });
    const lines = csv.split('\r\n');
    const header = cells(csv)[0]!;
    const broken = cells(csv)[2]!.slice();
    broken[header.indexOf('createdOn')] = '2024-02-30';
    broken[header.indexOf('violations.amount')] = '3000.00;abc;';
    broken[header.indexOf('worker.gender')] = 'woman';
    const brokenLine = Papa.unparse([broken], { quotes: true });
    const text = [lines[0], lines[1], brokenLine, '"only","three","cells"', '', lines[2]].join('\r\n');
    const { cases, errors } = casesFromCsv(text);
    expect(cases.map((c) => c.id)).toEqual(['good-case-0001', 'second-case-01']);
    expect(errors).toEqual([
      // Row 3: a cell that cannot be read is reported before validation runs.
      { row: 3, column: 'violations.amount', code: 'cases.csv.amount', params: { item: 2 } },
      { row: 4, column: '', code: 'cases.csv.fieldCount', params: { expected: CASE_CSV_COLUMNS.length, found: 3 } },
    ]);
    // Once the amount is fixed, validation names the other two cells of row 3.
    broken[header.indexOf('violations.amount')] = '3000.00;150000.00;';
    const again = casesFromCsv([lines[0], Papa.unparse([broken], { quotes: true })].join('\r\n'));
    expect(again.cases).toEqual([]);
    expect(again.errors).toEqual(
      expect.arrayContaining([
        { row: 2, column: 'createdOn', code: 'cases.error.date' },
        { row: 2, column: 'worker.gender', code: 'error.choice' },
      ]),
    );
  });

  it('maps nested validation problems to the column and list item', () => {
    const header = 'id,schemaVersion,createdOn,updatedOn,status,worker.pseudonym,consent.given,consent.scope,consent.givenOn,violations.type,violations.period.from,violations.period.to,worker.identifiers.name';
    const row = 'abc12345-0002,1,2024-06,2024-06,open,A,true,store,2024-06-01,unpaid-wages;isolation,2024-03;2024-05,2024-04;2024-04,Ram';
    expect(casesFromCsv(`${header}\n${row}`).errors).toEqual([
      { row: 2, column: 'violations.period.to', code: 'cases.error.periodOrder', params: { item: 2 } },
      { row: 2, column: 'worker.identifiers.name', code: 'cases.error.identifiersNeedConsent' },
    ]);
  });

  it('reports misaligned lists, half-filled amounts, bad booleans and header problems', () => {
    const header = 'id,schemaVersion,status,violations.type,violations.amount,violations.amount.currency,consent.given,notes,status';
    const row = 'abc12345-0003,one,open,unpaid-wages;underpayment,100.00,,maybe,secret,open';
    const { cases, errors } = casesFromCsv(`${header}\n${row}`);
    expect(cases).toEqual([]);
    expect(errors).toEqual([
      { row: 1, column: 'notes', code: 'cases.csv.unknownColumn' },
      { row: 1, column: 'status', code: 'cases.csv.duplicateColumn' },
      { row: 2, column: 'schemaVersion', code: 'cases.csv.integer' },
      { row: 2, column: 'consent.given', code: 'cases.csv.boolean' },
      { row: 2, column: 'violations.amount', code: 'cases.csv.listLength', params: { expected: 2, found: 1 } },
      { row: 2, column: 'violations.amount.currency', code: 'error.required', params: { item: 1 } },
    ]);
  });

  it('reports an unclosed quote and an empty file', () => {
    const csv = casesToCsv([baseCase()], { bom: false });
    const { cases, errors } = casesFromCsv(`${csv}\r\n"abc12345-0004,1`);
    expect(cases).toHaveLength(1);
    expect(errors).toEqual([{ row: 3, column: '', code: 'cases.csv.quotes' }]);
    expect(casesFromCsv('')).toEqual({ cases: [], errors: [{ row: 1, column: '', code: 'cases.csv.noHeader' }] });
  });

  it('imports a case number once and reports the repeat', () => {
    const { cases, errors } = casesFromCsv(casesToCsv([baseCase(), baseCase({ status: 'resolved' })]));
    expect(cases).toEqual([baseCase()]);
    expect(errors).toEqual([{ row: 3, column: 'id', code: 'cases.import.duplicateId', params: { firstRow: 2 } }]);
  });

  it('counts a missing column as a missing value, not a silent default', () => {
    const { errors } = casesFromCsv('id,status\nabc12345-0005,open');
    expect(errors).toEqual(
      expect.arrayContaining([
        { row: 2, column: 'schemaVersion', code: 'error.required' },
        { row: 2, column: 'worker.pseudonym', code: 'error.required' },
        { row: 2, column: 'consent.given', code: 'error.required' },
      ]),
    );
  });
});

describe('casesToJson / casesFromJson', () => {
  it('round-trips through a versioned envelope', () => {
    const c = tricky();
    const json = casesToJson([c]);
    expect(JSON.parse(json)).toMatchObject({ format: 'mrk-cases', schemaVersion: 1 });
    expect(casesFromJson(json)).toEqual({ cases: [c], errors: [] });
  });

  it('also reads a bare array and reports problems by position and field', () => {
    const { cases, errors } = casesFromJson(JSON.stringify([baseCase(), { ...baseCase(), status: 'lost' }]));
    expect(cases).toHaveLength(1);
    expect(errors).toEqual([{ row: 2, column: 'status', code: 'error.choice' }]);
  });

  it('imports a case number once and reports the repeat', () => {
    expect(casesFromJson(casesToJson([baseCase(), baseCase()])).errors).toEqual([{ row: 2, column: 'id', code: 'cases.import.duplicateId', params: { firstRow: 1 } }]);
  });

  it('reports broken files as a whole', () => {
    expect(casesFromJson('{').errors).toEqual([{ row: 0, column: '', code: 'cases.json.syntax' }]);
    expect(casesFromJson('{"a":1}').errors).toEqual([{ row: 0, column: '', code: 'cases.json.shape' }]);
    expect(casesFromJson('{"format":"mrk-cases","schemaVersion":2,"cases":[]}').errors).toEqual([
      { row: 0, column: 'schemaVersion', code: 'cases.json.unsupportedVersion', params: { version: '2' } },
    ]);
  });
});
