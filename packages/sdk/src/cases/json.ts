/** Cases as JSON: a small versioned envelope, so a file says what it is and which schema it follows. */
import { CASE_SCHEMA_VERSION, type Case } from './schema.js';
import type { CasesImport, RowProblem } from './csv.js';
import { validateCase } from './validate.js';

export const CASES_JSON_FORMAT = 'mrk-cases';

export interface CasesJsonFile {
  format: typeof CASES_JSON_FORMAT;
  schemaVersion: typeof CASE_SCHEMA_VERSION;
  cases: Case[];
}

export function casesToJson(cases: readonly Case[]): string {
  const file: CasesJsonFile = { format: CASES_JSON_FORMAT, schemaVersion: CASE_SCHEMA_VERSION, cases: [...cases] };
  return JSON.stringify(file, null, 2);
}

/**
 * Reads the envelope written by casesToJson, or a bare array of cases. Problems name the case by
 * its position (`row`, from 1) and the field (`column`); row 0 is the whole file.
 */
export function casesFromJson(text: string): CasesImport {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fileProblem('cases.json.syntax');
  }
  let items: unknown;
  if (Array.isArray(data)) items = data;
  else if (isEnvelope(data)) {
    if (data.schemaVersion !== CASE_SCHEMA_VERSION) return fileProblem('cases.json.unsupportedVersion', String(data.schemaVersion));
    items = data.cases;
  }
  if (!Array.isArray(items)) return fileProblem('cases.json.shape');

  const cases: Case[] = [];
  const errors: RowProblem[] = [];
  const firstRowOf = new Map<string, number>();
  items.forEach((item, i) => {
    const row = i + 1;
    const checked = validateCase(item);
    if (!checked.ok) for (const p of checked.problems) errors.push(p.params ? { row, column: p.field, code: p.code, params: p.params } : { row, column: p.field, code: p.code });
    else if (firstRowOf.has(checked.case.id)) errors.push({ row, column: 'id', code: 'cases.import.duplicateId', params: { firstRow: firstRowOf.get(checked.case.id)! } });
    else (firstRowOf.set(checked.case.id, row), cases.push(checked.case));
  });
  return { cases, errors };
}

function isEnvelope(data: unknown): data is { format: string; schemaVersion: unknown; cases: unknown } {
  return typeof data === 'object' && data !== null && (data as { format?: unknown }).format === CASES_JSON_FORMAT;
}

function fileProblem(code: string, version?: string): CasesImport {
  return { cases: [], errors: [version === undefined ? { row: 0, column: '', code } : { row: 0, column: 'schemaVersion', code, params: { version } }] };
}
