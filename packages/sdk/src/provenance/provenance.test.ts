import { describe, expect, it } from 'vitest';
import { auditFacts, inForce, mergeSources, selectInForce, weakestVerification, type Provenance } from './index.js';

const src = { title: 'T', url: 'https://example.org/a', retrievedOn: '2026-11-26' };
const fact = (from: string, to?: string, extra: Partial<Provenance> = {}): Provenance & { key: string } => ({
  key: 'k',
  effectiveFrom: from,
  ...(to ? { effectiveTo: to } : {}),
  sources: [src],
  verification: 'secondary',
  ...extra,
});

describe('effective dating', () => {
  it('selects the entry in force on a date, inclusive at both ends', () => {
    const entries = [fact('2020-01-01', '2021-03-19'), fact('2021-03-20')];
    expect(inForce(entries[0]!, '2021-03-19')).toBe(true);
    expect(selectInForce(entries, '2021-03-19')).toBe(entries[0]);
    expect(selectInForce(entries, '2021-03-20')).toBe(entries[1]);
    expect(selectInForce(entries, '2019-12-31')).toBeUndefined();
  });
});

describe('auditFacts', () => {
  it('flags a missing source, http URLs, overlaps, inverted ranges and undocumented future dates', () => {
    const issues = auditFacts(
      [
        fact('2020-01-01'),
        fact('2021-01-01'),
        fact('2022-01-01', '2021-01-01', { sources: [] }),
        { ...fact('2030-01-01'), key: 'future', sources: [{ ...src, url: 'http://insecure.example' }] },
      ],
      (e) => e.key,
      '2026-11-26',
    );
    expect(issues.map((i) => i.problem).sort()).toEqual(['future-without-note', 'overlap', 'overlap', 'range-inverted', 'schema', 'schema']);
  });

  it('accepts a sourceless fact only when it is unverified and says why', () => {
    expect(auditFacts([fact('2020-01-01', undefined, { sources: [], verification: 'unverified', note: 'from memory' })], () => 'k', '2026-11-26')).toEqual([]);
  });
});

describe('combining provenance', () => {
  it('takes the weakest verification and dedupes sources by URL', () => {
    expect(weakestVerification(['official', 'secondary'])).toBe('secondary');
    expect(weakestVerification(['official', 'unverified', 'secondary'])).toBe('unverified');
    expect(weakestVerification([])).toBe('unverified');
    expect(mergeSources([src], [src, { ...src, url: 'https://example.org/b' }])).toHaveLength(2);
  });
});
