/**
 * The finder's pack (counters and communes), in a module of its own: `packs.ts` imports the card's French text statically (it
 * travels inside the card's code), so a widget that imported its pack from there would carry
 * the card's text too. `packs.ts` re-exports it for tools and `PACKS`.
 */
import type { ThemeData } from './model.js';
import type { Pack } from './pack.js';

/** The counters and the communes: what the finder shows. */
export const guichetsPack: Pack = {
  name: 'guichets',
  fr: () => import('../generated/data/guichets.fr.json') as Promise<{ default: Partial<ThemeData> }>,
  overlays: {
    nl: () => import('../generated/data/guichets.nl.json'),
    de: () => import('../generated/data/guichets.de.json'),
    en: () => import('../generated/data/guichets.en.json'),
  },
};
