import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where a key stands: never asked for, on its way, arrived, or could not be fetched. */
export type OnDemandStatus = 'idle' | 'loading' | 'ready' | 'failed';

/**
 * Data a widget fetches only when it needs it (one country's rules), so that a worker's phone
 * downloads the law of the country they chose rather than of every country we cover. Keyed like a
 * query: asking again for a key reuses the answer; asking again after a failure (the device was
 * offline) tries again. Loads are the widget's own chunks, from the folder its file came from.
 * The host re-renders when a fetch settles, so a render can `peek` and show what has arrived.
 */
export class OnDemand<T> implements ReactiveController {
  private readonly answers = new Map<string, Promise<T | undefined>>();
  private readonly values = new Map<string, T | undefined>();
  private readonly failures = new Set<string>();
  private readonly pending = new Set<Promise<unknown>>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly load: (key: string) => Promise<T | undefined>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The value for `key`, fetched once; rejects when it cannot be fetched. */
  get(key: string): Promise<T | undefined> {
    let answer = this.answers.get(key);
    if (!answer) {
      answer = this.load(key);
      this.answers.set(key, answer);
      this.failures.delete(key);
      const done = (): void => void this.pending.delete(tracked);
      const tracked: Promise<unknown> = answer.then(
        (value) => {
          this.values.set(key, value);
          this.host.requestUpdate();
        },
        () => {
          this.answers.delete(key);
          this.failures.add(key);
          this.host.requestUpdate();
        },
      );
      tracked.then(done, done);
      this.pending.add(tracked);
    }
    return answer;
  }

  /** Starts fetching `key` ahead of need (when a country is chosen). After a failure only `get` tries again. */
  prefetch(key: string): void {
    if (!this.answers.has(key) && !this.failures.has(key)) this.get(key).catch(() => undefined);
  }

  /** Where `key` stands right now. */
  status(key: string): OnDemandStatus {
    if (this.values.has(key)) return 'ready';
    if (this.failures.has(key)) return 'failed';
    return this.answers.has(key) ? 'loading' : 'idle';
  }

  /** The value for `key` if it has arrived (`undefined` also when we hold nothing for it). */
  peek(key: string): T | undefined {
    return this.values.get(key);
  }

  /** Resolves once no fetch is in flight, so `updateComplete` can include one. */
  async settled(): Promise<void> {
    while (this.pending.size) await Promise.allSettled([...this.pending]);
  }
}
