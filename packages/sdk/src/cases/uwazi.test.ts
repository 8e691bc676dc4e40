import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { casesToUwaziCsv, UWAZI_TEMPLATE, type Case } from './index.js';
import { baseCase } from './test/fixtures.js';

const rows = (csv: string) => Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });

describe('casesToUwaziCsv', () => {
  const identified: Case = baseCase({
    worker: { ...baseCase().worker, identifiers: { name: 'Ram Bahadur' } },
    consent: { given: true, scope: 'share-identified', givenOn: '2024-06-02' },
  });
  const kuwait: Case = baseCase({
    id: 'second-case-01',
    journey: { destination: 'KW' },
    violations: [
      { type: 'unpaid-end-of-service', period: { from: '2020-02', to: '2020-03' }, amount: { currency: 'KWD', minor: 120500 } },
      { type: 'debt-bondage', period: { from: '2019-11' } },
    ],
    actions: [],
    referrals: [],
  });
  const parsed = rows(casesToUwaziCsv([identified, kuwait]));

  it('has a title column, the template properties and one wages column per currency', () => {
    expect(parsed.meta.fields).toEqual(['title', ...UWAZI_TEMPLATE.map((p) => p.name), 'wages_lost_kwd', 'wages_lost_qar']);
    expect(parsed.errors).toEqual([]);
  });

  it('uses Uwazi formats: | for many values, YYYY-MM-DD dates, from:to ranges', () => {
    const [a, b] = parsed.data as [Record<string, string>, Record<string, string>];
    expect(a.title).toBe(identified.id);
    expect(a.violation_types).toBe('unpaid-wages|recruitment-fees|retention-of-identity-documents');
    expect(a.forced_labour_indicators).toBe('retention-of-identity-documents');
    // Earliest start 2022-12 → 2022-12-01; two violations have no end, so the range stays open.
    expect(a.violation_period).toBe('2022-12-01:');
    expect(b.violation_period).toBe('2019-11-01:');
    expect(a.departure_date).toBe('2023-01-10');
    expect(a.contract_signed).toBe('2022-12-20');
    expect(a.complaint_dates).toBe('2024-06-10');
    expect(a.contract_substituted).toBe('yes');
    expect(a.basic_monthly_wage).toBe('1000.00');
    // Only wage theft counts as wages lost: QAR 3,000.00 of unpaid wages, not the NPR recruitment fee.
    expect([a.wages_lost_qar, a.wages_lost_kwd, b.wages_lost_kwd, b.wages_lost_qar]).toEqual(['3000.00', '', '120.500', '']);
  });

  it('closes a range when every violation has an end, on the last day of the last month', () => {
    const c = baseCase({ violations: [{ type: 'unpaid-wages', period: { from: '2024-01-15', to: '2024-02' } }] });
    expect(rows(casesToUwaziCsv([c])).data[0]!.violation_period).toBe('2024-01-15:2024-02-29');
  });

  it('never writes names, passport or phone numbers, or the pseudonym', () => {
    const csv = casesToUwaziCsv([identified]);
    expect(csv).not.toContain('Ram Bahadur');
    expect(csv).not.toContain('Worker A');
  });

  it('defuses spreadsheet formulas in free text', () => {
    const c = baseCase({ worker: { ...baseCase().worker, occupation: '=1+1\ncleaner' } });
    expect(rows(casesToUwaziCsv([c])).data[0]!.occupation).toBe("'=1+1\ncleaner");
  });

  it('uses thesaurus labels when given, and keeps | out of values', () => {
    const csv = casesToUwaziCsv([baseCase({ actions: [{ kind: 'complaint', body: 'MoL | Doha', filedOn: '2024', outcome: 'paid' }] })], {
      label: (property, value) => (property === 'country_of_destination' && value === 'QA' ? 'Qatar' : value),
    });
    const row = rows(csv).data[0]!;
    expect(row.country_of_destination).toBe('Qatar');
    expect(row.complaint_bodies).toBe('MoL / Doha');
    expect(row.complaint_dates).toBe('2024-01-01');
  });
});
