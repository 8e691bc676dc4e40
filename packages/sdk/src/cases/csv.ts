/**
 * Cases to and from a flat CSV (one case per row) with papaparse. The column mapping is documented
 * in README.md; every problem is reported with its row and column, and a row is either imported
 * whole or reported, never dropped silently.
 */
import Papa from 'papaparse';
import type { Params } from '../i18n/index.js';
import { isCurrencyCode, parseMajor, toDecimalString, type Money } from '../money/index.js';
import type { Case } from './schema.js';
import { validateCase } from './validate.js';

/** A problem found in an imported file. `row` counts as a spreadsheet does: the header is row 1, 0 is the whole file. */
export interface RowProblem {
  row: number;
  column: string;
  code: string;
  params?: Params;
}

export interface CasesImport {
  cases: Case[];
  errors: RowProblem[];
}

type Kind = 'text' | 'code' | 'boolean' | 'integer' | 'amount';
interface Field {
  path: string;
  kind: Kind;
}
type ListName = 'violations' | 'actions' | 'referrals';

/** Fields with one value per case. An `amount` field has a second column `<path>.currency`. */
const SCALAR_FIELDS: readonly Field[] = [
  { path: 'id', kind: 'code' },
  { path: 'schemaVersion', kind: 'integer' },
  { path: 'createdOn', kind: 'code' },
  { path: 'updatedOn', kind: 'code' },
  { path: 'status', kind: 'code' },
  { path: 'anonymised', kind: 'code' },
  { path: 'worker.pseudonym', kind: 'text' },
  { path: 'worker.gender', kind: 'code' },
  { path: 'worker.ageBand', kind: 'code' },
  { path: 'worker.nationality', kind: 'code' },
  { path: 'worker.occupation', kind: 'text' },
  { path: 'worker.sector', kind: 'code' },
  { path: 'worker.migrationStatus', kind: 'code' },
  { path: 'worker.identifiers.name', kind: 'text' },
  { path: 'worker.identifiers.passportNo', kind: 'text' },
  { path: 'worker.identifiers.phone', kind: 'text' },
  { path: 'journey.origin', kind: 'code' },
  { path: 'journey.originPlace', kind: 'text' },
  { path: 'journey.destination', kind: 'code' },
  { path: 'journey.destinationPlace', kind: 'text' },
  { path: 'journey.recruiter', kind: 'text' },
  { path: 'journey.subAgent', kind: 'text' },
  { path: 'journey.departureOn', kind: 'code' },
  { path: 'journey.arrivalOn', kind: 'code' },
  { path: 'journey.contract.signedOn', kind: 'code' },
  { path: 'journey.contract.basicMonthly', kind: 'amount' },
  { path: 'journey.contract.substituted', kind: 'boolean' },
  { path: 'consent.given', kind: 'boolean' },
  { path: 'consent.scope', kind: 'code' },
  { path: 'consent.givenOn', kind: 'code' },
];

/** Fields of list items: one `;`-separated cell per field, items aligned by position. */
const LIST_FIELDS: Readonly<Record<ListName, readonly Field[]>> = {
  violations: [
    { path: 'type', kind: 'code' },
    { path: 'period.from', kind: 'code' },
    { path: 'period.to', kind: 'code' },
    { path: 'amount', kind: 'amount' },
  ],
  actions: [
    { path: 'kind', kind: 'code' },
    { path: 'body', kind: 'text' },
    { path: 'pathway.destination', kind: 'code' },
    { path: 'pathway.problem', kind: 'code' },
    { path: 'filedOn', kind: 'code' },
    { path: 'outcome', kind: 'code' },
  ],
  referrals: [
    { path: 'kind', kind: 'code' },
    { path: 'organisation', kind: 'text' },
    { path: 'on', kind: 'code' },
  ],
};
const LISTS = Object.keys(LIST_FIELDS) as ListName[];

const columnsOf = (prefix: string, f: Field) => (f.kind === 'amount' ? [prefix + f.path, `${prefix}${f.path}.currency`] : [prefix + f.path]);

/** The CSV header, in order. */
export const CASE_CSV_COLUMNS: readonly string[] = [
  ...SCALAR_FIELDS.flatMap((f) => columnsOf('', f)),
  ...LISTS.flatMap((list) => LIST_FIELDS[list].flatMap((f) => columnsOf(`${list}.`, f))),
];

export const CSV_LIST_SEPARATOR = ';';

/** Cells a spreadsheet would run as a formula (and `'`, so the escape can be undone exactly). */
const FORMULA_START = /^[=+\-@\t\r']/;

export interface CsvExportOptions {
  /** Start with a UTF-8 byte order mark so Excel reads Arabic and Devanagari correctly (default true). */
  bom?: boolean;
  delimiter?: ',' | ';' | '\t';
}

export function casesToCsv(cases: readonly Case[], { bom = true, delimiter = ',' }: CsvExportOptions = {}): string {
  const rows = cases.map((c) => {
    const cells: string[] = [];
    for (const f of SCALAR_FIELDS) cells.push(...formatField(f, getPath(c, f.path)));
    for (const list of LISTS) {
      const items = c[list] as readonly unknown[];
      for (const f of LIST_FIELDS[list]) {
        const formatted = items.map((item) => formatField(f, getPath(item, f.path)));
        const width = f.kind === 'amount' ? 2 : 1;
        for (let k = 0; k < width; k++) cells.push(joinList(formatted.map((parts) => parts[k]!)));
      }
    }
    return cells;
  });
  const csv = Papa.unparse(
    { fields: [...CASE_CSV_COLUMNS], data: rows },
    { quotes: true, newline: '\r\n', delimiter, escapeFormulae: FORMULA_START },
  );
  return (bom ? '\uFEFF' : '') + csv;
}

export interface CsvImportOptions {
  delimiter?: ',' | ';' | '\t';
}

export function casesFromCsv(text: string, { delimiter = ',' }: CsvImportOptions = {}): CasesImport {
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false, delimiter });
  const errors: RowProblem[] = [];
  const brokenRows = new Set<number>();
  for (const e of parsed.errors) {
    const row = e.row === undefined ? 0 : e.row + 1;
    brokenRows.add(row);
    errors.push({ row, column: '', code: e.type === 'Quotes' ? 'cases.csv.quotes' : 'cases.csv.malformed' });
  }
  const [header, ...records] = parsed.data;
  if (!header || header.every((h) => h.trim() === '')) {
    return { cases: [], errors: [...errors, { row: 1, column: '', code: 'cases.csv.noHeader' }] };
  }
  const names = header.map((h) => h.trim());
  const index = new Map<string, number>();
  names.forEach((name, i) => {
    if (!CASE_CSV_COLUMNS.includes(name)) errors.push({ row: 1, column: name, code: 'cases.csv.unknownColumn' });
    else if (index.has(name)) errors.push({ row: 1, column: name, code: 'cases.csv.duplicateColumn' });
    else index.set(name, i);
  });

  const cases: Case[] = [];
  const firstRowOf = new Map<string, number>();
  records.forEach((record, i) => {
    const row = i + 2;
    if (record.every((cell) => cell.trim() === '')) return; // a blank line holds no case
    if (brokenRows.has(row)) return; // already reported
    if (record.length !== header.length) {
      errors.push({ row, column: '', code: 'cases.csv.fieldCount', params: { expected: header.length, found: record.length } });
      return;
    }
    const cell = (column: string) => {
      const at = index.get(column);
      return at === undefined ? '' : unescapeFormula(record[at]!);
    };
    const rowErrors: RowProblem[] = [];
    const draft = readRow(cell, (column, code, params) => rowErrors.push(params ? { row, column, code, params } : { row, column, code }));
    if (rowErrors.length) {
      errors.push(...rowErrors);
      return;
    }
    const checked = validateCase(draft);
    if (!checked.ok) for (const p of checked.problems) errors.push(locate(row, p.field, p.code, p.params));
    else if (firstRowOf.has(checked.case.id)) errors.push({ row, column: 'id', code: 'cases.import.duplicateId', params: { firstRow: firstRowOf.get(checked.case.id)! } });
    else (firstRowOf.set(checked.case.id, row), cases.push(checked.case));
  });
  return { cases, errors };
}

type Report = (column: string, code: string, params?: Params) => void;

function readRow(cell: (column: string) => string, report: Report): Record<string, unknown> {
  // Every journey field is optional, so a row without any still has a journey.
  const draft: Record<string, unknown> = { journey: {} };
  for (const f of SCALAR_FIELDS) {
    const value = readField(f, f.path, cell(f.path), cell(`${f.path}.currency`), report);
    if (value !== undefined) setPath(draft, f.path, value);
  }
  for (const list of LISTS) {
    const fields = LIST_FIELDS[list];
    const columns = fields.flatMap((f) => columnsOf(`${list}.`, f));
    const split = new Map(columns.map((column) => [column, splitList(cell(column))]));
    const count = Math.max(...[...split.values()].map((values) => values.length));
    for (const [column, values] of split) {
      if (values.length !== 0 && values.length !== count) report(column, 'cases.csv.listLength', { expected: count, found: values.length });
    }
    const items = Array.from({ length: count }, () => ({}) as Record<string, unknown>);
    for (const f of fields) {
      const column = `${list}.${f.path}`;
      items.forEach((item, k) => {
        const at = (c: string) => split.get(c)?.[k] ?? '';
        const value = readField(f, column, at(column), at(`${column}.currency`), report, k + 1);
        if (value !== undefined) setPath(item, f.path, value);
      });
    }
    draft[list] = items;
  }
  return draft;
}

function readField(f: Field, column: string, raw: string, currencyRaw: string, report: Report, item?: number): unknown {
  const at = item === undefined ? undefined : { item };
  const value = f.kind === 'text' ? raw : raw.trim();
  if (f.kind === 'amount') {
    const currency = currencyRaw.trim();
    if (value === '' && currency === '') return undefined;
    if (value === '') return report(column, 'error.required', at);
    if (currency === '') return report(`${column}.currency`, 'error.required', at);
    if (!isCurrencyCode(currency)) return report(`${column}.currency`, 'cases.error.currency', at);
    const money = parseMajor(currency, value);
    return money ?? report(column, 'cases.csv.amount', at);
  }
  if (value === '') return undefined;
  switch (f.kind) {
    case 'boolean': {
      const lower = value.toLowerCase();
      if (lower === 'true' || lower === 'yes') return true;
      if (lower === 'false' || lower === 'no') return false;
      return report(column, 'cases.csv.boolean', at);
    }
    case 'integer':
      return /^\d{1,9}$/.test(value) ? Number(value) : report(column, 'cases.csv.integer', at);
    default:
      return value;
  }
}

function formatField(f: Field, value: unknown): string[] {
  if (f.kind === 'amount') {
    const money = value as Money | undefined;
    return money ? [toDecimalString(money), money.currency] : ['', ''];
  }
  if (value === undefined) return [''];
  return [String(value)];
}

/** Maps a validation problem's field (`violations.2.amount.minor`) to its column and item number. */
function locate(row: number, field: string, code: string, params?: Params): RowProblem {
  const segments = field.split('.');
  let item: number | undefined;
  if ((LISTS as string[]).includes(segments[0]!) && /^\d+$/.test(segments[1] ?? '')) {
    item = Number(segments[1]) + 1;
    segments.splice(1, 1);
  }
  if (segments[segments.length - 1] === 'minor') segments.pop();
  const path = segments.join('.');
  const column = CASE_CSV_COLUMNS.includes(path) ? path : (CASE_CSV_COLUMNS.find((c) => c.startsWith(`${path}.`)) ?? path);
  const allParams = item === undefined ? params : { ...params, item };
  return allParams ? { row, column, code, params: allParams } : { row, column, code };
}

/** Joins list items with `;`, escaping `\` and `;` inside items. An all-empty list is an empty cell. */
function joinList(items: readonly string[]): string {
  if (items.every((s) => s === '')) return '';
  return items.map((s) => s.replace(/\\/g, '\\\\').replace(/;/g, '\\;')).join(CSV_LIST_SEPARATOR);
}

/** Splits a list cell on unescaped `;`. An empty cell is an empty list. */
function splitList(cell: string): string[] {
  if (cell === '') return [];
  const items: string[] = [];
  let current = '';
  for (let i = 0; i < cell.length; i++) {
    const ch = cell[i]!;
    if (ch === '\\' && i + 1 < cell.length) current += cell[++i];
    else if (ch === CSV_LIST_SEPARATOR) (items.push(current), (current = ''));
    else current += ch;
  }
  items.push(current);
  return items;
}

function unescapeFormula(cell: string): string {
  return cell.length > 1 && cell[0] === "'" && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

function getPath(source: unknown, path: string): unknown {
  let value = source;
  for (const key of path.split('.')) value = value === null || typeof value !== 'object' ? undefined : (value as Record<string, unknown>)[key];
  return value;
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
  node[keys[keys.length - 1]!] = value;
}
