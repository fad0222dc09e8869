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
 * As in OpenStreetMap, a later rule replaces the earlier ones on the days it names
 * (`Mo-Fr 09:00-12:00; We off`), holidays included: `PH off; Mo-Fr 09:00-12:00` is open on
 * Easter Monday (a warning says to write `PH off` at the end). Without `PH off`, public
 * holidays are like any other day.
 * Anything else (months, weeks, `PH` with hours, school holidays, comments, `||`, `+`,
 * sunrise, hours past midnight…) is refused with a precise error.
 */
import type { OpeningSlot, Schedule, Weekday } from '../model.js';

/** Why a string is refused: `code` for translations (the data tools': src/cli/messages.ts `osmError`), `message` in English for the console. */
export interface OsmError {
  /** Index (from 0) of the first character at fault. */
  position: number;
  code:
    | 'empty'
    | 'empty-rule'
    | 'unknown-day'
    | 'day-case'
    | 'missing-times'
    | 'start-format'
    | 'end-format'
    | 'time-out-of-range'
    | 'missing-end'
    | 'end-before-start'
    | 'unsupported'
    | 'unexpected';
  /** What was found there. */
  found: string;
  /** What would be right, when it can be said (e.g. `12:00`). */
  expected?: string;
  /** For `unsupported`: the construction, in English (e.g. `a month`). */
  detail?: string;
  /** The whole sentence in English, e.g. `"8:30" at 6: start time badly written, expected 08:30`. */
  message: string;
}

/**
 * A value that is read, but probably not as meant: `PH off` written before rules that replace
 * it on the holidays falling on their days (`PH off; Mo-Fr 09:00-12:00` is open on Easter Monday).
 */
export interface OsmWarning {
  code: 'ph-replaced';
  /** Index (from 0) of the `PH off` rule. */
  position: number;
  /** The `PH off` rule as written. */
  found: string;
  /** The weekdays whose holidays stay open, in week order. */
  days: Weekday[];
  /** The value with `PH off` moved to the end. */
  expected: string;
  /** The whole sentence in English, for the console. */
  message: string;
}

export type OsmResult = { ok: true; schedule: Schedule; warnings?: OsmWarning[] } | { ok: false; error: OsmError };

const DAYS: readonly Weekday[] = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'];

const EN: Record<OsmError['code'], string> = {
  empty: 'the value is empty',
  'empty-rule': 'empty rule between two ";"',
  'unknown-day': 'unknown day (the days are Mo Tu We Th Fr Sa Su)',
  'day-case': 'day badly written',
  'missing-times': 'hours are missing after the days (or "off")',
  'start-format': 'start time badly written',
  'end-format': 'end time badly written',
  'time-out-of-range': 'time out of range (00:00 to 24:00)',
  'missing-end': 'end time missing',
  'end-before-start': 'end time is not after the start time (hours past midnight are not supported)',
  unsupported: 'not in the supported subset',
  unexpected: 'unexpected text',
};

class Fail extends Error {
  constructor(readonly error: OsmError) {
    super(error.message);
  }
}

function fail(position: number, code: OsmError['code'], found: string, expected?: string, detail?: string): never {
  const message = `"${found}" at position ${position + 1}: ${EN[code]}${detail ? ` (${detail})` : ''}${expected ? `, expected ${expected}` : ''}`;
  throw new Fail({ position, code, found, ...(expected && { expected }), ...(detail && { detail }), message });
}

/** Hints for the constructions outside the subset. */
const UNSUPPORTED: [RegExp, string][] = [
  [/^"/, 'a comment'],
  [/^\|\|/, 'a fallback rule "||"'],
  [/^SH\b/, 'school holidays "SH"'],
  [/^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/, 'a month'],
  [/^(week|W)\b/, 'a week number'],
  [/^\d{4}\b/, 'a year'],
  [/^(sunrise|sunset|dawn|dusk)\b/, 'a time from the sun'],
  [/^(open|unknown)\b/, 'the "open" or "unknown" state'],
];

/** Parses `value`; on success, a `Schedule` whose days follow the OpenStreetMap meaning. */
export function parseOpeningHours(value: string): OsmResult {
  try {
    const [schedule, warnings] = parse(value);
    return warnings.length ? { ok: true, schedule, warnings } : { ok: true, schedule };
  } catch (e) {
    if (e instanceof Fail) return { ok: false, error: e.error };
    throw e;
  }
}

function parse(s: string): [Schedule, OsmWarning[]] {
  let i = 0;
  const spaces = () => {
    while (s[i] === ' ' || s[i] === '\t') i++;
  };
  const word = (at = i) => /^[^\s;,]*/.exec(s.slice(at))![0] || s.slice(at, at + 1);
  if (!s.trim()) fail(0, 'empty', s);
  const week = new Map<Weekday, [number, number][]>();
  // As in OpenStreetMap, a later rule replaces the earlier ones on the days it names, `PH off`
  // included: the rule that last named each weekday, and the last `PH off` (-1: none).
  const named = new Map<Weekday, number>();
  let ph = -1;
  let phAt = 0;
  let phText = '';
  const rules: string[] = [];

  const unsupported = () => {
    const rest = s.slice(i);
    for (const [re, what] of UNSUPPORTED) {
      if (!re.test(rest)) continue;
      const end = rest[0] === '"' ? rest.indexOf('"', 1) + 1 || rest.length : word().length;
      fail(i, 'unsupported', rest.slice(0, end), undefined, what);
    }
  };

  const day = (): number => {
    const two = s.slice(i, i + 2);
    const k = DAYS.indexOf(two as Weekday);
    if (k >= 0 && !/[a-z]/i.test(s[i + 2] ?? '')) {
      i += 2;
      return k;
    }
    const w = /^[A-Za-zÀ-ÿ]+/.exec(s.slice(i))?.[0] ?? word();
    const fixed = DAYS.find((d) => d.toLowerCase() === w.toLowerCase() || (w.length > 2 && d.toLowerCase() === w.slice(0, 2).toLowerCase()));
    if (fixed && w.length === 2) fail(i, 'day-case', w, fixed);
    unsupported();
    if (fixed) fail(i, 'unknown-day', w, fixed);
    fail(i, 'unknown-day', w);
  };

  const time = (code: 'start-format' | 'end-format'): number => {
    const m = /^(\d{1,2})(?:([:hH.])(\d{1,2}))?/.exec(s.slice(i));
    if (!m) fail(i, code, word());
    const [text, hh, sep, mm] = m;
    if (/^[a-z]/i.test(s[i + text.length] ?? '') && !/^[hH]$/.test(s[i + text.length])) fail(i, code, word());
    const h = +hh;
    const min = mm === undefined ? 0 : +mm;
    const canon = `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
    if (h > 24 || min > 59 || (h === 24 && min > 0)) fail(i, 'time-out-of-range', text);
    if (text !== canon || sep !== ':') fail(i, code, text, canon);
    i += text.length;
    return h * 60 + min;
  };

  const ranges = (): [number, number][] => {
    const out: [number, number][] = [];
    for (;;) {
      const start = i;
      const o = time('start-format');
      if (s[i] !== '-') {
        if (s[i] === '+') fail(i, 'unsupported', '+', undefined, 'an open end "+"');
        fail(start, 'missing-end', s.slice(start, i), `${s.slice(start, i)}-HH:MM`);
      }
      i++;
      const c = time('end-format');
      if (c <= o) fail(start, 'end-before-start', s.slice(start, i));
      if (s[i] === '+') fail(i, 'unsupported', '+', undefined, 'an open end "+"');
      out.push([o, c]);
      if (s[i] === ',' && /\d/.test(s[i + 1] ?? '')) {
        i++;
        continue;
      }
      if (s[i] === ',') fail(i, 'unexpected', ',', 'HH:MM-HH:MM');
      return out;
    }
  };

  const rule = () => {
    spaces();
    const start = i;
    if (i >= s.length || s[i] === ';') fail(i, 'empty-rule', s.slice(start, i + 1));
    if (s.startsWith('24/7', i)) {
      i += 4;
      for (const d of DAYS) {
        week.set(d, [[0, 1440]]);
        named.set(d, rules.length);
      }
      return;
    }
    if (s.startsWith('PH', i) && !/[A-Za-z]/.test(s[i + 2] ?? '')) {
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
    unsupported();
    const days = new Set<Weekday>();
    for (;;) {
      const from = day();
      let to = from;
      if (s[i] === '-') {
        i++;
        to = day();
      }
      for (let k = from; ; k = (k + 1) % 7) {
        days.add(DAYS[k]);
        if (k === to) break;
      }
      if (s[i] === '[') fail(i, 'unsupported', word(), undefined, 'a weekday of the month "[n]"');
      if (s[i] === ',') {
        i++;
        if (s.startsWith('PH', i)) fail(i, 'unsupported', 'PH', 'PH off', 'public holidays with other days');
        continue;
      }
      break;
    }
    if (s[i] === ':') fail(i, 'unexpected', ':', `${s.slice(start, i)} ${s.slice(i + 1).trim().split(/[\s;]/)[0]}`);
    const before = i;
    spaces();
    if (i === s.length || s[i] === ';') fail(before, 'missing-times', s.slice(start, i).trim());
    if (i === before) fail(i, 'unexpected', word(), `${s.slice(start, i)} ${word()}`);
    let set: [number, number][];
    const w = /^[a-z]+/.exec(s.slice(i))?.[0];
    if (w === 'off' || w === 'closed') {
      i += w.length;
      set = [];
    } else {
      unsupported();
      set = ranges();
    }
    for (const d of days) {
      week.set(d, set);
      named.set(d, rules.length);
    }
  };

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
    if (s.startsWith('||', i)) fail(i, 'unsupported', '||', undefined, 'a fallback rule');
    fail(i, 'unexpected', word(), `; ${word()}`);
  }

  // Equal days share a slot, in week order.
  const slots: OpeningSlot[] = [];
  const key = (r: [number, number][]) => r.map((x) => x.join('-')).join(',');
  const t = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  const done = new Set<Weekday>();
  for (const d of DAYS) {
    if (done.has(d) || !week.get(d)?.length) continue;
    const k = key(week.get(d)!);
    const same = DAYS.filter((x) => !done.has(x) && week.get(x) && key(week.get(x)!) === k);
    same.forEach((x) => done.add(x));
    for (const [o, c] of week.get(d)!) slots.push({ days: same, opens: t(o), closes: t(c) });
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
