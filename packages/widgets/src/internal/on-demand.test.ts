import { describe, expect, it } from 'vitest';
import { LitElement } from 'lit';
import { OnDemand } from './on-demand.js';

class Host extends LitElement {}
customElements.define('mr-on-demand-host', Host);

function deferred<T>(): { promise: Promise<T>; resolve: (v: T) => void; reject: (e: unknown) => void } {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe('OnDemand', () => {
  it('fetches a key once, however often it is asked for', async () => {
    const asked: string[] = [];
    const data = new OnDemand(new Host(), async (key) => (asked.push(key), `rules of ${key}`));
    data.prefetch('QA');
    data.prefetch('QA');
    expect(await data.get('QA')).toBe('rules of QA');
    expect(await data.get('QA')).toBe('rules of QA');
    expect(await data.get('HK')).toBe('rules of HK');
    expect(asked).toEqual(['QA', 'HK']);
  });

  it('tries again after a failure (the device may be back online)', async () => {
    let online = false;
    const data = new OnDemand(new Host(), async (key) => {
      if (!online) throw new TypeError('Failed to fetch dynamically imported module');
      return key;
    });
    data.prefetch('QA'); // a failed prefetch is silent: no unhandled rejection
    await data.settled();
    await expect(data.get('QA')).rejects.toThrow('Failed to fetch');
    online = true;
    await expect(data.get('QA')).resolves.toBe('QA');
  });

  it('settles only when every fetch in flight has', async () => {
    const slow = deferred<string>();
    const failing = deferred<string>();
    const data = new OnDemand(new Host(), (key) => (key === 'QA' ? slow.promise : failing.promise));
    data.prefetch('QA');
    data.prefetch('HK');
    let settled = false;
    const waiting = data.settled().then(() => (settled = true));
    await Promise.resolve();
    failing.reject(new Error('offline'));
    await new Promise((r) => setTimeout(r, 10));
    expect(settled).toBe(false);
    slow.resolve('QA');
    await waiting;
    expect(settled).toBe(true);
  });

  it('fetches the keys it is told to fetch together, in their own order whatever is asked for, each once, and a failure of another key does not fail the one asked for', async () => {
    const asked: string[] = [];
    let together: readonly string[] = ['QA', 'HK', 'SA'];
    const data = new OnDemand(new Host(), async (key) => {
      asked.push(key);
      if (key === 'SA') throw new Error('offline for SA');
      return key;
    }, { together: () => together });
    await expect(data.get('HK')).resolves.toBe('HK');
    await data.settled();
    expect(asked).toEqual(['QA', 'HK', 'SA']);
    expect(data.status('QA')).toBe('ready');
    expect(data.status('SA')).toBe('failed');
    await data.get('QA'); // arrived already; asking again tries the one that failed (the device may be back online)
    await data.settled();
    expect(asked).toEqual(['QA', 'HK', 'SA', 'SA']);
    together = []; // a partner's explicit choice: only what is asked for
    await expect(data.get('XX')).resolves.toBe('XX');
    expect(asked).toEqual(['QA', 'HK', 'SA', 'SA', 'XX']);
  });
});
