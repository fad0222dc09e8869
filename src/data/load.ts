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
import type { Locale, ThemeData } from './model.js';
import type { Overlay, Pack } from './packs.js';
import { PREFIX } from '../util/log.js';
import { chunkFailed } from '../util/retry.js';

/**
 * Turns a site's raw JSON in another format (e.g. a commune's directory export) into a data
 * file, before validation. Give a module-level function (a stable identity): a new function
 * is a new load. It may import its code lazily.
 */
export type SourceAdapter = (raw: unknown, source: string) => unknown | Promise<unknown>;

/** Why data could not be loaded at all. */
export type LoadFailure = 'network' | 'http' | 'json' | 'format';

/** How long a `src` request may stay silent (no headers, or no body progress) before it fails: 10 s. */
export const DEFAULT_TIMEOUT = 10_000;

/** Data could not be loaded at all: the widget shows an error state with a retry button. */
export class DataLoadError extends Error {
  constructor(
    readonly reason: LoadFailure,
    readonly source: string,
    readonly status?: number,
    /** For `network`: the server stayed silent for this many ms. */
    readonly timeout?: number,
  ) {
    super(
      `${PREFIX} ${source}: ${
        reason === 'http'
          ? `HTTP ${status}`
          : reason === 'network'
            ? timeout
              ? `no response for ${timeout / 1000} s (timeout)`
              : 'network error'
            : reason === 'json'
              ? 'not valid JSON'
              : 'not a data file of format version 1'
      }`,
    );
    this.name = 'DataLoadError';
  }
}

/** The rejection of a load whose element no longer waits for it. */
export const aborted = () => new DOMException('The load was aborted.', 'AbortError');

// ---------------------------------------------------------------- built-in data

const isLocalizedText = (v: unknown): v is Record<string, string> =>
  typeof v === 'object' && v !== null && typeof (v as { fr?: unknown }).fr === 'string';

/**
 * Adds one locale's strings to the French base. The overlay mirrors the base, with
 * arrays of entries that have an `id` keyed by id, and each localized text replaced
 * by the translated string.
 */
export function mergeLocale<T>(base: T, overlay: unknown, locale: Locale): T {
  const walk = (b: unknown, o: unknown): unknown => {
    if (o === undefined || o === null) return b;
    if (isLocalizedText(b)) return typeof o === 'string' ? { ...b, [locale]: o } : b;
    if (Array.isArray(b)) {
      return b.map((item, i) => {
        const id = (item as { id?: unknown })?.id;
        return walk(item, typeof id === 'string' && !Array.isArray(o) ? (o as Overlay)[id] : (o as unknown[])[i]);
      });
    }
    if (typeof b === 'object' && b !== null) {
      return Object.fromEntries(Object.entries(b).map(([k, v]) => [k, walk(v, (o as Overlay)[k])]));
    }
    return b;
  };
  return walk(base, overlay) as T;
}

const packs = new Map<string, Promise<Partial<ThemeData>>>();

/** One pack in one locale (French entries with that locale's text). Cached per page; a failure is not. */
export function loadPack(pack: Pack, locale: Locale): Promise<Partial<ThemeData>> {
  const key = `${pack.name}.${locale}`;
  let p = packs.get(key);
  if (!p) {
    const fr = typeof pack.fr === 'function' ? pack.fr().then((m) => m.default) : Promise.resolve(pack.fr);
    p = (locale === 'fr' ? fr : Promise.all([fr, pack.overlays[locale]()]).then(([base, o]) => mergeLocale(base, o.default, locale))).catch(
      () => {
        // A chunk beside the script could not be fetched (connection lost, files not copied).
        packs.delete(key);
        chunkFailed();
        const error = new DataLoadError('network', `built-in data (${key})`);
        console.error(error.message);
        throw error;
      },
    );
    packs.set(key, p);
  }
  return p;
}

/** What a widget without a pack for a collection gets: nothing. */
const empty = (): ThemeData => ({ themes: [], recommendations: [], partners: [], questions: [], guichets: [], communes: [] });

/** The built-in data of `packs` in `locale`, over empty collections. */
export async function loadBuiltIn(locale: Locale, from: readonly Pack[]): Promise<ThemeData> {
  const parts = await Promise.all(from.map((pack) => loadPack(pack, locale)));
  return Object.assign(empty(), ...parts) as ThemeData;
}

// ---------------------------------------------------------------- a site's data (lazy: site.ts)

/** Options of a `src` load. */
export interface FetchOptions {
  /** Aborts this caller's wait; the request itself is aborted when no caller waits any more. */
  signal?: AbortSignal;
  /** Fails as a network error after this many ms without response headers or body progress. */
  timeout?: number;
  /** Reads the file in another format first. */
  adapt?: SourceAdapter;
}

/** Where a widget's data comes from. */
export interface DataRequest extends FetchOptions {
  locale: Locale;
  /** The built-in packs the widget shows. */
  packs: readonly Pack[];
  /** Absolute URL of a site's data file. */
  src?: string;
  /** Data given as a property (wins over `src`); `null` or `undefined`: none. */
  data?: unknown;
  /** Forget a failed `src` first and fetch it again (the retry button). */
  fresh?: boolean;
}

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
