/**
 * From a Walloon commune's directory to the finder's counters: a pure adapter from the records
 * of the `contacts-en-wallonie` open dataset (IMIO iA.Smartweb, `imio.directory.core`) to
 * `Guichet[]`, with a warning for every value it could not use. Lazy: loaded only for
 * `format="contacts-en-wallonie"` and by the data tools.
 *
 * Nothing is guessed: a badly written time, a slot ending before it starts or a start without
 * an end makes that day's hours unknown, with a warning naming the record and the day.
 * The source has no walk-in field: walk-in hours stay unknown unless `options.walkIn` names
 * the records (by id or category) whose schedule is walk-in hours.
 */
import type { Guichet, GuichetType, Hours, LocalizedText, OpeningSlot, Period, Schedule, Weekday } from '../model.js';
import { belgianPhone, slug } from './fields.js';

/** Options of the adapter. */
export interface AdaptOptions {
  /** The records whose schedule is walk-in hours (« sans rendez-vous »), by record id or by `taxonomy_contact_category`. */
  walkIn?: { ids?: string[]; categories?: string[] };
  /** Keep only the records in one of these `taxonomy_contact_category` values (a directory lists much more than counters). */
  categories?: string[];
}

/** The counters, and one sentence (English) per record skipped or value dropped. */
export interface Adapted {
  guichets: Guichet[];
  warnings: string[];
}

type Rec = Record<string, unknown>;
const isObject = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const strings = (v: unknown): string[] => list(v).filter((x): x is string => typeof x === 'string');

const DAYS: [string, Weekday, string][] = [
  ['monday', 'Mo', 'lundi'],
  ['tuesday', 'Tu', 'mardi'],
  ['wednesday', 'We', 'mercredi'],
  ['thursday', 'Th', 'jeudi'],
  ['friday', 'Fr', 'vendredi'],
  ['saturday', 'Sa', 'samedi'],
  ['sunday', 'Su', 'dimanche'],
];
const TIME = /^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$/;

/** A readable time for a badly written one (`8h30` → `08:30`), for the warning only: never used as data. */
function suggest(t: string): string | undefined {
  const m = /^(\d{1,2})\s*[h:.]\s*(\d{2})?$/i.exec(t);
  if (!m || +m[1] > 24 || +(m[2] ?? 0) > 59) return undefined;
  return `${m[1].padStart(2, '0')}:${m[2] ?? '00'}`;
}

/**
 * One `collective.schedulefield` schedule → a `Schedule`, its comments (kept as written),
 * or `undefined` (unknown) when it is absent, empty or unreadable.
 */
function schedule(raw: unknown, where: string, warn: (w: string) => void): { hours?: Schedule; comments: string[] } {
  const comments: string[] = [];
  if (raw === null || raw === undefined || raw === '') return { comments };
  let value = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      warn(`${where}: the schedule is a string that is not valid JSON; hours unknown`);
      return { comments };
    }
  }
  if (!isObject(value)) {
    warn(`${where}: the schedule is not an object of weekdays; hours unknown`);
    return { comments };
  }
  const slots: OpeningSlot[] = [];
  const unknown: Weekday[] = [];
  const missing: string[] = [];
  let anything = false;
  for (const [key, day, fr] of DAYS) {
    const d = value[key];
    if (!isObject(d)) {
      missing.push(key);
      unknown.push(day);
      continue;
    }
    const comment = str(d.comment);
    if (comment) comments.push(`${fr[0].toUpperCase()}${fr.slice(1)}\u00a0: ${comment}`);
    const ranges: [string, string][] = [];
    const problems: string[] = [];
    for (const half of ['morning', 'afternoon']) {
      const start = str(d[`${half}start`]);
      const end = str(d[`${half}end`]);
      if (!start && !end) continue;
      anything = true;
      const before = problems.length;
      for (const [field, t] of [[`${half}start`, start], [`${half}end`, end]] as const) {
        if (t && !TIME.test(t)) {
          const s = suggest(t);
          problems.push(`${field} "${t}" is not a time HH:MM${s ? ` (${s}?)` : ''}`);
        }
      }
      if (problems.length > before) continue;
      if (!end) problems.push(`${half}start ${start} has no ${half}end`);
      else if (!start) problems.push(`${half}end ${end} has no ${half}start`);
      else if (end <= start) problems.push(`${half}end ${end} is not after ${half}start ${start}`);
      else ranges.push([start, end]);
    }
    if (problems.length) {
      warn(`${where}, ${key}: ${problems.join('; ')}; the hours of that day are unknown`);
      unknown.push(day);
      continue;
    }
    for (const [opens, closes] of ranges) {
      const same = slots.find((s) => s.opens === opens && s.closes === closes);
      if (same) same.days.push(day);
      else slots.push({ days: [day], opens, closes });
    }
  }
  if (missing.length === 7 || (!anything && !unknown.length && !comments.length)) {
    // Nothing filled in: unknown, not « closed every day ».
    if (missing.length === 7) warn(`${where}: the schedule has no weekday; hours unknown`);
    return { comments };
  }
  if (missing.length) warn(`${where}: ${missing.join(', ')} missing from the schedule; the hours of ${missing.length > 1 ? 'those days' : 'that day'} are unknown`);
  return { hours: unknown.length ? { slots, unknown } : { slots }, comments };
}

const TYPES: [RegExp, GuichetType][] = [
  [/\bcpas\b|centre public d.action sociale/i, 'cpas'],
  [/\bepn\b|espace (public )?num[ée]rique/i, 'epn'],
  [/maison m[ée]dicale/i, 'maison-medicale'],
  [/biblioth[èe]que/i, 'bibliotheque'],
  [/administration communale|population|[ée]tat civil|h[ôo]tel de ville|maison communale/i, 'administration-communale'],
  [/service social|social/i, 'service-social'],
];
/** Services implied by the type or the record's topics. */
const BY_TYPE: Partial<Record<GuichetType, string>> = {
  cpas: 'aide-sociale',
  epn: 'aide-numerique',
  'administration-communale': 'documents-administratifs',
  'maison-medicale': 'sante',
  'service-social': 'aide-sociale',
};
const BY_TOPIC: Record<string, string> = { social: 'aide-sociale', health: 'sante' };

const httpUrl = (u: unknown) => {
  const s = str(u);
  if (!s || !/^https?:\/\//i.test(s)) return undefined;
  try {
    new URL(s);
    return s;
  } catch {
    return undefined;
  }
};

/** A record's coordinates, phone, e-mail, website and access, onto its counter (with a warning for each value dropped). */
function addContacts(g: Guichet, r: Record<string, unknown>, where: string, warn: (w: string) => void): void {
  const c = r.coordinates;
  if (isObject(c) && typeof c.lat === 'number' && typeof c.lon === 'number') {
    if (c.lat === 0 && c.lon === 0) warn(`${where}: coordinates 0,0 ignored (no position)`);
    else if (Math.abs(c.lat) <= 90 && Math.abs(c.lon) <= 180) g.geo = { lat: c.lat, lon: c.lon };
    else warn(`${where}: coordinates out of range ignored`);
  }

  const phones = list(r.contact_phones).filter(isObject);
  const phone = phones.find((p) => p.type !== 'fax' && str(p.number));
  if (phone) {
    const n = belgianPhone(String(phone.number));
    if (n) g.phone = n;
    else warn(`${where}: phone "${String(phone.number)}" is not a Belgian number; dropped`);
  }
  const email = list(r.contact_emails).filter(isObject).map((e) => str(e.mail)).find((m) => m && /^[^@\s]+@[^@\s]+$/.test(m));
  if (email) g.email = email;
  const urls = list(r.urls).filter(isObject);
  for (const u of urls) if (str(u.url) && !httpUrl(u.url)) warn(`${where}: URL "${String(u.url)}" dropped (only http and https links are kept)`);
  const url = httpUrl(urls.find((u) => u.type === 'website' && httpUrl(u.url))?.url) ?? httpUrl(urls.find((u) => httpUrl(u.url))?.url);
  if (url) g.url = url;
  if (strings(r.facilities).includes('accessibility')) g.accessibility = { stepFree: true };
}

type SetHours = (target: { hours?: Hours; walkIn?: Hours }, h: Schedule | undefined) => void;

/** A record's dated schedules (`multi_schedule`) as periods; their comments are added to `comments`. */
function periodsOf(r: Record<string, unknown>, where: string, warn: (w: string) => void, set: SetHours, comments: string[]): Period[] {
  const periods: Period[] = [];
  list(r.multi_schedule).forEach((m, k) => {
    const at = `${where}, multi_schedule[${k}]`;
    if (!isObject(m)) return void warn(`${at}: not an object; ignored`);
    const dates = isObject(m.dates) ? m.dates : {};
    const from = str(dates.start_date)?.slice(0, 10);
    const to = str(dates.end_date)?.slice(0, 10);
    const date = /^\d{4}-\d{2}-\d{2}$/;
    if (!from || !to || !date.test(from) || !date.test(to) || to < from) {
      return void warn(`${at}: dates ${JSON.stringify(m.dates ?? null)} are not a period (start_date to end_date, YYYY-MM-DD); ignored`);
    }
    const p = schedule(m.schedule, at, warn);
    comments.push(...p.comments.map((x) => `${str(m.title) ?? `${from} – ${to}`}, ${x[0].toLowerCase()}${x.slice(1)}`));
    const period: Period = { name: { fr: str(m.title) ?? `${from} – ${to}` }, from, to };
    set(period, p.hours);
    if (!p.hours) warn(`${at}: no usable schedule; the base hours apply during that period`);
    else periods.push(period);
  });
  return periods;
}

/** Records of `contacts-en-wallonie` (an array, or an export `{ results: [...] }`) → counters and warnings. */
export function adaptContacts(records: unknown, options: AdaptOptions = {}): Adapted {
  const warnings: string[] = [];
  const guichets: Guichet[] = [];
  const rows = Array.isArray(records) ? records : isObject(records) && Array.isArray(records.results) ? records.results : undefined;
  if (!rows) {
    warnings.push('not a contacts-en-wallonie export: expected an array of records (or { "results": [...] })');
    return { guichets, warnings };
  }
  const walkInIds = new Set(options.walkIn?.ids ?? []);
  const walkInCategories = new Set(options.walkIn?.categories ?? []);
  const only = options.categories && new Set(options.categories);
  const warn = (w: string) => void warnings.push(w);
  rows.forEach((r, index) => {
    if (!isObject(r)) {
      warn(`record ${index}: not an object; skipped`);
      return;
    }
    const rid = str(r.id) ?? String(r.id ?? '');
    const title = str(r.title);
    const where = `record ${index} "${rid}"${title ? ` (${title})` : ''}`;
    const categories = strings(r.taxonomy_contact_category);
    if (only && !categories.some((c) => only.has(c))) return;
    if (r.type === 'position') {
      warn(`${where}: a position (a person's role), not a place; skipped`);
      return;
    }
    const id = slug(rid);
    if (!id) return void warn(`${where}: no id; skipped`);
    if (!title) return void warn(`${where}: no title; skipped`);
    const postalCode = str(r.address_postal_code);
    const city = str(r.address_city);
    if (!postalCode || !/^[1-9][0-9]{3}$/.test(postalCode) || !city) {
      warn(`${where}: no Belgian postal code and city (address_postal_code ${JSON.stringify(r.address_postal_code ?? null)}, address_city ${JSON.stringify(r.address_city ?? null)}); skipped`);
      return;
    }
    const text = [title, str(r.subtitle), ...categories].join(' ');
    const type = TYPES.find(([re]) => re.test(text))?.[1] ?? 'autre';
    const services = new Set<string>();
    if (BY_TYPE[type]) services.add(BY_TYPE[type]!);
    for (const t of strings(r.topics)) if (BY_TOPIC[t]) services.add(BY_TOPIC[t]);

    const g: Guichet = { id, name: { fr: title }, example: false, type, services: [...services], address: { postalCode, city: { fr: city } } };
    const subtitle = str(r.subtitle);
    if (subtitle) g.otherServices = [{ fr: subtitle }];
    const street = [str(r.address_street_name), str(r.address_street_number)].filter(Boolean).join(' ');
    if (street) g.address = { street: { fr: street }, ...g.address };

    addContacts(g, r, where, warn);

    const { hours, comments } = schedule(r.schedule, where, warn);
    const walkIn = walkInIds.has(rid) || categories.some((x) => walkInCategories.has(x));
    const set = (target: { hours?: Hours; walkIn?: Hours }, h: Schedule | undefined) => {
      if (!h) return;
      target.hours = h;
      if (walkIn) target.walkIn = h;
    };
    set(g, hours);
    const periods = periodsOf(r, where, warn, set, comments);
    if (periods.length) g.periods = periods;
    const notes = [str(r.description), ...comments].filter(Boolean).join('\n');
    if (notes) g.notes = { fr: notes } as LocalizedText;
    guichets.push(g);
  });
  return { guichets, warnings };
}

/**
 * The adapter as a data source (`format="contacts-en-wallonie"`): a data file of counters, each
 * warning printed with `console.warn`. Throws when `raw` is not an export at all.
 */
export function adaptContactsFile(raw: unknown, source: string, options?: AdaptOptions): { formatVersion: 1; guichets: Guichet[] } {
  const { guichets, warnings } = adaptContacts(raw, options);
  if (!guichets.length && warnings[0]?.startsWith('not a contacts-en-wallonie export')) throw new Error(`${source}: ${warnings[0]}`);
  for (const w of warnings) console.warn(`[numerique-choisi] ${source}: ${w}`);
  return { formatVersion: 1, guichets };
}
