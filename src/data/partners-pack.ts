// Generated from src/widgets.json by scripts/widgets.mjs (npm run widgets): do not edit.
/**
 * The partners pack, in a module of its own: `packs.ts` imports the French text of the built-in
 * packs statically (it travels inside the code of the widgets that show them), so a widget that
 * imported its pack from there would carry that text too. `packs.ts` re-exports it for tools and `PACKS`.
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
