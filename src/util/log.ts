/** One place for the console prefix: every message of the library starts with it. */
export const PREFIX = '[numerique-choisi]';

/** `console.error` with the library's prefix. `where` names the element or the file. */
export function logError(where: string, message: string, ...rest: unknown[]): void {
  console.error(`${PREFIX} ${where}: ${message}`, ...rest);
}

/** `console.warn` with the library's prefix. */
export function logWarn(where: string, message: string): void {
  console.warn(`${PREFIX} ${where}: ${message}`);
}
