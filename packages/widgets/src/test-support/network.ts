/**
 * Stands in for the network behind a widget's `OnDemand` controller, keeping the controller and its
 * `together` setting: records every key fetched, and can be offline or held back. A widget's
 * chunks are its one network need, so this is how tests and stories show offline states.
 */
import type { OnDemand } from '../internal/on-demand.js';

export interface StandIn {
  /** Every key fetched, in order (prefixed with `kind:` when one is given). */
  fetched: string[];
  online: boolean;
  /** While set, fetches wait for it. */
  hold: Promise<void> | undefined;
}

export function standIn<T>(controller: OnDemand<T>, options: { kind?: string; offline?: boolean } = {}): StandIn {
  const seam = controller as unknown as { load: (key: string) => Promise<T | undefined> };
  const real = seam.load;
  const state: StandIn = { fetched: [], online: !options.offline, hold: undefined };
  seam.load = async (key: string) => {
    state.fetched.push(options.kind ? `${options.kind}:${key}` : key);
    await state.hold;
    if (!state.online) throw new TypeError('Failed to fetch dynamically imported module');
    return real(key);
  };
  return state;
}
