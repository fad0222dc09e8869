/** Formatting shared by the finder and its details view: Intl on the Brussels clock. */
import type { Guichet, Hours, Locale } from '../../data/model.js';
import { brusselsTime, fromBrussels } from '../../data/hours/hours.js';
import { dateTimeLocale } from '../../shared/locale.js';

const TZ = 'Europe/Brussels';
const DATES: Record<'time' | 'day' | 'date' | 'dayDate' | 'moment', Intl.DateTimeFormatOptions> = {
  time: { hour: 'numeric', minute: '2-digit', timeZone: TZ },
  moment: { weekday: 'long', day: 'numeric', month: 'long', hour: 'numeric', minute: '2-digit', timeZone: TZ },
  day: { weekday: 'long', timeZone: TZ },
  date: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
  dayDate: { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' },
};
const formats = new Map<string, unknown>();
const cached = <F>(key: string, make: () => F): F => {
  let f = formats.get(key) as F | undefined;
  if (!f) formats.set(key, (f = make()));
  return f;
};
/** A cached `Intl.DateTimeFormat` on the Brussels clock (or UTC for calendar dates), with Belgian conventions (`en-BE`: 24-hour clock). */
export const fmt = (locale: Locale, kind: keyof typeof DATES): Intl.DateTimeFormat => cached(locale + kind, () => new Intl.DateTimeFormat(dateTimeLocale(locale), DATES[kind]));
/** A cached number format: counts, or kilometres with one decimal. */
export const numberFormat = (locale: Locale, km: boolean): Intl.NumberFormat =>
  cached(locale + km, () => new Intl.NumberFormat(locale, km ? { style: 'unit', unit: 'kilometer', maximumFractionDigits: 1 } : {}));
/** A calendar date at noon UTC (formatted with `timeZone: UTC`). */
export const utc = (date: string) => new Date(`${date}T12:00:00Z`);
/** `HH:MM` → minutes since midnight. */
export const minutes = (time: string) => +time.slice(0, 2) * 60 + +time.slice(3, 5);
/** Walk-in hours that say « by appointment only »: an empty schedule and no period that opens. */
export const appointmentOnly = (g: Guichet) => {
  const w = g.walkIn as Hours | undefined;
  return !!w && typeof w !== 'string' && !w.slots.length && !w.unknown?.length && !g.periods?.some((p) => p.walkIn);
};

/** A `YYYY-MM-DDTHH:MM` value read on a Brussels clock. */
export const parseAt = (v: string): Date | undefined => {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/.exec(v);
  return m ? fromBrussels(m[1], minutes(m[2])) : undefined;
};
/** A moment as a `YYYY-MM-DDTHH:MM` value on a Brussels clock. */
export const atValue = (d: Date) => {
  const b = brusselsTime(d);
  return `${b.date}T${String(Math.floor(b.minutes / 60)).padStart(2, '0')}:${String(b.minutes % 60).padStart(2, '0')}`;
};
