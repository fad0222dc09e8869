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
  ["Mo-Fr 8:30-12:00", {"position":6,"code":"range-format","found":"8:30-12:00","expected":"08:30-12:00"}],
  ["Mo-Fr 08:30-12", {"position":6,"code":"range-format","found":"08:30-12","expected":"08:30-12:00"}],
  ["Lu-Ve 08:30-12:00", {"position":0,"code":"unknown-day","found":"Lu","expected":"Mo-Fr"}],
  ["mo-fr 08:30-12:00", {"position":0,"code":"day-case","found":"mo","expected":"Mo"}],
  ["Monday 09:00-12:00", {"position":0,"code":"unknown-day","found":"Monday","expected":"Mo"}],
  ["Mo-Fr", {"position":5,"code":"missing-times","found":"Mo-Fr","expected":"Mo-Fr HH:MM-HH:MM"}],
  ["Mo-Fr 08:30", {"position":6,"code":"missing-end","found":"08:30","expected":"08:30-HH:MM"}],
  ["Mo-Fr 12:00-08:00", {"position":6,"code":"end-before-start","found":"12:00-08:00","expected":"12:00-24:00"}],
  ["Mo-Fr 25:00-26:00", {"position":6,"code":"time-out-of-range","found":"25:00"}],
  ["Mo-Fr 09:60-12:00", {"position":6,"code":"time-out-of-range","found":"09:60"}],
  ["Mo-Fr 08:30-12:00;;Sa off", {"position":18,"code":"empty-rule","found":";","expected":"Mo-Fr 08:30-12:00; Sa off"}],
  ["Jan-Mar Mo 09:00-12:00", {"position":0,"code":"unsupported","found":"Jan-Mar","detail":"a month: dated closures go in \"closures\""}],
  ["PH 10:00-12:00", {"position":0,"code":"unsupported","found":"PH 10:00-12:00","expected":"PH off","detail":"public holidays with hours"}],
  ["Mo-Fr,PH 09:00-12:00", {"position":6,"code":"unsupported","found":"PH","expected":"PH off","detail":"public holidays with other days"}],
  ["Mo-Fr 09:00-12:00 \"sur rendez-vous\"", {"position":18,"code":"unsupported","found":"\"sur rendez-vous\"","expected":"Mo-Fr 09:00-12:00","detail":"a comment"}],
  ["Mo-Fr 09:00+", {"position":11,"code":"unsupported","found":"+","detail":"an open end \"+\": write the end time"}],
  ["Mo-Fr 08h30-12h00", {"position":6,"code":"range-format","found":"08h30-12h00","expected":"08:30-12:00"}],
  ["Mo-Fr 09:00-12:00 || \"appeler\"", {"position":18,"code":"unsupported","found":"||","expected":"Mo-Fr 09:00-12:00","detail":"a fallback rule \"||\""}],
  ["SH off", {"position":0,"code":"unsupported","found":"SH","detail":"school holidays \"SH\": dated closures go in \"closures\""}],
  ["Mo[1] 09:00-12:00", {"position":2,"code":"unsupported","found":"[1]","detail":"a weekday of the month \"[n]\": dated closures go in \"closures\""}],
  ["Mo-Fr 22:00-02:00", {"position":6,"code":"end-before-start","found":"22:00-02:00","expected":"22:00-24:00"}],
  ["Mo-Fr 09:00-12:00,", {"position":17,"code":"unexpected","found":",","expected":"HH:MM-HH:MM"}],
  ["Mo-Fr sunrise-sunset", {"position":6,"code":"sun","found":"sunrise","expected":"HH:MM"}],
  ["Mo-Fr09:00-12:00", {"position":5,"code":"unexpected","found":"09:00-12:00","expected":"Mo-Fr 09:00-12:00"}],
  ["Mo-Fr 09:00-12:00 Sa 10:00-12:00", {"position":17,"code":"rule-separator","found":"Sa","expected":"; Sa 10:00-12:00"}],
  ["Mo-Fr: 09:00-12:00", {"position":5,"code":"unexpected","found":":","expected":"Mo-Fr 09:00-12:00"}],
  ["week 01-53 Mo 09:00-12:00", {"position":0,"code":"unsupported","found":"week","detail":"a week number: dated closures go in \"closures\""}],
  ["2026 Mo 09:00-12:00", {"position":0,"code":"unsupported","found":"2026","detail":"a year: dated closures go in \"closures\""}],
  ["Mo-Fr 09:00-12:00 open", {"position":18,"code":"unsupported","found":"open","detail":"the \"open\" or \"unknown\" state: write the days and hours"}],
  // A rule starting with neither a letter nor a digit (a phone number, quotes, a bullet) was a TypeError thrown out of the parser.
  ["+32 10 22 33 44", {"position":0,"code":"unknown-day","found":"+32"}],
  ["« Mo-Fr 09:00-12:00 »", {"position":0,"code":"unknown-day","found":"«"}],
  ["Mo-Fr 09:00-12:00; • Sa 10:00-12:00", {"position":19,"code":"unknown-day","found":"•"}],
  ["Mo,(Tu) 09:00-12:00", {"position":3,"code":"unknown-day","found":"(Tu)"}],
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
    expect(r.error.message).to.equal('"08:30-12" at position 7: a time range is written HH:MM-HH:MM, expected 08:30-12:00');
    expect(osmError(r.error, 'fr')).to.equal('«\u00a008:30-12\u00a0» (position 7)\u00a0: une plage horaire s’écrit HH:MM-HH:MM, attendu 08:30-12:00');
    const unsupported = parseOpeningHours('Jan-Mar Mo 09:00-12:00');
    expect(!unsupported.ok && unsupported.error.message).to.equal('"Jan-Mar" at position 1: not in the supported subset (a month: dated closures go in "closures")');
    expect(!unsupported.ok && osmError(unsupported.error, 'fr')).to.equal('«\u00a0Jan-Mar\u00a0» (position 1)\u00a0: hors du sous-ensemble accepté (un mois\u00a0: les fermetures datées vont dans «\u00a0closures\u00a0»)');
  });
});

/**
 * Values people type that are outside the subset (issue 19: « 62 outside values »): each is refused
 * with a message naming what was found and the accepted form, in English for the console and in the
 * data tools' four languages. An en dash, an em dash or a spaced hyphen is read as a hyphen
 * (opening_hours.js does the same; checked against it in test/node/hours-oracle.test.ts).
 * [value, code, found, the accepted form given as `expected` (undefined: the message itself names it)]
 */
const outside: [string, OsmError['code'], string, string | undefined][] = [
  ["easter", "holiday-name", "easter", "PH off"],
  ["off", "off-without-days", "off", "Su off"],
  ["closed", "off-without-days", "closed", "Su closed"],
  ["Mo-Fr 0900-1200", "range-format", "0900-1200", "09:00-12:00"],
  ["Mo-Fr 09:00-12:00, Sa 10:00-12:00", "rule-separator", ",", "; Sa 10:00-12:00"],
  ["Mo-Fr 09:00-12:00 Sa 10:00-12:00", "rule-separator", "Sa", "; Sa 10:00-12:00"],
  ["Mo-Fr 09:00-12:00 sur rendez-vous", "trailing-text", "sur rendez-vous", "Mo-Fr 09:00-12:00"],
  ["; 13:00-17:00", "times-without-days", "13:00-17:00", "Mo-Su 13:00-17:00"],
  ["Mo-Fr 09:00-12:00; 13:00-17:00", "times-without-days", "13:00-17:00", "Mo-Fr 09:00-12:00,13:00-17:00"],
  ["Mo-Fr sunrise-dusk", "sun", "sunrise", "HH:MM"],
  ["Mo-Fr 09:00-sunset", "sun", "sunset", "HH:MM"],
  ["09:00-17:00", "times-without-days", "09:00-17:00", "Mo-Su 09:00-17:00"],
  ["Mo-Fr 9-12", "range-format", "9-12", "09:00-12:00"],
  ["Mo-Fr 9h-12h", "range-format", "9h-12h", "09:00-12:00"],
  ["Mo-Fr 9h00-12h00", "range-format", "9h00-12h00", "09:00-12:00"],
  ["Mo-Fr 09.00-12.00", "range-format", "09.00-12.00", "09:00-12:00"],
  ["Mo-Fr 09:00-12:00 13:00-16:00", "range-separator", "13:00-16:00", "09:00-12:00,13:00-16:00"],
  ["Mo-Fr 09:00-12:00 et 13:00-16:00", "range-separator", "et", "09:00-12:00,13:00-16:00"],
  ["Mo-Fr 09:00-12:00/13:00-16:00", "range-separator", "/", "09:00-12:00,13:00-16:00"],
  ["Mo-Fr 9:00-12:00", "range-format", "9:00-12:00", "09:00-12:00"],
  ["Mo-Fr 09:00-12:00;Sa", "missing-times", "Sa", "Sa HH:MM-HH:MM"],
  ["Lundi-Vendredi 09:00-12:00", "unknown-day", "Lundi", "Mo-Fr"],
  ["lu-ve 09:00-12:00", "unknown-day", "lu", "Mo-Fr"],
  ["Ma-Vr 09:00-12:00", "unknown-day", "Ma", undefined],
  ["Mo-Fr 09:00-12:00; Xmas off", "holiday-name", "Xmas", "PH off"],
  ["Mo-Fr 09:00-12:00; easter off", "holiday-name", "easter", "PH off"],
  ["Mo-Fr 09:00-12:00; Easter off", "holiday-name", "Easter", "PH off"],
  ["Mo-Fr 09:00-12:00; holidays off", "holiday-name", "holidays", "PH off"],
  ["Mo-Fr 09:00-12:00; PH 10:00-12:00", "unsupported", "PH 10:00-12:00", "PH off"],
  ["Mo-Fr 09:00-12:00; SH off", "unsupported", "SH", undefined],
  ["Mo-Fr 09:00-12:00; Dec 25 off", "unsupported", "Dec", undefined],
  ["Dec 24-26 off", "unsupported", "Dec", undefined],
  ["Mo-Fr 09:00-12:00; 2026 Dec 24 off", "unsupported", "2026", undefined],
  ["Mo-Fr 09:00-12:00 open", "unsupported", "open", undefined],
  ["Mo-Fr 09:00-12:00 \"sur rendez-vous\"", "unsupported", "\"sur rendez-vous\"", "Mo-Fr 09:00-12:00"],
  ["Mo-Fr 09:00-12:00 || \"sur rendez-vous\"", "unsupported", "||", "Mo-Fr 09:00-12:00"],
  ["Mo-Fr 09:00+", "unsupported", "+", undefined],
  ["Mo-Fr 22:00-02:00", "end-before-start", "22:00-02:00", "22:00-24:00"],
  ["Mo-Fr 09:00-24:30", "time-out-of-range", "24:30", undefined],
  ["Mo-Fr 25:00-26:00", "time-out-of-range", "25:00", undefined],
  ["Mo[1] 09:00-12:00", "unsupported", "[1]", undefined],
  ["week 1-53/2 Mo 09:00-12:00", "unsupported", "week", undefined],
  ["Mo-Fr 09:00-12:00,", "unexpected", ",", "HH:MM-HH:MM"],
  ["Mo-Fr: 09:00-12:00", "unexpected", ":", "Mo-Fr 09:00-12:00"],
  ["Mo-Fr", "missing-times", "Mo-Fr", "Mo-Fr HH:MM-HH:MM"],
  ["Mo,", "missing-day", "Mo,", "Mo,Fr"],
  ["Mo-", "missing-day", "Mo-", "Mo-Fr"],
  ["Mo-Fr off 09:00-12:00", "trailing-text", "09:00-12:00", "Mo-Fr off"],
  ["Mo-Fr 09:00-12:00 off", "trailing-text", "off", "Mo-Fr 09:00-12:00"],
  ["24/7 off", "trailing-text", "off", "24/7"],
  ["24/24", "always", "24/24", "24/7"],
  ["7/7 09:00-12:00", "always", "7/7", "Mo-Su"],
  ["Mo-Su 24h", "always", "24h", "00:00-24:00"],
  ["Mo-Fr 09:00-12:00;;Sa 10:00-12:00", "empty-rule", ";", "Mo-Fr 09:00-12:00; Sa 10:00-12:00"],
  ["MO-FR 09:00-12:00", "day-case", "MO", "Mo"],
  ["Mo-Fr 09:00-12:00 PH off", "rule-separator", "PH", "; PH off"],
  ["Mo-Fr 09:00-12:00, PH off", "rule-separator", ",", "; PH off"],
  ["Mo-Fr,PH 09:00-12:00", "unsupported", "PH", "PH off"],
  ["unknown", "unsupported", "unknown", undefined],
  ["Mo-Fr 09:00-12:00; Sa closed; Su off; PH closed; extra", "unknown-day", "extra", undefined],
  ["Mo-Fr 09:00-12:00 (sauf jours fériés)", "trailing-text", "(sauf jours fériés)", "Mo-Fr 09:00-12:00"],
  ["Mo-Fr 09:00-12:00 uur", "trailing-text", "uur", "Mo-Fr 09:00-12:00"],
  ["Mo-Fr 09:00-12:00h", "range-format", "09:00-12:00h", "09:00-12:00"],
  ["Mo-Fr 09:00-12:00 Uhr", "trailing-text", "Uhr", "Mo-Fr 09:00-12:00"],
  ["Mo-Fr 08:30-12:00 ; 13:00-16:00 Mo,Th", "times-without-days", "13:00-16:00", "Mo-Fr 08:30-12:00,13:00-16:00"],
  ["Mo-Fr 9:00 à 12:00", "range-format", "9:00 à 12:00", "09:00-12:00"],
  ["Mo-Fr de 09:00 à 12:00", "range-format", "de 09:00 à 12:00", "09:00-12:00"],
  ["sur rendez-vous", "unknown-day", "sur", undefined],
  ["Mo-Fr 09:00-12:00 & Sa 10:00-12:00", "rule-separator", "&", "; Sa 10:00-12:00"],
  ["Mo-Fr 09:00-12:00 + Sa 10:00-12:00", "rule-separator", "+", "; Sa 10:00-12:00"],
  ["Mo-Fr 09:00-12:00 / Sa 10:00-12:00", "rule-separator", "/", "; Sa 10:00-12:00"],
  ["Mo-Fr 09:00:00-12:00:00", "range-format", "09:00:00-12:00:00", "09:00-12:00"],
];

/** Codes whose sentence itself names the accepted form (the days, the time range, the closures). */
const NAMES_THE_FORM: OsmError['code'][] = ['unknown-day', 'time-out-of-range', 'unsupported'];

describe(`osm: ${outside.length} values people type outside the subset, each with the accepted form`, () => {
  it('has at least 60 of them', () => expect(outside.length).to.be.at.least(60));
  for (const [value, code, found, expected] of outside) {
    it(JSON.stringify(value), () => {
      const r = parseOpeningHours(value);
      expect(r.ok).to.equal(false);
      if (r.ok) return;
      expect([r.error.code, r.error.found, r.error.expected]).to.deep.equal([code, found, expected]);
      expect(r.error.message).to.contain(`"${found}" at position ${r.error.position + 1}: `);
      if (expected !== undefined) expect(r.error.message.endsWith(`, expected ${expected}`), r.error.message).to.equal(true);
      else expect(NAMES_THE_FORM, `${code} without the accepted form`).to.include(code);
      if (code === 'unsupported' && expected === undefined) expect(r.error.detail).to.match(/closures|write|PH off/);
      const english = osmError(r.error, 'en').split(': ').slice(1).join(': ');
      for (const lang of ['fr', 'nl', 'de', 'en'] as const) {
        const text = osmError(r.error, lang).replace(/\u00a0/g, ' ');
        expect(text, lang).to.contain(found);
        if (expected !== undefined) expect(text, lang).to.contain(expected);
        if (lang !== 'en') expect(text, `${lang}: no English left`).not.to.contain(english);
      }
    });
  }

  it('the issue’s examples, as the webmaster reads them in French', () => {
    const fr = (v: string) => {
      const r = parseOpeningHours(v);
      return r.ok ? 'accepted' : osmError(r.error, 'fr').replace(/\u00a0/g, ' ');
    };
    expect(fr('easter')).to.equal('« easter » (position 1) : pas de nom de jour férié autre que PH (les jours fériés légaux belges), attendu PH off');
    expect(fr('off')).to.equal('« off » (position 1) : « off » demande les jours devant lui (jours fériés : PH off), attendu Su off');
    expect(fr('Mo-Fr 0900-1200')).to.equal('« 0900-1200 » (position 7) : une plage horaire s’écrit HH:MM-HH:MM, attendu 09:00-12:00');
    expect(fr('Mo-Fr 09:00-12:00, Sa 10:00-12:00')).to.equal('« , » (position 18) : les règles se séparent par « ; », attendu ; Sa 10:00-12:00');
    expect(fr('Mo-Fr 09:00-12:00 sur rendez-vous')).to.equal('« sur rendez-vous » (position 19) : texte après les horaires (une remarque va dans un autre champ, pas dans les horaires), attendu Mo-Fr 09:00-12:00');
    expect(fr('Mo-Fr 09:00-12:00; 13:00-17:00')).to.equal('« 13:00-17:00 » (position 20) : chaque règle commence par ses jours ; les plages des mêmes jours se joignent par une virgule, attendu Mo-Fr 09:00-12:00,13:00-17:00');
    expect(fr('Mo-Fr sunrise-dusk')).to.equal('« sunrise » (position 7) : lever, coucher du soleil, aube et crépuscule ne sont pas acceptés : écrivez l’heure, attendu HH:MM');
  });

  it('an en dash, an em dash or a spaced hyphen between days or times is a hyphen', () => {
    const plain = parseOpeningHours('Mo-Fr 09:00-12:00');
    for (const v of ['Mo–Fr 09:00-12:00', 'Mo—Fr 09:00-12:00', 'Mo - Fr 09:00-12:00', 'Mo-Fr 09:00 - 12:00', 'Mo-Fr 09:00–12:00', 'Mo – Fr 09:00 – 12:00']) {
      expect(parseOpeningHours(v), v).to.deep.equal(plain);
    }
  });
});
