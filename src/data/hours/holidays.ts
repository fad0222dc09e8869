/**
 * Belgium's ten legal public holidays (the `PH` of OpenStreetMap hours), computed for any year.
 * Pure, no dependencies; the hours engine (hours.ts) reads them.
 */

const cache = new Map<number, { date: string; id: string }[]>();

/** `YYYY-MM-DD` of a UTC day `n` days after the UTC date `y-m-d`. */
const iso = (y: number, m: number, d: number, n = 0) => new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);

/**
 * Belgium's ten legal public holidays of a year, in date order: `nouvel-an`, `lundi-de-paques`,
 * `fete-du-travail`, `ascension`, `lundi-de-pentecote`, `fete-nationale`, `assomption`,
 * `toussaint`, `armistice`, `noel`.
 */
export function publicHolidays(year: number): { date: string; id: string }[] {
  let list = cache.get(year);
  if (!list) {
    // Easter Sunday, Gregorian calendar (anonymous algorithm, "Meeus/Jones/Butcher").
    const a = year % 19, b = Math.floor(year / 100), c = year % 100;
    const g = Math.floor((b - Math.floor((b + 8) / 25) + 1) / 3);
    const h = (19 * a + b - Math.floor(b / 4) - g + 15) % 30;
    const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
    const m = Math.floor((a + 11 * h + 22 * l) / 451);
    const month = Math.floor((h + l - 7 * m + 114) / 31);
    const day = ((h + l - 7 * m + 114) % 31) + 1;
    const fixed = (md: string) => `${year}-${md}`;
    list = [
      { date: fixed('01-01'), id: 'nouvel-an' },
      { date: iso(year, month, day, 1), id: 'lundi-de-paques' },
      { date: fixed('05-01'), id: 'fete-du-travail' },
      { date: iso(year, month, day, 39), id: 'ascension' },
      { date: iso(year, month, day, 50), id: 'lundi-de-pentecote' },
      { date: fixed('07-21'), id: 'fete-nationale' },
      { date: fixed('08-15'), id: 'assomption' },
      { date: fixed('11-01'), id: 'toussaint' },
      { date: fixed('11-11'), id: 'armistice' },
      { date: fixed('12-25'), id: 'noel' },
    ].sort((x, y) => (x.date < y.date ? -1 : 1));
    cache.set(year, list);
  }
  return list;
}
