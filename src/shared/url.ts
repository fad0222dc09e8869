const SAFE = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * A URL that is safe to put in `href`: http(s), mailto or tel, resolved against
 * `base`; `undefined` for anything else (`javascript:`, `data:`…) or garbage.
 */
export function safeUrl(url: string | null | undefined, base: string = document.baseURI): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url, base);
    return SAFE.has(parsed.protocol) ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
