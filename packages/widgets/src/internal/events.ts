/**
 * Every event our widgets dispatch is prefixed `mr-`, bubbles and crosses shadow roots, so a
 * partner page can listen on the element or on `document`.
 */
export function emit<T>(target: EventTarget, name: `mr-${string}`, detail: T): boolean {
  return target.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true, cancelable: true }));
}
