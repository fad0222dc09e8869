/**
 * Runtime validation of theme data: typed data, or precise errors naming the
 * source, the entry (collection, index and id), the field path, what was expected
 * and what was found. An invalid entry is dropped; the valid ones are kept. A counter's hours
 * given as an OpenStreetMap string are converted to a schedule after validation; a string outside
 * the supported subset is reported the same way, and only those hours become unknown.
 */
import type { DataFile, CollectionName, Guichet, Hours } from './model.js';
import { parseOpeningHours, type OsmError, type OsmWarning } from './hours/osm.js';
import { clip } from '../util/clip.js';

/** One problem found in a data source. */
export interface DataIssue {
  /** Where the data came from: a URL, `data property`, `built-in fr`… */
  source: string;
  /** The collection and entry, e.g. `recommendations[2] "acces-physique"`; empty for the file itself. */
  entry: string;
  /** The field path inside the entry, e.g. `title.fr`; empty for the entry itself. */
  path: string;
  /** What was expected, in words. */
  expected: string;
  /** A short description of what was found. */
  received: string;
  /** For opening hours outside the supported subset: the parser's error (the data tools explain it in each language). */
  osm?: OsmError;
  /** For a warning about opening hours that are read but probably not as meant (`PH off` before other rules). */
  osmWarning?: OsmWarning;
}

/** `source: entry → path: expected …, received …` — the text of the console error. */
export function formatIssue(i: DataIssue): string {
  const where = [i.entry, i.path && `field "${i.path}"`].filter(Boolean).join(', ');
  return `${i.source}${where ? ` — ${where}` : ''}: expected ${i.expected}, received ${i.received}`;
}

/** `source: entry → path: message` — the text of the console warning. */
export function formatWarning(i: DataIssue): string {
  const where = [i.entry, i.path && `field "${i.path}"`].filter(Boolean).join(', ');
  return `${i.source}${where ? ` — ${where}` : ''}: ${i.osmWarning?.message ?? i.received}`;
}

type Problem = Pick<DataIssue, 'path' | 'expected' | 'received' | 'osm' | 'osmWarning'>;
/** A check returns the problems of a value; `[]` when it is valid. */
type Check = (value: unknown, path: string) => Problem[];

export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'string') return value.length > 40 ? `"${value.slice(0, 37)}…"` : `"${value}"`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

/** A value quoted whole in a message, up to 200 characters (a 1 MB id or hours string is not printed whole). */

const problem = (path: string, expected: string, value: unknown): Problem[] => [
  { path, expected, received: describe(value) },
];
const join = (path: string, key: string | number) =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const text: Check = (v, path) =>
  typeof v === 'string' && v.trim() !== '' ? [] : problem(path, 'a non-empty string', v);

// « constructor » is the one id of that form that every plain object already has (its
// prototype's): widgets look ids up in objects (answers by question, labels by service), so it
// is refused here, once, rather than guarded at every lookup.
const id: Check = (v, path) =>
  typeof v === 'string' && ID.test(v) && v !== 'constructor'
    ? []
    : problem(path, v === 'constructor' ? 'an id other than "constructor" (reserved)' : 'an id (lowercase letters, digits, hyphens)', v);

const oneOf =
  (...values: readonly unknown[]): Check =>
  (v, path) =>
    values.includes(v) ? [] : problem(path, `one of ${values.map((x) => JSON.stringify(x)).join(', ')}`, v);

const boolean: Check = (v, path) => (typeof v === 'boolean' ? [] : problem(path, 'true or false', v));

const httpUrl: Check = (v, path) => {
  if (typeof v === 'string' && /^https?:\/\//i.test(v)) {
    try {
      new URL(v);
      return [];
    } catch {
      /* fall through */
    }
  }
  return problem(path, 'an absolute http(s) URL', v);
};

/**
 * A logo: an absolute http(s) URL or a URL relative to the page; never another scheme (`javascript:`, `data:`…),
 * nor a protocol-relative `//other.example/x.png` (absolute: another host, without saying so; src/shared/url.ts).
 */
const imageUrl: Check = (v, path) => {
  if (typeof v === 'string' && /^\S+$/.test(v)) {
    if (!/^[a-z][a-z0-9+.-]*:/i.test(v) && !/^[\\/]{2}/.test(v)) return [];
    if (!httpUrl(v, path).length) return [];
  }
  return problem(path, 'an absolute http(s) URL or a relative URL', v);
};

/** An object with these fields; `?` after a name marks it optional; other fields are refused. */
const object = (shape: Record<string, Check>): Check => {
  // Built once per shape, not once per entry (a 1 MB file has thousands of entries).
  const known = new Map(Object.entries(shape).map(([k, c]) => [k.replace(/\?$/, ''), [c, k.endsWith('?')] as const]));
  return (v, path) => {
    if (!isObject(v)) return problem(path, 'an object', v);
    const out: Problem[] = [];
    for (const [key, [check, optional]] of known) {
      if (v[key] === undefined && optional) continue;
      out.push(...check(v[key], join(path, key)));
    }
    for (const key of Object.keys(v)) {
      if (!known.has(key)) out.push(...problem(join(path, key), `no field "${key}" (known: ${[...known.keys()].join(', ')})`, v[key]));
    }
    return out;
  };
};

const arrayOf =
  (check: Check, min = 0): Check =>
  (v, path) => {
    if (!Array.isArray(v)) return problem(path, 'an array', v);
    if (v.length < min) return problem(path, `at least ${min} item${min > 1 ? 's' : ''}`, v);
    return v.flatMap((item, i) => check(item, join(path, i)));
  };

const numberIn =
  (min: number, max: number): Check =>
  (v, path) =>
    typeof v === 'number' && v >= min && v <= max ? [] : problem(path, `a number from ${min} to ${max}`, v);

const integerIn =
  (min: number, max: number): Check =>
  (v, path) =>
    Number.isInteger(v) && (v as number) >= min && (v as number) <= max ? [] : problem(path, `an integer from ${min} to ${max}`, v);

/** A non-empty array of distinct values, each one of `values`. */
const uniqueOneOf =
  (...values: readonly string[]): Check =>
  (v, path) => {
    const items = arrayOf(oneOf(...values), 1)(v, path);
    if (items.length) return items;
    const list = v as unknown[];
    const twice = list.find((x, i) => list.indexOf(x) !== i);
    return twice === undefined ? [] : [{ path, expected: 'each value once', received: `${describe(twice)} twice` }];
  };

const localized = object({ fr: text, 'nl?': text, 'de?': text, 'en?': text });

const pattern =
  (re: RegExp, expected: string): Check =>
  (v, path) =>
    typeof v === 'string' && re.test(v) ? [] : problem(path, expected, v);

const geoPoint = object({ lat: numberIn(-90, 90), lon: numberIn(-180, 180) });

const date: Check = (v, path) => {
  const time = typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? Date.parse(`${v}T00:00:00Z`) : NaN;
  // A date that does not exist (2026-13-01, 2026-02-30) is refused, not thrown on.
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(v as string) ? [] : problem(path, 'a date YYYY-MM-DD', v);
};

const WEEKDAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;
const TIME = /^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$/;

const slot: Check = (v, path) => {
  const out = object({
    days: uniqueOneOf(...WEEKDAYS),
    opens: pattern(TIME, 'a time HH:MM'),
    closes: pattern(TIME, 'a time HH:MM (24:00 for midnight)'),
  })(v, path);
  if (out.length) return out;
  const { opens, closes } = v as { opens: string; closes: string };
  return closes > opens ? [] : problem(join(path, 'closes'), `a time after "opens" (${opens})`, closes);
};

/** A date range whose `to` (when given) is not before its `from`. */
const fromTo =
  (check: Check): Check =>
  (v, path) => {
    const out = check(v, path);
    if (out.length) return out;
    const { from, to } = v as { from: string; to?: string };
    return to === undefined || to >= from ? [] : problem(join(path, 'to'), `a date not before "from" (${from})`, to);
  };

/** Hours: a schedule object, or an OpenStreetMap string (parsed after validation: a bad one makes the hours unknown). */
const hours: Check = (v, path) =>
  typeof v === 'string'
    ? text(v, path)
    : isObject(v)
      ? object({ slots: arrayOf(slot), 'unknown?': arrayOf(oneOf(...WEEKDAYS)), 'publicHolidays?': oneOf('closed', 'open'), 'openOnPublicHolidays?': arrayOf(oneOf(...WEEKDAYS)) })(v, path)
      : problem(path, 'a schedule object or an OpenStreetMap hours string', v);

/** The check of one entry of each collection. */
export const entryChecks: Record<CollectionName, Check> = {
  themes: object({ id, title: localized, description: localized }),
  recommendations: object({
    id,
    kind: oneOf('recommandation', 'constat'),
    theme: id,
    title: localized,
    summary: localized,
    reported: localized,
    actions: arrayOf(object({ text: localized, origin: oneOf('article', 'suggestion') }), 1),
    'quote?': object({ text: localized, attribution: localized }),
    easyRead: object({ title: localized, summary: localized }),
  }),
  partners: object({
    id,
    name: localized,
    'shortName?': text,
    type: oneOf('promotion-sante', 'integration', 'federation', 'centre-de-sante', 'reseau-social', 'service-communal', 'commune'),
    role: localized,
    'description?': localized,
    'url?': httpUrl,
    'logo?': imageUrl,
    'languages?': arrayOf(oneOf('fr', 'de', 'en', 'nl')),
  }),
  questions: object({
    id,
    theme: id,
    basis: id,
    audiences: uniqueOneOf('travailleur', 'institution'),
    weight: integerIn(1, 3),
    text: localized,
    easyRead: localized,
    scores: object({ oui: numberIn(0, 1), 'en-partie': numberIn(0, 1), non: numberIn(0, 1) }),
    'scored?': boolean,
  }),
  guichets: object({
    id,
    name: localized,
    example: boolean,
    type: oneOf('cpas', 'administration-communale', 'epn', 'maison-medicale', 'service-social', 'bibliotheque', 'autre'),
    services: arrayOf(id),
    'otherServices?': arrayOf(localized),
    'publics?': arrayOf(localized),
    address: object({ 'street?': localized, postalCode: pattern(/^[1-9][0-9]{3}$/, 'a Belgian postal code (4 digits)'), city: localized }),
    'geo?': geoPoint,
    'phone?': pattern(/^\+[0-9]{6,15}$/, 'a phone number in international form, e.g. +3210000000'),
    'email?': pattern(/^[^@\s]+@[^@\s]+$/, 'an e-mail address'),
    'url?': httpUrl,
    'hours?': hours,
    'walkIn?': hours,
    'periods?': arrayOf(fromTo(object({ name: localized, from: date, to: date, 'hours?': hours, 'walkIn?': hours }))),
    'closures?': arrayOf(fromTo(object({ from: date, 'to?': date, 'reason?': localized }))),
    'accessibility?': object({ 'stepFree?': boolean, 'hearingLoop?': boolean, 'languages?': arrayOf(pattern(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'a language code (fr, nl, de, en…)')) }),
    'notes?': localized,
  }),
  communes: object({
    id,
    name: localized,
    postalCodes: arrayOf(pattern(/^[1-9][0-9]{3}$/, 'a Belgian postal code (4 digits)'), 1),
    center: geoPoint,
  }),
};

// Not imported from model.ts: this module is a lazy chunk and must not share one with the main file.
const COLLECTIONS = Object.keys(entryChecks) as CollectionName[];

const sourceCheck = object({ title: localized, organiser: localized, 'date?': localized, 'url?': httpUrl });

/**
 * A counter whose OpenStreetMap hours strings are converted to schedules. A string outside
 * the supported subset is reported and dropped: those hours become unknown, the counter stays.
 */
function withSchedules(g: Guichet, report: (p: Problem) => void, warn: (p: Problem) => void): Guichet {
  const convert = (h: Hours | undefined, path: string): Hours | undefined => {
    if (typeof h !== 'string') return h;
    const r = parseOpeningHours(h);
    if (r.ok) {
      for (const w of r.warnings ?? []) warn({ path, expected: `"${w.found}" at the end: ${w.expected}`, received: `"${h}": ${w.message}`, osmWarning: w });
      return r.schedule;
    }
    report({
      path,
      expected: 'opening hours in the supported OpenStreetMap subset (these hours are unknown until fixed)',
      received: `"${clip(h)}": ${r.error.message}`,
      osm: r.error,
    });
    return undefined;
  };
  const strings = [g.hours, g.walkIn, ...(g.periods ?? []).flatMap((p) => [p.hours, p.walkIn])].some((h) => typeof h === 'string');
  if (!strings) return g;
  const out: Guichet = { ...g, hours: convert(g.hours, 'hours'), walkIn: convert(g.walkIn, 'walkIn') };
  if (out.hours === undefined) delete out.hours;
  if (out.walkIn === undefined) delete out.walkIn;
  if (g.periods) {
    out.periods = g.periods.map((p, k) => {
      const q = { ...p, hours: convert(p.hours, `periods[${k}].hours`), walkIn: convert(p.walkIn, `periods[${k}].walkIn`) };
      if (q.hours === undefined) delete q.hours;
      if (q.walkIn === undefined) delete q.walkIn;
      return q;
    });
  }
  return out;
}

/** Where hours live in a counter: a problem inside one of these makes only those hours unknown. */
const HOURS_PATH = /^(hours|walkIn|periods\[(\d+)\]\.(hours|walkIn))(?=[.[]|$)/;

/**
 * A counter whose only problems are inside its hours, with those hours removed (unknown);
 * `undefined` when another field is wrong (the counter is dropped) or the rest still fails.
 */
function withoutBadHours(entry: unknown, problems: Problem[]): unknown {
  if (!isObject(entry) || !problems.every((p) => HOURS_PATH.test(p.path))) return undefined;
  const out: Record<string, unknown> = { ...entry };
  const periods = Array.isArray(entry.periods) ? entry.periods.map((p: unknown) => (isObject(p) ? { ...p } : p)) : undefined;
  if (periods) out.periods = periods;
  for (const p of problems) {
    const m = HOURS_PATH.exec(p.path)!;
    if (m[2] === undefined) delete out[m[1]!];
    else if (isObject(periods?.[Number(m[2])])) delete (periods![Number(m[2])] as Record<string, unknown>)[m[3]!];
  }
  return entryChecks.guichets(out, '').length ? undefined : out;
}

/** Where each kept entry stood in its file, so later messages name the right position. */
const positions = new WeakMap<object, number>();

/** The result of validating a data file. */
export interface Validated {
  /** The valid part; collections absent from the file are absent here. `null` if the file itself is unusable. */
  data: Partial<DataFile> | null;
  issues: DataIssue[];
  /** What is kept as read but probably not meant so (opening hours with `PH off` before other rules): said, not dropped. */
  warnings: DataIssue[];
}

/** What to check of a file. */
export interface ValidateOptions {
  /** Only these collections (a widget validates what it shows, not the rest of a shared file); absent: all. The others are left out of `data`. */
  collections?: readonly CollectionName[];
  /** The file-level checks (unknown fields, `$schema`, `source`); `false` when they were reported already. Default `true`. */
  fileChecks?: boolean;
}

/**
 * Validates a data file from `source`. A file that is not an object of format version 1
 * gives `data: null`; an invalid entry (or a duplicate id) is dropped with one issue per problem.
 */
export function validateDataFile(input: unknown, source: string, options: ValidateOptions = {}): Validated {
  const issues: DataIssue[] = [];
  const warnings: DataIssue[] = [];
  const fileIssue = (p: Problem) => issues.push({ source, entry: '', ...p });
  if (!isObject(input)) {
    problem('', 'a JSON object { "formatVersion": 1, … }', input).forEach(fileIssue);
    return { data: null, issues, warnings };
  }
  if (input.formatVersion !== 1) {
    problem('formatVersion', '1', input.formatVersion).forEach(fileIssue);
    return { data: null, issues, warnings };
  }
  const data: Partial<DataFile> = { formatVersion: 1 };
  const known = new Set<string>(['$schema', 'formatVersion', 'source', ...COLLECTIONS]);
  const fileChecks = options.fileChecks !== false;
  for (const key of fileChecks ? Object.keys(input) : []) {
    if (!known.has(key)) problem(key, `no field "${key}" (known: ${[...known].join(', ')})`, input[key]).forEach(fileIssue);
  }
  if (fileChecks && input.$schema !== undefined && typeof input.$schema !== 'string') problem('$schema', 'a string (the schema URL)', input.$schema).forEach(fileIssue);
  if (input.source !== undefined) {
    const p = sourceCheck(input.source, 'source');
    if (p.length) {
      if (fileChecks) p.forEach(fileIssue);
    }
    else data.source = input.source as DataFile['source'];
  }
  for (const name of options.collections ?? COLLECTIONS) {
    const list = input[name];
    if (list === undefined) continue;
    if (!Array.isArray(list)) {
      problem(name, 'an array', list).forEach(fileIssue);
      continue;
    }
    const seen = new Set<string>();
    const kept: unknown[] = [];
    list.forEach((entry, index) => {
      const entryId = isObject(entry) && typeof entry.id === 'string' ? entry.id : undefined;
      const label = `${name}[${index}]${entryId !== undefined ? ` "${clip(entryId)}"` : ''}`;
      let problems = entryChecks[name](entry, '');
      if (name === 'guichets' && problems.length) {
        // A bad slot makes those hours unknown, as an unreadable OpenStreetMap string does: the counter stays.
        const kept = withoutBadHours(entry, problems);
        if (kept) {
          problems.forEach((p) => issues.push({ source, entry: label, ...p }));
          entry = kept;
          problems = [];
        }
      }
      if (!problems.length && seen.has(entryId!)) problems.push(...problem('id', `an id not used before in ${name}`, entryId));
      if (problems.length) {
        problems.forEach((p) => issues.push({ source, entry: label, ...p }));
        return;
      }
      seen.add(entryId!);
      if (name === 'guichets') {
        entry = withSchedules(
          entry as Guichet,
          (p) => issues.push({ source, entry: label, ...p }),
          (p) => warnings.push({ source, entry: label, ...p }),
        );
      }
      positions.set(entry as object, index);
      kept.push(entry);
    });
    (data as Record<string, unknown>)[name] = kept;
  }
  return { data, issues, warnings };
}

/**
 * Drops entries that point at a theme that does not exist (after collections from
 * several sources were put together), with one issue each; then, unless `basis` is false,
 * the questions whose `basis` is not the id of a (kept) recommendation or finding.
 */
export function checkReferences<
  T extends { themes: { id: string }[]; recommendations: { id: string; theme: string }[]; questions: { id: string; theme: string; basis?: string }[] },
>(data: T, source: string, { basis = true }: { basis?: boolean } = {}): { data: T; issues: DataIssue[] } {
  const themes = new Set(data.themes.map((t) => t.id));
  const issues: DataIssue[] = [];
  const keep = <E extends { id: string }>(name: string, list: E[], field: string, known: Set<string>, what: string) =>
    list.filter((e, index) => {
      const value = (e as Record<string, unknown>)[field];
      if (typeof value !== 'string' || known.has(value)) return true;
      issues.push({
        source,
        entry: `${name}[${positions.get(e) ?? index}] "${e.id}"`,
        path: field,
        expected: `the id of ${what} (${[...known].join(', ')})`,
        received: describe(value),
      });
      return false;
    });
  const recommendations = keep('recommendations', data.recommendations, 'theme', themes, 'a theme');
  let questions = keep('questions', data.questions, 'theme', themes, 'a theme');
  if (basis) questions = keep('questions', questions, 'basis', new Set(recommendations.map((r) => r.id)), 'a recommendation or finding');
  return { data: { ...data, recommendations, questions }, issues };
}

// ---------------------------------------------------------------- for the loader (src/data/load.ts)
// This lazy chunk does the work a site's own data needs, so that a page with the built-in data
// only downloads none of it. It imports no value from the main code (that would pull a shared
// chunk into the script-tag file): the console prefix comes in as an argument.

/** Validates a site's file and prints each problem; `null` when the file itself is unusable. */
export function validateAndReport(input: unknown, source: string, prefix: string, options?: ValidateOptions): Partial<DataFile> | null {
  const { data, issues, warnings } = validateDataFile(input, source, options);
  for (const issue of issues) console.error(`${prefix} ${formatIssue(issue)}`);
  for (const w of warnings) console.warn(`${prefix} ${formatWarning(w)}`);
  return data;
}

/** Per site data, checked without and with the questions' `basis` (a widget without recommendations cannot check it). */
const referencesChecked = new WeakMap<object, Partial<DataFile>>();
const referencesAndBasisChecked = new WeakMap<object, Partial<DataFile>>();

/**
 * A site's data without the entries whose theme does not exist (among `themes`), and, when the
 * recommendations are known (the site's, or `builtInRecommendations`), without the questions whose
 * `basis` is not one of them; each dropped entry reported once per site data, however many widgets show it.
 */
export function withReferencesChecked(
  site: Partial<DataFile>,
  source: string,
  themes: readonly { id: string }[],
  prefix: string,
  /** The built-in recommendations, when the widget has them: a question's `basis` is checked against the site's, or these. */
  builtInRecommendations?: readonly { id: string; theme: string }[],
): Partial<DataFile> {
  const recommendations = site.recommendations ?? builtInRecommendations;
  const cache = recommendations ? referencesAndBasisChecked : referencesChecked;
  let checked = cache.get(site);
  if (!checked) {
    checked = site;
    if (site.recommendations || site.questions) {
      const { data, issues } = checkReferences(
        { themes: [...themes], recommendations: [...(recommendations ?? [])], questions: site.questions ?? [] },
        source,
        { basis: recommendations !== undefined },
      );
      for (const issue of issues) console.error(`${prefix} ${formatIssue(issue)}`);
      checked = {
        ...site,
        ...(site.recommendations && { recommendations: data.recommendations as typeof site.recommendations }),
        ...(site.questions && { questions: data.questions }),
      };
    }
    cache.set(site, checked);
  }
  return checked;
}
