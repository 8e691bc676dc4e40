import { describe, expect, it } from 'vitest';
import * as cases from './index.js';
import * as core from './core.js';
import { baseCase } from './test/fixtures.js';

describe('loadCasesCsv / loadCasesUwazi (on demand)', () => {
  it('are exported by the full entry and by core, and are the same functions', () => {
    expect(core.loadCasesCsv).toBe(cases.loadCasesCsv);
    expect(core.loadCasesUwazi).toBe(cases.loadCasesUwazi);
  });

  it('give the very CSV functions and constants the module exports statically', async () => {
    const csv = await core.loadCasesCsv();
    expect(csv.casesToCsv).toBe(cases.casesToCsv);
    expect(csv.casesFromCsv).toBe(cases.casesFromCsv);
    expect(csv.CASE_CSV_COLUMNS).toBe(cases.CASE_CSV_COLUMNS);
    expect(csv.CSV_LIST_SEPARATOR).toBe(cases.CSV_LIST_SEPARATOR);
  });

  it('give the very Uwazi functions the module exports statically', async () => {
    const uwazi = await core.loadCasesUwazi();
    expect(uwazi.casesToUwaziCsv).toBe(cases.casesToUwaziCsv);
    expect(uwazi.wagesLostColumn).toBe(cases.wagesLostColumn);
    expect(uwazi.UWAZI_TEMPLATE).toBe(cases.UWAZI_TEMPLATE);
  });

  it('round-trips cases through CSV exactly as the static functions do', async () => {
    const { casesToCsv, casesFromCsv } = await core.loadCasesCsv();
    const list = [
      baseCase(),
      baseCase({ id: '3f1c2a9e-5b7d-4e21-9c0a-8d6f4b2e1a71', worker: { ...baseCase().worker, pseudonym: 'राम "Ram", the fixer' }, journey: { ...baseCase().journey, recruiter: "'quoted' agency, Ltd." } }),
    ];
    const text = casesToCsv(list);
    expect(text).toBe(cases.casesToCsv(list));
    const loaded = casesFromCsv(text);
    expect(loaded).toEqual(cases.casesFromCsv(text));
    expect(loaded.errors).toEqual([]);
    expect(loaded.cases).toEqual(list);
  });

  it('core has the rest of the cases module, without CSV or Uwazi functions', () => {
    const without = ['casesToCsv', 'casesFromCsv', 'CASE_CSV_COLUMNS', 'CSV_LIST_SEPARATOR', 'casesToUwaziCsv', 'wagesLostColumn', 'UWAZI_TEMPLATE'];
    expect(Object.keys(core).sort()).toEqual(Object.keys(cases).filter((k) => !without.includes(k)).sort());
    for (const [name, value] of Object.entries(core)) expect(cases[name as keyof typeof cases], name).toBe(value);
  });
});
