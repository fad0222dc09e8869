/**
 * The built-in content, split per widget so that each widget downloads only what it shows
 * (`npm run data` writes src/generated/data/ from src/data/default/<locale>.json).
 *
 * The card's French pack is imported statically: it travels inside the card's code, so a
 * French card paints without waiting on another request. Everything else (the other
 * locales' overlays, the other widgets' packs) is a lazy chunk, fetched once per page.
 */
import type { ThemeData } from './model.js';
import type { Pack } from './pack.js';
import cardFr from '../generated/data/card.fr.json';
import { partnersPack } from './partners-pack.js';
import { questionsPack } from './questions-pack.js';
import { guichetsPack } from './guichets-pack.js';

export type { Pack, Overlay } from './pack.js';

/** Source, themes, recommendations and findings: what a card shows. */
export const cardPack: Pack = {
  name: 'card',
  fr: cardFr as unknown as Partial<ThemeData>,
  overlays: {
    nl: () => import('../generated/data/card.nl.json'),
    de: () => import('../generated/data/card.de.json'),
    en: () => import('../generated/data/card.en.json'),
  },
};

/** The partners of the day: what the partner list shows (in its own module, without the card's text). */
export { partnersPack };

/** The self-check's questions and the finder's counters, also in modules of their own. */
export { questionsPack, guichetsPack };

/** Every pack, for tools and tests. */
export const PACKS: readonly Pack[] = [cardPack, partnersPack, questionsPack, guichetsPack];
