/** The announcement (a polite live region), the count, « mettre à jour », the list of counters, the group of unknown hours, « Afficher plus ». */
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizedText } from '../../data/model.js';
import { msg, plural, str } from '../../shared/i18n.js';
import { countText } from './counting.js';
import { changesText, incompleteText } from './speech.js';
import { pick } from '../../shared/text.js';
import { numberFormat } from './format.js';
import { serviceLabel, typeLabel } from './labels.js';
import { statusLine } from './status-line.js';
import type { FinderView, Row } from './types.js';

export function resultList(v: FinderView): TemplateResult {
  const { rows, unknown, locale } = v;
  const all = rows.concat(unknown);
  const visible = all.slice(0, v.shown);
  // A partly erased day and time: a message instead of the last moment's counters.
  const shownRows = v.incomplete ? [] : visible.slice(0, rows.length);
  const shownUnknown = v.incomplete ? [] : visible.slice(rows.length);
  const num = numberFormat(locale, false);
  const n = all.length;
  const ns = num.format(n);
  const u = unknown.length;
  const us = num.format(u);
  const unknownLabel = plural(u, {
    one: () => msg(str`${us} guichet aux horaires inconnus (à vérifier par téléphone)`, { id: 'finder.unknownGroup#one' }),
    other: () => msg(str`${us} guichets aux horaires inconnus (à vérifier par téléphone)`, { id: 'finder.unknownGroup#other' }),
  });
  const { closed, opened } = v.changes;
  return html`<p part="announcement" class="visually-hidden" role="status">${v.speech}</p>
    ${v.incomplete ? nothing : html`<p part="count" class="count">${countText({ rows: rows.length, unknown: u, open: v.open }, locale)}</p>`}
    ${closed || opened
      ? html`<button type="button" part="update-button" class="update" @click=${v.update}>${changesText(v.changes, locale)}</button>`
      : nothing}
    ${v.incomplete
      ? html`<p part="empty" class="state">${incompleteText()}</p>`
      : n
        ? nothing
        : html`<p part="empty" class="state">${msg('Aucun guichet ne correspond. Essayez une commune voisine ou retirez un filtre.', { id: 'finder.empty' })}</p>`}
    ${shownRows.length ? html`<ul part="results" class="results">${shownRows.map((r, i) => counter(v, r, i))}</ul>` : nothing}
    ${shownUnknown.length
      ? html`<p class="group" id="unknown-title">${unknownLabel}</p>
          <ul part="unknown-results" class="results" aria-labelledby="unknown-title">
            ${shownUnknown.map((r, i) => counter(v, r, rows.length + i))}
          </ul>`
      : nothing}
    ${!v.incomplete && visible.length < n
      ? html`<button type="button" part="more-button" class="more" @click=${v.more}>
          ${msg(str`Afficher plus (${num.format(visible.length)} sur ${ns})`, { id: 'finder.more' })}
        </button>`
      : nothing}`;
}

/** One counter, the `i`-th of the list: name, status, address, type and services, « Horaires et contact ». */
function counter(v: FinderView, { g, km }: Row, i: number): TemplateResult {
  const { locale } = v;
  const tx = (text: LocalizedText) => {
    const p = pick(text, locale);
    return p.lang === locale ? p.text : html`<span lang=${p.lang}>${p.text}</span>`;
  };
  const open = v.expanded.has(g.id);
  const a = g.address;
  const km1 = km === undefined ? undefined : numberFormat(locale, true).format(km);
  const colon = locale === 'fr' ? '\u00a0: ' : ': ';
  return html`<li part="counter" class="counter" data-row=${i} data-id=${g.id}>
    <div role="heading" aria-level=${Math.min(6, v.level + 1)} part="counter-name" class="counter-name" id="n-${i}" tabindex="-1">${tx(g.name)}</div>
    ${statusLine({ g, status: v.status(g), t: v.t, locale, soonMinutes: v.soonMinutes })}
    <p class="address">
      ${a.street ? html`${tx(a.street)}, ` : nothing}${a.postalCode} ${tx(a.city)}${km1
        ? html` · <span class="distance">${msg(str`à ${km1}`, { id: 'finder.distance' })}</span>`
        : nothing}
    </p>
    <p class="meta">${typeLabel(g.type)}${g.services.length ? html` · ${g.services.map(serviceLabel).join(', ')}` : nothing}</p>
    ${g.example ? html`<p class="demo print-only">${msg('Données d’exemple — à remplacer par les vôtres', { id: 'finder.demo' })}</p>` : nothing}
    <button type="button" part="toggle" class="toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls="d-${i}" @click=${() => v.toggle(g)}>
      ${msg('Horaires et contact', { id: 'finder.details' })}<span class="visually-hidden">${colon}${tx(g.name)}</span>
    </button>
    <div part="details" class="details" id="d-${i}" ?hidden=${!open}>${open ? v.details(g, tx, colon) : nothing}</div>
  </li>`;
}
