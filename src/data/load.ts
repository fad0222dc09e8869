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
import { COLLECTIONS, type DataFile, type Locale, type ThemeData } from './model.js';
import type { Overlay, Pack } from './packs.js';
import { PREFIX } from '../shared/log.js';
import { chunkFailed } from '../shared/retry.js';

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

/** Validation is loaded only when a site brings its own data: the built-in data is checked by the tests. */
const validation = () => import('./validate.js');

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

// ---------------------------------------------------------------- a site's data

/** A site's data, validated per entry (references to themes are checked in `loadData`). */
type SiteData = Partial<DataFile>;

async function validated(input: unknown, source: string, checks = validation(), adapt?: SourceAdapter): Promise<SiteData> {
  if (adapt) {
    try {
      input = await adapt(input, source);
    } catch (error) {
      if (error instanceof DataLoadError) throw error;
      // A chunk that could not be fetched is a network failure (retry helps); anything else, the file.
      const network = error instanceof TypeError && /import|fetch/i.test(error.message);
      if (!network) console.error(`${PREFIX} ${source}: could not be read in its format:`, error);
      throw new DataLoadError(network ? 'network' : 'format', source);
    }
  }
  const data = (await checks).validateAndReport(input, source, PREFIX);
  if (!data) throw new DataLoadError('format', source);
  return data;
}

/**
 * Fetches a site's file. One watchdog, re-armed by each chunk of the body: when the server
 * sends no headers, or no body progress, for `timeout` ms, the request is aborted and the
 * load fails as a network error.
 */
async function fetchSite(url: string, signal: AbortSignal, timeout: number, adapt?: SourceAdapter): Promise<SiteData> {
  const checks = validation(); // asked for beside the file, not after it
  checks.catch(() => undefined);
  const watchdog = new AbortController();
  const stop = () => watchdog.abort();
  signal.addEventListener('abort', stop, { once: true });
  let expired = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      expired = true;
      watchdog.abort();
    }, timeout);
  };
  const failed = (fallback: DataLoadError) =>
    signal.aborted ? aborted() : expired ? new DataLoadError('network', url, undefined, timeout) : fallback;
  // Settles when the watchdog fires even if a fetch (a polyfill, a test stub) ignores the signal.
  const silenced = new Promise<never>((_, reject) => watchdog.signal.addEventListener('abort', () => reject(aborted()), { once: true }));
  silenced.catch(() => undefined);
  let body = '';
  try {
    arm();
    let response: Response;
    try {
      response = await Promise.race([fetch(url, { credentials: 'same-origin', signal: watchdog.signal }), silenced]);
    } catch {
      throw failed(new DataLoadError('network', url));
    }
    if (!response.ok) {
      watchdog.abort();
      throw new DataLoadError('http', url, response.status);
    }
    try {
      const reader = response.body!.getReader();
      const decoder = new TextDecoder();
      const read = () => Promise.race([reader.read(), silenced]);
      for (let chunk = await read(); !chunk.done; chunk = await read()) {
        arm();
        body += decoder.decode(chunk.value, { stream: true });
      }
      body += decoder.decode();
    } catch {
      throw failed(new DataLoadError('network', url));
    }
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', stop);
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new DataLoadError('json', url);
  }
  return validated(json, url, checks, adapt);
}

interface Shared {
  promise: Promise<SiteData>;
  controller: AbortController;
  waiting: number;
  settled: boolean;
}
/** Keyed by URL, and by adapter when there is one: the same file read in two formats is two loads. */
const remote = new Map<string, Shared>();
const adapterIds = new WeakMap<SourceAdapter, number>();
let adapters = 0;
const remoteKey = (url: string, adapt?: SourceAdapter) => {
  if (!adapt) return url;
  let n = adapterIds.get(adapt);
  if (n === undefined) adapterIds.set(adapt, (n = ++adapters));
  return `${n} ${url}`;
};

/** Options of a `src` load. */
export interface FetchOptions {
  /** Aborts this caller's wait; the request itself is aborted when no caller waits any more. */
  signal?: AbortSignal;
  /** Fails as a network error after this many ms without response headers or body progress. */
  timeout?: number;
  /** Reads the file in another format first. */
  adapt?: SourceAdapter;
}

/**
 * Fetches and validates a site's data file: one request per URL and page (until `forget`),
 * shared by every element that shows it. Rejects with `DataLoadError`, or an `AbortError`
 * when `signal` aborts.
 */
export function loadFromUrl(url: string, { signal, timeout = DEFAULT_TIMEOUT, adapt }: FetchOptions = {}): Promise<SiteData> {
  if (signal?.aborted) return Promise.reject(aborted());
  const key = remoteKey(url, adapt);
  let shared = remote.get(key);
  if (!shared) {
    const controller = new AbortController();
    const s: Shared = { controller, waiting: 0, settled: false, promise: fetchSite(url, controller.signal, timeout, adapt) };
    s.promise.then(
      () => (s.settled = true),
      (error: unknown) => {
        s.settled = true;
        if (error instanceof DataLoadError) console.error(error.message);
      },
    );
    remote.set(key, (shared = s));
  }
  const s = shared;
  if (!signal) return s.promise;
  s.waiting++;
  return new Promise<SiteData>((resolve, reject) => {
    const leave = () => {
      s.waiting--;
      if (!s.waiting && !s.settled) {
        // The last element waiting on this URL left: nobody needs the answer.
        s.controller.abort();
        if (remote.get(key) === s) remote.delete(key);
      }
      reject(aborted());
    };
    signal.addEventListener('abort', leave, { once: true });
    s.promise.then(
      (v) => {
        signal.removeEventListener('abort', leave);
        s.waiting--;
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', leave);
        s.waiting--;
        reject(e);
      },
    );
  });
}

/** Forgets a failed or stale URL so that the next load fetches it again (retry). */
export function forget(url: string): void {
  for (const key of [...remote.keys()]) if (key === url || key.endsWith(` ${url}`)) remote.delete(key);
}

const fromProperty = new WeakMap<object, Promise<SiteData>>();

/** Validates data given as a property. Validated once per object. */
export function loadFromObject(input: unknown, adapt?: SourceAdapter): Promise<SiteData> {
  if (adapt || typeof input !== 'object' || input === null) return validated(input, 'data property', undefined, adapt);
  let p = fromProperty.get(input);
  if (!p) {
    p = validated(input, 'data property');
    fromProperty.set(input, p);
  }
  return p;
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
}

/** The data a widget shows: the site's collections over the built-in ones of its packs. */
export async function loadData({ locale, packs: from, src, data, signal, timeout, adapt }: DataRequest): Promise<ThemeData> {
  const site = data != null ? loadFromObject(data, adapt) : src ? loadFromUrl(src, { signal, timeout, adapt }) : undefined;
  site?.catch(() => undefined); // awaited below, after the built-in data
  const base = await loadBuiltIn(locale, from);
  let own = await site;
  if (signal?.aborted) throw aborted();
  if (!own) return base;
  // References are checked against the French themes (same ids in every locale).
  // By name, not by importing `cardPack`: that would put the card's French text into every widget's code.
  const card = from.find((p) => p.name === 'card');
  const themes = own.themes ?? (card ? (await loadPack(card, 'fr')).themes : undefined);
  if (themes) own = (await validation()).withReferencesChecked(own, src && data == null ? src : 'data property', themes, PREFIX, card ? base.recommendations : undefined);
  const out = { ...base };
  if (own.source) out.source = own.source;
  for (const name of COLLECTIONS) if (own[name]) (out as Record<string, unknown>)[name] = own[name];
  return out;
}
