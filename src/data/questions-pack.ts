/**
 * The self-check's questions pack, in a module of its own: `packs.ts` imports the card's French text statically (it
 * travels inside the card's code), so a widget that imported its pack from there would carry
 * the card's text too. `packs.ts` re-exports it for tools and `PACKS`.
 */
import type { ThemeData } from './model.js';
import type { Pack } from './pack.js';

/** The self-check's questions (the self-check shows cards too: it also takes `cardPack`). */
export const questionsPack: Pack = {
  name: 'questions',
  fr: () => import('../generated/data/questions.fr.json') as Promise<{ default: Partial<ThemeData> }>,
  overlays: {
    nl: () => import('../generated/data/questions.nl.json'),
    de: () => import('../generated/data/questions.de.json'),
    en: () => import('../generated/data/questions.en.json'),
  },
};
