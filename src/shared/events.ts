/** Dispatches a bubbling, composed `CustomEvent` named `nc-*` with a typed detail. */
export function emit<T>(target: EventTarget, name: `nc-${string}`, detail: T): boolean {
  return target.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true, cancelable: false }));
}
