/** The checks of opening hours: weekly slots, schedules, date ranges. */
import { arrayOf, isObject, join, object, oneOf, pattern, problem, text, uniqueOneOf, type Check } from './checks.js';

export const WEEKDAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;
const TIME = /^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$/;

export const slot: Check = (v, path) => {
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
export const fromTo =
  (check: Check): Check =>
  (v, path) => {
    const out = check(v, path);
    if (out.length) return out;
    const { from, to } = v as { from: string; to?: string };
    return to === undefined || to >= from ? [] : problem(join(path, 'to'), `a date not before "from" (${from})`, to);
  };

/** Hours: a schedule object, or an OpenStreetMap string (parsed after validation: a bad one makes the hours unknown). */
export const hours: Check = (v, path) =>
  typeof v === 'string'
    ? text(v, path)
    : isObject(v)
      ? object({ slots: arrayOf(slot), 'unknown?': arrayOf(oneOf(...WEEKDAYS)), 'publicHolidays?': oneOf('closed', 'open'), 'openOnPublicHolidays?': arrayOf(oneOf(...WEEKDAYS)) })(v, path)
      : problem(path, 'a schedule object or an OpenStreetMap hours string', v);
