/**
 * A site's own data (`src` or the `data` property): fetched with a watchdog, shared per URL,
 * read through an adapter when it is in another format, validated per entry, references
 * checked, put over the built-in collections. A lazy chunk: a page that shows the built-in
 * data downloads none of this code.
 */
import { COLLECTIONS, type DataFile, type Locale, type ThemeData } from './model.js';
import type { Pack } from './packs.js';
import { DataLoadError, DEFAULT_TIMEOUT, aborted, loadPack, type FetchOptions, type SourceAdapter } from './load.js';
import { PREFIX } from '../util/log.js';

/** Validation is loaded only when a site brings its own data: the built-in data is checked by the tests. */
const validation = () => import('./validate.js');

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


/** What `loadData` asks for: the site's part of a widget's data. */
export interface SiteRequest extends FetchOptions {
  locale: Locale;
  packs: readonly Pack[];
  src?: string;
  data?: unknown;
  /** Forget a failed `src` first (the retry button). */
  fresh?: boolean;
}

/** Loads the site's data (`data` wins over `src`) and puts it over `base`, the built-in data. */
export async function withSiteData(base: Promise<ThemeData>, { packs: from, src, data, signal, timeout, adapt, fresh }: SiteRequest): Promise<ThemeData> {
  if (fresh && src && data == null) forget(src);
  const site = data != null ? loadFromObject(data, adapt) : loadFromUrl(src!, { signal, timeout, adapt });
  site.catch(() => undefined); // awaited below, after the built-in data
  const built = await base;
  let own = await site;
  if (signal?.aborted) throw aborted();
  // References are checked against the French themes (same ids in every locale).
  // By name, not by importing `cardPack`: that would put the card's French text into this chunk.
  const card = from.find((p) => p.name === 'card');
  const themes = own.themes ?? (card ? (await loadPack(card, 'fr')).themes : undefined);
  if (themes) own = (await validation()).withReferencesChecked(own, src && data == null ? src : 'data property', themes, PREFIX, card ? built.recommendations : undefined);
  const out = { ...built };
  if (own.source) out.source = own.source;
  for (const name of COLLECTIONS) if (own[name]) (out as Record<string, unknown>)[name] = own[name];
  return out;
}
