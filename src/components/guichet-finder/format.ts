/** Formatting shared by the finder and its details view: Intl on the Brussels clock. */
import type { Guichet, Hours, Locale } from '../../data/model.js';
import { dateTimeLocale } from '../../shared/locale.js';

const TZ = 'Europe/Brussels';
const formats = new Map<string, Intl.DateTimeFormat>();
/** A cached `Intl.DateTimeFormat` on the Brussels clock (or UTC for calendar dates), with Belgian conventions (`en-BE`). */
export function fmt(locale: Locale, kind: 'time' | 'day' | 'date' | 'dayDate'): Intl.DateTimeFormat {
  const key = locale + kind;
  let f = formats.get(key);
  if (!f) {
    const o: Intl.DateTimeFormatOptions =
      kind === 'time'
        ? { hour: 'numeric', minute: '2-digit', timeZone: TZ }
        : kind === 'day'
          ? { weekday: 'long', timeZone: TZ }
          : kind === 'date'
            ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
            : { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' };
    formats.set(key, (f = new Intl.DateTimeFormat(dateTimeLocale(locale), o)));
  }
  return f;
}
/** A calendar date at noon UTC (formatted with `timeZone: UTC`). */
export const utc = (date: string) => new Date(`${date}T12:00:00Z`);
/** `HH:MM` → minutes since midnight. */
export const minutes = (time: string) => +time.slice(0, 2) * 60 + +time.slice(3, 5);
/** Walk-in hours that say « by appointment only »: an empty schedule and no period that opens. */
export const appointmentOnly = (g: Guichet) => {
  const w = g.walkIn as Hours | undefined;
  return !!w && typeof w !== 'string' && !w.slots.length && !w.unknown?.length && !g.periods?.some((p) => p.walkIn);
};

