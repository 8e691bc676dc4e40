import { describe, expect, it } from 'vitest';
import { filingDeadline, originFilingDeadline } from './bundled.js';

const money = { workerCategory: 'general', problem: 'unpaid-wages' } as const;

describe('filingDeadline: UAE, before and after Decree-Law 9/2024 (31 Aug 2024)', () => {
  it('keeps the old rule, 1 year from the day the wages fell due, for a job that ended before', () => {
    // Job ended 30 Jun 2024; wages due 1 May 2024 → last day 1 May 2025.
    // From 1 Dec 2024: Dec 31 + Jan 31 + Feb 28 + Mar 31 + Apr 30 = 151 days.
    const r = filingDeadline({ destination: 'AE', ...money, incidentOn: '2024-05-01', employmentEndedOn: '2024-06-30', today: '2024-12-01' });
    expect(r).toMatchObject({
      status: 'deadline',
      lastDay: '2025-05-01',
      daysLeft: 151,
      expired: false,
      rule: { code: 'pathways.rule.years.incident', params: { count: 1, from: '2024-05-01' } },
      ruleKey: 'ae.claims',
      effectiveTo: '2024-08-30',
      selectedOn: '2024-06-30',
      selectedBy: 'employment-end-or-today',
      verification: 'secondary',
    });
    expect(r.status === 'deadline' && r.caveats).toContainEqual({ code: 'pathways.deadline.caveat.transition-unclear', params: { changedOn: '2024-08-31' } });
  });

  it('asks for the day the money fell due when the old rule applies and it is missing', () => {
    const r = filingDeadline({ destination: 'AE', ...money, employmentEndedOn: '2024-08-30', today: '2024-12-01' });
    expect(r).toMatchObject({ status: 'needs-date', needs: ['incidentOn'], ruleKey: 'ae.claims', effectiveTo: '2024-08-30' });
  });

  it('uses 2 years from the end of employment for a job that ended on or after 31 Aug 2024', () => {
    // Ended 15 Sep 2024 → last day 15 Sep 2026. From 1 Jan 2025: 365 days to 1 Jan 2026,
    // then Jan–Aug (31+28+31+30+31+30+31+31 = 243) + 14 = 257 → 622 days.
    const r = filingDeadline({ destination: 'AE', ...money, incidentOn: '2024-03-01', employmentEndedOn: '2024-09-15', today: '2025-01-01' });
    expect(r).toMatchObject({ status: 'deadline', lastDay: '2026-09-15', daysLeft: 622, rule: { code: 'pathways.rule.years.employment-end', params: { count: 2 } }, effectiveFrom: '2024-08-31' });
    expect(r.status === 'deadline' && r.note).toMatch(/government\.ae.*1 year/);
    // The first day of the new law: 31 Aug 2024 + 2 years = 31 Aug 2026; from 1 Sep 2024: 365 + 365 − 1 = 729.
    expect(filingDeadline({ destination: 'AE', ...money, employmentEndedOn: '2024-08-31', today: '2024-09-01' })).toMatchObject({ lastDay: '2026-08-31', daysLeft: 729 });
  });

  it('says the 2-year clock has not started while the job goes on', () => {
    const r = filingDeadline({ destination: 'AE', ...money, incidentOn: '2025-01-31', today: '2025-03-01' });
    expect(r).toMatchObject({ status: 'not-started', rule: { code: 'pathways.rule.years.employment-end', params: { count: 2 } } });
    expect(r.status === 'not-started' && r.caveats[0]).toEqual({ code: 'pathways.deadline.caveat.file-while-employed' });
  });

  it('applies the old rule to a job still going on before the change, counting from the due day', () => {
    expect(filingDeadline({ destination: 'AE', ...money, incidentOn: '2024-03-31', today: '2024-06-01' })).toMatchObject({ status: 'deadline', lastDay: '2025-03-31' });
  });

  it('holds no rule for jobs that ended before the earliest version we have', () => {
    expect(filingDeadline({ destination: 'AE', ...money, incidentOn: '2020-06-30', employmentEndedOn: '2020-12-31', today: '2025-01-01' })).toEqual({
      status: 'no-rule-for-date',
      reason: { code: 'pathways.deadline.noRuleForDate', params: { date: '2020-12-31' } },
    });
  });

  it('finds no limit for UAE domestic workers rather than borrowing the Labour Law’s', () => {
    expect(filingDeadline({ destination: 'AE', workerCategory: 'domestic', problem: 'unpaid-wages', employmentEndedOn: '2025-01-01', today: '2025-02-01' })).toMatchObject({
      status: 'no-statutory-limit-found',
      reason: { code: 'pathways.deadline.noLimitFound' },
      verification: 'unverified',
      sources: [],
    });
  });
});

describe('filingDeadline: worked examples from the other destinations', () => {
  it('Qatar: 1 year from the end of employment (leap day falls back to 28 Feb)', () => {
    // Ended 28 Feb 2025 → 28 Feb 2026; from 10 Mar 2025 that is 365 − 10 = 355 days.
    expect(filingDeadline({ destination: 'QA', ...money, employmentEndedOn: '2025-02-28', today: '2025-03-10' })).toMatchObject({ status: 'deadline', lastDay: '2026-02-28', daysLeft: 355 });
    expect(filingDeadline({ destination: 'QA', ...money, employmentEndedOn: '2024-02-29', today: '2024-03-01' })).toMatchObject({ lastDay: '2025-02-28' });
  });

  it('Qatar domestic: the same figure, but flagged unverified', () => {
    // Ended 15 May 2025 → 15 May 2026; from 20 May 2025: 365 − 5 = 360 days.
    const r = filingDeadline({ destination: 'QA', workerCategory: 'domestic', problem: 'end-of-service-unpaid', employmentEndedOn: '2025-05-15', today: '2025-05-20' });
    expect(r).toMatchObject({ status: 'unverified', lastDay: '2026-05-15', daysLeft: 360, verification: 'unverified' });
  });

  it('Saudi Arabia: 12 months from the end of the contract; one day late shows as expired', () => {
    // Ended 31 Jan 2024 → 31 Jan 2025; on 1 Feb 2025 it passed 1 day ago.
    expect(filingDeadline({ destination: 'SA', ...money, employmentEndedOn: '2024-01-31', today: '2025-02-01' })).toMatchObject({
      status: 'deadline',
      lastDay: '2025-01-31',
      daysLeft: -1,
      expired: true,
      rule: { code: 'pathways.rule.months.employment-end', params: { count: 12 } },
    });
    expect(filingDeadline({ destination: 'SA', ...money, employmentEndedOn: '2024-02-29', today: '2024-03-01' })).toMatchObject({ lastDay: '2025-02-28' });
  });

  it('Singapore: 1 year from the dispute while employed, 6 months from the last day once the job ended', () => {
    // Dispute 15 Mar 2025 → 15 Mar 2026. From 1 Jun 2025: Jun–Feb (30+31+31+30+31+30+31+31+28 = 273) + 14 = 287.
    const employed = filingDeadline({ destination: 'SG', ...money, incidentOn: '2025-03-15', today: '2025-06-01' });
    expect(employed).toMatchObject({ status: 'deadline', lastDay: '2026-03-15', daysLeft: 287, ruleKey: 'sg.salary.employed', verification: 'official' });
    expect(employed.status === 'deadline' && employed.caveats[0]).toEqual({ code: 'pathways.deadline.caveat.limit-shortens-when-job-ends' });
    // Last day of work 31 Aug 2025 + 6 months → 28 Feb 2026 (no 31 Feb: the month's last day).
    expect(filingDeadline({ destination: 'SG', ...money, incidentOn: '2025-03-15', employmentEndedOn: '2025-08-31', today: '2025-09-01' })).toMatchObject({
      status: 'deadline',
      lastDay: '2026-02-28',
      ruleKey: 'sg.salary.ended',
    });
    expect(filingDeadline({ destination: 'SG', ...money, today: '2025-09-01' })).toMatchObject({ status: 'needs-date', needs: ['incidentOn'] });
  });

  it('Hong Kong: the Limitation Ordinance’s 6 years from when the claim arose; the last day itself still counts', () => {
    expect(filingDeadline({ destination: 'HK', workerCategory: 'domestic', problem: 'underpayment', incidentOn: '2019-05-10', today: '2025-05-10' })).toMatchObject({
      status: 'deadline',
      lastDay: '2025-05-10',
      daysLeft: 0,
      expired: false,
    });
    expect(filingDeadline({ destination: 'HK', ...money, incidentOn: '2020-02-29', today: '2021-01-01' })).toMatchObject({ lastDay: '2026-02-28' });
  });

  it('Kuwait and Bahrain: a 1-year figure from memory only, shown as unverified with no source', () => {
    for (const destination of ['KW', 'BH']) {
      const r = filingDeadline({ destination, ...money, employmentEndedOn: '2025-01-15', today: '2025-06-01' });
      expect(r).toMatchObject({ status: 'unverified', lastDay: '2026-01-15', verification: 'unverified', sources: [] });
    }
  });

  it('Malaysia: the disputed 1-year figure is never used', () => {
    const r = filingDeadline({ destination: 'MY', ...money, employmentEndedOn: '2025-01-15', today: '2025-06-01' });
    expect(r.status).toBe('unverified');
    expect(r).not.toHaveProperty('lastDay');
    expect(r.status === 'unverified' && r.note).toMatch(/CONFLICT/);
  });

  it('Oman: no limit found', () => {
    expect(filingDeadline({ destination: 'OM', ...money, employmentEndedOn: '2025-01-15', today: '2025-06-01' }).status).toBe('no-statutory-limit-found');
  });

  it('covered problems with no recorded limit, and uncovered problems, say so', () => {
    expect(filingDeadline({ destination: 'KW', workerCategory: 'general', problem: 'change-employer-or-leave', today: '2025-06-01' })).toMatchObject({
      status: 'no-statutory-limit-found',
      reason: { code: 'pathways.deadline.noRuleRecorded' },
    });
    expect(filingDeadline({ destination: 'QA', workerCategory: 'general', problem: 'recruitment-fees', today: '2025-06-01' })).toMatchObject({
      status: 'not-covered',
      reason: [{ code: 'pathways.notCovered.problem' }],
    });
  });
});

describe('filingDeadline: bad dates are problems, not crashes', () => {
  it('rejects a job that ends after today, an end before the start and impossible dates', () => {
    expect(filingDeadline({ destination: 'QA', ...money, employmentEndedOn: '2025-07-01', today: '2025-06-01' })).toEqual({
      status: 'invalid',
      problems: [{ code: 'pathways.error.endedAfterToday' }],
    });
    expect(filingDeadline({ destination: 'QA', ...money, employmentStartedOn: '2025-03-01', employmentEndedOn: '2025-02-01', today: '2025-06-01' })).toEqual({
      status: 'invalid',
      problems: [{ code: 'pathways.error.endBeforeStart' }],
    });
    expect(filingDeadline({ destination: 'QA', ...money, incidentOn: '2023-02-29', today: '2025-13-01' })).toEqual({
      status: 'invalid',
      problems: [
        { code: 'pathways.error.date', params: { field: 'today' } },
        { code: 'pathways.error.date', params: { field: 'incidentOn' } },
      ],
    });
  });
});

describe('originFilingDeadline', () => {
  it('Philippines: money claims within 3 years of accrual (Labor Code Art. 306)', () => {
    // Due 28 Feb 2023 → 28 Feb 2026; from 28 Feb 2025 that is 365 days.
    expect(originFilingDeadline({ origin: 'PH', ...money, incidentOn: '2023-02-28', today: '2025-02-28' })).toMatchObject({
      status: 'deadline',
      lastDay: '2026-02-28',
      daysLeft: 365,
      rule: { code: 'pathways.rule.years.incident', params: { count: 3 } },
    });
  });

  it('Nepal: no verified limit; Pakistan: not covered', () => {
    expect(originFilingDeadline({ origin: 'NP', workerCategory: 'general', problem: 'recruitment-fees', today: '2025-02-28' })).toMatchObject({ status: 'unverified', verification: 'unverified' });
    expect(originFilingDeadline({ origin: 'PK', ...money, today: '2025-02-28' })).toEqual({ status: 'not-covered', reason: [{ code: 'pathways.notCovered.origin', params: { origin: 'PK' } }] });
  });
});
