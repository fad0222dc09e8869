/**
 * After a lazy chunk failed to load, the next imports of the script-tag builds ask for
 * `<chunk>?retry=<n>` (vite.config.ts rewrites their `import()`s to read this), so that no
 * browser answers a retry from a module map that kept the failure, and the page need not
 * be reloaded. One symbol per page, shared by every copy of the library.
 */
const RETRY = Symbol.for('numerique-choisi.retry');
let failures = 0;

export function chunkFailed(): void {
  (globalThis as Record<symbol, unknown>)[RETRY] = `?retry=${++failures}`;
}
