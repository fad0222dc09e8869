/**
 * What a widget asks of the data layer, and how a load fails: shared by load.ts (the entry
 * point, built-in data) and site.ts (a site's own data, a lazy chunk), so that neither
 * imports the other's types (load.ts only imports site.ts lazily).
 */
import type { Locale } from './model.js';
import type { Pack } from './packs.js';
import { PREFIX } from '../util/log.js';

/**
 * Turns a site's raw JSON in another format (e.g. a commune's directory export) into a data
 * file, before validation. Give a module-level function (a stable identity): a new function
 * is a new load. It may import its code lazily.
 */
export type SourceAdapter = (raw: unknown, source: string) => unknown | Promise<unknown>;

/**
 * Why data could not be loaded at all: `network` (no connection, the server unreachable or too
 * slow), `http` (an error status), `json` (not JSON), `format` (not a data file of format
 * version 1), `refused` (the browser may not or should not read it: another origin that does not
 * allow this page (CORS), a redirect loop, a redirect to another origin, a `src` that is not
 * http(s)). The visitor sees « could not be read » for the last three, the console says which.
 */
export type LoadFailure = 'network' | 'http' | 'json' | 'format' | 'refused';

/** How long a `src` request may stay silent (no headers, or no body progress) before it fails: 10 s. */
export const DEFAULT_TIMEOUT = 10_000;

/** How much longer than `timeout` a whole `src` response may take (a server trickling a byte every few seconds): 3 × `timeout`, 30 s by default. */
export const DEADLINE_FACTOR = 3;

/** Data could not be loaded at all: the widget shows an error state with a retry button. */
export class DataLoadError extends Error {
  constructor(
    readonly reason: LoadFailure,
    readonly source: string,
    readonly status?: number,
    /** For `network`: the server stayed silent, or did not finish, within this many ms. */
    readonly timeout?: number,
    /** For the console: what exactly went wrong (English). */
    readonly detail?: string,
  ) {
    super(
      `${PREFIX} ${source}: ${
        detail ??
        (reason === 'http'
          ? `HTTP ${status}`
          : reason === 'network'
            ? timeout
              ? `no response for ${timeout / 1000} s (timeout)`
              : 'network error'
            : reason === 'json'
              ? 'not valid JSON'
              : reason === 'refused'
                ? 'the browser refused to read it'
                : 'not a data file of format version 1')
      }`,
    );
    this.name = 'DataLoadError';
  }
}

/** The rejection of a load whose element no longer waits for it. */
export const aborted = () => new DOMException('The load was aborted.', 'AbortError');

/** Options of a `src` load. */
export interface FetchOptions {
  /** Aborts this caller's wait; the request itself is aborted when no caller waits any more. */
  signal?: AbortSignal;
  /** Fails as a network error after this many ms without response headers or body progress. */
  timeout?: number;
  /** Reads the file in another format first. */
  adapt?: SourceAdapter;
}

/** Where a widget's data comes from (what `loadData` and site.ts's `withSiteData` take). */
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

