/**
 * Each widget's UI strings per locale: lazy modules that `scripts/messages.mjs` splits from
 * lit-localize's output by id prefix. A widget names its pack (`static messages`), so it
 * downloads only its own strings (and the shared ones, which every pack holds).
 */
import type { MessagePack } from './i18n.js';

export const cardMessages: MessagePack = {
  nl: () => import('../generated/messages/card.nl.js'),
  de: () => import('../generated/messages/card.de.js'),
  en: () => import('../generated/messages/card.en.js'),
};

export const selfCheckMessages: MessagePack = {
  nl: () => import('../generated/messages/selfcheck.nl.js'),
  de: () => import('../generated/messages/selfcheck.de.js'),
  en: () => import('../generated/messages/selfcheck.en.js'),
};

export const finderMessages: MessagePack = {
  nl: () => import('../generated/messages/finder.nl.js'),
  de: () => import('../generated/messages/finder.de.js'),
  en: () => import('../generated/messages/finder.en.js'),
};

export const partnersMessages: MessagePack = {
  nl: () => import('../generated/messages/partners.nl.js'),
  de: () => import('../generated/messages/partners.de.js'),
  en: () => import('../generated/messages/partners.en.js'),
};
