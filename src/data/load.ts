/**
 * Loading theme data: the built-in data (per locale, lazily: a French page loads no
 * Dutch text), a site's own file (`src`), or a `data` property. Collections a site
 * leaves out fall back to the built-in ones. Problems are reported once per source
 * with `console.error`; invalid entries are dropped, the rest still shows.
 */
import { COLLECTIONS, type DataFile, type Locale, type ThemeData } from './model.js';
import type { DataIssue } from './validate.js';

const PREFIX = '[numerique-choisi]';

/** Why data could not be loaded at all. */
export type LoadFailure = 'network' | 'http' | 'json' | 'format';

/** Data could not be loaded at all: the widget shows an error state with a retry button. */
export class DataLoadError extends Error {
  constructor(
    readonly reason: LoadFailure,
    readonly source: string,
    readonly status?: number,
  ) {
    super(`${PREFIX} ${source}: ${
      reason === 'http' ? `HTTP ${status}` : reason === 'network' ? 'network error' : reason === 'json' ? 'not valid JSON' : 'not a data file of format version 1'
    }`);
    this.name = 'DataLoadError';
  }
}

/** Validation is loaded only when a site brings its own data: the built-in data is checked by the tests. */
const validation = () => import('./validate.js');

async function report(issues: DataIssue[]): Promise<void> {
  const { formatIssue } = await validation();
  for (const issue of issues) console.error(`${PREFIX} ${formatIssue(issue)}`);
}

// ---------------------------------------------------------------- built-in data

type Overlay = Record<string, unknown>;
const overlays: Record<Exclude<Locale, 'fr'>, () => Promise<{ default: Overlay }>> = {
  nl: () => import('./default/nl.json'),
  de: () => import('./default/de.json'),
  en: () => import('./default/en.json'),
};

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

const builtIn = new Map<Locale, Promise<ThemeData>>();

/** The built-in data with French and, for another locale, that locale's text. Cached per page. */
export function loadBuiltIn(locale: Locale): Promise<ThemeData> {
  let p = builtIn.get(locale);
  if (!p) {
    const fr = import('./default/fr.json').then((m) => m.default as unknown as ThemeData);
    p = (locale === 'fr' ? fr : Promise.all([fr, overlays[locale]()]).then(([base, o]) => mergeLocale(base, o.default, locale))).catch(
      () => {
        // A chunk beside the script could not be fetched (connection lost, files not copied).
        builtIn.delete(locale);
        const error = new DataLoadError('network', `built-in data (${locale})`);
        console.error(error.message);
        throw error;
      },
    );
    builtIn.set(locale, p);
  }
  return p;
}

// ---------------------------------------------------------------- a site's data

/** A site's data, validated, its references checked against the themes it will be shown with. */
type SiteData = Partial<DataFile>;

async function withReferencesChecked(site: SiteData, source: string): Promise<SiteData> {
  const themes = site.themes ?? (await loadBuiltIn('fr')).themes;
  if (!site.recommendations && !site.questions) return site;
  const { checkReferences } = await validation();
  const { data, issues } = checkReferences(
    { themes, recommendations: site.recommendations ?? [], questions: site.questions ?? [] },
    source,
  );
  await report(issues);
  return {
    ...site,
    ...(site.recommendations && { recommendations: data.recommendations }),
    ...(site.questions && { questions: data.questions }),
  };
}

async function validated(input: unknown, source: string): Promise<SiteData> {
  const { validateDataFile } = await validation();
  const { data, issues } = validateDataFile(input, source);
  await report(issues);
  if (!data) throw new DataLoadError('format', source);
  return withReferencesChecked(data, source);
}

const remote = new Map<string, Promise<SiteData>>();

/** Fetches and validates a site's data file. One request per URL and page (until `forget`). */
export function loadFromUrl(url: string): Promise<SiteData> {
  let p = remote.get(url);
  if (!p) {
    p = (async () => {
      let response: Response;
      try {
        response = await fetch(url, { credentials: 'same-origin' });
      } catch {
        throw new DataLoadError('network', url);
      }
      if (!response.ok) throw new DataLoadError('http', url, response.status);
      let json: unknown;
      try {
        json = await response.json();
      } catch {
        throw new DataLoadError('json', url);
      }
      return validated(json, url);
    })();
    p.catch((error: unknown) => console.error(error instanceof DataLoadError ? error.message : error));
    remote.set(url, p);
  }
  return p;
}

/** Forgets a failed or stale URL so that the next load fetches it again (retry). */
export function forget(url: string): void {
  remote.delete(url);
}

const fromProperty = new WeakMap<object, Promise<SiteData>>();

/** Validates data given as a property. Validated once per object. */
export function loadFromObject(input: unknown): Promise<SiteData> {
  if (typeof input !== 'object' || input === null) return validated(input, 'data property');
  let p = fromProperty.get(input);
  if (!p) {
    p = validated(input, 'data property');
    fromProperty.set(input, p);
  }
  return p;
}

/** Where a widget's data comes from. */
export interface DataRequest {
  locale: Locale;
  /** Absolute URL of a site's data file. */
  src?: string;
  /** Data given as a property (wins over `src`); `null` or `undefined`: none. */
  data?: unknown;
}

/** The data a widget shows: the site's collections over the built-in ones. */
export async function loadData({ locale, src, data }: DataRequest): Promise<ThemeData> {
  const [base, site] = await Promise.all([
    loadBuiltIn(locale),
    data != null ? loadFromObject(data) : src ? loadFromUrl(src) : undefined,
  ]);
  if (!site) return base;
  const out = { ...base };
  if (site.source) out.source = site.source;
  for (const name of COLLECTIONS) if (site[name]) (out as Record<string, unknown>)[name] = site[name];
  return out;
}
