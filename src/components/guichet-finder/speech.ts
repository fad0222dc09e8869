/**
 * The words the finder says after an action (see announce.ts): the announcement, a partly
 * erased date, the search the position replaced, « … vient de fermer — mettre à jour ».
 */
import type { Locale } from '../../data/model.js';
import { msg, plural, str } from '../../shared/i18n.js';
import { fmt, numberFormat } from './format.js';
import { countText, type Speech } from './counting.js';

/** The announcement: the count, or why there is none, and the moment it speaks of. */
export function speechText(s: Speech, locale: Locale): string {
  let text = s.incomplete
    ? incompleteText()
    : !s.rows && !s.unknown
      ? msg('Aucun guichet trouvé. Essayez une commune voisine ou retirez un filtre.', { id: 'finder.noResult' })
      : countText(s, locale);
  const moment = s.at && !s.incomplete && fmt(locale, 'moment').format(s.at);
  if (moment) text = msg(str`Le ${moment}\u00a0: ${text}`, { id: 'finder.atMoment' });
  if (s.cleared !== undefined) text = `${clearedText(s.cleared)} ${text}`;
  return text;
}

/** « La recherche « Wavre » a été effacée : triés par distance de votre position. » */
export const clearedText = (query: string) =>
  msg(str`La recherche «\u00a0${query}\u00a0» a été effacée\u00a0: guichets triés par distance de votre position.`, { id: 'finder.geo.cleared' });

/** The « mettre à jour » button's words: how the list the clock gives now differs from the one shown. */
export function changesText({ closed, opened }: { closed: number; opened: number }, locale: Locale): string {
  const n = numberFormat(locale, false).format(closed || opened);
  return closed
    ? plural(closed, {
        one: () => msg(str`${n} guichet vient de fermer — mettre à jour`, { id: 'finder.closedSince#one' }),
        other: () => msg(str`${n} guichets viennent de fermer — mettre à jour`, { id: 'finder.closedSince#other' }),
      })
    : plural(opened, {
        one: () => msg(str`${n} guichet vient d’ouvrir — mettre à jour`, { id: 'finder.openedSince#one' }),
        other: () => msg(str`${n} guichets viennent d’ouvrir — mettre à jour`, { id: 'finder.openedSince#other' }),
      });
}

/** A partly erased day and time. */
export const incompleteText = () =>
  msg('Jour et heure incomplets\u00a0: indiquez le jour et l’heure pour voir les guichets ouverts à ce moment.', { id: 'finder.atIncomplete' });
