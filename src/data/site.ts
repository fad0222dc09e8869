/**
 * A site's own data (`src` or the `data` property): fetched with a watchdog and an overall
 * deadline, shared per URL, read through an adapter when it is in another format, validated per
 * entry — only the collections the asking widget shows, each collection once per file —,
 * references checked, put over the built-in collections. A lazy chunk: a page that shows the
 * built-in data downloads none of this code.
 *
 * A request stays where the site sent it: `src` must be http(s); a response that was redirected
 * to an origin that is neither the page's nor the `src`'s own is refused (`response.url`), as is
 * what the browser may not read (another origin without CORS, a redirect loop): the visitor is
 * told the data could not be read, the console says which case it was.
 */
import { COLLECTIONS, type CollectionName, type DataFile, type ThemeData } from './model.js';
import type { Pack } from './packs.js';
import { DataLoadError, DEADLINE_FACTOR, DEFAULT_TIMEOUT, aborted, type DataRequest, type FetchOptions, type SourceAdapter } from './request.js';
import { loadPack } from './built-in.js';
import { PREFIX } from '../util/log.js';

/** Validation is loaded only when a site brings its own data: the built-in data is checked by the tests. */
const validation = () => import('./validate.js');

/** A site's data, validated per entry (references to themes are checked in `withSiteData`). */
type SiteData = Partial<DataFile>;

/** The collections each built-in pack stands for: a widget validates these of a site's file, not the rest. */
const PACK_COLLECTIONS: Record<string, readonly CollectionName[]> = {
  card: ['themes', 'recommendations'],
  questions: ['questions', 'themes', 'recommendations'],
  guichets: ['guichets', 'communes'],
  partners: ['partners'],
};
const collectionsOf = (packs: readonly Pack[] | undefined): readonly CollectionName[] =>
  packs ? [...new Set(packs.flatMap((p) => PACK_COLLECTIONS[p.name] ?? COLLECTIONS))] : COLLECTIONS;

/**
 * A file read (and adapted), validated lazily per collection: a 20 MB shared file is checked
 * only for what the widgets on the page show, and each problem is reported once per file.
 */
class Checked {
  private readonly parts = new Map<CollectionName, Promise<SiteData>>();
  private base: SiteData | null | undefined;
  private readonly views = new Map<string, Promise<SiteData>>();
  constructor(
    private readonly input: unknown,
    private readonly source: string,
    private readonly checks: typeof import('./validate.js'),
  ) {}

  /**
   * The file's `collections`, validated in slices (the page stays responsive on a large file); the
   * same object for the same collections (references are checked once per object).
   */
  view(collections: readonly CollectionName[]): Promise<SiteData> {
    const key = [...collections].sort().join(' ');
    let view = this.views.get(key);
    if (!view) this.views.set(key, (view = this.validated(collections)));
    return view;
  }

  private async validated(collections: readonly CollectionName[]): Promise<SiteData> {
    if (this.base === undefined) {
      // The file-level checks visit no entry: one call, no slices needed.
      this.base = this.checks.validateAndReport(this.input, this.source, PREFIX, { collections: [] });
      // A site's file says so in the console (a data property's caller gets the rejection).
      if (!this.base && this.source !== 'data property') console.error(new DataLoadError('format', this.source).message);
    }
    const base = this.base;
    if (!base) throw new DataLoadError('format', this.source);
    const missing = collections.filter((c) => !this.parts.has(c));
    if (missing.length) {
      const data = this.checks.validateAndReportInSlices(this.input, this.source, PREFIX, { collections: missing, fileChecks: false });
      for (const c of missing) this.parts.set(c, data.then((d) => (d?.[c] ? { [c]: d[c] } : {})));
    }
    const out: SiteData = { ...base };
    for (const c of collections) Object.assign(out, await this.parts.get(c));
    return out;
  }
}

async function read(input: unknown, source: string, checks = validation(), adapt?: SourceAdapter): Promise<Checked> {
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
  return new Checked(input, source, await checks);
}

const origin = (url: string) => {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
};

/** The page's origin, and `src`'s own: where a response may come from. */
function allowedOrigins(url: string): Set<string | undefined> {
  return new Set([origin(url), typeof location === 'undefined' ? undefined : location.origin]);
}

/**
 * Why a fetch rejected with no status: the server cannot be reached (`network`), or it answers
 * but the browser will not give the answer to the page (`refused`). Offline is `network`. A
 * `src` on another origin is `refused` (CORS: the usual cause when the page is online; a probe
 * cannot tell, the browser blocks cross-origin JSON even in `no-cors`). On the page's own
 * origin, one probe that follows no redirect tells a redirect loop (it gets the redirect) from
 * a server that cannot be reached (it fails too).
 */
async function whyFailed(url: string, signal: AbortSignal): Promise<'network' | 'refused'> {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return 'network';
  if (typeof location !== 'undefined' && origin(url) !== location.origin) return 'refused';
  try {
    await fetch(url, { redirect: 'manual', credentials: 'omit', cache: 'no-store', signal });
    return 'refused';
  } catch {
    return 'network';
  }
}

/**
 * Fetches a site's file. One watchdog, re-armed by each chunk of the body: when the server
 * sends no headers, or no body progress, for `timeout` ms, the request is aborted; and one
 * deadline for the whole response (`DEADLINE_FACTOR` × `timeout`), for a server that trickles.
 */
async function fetchSite(url: string, signal: AbortSignal, timeout: number, adapt?: SourceAdapter): Promise<Checked> {
  // http(s), or a `blob:` URL the page made itself; never `javascript:`, `data:`, `file:`…
  if (!/^(https?|blob):$/.test(new URL(url, 'http://x/').protocol)) {
    throw new DataLoadError('refused', url.slice(0, 80), undefined, undefined, `src "${url.slice(0, 80)}" is not an http(s) URL; nothing was requested`);
  }
  const checks = validation(); // asked for beside the file, not after it
  checks.catch(() => undefined);
  const watchdog = new AbortController();
  const stop = () => watchdog.abort();
  signal.addEventListener('abort', stop, { once: true });
  let expired: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      expired = timeout;
      watchdog.abort();
    }, timeout);
  };
  const deadline = setTimeout(() => {
    expired = timeout * DEADLINE_FACTOR;
    watchdog.abort();
  }, timeout * DEADLINE_FACTOR);
  const timedOut = () =>
    new DataLoadError(
      'network',
      url,
      undefined,
      expired,
      expired === timeout ? `no response for ${timeout / 1000} s (timeout)` : `the response did not finish within ${expired! / 1000} s (deadline)`,
    );
  const failed = (fallback: DataLoadError) => (signal.aborted ? aborted() : expired ? timedOut() : fallback);
  // Settles when the watchdog fires even if a fetch (a polyfill, a test stub) ignores the signal.
  const silenced = new Promise<never>((_, reject) => watchdog.signal.addEventListener('abort', () => reject(aborted()), { once: true }));
  silenced.catch(() => undefined);
  let body = '';
  try {
    arm();
    let response: Response;
    try {
      response = await Promise.race([fetch(url, { credentials: 'same-origin', signal: watchdog.signal }), silenced]);
    } catch (error) {
      if (signal.aborted || expired) throw failed(new DataLoadError('network', url));
      const why = await whyFailed(url, watchdog.signal);
      throw failed(
        why === 'refused'
          ? new DataLoadError('refused', url, undefined, undefined, `the browser refused to give the answer to this page: another origin that does not allow it (CORS), or too many redirects (${String(error)})`)
          : new DataLoadError('network', url),
      );
    }
    // A redirect to a third origin: a request no visitor agreed to, and a way around an allow-list. Not used.
    if (response.url && !allowedOrigins(url).has(origin(response.url))) {
      watchdog.abort();
      throw new DataLoadError('refused', url, undefined, undefined, `was redirected to ${response.url}, another origin; the data is not used (serve the file from ${origin(url)})`);
    }
    if (!response.ok) {
      watchdog.abort();
      throw new DataLoadError('http', url, response.status);
    }
    try {
      const reader = response.body!.getReader();
      const decoder = new TextDecoder();
      const next = () => Promise.race([reader.read(), silenced]);
      for (let chunk = await next(); !chunk.done; chunk = await next()) {
        arm();
        body += decoder.decode(chunk.value, { stream: true });
      }
      body += decoder.decode();
    } catch {
      throw failed(new DataLoadError('network', url));
    }
  } finally {
    clearTimeout(timer);
    clearTimeout(deadline);
    signal.removeEventListener('abort', stop);
  }
  return read(await parseJson(body, url), url, checks, adapt);
}

/** The file's JSON; a file that is not JSON is refused, saying where and why. */
async function parseJson(body: string, url: string): Promise<unknown> {
  try {
    return JSON.parse(body);
  } catch {
    // Where and why, for the webmaster: a lazy chunk, fetched only when a file is broken.
    const where = await import('./formats/json-error.js').then(
      (m) => `: ${m.describeJsonError(body)}`,
      () => '',
    );
    throw new DataLoadError('json', url, undefined, undefined, `not valid JSON${where}`);
  }
}

interface Shared {
  promise: Promise<Checked>;
  /** One promise per set of collections: two loads of the same URL for the same widget get the same promise. */
  views: Map<string, Promise<SiteData>>;
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

/** A view of a file for `collections` (one promise per set); a file that is not a data file rejects with `format`. */
function viewOf(file: Promise<Checked>, collections: readonly CollectionName[], views?: Map<string, Promise<SiteData>>): Promise<SiteData> {
  const key = [...collections].sort().join(' ');
  let p = views?.get(key);
  if (!p) {
    p = file.then((c) => c.view(collections));
    views?.set(key, p);
  }
  return p;
}

/** The shared read of `url` (one request per URL and page until `forget`). */
function sharedRead(url: string, timeout: number, adapt?: SourceAdapter): Shared {
  const key = remoteKey(url, adapt);
  let shared = remote.get(key);
  if (!shared) {
    const controller = new AbortController();
    const s: Shared = { controller, waiting: 0, settled: false, views: new Map(), promise: fetchSite(url, controller.signal, timeout, adapt) };
    s.promise.then(
      () => (s.settled = true),
      (error: unknown) => {
        s.settled = true;
        if (error instanceof DataLoadError) console.error(error.message);
      },
    );
    remote.set(key, (shared = s));
  }
  return shared;
}

/**
 * Fetches and validates a site's data file: one request per URL and page (until `forget`),
 * shared by every element that shows it; `collections` (default: all) are validated, each once
 * per file. Rejects with `DataLoadError`, or an `AbortError` when `signal` aborts.
 */
export function loadFromUrl(
  url: string,
  { signal, timeout = DEFAULT_TIMEOUT, adapt, collections = COLLECTIONS }: FetchOptions & { collections?: readonly CollectionName[] } = {},
): Promise<SiteData> {
  if (signal?.aborted) return Promise.reject(aborted());
  const key = remoteKey(url, adapt);
  const s = sharedRead(url, timeout, adapt);
  if (!signal) return viewOf(s.promise, collections, s.views);
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
    const done = () => {
      signal.removeEventListener('abort', leave);
      s.waiting--;
    };
    s.promise.then(
      (file) => {
        done();
        // A rejected view (not a data file) rejects this promise too.
        resolve(file.view(collections));
      },
      (e: unknown) => {
        done();
        reject(e);
      },
    );
  });
}

/** Forgets a failed or stale URL so that the next load fetches it again (retry). */
export function forget(url: string): void {
  for (const key of [...remote.keys()]) if (key === url || key.endsWith(` ${url}`)) remote.delete(key);
}

const fromProperty = new WeakMap<object, { file: Promise<Checked>; views: Map<string, Promise<SiteData>> }>();

/** Validates data given as a property: `collections` (default: all), each once per object. */
export function loadFromObject(input: unknown, adapt?: SourceAdapter, collections: readonly CollectionName[] = COLLECTIONS): Promise<SiteData> {
  if (adapt || typeof input !== 'object' || input === null) return viewOf(read(input, 'data property', undefined, adapt), collections);
  let p = fromProperty.get(input);
  if (!p) {
    p = { file: read(input, 'data property'), views: new Map() };
    fromProperty.set(input, p);
  }
  return viewOf(p.file, collections, p.views);
}

/** Loads the site's data (`data` wins over `src`) and puts it over `base`, the built-in data. */
export async function withSiteData(base: Promise<ThemeData>, { packs: from, src, data, signal, timeout, adapt, fresh }: DataRequest): Promise<ThemeData> {
  if (fresh && src && data == null) forget(src);
  const collections = collectionsOf(from);
  const site = data != null ? loadFromObject(data, adapt, collections) : loadFromUrl(src!, { signal, timeout, adapt, collections });
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
