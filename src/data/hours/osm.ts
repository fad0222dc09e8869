/**
 * Parser of the OpenStreetMap `opening_hours` subset the guichet finder accepts, into the
 * canonical `Schedule`. Lazy: only the validation of a site's data and the directory adapter
 * import it; the shipped engine (hours.ts) never reads strings.
 *
 * The subset (README, « Horaires au format OpenStreetMap »):
 *   value    = rule *( ";" rule )
 *   rule     = "24/7" | days " " ( ranges | "off" | "closed" ) | "PH off" | "PH closed"
 *   days     = day [ "-" day ] *( "," day [ "-" day ] )         day = Mo Tu We Th Fr Sa Su
 *   ranges   = HH:MM "-" HH:MM *( "," HH:MM "-" HH:MM )          end after start; 24:00 allowed
 * A hyphen may be an en or em dash, or spaced (`Mo – Fr`), as opening_hours.js reads it. The errors
 * name what was found and the accepted form (`0900-1200` → `09:00-12:00`, `,` between rules → `;`,
 * holiday names → `PH off`, `sunrise` → write the time…): docs/opening-hours.md lists them.
 * As in OpenStreetMap, a later rule replaces the earlier ones on the days it names
 * (`Mo-Fr 09:00-12:00; We off`), holidays included: `PH off; Mo-Fr 09:00-12:00` is open on
 * Easter Monday (a warning says to write `PH off` at the end). Without `PH off`, public
 * holidays are like any other day.
 * Anything else (months, weeks, `PH` with hours, school holidays, comments, `||`, `+`,
 * sunrise, hours past midnight…) is refused with a precise error.
 */
import type { OpeningSlot, Schedule, Weekday } from '../model.js';
import { Fail, fail, type OsmError, type OsmWarning } from './osm-errors.js';

export type { OsmError, OsmWarning } from './osm-errors.js';

export type OsmResult = { ok: true; schedule: Schedule; warnings?: OsmWarning[] } | { ok: false; error: OsmError };

const DAYS: readonly Weekday[] = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'];

/** Hints for the constructions outside the subset. */
const UNSUPPORTED: [RegExp, string][] = [
  [/^"/, 'a comment'],
  [/^\|\|/, 'a fallback rule "||"'],
  [/^SH\b/, 'school holidays "SH": dated closures go in "closures"'],
  [/^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/, 'a month: dated closures go in "closures"'],
  [/^(week|W)\b/, 'a week number: dated closures go in "closures"'],
  [/^\d{4}\b(?![-:])/, 'a year: dated closures go in "closures"'],
  [/^(open|unknown)\b/, 'the "open" or "unknown" state: write the days and hours'],
];

/** A hyphen as people type it between days or times: also an en or em dash, or spaced (opening_hours.js reads them all as a hyphen). */
const DASH = /^[ \t]*[-\u2013\u2014][ \t]*/;
/** A time range as people write it (`0900-1200`, `9h-12h`, `9:00 à 12:00`, `de 9h à 12h`, `09:00:00-12:00:00`): what it would be, for the message. */
const LOOSE = /^(?:(?:de|du|van|von|from|vanaf|ab)[ \t]+)?(\d{1,2})(?:[:hH.]?(\d{2}))?(?::\d{2})?[ \t]*(?:h|u|uur|Uhr)?[ \t]*(?:[-\u2013\u2014]|à|a|tot|bis|to|till|until|jusqu'à)[ \t]*(\d{1,2})(?:[:hH.]?(\d{2}))?(?::\d{2})?(?:[ \t]*(?:h|u|uur|Uhr)(?![A-Za-z]))?/i;
/** Holiday names people write instead of PH. */
const HOLIDAY = /^(easter|christmas|xmas|noel|noël|p[aâ]ques|pasen|ostern|kerstmis|kerst|weihnachten|holidays?|bank[ \t]+holidays?|BH|f[ée]ri[ée]s?|jours?[ \t]+f[ée]ri[ée]s|feestdag(en)?|feiertage?)\b/i;
/** Day names in French, Dutch, German and English, to say which OSM day is meant (`ma` and `di` differ between languages: not guessed). */
const NAMES: [RegExp, Weekday][] = [
  [/^(lu|lun|lundi|maandag|montag|mon|monday)$/i, 'Mo'],
  [/^(mar|mardi|dinsdag|dienstag|tue|tues|tuesday)$/i, 'Tu'],
  [/^(me|mer|mercredi|wo|woensdag|mi|mittwoch|wed|wednesday)$/i, 'We'],
  [/^(je|jeu|jeudi|do|donderdag|donnerstag|thu|thur|thurs|thursday)$/i, 'Th'],
  [/^(ve|ven|vendredi|vr|vrijdag|freitag|fri|friday)$/i, 'Fr'],
  [/^(sam|samedi|za|zaterdag|samstag|sat|saturday)$/i, 'Sa'],
  [/^(dim|dimanche|zo|zondag|so|sonntag|sun|sunday)$/i, 'Su'],
];
const hm = (h: string | number, m: string | number = 0) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
/** The OSM day a French, Dutch, German or English day name means. */
const osmDay = (x: string) => NAMES.find(([re]) => re.test(x))?.[1];
/** A range as people write it, at the start of `text`: its text and the range it would be, when it is one. */
function loose(text: string): [string, string] | undefined {
  const m = LOOSE.exec(text);
  if (!m || +m[1] > 24 || +m[3] > 24 || +(m[2] ?? 0) > 59 || +(m[4] ?? 0) > 59) return undefined;
  return [m[0].trim(), `${hm(m[1], m[2])}-${hm(m[3], m[4])}`];
}
/** Whether `w` starts a rule (`Sa`, `PH`…), so that a missing `;` before it can be named. */
const startsRule = (w: string) => (DAYS.includes(w.slice(0, 2) as Weekday) && !/^[A-Za-z]{3}/.test(w)) || w.startsWith('PH');
const rangesKey = (r: [number, number][]) => r.map((x) => x.join('-')).join(',');

/** Parses `value`; on success, a `Schedule` whose days follow the OpenStreetMap meaning. */
export function parseOpeningHours(value: string): OsmResult {
  try {
    const [schedule, warnings] = read(value);
    return warnings.length ? { ok: true, schedule, warnings } : { ok: true, schedule };
  } catch (e) {
    if (e instanceof Fail) return { ok: false, error: e.error };
    throw e;
  }
}

/*
 * The reading of one value: the string `s`, the read position `i`, and what the rules read so far
 * say. One function per part of the grammar (value, rule, weekdays, day, ranges, range, time);
 * each moves `i` past what it reads, or throws a `Fail` naming the first character at fault.
 * The state lives in the module, reset by `read()`: a value is read at once (nothing here waits
 * or calls out), and no closure or object is made per value.
 */
let s: string;
let i: number;
let week: Map<Weekday, [number, number][]>;
// As in OpenStreetMap, a later rule replaces the earlier ones on the days it names, `PH off`
// included: the rule that last named each weekday, and the last `PH off` (-1: none).
let named: Map<Weekday, number>;
let ph: number;
let phAt: number;
let phText: string;
let rules: string[];

function spaces() {
  while (s[i] === ' ' || s[i] === '\t') i++;
}

function word(at = i) {
  return /^[^\s;,]*/.exec(s.slice(at))![0] || s.slice(at, at + 1);
}

/** value = rule *( ";" rule ), then the schedule. */
function read(value: string): [Schedule, OsmWarning[]] {
  [s, i, week, named, ph, phAt, phText, rules] = [value, 0, new Map(), new Map(), -1, 0, '', []];
  if (!s.trim()) fail(0, 'empty', s);
  for (;;) {
    const from = i;
    rule();
    rules.push(s.slice(from, i).trim());
    spaces();
    if (i === s.length) break;
    if (s[i] === ';') {
      i++;
      spaces();
      if (i === s.length) break; // a trailing ";" is allowed
      continue;
    }
    unsupported();
    if (s.startsWith('||', i)) fail(i, 'unsupported', '||', s.slice(0, i).trim(), 'a fallback rule');
    const w = word();
    if (startsRule(w)) fail(i, 'rule-separator', w, `; ${s.slice(i).split(';')[0].trim()}`);
    const rest = s.slice(i).trim();
    fail(i, 'trailing-text', rest.length > 30 ? `${rest.slice(0, 29)}…` : rest, s.slice(0, i).trim());
  }
  return toSchedule();
}

/** Refuses a construction outside the subset at the read position, naming it. */
function unsupported() {
  const rest = s.slice(i);
  for (const [re, what] of UNSUPPORTED) {
    if (!re.test(rest)) continue;
    const end = rest[0] === '"' ? rest.indexOf('"', 1) + 1 || rest.length : word().length;
    // A comment or a fallback after the hours: the value without it.
    fail(i, 'unsupported', rest.slice(0, end), /^("|\|\|)/.test(rest) && i ? s.slice(0, i).trim() : undefined, what);
  }
}

/** rule = "24/7" | days " " ( ranges | "off" | "closed" ) | "PH off" | "PH closed" */
function rule() {
  spaces();
  const start = i;
  refuseWithoutDays();
  if (s.startsWith('24/7', start)) {
    i += 4;
    setDays(DAYS, [[0, 1440]]);
    return;
  }
  if (s.startsWith('PH', start) && !/[A-Za-z]/.test(s[start + 2] ?? '')) return holidays();
  unsupported();
  const days = weekdays(start);
  if (s[i] === ':') fail(i, 'unexpected', ':', `${s.slice(start, i)} ${s.slice(i + 1).trim().split(/[\s;]/)[0]}`);
  if (s[i] === ',' && (i + 1 >= s.length || s[i + 1] === ' ')) fail(start, 'missing-day', s.slice(start, i + 1), `${s.slice(start, i)},Fr`);
  const before = i;
  spaces();
  if (i === s.length || s[i] === ';') fail(before, 'missing-times', s.slice(start, i).trim(), `${s.slice(start, i).trim()} HH:MM-HH:MM`);
  if (i === before) fail(i, 'unexpected', word(), `${s.slice(start, i)} ${word()}`);
  const w = /^[a-z]+/.exec(s.slice(i))?.[0];
  if (w === 'off' || w === 'closed') {
    i += w.length;
    setDays(days, []);
  } else {
    unsupported();
    setDays(days, ranges());
  }
}

/** The rule read now gives `days` these ranges (none: closed). */
function setDays(days: Iterable<Weekday>, set: [number, number][]) {
  for (const d of days) {
    week.set(d, set);
    named.set(d, rules.length);
  }
}

/** A rule that does not start with its days: times alone (`; 13:00-17:00`), `24h/24`, an empty rule, `off` alone. */
function refuseWithoutDays() {
  const rest = s.slice(i);
  // Times without days: `Mo-Fr 09:00-12:00; 13:00-17:00`, `; 13:00-17:00`, `09:00-17:00`.
  const always = /^(24\/24|24h\/24|24h\/7|7\/7|7j\/7|24h|24u)(?![\w/])/i.exec(rest);
  if (always) fail(i, 'always', always[0], always[0].startsWith('7') ? 'Mo-Su' : '24/7');
  const at = i + /^;?[ \t]*/.exec(rest)![0].length;
  const bare = /^;?[ \t]*\d/.test(rest) && !/^(\d{4}\b(?![-:])|24\/7)/.test(rest) && (loose(s.slice(at)) ?? [word(i)]);
  if (bare) {
    const prev = rules[rules.length - 1];
    const r = bare[1] ?? word(at);
    fail(at, 'times-without-days', bare[0], prev && /\d$/.test(prev) ? `${prev},${r}` : `Mo-Su ${r}`);
  }
  if (i >= s.length || s[i] === ';') fail(i, 'empty-rule', s.slice(i, i + 1), `${s.slice(0, i).trim()} ${s.slice(i + 1).trim()}`.trim());
  const state = /^(off|closed)\b/.exec(rest);
  if (state) fail(i, 'off-without-days', state[0], `Su ${state[0]}`);
}

/** "PH off" | "PH closed", the read position on `PH`. */
function holidays() {
  const start = i;
  i += 2;
  spaces();
  const w = /^[a-z]+/.exec(s.slice(i))?.[0];
  if (w === 'off' || w === 'closed') {
    i += w.length;
    [ph, phAt, phText] = [rules.length, start, s.slice(start, i)];
    return;
  }
  if (s[i] === ',') fail(start, 'unsupported', s.slice(start, i + 1 + word(i + 1).length), 'PH off', 'public holidays with other days');
  fail(start, 'unsupported', s.slice(start, i + word().length), 'PH off', 'public holidays with hours');
}

/** days = day [ "-" day ] *( "," day [ "-" day ] ), in the rule that starts at `ruleStart`. */
function weekdays(ruleStart: number): Set<Weekday> {
  const days = new Set<Weekday>();
  for (;;) {
    const from = day(ruleStart);
    let to = from;
    const dash = DASH.exec(s.slice(i));
    if (dash && !/^\d/.test(s.slice(i + dash[0].length))) {
      i += dash[0].length;
      to = day(ruleStart);
    }
    for (let k = from; ; k = (k + 1) % 7) {
      days.add(DAYS[k]);
      if (k === to) break;
    }
    if (s[i] === '[') fail(i, 'unsupported', word(), undefined, 'a weekday of the month "[n]": dated closures go in "closures"');
    if (s[i] !== ',') return days;
    i++;
    if (s.startsWith('PH', i)) fail(i, 'unsupported', 'PH', 'PH off', 'public holidays with other days');
  }
}

/** One of Mo Tu We Th Fr Sa Su, as its index in the week; else what was meant. */
function day(ruleStart: number): number {
  const k = DAYS.indexOf(s.slice(i, i + 2) as Weekday);
  if (k >= 0 && !/[a-z]/i.test(s[i + 2] ?? '')) {
    i += 2;
    return k;
  }
  if (i > ruleStart && /^[ \t]*(;|$)/.test(s.slice(i))) fail(ruleStart, 'missing-day', s.slice(ruleStart, i), `${s.slice(ruleStart, i)}Fr`);
  const w = /^[A-Za-zÀ-ÿ]+/.exec(s.slice(i))?.[0] ?? word();
  const lower = w.toLowerCase();
  if (w.length === 2 && DAYS.some((d) => d.toLowerCase() === lower)) fail(i, 'day-case', w, DAYS.find((d) => d.toLowerCase() === lower));
  unsupported();
  const holiday = HOLIDAY.exec(s.slice(i));
  if (holiday) fail(i, 'holiday-name', holiday[0], 'PH off');
  // Days written in French, Dutch, German or English: the whole list in OSM days (`Lu-Ve` → `Mo-Fr`); no letter here (`+32…`, `«`): that word.
  const list = /^[A-Za-zÀ-ÿ]+(?:[ \t]*[-\u2013\u2014,][ \t]*[A-Za-zÀ-ÿ]+)*/.exec(s.slice(i))?.[0] ?? w;
  const words = list.split(/[ \t]*([-\u2013\u2014,])[ \t]*/);
  const all = words.every((x, n) => n % 2 || osmDay(x) || DAYS.includes(x as Weekday));
  fail(i, 'unknown-day', w, all ? words.map((x, n) => (n % 2 ? (x === ',' ? ',' : '-') : osmDay(x) ?? x)).join('') : osmDay(w));
}

/** ranges = range *( "," range ); a range joined to the next by something else than a comma is refused. */
function ranges(): [number, number][] {
  const out: [number, number][] = [];
  for (;;) {
    const start = i;
    out.push(range());
    const written = s.slice(start, i);
    if (s[i] === '+') fail(i, 'unsupported', '+', undefined, 'an open end "+": write the end time');
    if (s[i] === ',' && /\d/.test(s[i + 1] ?? '')) {
      i++;
      continue;
    }
    // What joins this range to the next text: a comma, a space, « et », « / »…
    const join = /^(?:[ \t]*(?:,|\/|&|\+|et|en|und|and)[ \t]*|[ \t]+)/.exec(s.slice(i));
    if (join) {
      const at = i + join[0].length;
      const next = loose(s.slice(at)) ?? (/^\d{1,2}:\d{2}-\d{1,2}:\d{2}/.test(s.slice(at)) ? [word(at), word(at)] : undefined);
      if (next) fail(i, 'range-separator', join[0].trim() || s.slice(i, at + next[0].length).trim(), `${written},${next[1]}`);
      const w = word(at);
      if (startsRule(w)) fail(i, 'rule-separator', join[0].trim() || w, `; ${s.slice(at).split(';')[0].trim()}`);
    }
    if (s[i] === ',') fail(i, 'unexpected', ',', 'HH:MM-HH:MM');
    return out;
  }
}

/** range = HH:MM "-" HH:MM, the end after the start; a range written another way is named with its right form. */
function range(): [number, number] {
  const start = i;
  try {
    const o = time('start-format');
    const dash = DASH.exec(s.slice(i));
    if (!dash) {
      if (s[i] === '+') fail(i, 'unsupported', '+', undefined, 'an open end "+": write the end time');
      fail(start, 'missing-end', s.slice(start, i), `${s.slice(start, i)}-HH:MM`);
    }
    i += dash[0].length;
    const c = time('end-format');
    if (c <= o) fail(start, 'end-before-start', s.slice(start, i), `${s.slice(start, i).replace(/[-\u2013\u2014].*/, '')}-24:00`);
    return [o, c];
  } catch (e) {
    if (/^24h(?![\w-])/i.test(s.slice(start))) fail(start, 'always', s.slice(start, start + 3), '00:00-24:00');
    const l = e instanceof Fail && !['time-out-of-range', 'end-before-start', 'sun', 'unsupported'].includes(e.error.code) && loose(s.slice(start));
    if (l && l[0] !== s.slice(start, i)) fail(start, 'range-format', l[0], l[1]);
    throw e;
  }
}

/** HH:MM, 00:00 to 24:00, in minutes. */
function time(code: 'start-format' | 'end-format'): number {
  const rest = s.slice(i);
  const sun = /^(sunrise|sunset|dawn|dusk)\b/.exec(rest);
  if (sun) fail(i, 'sun', sun[0], 'HH:MM');
  const m = /^(\d{1,2})(?:([:hH.])(\d{1,2}))?/.exec(rest);
  if (!m) fail(i, code, word(), 'HH:MM');
  const [text, hh, sep, mm] = m;
  const h = +hh;
  const min = mm === undefined ? 0 : +mm;
  if (h > 24 || min > 59 || (h === 24 && min > 0)) fail(i, 'time-out-of-range', text);
  if (text !== hm(h, min) || sep !== ':' || /^[\dA-Za-z:]/.test(rest[text.length] ?? '')) fail(i, code, text, hm(h, min));
  i += text.length;
  return h * 60 + min;
}

/** The schedule the rules give (equal days share a slot, in week order), and the warning on an early `PH off`. */
function toSchedule(): [Schedule, OsmWarning[]] {
  const slots: OpeningSlot[] = [];
  const done = new Set<Weekday>();
  for (const d of DAYS) {
    if (done.has(d) || !week.get(d)?.length) continue;
    const k = rangesKey(week.get(d)!);
    const same = DAYS.filter((x) => !done.has(x) && week.get(x) && rangesKey(week.get(x)!) === k);
    same.forEach((x) => done.add(x));
    for (const [o, c] of week.get(d)!) slots.push({ days: same, opens: hm(Math.floor(o / 60), o % 60), closes: hm(Math.floor(c / 60), c % 60) });
  }
  // Holidays keep the hours of the weekdays named after the last `PH off` (those with hours: the others are closed anyway).
  const open = DAYS.filter((d) => week.get(d)?.length);
  const reopened = open.filter((d) => (named.get(d) ?? -1) > ph);
  const warnings: OsmWarning[] = [];
  if (ph >= 0 && reopened.length) {
    const expected = [...rules.filter((r) => !/^PH\s+(off|closed)$/.test(r)), phText].join('; ');
    const message = `"${phText}" at position ${phAt + 1} is replaced by the later rules on holidays falling on ${reopened.join(' ')} (OpenStreetMap: a later rule replaces the earlier ones, holidays included): those holidays are open; to close on every holiday, move "${phText}" to the end: ${expected}`;
    warnings.push({ code: 'ph-replaced', position: phAt, found: phText, days: reopened, expected, message });
  }
  const schedule: Schedule = { slots };
  if (ph < 0 || (reopened.length && reopened.length === open.length)) schedule.publicHolidays = 'open';
  else if (reopened.length) schedule.openOnPublicHolidays = reopened;
  return [schedule, warnings];
}
