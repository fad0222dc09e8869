/**
 * The hours engine (src/data/hours/hours.ts), table-driven: summer-time switch
 * days, around midnight, closures, public holidays, unknown hours, periods, a chosen time,
 * a visitor in another time zone (instants written with other offsets). The same engine is
 * checked against opening_hours.js in Node (test/node/hours-oracle.test.ts).
 * Also: rule order as OpenStreetMap reads it (`PH off` replaced by later rules), and every
 * minute of both summer-time switch nights, where the next change must agree with the state shown then.
 */
import { expect } from '@open-wc/testing';
import { brusselsTime, fromBrussels, statusAt, weekAt, type Which } from '../src/data/hours/hours.js';
import { publicHolidays } from '../src/data/hours/holidays.js';
import { parseOpeningHours } from '../src/data/hours/osm.js';
import type { Guichet, Schedule } from '../src/data/model.js';

const WEEK = ['Mo', 'Tu', 'We', 'Th', 'Fr'] as const;
const base = (extra: Partial<Guichet> = {}): Guichet => ({
  id: 'g',
  name: { fr: 'Guichet d’essai' },
  example: true,
  type: 'cpas',
  services: [],
  address: { postalCode: '1300', city: { fr: 'Wavre' } },
  ...extra,
});
const office: Schedule = {
  slots: [
    { days: [...WEEK], opens: '08:30', closes: '12:00' },
    { days: ['Mo', 'Th'], opens: '13:00', closes: '16:00' },
  ],
};
const g = base({
  hours: office,
  walkIn: { slots: [{ days: ['Tu', 'Th'], opens: '09:00', closes: '12:00' }] },
  periods: [{ name: { fr: 'Horaire d’été' }, from: '2026-07-01', to: '2026-08-31', walkIn: { slots: [{ days: ['We'], opens: '10:00', closes: '11:00' }] } }],
  closures: [{ from: '2026-12-24', to: '2026-12-31', reason: { fr: 'Congé de fin d’année' } }, { from: '2026-11-20' }],
});
const night = base({
  hours: {
    slots: [
      { days: ['Mo'], opens: '22:00', closes: '24:00' },
      { days: ['Tu'], opens: '00:00', closes: '02:00' },
      { days: ['Su'], opens: '01:00', closes: '04:00' },
    ],
    publicHolidays: 'open',
  },
});

interface Case {
  name: string;
  g: Guichet;
  which?: Which;
  /** An instant, with its offset (the visitor's zone does not matter). */
  at: string;
  state: 'open' | 'closed' | 'unknown';
  /** The next change as an instant (UTC), or undefined. */
  next?: string;
}

const cases: Case[] = [
  { name: 'Tuesday 10:00 in winter: walk-in open until 12:00', g, which: 'walkIn', at: '2026-12-01T10:00+01:00', state: 'open', next: '2026-12-01T11:00:00.000Z' },
  { name: 'Tuesday 10:00 in summer, before the period: open until 12:00 CEST', g, which: 'walkIn', at: '2026-06-30T10:00+02:00', state: 'open', next: '2026-06-30T10:00:00.000Z' },
  { name: 'the same instant written in New York time', g, which: 'walkIn', at: '2026-12-01T04:00-05:00', state: 'open', next: '2026-12-01T11:00:00.000Z' },
  { name: 'the same instant written in Tokyo time', g, which: 'walkIn', at: '2026-12-01T18:00+09:00', state: 'open', next: '2026-12-01T11:00:00.000Z' },
  { name: 'at the closing minute: closed, opens Thursday', g, which: 'walkIn', at: '2026-12-01T12:00+01:00', state: 'closed', next: '2026-12-03T08:00:00.000Z' },
  { name: 'one minute before closing: open, closes in one minute', g, which: 'walkIn', at: '2026-12-01T11:59+01:00', state: 'open', next: '2026-12-01T11:00:00.000Z' },
  { name: 'at the opening minute: open', g, which: 'hours', at: '2026-12-02T08:30+01:00', state: 'open', next: '2026-12-02T11:00:00.000Z' },
  { name: 'lunch break: closed, reopens at 13:00', g, which: 'hours', at: '2026-12-03T12:30+01:00', state: 'closed', next: '2026-12-03T12:00:00.000Z' },
  { name: 'Saturday: closed until Monday 08:30', g, which: 'hours', at: '2026-12-05T10:00+01:00', state: 'closed', next: '2026-12-07T07:30:00.000Z' },
  { name: 'period: summer walk-in on Wednesday', g, which: 'walkIn', at: '2026-07-15T10:30+02:00', state: 'open', next: '2026-07-15T09:00:00.000Z' },
  { name: 'period: no summer walk-in on Tuesday, next on Wednesday', g, which: 'walkIn', at: '2026-07-14T10:00+02:00', state: 'closed', next: '2026-07-15T08:00:00.000Z' },
  { name: 'period without opening hours of its own: the base hours apply', g, which: 'hours', at: '2026-07-14T10:00+02:00', state: 'open', next: '2026-07-14T10:00:00.000Z' },
  { name: 'last day of the period (Monday 31 August): base walk-in again from Tuesday 1 September', g, which: 'walkIn', at: '2026-08-31T10:00+02:00', state: 'closed', next: '2026-09-01T07:00:00.000Z' },
  { name: 'single-day closure on a Friday', g, which: 'hours', at: '2026-11-20T10:00+01:00', state: 'closed', next: '2026-11-23T07:30:00.000Z' },
  { name: 'closure over Christmas: opens again after it, on 4 January (1 January is a holiday)', g, which: 'hours', at: '2026-12-23T16:00+01:00', state: 'closed', next: '2027-01-04T07:30:00.000Z' },
  { name: 'Easter Monday 2026 is closed', g, which: 'hours', at: '2026-04-06T10:00+02:00', state: 'closed', next: '2026-04-07T06:30:00.000Z' },
  { name: 'Ascension 2027 (6 May) is closed', g, which: 'hours', at: '2027-05-06T10:00+02:00', state: 'closed', next: '2027-05-07T06:30:00.000Z' },
  { name: 'a holiday with publicHolidays "open": open', g: base({ hours: { ...office, publicHolidays: 'open' } }), at: '2026-04-06T10:00+02:00', state: 'open', next: '2026-04-06T10:00:00.000Z' },
  { name: 'no hours: unknown', g: base(), at: '2026-12-01T10:00+01:00', state: 'unknown' },
  { name: 'an unconverted OSM string: unknown', g: base({ hours: 'Mo-Fr 08:30-12:00' }), at: '2026-12-01T10:00+01:00', state: 'unknown' },
  { name: 'a day of unknown hours: unknown', g: base({ hours: { ...office, unknown: ['Tu'] } }), at: '2026-12-01T10:00+01:00', state: 'unknown' },
  { name: 'closed, and the next day is unknown: no next opening given', g: base({ hours: { ...office, unknown: ['Tu'] } }), at: '2026-11-30T17:00+01:00', state: 'closed' },
  { name: 'a closure wins over unknown hours', g: base({ closures: [{ from: '2026-12-01' }] }), at: '2026-12-01T10:00+01:00', state: 'closed' },
  { name: 'by appointment only (slots: []): closed, never opens', g: base({ walkIn: { slots: [] } }), which: 'walkIn', at: '2026-12-01T10:00+01:00', state: 'closed' },
  { name: 'Monday 23:59: open across midnight until Tuesday 02:00', g: night, at: '2026-11-30T23:59+01:00', state: 'open', next: '2026-12-01T01:00:00.000Z' },
  { name: 'Tuesday 00:00: still open until 02:00', g: night, at: '2026-12-01T00:00+01:00', state: 'open', next: '2026-12-01T01:00:00.000Z' },
  { name: 'Tuesday 02:00: closed until Sunday 01:00', g: night, at: '2026-12-01T02:00+01:00', state: 'closed', next: '2026-12-06T00:00:00.000Z' },
  { name: 'Monday 21:59: opens at 22:00', g: night, at: '2026-11-30T21:59+01:00', state: 'closed', next: '2026-11-30T21:00:00.000Z' },
  { name: 'spring switch day, 01:30 CET: open until 04:00 CEST (one hour less)', g: night, at: '2026-03-29T01:30+01:00', state: 'open', next: '2026-03-29T02:00:00.000Z' },
  { name: 'spring switch day, 03:30 CEST: open until 04:00', g: night, at: '2026-03-29T03:30+02:00', state: 'open', next: '2026-03-29T02:00:00.000Z' },
  { name: 'autumn switch day, 02:30 CEST (first time): open until 04:00 CET', g: night, at: '2026-10-25T02:30+02:00', state: 'open', next: '2026-10-25T03:00:00.000Z' },
  { name: 'autumn switch day, 02:30 CET (second time): open until 04:00 CET', g: night, at: '2026-10-25T02:30+01:00', state: 'open', next: '2026-10-25T03:00:00.000Z' },
  { name: 'Saturday before the spring switch: opens Sunday 01:00 CET', g: night, at: '2026-03-28T12:00+01:00', state: 'closed', next: '2026-03-29T00:00:00.000Z' },
  { name: 'the Monday after the spring switch: 08:30 CEST', g, which: 'hours', at: '2026-03-28T12:00+01:00', state: 'closed', next: '2026-03-30T06:30:00.000Z' },
  { name: 'the Monday after the autumn switch: 08:30 CET', g, which: 'hours', at: '2026-10-24T12:00+02:00', state: 'closed', next: '2026-10-26T07:30:00.000Z' },
];

describe('hours: statusAt', () => {
  for (const c of cases) {
    it(c.name, () => {
      const s = statusAt(c.g, c.which ?? 'hours', new Date(c.at));
      expect(s.state).to.equal(c.state);
      expect(s.next?.toISOString()).to.equal(c.next);
    });
  }

  it('a chosen time (fromBrussels) gives the status at that moment', () => {
    expect(statusAt(g, 'walkIn', fromBrussels('2026-12-08', 10 * 60)).state).to.equal('open');
    expect(statusAt(g, 'walkIn', fromBrussels('2026-12-08', 13 * 60)).state).to.equal('closed');
  });

  it('the next change lets the UI say « ferme bientôt » (30 minutes before closing)', () => {
    const at = fromBrussels('2026-12-01', 11 * 60 + 30);
    const s = statusAt(g, 'walkIn', at);
    expect(s.state).to.equal('open');
    expect((s.next!.getTime() - at.getTime()) / 60000).to.equal(30);
  });
});

describe('hours: Brussels time', () => {
  const table: [string, string, string, number][] = [
    ['2026-12-01T09:00:00Z', '2026-12-01', 'Tu', 600],
    ['2026-12-01T23:30:00Z', '2026-12-02', 'We', 30],
    ['2026-03-29T00:59:00Z', '2026-03-29', 'Su', 119],
    ['2026-03-29T01:00:00Z', '2026-03-29', 'Su', 180],
    ['2026-10-25T00:30:00Z', '2026-10-25', 'Su', 150],
    ['2026-10-25T01:30:00Z', '2026-10-25', 'Su', 150],
    ['2026-12-31T23:00:00Z', '2027-01-01', 'Fr', 0],
  ];
  for (const [iso, date, weekday, minutes] of table) {
    it(`${iso} is ${date} ${weekday} ${minutes} min in Brussels`, () => {
      expect(brusselsTime(new Date(iso))).to.deep.equal({ date, weekday, minutes });
    });
  }

  it('fromBrussels is the inverse, also across midnight (1440 min) and both switches', () => {
    expect(fromBrussels('2026-12-01', 600).toISOString()).to.equal('2026-12-01T09:00:00.000Z');
    expect(fromBrussels('2026-07-01', 1440).toISOString()).to.equal('2026-07-01T22:00:00.000Z');
    expect(fromBrussels('2026-03-29', 180).toISOString()).to.equal('2026-03-29T01:00:00.000Z');
    expect(fromBrussels('2026-03-29', 150).toISOString(), 'skipped hour: one hour later on the clock').to.equal('2026-03-29T01:30:00.000Z');
    expect(fromBrussels('2026-10-25', 150).toISOString(), 'repeated hour: the first one').to.equal('2026-10-25T00:30:00.000Z');
    expect(fromBrussels('2026-10-25', 180).toISOString()).to.equal('2026-10-25T02:00:00.000Z');
  });
});

describe('hours: public holidays', () => {
  it('2026: the ten legal holidays, Easter-based ones included', () => {
    expect(publicHolidays(2026)).to.deep.equal([
      { date: '2026-01-01', id: 'nouvel-an' },
      { date: '2026-04-06', id: 'lundi-de-paques' },
      { date: '2026-05-01', id: 'fete-du-travail' },
      { date: '2026-05-14', id: 'ascension' },
      { date: '2026-05-25', id: 'lundi-de-pentecote' },
      { date: '2026-07-21', id: 'fete-nationale' },
      { date: '2026-08-15', id: 'assomption' },
      { date: '2026-11-01', id: 'toussaint' },
      { date: '2026-11-11', id: 'armistice' },
      { date: '2026-12-25', id: 'noel' },
    ]);
  });
  const easterMondays: [number, string][] = [[2027, '2027-03-29'], [2028, '2028-04-17'], [2029, '2029-04-02'], [2030, '2030-04-22'], [2038, '2038-04-26']];
  for (const [year, date] of easterMondays) {
    it(`Easter Monday ${year} is ${date}`, () => expect(publicHolidays(year).find((h) => h.id === 'lundi-de-paques')!.date).to.equal(date));
  }
});

describe('hours: weekAt', () => {
  it('gives seven days from the Brussels date, with holidays, closures, periods and unknown days', () => {
    const week = weekAt(base({ ...g, hours: { ...office, unknown: ['Sa'] } }), 'hours', new Date('2026-12-21T23:30:00Z')); // Tuesday 22 Dec 00:30 in Brussels
    expect(week.map((d) => d.date)).to.deep.equal(['2026-12-22', '2026-12-23', '2026-12-24', '2026-12-25', '2026-12-26', '2026-12-27', '2026-12-28']);
    expect(week.map((d) => d.weekday)).to.deep.equal(['Tu', 'We', 'Th', 'Fr', 'Sa', 'Su', 'Mo']);
    expect(week[0].ranges).to.deep.equal([{ opens: '08:30', closes: '12:00' }]);
    expect(week[2]).to.deep.equal({ date: '2026-12-24', weekday: 'Th', ranges: [], closed: 'closure', reason: { fr: 'Congé de fin d’année' } });
    expect(week[3]).to.deep.include({ ranges: [], closed: 'closure', holiday: 'noel' });
    expect(week[4].ranges, 'Saturday: closure wins over unknown').to.deep.equal([]);
  });

  it('marks holidays, unknown days and the period that applies', () => {
    const summer = weekAt(base({ ...g, hours: { ...office, unknown: ['Fr'] } }), 'walkIn', new Date('2026-07-20T10:00:00+02:00'));
    expect(summer[0].period).to.deep.equal({ fr: 'Horaire d’été' });
    expect(summer[1]).to.deep.include({ date: '2026-07-21', ranges: [], closed: 'holiday', holiday: 'fete-nationale' });
    expect(summer[2].ranges).to.deep.equal([{ opens: '10:00', closes: '11:00' }]);
    const hours = weekAt(base({ ...g, hours: { ...office, unknown: ['Fr'] } }), 'hours', new Date('2026-07-20T10:00:00+02:00'));
    expect(hours[4]).to.deep.equal({ date: '2026-07-24', weekday: 'Fr', ranges: null });
    expect(hours[0].ranges).to.deep.equal([{ opens: '08:30', closes: '12:00' }, { opens: '13:00', closes: '16:00' }]);
    expect(weekAt(base(), 'walkIn', new Date('2026-07-20T10:00:00+02:00')).every((d) => d.ranges === null)).to.equal(true);
  });
});

/** A counter whose opening hours and walk-in hours are both the OpenStreetMap value `osm`. */
const fromOsm = (osm: string): Guichet => {
  const r = parseOpeningHours(osm);
  if (!r.ok) throw new Error(r.error.message);
  return base({ hours: r.schedule, walkIn: r.schedule });
};

describe('hours: rule order as OpenStreetMap reads it, public holidays included', () => {
  const table: [string, string, string, 'open' | 'closed'][] = [
    // value, when (Brussels), what day, state — for both the opening and the walk-in hours
    ['PH off; Mo-Fr 09:00-12:00', '2026-04-06T10:00+02:00', 'Easter Monday', 'open'],
    ['Mo-Fr 09:00-12:00; PH off', '2026-04-06T10:00+02:00', 'Easter Monday', 'closed'],
    ['Mo-Fr 09:00-12:00; PH off; Sa 10:00-12:00', '2026-08-15T11:00+02:00', 'Assumption, a Saturday', 'open'],
    ['Mo-Fr 09:00-12:00; PH off; Sa 10:00-12:00', '2026-11-11T10:00+01:00', 'Armistice, a Wednesday', 'closed'],
    ['Mo-Fr 09:00-12:00; PH off; Sa 10:00-12:00', '2026-11-12T10:00+01:00', 'the Thursday after', 'open'],
    ['PH off; 24/7', '2026-12-25T03:00+01:00', 'Christmas', 'open'],
    ['24/7; PH off', '2026-12-25T03:00+01:00', 'Christmas', 'closed'],
    ['PH off; Mo-Fr 09:00-12:00; PH off', '2026-04-06T10:00+02:00', 'Easter Monday', 'closed'],
    ['PH off; Mo 09:00-12:00; Mo off', '2026-04-06T10:00+02:00', 'Easter Monday', 'closed'],
  ];
  for (const [osm, at, what, state] of table) {
    it(`${osm} — ${what}: ${state}`, () => {
      const c = fromOsm(osm);
      expect(statusAt(c, 'hours', new Date(at)).state).to.equal(state);
      expect(statusAt(c, 'walkIn', new Date(at)).state, 'walk-in hours follow the same rules').to.equal(state);
    });
  }

  it('the day before Easter Monday announces the opening on Easter Monday when a later rule replaces PH off', () => {
    expect(statusAt(fromOsm('PH off; Mo-Fr 09:00-12:00'), 'hours', new Date('2026-04-05T12:00+02:00')).next?.toISOString()).to.equal('2026-04-06T07:00:00.000Z');
    expect(statusAt(fromOsm('Mo-Fr 09:00-12:00; PH off'), 'hours', new Date('2026-04-05T12:00+02:00')).next?.toISOString()).to.equal('2026-04-07T07:00:00.000Z');
  });

  it('the week view marks the holiday only where it closes the counter', () => {
    const week = weekAt(fromOsm('Mo-Fr 09:00-12:00; PH off; Sa 10:00-12:00'), 'hours', new Date('2026-08-10T10:00+02:00'));
    expect(week[5]).to.deep.equal({ date: '2026-08-15', weekday: 'Sa', ranges: [{ opens: '10:00', closes: '12:00' }], holiday: 'assomption' });
  });
});

describe('hours: the summer-time switch nights', () => {
  const table: [string, string, 'open' | 'closed', string][] = [
    // The example: the range that ends in the skipped hour is followed by one from 03:00.
    ['Su 00:00-02:30,03:00-14:15', '2026-03-29T00:00+01:00', 'open', '2026-03-29T12:15:00.000Z'],
    // Ends in the skipped hour: closes when the clock jumps from 02:00 to 03:00, not at « 03:30 ».
    ['Su 01:00-02:30', '2026-03-29T01:30+01:00', 'open', '2026-03-29T01:00:00.000Z'],
    // Opens in the skipped hour and lasts past it: opens at the jump (03:00 CEST).
    ['Su 02:15-05:00', '2026-03-29T00:00+01:00', 'closed', '2026-03-29T01:00:00.000Z'],
    // Wholly in the skipped hour: never opens that night; the next Sunday.
    ['Su 02:15-02:45', '2026-03-29T00:00+01:00', 'closed', '2026-04-05T00:15:00.000Z'],
    // The repeated hour, second time round (02:10 CET): closes at 02:45 CET, not at 02:45 CEST (past).
    ['Su 02:00-02:45', '2026-10-25T02:10+01:00', 'open', '2026-10-25T01:45:00.000Z'],
    // The repeated hour, first time round: closes at 02:45 CEST.
    ['Su 02:00-02:45', '2026-10-25T02:10+02:00', 'open', '2026-10-25T00:45:00.000Z'],
    // Second time round, before the range: opens at 02:15 CET.
    ['Su 02:15-03:30', '2026-10-25T02:00+01:00', 'closed', '2026-10-25T01:15:00.000Z'],
  ];
  for (const [osm, at, state, next] of table) {
    it(`${osm} at ${at}: ${state} until ${next}`, () => {
      const s = statusAt(fromOsm(osm), 'hours', new Date(at));
      expect(s.state).to.equal(state);
      expect(s.next?.toISOString()).to.equal(next);
    });
  }

  // Every minute of both nights (23:00 to 05:00) of 2026, for values with ranges touching the
  // skipped or repeated hour: the next change lies ahead, the state there is the other one, and
  // every minute before it shows the same state as now (no closing that does not happen, none missed).
  const values = [
    'Su 00:00-02:30,03:00-14:15', 'Su 01:00-02:30', 'Su 02:15-05:00', 'Su 02:15-02:45', 'Su 02:00-02:45',
    'Su 02:15-03:30', 'Su 00:00-02:30,02:45-05:00', 'Su 01:00-02:00,02:01-02:15,02:59-09:00', 'Sa 20:00-24:00; Su 00:00-02:30',
    'Su 02:30-23:00', 'Mo-Su 02:00-03:00', 'Su 01:59-02:01,02:59-03:01',
  ];
  for (const night of ['2026-03-28T23:00+01:00', '2026-10-24T23:00+02:00']) {
    it(`every minute from ${night}, six hours: the next change agrees with the state shown then`, () => {
      const wrong: string[] = [];
      for (const osm of values) {
        const c = fromOsm(osm);
        for (let t = new Date(night).getTime(), end = t + 6 * 36e5; t < end; t += 6e4) {
          const s = statusAt(c, 'hours', new Date(t));
          const next = s.next!.getTime();
          if (next <= t) wrong.push(`${osm} at ${new Date(t).toISOString()}: next ${s.next!.toISOString()} is not ahead`);
          else if (statusAt(c, 'hours', s.next!).state === s.state) wrong.push(`${osm} at ${new Date(t).toISOString()}: still ${s.state} at ${s.next!.toISOString()}`);
          else {
            for (let u = t + 6e4; u < Math.min(next, t + 7 * 36e5); u += 6e4) {
              if (statusAt(c, 'hours', new Date(u)).state !== s.state) {
                wrong.push(`${osm} at ${new Date(t).toISOString()}: ${s.state} until ${s.next!.toISOString()}, but not at ${new Date(u).toISOString()}`);
                break;
              }
            }
          }
        }
      }
      expect(wrong.slice(0, 5)).to.deep.equal([]);
    });
  }
});
