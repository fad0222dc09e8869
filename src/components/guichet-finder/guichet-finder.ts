import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Commune, Guichet, GuichetType, Locale, LocalizedText, ThemeData } from '../../data/model.js';
import type { SourceAdapter } from '../../data/load.js';
import { guichetsPack } from '../../data/guichets-pack.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { DataController } from '../../controllers/data-controller.js';
import { NcElement } from '../nc-element.js';
import { finderMessages } from '../../shared/message-packs.js';
import { msg, plural, str } from '../../shared/i18n.js';
import { pick, parseList as split } from '../../shared/text.js';
import { emit } from '../../shared/events.js';
import { logError } from '../../util/log.js';
import { brusselsTime, fromBrussels, statusAt, type Status } from '../../data/hours/hours.js';
import { appointmentOnly, fmt, minutes, utc } from './format.js';
import { indexCounters, search, type SearchIndex } from './search.js';
import { distanceKm, validPoint, type LatLon } from './distance.js';
import { finderStyles } from './guichet-finder.styles.js';

const TAG = '<nc-guichet-finder>';

/** Reads a commune's directory export (`format="contacts-en-wallonie"`): the adapter loads only then. */
const contactsAdapter: SourceAdapter = async (raw, source) => {
  const { adaptContactsFile } = await import('../../data/formats/contacts-en-wallonie.js');
  return adaptContactsFile(raw, source);
};

/** The data formats `src` (or `data`) can be in. */
export type FinderFormat = 'numerique-choisi' | 'contacts-en-wallonie';

/** When the counters must be open: any time, now, or at a chosen day and time. */
export type OpenFilter = '' | 'now' | 'at';

/** Detail of `nc-filter-change`: the filters as the user left them, and how many counters they find. */
export interface NcFilterChangeDetail {
  query: string;
  service: string;
  type: string;
  walkInOnly: boolean;
  open: OpenFilter;
  /** With `open: 'at'`: the chosen day and time, Brussels time, `YYYY-MM-DDTHH:MM`. */
  at: string;
  stepFree: boolean;
  /** Counters found (those with unknown hours included). */
  count: number;
}

/** Detail of `nc-guichet-select`: a counter whose details the user opened or closed. */
export interface NcGuichetSelectDetail {
  id: string;
  open: boolean;
}

const SERVICES = ['aide-sociale', 'aide-numerique', 'documents-administratifs', 'sante', 'emploi', 'logement', 'energie', 'famille'];
const TYPES: GuichetType[] = ['cpas', 'administration-communale', 'epn', 'maison-medicale', 'service-social', 'bibliotheque', 'autre'];

const serviceLabel = (id: string): string =>
  (<Record<string, () => string>>{
    'aide-sociale': () => msg('Aide sociale', { id: 'finder.service.aide-sociale' }),
    'aide-numerique': () => msg('Aide numérique', { id: 'finder.service.aide-numerique' }),
    'documents-administratifs': () => msg('Documents administratifs', { id: 'finder.service.documents-administratifs' }),
    sante: () => msg('Santé', { id: 'finder.service.sante' }),
    emploi: () => msg('Emploi', { id: 'finder.service.emploi' }),
    logement: () => msg('Logement', { id: 'finder.service.logement' }),
    energie: () => msg('Énergie', { id: 'finder.service.energie' }),
    famille: () => msg('Famille', { id: 'finder.service.famille' }),
  })[id]?.() ?? id;

const typeLabel = (t: string): string =>
  (<Record<string, () => string>>{
    cpas: () => msg('CPAS', { id: 'finder.type.cpas' }),
    'administration-communale': () => msg('Administration communale', { id: 'finder.type.administration-communale' }),
    epn: () => msg('Espace public numérique', { id: 'finder.type.epn' }),
    'maison-medicale': () => msg('Maison médicale', { id: 'finder.type.maison-medicale' }),
    'service-social': () => msg('Service social', { id: 'finder.type.service-social' }),
    bibliotheque: () => msg('Bibliothèque', { id: 'finder.type.bibliotheque' }),
    autre: () => msg('Autre', { id: 'finder.type.autre' }),
  })[t]?.() ?? t;

/** A `YYYY-MM-DDTHH:MM` value read on a Brussels clock. */
const parseAt = (v: string): Date | undefined => {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/.exec(v);
  return m ? fromBrussels(m[1], minutes(m[2])) : undefined;
};
const atValue = (d: Date) => {
  const b = brusselsTime(d);
  return `${b.date}T${String(Math.floor(b.minutes / 60)).padStart(2, '0')}:${String(b.minutes % 60).padStart(2, '0')}`;
};
const numbers = new Map<string, Intl.NumberFormat>();
/** A cached number format: counts, or kilometres with one decimal. */
function numberFormat(locale: Locale, km: boolean): Intl.NumberFormat {
  const key = locale + km;
  let f = numbers.get(key);
  if (!f) numbers.set(key, (f = new Intl.NumberFormat(locale, km ? { style: 'unit', unit: 'kilometer', maximumFractionDigits: 1 } : {})));
  return f;
}

/** The details view, once loaded (one per page). */
let details: typeof import('./details.js') | undefined;

/** One counter as shown: the counter, its distance in km (when known). */
interface Row {
  g: Guichet;
  km?: number;
}

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
 * @csspart count - The number of counters found (a polite live region).
 * @csspart results - The list of counters.
 * @csspart unknown-results - The list of counters whose hours are unknown (with « open now »).
 * @csspart counter - One counter (a list item).
 * @csspart counter-name - A counter's name (a heading).
 * @csspart status - A counter's status line (« Ouvert sans rendez-vous — jusqu’à 12:00 »).
 * @csspart toggle - The button that shows or hides a counter's details.
 * @csspart details - A counter's week, closures, accessibility and contact.
 * @csspart phone - The `tel:` link.
 * @csspart email - The `mailto:` link.
 * @csspart directions - The OpenStreetMap directions link.
 * @csspart print-button - « Imprimer cette fiche ».
 * @csspart more-button - « Afficher plus ».
 * @csspart empty - No counter matches.
 * @csspart error - The message shown when the data could not be loaded.
 * @csspart retry-button - The button that loads the data again.
 * @csspart loading - The loading state (shows the slotted fallback content).
 *
 * @cssprop [--nc-finder-max-width=48em] - Maximum width.
 * @cssprop [--nc-finder-open-color=#1a6b34] - Colour of « open » statuses.
 * @cssprop [--nc-color-primary=#0a5a9c] - Main colour (links, buttons).
 * @cssprop [--nc-font-family=inherit] - Font; the host page's by default.
 * @cssprop [--nc-font-size=medium] - Text size.
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

  /** The search index of the data shown (rebuilt when the data changes). */
  private index?: SearchIndex<Guichet, Commune>;
  private indexed?: ThemeData;
  /** The service ids the data offers (the « Service » filter's options). */
  private serviceIds: string[] = [];
  /** The last results and what they were computed for. */
  private memo?: [string, { rows: Row[]; unknown: Row[]; communes: Commune[] }];
  private statusCache = new Map<Guichet, [Status, Status]>();
  private statusTime = NaN;
  private timer?: ReturnType<typeof setInterval>;
  private focusFrom = -1;
  private focusSearch = false;
  private ldScript?: HTMLScriptElement;
  private reported = -1;

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

  private detailsLoading?: Promise<void>;

  /** Also waits for the details view while it loads. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.detailsLoading;
    return super.getUpdateComplete();
  }

  /** @internal */
  protected override get sourceAdapter(): SourceAdapter | undefined {
    return this.format === 'contacts-en-wallonie' ? contactsAdapter : undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The status lines follow the clock (unless `now` is set).
    this.timer = setInterval(() => this.now || this.requestUpdate(), 60_000);
    if (this.syncUrl) this.readUrl();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.timer);
    this.ldScript?.remove();
    this.ldScript = undefined;
  }

  private urlRead = false;
  private readUrl(): void {
    if (this.urlRead) return;
    this.urlRead = true;
    const p = new URLSearchParams(location.search);
    const get = (k: string) => p.get(`nc-${k}`);
    if (get('q') !== null) this.query = get('q')!;
    this.service = get('service') ?? this.service;
    this.type = get('type') ?? this.type;
    if (get('walk-in') !== null) this.walkIn = true;
    if (get('step-free') !== null) this.stepFree = true;
    const o = get('open');
    if (o === 'now') this.open = 'now';
    else if (o && parseAt(o)) [this.open, this.at] = ['at', o];
  }

  private writeUrl(): void {
    const url = new URL(location.href);
    const p = url.searchParams;
    const set = (k: string, v: string | false) => (v ? p.set(`nc-${k}`, v) : p.delete(`nc-${k}`));
    set('q', this.query.trim());
    set('service', this.service);
    set('type', this.type);
    set('walk-in', this.walkIn && '1');
    set('open', this.open === 'at' ? this.at : this.open);
    set('step-free', this.stepFree && '1');
    history.replaceState(history.state, '', url);
  }

  private attrsApplied = false;
  protected override willUpdate(changed: PropertyValues): void {
    const first = !this.attrsApplied;
    this.attrsApplied = true;
    if ((changed.has('commune') || changed.has('postalCode')) && !(first && this.query)) this.query = this.commune || this.postalCode || '';
    if (changed.has('walkInOnly') && !(first && this.walkIn)) this.walkIn = this.walkInOnly;
    if (changed.has('openNow') && !(first && this.open)) this.open = this.openNow ? 'now' : '';
    if (changed.has('limit') || changed.has('query') || changed.has('service') || changed.has('type') || changed.has('open') || changed.has('at') || changed.has('stepFree') || changed.has('walkIn') || changed.has('position')) {
      this.shown = this.pageSize;
    }
    if (this.loader.status === 'complete' && this.loader.loads !== this.reported) {
      this.reported = this.loader.loads;
      const guichets = this.loader.value!.data.guichets;
      if (this.services) for (const s of split(this.services)) if (!SERVICES.includes(s) && !guichets.some((g) => g.services.includes(s))) logError(TAG, `services: "${s}" is offered by no counter.`);
      if (this.types) for (const t of split(this.types)) if (!TYPES.includes(t as GuichetType)) logError(TAG, `types: unknown type "${t}". Valid types: ${TYPES.join(', ')}.`);
    }
  }

  private get pageSize(): number {
    return this.limit > 0 ? Math.floor(this.limit) : 10;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.focusSearch) {
      this.focusSearch = false;
      this.renderRoot.querySelector<HTMLInputElement>('#q')?.focus();
    }
    if (this.focusFrom >= 0) {
      this.renderRoot.querySelector<HTMLElement>(`[data-row="${this.focusFrom}"] .counter-name`)?.focus();
      this.focusFrom = -1;
    }
    if (this.jsonLd && this.loader.status === 'complete') void this.emitJsonLd(this.loader.value!.data.guichets, this.loader.value!.locale);
    else if (!this.jsonLd && this.ldScript) {
      this.ldScript.remove();
      this.ldScript = undefined;
    }
  }

  private ldFor?: unknown;
  private async emitJsonLd(guichets: Guichet[], locale: Locale): Promise<void> {
    if (this.ldFor === guichets) return;
    this.ldFor = guichets;
    const { toJsonLd } = await import('./jsonld.js');
    const ld = guichets.some((g) => g.example) ? null : toJsonLd(guichets, locale);
    this.ldScript?.remove();
    this.ldScript = undefined;
    if (!ld || !this.isConnected) return;
    const s = document.createElement('script');
    s.type = 'application/ld+json';
    s.textContent = JSON.stringify(ld).replace(/</g, '\\u003c');
    this.ldScript = s;
    this.after(s);
  }

  // ------------------------------------------------------------------ logic

  /** The moment the statuses speak of: the chosen one, else `now`, else the clock. */
  private get moment(): Date {
    return (this.open === 'at' && parseAt(this.at)) || this.now || new Date();
  }

  /** [opening hours, walk-in hours] status of `g` at `t`, cached for the minute. */
  private status(g: Guichet, t: Date): [Status, Status] {
    const minute = Math.floor(t.getTime() / 6e4);
    if (minute !== this.statusTime) {
      this.statusCache.clear();
      this.statusTime = minute;
    }
    let s = this.statusCache.get(g);
    if (!s) this.statusCache.set(g, (s = [statusAt(g, 'hours', t), statusAt(g, 'walkIn', t)]));
    return s;
  }

  /** The counters to show: found, filtered, sorted; those whose hours are unknown apart. */
  private results(data: ThemeData): { rows: Row[]; unknown: Row[]; communes: Commune[] } {
    if (this.indexed !== data) {
      // In the data's order (the publisher's) until a place is chosen: then by distance.
      // No sort of thousands of counters before the first paint.
      this.index = indexCounters(data.guichets, data.communes ?? []);
      this.serviceIds = [...new Set(data.guichets.flatMap((g) => g.services))];
      this.indexed = data;
      this.memo = undefined;
    }
    const t = this.moment;
    const key = [this.query, this.services, this.types, this.service, this.type, this.stepFree, this.walkIn, this.open, this.open && Math.floor(t.getTime() / 6e4), this.position?.lat, this.position?.lon].join('|');
    if (this.memo?.[0] === key) return this.memo[1];
    const found = search(this.index!, this.query);
    const services = split(this.services);
    const types = split(this.types);
    const rows: Row[] = [];
    const unknown: Row[] = [];
    for (const g of found.items) {
      if (services.length && !g.services.some((s) => services.includes(s))) continue;
      if (types.length && !types.includes(g.type)) continue;
      if (this.service && !g.services.includes(this.service)) continue;
      if (this.type && g.type !== this.type) continue;
      if (this.stepFree && !g.accessibility?.stepFree) continue;
      let bucket = rows;
      if (this.open) {
        const [h, w] = this.status(g, t);
        const state = this.walkIn ? w.state : h.state === 'open' || w.state === 'open' ? 'open' : g.hours ? h.state : w.state;
        if (state === 'closed') continue;
        if (state === 'unknown') bucket = unknown;
      } else if (this.walkIn) {
        if (appointmentOnly(g)) continue;
        if (!g.walkIn) bucket = unknown;
      }
      bucket.push({ g });
    }
    const origin = found.communes[0]?.center ?? this.position;
    if (validPoint(origin)) {
      for (const list of [rows, unknown]) {
        for (const r of list) if (validPoint(r.g.geo)) r.km = distanceKm(origin, r.g.geo);
        list.sort((a, b) => (a.km ?? Infinity) - (b.km ?? Infinity));
      }
    }
    const result = { rows, unknown, communes: found.communes };
    this.memo = [key, result];
    return result;
  }

  // ------------------------------------------------------------------ user actions

  private changed(): void {
    if (this.syncUrl) this.writeUrl();
    const data = this.loader.value?.data;
    const r = data && this.results(data);
    emit<NcFilterChangeDetail>(this, 'nc-filter-change', {
      query: this.query,
      service: this.service,
      type: this.type,
      walkInOnly: this.walkIn,
      open: this.open,
      at: this.open === 'at' ? this.at : '',
      stepFree: this.stepFree,
      count: r ? r.rows.length + r.unknown.length : 0,
    });
  }

  private onInput(e: Event): void {
    const el = e.target as HTMLInputElement | HTMLSelectElement;
    const v = el.type === 'checkbox' ? (el as HTMLInputElement).checked : el.value;
    switch (el.name) {
      case 'q':
        this.query = v as string;
        break;
      case 'service':
        this.service = v as string;
        break;
      case 'type':
        this.type = v as string;
        break;
      case 'walk-in':
        this.walkIn = v as boolean;
        break;
      case 'step-free':
        this.stepFree = v as boolean;
        break;
      case 'open':
        this.open = v as OpenFilter;
        if (this.open === 'at' && !parseAt(this.at)) this.at = atValue(this.now ?? new Date());
        break;
      case 'at':
        if (!parseAt(v as string)) return;
        this.at = v as string;
    }
    this.changed();
  }

  private async toggle(g: Guichet): Promise<void> {
    if (!details) {
      // The details view loads on the first « Horaires et contact » (the list does not need it).
      this.detailsLoading = import('./details.js').then(
        (m) => void (details = m),
        (e: unknown) => logError(TAG, 'could not load the details view:', e),
      );
      await this.detailsLoading;
      if (!details) return;
    }
    const next = new Set(this.expanded);
    const open = !next.has(g.id);
    if (open) next.add(g.id);
    else next.delete(g.id);
    this.expanded = next;
    emit<NcGuichetSelectDetail>(this, 'nc-guichet-select', { id: g.id, open });
  }

  private more(): void {
    this.focusFrom = this.shown;
    this.shown += this.pageSize;
  }

  /** Geolocation works here: a secure page, and not forbidden by the embedding frame's policy. */
  private get canLocate(): boolean {
    const policy = (document as Document & { featurePolicy?: { allowsFeature(f: string): boolean } }).featurePolicy;
    return isSecureContext && 'geolocation' in navigator && policy?.allowsFeature('geolocation') !== false;
  }

  private locate(): void {
    this.geoMessage = '';
    const failed = (denied: boolean) => {
      this.geoMessage = denied ? 'denied' : 'failed';
      this.focusSearch = true;
    };
    try {
      navigator.geolocation.getCurrentPosition(
        (p) => {
          this.position = { lat: p.coords.latitude, lon: p.coords.longitude };
          this.query = '';
          this.changed();
        },
        (e) => failed(e.code === 1),
        { timeout: 15_000, maximumAge: 600_000 },
      );
    } catch {
      failed(false);
    }
  }

  private print(g: Guichet): void {
    const li = this.renderRoot.querySelector(`[data-id="${CSS.escape(g.id)}"]`);
    li?.classList.add('print-target');
    this.classList.add('nc-print-one');
    try {
      window.print();
    } finally {
      // print() returns once the dialog has closed.
      li?.classList.remove('print-target');
      this.classList.remove('nc-print-one');
    }
  }

  // ------------------------------------------------------------------ render

  protected override render(): TemplateResult {
    return this.renderLoaded(({ data, locale }) => this.renderFinder(data, locale));
  }

  private renderFinder(data: ThemeData, locale: Locale): TemplateResult {
    const { rows, unknown } = this.results(data);
    const all = rows.concat(unknown);
    const visible = all.slice(0, Math.max(this.shown, this.pageSize));
    const shownRows = visible.slice(0, rows.length);
    const shownUnknown = visible.slice(rows.length);
    const demo = visible.some((r) => r.g.example);
    const t = this.moment;
    const services = this.serviceIds;
    const num = numberFormat(locale, false);
    const n = all.length;
    const ns = num.format(n);
    const count = plural(n, {
      one: () => msg(str`${ns} guichet trouvé`, { id: 'finder.count#one' }),
      other: () => msg(str`${ns} guichets trouvés`, { id: 'finder.count#other' }),
    });
    const u = unknown.length;
    const us = num.format(u);
    const unknownLabel = plural(u, {
      one: () => msg(str`${us} guichet aux horaires inconnus (à vérifier par téléphone)`, { id: 'finder.unknownGroup#one' }),
      other: () => msg(str`${us} guichets aux horaires inconnus (à vérifier par téléphone)`, { id: 'finder.unknownGroup#other' }),
    });
    return html`<section part="finder" class="finder" lang=${locale} aria-labelledby="title">
      <div role="heading" aria-level=${this.level} part="title" class="title" id="title" tabindex="-1" data-nc-focus>
        ${msg('Trouver un guichet près de chez vous', { id: 'finder.title' })}
      </div>
      ${demo ? html`<p part="demo-notice" class="demo">${msg('Données d’exemple — à remplacer par les vôtres', { id: 'finder.demo' })}</p>` : nothing}
      <form part="filters" class="filters" @submit=${(e: Event) => e.preventDefault()} @input=${this.onInput} @change=${this.onInput}>
        <div class="field">
          <label for="q">${msg('Commune ou code postal', { id: 'finder.search' })}</label>
          <span class="hint" id="q-hint">${msg('Par exemple\u00a0: Wavre, Waver, 1300', { id: 'finder.searchHint' })}</span>
          <input id="q" name="q" part="search" type="search" list="communes" autocomplete="off" spellcheck="false" aria-describedby="q-hint" .value=${this.query} />
          <datalist id="communes">${(data.communes ?? []).map((c) => html`<option value=${pick(c.name, locale).text}></option>`)}</datalist>
        </div>
        ${this.canLocate
          ? html`<button type="button" part="locate-button" @click=${this.locate}>${msg('Utiliser ma position', { id: 'finder.locate' })}</button>`
          : nothing}
        ${this.geoMessage
          ? html`<p part="geo-message" class="geo-message" role="alert">
              ${this.geoMessage === 'denied'
                ? msg('Votre position n’a pas été partagée. Cherchez plutôt par commune ou code postal.', { id: 'finder.geo.denied' })
                : msg('Votre position n’a pas pu être trouvée. Cherchez plutôt par commune ou code postal.', { id: 'finder.geo.failed' })}
            </p>`
          : nothing}
        ${this.position && !this.query
          ? html`<p class="hint">${msg('Triés par distance de votre position.', { id: 'finder.byPosition' })}</p>`
          : nothing}
        <fieldset>
          <legend>${msg('Filtres', { id: 'finder.filters' })}</legend>
          <div class="field">
            <label for="service">${msg('Service', { id: 'finder.service' })}</label>
            <select id="service" name="service" .value=${this.service}>
              <option value="">${msg('Tous les services', { id: 'finder.allServices' })}</option>
              ${services.map((s) => html`<option value=${s} ?selected=${s === this.service}>${serviceLabel(s)}</option>`)}
            </select>
          </div>
          <div class="field">
            <label for="type">${msg('Type de lieu', { id: 'finder.type' })}</label>
            <select id="type" name="type" .value=${this.type}>
              <option value="">${msg('Tous les types', { id: 'finder.allTypes' })}</option>
              ${TYPES.map((ty) => html`<option value=${ty} ?selected=${ty === this.type}>${typeLabel(ty)}</option>`)}
            </select>
          </div>
          <div class="field">
            <label for="open">${msg('Ouvert', { id: 'finder.open' })}</label>
            <select id="open" name="open" .value=${this.open}>
              <option value="" ?selected=${!this.open}>${msg('Peu importe quand', { id: 'finder.openAny' })}</option>
              <option value="now" ?selected=${this.open === 'now'}>${msg('Maintenant', { id: 'finder.openNow' })}</option>
              <option value="at" ?selected=${this.open === 'at'}>${msg('À un jour et une heure choisis', { id: 'finder.openAt' })}</option>
            </select>
          </div>
          ${this.open === 'at'
            ? html`<div class="field">
                <label for="at">${msg('Jour et heure (heure de Belgique)', { id: 'finder.at' })}</label>
                <input id="at" name="at" type="datetime-local" .value=${this.at} />
              </div>`
            : nothing}
          <div class="check">
            <input id="walk-in" name="walk-in" type="checkbox" .checked=${this.walkIn} />
            <label for="walk-in">${msg('Sans rendez-vous uniquement', { id: 'finder.walkInOnly' })}</label>
          </div>
          <div class="check">
            <input id="step-free" name="step-free" type="checkbox" .checked=${this.stepFree} />
            <label for="step-free">${msg('Accès de plain-pied', { id: 'finder.stepFree' })}</label>
          </div>
        </fieldset>
      </form>
      <p part="count" class="count" role="status">${count}${u ? html` <span class="visually-hidden">${unknownLabel}</span>` : nothing}</p>
      ${n
        ? nothing
        : html`<p part="empty" class="state">${msg('Aucun guichet ne correspond. Essayez une commune voisine ou retirez un filtre.', { id: 'finder.empty' })}</p>`}
      ${shownRows.length ? html`<ul part="results" class="results">${shownRows.map((r, i) => this.renderRow(r, i, t, locale))}</ul>` : nothing}
      ${shownUnknown.length
        ? html`<p class="group" id="unknown-title">${unknownLabel}</p>
            <ul part="unknown-results" class="results" aria-labelledby="unknown-title">
              ${shownUnknown.map((r, i) => this.renderRow(r, rows.length + i, t, locale))}
            </ul>`
        : nothing}
      ${visible.length < n
        ? html`<button type="button" part="more-button" class="more" @click=${this.more}>
            ${msg(str`Afficher plus (${num.format(visible.length)} sur ${ns})`, { id: 'finder.more' })}
          </button>`
        : nothing}
    </section>`;
  }

  private statusLine(g: Guichet, t: Date, locale: Locale): TemplateResult {
    const [h, w] = this.status(g, t);
    const time = (d: Date) => fmt(locale, 'time').format(d);
    const day = (d: Date) => {
      const [a, b] = [brusselsTime(t).date, brusselsTime(d).date];
      return a === b
        ? msg('aujourd’hui', { id: 'finder.today' })
        : utc(a).getTime() + 864e5 === utc(b).getTime()
          ? msg('demain', { id: 'finder.tomorrow' })
          : fmt(locale, 'day').format(d);
    };
    const soon = (s: Status) => !!s.next && s.next.getTime() - t.getTime() <= this.closesSoonMinutes * 6e4;
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

  private renderRow({ g, km }: Row, i: number, t: Date, locale: Locale): TemplateResult {
    const tx = (text: LocalizedText) => {
      const p = pick(text, locale);
      return p.lang === locale ? p.text : html`<span lang=${p.lang}>${p.text}</span>`;
    };
    const open = this.expanded.has(g.id);
    const a = g.address;
    const km1 = km === undefined ? undefined : numberFormat(locale, true).format(km);
    const colon = locale === 'fr' ? '\u00a0: ' : ': ';
    return html`<li part="counter" class="counter" data-row=${i} data-id=${g.id}>
      <div role="heading" aria-level=${Math.min(6, this.level + 1)} part="counter-name" class="counter-name" id="n-${i}" tabindex="-1">${tx(g.name)}</div>
      ${this.statusLine(g, t, locale)}
      <p class="address">
        ${a.street ? html`${tx(a.street)}, ` : nothing}${a.postalCode} ${tx(a.city)}${km1
          ? html` · <span class="distance">${msg(str`à ${km1}`, { id: 'finder.distance' })}</span>`
          : nothing}
      </p>
      <p class="meta">${typeLabel(g.type)}${g.services.length ? html` · ${g.services.map(serviceLabel).join(', ')}` : nothing}</p>
      ${g.example ? html`<p class="demo print-only">${msg('Données d’exemple — à remplacer par les vôtres', { id: 'finder.demo' })}</p>` : nothing}
      <button type="button" part="toggle" class="toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls="d-${i}" @click=${() => this.toggle(g)}>
        ${msg('Horaires et contact', { id: 'finder.details' })}<span class="visually-hidden">${colon}${tx(g.name)}</span>
      </button>
      <div part="details" class="details" id="d-${i}" ?hidden=${!open}>${open && details ? details.renderDetails(g, t, locale, tx, colon, () => this.print(g)) : nothing}</div>
    </li>`;
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
