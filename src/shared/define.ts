import { VERSION } from './version.js';

let warned = false;

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
  if (existing !== ctor && existing.version !== VERSION && !warned) {
    warned = true;
    console.warn(
      `[numerique-choisi] <${tag}> is already defined by ${existing.version ? `version ${existing.version}` : 'other code'}; version ${VERSION} loaded too and was not registered. Load the library once per page.`,
    );
  }
}
