/**
 * The contacts-en-wallonie adapter (src/data/formats/contacts-en-wallonie.ts) on the example
 * export (test/fixtures/contacts-en-wallonie-example.json, a copy of ../shared/data) and on
 * each fault real exports have, one at a time.
 */
import { expect } from '@open-wc/testing';
import { adaptContacts, adaptContactsFile } from '../src/data/formats/contacts-en-wallonie.js';
import { belgianPhone } from '../src/data/formats/fields.js';
import { validateDataFile } from '../src/data/validate.js';
import { statusAt } from '../src/data/hours/hours.js';
import example from './fixtures/contacts-en-wallonie-example.json';

type Rec = Record<string, unknown>;
const records = () => structuredClone(example) as Rec[];
const A = () => records()[0];
const where = (i: number, id: string, title: string) => `record ${i} "${id}" (${title})`;
const E = where(4, 'guichet-exemple-e', 'Guichet d\'exemple E');
const emptyDay = { morningstart: '', morningend: '', afternoonstart: '', afternoonend: '', comment: '' };
const day = (morningstart: string, morningend: string, afternoonstart = '', afternoonend = '') => ({ ...emptyDay, morningstart, morningend, afternoonstart, afternoonend });
const week = (d: Rec) => ({ monday: d, tuesday: d, wednesday: d, thursday: d, friday: d, saturday: emptyDay, sunday: emptyDay });
/** Adapts one record (a copy of record A with `changes`). */
const one = (changes: Rec) => adaptContacts([{ ...A(), multi_schedule: [], ...changes }]);

describe('imio: the example export', () => {
  const { guichets, warnings } = adaptContacts(records());

  it('gives its four places, not the position', () => {
    expect(guichets.map((g) => g.id)).to.deep.equal(['guichet-exemple-a', 'guichet-exemple-b', 'guichet-exemple-c', 'guichet-exemple-e']);
  });

  it('reports each bad value precisely, naming the record and the day', () => {
    expect(warnings).to.deep.equal([
      `${where(3, 'fonction-exemple-d', 'Directeur ou directrice d\'exemple')}: a position (a person's role), not a place; skipped`,
      `${E}: coordinates 0,0 ignored (no position)`,
      `${E}: URL "javascript:alert(1)" dropped (only http and https links are kept)`,
      `${E}, monday: morningstart "8h30" is not a time HH:MM (08:30?); afternoonend 13:00 is not after afternoonstart 14:00; the hours of that day are unknown`,
      `${E}, tuesday: morningstart 08:30 has no morningend; the hours of that day are unknown`,
      `${E}: saturday, sunday missing from the schedule; the hours of those days are unknown`,
    ]);
  });

  it('is valid data for the finder (0 issues), real data (example: false)', () => {
    expect(validateDataFile({ formatVersion: 1, guichets }, 'adapted').issues).to.deep.equal([]);
    expect(guichets.every((g) => g.example === false)).to.equal(true);
  });

  it('drops every image (a request to another origin)', () => {
    expect(JSON.stringify(guichets)).to.not.contain('@@images');
  });

  it('record A: schedule, summer period, comments as written, step-free, no walk-in hours (unknown)', () => {
    const a = guichets[0];
    expect(a.hours).to.deep.equal({
      slots: [
        { days: ['Mo', 'Tu', 'We', 'Fr'], opens: '08:30', closes: '12:00' },
        { days: ['Mo'], opens: '13:00', closes: '16:00' },
        { days: ['We'], opens: '13:00', closes: '18:00' },
      ],
    });
    expect(a.walkIn).to.equal(undefined);
    expect(a.periods).to.deep.equal([
      { name: { fr: 'Horaire d\'été (exemple)' }, from: '2026-07-01', to: '2026-08-31', hours: { slots: [{ days: ['Mo', 'Tu', 'We', 'Fr'], opens: '09:00', closes: '12:00' }] } },
    ]);
    expect(a.notes!.fr).to.equal('Données d\'exemple : ce guichet n\'existe pas.\nLundi\u00a0: Sans rendez-vous le matin\nJeudi\u00a0: Fermé');
    expect(a.accessibility).to.deep.equal({ stepFree: true });
    expect(a).to.deep.include({ phone: '+3200000001', email: 'guichet-a@example.org', url: 'https://example.org/guichet-a', geo: { lat: 50.717, lon: 4.61 } });
    expect(a.address).to.deep.equal({ street: { fr: 'Rue d\'Exemple 0' }, postalCode: '1300', city: { fr: 'Wavre' } });
    expect(statusAt(a, 'hours', new Date('2026-12-01T10:00:00+01:00')).state).to.equal('open');
    expect(statusAt(a, 'walkIn', new Date('2026-12-01T10:00:00+01:00')).state).to.equal('unknown');
  });

  it('record B: a schedule given as a JSON string is read; no coordinates; the fax is not the phone', () => {
    const b = guichets[1];
    expect(b.hours).to.deep.equal({
      slots: [
        { days: ['Mo', 'Tu', 'Th', 'Fr'], opens: '09:00', closes: '12:30' },
        { days: ['We'], opens: '13:30', closes: '19:00' },
      ],
    });
    expect(b.geo).to.equal(undefined);
    expect(b.phone).to.equal('+3200000002');
    expect(b.notes!.fr).to.equal('Mercredi\u00a0: Sur rendez-vous');
  });

  it('record C: no schedule means unknown hours, not closed', () => {
    const c = guichets[2];
    expect(c.hours).to.equal(undefined);
    expect(c.type).to.equal('epn');
    expect(c.url).to.equal('https://example.org/facebook-guichet-c');
    expect(statusAt(c, 'hours', new Date('2026-12-01T10:00:00+01:00')).state).to.equal('unknown');
  });

  it('record E: bad days unknown, good days kept; no position; no URL; local phone made international', () => {
    const e = guichets[3];
    expect(e.hours).to.deep.equal({ slots: [{ days: ['Th', 'Fr'], opens: '08:30', closes: '12:00' }], unknown: ['Mo', 'Tu', 'Sa', 'Su'] });
    expect(e.geo).to.equal(undefined);
    expect(e.url).to.equal(undefined);
    expect(e.phone).to.equal('+32000000005');
    expect(statusAt(e, 'hours', new Date('2026-11-30T10:00:00+01:00')).state, 'Monday: unknown').to.equal('unknown');
    expect(statusAt(e, 'hours', new Date('2026-12-03T10:00:00+01:00')).state, 'Thursday: open').to.equal('open');
  });
});

describe('imio: each fault alone', () => {
  const titled = where(0, 'guichet-exemple-a', 'Guichet d\'exemple A');

  it('a schedule as a JSON string', () => {
    const r = one({ schedule: JSON.stringify(week(day('09:00', '12:00'))) });
    expect(r.warnings).to.deep.equal([]);
    expect(r.guichets[0].hours).to.deep.equal({ slots: [{ days: ['Mo', 'Tu', 'We', 'Th', 'Fr'], opens: '09:00', closes: '12:00' }] });
  });

  it('a schedule string that is not JSON', () => {
    const r = one({ schedule: '{lundi: 9h-12h}' });
    expect(r.warnings).to.deep.equal([`${titled}: the schedule is a string that is not valid JSON; hours unknown`]);
    expect(r.guichets[0].hours).to.equal(undefined);
  });

  it('a null schedule: unknown, no warning', () => {
    const r = one({ schedule: null });
    expect(r.warnings).to.deep.equal([]);
    expect(r.guichets[0].hours).to.equal(undefined);
  });

  it('an empty schedule (nothing filled in): unknown, not closed all week', () => {
    const r = one({ schedule: week(emptyDay) });
    expect(r.guichets[0].hours).to.equal(undefined);
  });

  it('a missing weekday', () => {
    const s = week(day('09:00', '12:00')) as Rec;
    delete s.friday;
    const r = one({ schedule: s });
    expect(r.warnings).to.deep.equal([`${titled}: friday missing from the schedule; the hours of that day are unknown`]);
    expect(r.guichets[0].hours).to.deep.equal({ slots: [{ days: ['Mo', 'Tu', 'We', 'Th'], opens: '09:00', closes: '12:00' }], unknown: ['Fr'] });
  });

  it('a time written 8h30', () => {
    const r = one({ schedule: { ...week(day('09:00', '12:00')), thursday: day('8h30', '12:00') } });
    expect(r.warnings).to.deep.equal([`${titled}, thursday: morningstart "8h30" is not a time HH:MM (08:30?); the hours of that day are unknown`]);
    expect((r.guichets[0].hours as { unknown: string[] }).unknown).to.deep.equal(['Th']);
  });

  it('a slot ending before it starts', () => {
    const r = one({ schedule: { ...week(day('09:00', '12:00')), monday: day('09:00', '12:00', '16:00', '13:00') } });
    expect(r.warnings).to.deep.equal([`${titled}, monday: afternoonend 13:00 is not after afternoonstart 16:00; the hours of that day are unknown`]);
    expect((r.guichets[0].hours as { unknown: string[] }).unknown).to.deep.equal(['Mo']);
  });

  it('a start without an end, and an end without a start', () => {
    const r = one({ schedule: { ...week(day('09:00', '12:00')), tuesday: day('09:00', ''), wednesday: day('', '', '', '17:00') } });
    expect(r.warnings).to.deep.equal([
      `${titled}, tuesday: morningstart 09:00 has no morningend; the hours of that day are unknown`,
      `${titled}, wednesday: afternoonend 17:00 has no afternoonstart; the hours of that day are unknown`,
    ]);
  });

  it('coordinates 0,0 and null: no position', () => {
    expect(one({ coordinates: { lon: 0, lat: 0 } }).guichets[0].geo).to.equal(undefined);
    expect(one({ coordinates: null }).guichets[0].geo).to.equal(undefined);
  });

  it('local phone numbers become +32', () => {
    expect(one({ contact_phones: [{ label: null, type: 'work', number: '010 23 45 67' }] }).guichets[0].phone).to.equal('+3210234567');
    expect(belgianPhone('0471/12.34.56')).to.equal('+32471123456');
    expect(belgianPhone('0032 10 23 45 67')).to.equal('+3210234567');
    expect(belgianPhone('+32 (0)10')).to.equal(undefined);
  });

  it('only http(s) URLs are kept', () => {
    const r = one({ urls: [{ type: 'website', url: 'javascript:alert(1)' }, { type: 'facebook', url: 'ftp://example.org/x' }] });
    expect(r.guichets[0].url).to.equal(undefined);
    expect(r.warnings).to.have.length(2);
  });

  it('a position record is skipped with a notice', () => {
    const r = one({ type: 'position' });
    expect(r.guichets).to.deep.equal([]);
    expect(r.warnings).to.deep.equal([`${titled}: a position (a person's role), not a place; skipped`]);
  });

  it('walk-in hours by record id, or by category', () => {
    const byId = adaptContacts(records(), { walkIn: { ids: ['guichet-exemple-a'] } }).guichets;
    expect(byId[0].walkIn).to.deep.equal(byId[0].hours);
    expect(byId[0].periods![0].walkIn).to.deep.equal(byId[0].periods![0].hours);
    expect(byId[1].walkIn).to.equal(undefined);
    const byCategory = adaptContacts(records(), { walkIn: { categories: ['exemple-social'] } }).guichets;
    expect(byCategory.filter((g) => g.walkIn).map((g) => g.id)).to.deep.equal(['guichet-exemple-a', 'guichet-exemple-e']);
    expect(statusAt(byCategory[0], 'walkIn', new Date('2026-12-01T10:00:00+01:00')).state).to.equal('open');
  });

  it('keeps only the chosen categories', () => {
    const r = adaptContacts(records(), { categories: ['exemple-administration', 'exemple-numerique'] });
    expect(r.guichets.map((g) => g.id)).to.deep.equal(['guichet-exemple-b', 'guichet-exemple-c']);
  });
});

describe('imio: as a data source', () => {
  it('returns a data file and prints each warning with the prefix and the source', () => {
    const warn = console.warn;
    const seen: string[] = [];
    console.warn = (...args: unknown[]) => void seen.push(args.join(' '));
    try {
      const file = adaptContactsFile(records(), 'https://example.org/contacts.json');
      expect(file.formatVersion).to.equal(1);
      expect(file.guichets).to.have.length(4);
    } finally {
      console.warn = warn;
    }
    expect(seen).to.have.length(6);
    expect(seen[0]).to.equal(`[numerique-choisi] https://example.org/contacts.json: ${where(3, 'fonction-exemple-d', 'Directeur ou directrice d\'exemple')}: a position (a person's role), not a place; skipped`);
  });

  it('accepts an export { results: [...] } and refuses what is not an export', () => {
    expect(adaptContacts({ total_count: 5, results: records() }).guichets).to.have.length(4);
    expect(() => adaptContactsFile({ formatVersion: 1 }, 'x.json')).to.throw('x.json: not a contacts-en-wallonie export');
  });
});
