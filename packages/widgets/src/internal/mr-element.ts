import { LitElement } from 'lit';

/** Version stamped at build time, so two copies of the bundle on a page can tell each other apart. */
declare const __MR_VERSION__: string;
export const VERSION: string = typeof __MR_VERSION__ === 'string' ? __MR_VERSION__ : '0.0.0-dev';

const warned = new Set<string>();

/**
 * Registers `ctor` as `tag` unless the tag is taken. A second copy of our bundle (same or another
 * version) on one page must never throw: the first registration wins, and a version mismatch is
 * reported once on the console so the partner can fix their page.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor & { version?: string }): void {
  const registry = globalThis.customElements;
  if (!registry) return; // server-side or very old browser: nothing to register
  const existing = registry.get(tag) as (CustomElementConstructor & { version?: string }) | undefined;
  if (!existing) {
    registry.define(tag, ctor);
    return;
  }
  if (existing !== ctor && existing.version !== ctor.version && !warned.has(tag)) {
    warned.add(tag);
    console.warn(`<${tag}> is already defined by version ${existing.version ?? 'unknown'}; version ${ctor.version ?? 'unknown'} was not registered.`);
  }
}

/** Base class of every mr- element: carries the version and a guarded `define`. */
export class MrElement extends LitElement {
  static version = VERSION;

  /**
   * Forgets everything the person typed or chose (used by `<mr-quick-exit>`). Widgets that hold
   * state override it; the default has nothing to forget.
   */
  clearState(): void {}

  /**
   * Work that the next `updateComplete` waits for: a chunk fetched on demand (a country's law, the CSV
   * code) and what it was fetched for. So `await el.updateComplete` shows its outcome, for partners'
   * scripts and for tests. Widgets with such work override this.
   */
  protected pendingWork(): ReadonlyArray<Promise<unknown> | undefined> {
    return [];
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    for (let work = this.pendingWork().filter(Boolean); work.length; work = this.pendingWork().filter(Boolean)) {
      await Promise.allSettled(work);
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /** Registers this class under `tag` (idempotent, never throws on a duplicate). */
  static define(tag: string): void {
    defineElement(tag, this);
  }
}
