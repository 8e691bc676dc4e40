import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where a key stands: never asked for, on its way, arrived, or could not be fetched. */
export type OnDemandStatus = 'idle' | 'loading' | 'ready' | 'failed';

export interface OnDemandOptions {
  /**
   * Keys fetched together with any one of them. A chunk's address names what is in it, so fetching
   * only the country a worker chose tells the server that hosts our files (the partner's, or a
   * CDN's) which country that was. Fetching them all together, in this order, tells it nothing. Return `[]` to fetch
   * only what is asked for (a partner's explicit choice, to save data on metered phones).
   */
  together?: () => readonly string[];
}

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
    private readonly options: OnDemandOptions = {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The value for `key`, fetched once (with the keys fetched `together`); rejects when it cannot be fetched. */
  get(key: string): Promise<T | undefined> {
    // The group goes out in its own fixed order, so not even the order of requests tells which key was wanted.
    for (const other of this.options.together?.() ?? []) {
      if (other !== key && !this.answers.has(other) && !this.values.has(other)) this.start(other).catch(() => undefined);
      else if (other === key) this.start(key);
    }
    return this.start(key);
  }

  private start(key: string): Promise<T | undefined> {
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

  /** Resolves once no fetch is in flight. */
  async settled(): Promise<void> {
    while (this.pending.size) await Promise.allSettled([...this.pending]);
  }
}
