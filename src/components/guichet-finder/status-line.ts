/** A counter's status line: « Ouvert sans rendez-vous — jusqu’à 12:00 », « Ouvre demain à 9:00 »… */
import { html, nothing, type TemplateResult } from 'lit';
import type { Guichet, Locale } from '../../data/model.js';
import { msg, str } from '../../shared/i18n.js';
import { addDays, brusselsTime, type Status } from '../../data/hours/hours.js';
import { appointmentOnly, fmt } from './format.js';

/** What a status line shows: the counter, its [opening hours, walk-in hours] status at `t`. */
export interface StatusView {
  g: Guichet;
  status: [Status, Status];
  t: Date;
  locale: Locale;
  /** « Ferme bientôt » within this many minutes of closing. */
  soonMinutes: number;
}

export function statusLine({ g, status: [h, w], t, locale, soonMinutes }: StatusView): TemplateResult {
  const time = (d: Date) => fmt(locale, 'time').format(d);
  const day = (d: Date) => {
    const [a, b] = [brusselsTime(t).date, brusselsTime(d).date];
    return a === b
      ? msg('aujourd’hui', { id: 'finder.today' })
      : addDays(a, 1) === b
        ? msg('demain', { id: 'finder.tomorrow' })
        : // A weekday with the preposition the language needs (de « am Donnerstag », en « on Thursday »).
          msg(str`${fmt(locale, 'day').format(d)}`, { id: 'finder.onDay' });
  };
  const soon = (s: Status) => !!s.next && s.next.getTime() - t.getTime() <= soonMinutes * 6e4;
  let text: string;
  let cls = 'closed';
  let extra: string | undefined;
  if (w.state === 'open') {
    cls = 'open';
    text = !w.next
      ? msg('Ouvert sans rendez-vous', { id: 'finder.status.walkInOpen' })
      : soon(w)
        ? msg(str`Ferme bientôt — sans rendez-vous jusqu’à ${time(w.next)}`, { id: 'finder.status.walkInSoon' })
        : msg(str`Ouvert sans rendez-vous — jusqu’à ${time(w.next)}`, { id: 'finder.status.walkInUntil' });
    if (soon(w)) cls = 'soon';
  } else if (appointmentOnly(g)) {
    text = msg('Sur rendez-vous uniquement', { id: 'finder.status.appointment' });
  } else if (w.state === 'closed') {
    text = w.next
      ? msg(str`Ouvre sans rendez-vous ${day(w.next)} à ${time(w.next)}`, { id: 'finder.status.walkInOpens' })
      : msg('Fermé', { id: 'finder.status.closed' });
  } else if (h.state === 'unknown') {
    cls = 'unknown';
    text = msg('Horaires inconnus', { id: 'finder.status.unknown' });
  } else {
    // Walk-in hours unknown: the opening hours, and a word on the walk-in ones.
    extra = msg('Sans rendez-vous\u00a0: à vérifier', { id: 'finder.status.walkInUnknown' });
    if (h.state === 'open') {
      cls = soon(h) ? 'soon' : 'open';
      text = !h.next
        ? msg('Ouvert', { id: 'finder.status.open' })
        : soon(h)
          ? msg(str`Ferme bientôt — jusqu’à ${time(h.next)}`, { id: 'finder.status.soon' })
          : msg(str`Ouvert — jusqu’à ${time(h.next)}`, { id: 'finder.status.until' });
    } else {
      text = h.next ? msg(str`Ouvre ${day(h.next)} à ${time(h.next)}`, { id: 'finder.status.opens' }) : msg('Fermé', { id: 'finder.status.closed' });
    }
  }
  return html`<p part="status" class="status ${cls}">${text}${extra ? html`<span class="extra">${extra}</span>` : nothing}</p>`;
}
