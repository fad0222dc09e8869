/**
 * The partner list's pack, in a module of its own: `packs.ts` imports the card's French text
 * statically (it travels inside the card's code), so a widget that imports its pack from there
 * would carry the card's text too. `packs.ts` re-exports it for tools and `PACKS`.
 */
import type { ThemeData } from './model.js';
import type { Pack } from './pack.js';

/** The partners of the day: what the partner list shows. */
export const partnersPack: Pack = {
  name: 'partners',
  fr: () => import('../generated/data/partners.fr.json') as Promise<{ default: Partial<ThemeData> }>,
  overlays: {
    nl: () => import('../generated/data/partners.nl.json'),
    de: () => import('../generated/data/partners.de.json'),
    en: () => import('../generated/data/partners.en.json'),
  },
};
