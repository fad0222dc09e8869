/**
 * The OpenStreetMap opening_hours subset parser (src/data/hours/osm.ts):
 * valid strings and their schedules, and invalid strings, each with its precise error
 * (position, code, what was found, what was expected).
 */
import { expect } from '@open-wc/testing';
import { parseOpeningHours, type OsmError } from '../src/data/hours/osm.js';
import { osmError, osmWarning } from '../src/cli/messages.js';
import { validateDataFile, formatWarning, validateAndReport } from '../src/data/validate.js';
import type { Schedule } from '../src/data/model.js';

const WEEK = ['Mo', 'Tu', 'We', 'Th', 'Fr'];
const ALL = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'];

const valid: [string, Schedule][] = [
  [
    'Mo-Fr 08:30-12:00,13:00-16:00; Sa 09:00-12:00; PH off',
    {
      slots: [
        { days: WEEK, opens: '08:30', closes: '12:00' },
        { days: WEEK, opens: '13:00', closes: '16:00' },
        { days: ['Sa'], opens: '09:00', closes: '12:00' },
      ],
    } as Schedule,
  ],
  ['Mo,We 09:00-12:00', { slots: [{ days: ['Mo', 'We'], opens: '09:00', closes: '12:00' }], publicHolidays: 'open' } as Schedule],
  ['24/7', { slots: [{ days: ALL, opens: '00:00', closes: '24:00' }], publicHolidays: 'open' } as Schedule],
  ['24/7; PH off', { slots: [{ days: ALL, opens: '00:00', closes: '24:00' }] } as Schedule],
  ['Tu off', { slots: [], publicHolidays: 'open' }],
  ['Mo-Fr 09:00-12:00; We off', { slots: [{ days: ['Mo', 'Tu', 'Th', 'Fr'], opens: '09:00', closes: '12:00' }], publicHolidays: 'open' } as Schedule],
  [
    'Mo-Fr 08:30-12:00; Tu 14:00-16:00',
    {
      slots: [
        { days: ['Mo', 'We', 'Th', 'Fr'], opens: '08:30', closes: '12:00' },
        { days: ['Tu'], opens: '14:00', closes: '16:00' },
      ],
      publicHolidays: 'open',
    } as Schedule,
  ],
  ['Fr-Mo 10:00-11:00', { slots: [{ days: ['Mo', 'Fr', 'Sa', 'Su'], opens: '10:00', closes: '11:00' }], publicHolidays: 'open' } as Schedule],
  ['Mo-We,Fr 09:00-12:00; PH closed', { slots: [{ days: ['Mo', 'Tu', 'We', 'Fr'], opens: '09:00', closes: '12:00' }] } as Schedule],
  ['Mo 22:00-24:00', { slots: [{ days: ['Mo'], opens: '22:00', closes: '24:00' }], publicHolidays: 'open' } as Schedule],
  ['  Mo-Fr 09:00-12:00 ;  Sa 10:00-11:00;  ', {
    slots: [
      { days: WEEK, opens: '09:00', closes: '12:00' },
      { days: ['Sa'], opens: '10:00', closes: '11:00' },
    ],
    publicHolidays: 'open',
  } as Schedule],
];

// Rule order as OpenStreetMap reads it: a later rule replaces the earlier ones on its days, `PH off` included.
valid.push(
  ['PH off; Mo-Fr 09:00-12:00', { slots: [{ days: WEEK, opens: '09:00', closes: '12:00' }], publicHolidays: 'open' } as Schedule],
  [
    'Mo-Fr 09:00-12:00; PH off; Sa 10:00-12:00',
    { slots: [{ days: WEEK, opens: '09:00', closes: '12:00' }, { days: ['Sa'], opens: '10:00', closes: '12:00' }], openOnPublicHolidays: ['Sa'] } as Schedule,
  ],
  ['PH off; Mo 09:00-12:00; Mo off', { slots: [] }],
  ['PH off; 24/7; PH closed', { slots: [{ days: ALL, opens: '00:00', closes: '24:00' }] } as Schedule],
  ['PH off', { slots: [] }],
);

const invalid: [string, Omit<OsmError, 'message'>][] = [
  ["", {"position":0,"code":"empty","found":""}],
  ["   ", {"position":0,"code":"empty","found":"   "}],
  ["Mo-Fr 8:30-12:00", {"position":6,"code":"start-format","found":"8:30","expected":"08:30"}],
  ["Mo-Fr 08:30-12", {"position":12,"code":"end-format","found":"12","expected":"12:00"}],
  ["Lu-Ve 08:30-12:00", {"position":0,"code":"unknown-day","found":"Lu"}],
  ["mo-fr 08:30-12:00", {"position":0,"code":"day-case","found":"mo","expected":"Mo"}],
  ["Monday 09:00-12:00", {"position":0,"code":"unknown-day","found":"Monday","expected":"Mo"}],
  ["Mo-Fr", {"position":5,"code":"missing-times","found":"Mo-Fr"}],
  ["Mo-Fr 08:30", {"position":6,"code":"missing-end","found":"08:30","expected":"08:30-HH:MM"}],
  ["Mo-Fr 12:00-08:00", {"position":6,"code":"end-before-start","found":"12:00-08:00"}],
  ["Mo-Fr 25:00-26:00", {"position":6,"code":"time-out-of-range","found":"25:00"}],
  ["Mo-Fr 09:60-12:00", {"position":6,"code":"time-out-of-range","found":"09:60"}],
  ["Mo-Fr 08:30-12:00;;Sa off", {"position":18,"code":"empty-rule","found":";"}],
  ["Jan-Mar Mo 09:00-12:00", {"position":0,"code":"unsupported","found":"Jan-Mar","detail":"a month"}],
  ["PH 10:00-12:00", {"position":0,"code":"unsupported","found":"PH 10:00-12:00","expected":"PH off","detail":"public holidays with hours"}],
  ["Mo-Fr,PH 09:00-12:00", {"position":6,"code":"unsupported","found":"PH","expected":"PH off","detail":"public holidays with other days"}],
  ["Mo-Fr 09:00-12:00 \"sur rendez-vous\"", {"position":18,"code":"unsupported","found":"\"sur rendez-vous\"","detail":"a comment"}],
  ["Mo-Fr 09:00+", {"position":11,"code":"unsupported","found":"+","detail":"an open end \"+\""}],
  ["Mo-Fr 08h30-12h00", {"position":6,"code":"start-format","found":"08h30","expected":"08:30"}],
  ["Mo-Fr 09:00-12:00 || \"appeler\"", {"position":18,"code":"unsupported","found":"||","detail":"a fallback rule \"||\""}],
  ["SH off", {"position":0,"code":"unsupported","found":"SH","detail":"school holidays \"SH\""}],
  ["Mo[1] 09:00-12:00", {"position":2,"code":"unsupported","found":"[1]","detail":"a weekday of the month \"[n]\""}],
  ["Mo-Fr 22:00-02:00", {"position":6,"code":"end-before-start","found":"22:00-02:00"}],
  ["Mo-Fr 09:00-12:00,", {"position":17,"code":"unexpected","found":",","expected":"HH:MM-HH:MM"}],
  ["Mo-Fr sunrise-sunset", {"position":6,"code":"unsupported","found":"sunrise-sunset","detail":"a time from the sun"}],
  ["Mo-Fr09:00-12:00", {"position":5,"code":"unexpected","found":"09:00-12:00","expected":"Mo-Fr 09:00-12:00"}],
  ["Mo-Fr 09:00-12:00 Sa 10:00-12:00", {"position":18,"code":"unexpected","found":"Sa","expected":"; Sa"}],
  ["Mo-Fr: 09:00-12:00", {"position":5,"code":"unexpected","found":":","expected":"Mo-Fr 09:00-12:00"}],
  ["week 01-53 Mo 09:00-12:00", {"position":0,"code":"unsupported","found":"week","detail":"a week number"}],
  ["2026 Mo 09:00-12:00", {"position":0,"code":"unsupported","found":"2026","detail":"a year"}],
  ["Mo-Fr 09:00-12:00 open", {"position":18,"code":"unsupported","found":"open","detail":"the \"open\" or \"unknown\" state"}],
];

describe('osm: valid strings', () => {
  for (const [value, schedule] of valid) {
    it(value, () => expect({ ...parseOpeningHours(value), warnings: undefined }).to.deep.equal({ ok: true, schedule, warnings: undefined }));
  }
});

describe('osm: PH off before rules that replace it on holidays — kept, with a warning and the fix', () => {
  it('warns with the days whose holidays stay open and the value with PH off at the end', () => {
    const r = parseOpeningHours('PH off; Mo-Fr 09:00-12:00; Sa 10:00-12:00');
    expect(r.ok).to.equal(true);
    if (!r.ok) return;
    expect(r.warnings).to.have.length(1);
    const w = r.warnings![0];
    expect({ ...w, message: undefined }).to.deep.equal({ code: 'ph-replaced', position: 0, found: 'PH off', days: ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa'], expected: 'Mo-Fr 09:00-12:00; Sa 10:00-12:00; PH off', message: undefined });
    expect(w.message).to.equal(
      '"PH off" at position 1 is replaced by the later rules on holidays falling on Mo Tu We Th Fr Sa (OpenStreetMap: a later rule replaces the earlier ones, holidays included): those holidays are open; to close on every holiday, move "PH off" to the end: Mo-Fr 09:00-12:00; Sa 10:00-12:00; PH off',
    );
    expect(osmWarning(w, 'fr')).to.equal(
      '«\u00a0PH off\u00a0» (position 1) est remplacé, les jours fériés qui tombent un Mo-Sa, par les règles écrites après lui (OpenStreetMap : une règle plus loin remplace les précédentes, jours fériés compris) : ces jours fériés sont ouverts. Pour fermer tous les jours fériés, déplacez «\u00a0PH off\u00a0» à la fin : Mo-Fr 09:00-12:00; Sa 10:00-12:00; PH off',
    );
    expect(osmWarning(w, 'nl')).to.contain('verplaatst u ‘PH off’ naar het einde: Mo-Fr 09:00-12:00; Sa 10:00-12:00; PH off');
    expect(osmWarning(w, 'de')).to.contain('setzen Sie „PH off“ ans Ende: Mo-Fr 09:00-12:00; Sa 10:00-12:00; PH off');
    expect(osmWarning(w, 'en')).to.contain('move “PH off” to the end: Mo-Fr 09:00-12:00; Sa 10:00-12:00; PH off');
  });

  it('names only the days a later rule opens; no warning when PH off is last, or when the later rule closes', () => {
    const r = parseOpeningHours('Mo-Fr 09:00-12:00; PH closed; Sa 10:00-12:00; Su off');
    expect(r.ok && r.warnings?.map((w) => [w.found, w.position, w.days, w.expected])).to.deep.equal([['PH closed', 19, ['Sa'], 'Mo-Fr 09:00-12:00; Sa 10:00-12:00; Su off; PH closed']]);
    for (const value of ['Mo-Fr 09:00-12:00; PH off', 'PH off; Sa off', 'Mo-Fr 09:00-12:00; PH off; We off', 'Mo-Fr 09:00-12:00']) {
      const q = parseOpeningHours(value);
      expect(q.ok && q.warnings, value).to.equal(undefined);
    }
  });

  it('validate keeps the hours as read, reports no problem, and gives the warning (console: console.warn)', () => {
    const input = {
      formatVersion: 1,
      guichets: [{ id: 'g', name: { fr: 'G' }, example: true, type: 'cpas', services: [], address: { postalCode: '1300', city: { fr: 'Wavre' } }, walkIn: 'PH off; Mo-Fr 09:00-12:00' }],
    };
    const { data, issues, warnings } = validateDataFile(input, 'site.json');
    expect(issues).to.deep.equal([]);
    expect(data!.guichets![0].walkIn).to.deep.equal({ slots: [{ days: WEEK, opens: '09:00', closes: '12:00' }], publicHolidays: 'open' });
    expect(warnings.map((w) => [w.entry, w.path, w.osmWarning?.expected])).to.deep.equal([['guichets[0] "g"', 'walkIn', 'Mo-Fr 09:00-12:00; PH off']]);
    expect(formatWarning(warnings[0])).to.match(/^site\.json — guichets\[0\] "g", field "walkIn": "PH off" at position 1 is replaced .* move "PH off" to the end: Mo-Fr 09:00-12:00; PH off$/);
    const warned: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warned.push(args.join(' '));
    try {
      validateAndReport(input, 'site.json', '[numerique-choisi]');
    } finally {
      console.warn = original;
    }
    expect(warned).to.have.length(1);
    expect(warned[0]).to.contain('[numerique-choisi] site.json — guichets[0] "g", field "walkIn": "PH off" at position 1');
  });

  it('a JSON schedule may give the weekdays whose holidays keep their hours; anything else is refused', () => {
    const g = (openOnPublicHolidays: unknown) => ({
      formatVersion: 1,
      guichets: [{ id: 'g', name: { fr: 'G' }, example: true, type: 'cpas', services: [], address: { postalCode: '1300', city: { fr: 'Wavre' } }, hours: { slots: [], openOnPublicHolidays } }],
    });
    expect(validateDataFile(g(['Sa']), 's').issues).to.deep.equal([]);
    expect(validateDataFile(g(['Samedi']), 's').issues.map((i) => i.path)).to.deep.equal(['hours.openOnPublicHolidays[0]']);
    expect(validateDataFile(g('Sa'), 's').issues.map((i) => i.path)).to.deep.equal(['hours.openOnPublicHolidays']);
  });
});

describe('osm: invalid strings, each with its precise error', () => {
  it('has at least 15 of them', () => expect(invalid.length).to.be.at.least(15));
  for (const [value, error] of invalid) {
    it(JSON.stringify(value), () => {
      const r = parseOpeningHours(value);
      expect(r.ok).to.equal(false);
      if (r.ok) return;
      const { message, ...rest } = r.error;
      expect(rest).to.deep.equal(error);
      expect(message).to.contain(`"${error.found}" at position ${error.position + 1}: `);
      if (error.expected) expect(message).to.match(new RegExp(`, expected ${error.expected.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    });
  }

  it('says the error in English for the console and in French for the data tools', () => {
    const r = parseOpeningHours('Mo-Fr 08:30-12');
    expect(r.ok).to.equal(false);
    if (r.ok) return;
    expect(r.error.message).to.equal('"12" at position 13: end time badly written, expected 12:00');
    expect(osmError(r.error, 'fr')).to.equal('«\u00a012\u00a0» (position 13)\u00a0: heure de fin mal écrite, attendu 12:00');
    const unsupported = parseOpeningHours('Jan-Mar Mo 09:00-12:00');
    expect(!unsupported.ok && unsupported.error.message).to.equal('"Jan-Mar" at position 1: not in the supported subset (a month)');
  });
});
