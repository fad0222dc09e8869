/**
 * Loading theme data: the built-in data (per widget pack and per locale, lazily: a French
 * page loads no Dutch text, a card loads no counters), a site's own file (`src`), or a
 * `data` property. Collections a site leaves out fall back to the built-in ones. Problems
 * are reported once per source with `console.error`; invalid entries are dropped, the rest
 * still shows.
 *
 * A `src` request can always end: it is aborted when every element waiting on it has gone
 * (or changed its `src`, `data` or language), and it fails as a network error when the
 * server sends no response headers, or no body progress, for `timeout` ms.
 */
import type { ThemeData } from './model.js';
import { chunkFailed } from '../util/retry.js';
import { DataLoadError, type DataRequest } from './request.js';
import { loadBuiltIn } from './built-in.js';

export { DataLoadError, DEFAULT_TIMEOUT, aborted, type DataRequest, type FetchOptions, type LoadFailure, type SourceAdapter } from './request.js';
export { loadBuiltIn, loadPack, mergeLocale } from './built-in.js';

let site: typeof import('./site.js') | undefined;

/**
 * The data a widget shows: the site's collections over the built-in ones of its packs. The
 * code for a site's data (fetch, adapter, validation) is a lazy chunk, asked for only when
 * there is `src` or `data`, beside the built-in data.
 */
export function loadData(request: DataRequest): Promise<ThemeData> {
  const base = loadBuiltIn(request.locale, request.packs);
  if (request.data == null && !request.src) return base;
  base.catch(() => undefined); // awaited by withSiteData
  // Once the chunk is here, called at once: a new load joins a shared request before the
  // load it replaces (another language) leaves it.
  if (site) return site.withSiteData(base, request);
  return import('./site.js').then(
    (module) => (site = module).withSiteData(base, request),
    () => {
      chunkFailed();
      const error = new DataLoadError('network', request.data != null ? 'data property' : request.src!);
      console.error(error.message);
      throw error;
    },
  );
}
