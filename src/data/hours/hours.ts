/**
 * The hours engine of the guichet finder: is a counter open (or open without appointment)
 * at a given instant, when does that change, and what is its week. Pure, no dependencies.
 *
 * Everything is evaluated in Europe/Brussels whatever the visitor's time zone, through
 * `Intl.DateTimeFormat` (correct on both summer-time switch days). Belgium's ten legal
 * public holidays are computed (holidays.ts). A schedule still given as an OpenStreetMap string (not
 * converted by the validation) counts as unknown: this module never parses strings.
 */
import type { Guichet, LocalizedText, Schedule, Weekday } from '../model.js';
import { publicHolidays } from './holidays.js';

/** A moment as read on a clock in Brussels. */
export interface BrusselsTime {
  /** The local date, `YYYY-MM-DD`. */
  date: string;
  weekday: Weekday;
  /** Whole minutes since local midnight (0 … 1439). */
  minutes: number;
}

/** Which schedule: opening hours, or walk-in hours (« sans rendez-vous »). */
export type Which = 'hours' | 'walkIn';

/** Whether a counter is open at an instant. */
export interface Status {
  state: 'open' | 'closed' | 'unknown';
  /**
   * The next change: the closing time when open, the next opening when closed (within
   * 14 days). Absent when there is none in that time, or when the hours on the way are unknown.
   */
  next?: Date;
}

/** One day of a counter's week. */
export interface DayHours {
  /** `YYYY-MM-DD`, in Brussels. */
  date: string;
  weekday: Weekday;
  /** The opening ranges, in order (`[]`: closed all day); `null` when unknown. */
  ranges: { opens: string; closes: string }[] | null;
  /** Why the counter is closed that day, when it is not its usual weekly rest. */
  closed?: 'holiday' | 'closure';
  /** The public holiday's id (see `publicHolidays`), when the day is one. */
  holiday?: string;
  /** The closure's reason, when closed by a closure that gives one. */
  reason?: LocalizedText;
  /** The name of the period whose schedule applies that day. */
  period?: LocalizedText;
}

const WEEKDAYS: readonly Weekday[] = ['Su', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa'];
const DAY = 1440;
/** How far ahead the next opening is looked for. */
const HORIZON = 14;

let clock: Intl.DateTimeFormat | undefined;
/** Brussels' offset from UTC in minutes, per UTC hour (the offset changes only on a full UTC hour). */
const offsets = new Map<number, number>();

/** Brussels' offset from UTC (60 or 120 minutes), read once per UTC hour from `Intl`. */
function offsetAt(t: number): number {
  const hour = Math.floor(t / 36e5);
  let offset = offsets.get(hour);
  if (offset === undefined) {
    clock ??= new Intl.DateTimeFormat('en-US', {
      timeZone: 'Europe/Brussels',
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    const p: Record<string, number> = {};
    for (const { type, value } of clock.formatToParts(hour * 36e5)) p[type] = +value;
    offset = (Date.UTC(p.year, p.month - 1, p.day, p.hour % 24, p.minute) - hour * 36e5) / 6e4;
    if (offsets.size > 20000) offsets.clear();
    offsets.set(hour, offset);
  }
  return offset;
}

/** The date, weekday and minutes of an instant on a Brussels clock. */
let last: { t: number; time: BrusselsTime } | undefined;
export function brusselsTime(at: Date): BrusselsTime {
  const t = at.getTime();
  if (last?.t !== t) {
    const local = t + offsetAt(t) * 6e4;
    const minutes = Math.floor((((local % 864e5) + 864e5) % 864e5) / 6e4);
    last = { t, time: { date: isoDate(local), weekday: WEEKDAYS[(Math.floor(local / 864e5) + 4) % 7], minutes } };
  }
  return { ...last.time };
}

/** Day numbers and date strings, both ways, computed once each (Date's string methods are slow). */
const dayNumbers = new Map<string, number>();
const dateStrings = new Map<number, string>();
const utcDay = (date: string): number => {
  let t = dayNumbers.get(date);
  if (t === undefined) {
    t = Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10));
    if (dayNumbers.size > 5000) dayNumbers.clear();
    dayNumbers.set(date, t);
  }
  return t;
};
const isoDate = (ms: number): string => {
  const n = Math.floor(ms / 864e5);
  let date = dateStrings.get(n);
  if (date === undefined) {
    date = new Date(n * 864e5).toISOString().slice(0, 10);
    if (dateStrings.size > 5000) dateStrings.clear();
    dateStrings.set(n, date);
  }
  return date;
};
/** `YYYY-MM-DD` plus `n` calendar days. */
export const addDays = (date: string, n: number): string => isoDate(utcDay(date) + n * 864e5);

/**
 * The instant when a Brussels clock shows `date` and `minutes` since midnight (`minutes`
 * may pass 1440: the next day). In the hour skipped in spring, the instant one hour later
 * on the clock; in the hour repeated in autumn, the first one.
 */
export function fromBrussels(date: string, minutes: number): Date {
  const local = utcDay(date) + minutes * 6e4;
  // Brussels is two hours ahead of UTC in summer, one in winter.
  const summer = local - 72e5;
  return new Date(offsetAt(summer) === 120 ? summer : local - 36e5);
}

const minutesOf = (time: string) => +time.slice(0, 2) * 60 + +time.slice(3, 5);
const timeOf = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** A calendar day in Brussels. */
interface CalendarDay {
  date: string;
  weekday: Weekday;
  holiday?: string;
}

/** The days from a date on (today and the horizon), computed once per date for every counter. */
let calendarStart = '';
let calendar: CalendarDay[] = [];
function daysFrom(start: string): CalendarDay[] {
  if (start !== calendarStart) {
    const t0 = utcDay(start);
    calendar = Array.from({ length: HORIZON + 1 }, (_, i) => {
      const t = t0 + i * 864e5;
      const date = isoDate(t);
      const holiday = publicHolidays(+date.slice(0, 4)).find((h) => h.date === date)?.id;
      return { date, weekday: WEEKDAYS[(t / 864e5 + 4) % 7], ...(holiday && { holiday }) };
    });
    calendarStart = start;
  }
  return calendar;
}

/** A schedule's sorted, merged ranges in minutes, per weekday: computed once per schedule object. */
const rangeCache = new WeakMap<Schedule, Partial<Record<Weekday, [number, number][]>>>();
function rangesOf(schedule: Schedule, weekday: Weekday): [number, number][] {
  let byDay = rangeCache.get(schedule);
  if (!byDay) rangeCache.set(schedule, (byDay = {}));
  let merged = byDay[weekday];
  if (!merged) {
    const ranges = schedule.slots
      .filter((s) => s.days.includes(weekday))
      .map((s): [number, number] => [minutesOf(s.opens), minutesOf(s.closes)])
      .sort((x, y) => x[0] - y[0]);
    merged = [];
    for (const r of ranges) {
      const last = merged[merged.length - 1];
      if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
      else merged.push([r[0], r[1]]);
    }
    byDay[weekday] = merged;
  }
  return merged;
}

/** One day's hours in minutes: sorted, merged ranges (shared: do not change them); `null` when unknown. */
interface Day extends Omit<DayHours, 'date' | 'weekday' | 'ranges'> {
  ranges: readonly (readonly [number, number])[] | null;
}

const NONE: Day['ranges'] = [];

function day(g: Guichet, which: Which, { date, weekday, holiday }: CalendarDay): Day {
  const out: Day = { ranges: null };
  let hours = g[which];
  if (g.periods) {
    const period = g.periods.find((p) => p.from <= date && date <= p.to && p[which] !== undefined);
    if (period) {
      hours = period[which];
      out.period = period.name;
    }
  }
  if (holiday) out.holiday = holiday;
  const closure = g.closures?.find((c) => c.from <= date && date <= (c.to ?? c.from));
  if (closure) {
    out.ranges = NONE;
    out.closed = 'closure';
    if (closure.reason) out.reason = closure.reason;
    return out;
  }
  if (!hours || typeof hours === 'string') return out;
  if (holiday && hours.publicHolidays !== 'open' && !hours.openOnPublicHolidays?.includes(weekday)) {
    out.ranges = NONE;
    out.closed = 'holiday';
    return out;
  }
  if (hours.unknown?.includes(weekday)) return out;
  out.ranges = rangesOf(hours, weekday);
  return out;
}

/**
 * Whether the counter's opening hours (`hours`) or walk-in hours (`walkIn`) are open at `at`,
 * and the next change. Applies periods (a period's schedule replaces the base one from its
 * first to its last day), closures (closed), Belgian public holidays (closed unless the
 * schedule says `publicHolidays: "open"`, or names the weekday in `openOnPublicHolidays`) and unknown days.
 */
export function statusAt(g: Guichet, which: Which, at: Date): Status {
  const s = statusOnClock(g, which, at);
  // The hour repeated in autumn: at 03:00 the clock goes back to 02:00 and shows that hour again,
  // so what lies ahead is read again from there.
  const t = at.getTime();
  if (s.next && offsetAt(t) > offsetAt(s.next.getTime())) {
    let jump = (Math.floor(t / 36e5) + 1) * 36e5;
    while (offsetAt(jump) === offsetAt(t)) jump += 36e5;
    if (jump < s.next.getTime()) {
      const after = statusOnClock(g, which, new Date(jump));
      if (after.state !== s.state) return { state: s.state, next: new Date(jump) };
      return after.next ? { state: s.state, next: after.next } : { state: s.state };
    }
  }
  return s;
}

/** The status as read on the clock from `at` on, which runs forward (it may jump an hour ahead in spring, not back). */
function statusOnClock(g: Guichet, which: Which, at: Date): Status {
  const now = brusselsTime(at);
  const days = daysFrom(now.date);
  let d = day(g, which, days[0]);
  if (!d.ranges) return { state: 'unknown' };
  const current = d.ranges.find(([o, c]) => o <= now.minutes && now.minutes < c);
  const t = at.getTime();
  if (current) {
    // Open: the closing time, following the range over midnight while the next day opens at 00:00,
    // and over the hour skipped in spring while a range holds the time the clock jumps to.
    let end = current[1];
    for (let i = 0; ; ) {
      if (end === DAY) {
        if (++i > HORIZON) return { state: 'open' };
        d = day(g, which, days[i]);
        const first = d.ranges?.[0];
        if (!first || first[0] !== 0) return { state: 'open', next: fromBrussels(days[i].date, 0) };
        end = first[1];
        continue;
      }
      const [next, shown] = shownAt(days[i].date, end, t);
      const still = shown !== end && d.ranges!.find(([o, c]) => o <= shown && shown < c);
      if (!still) return { state: 'open', next: new Date(next) };
      end = still[1];
    }
  }
  // Closed: the next opening. A range that lies wholly in the hour skipped in spring never opens.
  for (let i = 0; i <= HORIZON; i++) {
    if (i) d = day(g, which, days[i]);
    if (!d.ranges) return { state: 'closed' };
    for (const [o, c] of d.ranges) {
      if (i === 0 && o <= now.minutes) continue;
      const [next, shown] = shownAt(days[i].date, o, t);
      if (shown < c) return { state: 'closed', next: new Date(next) };
    }
  }
  return { state: 'closed' };
}

/**
 * When, after `after`, a Brussels clock shows `minutes` of `date` (the second time in the hour
 * repeated in autumn when the first has passed), and the minutes it really shows then: in the hour
 * skipped in spring it jumps from 02:00 to 03:00, so `02:30` is the jump and the clock shows `03:00`.
 */
function shownAt(date: string, minutes: number, after: number): [number, number] {
  let t = fromBrussels(date, minutes).getTime();
  if (t <= after) t += 36e5;
  const shown = (m: number) => Math.floor((((m + offsetAt(m) * 6e4) % 864e5) + 864e5) % 864e5 / 6e4);
  if (shown(t) === minutes % DAY) return [t, minutes];
  // Brussels' offset changes on a full UTC hour: the jump.
  t = Math.floor(t / 36e5) * 36e5;
  return [t, shown(t)];
}

/** The seven days from `at`'s date in Brussels, with the schedule that applies to each. */
export function weekAt(g: Guichet, which: Which, at: Date): DayHours[] {
  return daysFrom(brusselsTime(at).date)
    .slice(0, 7)
    .map((c) => {
      const { ranges, ...rest } = day(g, which, c);
      return { date: c.date, weekday: c.weekday, ranges: ranges && ranges.map(([o, c]) => ({ opens: timeOf(o), closes: timeOf(c) })), ...rest };
    });
}
