/** The search form: commune or postal code, « Utiliser ma position », and the filters. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '../../shared/i18n.js';
import { pick } from '../../shared/text.js';
import { serviceLabel, typeLabel, TYPES } from './labels.js';
import { atValue, parseAt } from './format.js';
import type { Filters, FinderView, NcFilterChangeDetail, OpenFilter } from './types.js';

export function filtersForm(v: FinderView): TemplateResult {
  return html`<form part="filters" class="filters" @submit=${(e: Event) => e.preventDefault()} @input=${v.onInput} @change=${v.onInput}>
    <div class="field">
      <label for="q">${msg('Commune ou code postal', { id: 'finder.search' })}</label>
      <span class="hint" id="q-hint">${msg('Par exemple\u00a0: Wavre, Waver, 1300', { id: 'finder.searchHint' })}</span>
      <input id="q" name="q" part="search" type="search" list="communes" autocomplete="off" spellcheck="false" aria-describedby="q-hint" .value=${v.query} />
      <datalist id="communes">${v.communes.map((c) => html`<option value=${pick(c.name, v.locale).text}></option>`)}</datalist>
    </div>
    ${v.canLocate ? html`<button type="button" part="locate-button" @click=${v.locate}>${msg('Utiliser ma position', { id: 'finder.locate' })}</button>` : nothing}
    ${v.geoMessage
      ? html`<p part="geo-message" class="geo-message" role="alert">
          ${v.geoMessage === 'denied'
            ? msg('Votre position n’a pas été partagée. Cherchez plutôt par commune ou code postal.', { id: 'finder.geo.denied' })
            : msg('Votre position n’a pas pu être trouvée. Cherchez plutôt par commune ou code postal.', { id: 'finder.geo.failed' })}
        </p>`
      : nothing}
    ${v.byPosition ? html`<p class="hint">${v.byPosition}</p>` : nothing}
    <fieldset>
      <legend>${msg('Filtres', { id: 'finder.filters' })}</legend>
      <div class="field">
        <label for="service">${msg('Service', { id: 'finder.service' })}</label>
        <select id="service" name="service" .value=${v.service}>
          <option value="">${msg('Tous les services', { id: 'finder.allServices' })}</option>
          ${v.services.map((s) => html`<option value=${s} ?selected=${s === v.service}>${serviceLabel(s)}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="type">${msg('Type de lieu', { id: 'finder.type' })}</label>
        <select id="type" name="type" .value=${v.type}>
          <option value="">${msg('Tous les types', { id: 'finder.allTypes' })}</option>
          ${TYPES.map((ty) => html`<option value=${ty} ?selected=${ty === v.type}>${typeLabel(ty)}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="open">${msg('Ouvert', { id: 'finder.open' })}</label>
        <select id="open" name="open" .value=${v.open}>
          <option value="" ?selected=${!v.open}>${msg('Peu importe quand', { id: 'finder.openAny' })}</option>
          <option value="now" ?selected=${v.open === 'now'}>${msg('Maintenant', { id: 'finder.openNow' })}</option>
          <option value="at" ?selected=${v.open === 'at'}>${msg('Jour et heure choisis', { id: 'finder.openChosen' })}</option>
        </select>
      </div>
      ${v.open === 'at'
        ? html`<div class="field">
            <label for="at">${msg('Jour et heure (heure de Belgique)', { id: 'finder.at' })}</label>
            <input id="at" name="at" type="datetime-local" .value=${v.at} />
          </div>`
        : nothing}
      <div class="check">
        <input id="walk-in" name="walk-in" type="checkbox" .checked=${v.walkIn} />
        <label for="walk-in">${msg('Sans rendez-vous uniquement', { id: 'finder.walkInOnly' })}</label>
      </div>
      <div class="check">
        <input id="step-free" name="step-free" type="checkbox" .checked=${v.stepFree} />
        <label for="step-free">${msg('Accès de plain-pied', { id: 'finder.stepFree' })}</label>
      </div>
    </fieldset>
  </form>`;
}

/** The form's controls by name (also the URL's `nc-<name>` parameters) and the filter each sets. */
export const FIELDS = { q: 'query', service: 'service', type: 'type', 'walk-in': 'walkIn', 'step-free': 'stepFree' } as const;

/** The filters an input or change event of the form sets, or `undefined` when it sets none (a partly typed date). */
export function changeFrom(e: Event, f: Filters, now: Date): Partial<Filters> | undefined {
  const el = e.target as HTMLInputElement | HTMLSelectElement;
  const v = el.type === 'checkbox' ? (el as HTMLInputElement).checked : el.value;
  if (el.name === 'open') return v === 'at' && !parseAt(f.at) ? { open: v, at: atValue(now) } : { open: v as OpenFilter };
  if (el.name === 'at') return parseAt(v as string) ? { at: v as string } : undefined;
  const key = FIELDS[el.name as keyof typeof FIELDS];
  return key ? { [key]: v } : {};
}

/** The detail of `nc-filter-change`: the filters, and how many counters they find. */
export const filterDetail = (f: Filters, count: number): NcFilterChangeDetail => ({
  query: f.query,
  service: f.service,
  type: f.type,
  walkInOnly: f.walkIn,
  open: f.open,
  at: f.open === 'at' ? f.at : '',
  stepFree: f.stepFree,
  count,
});
