/** The counters a search and the filters find (pure), and the element's cache of them. */
import type { Commune, Guichet, ThemeData } from '../../data/model.js';
import { statusAt, type Status } from '../../data/hours/hours.js';
import { indexCounters, search, type SearchIndex } from './search.js';
import { parseList as split } from '../../shared/text.js';
import { distanceKm, validPoint, type LatLon } from './distance.js';
import { appointmentOnly } from './format.js';
import type { Filters, Row } from './types.js';

/** The counters found, filtered, sorted (nearest first when a place is known); those whose hours are unknown apart. */
export interface Found {
  rows: Row[];
  unknown: Row[];
  communes: Commune[];
}

/** The counters `q` finds in `index`; `status` gives a counter's [opening hours, walk-in hours] status at `q.t`. */
export function findCounters(index: SearchIndex<Guichet, Commune>, q: Query, status: (g: Guichet) => [Status, Status]): Found {
  const { filters: f, position } = q;
  const services = split(q.services);
  const types = split(q.types);
  const found = search(index, f.query);
  const rows: Row[] = [];
  const unknown: Row[] = [];
  for (const g of found.items) {
    if (services.length && !g.services.some((s) => services.includes(s))) continue;
    if (types.length && !types.includes(g.type)) continue;
    if (f.service && !g.services.includes(f.service)) continue;
    if (f.type && g.type !== f.type) continue;
    if (f.stepFree && !g.accessibility?.stepFree) continue;
    let bucket = rows;
    if (f.open) {
      const [h, w] = status(g);
      const state = f.walkIn ? w.state : h.state === 'open' || w.state === 'open' ? 'open' : g.hours ? h.state : w.state;
      if (state === 'closed') continue;
      if (state === 'unknown') bucket = unknown;
    } else if (f.walkIn) {
      if (appointmentOnly(g)) continue;
      if (!g.walkIn) bucket = unknown;
    }
    bucket.push({ g });
  }
  const origin = found.communes[0]?.center ?? position;
  if (validPoint(origin)) {
    for (const list of [rows, unknown]) {
      for (const r of list) if (validPoint(r.g.geo)) r.km = distanceKm(origin, r.g.geo);
      list.sort((a, b) => (a.km ?? Infinity) - (b.km ?? Infinity));
    }
  }
  return { rows, unknown, communes: found.communes };
}

/** What the element asks: its filters, its `services`/`types` attributes, the moment, the visitor's position. */
export interface Query {
  filters: Filters;
  services: string | undefined;
  types: string | undefined;
  t: Date;
  position?: LatLon;
}

/** What a query depends on, but the time. */
const keyOf = ({ filters: f, services, types, position }: Query) =>
  [f.query, services, types, f.service, f.type, f.stepFree, f.walkIn, f.open, f.open === 'at' && f.at, position?.lat, position?.lon].join('|');

/** The search index, the statuses and the last results, kept while what they depend on stays the same. */
export class Counters {
  private index?: SearchIndex<Guichet, Commune>;
  private indexed?: ThemeData;
  /** The service ids the data offers (the « Service » filter's options). */
  serviceIds: string[] = [];
  private memo?: [string, Found];
  /** With « Ouvert : maintenant »: the list as the visitor last asked for it, and what for. */
  private held?: [string, Found];
  private changed?: [Found, Found, { closed: number; opened: number }];
  private statuses = new Map<Guichet, [Status, Status]>();
  private minute = NaN;

  /** [opening hours, walk-in hours] status of `g` at `t`, cached for the minute. */
  status(g: Guichet, t: Date): [Status, Status] {
    const minute = Math.floor(t.getTime() / 6e4);
    if (minute !== this.minute) {
      this.statuses.clear();
      this.minute = minute;
    }
    let s = this.statuses.get(g);
    if (!s) this.statuses.set(g, (s = [statusAt(g, 'hours', t), statusAt(g, 'walkIn', t)]));
    return s;
  }

  /** The counters to show for `q` in `data`. */
  find(data: ThemeData, q: Query): Found {
    if (this.indexed !== data) {
      // In the data's order (the publisher's) until a place is chosen: then by distance.
      // No sort of thousands of counters before the first paint.
      this.index = indexCounters(data.guichets, data.communes ?? []);
      this.serviceIds = [...new Set(data.guichets.flatMap((g) => g.services))];
      this.indexed = data;
      this.memo = this.held = undefined;
    }
    const { t } = q;
    const key = `${keyOf(q)}|${q.filters.open && Math.floor(t.getTime() / 6e4)}`;
    if (this.memo?.[0] === key) return this.memo[1];
    const result = findCounters(this.index!, q, (g) => this.status(g, t));
    this.memo = [key, result];
    return result;
  }

  /**
   * The counters to show. With « Ouvert : maintenant », the clock changes their statuses but
   * not which are listed nor their order (what holds the focus or is open stays where it is),
   * until the visitor changes a filter or asks for the list again (`release`).
   */
  shown(data: ThemeData, q: Query): Found {
    const found = this.find(data, q);
    if (q.filters.open !== 'now') return found;
    const key = keyOf(q);
    if (this.held?.[0] !== key) this.held = [key, found];
    return this.held[1];
  }

  /** The list the clock gives now, where it differs from the one shown: how many counters have closed and opened since. */
  changes(data: ThemeData, q: Query): { closed: number; opened: number } {
    const shown = this.shown(data, q);
    const fresh = this.find(data, q);
    // Both lists are memoised: the same two objects give the same answer (every render asks).
    if (this.changed?.[0] === shown && this.changed[1] === fresh) return this.changed[2];
    const ids = (f: Found) => new Set(f.rows.concat(f.unknown).map((r) => r.g.id));
    const [was, now] = [ids(shown), ids(fresh)];
    let closed = 0;
    for (const id of was) if (!now.has(id)) closed++;
    const out = { closed, opened: now.size - (was.size - closed) };
    this.changed = [shown, fresh, out];
    return out;
  }

  /** The visitor asked for the list as the clock gives it now. */
  release(): void {
    this.held = undefined;
  }
}
