/**
 * The built-in data: per widget pack and per locale, lazily (a French page loads no Dutch
 * text, a card loads no counters), each locale's strings merged over the French entries.
 */
import type { Locale, ThemeData } from './model.js';
import type { Overlay, Pack } from './packs.js';
import { chunkFailed } from '../util/retry.js';
import { DataLoadError } from './request.js';

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

