/** Opening hours: weekly schedules, OpenStreetMap strings, periods and closures. */
import type { LocalizedText } from './text.js';

/** A day of the week, as OpenStreetMap `opening_hours` writes it. */
export type Weekday = 'Mo' | 'Tu' | 'We' | 'Th' | 'Fr' | 'Sa' | 'Su';

/**
 * A time of day, `HH:MM` on 24 hours (`00:00` … `24:00`).
 * @pattern ^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$
 */
export type Time = string;

/**
 * A calendar date, `YYYY-MM-DD`.
 * @pattern ^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$
 */
export type DateString = string;

/**
 * One opening slot, in the spirit of schema.org `OpeningHoursSpecification`: open on each
 * of `days` from `opens` to `closes` (Brussels time). `closes` after `opens`, or `24:00`.
 */
export interface OpeningSlot {
  /** The days this slot applies to. @minItems 1 */
  days: Weekday[];
  /** Opening time, `HH:MM`. */
  opens: Time;
  /** Closing time, `HH:MM`, later than `opens`; `24:00` for midnight. */
  closes: Time;
}

/**
 * A weekly schedule. A day with no slot is closed, unless it is listed in `unknown`.
 * `slots: []` means never (e.g. walk-in hours of a counter that works by appointment only).
 */
export interface Schedule {
  /** The opening slots. */
  slots: OpeningSlot[];
  /** Days whose hours are unknown: shown as unknown, never guessed. */
  unknown?: Weekday[];
  /** On Belgian legal public holidays: `closed` (default) or open as on any other day. */
  publicHolidays?: 'closed' | 'open';
  /**
   * When `publicHolidays` is `closed`: the weekdays on which a public holiday keeps that weekday's
   * hours all the same. What OpenStreetMap's `Mo-Fr 09:00-12:00; PH off; Sa 10:00-12:00` means
   * (a later rule replaces `PH off` on its days): `["Sa"]`.
   */
  openOnPublicHolidays?: Weekday[];
}

/**
 * An OpenStreetMap `opening_hours` string of the supported subset (docs/opening-hours.md; a later
 * rule replaces the earlier ones on its days, public holidays included: write `PH off` at the end), e.g.
 * `Mo-Fr 08:30-12:00,13:00-16:00; Sa 09:00-12:00; PH off`.
 * @minLength 1
 * @pattern \S
 */
export type OsmHours = string;

/**
 * Hours: the canonical JSON schedule, or an OpenStreetMap `opening_hours` string of the
 * supported subset, converted to a `Schedule` at load time. An invalid string makes the hours unknown.
 */
export type Hours = Schedule | OsmHours;

/**
 * A period with its own schedule (e.g. summer hours): between `from` and `to` (both
 * included), its schedules replace the counter's. A schedule it leaves out stays the base one.
 */
export interface Period {
  /** Its name, e.g. « Horaire d'été ». */
  name: LocalizedText;
  /** First day, `YYYY-MM-DD`. */
  from: DateString;
  /** Last day (included), `YYYY-MM-DD`. */
  to: DateString;
  /** Opening hours during the period. */
  hours?: Hours;
  /** Walk-in hours during the period. */
  walkIn?: Hours;
}

/** An exceptional closure (a commune's own day off, works…): closed from `from` to `to`, both included. */
export interface Closure {
  /** First closed day, `YYYY-MM-DD`. */
  from: DateString;
  /** Last closed day (included); absent for a single day. */
  to?: DateString;
  /** Why, shown to the visitor. */
  reason?: LocalizedText;
}
