/// <reference types="node" />
/**
 * The hours engine against the reference implementation, opening_hours.js (a devDependency:
 * too big to ship). Run in Node with TZ=Europe/Brussels (`npm run test:node`): opening_hours.js
 * evaluates in the process's time zone, our engine in Europe/Brussels whatever the zone.
 *
 * Every pattern of the supported OpenStreetMap subset is parsed by our parser (osm.ts) and
 * evaluated by our engine (hours.ts), and by opening_hours.js from the same string, at many
 * instants across a year: every day of 2026 and early 2027 (both summer-time switches, the ten
 * public holidays), at times around midnight, the switch hours and the usual opening times.
 * Both must give the same open/closed state and the same next change, and, week by week, the
 * same opening intervals (our weekAt against its getOpenIntervals).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import OpeningHours from 'opening_hours';
import { parseOpeningHours } from '../../src/data/hours/osm.js';
import { statusAt, weekAt, fromBrussels } from '../../src/data/hours/hours.js';
import { publicHolidays } from '../../src/data/hours/holidays.js';
import type { Guichet } from '../../src/data/model.js';

assert.equal(process.env.TZ, 'Europe/Brussels', 'run with TZ=Europe/Brussels (npm run test:node)');

/** Every construction of the subset, alone and combined. */
const PATTERNS = [
  'Mo-Fr 08:30-12:00,13:00-16:00; Sa 09:00-12:00; PH off',
  'Mo,We 09:00-12:00',
  'Mo-We,Fr 09:00-12:00; PH closed',
  '24/7',
  '24/7; PH off',
  'Mo-Fr 09:00-12:00; We off',
  'Mo-Fr 08:30-12:00; Tu 14:00-16:00',
  'Fr-Mo 10:00-11:00',
  'Tu off',
  'Mo-Fr 00:00-02:00,22:00-24:00',
  'Mo-Sa 07:00-24:00; Su 00:00-01:00; PH off',
  'Mo-Su 00:00-24:00; Sa off',
  'Mo-Fr 08:00-12:00,12:00-13:00',
  'Sa-Su 09:30-17:45; PH off',
  'Su 01:00-04:00',
  'Mo-Su 02:00-03:00',
  'Mo 09:00-12:00; Tu 09:00-12:00; We 13:00-17:00; Th 09:00-12:00,13:00-16:30; Fr 08:00-11:00; PH off',
  'Mo-Fr 09:00-12:00;',
];

/** Local times of day (Brussels, the process's zone) at which each day is checked. */
const TIMES: [number, number][] = [
  [0, 0], [0, 30], [1, 59], [2, 0], [2, 30], [3, 0], [3, 30], [8, 29], [8, 30], [9, 0], [11, 59],
  [12, 0], [13, 0], [16, 30], [21, 59], [22, 0], [23, 59],
];

const nominatim = { lat: 50.72, lon: 4.61, address: { country_code: 'be', state: '' } };
const DAY = 864e5;
const guichet = (hours: Guichet['hours']): Guichet => ({
  id: 'oracle',
  name: { fr: 'Oracle' },
  example: true,
  type: 'autre',
  services: [],
  address: { postalCode: '1300', city: { fr: 'Wavre' } },
  hours,
});

test('the ten Belgian public holidays match opening_hours.js, 2025 to 2030', () => {
  const oh = new OpeningHours('PH 00:00-24:00', nominatim);
  for (let year = 2025; year <= 2030; year++) {
    const theirs: string[] = [];
    for (let t = new Date(year, 0, 1, 12); t.getFullYear() === year; t = new Date(t.getFullYear(), t.getMonth(), t.getDate() + 1, 12)) {
      if (oh.getState(t)) theirs.push(`${year}-${String(t.getMonth() + 1).padStart(2, '0')}-${String(t.getDate()).padStart(2, '0')}`);
    }
    assert.deepEqual(publicHolidays(year).map((h) => h.date), theirs, String(year));
  }
});

for (const pattern of PATTERNS) {
  test(`same state and next change as opening_hours.js: ${pattern}`, () => {
    const parsed = parseOpeningHours(pattern);
    assert.ok(parsed.ok, `parses: ${pattern}`);
    const g = guichet(parsed.schedule);
    const oh = new OpeningHours(pattern, nominatim);
    let cases = 0;
    const failures: string[] = [];
    for (let day = new Date(2026, 0, 1); day < new Date(2027, 1, 1); day = new Date(day.getFullYear(), day.getMonth(), day.getDate() + 1)) {
      for (const [h, m] of TIMES) {
        const at = new Date(day.getFullYear(), day.getMonth(), day.getDate(), h, m);
        const ours = statusAt(g, 'hours', at);
        const state = oh.getState(at) ? 'open' : 'closed';
        const next = oh.getNextChange(at, new Date(at.getTime() + 15 * DAY));
        cases++;
        const sameNext =
          ours.next?.getTime() === next?.getTime() ||
          // Beyond the engine's horizon (14 days) either may stop looking.
          ((ours.next === undefined || ours.next.getTime() - at.getTime() > 13 * DAY) && (next === undefined || next.getTime() - at.getTime() > 13 * DAY));
        if (ours.state !== state || !sameNext) {
          failures.push(`${at.toString()}: ours ${ours.state} → ${ours.next?.toString()}, opening_hours.js ${state} → ${next?.toString()}`);
        }
      }
    }
    assert.ok(cases > 6000);
    assert.deepEqual(failures.slice(0, 5), [], `${failures.length} of ${cases} cases differ`);
  });
}

for (const pattern of PATTERNS) {
  test(`same opening intervals as opening_hours.js, week by week (weekAt): ${pattern}`, () => {
    const parsed = parseOpeningHours(pattern);
    assert.ok(parsed.ok);
    const g = guichet(parsed.schedule);
    const oh = new OpeningHours(pattern, nominatim);
    const failures: string[] = [];
    for (let monday = new Date(2026, 0, 5); monday < new Date(2027, 0, 31); monday = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + 7)) {
      const end = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + 7);
      // Ours: each day's ranges as instants, empty ones (inside the hour skipped in spring) left out, touching ones joined.
      const ours: [number, number][] = [];
      for (const d of weekAt(g, 'hours', monday)) {
        for (const r of d.ranges ?? []) {
          const [m1, m2] = [r.opens, r.closes].map((x) => +x.slice(0, 2) * 60 + +x.slice(3));
          const [a, b] = [fromBrussels(d.date, m1).getTime(), fromBrussels(d.date, m2).getTime()];
          if (a >= b) continue;
          const last = ours[ours.length - 1];
          if (last && last[1] === a) last[1] = b;
          else ours.push([a, b]);
        }
      }
      const theirs = oh.getOpenIntervals(monday, end).map(([a, b]) => [a.getTime(), b.getTime()]);
      if (JSON.stringify(ours) !== JSON.stringify(theirs)) failures.push(`week of ${monday.toDateString()}: ours ${JSON.stringify(ours.map(([a, b]) => [new Date(a).toString(), new Date(b).toString()]))}, opening_hours.js ${JSON.stringify(theirs.map(([a, b]) => [new Date(a).toString(), new Date(b).toString()]))}`);
    }
    assert.deepEqual(failures.slice(0, 3), [], `${failures.length} weeks differ`);
  });
}

test('the oracle can fail: a wrong schedule is caught', () => {
  const g = guichet({ slots: [{ days: ['Mo', 'Tu', 'We', 'Th', 'Fr'], opens: '08:30', closes: '12:00' }] }); // no PH off
  const oh = new OpeningHours('Mo-Fr 08:30-12:00; PH off', nominatim);
  const at = new Date(2026, 11, 25, 10, 0); // Christmas, a Friday
  assert.equal(oh.getState(at), false);
  assert.equal(statusAt(g, 'hours', at).state, 'closed'); // our default: closed on public holidays
  const open = guichet({ slots: g.hours && typeof g.hours !== 'string' ? g.hours.slots : [], publicHolidays: 'open' });
  assert.notEqual(statusAt(open, 'hours', at).state === 'open', oh.getState(at));
});
