import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Data a widget fetches only when it needs it (one country's rules), so that a worker's phone
 * downloads the law of the country they chose rather than of every country we cover. Keyed like a
 * query: asking again for a key reuses the answer; asking again after a failure (the device was
 * offline) tries again. Loads are the widget's own chunks, from the folder its file came from.
 */
export class OnDemand<T> implements ReactiveController {
  private readonly answers = new Map<string, Promise<T | undefined>>();
  private readonly pending = new Set<Promise<unknown>>();

  constructor(
    host: ReactiveControllerHost,
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
      answer.catch(() => this.answers.delete(key));
    }
    const done = (): void => void this.pending.delete(tracked);
    const tracked: Promise<unknown> = answer.then(done, done);
    this.pending.add(tracked);
    return answer;
  }

  /** Starts fetching `key` ahead of need (when a country is chosen); a failure waits for `get`. */
  prefetch(key: string): void {
    if (!this.answers.has(key)) this.get(key).catch(() => undefined);
  }

  /** Resolves once no fetch is in flight, so `updateComplete` can include one. */
  async settled(): Promise<void> {
    while (this.pending.size) await Promise.allSettled([...this.pending]);
  }
}
