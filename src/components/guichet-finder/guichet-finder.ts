import { finderStyles } from './guichet-finder.styles.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Guichet, Locale, ThemeData } from '../../data/model.js';
import type { SourceAdapter } from '../../data/load.js';
import { guichetsPack } from '../../data/guichets-pack.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { DataController } from '../../controllers/data-controller.js';
import { NcElement } from '../nc-element.js';
import { finderMessages } from '../../shared/message-packs.js';
import { msg } from '../../shared/i18n.js';
import { emit } from '../../shared/events.js';
import { parseAt } from './format.js';
import type { LatLon } from './distance.js';
import { Counters, type Found, type Query } from './find.js';
import { Announcer } from './announce.js';
import { speechOf, type Speech } from './counting.js';
import { clearedText } from './speech.js';
import { DetailsLoader } from './details-loader.js';
import { changeFrom, filterDetail, filtersForm } from './filters-form.js';
import { canLocate, Clock, JsonLdScript, locate } from './page.js';
import { resultList } from './result-list.js';
import { readUrl, writeUrl } from './url-state.js';
import { checkLists } from './labels.js';
import type { Filters, FinderFormat, FinderView, NcFilterChangeDetail, NcGuichetSelectDetail, OpenFilter } from './types.js';

export type { FinderFormat, NcFilterChangeDetail, NcGuichetSelectDetail, OpenFilter } from './types.js';

const TAG = '<nc-guichet-finder>';

/** Reads a commune's directory export (`format="contacts-en-wallonie"`): the adapter loads only then. */
const contactsAdapter: SourceAdapter = async (raw, source) => {
  const { adaptContactsFile } = await import('../../data/formats/contacts-en-wallonie.js');
  return adaptContactsFile(raw, source);
};

/**
 * Where to go in person: counters (CPAS, administration communale, public digital spaces…)
 * found by commune or postal code, with whether they are open without appointment now or at a
 * chosen time, their week, closures, accessibility and contact. List-first, printable, usable by
 * keyboard and screen reader; nothing is requested from another origin unless the visitor follows a link.
 *
 * @summary Find a counter open without appointment, by commune or postal code.
 * @tagname nc-guichet-finder
 *
 * @slot - Fallback content (e.g. a link to the commune's page of opening hours). Shown before the script runs, while the data loads, and beside an error.
 *
 * @fires {CustomEvent<NcFilterChangeDetail>} nc-filter-change - The user changed the search or a filter.
 * @fires {CustomEvent<NcGuichetSelectDetail>} nc-guichet-select - The user opened (or closed) a counter's details.
 * @fires {CustomEvent<NcErrorDetail>} nc-error - The data (`src`) could not be loaded; the finder shows an error with a retry button.
 *
 * @csspart finder - The whole finder (a `section`).
 * @csspart title - The finder's heading.
 * @csspart demo-notice - « Données d’exemple — à remplacer par les vôtres », shown while example counters are listed (and on print).
 * @csspart filters - The search form.
 * @csspart search - The search box (commune or postal code).
 * @csspart locate-button - « Utiliser ma position » (only where geolocation can work).
 * @csspart geo-message - Why the position could not be used.
 * @csspart announcement - What the finder says to screen readers after the visitor acts (visually hidden, a polite live region): the count after a pause in typing or a chosen suggestion, « Aucun guichet trouvé… », the moment chosen; never on its own.
 * @csspart count - The number of counters found (with « Ouvert »: open, and apart those whose hours are unknown).
 * @csspart update-button - With « Ouvert : maintenant », when counters closed or opened since the list was made (it stays as it was): « 1 guichet vient de fermer — mettre à jour ».
 * @csspart results - The list of counters.
 * @csspart unknown-results - The list of counters whose hours are unknown (with « open now »).
 * @csspart counter - One counter (a list item).
 * @csspart counter-name - A counter's name (a heading).
 * @csspart status - A counter's status line (« Ouvert sans rendez-vous — jusqu’à 12:00 »).
 * @csspart toggle - The button that shows or hides a counter's details.
 * @csspart details - A counter's week, closures, accessibility and contact (or the error and its retry when that view's code could not be loaded).
 * @csspart phone - The `tel:` link.
 * @csspart email - The `mailto:` link.
 * @csspart directions - The OpenStreetMap directions link.
 * @csspart print-button - « Imprimer cette fiche ».
 * @csspart more-button - « Afficher plus ».
 * @csspart empty - No counter matches, or the chosen day and time are partly erased.
 * @csspart error - The message shown when the data (or a counter's details view) could not be loaded.
 * @csspart retry-button - The button that loads the data again.
 * @csspart loading - The loading state (shows the slotted fallback content).
 *
 * @cssprop [--nc-finder-max-width=48em] - Maximum width.
 * @cssprop [--nc-finder-open-color=#1a6b34] - Colour of « open » statuses.
 * @cssprop [--nc-color-primary=#0a5a9c] - Main colour (links, buttons).
 * @cssprop [--nc-font-family=inherit] - Font; the host page's by default.
 * @cssprop [--nc-font-size=medium] - Text size; follows the visitor's browser setting, never smaller than the page's root size (a page that enlarges its root enlarges it; a 62.5% root or a small body does not shrink it). Set e.g. `1rem` to follow your page instead.
 * @cssprop [--nc-radius=0.5em] - Corner radius.
 */
export class NcGuichetFinder extends NcElement {
  static override styles = [...NcElement.styles, finderStyles];
  /** @internal The locale from `lang` (own, closest, page). */
  protected readonly localization = new LocaleController(this);
  /** @internal The built-in counters and the widget's UI strings, loaded by locale; `src` or `data` instead. */
  protected readonly loader = new DataController(this, { packs: [guichetsPack], messages: finderMessages, args: () => this.dataArgs() });

  static override properties = {
    ...NcElement.properties,
    format: { type: String, reflect: true },
    commune: { type: String, reflect: true },
    postalCode: { type: String, reflect: true, attribute: 'postal-code' },
    services: { type: String, reflect: true },
    types: { type: String, reflect: true },
    walkInOnly: { type: Boolean, reflect: true, attribute: 'walk-in-only' },
    openNow: { type: Boolean, reflect: true, attribute: 'open-now' },
    closesSoonMinutes: { type: Number, reflect: true, attribute: 'closes-soon-minutes' },
    syncUrl: { type: Boolean, reflect: true, attribute: 'sync-url' },
    limit: { type: Number, reflect: true },
    jsonLd: { type: Boolean, reflect: true, attribute: 'json-ld' },
    headingLevel: { type: Number, reflect: true, attribute: 'heading-level' },
    heading: { type: String, reflect: true },
    now: { attribute: false },
    query: { state: true },
    service: { state: true },
    type: { state: true },
    open: { state: true },
    at: { state: true },
    stepFree: { state: true },
    walkIn: { state: true },
    shown: { state: true },
    expanded: { state: true },
    position: { state: true },
    geoMessage: { state: true },
  };

  /** `numerique-choisi` (default): the library's data format. `contacts-en-wallonie`: a commune's iA.Smartweb directory export (ODWB dataset), read by a lazily loaded adapter. */
  declare format: FinderFormat;
  /** A commune to search at start (French or Dutch name). */
  declare commune: string | undefined;
  /** A postal code to search at start (used when `commune` is not set). */
  declare postalCode: string | undefined;
  /** Only counters offering one of these services (ids, separated by spaces or commas): `aide-sociale`, `aide-numerique`, `documents-administratifs`, `sante`, `emploi`, `logement`, `energie`, `famille`. */
  declare services: string | undefined;
  /** Only counters of these types (separated by spaces or commas): `cpas`, `administration-communale`, `epn`, `maison-medicale`, `service-social`, `bibliotheque`, `autre`. */
  declare types: string | undefined;
  /** Start with « sans rendez-vous uniquement » ticked. */
  declare walkInOnly: boolean;
  /** Start with « ouvert maintenant » chosen. */
  declare openNow: boolean;
  /** « Ferme bientôt » when closing within this many minutes. Default 30. */
  declare closesSoonMinutes: number;
  /** Keeps the search and filters in the page's URL (query string), so the link can be sent; read at start. */
  declare syncUrl: boolean;
  /** How many counters to show at a time (« Afficher plus » shows the next ones). Default 10. */
  declare limit: number;
  /** Emits the counters as schema.org JSON-LD into the page (never for example data). */
  declare jsonLd: boolean;
  /** Level of the finder's heading, 2 to 6 (default 2), to fit the page's outline; each counter's name is one level below (6 at most). */
  declare headingLevel: number;
  /** The finder's heading, instead of « Trouver un guichet près de chez vous » (in the page's words, not translated). The finder is a region named by its heading: two finders on one page need two headings, e.g. `heading="Guichets à Wavre"` and `heading="Guichets à Rixensart"`. */
  declare heading: string | undefined;
  /** The clock: a date to use instead of the current time (demo, tests, printed lists). */
  declare now: Date | undefined;

  declare private query: string;
  declare private service: string;
  declare private type: string;
  declare private open: OpenFilter;
  declare private at: string;
  declare private stepFree: boolean;
  declare private walkIn: boolean;
  declare private shown: number;
  declare private expanded: ReadonlySet<string>;
  declare private position: LatLon | undefined;
  declare private geoMessage: '' | 'denied' | 'failed';

  /** The search index, statuses and last results of the data shown. */
  private counters = new Counters();
  /** The status lines follow the clock (unless `now` is set). */
  private clock = new Clock(this, () => !this.now);
  private ld = new JsonLdScript(this);
  private reported = -1;
  private urlRead = false;
  /** The details view (lazy). */
  private details = new DetailsLoader(this, TAG);
  /** A selector of what takes the focus after the next render (else the heading). */
  private focusTo = '';
  /** What the live region says, and when. */
  private announcer = new Announcer(this);
  /** The search the visitor's position replaced (said until the next search). */
  private cleared?: string;
  /** The chosen day and time are partly erased. */
  private incomplete = false;

  constructor() {
    super();
    this.format = 'numerique-choisi';
    this.walkInOnly = false;
    this.openNow = false;
    this.closesSoonMinutes = 30;
    this.syncUrl = false;
    this.limit = 10;
    this.jsonLd = false;
    this.headingLevel = 2;
    this.query = '';
    this.service = '';
    this.type = '';
    this.open = '';
    this.at = '';
    this.stepFree = false;
    this.walkIn = false;
    this.expanded = new Set();
    this.geoMessage = '';
    this.shown = 0;
  }

  /** The finder's heading level, 2 to 6. */
  private get level(): number {
    return Math.min(6, Math.max(2, Math.round(this.headingLevel) || 2));
  }

  /** Also waits for the details view while it loads. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.details.loading;
    return super.getUpdateComplete();
  }

  /** @internal */
  protected override get sourceAdapter(): SourceAdapter | undefined {
    return this.format === 'contacts-en-wallonie' ? contactsAdapter : undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.syncUrl && !this.urlRead) Object.assign(this, readUrl());
    this.urlRead = true;
  }

  /** The filters as the user set them. */
  private get filters(): Filters {
    return { query: this.query, service: this.service, type: this.type, walkIn: this.walkIn, open: this.open, at: this.at, stepFree: this.stepFree };
  }

  private attrsApplied = false;
  protected override willUpdate(changed: PropertyValues): void {
    const first = !this.attrsApplied;
    this.attrsApplied = true;
    if ((changed.has('commune') || changed.has('postalCode')) && !(first && this.query)) this.query = this.commune || this.postalCode || '';
    if (changed.has('walkInOnly') && !(first && this.walkIn)) this.walkIn = this.walkInOnly;
    if (changed.has('openNow') && !(first && this.open)) this.open = this.openNow ? 'now' : '';
    if (['limit', 'query', 'service', 'type', 'open', 'at', 'stepFree', 'walkIn', 'position'].some((k) => changed.has(k))) this.shown = this.pageSize;
    if (this.loader.status === 'complete' && this.loader.loads !== this.reported) {
      this.reported = this.loader.loads;
      checkLists(TAG, this.services, this.types, this.loader.value!.data.guichets);
    }
  }

  private get pageSize(): number {
    return this.limit > 0 ? Math.floor(this.limit) : 10;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.focusTo) {
      (this.renderRoot.querySelector<HTMLElement>(this.focusTo) ?? this.renderRoot.querySelector<HTMLElement>('#title'))?.focus();
      this.focusTo = '';
    }
    this.ld.sync(this.jsonLd && this.loader.status === 'complete' ? this.loader.value : undefined);
  }

  /** The moment the statuses speak of: the chosen one, else `now`, else the clock. */
  private get moment(): Date {
    return (this.open === 'at' && parseAt(this.at)) || this.now || this.clock.time();
  }

  /** The counters to show: found, filtered, sorted; those whose hours are unknown apart. */
  private results(data: ThemeData): Found {
    return this.counters.shown(data, this.request);
  }

  private get request(): Query {
    return { filters: this.filters, services: this.services, types: this.types, t: this.moment, position: this.position };
  }

  /** After a change of the filters: the URL, `nc-filter-change`, the announcement (after `delay` ms: a pause in typing). */
  private changed(delay = 0, extra?: Partial<Speech>): void {
    if (this.syncUrl) writeUrl(this.filters);
    const data = this.loader.value?.data;
    const r = data && this.results(data);
    this.speak(delay, extra);
    emit<NcFilterChangeDetail>(this, 'nc-filter-change', filterDetail(this.filters, r ? r.rows.length + r.unknown.length : 0));
  }

  /** Announces the counters found (now, or after `delay` ms unless something else is said first). */
  private speak(delay = 0, extra?: Partial<Speech>): void {
    this.announcer.say(delay, () => {
      const data = this.loader.value?.data;
      return data && { ...speechOf(this.results(data), this.open), at: this.open === 'at' ? parseAt(this.at) : undefined, ...extra };
    });
  }

  private onInput(e: Event): void {
    const el = e.target as HTMLInputElement;
    // One event per action: the search box's and the date's `input`, the others' `change` (a select or a check box fires both).
    if ((e.type === 'input') !== (el.name === 'q' || el.name === 'at')) return;
    const change = changeFrom(e, this.filters, this.now ?? this.clock.time());
    this.incomplete = !change;
    if (!change) return this.speak(0, { incomplete: true });
    if (el.name === 'q') this.cleared = undefined;
    Object.assign(this, change);
    // Typing: the count once the visitor pauses; a suggestion chosen: at once.
    this.changed(el.name === 'q' && (e as InputEvent).inputType !== 'insertReplacementText' ? 700 : 0);
  }

  /** « … vient de fermer — mettre à jour »: the list as the clock gives it now, announced; the focus on its first counter. */
  private refresh(): void {
    this.counters.release();
    this.speak();
    this.focusTo = '[part~=counter-name]';
  }

  /** Loads the details view (on the first « Horaires et contact »: the list does not need it); when it fails, the error and its retry take the focus. */
  private async loadDetails(g: Guichet): Promise<void> {
    this.focusTo = `[data-id="${CSS.escape(g.id)}"] ${(await this.details.load()) ? '[part~=toggle]' : '[data-nc-focus]'}`;
  }

  private async toggle(g: Guichet): Promise<void> {
    if (!this.details.ready && !this.expanded.has(g.id)) await this.loadDetails(g);
    const open = !this.expanded.has(g.id);
    const next = new Set(this.expanded);
    next[open ? 'add' : 'delete'](g.id);
    this.expanded = next;
    emit<NcGuichetSelectDetail>(this, 'nc-guichet-select', { id: g.id, open });
  }

  private more(): void {
    this.focusTo = `[data-row="${this.shown}"] .counter-name`;
    this.shown += this.pageSize;
  }

  private locate(): void {
    this.geoMessage = '';
    locate((p) => {
      if (typeof p === 'string') {
        this.geoMessage = p;
        this.focusTo = '#q';
      } else {
        // The search gives the centre to sort by: erased for the position, and said.
        this.cleared = this.query.trim() || undefined;
        this.position = p;
        this.query = '';
        this.changed(0, { cleared: this.cleared });
      }
    });
  }

  protected override render(): TemplateResult {
    return this.renderLoaded(({ data, locale }) => this.renderFinder(data, locale));
  }

  private renderFinder(data: ThemeData, locale: Locale): TemplateResult {
    const { rows, unknown } = this.results(data);
    const shown = Math.max(this.shown, this.pageSize);
    const demo = rows.concat(unknown).slice(0, shown).some((r) => r.g.example);
    const t = this.moment;
    const v: FinderView = {
      ...this.filters,
      locale,
      t,
      level: this.level,
      communes: data.communes ?? [],
      services: this.counters.serviceIds,
      canLocate: canLocate(),
      geoMessage: this.geoMessage,
      byPosition: !this.position || this.query ? '' : this.cleared === undefined ? msg('Triés par distance de votre position.', { id: 'finder.byPosition' }) : clearedText(this.cleared),
      rows,
      unknown,
      shown,
      expanded: this.expanded,
      status: (g) => this.counters.status(g, t),
      soonMinutes: this.closesSoonMinutes,
      details: (g, tx, colon) => this.details.render({ g, t, locale, tx, colon, host: this }, () => void this.loadDetails(g)),
      speech: this.announcer.text(locale),
      changes: this.open === 'now' ? this.counters.changes(data, this.request) : { closed: 0, opened: 0 },
      update: () => this.refresh(),
      incomplete: this.open === 'at' && this.incomplete,
      onInput: (e) => this.onInput(e),
      locate: () => this.locate(),
      toggle: (g) => void this.toggle(g),
      more: () => this.more(),
    };
    return html`<section part="finder" class="finder" lang=${locale} aria-labelledby="title">
      <div role="heading" aria-level=${this.level} part="title" class="title" id="title" tabindex="-1" data-nc-focus>
        ${this.heading || msg('Trouver un guichet près de chez vous', { id: 'finder.title' })}
      </div>
      ${demo ? html`<p part="demo-notice" class="demo">${msg('Données d’exemple — à remplacer par les vôtres', { id: 'finder.demo' })}</p>` : nothing}
      ${filtersForm(v)}
      ${resultList(v)}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nc-guichet-finder': NcGuichetFinder;
  }
  interface GlobalEventHandlersEventMap {
    'nc-filter-change': CustomEvent<NcFilterChangeDetail>;
    'nc-guichet-select': CustomEvent<NcGuichetSelectDetail>;
  }
}
