// Generated from src/widgets.json by scripts/widgets.mjs (npm run widgets): do not edit.
/**
 * Each widget's UI strings per locale: lazy modules that `scripts/messages.mjs` splits from
 * lit-localize's output by id prefix. A widget gives its pack to its data controller, so it
 * downloads only its own strings (and the shared ones, which every pack holds).
 */
import type { MessagePack } from './i18n.js';

/** <nc-recommendation-card>: ids `card.…` and the shared ones. */
export const cardMessages: MessagePack = {
  nl: () => import('../generated/messages/card.nl.js'),
  de: () => import('../generated/messages/card.de.js'),
  en: () => import('../generated/messages/card.en.js'),
};

/** <nc-self-check>: ids `selfcheck.…` and the shared ones. */
export const selfcheckMessages: MessagePack = {
  nl: () => import('../generated/messages/selfcheck.nl.js'),
  de: () => import('../generated/messages/selfcheck.de.js'),
  en: () => import('../generated/messages/selfcheck.en.js'),
};

/** <nc-partner-list>: ids `partners.…` and the shared ones. */
export const partnersMessages: MessagePack = {
  nl: () => import('../generated/messages/partners.nl.js'),
  de: () => import('../generated/messages/partners.de.js'),
  en: () => import('../generated/messages/partners.en.js'),
};

/** <nc-guichet-finder>: ids `finder.…` and the shared ones. */
export const finderMessages: MessagePack = {
  nl: () => import('../generated/messages/finder.nl.js'),
  de: () => import('../generated/messages/finder.de.js'),
  en: () => import('../generated/messages/finder.en.js'),
};
