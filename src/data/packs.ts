// Generated from src/widgets.json by scripts/widgets.mjs (npm run widgets): do not edit.
/**
 * The built-in content, split per widget so that each widget downloads only what it shows
 * (`npm run data` writes src/generated/data/ from src/data/default/<locale>.json).
 *
 * The French part of a built-in pack (card) is imported statically: it travels inside the
 * code of the widgets that show it, so a French card paints without waiting on another request.
 * Everything else (the other locales' overlays, the other packs) is a lazy chunk, fetched once per page.
 */
import type { ThemeData } from './model.js';
import type { Pack } from './pack.js';
import cardFr from '../generated/data/card.fr.json';
import { partnersPack } from './partners-pack.js';
import { questionsPack } from './questions-pack.js';
import { guichetsPack } from './guichets-pack.js';

export type { Pack, Overlay } from './pack.js';

/** Source, themes, recommendations and findings: what a card shows (the self-check shows cards too, with its results). */
export const cardPack: Pack = {
  name: 'card',
  fr: cardFr as unknown as Partial<ThemeData>,
  overlays: {
    nl: () => import('../generated/data/card.nl.json'),
    de: () => import('../generated/data/card.de.json'),
    en: () => import('../generated/data/card.en.json'),
  },
};

/** Packs in modules of their own (without the built-in packs' French text). */
export { partnersPack, questionsPack, guichetsPack };

/** Every pack, for tools and tests. */
export const PACKS: readonly Pack[] = [cardPack, partnersPack, questionsPack, guichetsPack];
