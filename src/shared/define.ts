import { VERSION } from './version.js';
import { logWarn } from '../util/log.js';

/** One warning per page, even when several copies of the library are loaded. */
const WARNED = Symbol.for('numerique-choisi.define.warned');

/**
 * Registers a custom element, tolerantly: when the tag is already defined (the bundle
 * loaded twice by two snippets on one page) nothing is thrown; when it was defined by
 * another version of this library, one warning is printed.
 */
export function define(tag: string, ctor: CustomElementConstructor & { version?: string }): void {
  const existing = customElements.get(tag) as (CustomElementConstructor & { version?: string }) | undefined;
  if (!existing) {
    customElements.define(tag, ctor);
    return;
  }
  const flags = globalThis as { [WARNED]?: boolean };
  if (existing !== ctor && existing.version !== VERSION && !flags[WARNED]) {
    flags[WARNED] = true;
    logWarn(
      `<${tag}>`,
      `already defined by ${existing.version ? `version ${existing.version}` : 'other code'}; version ${VERSION} loaded too and was not registered. Load the library once per page.`,
    );
  }
}
