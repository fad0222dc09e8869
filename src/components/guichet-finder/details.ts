/**
 * A counter's details: its week (walk-in and opening hours, the period that applies),
 * closures, accessibility, contact and directions links, « Imprimer cette fiche ». Loaded
 * lazily, on the first « Horaires et contact »: the list itself does not need it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Guichet, Locale, LocalizedText } from '../../data/model.js';
import { msg, str } from '../../shared/i18n.js';
import { safeUrl } from '../../shared/url.js';
import { brusselsTime, fromBrussels, weekAt, type DayHours } from '../../data/hours/hours.js';
import { validPoint } from './distance.js';
import { appointmentOnly, fmt, minutes, utc } from './format.js';

/** What a counter's details show, and what « Imprimer cette fiche » does. */
export interface DetailsView {
  g: Guichet;
  /** The moment the week starts from. */
  t: Date;
  locale: Locale;
  /** A localized text of the data, marked with its language when it is not the widget's. */
  tx: (text: LocalizedText) => unknown;
  /** The colon of the language (« : » in French). */
  colon: string;
  /** The finder (« Imprimer cette fiche » prints this counter of it alone). */
  host: HTMLElement;
}

/** The next 7 days: walk-in hours and opening hours, day by day. */
function weekTable({ g, locale, tx }: DetailsView, walk: DayHours[], hours: DayHours[]): TemplateResult {
  const cell = (d: DayHours) =>
    d.ranges === null
      ? msg('Inconnu', { id: 'finder.week.unknown' })
      : !d.ranges.length
        ? d.closed === 'holiday'
          ? msg('Fermé (jour férié)', { id: 'finder.week.holiday' })
          : d.closed === 'closure' && d.reason
            ? html`${msg('Fermé', { id: 'finder.status.closed' })} (${tx(d.reason)})`
            : msg('Fermé', { id: 'finder.status.closed' })
        : // A line may break after the dash: three columns of hours fit a 320 px screen.
          d.ranges.map(
            (r, i) =>
              html`${i ? ', ' : ''}${fmt(locale, 'time').format(fromBrussels(d.date, minutes(r.opens)))}–<wbr />${fmt(locale, 'time').format(fromBrussels(d.date, minutes(r.closes)))}`,
          );
  // A data table may scroll sideways on a very narrow screen (WCAG 1.4.10 allows it for data
  // tables): then, and only then, it is a region that takes the focus (see watchWeeks).
  return html`<div class="week" data-label="week-${g.id}"><table>
      <caption id="week-${g.id}">${msg('Les 7 prochains jours', { id: 'finder.week' })}</caption>
      <thead>
        <tr>
          <th scope="col">${msg('Jour', { id: 'finder.week.day' })}</th>
          <th scope="col">${msg('Sans rendez-vous', { id: 'finder.week.walkIn' })}</th>
          <th scope="col">${msg('Heures d’ouverture', { id: 'finder.week.hours' })}</th>
        </tr>
      </thead>
      <tbody>
        ${walk.map(
          (d, i) => html`<tr>
            <th scope="row">${fmt(locale, 'dayDate').format(utc(d.date))}</th>
            <td>${appointmentOnly(g) ? msg('Sur rendez-vous', { id: 'finder.week.appointment' }) : cell(d)}</td>
            <td>${cell(hours[i])}</td>
          </tr>`,
        )}
      </tbody>
    </table></div>`;
}

export function renderDetails(v: DetailsView): TemplateResult {
  const { g, t, locale, tx, colon, host } = v;
  const walk = weekAt(g, 'walkIn', t);
  const hours = weekAt(g, 'hours', t);
  const period = [...walk, ...hours].find((d) => d.period)?.period;
  const today = brusselsTime(t).date;
  const closures = (g.closures ?? []).filter((c) => (c.to ?? c.from) >= today);
  const date = (d: string) => fmt(locale, 'date').format(utc(d));
  const acc = g.accessibility;
  const names = acc?.languages?.length && 'DisplayNames' in Intl ? new Intl.DisplayNames(locale, { type: 'language' }) : undefined;
  const url = safeUrl(g.url);
  return html`${weekTable(v, walk, hours)}
    ${period ? html`<p>${msg('Horaire en vigueur\u00a0:', { id: 'finder.period' })} ${tx(period)}</p>` : nothing}
    ${closures.length
      ? html`<p class="label">${msg('Fermetures\u00a0:', { id: 'finder.closures' })}</p>
          <ul>
            ${closures.map(
              (c) => html`<li>
                ${c.to && c.to !== c.from
                  ? msg(str`du ${date(c.from)} au ${date(c.to)}`, { id: 'finder.closure.range' })
                  : msg(str`le ${date(c.from)}`, { id: 'finder.closure.day' })}${c.reason ? html`${colon}${tx(c.reason)}` : nothing}
              </li>`,
            )}
          </ul>`
      : nothing}
    ${acc && (acc.stepFree || acc.hearingLoop || names)
      ? html`<ul class="access">
          ${acc.stepFree ? html`<li>${msg('Accès de plain-pied', { id: 'finder.stepFree' })}</li>` : nothing}
          ${acc.hearingLoop ? html`<li>${msg('Boucle magnétique', { id: 'finder.hearingLoop' })}</li>` : nothing}
          ${names ? html`<li>${msg('Langues parlées\u00a0:', { id: 'finder.languages' })} ${acc.languages!.map((l) => names.of(l) ?? l).join(', ')}</li>` : nothing}
        </ul>`
      : nothing}
    ${g.publics?.length ? html`<p>${msg('Pour qui\u00a0:', { id: 'finder.publics' })} ${g.publics.map((p, i) => html`${i ? ', ' : ''}${tx(p)}`)}</p>` : nothing}
    ${g.otherServices?.length ? html`<p>${msg('Aussi\u00a0:', { id: 'finder.otherServices' })} ${g.otherServices.map((p, i) => html`${i ? ', ' : ''}${tx(p)}`)}</p>` : nothing}
    ${g.notes ? html`<p class="notes">${tx(g.notes)}</p>` : nothing}
    <ul class="links">
      ${g.phone ? html`<li><a part="phone" href="tel:${g.phone}">${msg('Téléphoner', { id: 'finder.phone' })}${colon}${g.phone}</a></li>` : nothing}
      ${g.email ? html`<li><a part="email" href="mailto:${g.email}">${msg('Écrire', { id: 'finder.email' })}${colon}${g.email}</a></li>` : nothing}
      ${url ? html`<li><a href=${url}>${msg('Site web', { id: 'finder.website' })}</a></li>` : nothing}
      ${validPoint(g.geo)
        ? html`<li>
            <a part="directions" href="https://www.openstreetmap.org/directions?to=${g.geo.lat},${g.geo.lon}"
              >${msg('Itinéraire (OpenStreetMap)', { id: 'finder.directions' })}</a
            >
          </li>`
        : nothing}
    </ul>
    <button type="button" part="print-button" @click=${() => printCounter(host, g.id)}>
      ${msg('Imprimer cette fiche', { id: 'finder.print' })}<span class="visually-hidden">${colon}${tx(g.name)}</span>
    </button>`;
}

/** Prints one counter of `host` (by its id) alone: the print styles hide the rest. */
export function printCounter(host: HTMLElement, id: string): void {
  const li = host.shadowRoot?.querySelector(`[data-id="${CSS.escape(id)}"]`);
  li?.classList.add('print-target');
  host.classList.add('nc-print-one');
  try {
    window.print();
  } finally {
    // print() returns once the dialog has closed.
    li?.classList.remove('print-target');
    host.classList.remove('nc-print-one');
  }
}

/** Marks a week table that scrolls sideways as a focusable region (a keyboard can scroll it), and one that does not as neither (no needless Tab stop). */
function fit(week: Element): void {
  const scrolls = week.scrollWidth > week.clientWidth;
  for (const [name, value] of [
    ['tabindex', '0'],
    ['role', 'region'],
    ['aria-labelledby', (week as HTMLElement).dataset.label!],
  ])
    if (scrolls) week.setAttribute(name, value);
    else week.removeAttribute(name);
}

const sizes = new ResizeObserver((entries) => {
  for (const { target } of entries) if (target.isConnected) fit(target);
  else sizes.unobserve(target);
});
const watched = new WeakSet<Element>();

/** Keeps each week table of `root` marked by `fit` as its width changes (a turned phone, a zoom). */
export function watchWeeks(root: ParentNode): void {
  for (const week of root.querySelectorAll('.week')) {
    fit(week);
    if (!watched.has(week)) {
      sizes.observe(week);
      watched.add(week);
    }
  }
}
