const SAFE = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * A protocol-relative URL (`//other.example/x.png`, or `\\other…`, `/\other…`, which browsers
 * read the same way) names another host: it is absolute, not relative, though it has no scheme.
 */
export const isProtocolRelative = (url: string) => /^\s*[\\/]{2}/.test(url);

/**
 * A URL that is safe to put in `href` or `src`: http(s), mailto or tel, resolved against
 * `base`; `undefined` for anything else (`javascript:`, `data:`…), garbage, or a
 * protocol-relative URL (absolute without saying its scheme: a data file must write `https://`
 * to send the visitor's browser to another host).
 */
export function safeUrl(url: string | null | undefined, base: string = document.baseURI): string | undefined {
  if (!url || isProtocolRelative(url)) return undefined;
  try {
    const parsed = new URL(url, base);
    return SAFE.has(parsed.protocol) ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
