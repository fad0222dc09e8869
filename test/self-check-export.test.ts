/**
 * The self-check's exports (src/components/self-check/export.ts): the JSON round trip, a CSV that
 * spreadsheets open right and cannot turn into a formula, reading an old file back (good, corrupt,
 * another version, a wrong field), and the comparison on the questions both sets share.
 */
import { expect } from '@open-wc/testing';
import {
  buildExport,
  compare,
  csvRows,
  parseExport,
  toCSV,
  toJSON,
  type CsvLabels,
  type SelfCheckExport,
} from '../src/components/self-check/export.js';
import { questionSetVersion, scoreThemes, type Answers } from '../src/components/self-check/scoring.js';
import type { Question } from '../src/data/model.js';

const GOOD = { oui: 1, 'en-partie': 0.5, non: 0 };
const REVERSED = { oui: 0, 'en-partie': 0.5, non: 1 };
function q(id: string, theme: string, weight = 1, scores = GOOD): Question {
  return { id, theme, basis: 'r', audiences: ['institution'], weight, text: { fr: `Texte ${id} ?` }, easyRead: { fr: `${id} ?` }, scores };
}
const QUESTIONS = [q('a1', 'a'), q('a2', 'a', 2, REVERSED), q('b1', 'b'), q('b2', 'b', 3)];
const ANSWERS: Answers = { a1: 'oui', a2: 'en-partie', b1: 'ne-sait-pas' }; // b2 skipped
const DATE = new Date('2026-12-02T10:30:00.000Z');
const exported = () => buildExport({ questions: QUESTIONS, answers: ANSWERS, audience: 'institution', locale: 'fr', date: DATE });

const BOM = '\uFEFF';

describe('self-check export: buildExport and JSON', () => {
  it('holds the format, the question set (version and ids in quiz order), audience, themes, date, locale, every answer and the results', () => {
    const e = exported();
    expect(e).to.deep.equal({
      format: 'numerique-choisi/self-check',
      formatVersion: 1,
      questionSet: { version: questionSetVersion(QUESTIONS), ids: ['a1', 'a2', 'b1', 'b2'] },
      audience: 'institution',
      themes: ['a', 'b'],
      date: '2026-12-02T10:30:00.000Z',
      locale: 'fr',
      answers: { a1: 'oui', a2: 'en-partie', b1: 'ne-sait-pas', b2: null },
      results: scoreThemes(QUESTIONS, ANSWERS),
    });
    expect(e.results.map((r) => [r.theme, r.level, r.percent])).to.deep.equal([
      ['a', 'en-chemin', 67],
      ['b', 'a-clarifier', null],
    ]);
  });

  it('keeps the themes given (a subset quiz), and ignores answers to questions not asked', () => {
    const e = buildExport({ questions: QUESTIONS.slice(0, 2), answers: { ...ANSWERS, zz: 'oui' }, audience: 'travailleur', themes: ['a'], locale: 'nl', date: DATE });
    expect(e.themes).to.deep.equal(['a']);
    expect(Object.keys(e.answers)).to.deep.equal(['a1', 'a2']);
    expect(e.questionSet.ids).to.deep.equal(['a1', 'a2']);
  });

  it('JSON round trip: parseExport(toJSON(e)) gives e back', () => {
    const e = exported();
    const text = toJSON(e);
    expect(text).to.contain('"format": "numerique-choisi/self-check"');
    const back = parseExport(text);
    expect(back).to.deep.equal({ ok: true, value: e });
  });

  it('a file saved with a BOM by an editor still reads', () => {
    expect(parseExport(BOM + toJSON(exported())).ok).to.equal(true);
  });
});

describe('self-check export: CSV', () => {
  it('UTF-8 BOM first, « ; » between cells, CRLF after every row, no sep= line', () => {
    const csv = toCSV([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(csv).to.equal(`${BOM}a;b\r\nc;d\r\n`);
    expect(csv).to.not.contain('sep=');
    expect(csv.replace(/\r\n/g, '')).to.not.match(/[\r\n]/);
  });

  const cells: [name: string, cell: string | number | null, written: string][] = [
    ['plain text', 'Accès et lien social', 'Accès et lien social'],
    ['accents and typographic spaces stay', 'Vraiment\u202f?', 'Vraiment\u202f?'],
    ['a separator is quoted', 'oui; non', '"oui; non"'],
    ['a double quote is doubled and quoted', 'le « tout » et "ça"', '"le « tout » et ""ça"""'],
    ['a line feed is quoted', 'deux\nlignes', '"deux\nlignes"'],
    ['a carriage return inside is quoted', 'deux\r\nlignes', '"deux\r\nlignes"'],
    ['=1+1 is neutralised', '=1+1', "'=1+1"],
    ['=HYPERLINK is neutralised', '=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+32 … (a phone number) is neutralised', '+32 10 00 00 00', "'+32 10 00 00 00"],
    ['-x is neutralised', '-x', "'-x"],
    ['-5 as text is neutralised', '-5', "'-5"],
    ['@x is neutralised', '@SUM(A1)', "'@SUM(A1)"],
    ['a leading tab is neutralised', '\t=1+1', "'\t=1+1"],
    ['a leading carriage return is neutralised and quoted', '\r=1+1', `"'\r=1+1"`],
    ['a formula with a separator: neutralised, then quoted', '=A1;B1', `"'=A1;B1"`],
    ['a sign later in the text is left alone', 'a=b, c-d', 'a=b, c-d'],
    ['a number is written as a number', 67, '67'],
    ['a negative number stays a number (not text, not neutralised)', -5, '-5'],
    ['null is an empty cell', null, ''],
    ['an empty string is an empty cell', '', ''],
  ];
  for (const [name, cell, written] of cells) {
    it(name, () => {
      expect(toCSV([[cell, 'z']])).to.equal(`${BOM}${written};z\r\n`);
    });
  }

  const LABELS: CsvLabels = {
    questionSet: 'Jeu de questions',
    date: 'Date',
    audience: 'Public',
    audiences: { travailleur: 'Travailleur·euse', institution: 'Institution' },
    theme: 'Thème',
    level: 'Niveau',
    levels: { 'a-renforcer': 'À renforcer', 'en-chemin': 'En chemin', solide: 'Solide', 'a-clarifier': 'À clarifier en équipe' },
    percent: 'Score (%)',
    counted: 'Réponses comptées',
    unknown: 'Je ne sais pas',
    skipped: 'Sans réponse',
    questionId: 'Identifiant',
    question: 'Question',
    answer: 'Réponse',
    answers: { oui: 'Oui', 'en-partie': 'En partie', non: 'Non', 'ne-sait-pas': 'Je ne sais pas', skipped: 'Sans réponse' },
  };
  const TITLES: Record<string, string> = { a: 'Thème A', b: '=Thème B' };

  it('csvRows: heading block, results per theme weakest first, then every answer with its question', () => {
    const rows = csvRows(exported(), LABELS, (id) => `Texte ${id} ?`, (id) => TITLES[id]);
    expect(rows).to.deep.equal([
      ['Jeu de questions', questionSetVersion(QUESTIONS)],
      ['Date', '2026-12-02T10:30:00.000Z'],
      ['Public', 'Institution'],
      [],
      ['Thème', 'Niveau', 'Score (%)', 'Réponses comptées', 'Je ne sais pas', 'Sans réponse'],
      ['Thème A', 'En chemin', 67, 2, 0, 0],
      ['=Thème B', 'À clarifier en équipe', null, 0, 1, 1],
      [],
      ['Thème', 'Identifiant', 'Question', 'Réponse'],
      ['Thème A', 'a1', 'Texte a1 ?', 'Oui'],
      ['Thème A', 'a2', 'Texte a2 ?', 'En partie'],
      ['=Thème B', 'b1', 'Texte b1 ?', 'Je ne sais pas'],
      ['=Thème B', 'b2', 'Texte b2 ?', 'Sans réponse'],
    ]);
  });

  it('the whole CSV: a title that looks like a formula cannot run, numbers stay numbers', () => {
    const csv = toCSV(csvRows(exported(), LABELS, (id) => (id === 'a1' ? '@cmd; "x"' : `Texte ${id} ?`), (id) => TITLES[id]));
    const lines = csv.slice(1).split('\r\n');
    expect(csv.startsWith(BOM)).to.equal(true);
    expect(lines[5]).to.equal('Thème A;En chemin;67;2;0;0');
    expect(lines[6]).to.equal("'=Thème B;À clarifier en équipe;;0;1;1");
    expect(lines[9]).to.equal(`Thème A;a1;"'@cmd; ""x""";Oui`);
    expect(lines.at(-1)).to.equal('');
    // No cell of the file starts with a formula character.
    const cellsOf = (line: string) => line.match(/("([^"]|"")*"|[^;]*)(;|$)/g)!.map((c) => c.replace(/;$/, '').replace(/^"|"$/g, ''));
    const risky = lines.flatMap(cellsOf).filter((c) => /^[=+\-@\t\r]/.test(c));
    expect(risky).to.deep.equal([]);
  });
});

describe('self-check export: parseExport', () => {
  const good = () => JSON.parse(toJSON(exported())) as Record<string, unknown>;
  const withField = (change: (o: Record<string, any>) => void) => {
    const o = good();
    change(o);
    return JSON.stringify(o);
  };

  const bad: [name: string, text: string, reason: string, detail: RegExp][] = [
    ['not JSON', '{"format": "numerique-choisi/self-check", ', 'json', /JSON|Unexpected|end/i],
    ['an empty file', '', 'json', /./],
    ['a CSV export opened by mistake', toCSV([['Thème', 'Niveau']]), 'json', /./],
    ['JSON, but not an object', '[1, 2]', 'format', /^format: expected "numerique-choisi\/self-check"/],
    ['another JSON file (a data file)', JSON.stringify({ formatVersion: 1, themes: [] }), 'format', /^format: expected "numerique-choisi\/self-check", received nothing/],
    ['a newer format version', withField((o) => (o.formatVersion = 2)), 'version', /^formatVersion: expected 1, received 2$/],
    ['no format version', withField((o) => delete o.formatVersion), 'version', /received nothing/],
    ['an unknown answer', withField((o) => (o.answers.a1 = 'peut-etre')), 'format', /^answers\.a1: expected one of oui, en-partie, non, ne-sait-pas, or null, received "peut-etre"$/],
    ['an answer of the wrong type', withField((o) => (o.answers.a2 = 1)), 'format', /^answers\.a2: .* received 1$/],
    ['an answer to a question not in the set', withField((o) => (o.answers.zz = 'oui')), 'format', /^answers\.zz: expected no such field/],
    ['a question of the set without its answer', withField((o) => delete o.answers.b2), 'format', /^answers\.b2: .* received nothing$/],
    ['question ids not ids', withField((o) => (o.questionSet.ids = ['a1', 'A 2'])), 'format', /^questionSet\.ids\[1\]: expected an id/],
    ['a question id twice', withField((o) => (o.questionSet.ids = ['a1', 'a1'])), 'format', /^questionSet\.ids\[1\]: expected an id not listed before/],
    ['a version that is not 8 hex digits', withField((o) => (o.questionSet.version = 'v1')), 'format', /^questionSet\.version: expected 8 hexadecimal digits/],
    ['an unknown audience', withField((o) => (o.audience = 'citoyen')), 'format', /^audience: expected one of travailleur, institution, received "citoyen"$/],
    ['themes not an array', withField((o) => (o.themes = 'a,b')), 'format', /^themes: expected an array of ids/],
    ['a date that is not a date', withField((o) => (o.date = 'hier')), 'format', /^date: expected an ISO 8601 date and time/],
    ['a date of the wrong type', withField((o) => (o.date = 1764671400000)), 'format', /^date: /],
    ['a locale that is not a language code', withField((o) => (o.locale = 42)), 'format', /^locale: /],
    ['an unknown top-level field', withField((o) => (o.name = 'Équipe sociale')), 'format', /^file\.name: expected no such field/],
    ['results not an array', withField((o) => (o.results = {})), 'format', /^results: expected an array/],
    ['a result with an unknown level', withField((o) => (o.results[0].level = 'excellent')), 'format', /^results\[0\]\.level: /],
    ['a result with a percent as text', withField((o) => (o.results[0].percent = '67')), 'format', /^results\[0\]\.percent: expected an integer from 0 to 100, received "67"$/],
    ['a result with a score over 1', withField((o) => (o.results[0].score = 1.5)), 'format', /^results\[0\]\.score: /],
    ['a result with a percent but no score', withField((o) => (o.results[1].percent = 50)), 'format', /^results\[1\]\.percent: expected null exactly when score is null/],
    ['a result with a negative count', withField((o) => (o.results[0].counted = -1)), 'format', /^results\[0\]\.counted: /],
    ['a result with a missing list', withField((o) => delete o.results[0].unknown), 'format', /^results\[0\]\.unknown: expected an array of ids, received nothing$/],
  ];
  for (const [name, text, reason, detail] of bad) {
    it(`refuses ${name} (${reason})`, () => {
      const r = parseExport(text);
      expect(r.ok).to.equal(false);
      if (r.ok) return;
      expect(r.reason).to.equal(reason);
      expect(r.detail).to.match(detail);
    });
  }

  it('accepts a file where every question was skipped or unknown', () => {
    const e = buildExport({ questions: QUESTIONS, answers: {}, audience: 'travailleur', locale: 'de', date: DATE });
    const r = parseExport(toJSON(e));
    expect(r).to.deep.equal({ ok: true, value: e });
  });
});

describe('self-check export: compare', () => {
  /** An old export: questions a1, a2 (then weighing 1), b1, c1 — c1 and its theme are gone today. */
  const oldQuestions = [q('a1', 'a'), q('a2', 'a', 1, REVERSED), q('b1', 'b'), q('c1', 'c')];
  const old: SelfCheckExport = buildExport({
    questions: oldQuestions,
    answers: { a1: 'non', a2: 'oui', b1: 'oui', c1: 'oui' },
    audience: 'institution',
    locale: 'fr',
    date: new Date('2026-03-01T09:00:00Z'),
  });
  /** Today: a2 now weighs 2, b2 and d1 are new. */
  const today = [q('a1', 'a'), q('a2', 'a', 2, REVERSED), q('b1', 'b'), q('b2', 'b'), q('d1', 'd')];
  const now: Answers = { a1: 'oui', a2: 'non', b1: 'non', b2: 'oui', d1: 'oui' };

  it('compares theme by theme on the shared questions only, both scored with today’s questions', () => {
    const result = compare(old, today, now);
    expect(result.map((c) => [c.theme, c.shared, c.before.questions, c.now.questions])).to.deep.equal([
      ['a', 2, ['a1', 'a2'], ['a1', 'a2']],
      ['b', 1, ['b1'], ['b1']],
    ]);
    const [a, b] = result;
    // Then: a1 non (0), a2 oui (reversed: 0) → 0 %. Now: a1 oui (1×1), a2 non (1×2) → 100 %.
    expect([a.before.percent, a.before.level, a.now.percent, a.now.level]).to.deep.equal([0, 'a-renforcer', 100, 'solide']);
    // b2 is new: it is not in the comparison (b1 only): then 100 %, now 0 %.
    expect([b.before.percent, b.now.percent]).to.deep.equal([100, 0]);
  });

  it('uses today’s weights for the old answers too (a2 weighs 2 today)', () => {
    const [a] = compare(old, today, { a1: 'oui', a2: 'oui' });
    expect(a.before.score).to.equal(0); // old answers: a1 non, a2 oui (reversed)
    expect(a.now.score).to.be.closeTo(1 / 3, 1e-12); // (1×1 + 0×2) / 3
  });

  it('a skipped or unknown old answer stays skipped or unknown', () => {
    const partial = { ...old, answers: { ...old.answers, a1: null, a2: 'ne-sait-pas' as const } };
    const [a] = compare(partial, today, now);
    expect([a.before.level, a.before.skipped, a.before.unknown]).to.deep.equal(['a-clarifier', ['a1'], ['a2']]);
  });

  it('nothing in common: no comparison', () => {
    expect(compare(old, [q('z1', 'z')], { z1: 'oui' })).to.deep.equal([]);
  });

  it('an old export read back from its JSON compares the same', () => {
    const back = parseExport(toJSON(old));
    expect(back.ok).to.equal(true);
    if (back.ok) expect(compare(back.value, today, now)).to.deep.equal(compare(old, today, now));
  });
});
