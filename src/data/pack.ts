/**
 * The shape of a built-in data pack: what `packs.ts` and each `*-pack.ts` module declare,
 * and what the loading code reads. Types only, so that the pack modules and `packs.ts`
 * (which gathers them) import this file and not each other.
 */
import type { Locale, ThemeData } from './model.js';

type Target = Exclude<Locale, 'fr'>;
/** A locale's strings over the French entries: arrays of entries keyed by id. */
export type Overlay = Record<string, unknown>;
type Module<T> = Promise<{ default: T }>;

/** The collections one widget shows, in French (its entries) and per locale (overlays). */
export interface Pack {
  /** `card`, `questions`, `guichets` or `partners`; also the file names' stem. */
  readonly name: string;
  /** The French entries: the object itself when it is part of the code, else a lazy import. */
  readonly fr: Partial<ThemeData> | (() => Module<Partial<ThemeData>>);
  readonly overlays: Record<Target, () => Module<Overlay>>;
}
