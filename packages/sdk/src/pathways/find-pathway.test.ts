import { describe, expect, it } from 'vitest';
import { DESTINATIONS } from '../geo/index.js';
import { findPathway } from './bundled.js';
import { PROBLEMS, WORKER_CATEGORIES } from './schema.js';

const stepIds = (r: ReturnType<typeof findPathway>) => (r.status === 'found' ? r.pathway.steps.map((s) => s.id) : []);

describe('findPathway', () => {
  it('answers every destination, kind of work and problem with a pathway or an explicit not-covered', () => {
    for (const destination of DESTINATIONS) {
      for (const workerCategory of WORKER_CATEGORIES) {
        for (const problem of PROBLEMS) {
          const r = findPathway({ destination, workerCategory, problem });
          expect(['found', 'not-covered'], `${destination} ${workerCategory} ${problem}`).toContain(r.status);
          if (r.status === 'found') {
            expect(r.pathway).toMatchObject({ destination, workerCategory });
            expect(r.pathway.problems).toContain(problem);
            expect(r.pathway.steps.length).toBeGreaterThan(0);
          } else if (r.status === 'not-covered') {
            expect(r.notCovered[0]).toEqual({ code: 'pathways.notCovered.problem', params: { destination, workerCategory, problem } });
          }
        }
      }
    }
  });

  it('covers unpaid wages for general workers in every destination', () => {
    for (const destination of DESTINATIONS) expect(findPathway({ destination, workerCategory: 'general', problem: 'unpaid-wages' }).status).toBe('found');
  });

  it('gives Qatar’s route in order: Ministry platform, Labour Relations, LDSC, appeal, then the WSIF', () => {
    const r = findPathway({ destination: 'QA', workerCategory: 'general', problem: 'unpaid-wages' });
    expect(stepIds(r)).toEqual(['ministry-complaint', 'labour-relations', 'ldsc', 'ldsc-appeal', 'wsif']);
    if (r.status !== 'found') throw new Error('expected a pathway');
    const platform = r.pathway.steps[0]!;
    expect(platform.channels.find((c) => c.id === 'sms-92727')).toMatchObject({ phone: '92727', sms: 'sms:92727', via: 'sms' });
    expect(platform.channels.find((c) => c.id === 'phone-16008')).toMatchObject({ tel: 'tel:16008' });
    // The WSIF caps: QR 20,000 (company operating) and QR 12,000 (closed), in dirhams (1/100 riyal).
    expect(r.pathway.steps[4]!.limits.map((l) => [l.condition, l.amount, l.months])).toEqual([
      ['company-operating', { currency: 'QAR', minor: 2_000_000 }, 3],
      ['company-closed', { currency: 'QAR', minor: 1_200_000 }, 2],
    ]);
  });

  it('gives Qatar domestic workers the WSIF domestic cap and says later steps are not researched', () => {
    const r = findPathway({ destination: 'QA', workerCategory: 'domestic', problem: 'unpaid-wages' });
    if (r.status !== 'found') throw new Error('expected a pathway');
    expect(r.pathway.steps.at(-1)!.limits[0]).toMatchObject({ amount: { currency: 'QAR', minor: 800_000 }, months: 3, condition: 'domestic-worker' });
    expect(r.remarks).toEqual([{ code: 'pathways.remark.later-steps-not-researched' }]);
  });

  it('shows the UAE challenge court in force on the day asked (Court of Appeal before 31 Aug 2024)', () => {
    const body = (on?: string) => {
      const r = findPathway({ destination: 'AE', workerCategory: 'general', problem: 'underpayment', ...(on ? { on } : {}) });
      return r.status === 'found' ? r.pathway.steps.find((s) => s.id === 'challenge')?.body.en : undefined;
    };
    expect(body('2024-08-30')).toBe('Court of Appeal');
    expect(body('2024-08-31')).toBe('Court of First Instance');
    expect(body()).toBe('Court of First Instance');
    // Before Decree-Law 20/2023 (1 Jan 2024) MOHRE did not decide claims itself.
    const before = findPathway({ destination: 'AE', workerCategory: 'general', problem: 'underpayment', on: '2023-06-01' });
    expect(stepIds(before)).toEqual(['mohre-complaint']);
  });

  it('keeps both Hong Kong MECAB limits, since the one that applies depends on when the claim arose', () => {
    const r = findPathway({ destination: 'HK', workerCategory: 'domestic', problem: 'unpaid-wages' });
    if (r.status !== 'found') throw new Error('expected a pathway');
    const mecab = r.pathway.steps.find((s) => s.id === 'mecab')!;
    expect(mecab.limits.filter((l) => l.kind === 'claim-max').map((l) => l.amount?.minor)).toEqual([800_000, 1_500_000]);
    expect(r.pathway.steps[0]!.channels.map((c) => c.tel)).toEqual([undefined, 'tel:27171771', 'tel:21579537']);
  });

  it('adds origin-country support, pointing at bodies that handle the problem', () => {
    const r = findPathway({ destination: 'QA', origin: 'NP', workerCategory: 'general', problem: 'recruitment-fees' });
    expect(r.status).toBe('not-covered');
    expect(r.status !== 'invalid' && r.originSupport).toMatchObject({ origin: 'NP', forProblem: ['dofe'] });
    const ph = findPathway({ destination: 'SA', origin: 'PH', workerCategory: 'domestic', problem: 'unpaid-wages' });
    expect(ph.status === 'found' && ph.originSupport?.forProblem).toEqual(['nlrc', 'sena']);
  });

  it('says when an origin or destination is outside our data instead of guessing', () => {
    const pk = findPathway({ destination: 'KW', origin: 'PK', workerCategory: 'general', problem: 'unpaid-wages' });
    expect(pk).toMatchObject({ status: 'found', notCovered: [{ code: 'pathways.notCovered.origin', params: { origin: 'PK' } }] });
    expect(findPathway({ destination: 'TW', workerCategory: 'general', problem: 'unpaid-wages' })).toEqual({
      status: 'not-covered',
      notCovered: [{ code: 'pathways.notCovered.destination', params: { destination: 'TW' } }],
    });
    expect(findPathway({ destination: 'OM', workerCategory: 'domestic', problem: 'unpaid-wages' }).status).toBe('not-covered');
  });

  it('flags overtime claims and sends abuse cases in Bahrain to the Expat Protection Centre', () => {
    const hours = findPathway({ destination: 'MY', workerCategory: 'general', problem: 'excessive-hours' });
    expect(hours.status === 'found' && hours.remarks).toEqual([{ code: 'pathways.remark.hours-as-wage-claim' }]);
    const abuse = findPathway({ destination: 'BH', workerCategory: 'domestic', problem: 'abuse-violence' });
    expect(stepIds(abuse)).toEqual(['expat-protection-centre']);
  });

  it('returns problems as codes for bad input, never throws', () => {
    expect(findPathway({ destination: 'qatar', workerCategory: 'office', problem: 'x', on: '2024-02-30' })).toEqual({
      status: 'invalid',
      problems: [
        { code: 'pathways.error.destination' },
        { code: 'pathways.error.workerCategory' },
        { code: 'pathways.error.problem' },
        { code: 'pathways.error.date', params: { field: 'on' } },
      ],
    });
    expect(findPathway(null as never).status).toBe('invalid');
  });
});
