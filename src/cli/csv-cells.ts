/**
 * The cells of an `import-csv` row that need more than one field's rules (csv-fields.ts): the
 * opening hours and the coordinates. Each value not kept as written is a repair saying why.
 */
import type { Hours } from '../data/model.js';
import { parseOpeningHours } from '../data/hours/osm.js';
import { slug } from '../data/formats/fields.js';
import { osmError, osmWarning, type Lang } from './messages.js';
import { C, clip, say } from './csv-messages.js';
import { inBelgium, number } from './csv-fields.js';

/** A cell not kept as written: its column's name, the value before, after (absent: dropped), and why. */
export type RepairFn = (name: string, before: string, after: string | undefined, why: string) => void;

const APPOINTMENT = ['sur-rendez-vous', 'rendez-vous', 'uniquement-sur-rendez-vous', 'sur-rdv', 'rdv'];

/** What toGuichet reads a row with. */
export interface Row {
  get: (c: string) => string;
  lang: Lang;
  repair: RepairFn;
  note: (m: string) => void;
  where: (c: string) => string;
}

/**
 * A cell of hours: a schedule, `{ slots: [] }` for walk-in « no » or by appointment, or `undefined`
 * (unknown, with a repair saying why). `onAppointment` is called when the hours say « by appointment ».
 */
export function readHours(row: Row, c: 'horaires' | 'sans_rendez_vous', onAppointment: () => void): Hours | undefined {
  const { get, lang, repair, note, where } = row;
  const v = get(c);
  if (!v) return undefined;
  const s = slug(v);
  if (c === 'sans_rendez_vous' && (APPOINTMENT.includes(s) || ['non', 'off', 'aucun'].includes(s))) return { slots: [] };
  if (c === 'horaires' && APPOINTMENT.includes(s)) {
    onAppointment();
    repair(c, clip(v), C.unknownHours[lang], say(C.appointment, lang));
    return undefined;
  }
  if (c === 'horaires' && ['off', 'non'].includes(s)) {
    repair(c, clip(v), C.unknownHours[lang], say(C.offNon, lang));
    return undefined;
  }
  const r = parseOpeningHours(v);
  // Read as OpenStreetMap reads it; `PH off` before other rules is said, with the fix.
  if (r.ok) {
    for (const w of r.warnings ?? []) note(say(C.hoursWarning, lang, { column: where(c), message: osmWarning(w, lang) }));
    return r.schedule;
  }
  // The row stays; these hours become unknown rather than guessed.
  repair(c, clip(v), C.unknownHours[lang], osmError(r.error, lang));
  return undefined;
}

/** Latitude and longitude: both numbers, together, inside Belgium; else dropped with the reason. */
export function coordinates(latRaw: string, lonRaw: string, lang: Lang, repair: RepairFn): { lat: number; lon: number } | undefined {
  if (!latRaw && !lonRaw) return undefined;
  const before = `${latRaw || '—'} ; ${lonRaw || '—'}`;
  if (!latRaw || !lonRaw) {
    repair(latRaw ? 'latitude' : 'longitude', latRaw || lonRaw, undefined, say(C.halfGeo, lang));
    return undefined;
  }
  const lat = number(latRaw);
  const lon = number(lonRaw);
  if (lat === undefined || lon === undefined) {
    repair(lat === undefined ? 'latitude' : 'longitude', clip(lat === undefined ? latRaw : lonRaw), undefined, say(C.notNumber, lang));
    return undefined;
  }
  if (lat === 0 && lon === 0) {
    repair('latitude', before, undefined, say(C.zeroGeo, lang));
    return undefined;
  }
  if (!inBelgium(lat, lon)) {
    repair('latitude', clip(before), undefined, say(C.outsideBelgium, lang, { swapped: inBelgium(lon, lat) ? C.swapped[lang] : '' }));
    return undefined;
  }
  return { lat, lon };
}
