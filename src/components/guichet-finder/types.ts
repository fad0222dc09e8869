/** Types the finder's element and its view parts share (and its public event details). */
import type { TemplateResult } from 'lit';
import type { Commune, Guichet, Locale, LocalizedText } from '../../data/model.js';
import type { Status } from '../../data/hours/hours.js';

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

/** One counter as shown: the counter, its distance in km (when known). */
export interface Row {
  g: Guichet;
  km?: number;
}

/** The filters the user sets (the form's state, kept in the URL with `sync-url`). */
export interface Filters {
  query: string;
  service: string;
  type: string;
  walkIn: boolean;
  open: OpenFilter;
  at: string;
  stepFree: boolean;
}

/** Everything the finder's parts show, built once per render, and what their controls do. */
export interface FinderView extends Filters {
  locale: Locale;
  /** The moment the statuses speak of. */
  t: Date;
  /** The finder's heading level: each counter's name is one below. */
  level: number;
  /** The datalist of commune names. */
  communes: readonly Commune[];
  /** The « Service » options: the services the data offers. */
  services: readonly string[];
  /** Geolocation can work here: show « Utiliser ma position ». */
  canLocate: boolean;
  /** Why the position could not be used, if it could not. */
  geoMessage: '' | 'denied' | 'failed';
  /** The list is sorted by distance from the visitor's position: said so (and which search it replaced), else ''. */
  byPosition: string;
  /** The counters found whose hours are known, then those whose hours are unknown. */
  rows: Row[];
  unknown: Row[];
  /** How many of them are in the page (« Afficher plus » adds more). */
  shown: number;
  /** Ids of the counters whose details are open. */
  expanded: ReadonlySet<string>;
  /** [opening hours, walk-in hours] status of a counter at `t`. */
  status: (g: Guichet) => [Status, Status];
  /** « Ferme bientôt » within this many minutes of closing. */
  soonMinutes: number;
  /** A counter's details (the lazy details view), or why they could not be shown. */
  details: (g: Guichet, tx: (text: LocalizedText) => unknown, colon: string) => TemplateResult;
  /** The announcement (the live region's text). */
  speech: string;
  /** With « Ouvert : maintenant »: how many counters closed and opened since the list was made. */
  changes: { closed: number; opened: number };
  /** Makes the list again as the clock gives it now. */
  update: () => void;
  /** The day and time were partly erased. */
  incomplete: boolean;
  onInput: (e: Event) => void;
  locate: () => void;
  toggle: (g: Guichet) => void;
  more: () => void;
}
