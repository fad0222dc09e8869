// The webmasters' CLI (dist/cli.js, built by `npm run build`), run as a process: exit codes,
// messages in each language, the bad-file corpus (test/cli-fixtures/bad/, each with the
// French words its message must hold in expected.json), CSV as Belgian Excel writes it, and
// the example directory export.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const cli = process.env.NC_CLI ?? join(root, 'dist/cli.js');
const fixtures = join(root, 'test/cli-fixtures');
/** The directory export example, kept once for the tests, the stories and the demo. */
const contactsExample = join(root, 'test/fixtures/contacts-en-wallonie-example.json');
const tmp = mkdtempSync(join(tmpdir(), 'nc-cli-'));

if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` first.');

/** Runs the CLI; `{ code, out, err }`. */
function run(...args) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  // French messages put a no-break space inside « » and before « : » (matched here as a space).
  const plain = (s) => s.replace(/\u00a0/g, ' ');
  return { code: r.status, out: plain(r.stdout), err: plain(r.stderr), raw: r.stdout };
}
const csv = (name, text, encoding = 'utf8') => {
  const file = join(tmp, name);
  writeFileSync(file, encoding === 'latin1' ? Buffer.from(text, 'latin1') : text);
  return file;
};
const HEADER = 'id;nom;type;services;rue;code_postal;commune;latitude;longitude;telephone;horaires;sans_rendez_vous';

describe('the command line', () => {
  test('--help of each command, in each language, exit 0', () => {
    const words = { fr: 'Exemple', nl: 'Voorbeeld', de: 'Beispiel', en: 'Example' };
    for (const lang of ['fr', 'nl', 'de', 'en']) {
      for (const command of ['validate', 'import-csv', 'import-contacts']) {
        const r = run(command, '--help', '--lang', lang);
        assert.equal(r.code, 0, `${command} --help --lang ${lang}`);
        assert.match(r.out, new RegExp(`numerique-choisi ${command}`));
        assert.ok(r.out.includes(words[lang]), `${command} --help in ${lang} has its examples`);
      }
      const main = run('--help', '--lang', lang);
      assert.equal(main.code, 0);
      assert.match(main.out, /import-contacts/);
    }
    assert.match(run('import-csv', '--help').out, /id;nom\*;nom_nl;/, 'the CSV columns are listed');
  });

  test('a wrong command line: exit 2 with a message', () => {
    assert.equal(run().code, 2);
    const unknown = run('valider', 'x.json');
    assert.equal(unknown.code, 2);
    assert.match(unknown.err, /Commande inconnue : valider\./);
    const noFile = run('validate', '--lang', 'nl');
    assert.equal(noFile.code, 2);
    assert.match(noFile.err, /Geen bestand opgegeven\./);
    assert.equal(run('validate', 'x.json', '--lang', 'it').code, 2);
    assert.equal(run('validate', 'x.json', '--frobnicate').code, 2);
  });
});

describe('validate', () => {
  test('good files: exit 0, one line each', () => {
    const r = run('validate', join(fixtures, 'good/site.json'), join(fixtures, 'good/finder-and-questions.json'));
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /site\.json : aucun problème \(3 entrées\)\./);
    assert.match(r.out, /finder-and-questions\.json : aucun problème \(3 entrées\)\./);
  });

  const expected = JSON.parse(readFileSync(join(fixtures, 'bad/expected.json'), 'utf8'));
  const bad = readdirSync(join(fixtures, 'bad')).filter((f) => f !== 'expected.json');
  test(`the corpus has at least 20 bad files (${bad.length}), each with its expected message`, () => {
    assert.ok(bad.length >= 20);
    assert.deepEqual(bad.map((f) => f.replace(/\.json$/, '')).sort(), Object.keys(expected).sort());
  });
  for (const file of bad) {
    const name = file.replace(/\.json$/, '');
    test(`bad file ${name}: exit 1, « ${expected[name]} »`, () => {
      const r = run('validate', join(fixtures, 'bad', file));
      assert.equal(r.code, 1);
      assert.ok(r.err.includes(expected[name]), `stderr:\n${r.err}`);
    });
  }

  test('the corpus in Dutch, German and English: each problem in that language, no phrase left in another', () => {
    const english = /\b(an|one of|at least|received|number from|integer|non-empty|lowercase letters|twice)\b/;
    const marks = { nl: 'verwacht', de: 'erwartet', en: 'expected' };
    const known = /\((known fields?|bekende velden|bekannte Felder): [^)]*\)/g; // field names are not words
    for (const lang of ['nl', 'de', 'en']) {
      const r = run('validate', ...bad.map((f) => join(fixtures, 'bad', f)), '--lang', lang);
      assert.equal(r.code, 1);
      const text = r.err.replace(known, '').replace(/\S+\.json/g, ''); // file names are not words either
      assert.ok(!/attendu|trouvé|champ|problème/.test(text), `${lang}: French left:\n${r.err}`);
      if (lang !== 'en') assert.ok(!english.test(text), `${lang}: English left:\n${r.err}`);
      // One block per file, each with its problem in that language.
      const lines = r.err.split('\n').filter((l) => l.startsWith('  – '));
      assert.equal(lines.length >= bad.length - 3, true, r.err);
      for (const line of lines) assert.ok(line.includes(marks[lang]), `${lang}: ${line}`);
    }
  });

  test('names the entry by number and id, and the field path', () => {
    const r = run('validate', join(fixtures, 'bad/23-slot-closes-before-opens.json'));
    assert.match(r.err, /guichets n°1 « mon-guichet », champ « walkIn\.slots\[0\]\.closes » : attendu une heure après l’ouverture \(09:00\) ; trouvé "08:00"/);
  });

  test('several files: every one is checked, exit 1 if any is bad', () => {
    const r = run('validate', join(fixtures, 'good/site.json'), join(fixtures, 'bad/13-question-score.json'));
    assert.equal(r.code, 1);
    assert.match(r.out, /site\.json : aucun problème/);
    assert.match(r.err, /13-question-score\.json : 1 problème/);
  });

  test('a trailing comma: the line and column of the comma itself, in each language (Node names no position for it)', () => {
    const file = join(fixtures, 'bad/29-trailing-comma.json');
    const words = { fr: 'ligne 4, colonne 41 : virgule en trop', nl: 'regel 4, kolom 41: komma te veel', de: 'Zeile 4, Spalte 41: überzähliges Komma', en: 'line 4, column 41: a comma before a closing bracket' };
    for (const [lang, text] of Object.entries(words)) {
      const r = run('validate', file, '--lang', lang);
      assert.equal(r.code, 1);
      assert.ok(r.err.includes(text), `${lang}: ${r.err}`);
      assert.ok(!/trop tôt|te vroeg|zu früh|too early/.test(r.err), r.err);
    }
  });

  test('an unknown option is said in the language asked', () => {
    const r = run('validate', 'x.json', '--frobnicate', '--lang', 'de');
    assert.equal(r.code, 2);
    assert.match(r.err, /Ungültige Option: unbekannte Option --frobnicate/);
  });

  test('a 5 MB id is quoted at most 60 characters long', () => {
    const file = join(tmp, 'long-id.json');
    writeFileSync(file, JSON.stringify({ formatVersion: 1, partners: [{ id: `${'x'.repeat(5_000_000)}!`, name: { fr: 'A' } }] }));
    const r = run('validate', file);
    assert.equal(r.code, 1);
    assert.ok(r.err.length < 2000, `stderr is ${r.err.length} characters`);
    assert.match(r.err, /partners n°1 « x{59}… \(5000001\) »/);
  });

  test('a file that does not exist: exit 1', () => {
    const r = run('validate', join(tmp, 'nothing.json'));
    assert.equal(r.code, 1);
    assert.match(r.err, /fichier illisible \(ENOENT\)/);
  });
});

describe('import-csv', () => {
  test('the shipped example: 3 counters, UTF-8 with BOM said, and the result validates', () => {
    const out = join(tmp, 'example.json');
    const r = run('import-csv', join(root, 'examples/guichets.csv'), '-o', out);
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /encodage détecté : UTF-8 \(BOM\)/);
    const file = JSON.parse(readFileSync(out, 'utf8'));
    assert.equal(file.guichets.length, 3);
    const [a] = file.guichets;
    assert.deepEqual(a.geo, { lat: 50.717, lon: 4.612 }, 'decimal commas');
    assert.equal(a.notes.fr, "Données d'exemple : ce guichet n'existe pas.\nSonnez à l'entrée latérale.", 'a quoted cell with a line break, CRLF made LF');
    assert.deepEqual(a.hours.slots[1], { days: ['Mo', 'Tu', 'We', 'Th', 'Fr'], opens: '13:00', closes: '16:00' });
    assert.deepEqual(file.guichets[2].walkIn, { slots: [] }, '« sur rendez-vous »: by appointment only');
    assert.equal(file.guichets[2].phone, '+32000000003', 'a local number made international');
    assert.deepEqual(file.guichets[1].otherServices, [{ fr: 'Aide aux démarches en ligne' }], 'words that are not an id: a free label');
    assert.equal(run('validate', out).code, 0);
  });

  test('stdout by default: `import-csv x.csv > guichets.json`', () => {
    const r = run('import-csv', join(root, 'examples/guichets.csv'));
    assert.equal(JSON.parse(r.out).guichets.length, 3);
  });

  test('Windows-1252 (Excel « CSV séparateur point-virgule »), CRLF: detected, said, decoded', () => {
    const file = csv('excel.csv', `${HEADER}\r\nliege-1;Guichet Liège;cpas;aide-sociale;Rue de l'Égalité;4000;Liège;50,64;5,57;04 000 00 00;Mo-Fr 09:00-12:00;Tu 09:00-12:00\r\n`, 'latin1');
    const r = run('import-csv', file);
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /encodage détecté : Windows-1252/);
    const g = JSON.parse(r.out).guichets[0];
    assert.equal(g.name.fr, 'Guichet Liège');
    assert.equal(g.address.street.fr, "Rue de l'Égalité");
    assert.equal(g.phone, '+3240000000');
    assert.deepEqual(g.geo, { lat: 50.64, lon: 5.57 });
  });

  test('UTF-8 without BOM, LF only', () => {
    const r = run('import-csv', csv('utf8.csv', `${HEADER}\nx-1;Guichet Jodoigne;epn;;;1370;Jodoigne;;;;;\n`), '--lang', 'en');
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /encoding detected: UTF-8; separator: semicolon “;”\./);
  });

  test('bad rows are reported by their spreadsheet row; the good rows still make the file (exit 1)', () => {
    const text = [
      HEADER,
      'ok-1;Guichet un;cpas;;;1300;Wavre;;;;;', // row 2
      'no-name;;cpas;;;1300;Wavre;;;;;', // row 3: no name
      'bad-cp;Guichet trois;cpas;;;130;Wavre;;;;;', // row 4: postal code
      'bad-lat;Guichet quatre;cpas;;;1300;Wavre;cinquante;4,6;;;', // row 5: not a number
      '"multi\nligne";Guichet cinq;cpas;;;1300;Wavre;;;;;', // row 6: a quoted line break (one spreadsheet row) in an id
      'ok-1;Guichet six;cpas;;;1300;Wavre;;;;;', // row 7: id used above
      'hours;Guichet sept;cpas;;;1300;Wavre;;;;Mo-Fr 8:30-12:00;', // row 8: kept, hours unknown
      'ok-2;Guichet huit;mairie;;;1300;Wavre;;;;;', // row 9: type
    ].join('\r\n');
    const r = run('import-csv', csv('bad.csv', text));
    assert.equal(r.code, 1);
    const ids = JSON.parse(r.out).guichets.map((g) => g.id);
    assert.deepEqual(ids, ['ok-1', 'bad-lat', 'hours'], 'an optional cell that is wrong drops that field, not the counter');
    assert.match(r.err, /8 ligne\(s\) lue\(s\) : 3 guichet\(s\) écrit\(s\), 5 ligne\(s\) refusée\(s\) ; 2 champ\(s\) réparé\(s\) ou retiré\(s\)/);
    assert.match(r.err, /ligne 3 : la colonne B « nom » \(obligatoire\) est vide/);
    assert.match(r.err, /ligne 4 : champ « address\.postalCode » : attendu un code postal belge \(4 chiffres\) ; trouvé "130"/);
    assert.match(r.err, /ligne 5, colonne H « latitude » : « cinquante » retiré \(pas un nombre : coordonnées retirées\)/);
    assert.match(r.err, /ligne 6 : champ « id » : attendu un identifiant/);
    assert.match(r.err, /ligne 7 : l’id « ok-1 » est déjà pris par la ligne 2/);
    assert.match(r.err, /ligne 8, colonne K « horaires » : « Mo-Fr 8:30-12:00 » → « heures inconnues » \(« 8:30-12:00 » \(position 7\) : une plage horaire s’écrit HH:MM-HH:MM, attendu 08:30-12:00\)/);
    assert.match(r.err, /ligne 9 : champ « type » : attendu une de ces valeurs/);
  });

  test('a required column missing: nothing converted, exit 1', () => {
    const r = run('import-csv', csv('nocol.csv', 'nom;type;commune\nA;cpas;Wavre\n'));
    assert.equal(r.code, 1);
    assert.match(r.err, /colonne obligatoire absente : code_postal\. En-têtes lus sur la ligne 1 : « nom;type;commune »/);
    assert.equal(r.out, '');
  });
});

describe('import-csv: what spreadsheets really hold (test/cli-fixtures/csv/cases, written by make.mjs)', () => {
  const cases = join(fixtures, 'csv/cases');
  const convert = (name, ...args) => {
    const r = run('import-csv', join(cases, name), ...args);
    return { ...r, guichets: r.out ? JSON.parse(r.out).guichets : [] };
  };

  test('Windows-1252, every byte 0x80–0x9F: each of the 27 characters decoded as Excel wrote it, the 5 undefined bytes dropped and listed', () => {
    const CP1252 = { 0x80: '€', 0x82: '‚', 0x83: 'ƒ', 0x84: '„', 0x85: '…', 0x86: '†', 0x87: '‡', 0x88: 'ˆ', 0x89: '‰', 0x8a: 'Š', 0x8b: '‹', 0x8c: 'Œ', 0x8e: 'Ž', 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x95: '•', 0x96: '–', 0x97: '—', 0x98: '˜', 0x99: '™', 0x9a: 'š', 0x9b: '›', 0x9c: 'œ', 0x9e: 'ž', 0x9f: 'Ÿ' };
    const r = convert('cp1252-every-c1-byte.csv');
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /encodage détecté : Windows-1252/);
    assert.equal(r.guichets.length, 32);
    for (let b = 0x80; b <= 0x9f; b++) {
      const g = r.guichets.find((x) => x.id === `c1-${b.toString(16)}`);
      assert.equal(g.name.fr, `CPAS d${CP1252[b] ?? ''}Ottignies`, `byte 0x${b.toString(16)}`);
    }
    assert.ok(!/[\u0080-\u009f\ufffd]/.test(r.raw), 'no C1 control character, no U+FFFD in the output');
    for (const hex of ['81', '8D', '8F', '90', '9D']) assert.match(r.err, new RegExp(`colonne B « nom » : « CPAS d. ?Ottignies » → « CPAS dOttignies » \\(l’octet 0x${hex} n’est aucun caractère en Windows-1252 : retiré\\)`));
    assert.match(r.err, /32 ligne\(s\) lue\(s\) : 32 guichet\(s\) écrit\(s\), 0 ligne\(s\) refusée\(s\) ; 5 champ\(s\) réparé\(s\)/);
  });

  test('Excel’s `sep=;` first line: honoured, not a row (the header is row 1); a short row is read', () => {
    const r = convert('excel-sep.csv');
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /séparateur : point-virgule « ; » \(ligne « sep= »\)/);
    assert.deepEqual(r.guichets.map((g) => g.name.fr), ['CPAS d’Ottignies — accueil « social »', 'Guichet court']);
  });

  test('a small file with an unterminated quote: the delimiter comes from the header; only that row is refused, named', () => {
    const r = convert('small-unterminated.csv');
    assert.equal(r.code, 1);
    assert.deepEqual(r.guichets.map((g) => g.id), ['ok-1']);
    assert.match(r.err, /ligne 3 : un guillemet ouvert dans la colonne B « nom » n’est pas refermé sur cette ligne/);
    assert.ok(!/colonne obligatoire absente/.test(r.err));
  });

  test('a quote opened on row 6 and closed on row 7 swallows nothing: 15 rows in, 14 written, row 6 refused', () => {
    const r = convert('broken-quote.csv');
    assert.equal(r.code, 1);
    assert.equal(r.guichets.length, 14);
    assert.ok(r.guichets.some((g) => g.id === 'r7'), 'row 7 is read');
    assert.match(r.err, /15 ligne\(s\) lue\(s\) : 14 guichet\(s\) écrit\(s\), 1 ligne\(s\) refusée\(s\)/);
    assert.match(r.err, /ligne 6 : un guillemet ouvert dans la colonne B « nom »/);
  });

  test('an unquoted comma in the hours of a comma-separated file: the shifted row is refused and named, not kept with the afternoon lost', () => {
    const r = convert('comma-shifted.csv');
    assert.equal(r.code, 1);
    assert.deepEqual(r.guichets.map((g) => g.id), ['a']);
    assert.deepEqual(r.guichets[0].hours.slots.map((s) => s.closes), ['12:00', '16:00'], 'the quoted one keeps both ranges');
    assert.match(r.err, /ligne 3 : la ligne a 7 cellules pour 6 colonnes : une cellule contient le séparateur \(virgule « , »\) sans guillemets autour.*G « 13:00-16:00 »/);
  });

  test('« sur rendez-vous », « rendez-vous », « off », « non » in horaires: hours unknown (never « Fermé »), each said', () => {
    const r = convert('appointment.csv');
    assert.equal(r.code, 0, r.err);
    for (const g of r.guichets) assert.equal(g.hours, undefined, `${g.id}: hours unknown, not closed`);
    assert.deepEqual(r.guichets.find((g) => g.id === 'rdv-1').walkIn, { slots: [] }, 'by appointment: no walk-in hours');
    assert.equal(r.guichets.find((g) => g.id === 'off').walkIn, undefined);
    assert.match(r.err, /ligne 2, colonne K « horaires » : « sur rendez-vous » → « heures inconnues » \(heures inconnues — sur rendez-vous/);
    assert.match(r.err, /ligne 4, colonne K « horaires » : « off » → « heures inconnues »/);
    assert.match(r.err, /ligne 5, colonne K « horaires » : « non » → « heures inconnues »/);
    assert.equal(run('import-csv', join(cases, 'appointment.csv'), '--strict').code, 1, '--strict: a repair fails');
  });

  test('phone numbers: +32 (0)10… loses its (0), a label or a second number is said, a foreign number is kept with a note, garbage dropped', () => {
    const r = convert('phones.csv');
    assert.equal(r.code, 0, r.err);
    const phone = (id) => r.guichets.find((g) => g.id === id).phone;
    assert.equal(phone('trunk'), '+3210223344');
    assert.equal(phone('label'), '+3210223344');
    assert.equal(phone('two'), '+3210223344');
    assert.equal(phone('france'), '+33123456789');
    assert.equal(phone('garbage'), undefined);
    assert.match(r.err, /ligne 2, colonne H « telephone » : « \+32 \(0\)10 22 33 44 » → « \+3210223344 »/);
    assert.match(r.err, /ligne 4, colonne H « telephone » : .* \(un seul numéro par guichet : le second \(« 0470 12 34 56 »\) est retiré/);
    assert.match(r.err, /ligne 5 : colonne H « telephone » : \+33123456789 n’est pas un numéro belge \(\+32\) : gardé tel quel/);
    assert.match(r.err, /ligne 6, colonne H « telephone » : « 12345 » retiré/);
  });

  test('a column twice: refused with both columns named', () => {
    const r = convert('duplicate-header.csv');
    assert.equal(r.code, 1);
    assert.equal(r.out, '');
    assert.match(r.err, /la colonne « horaires » apparaît deux fois \(colonne F « horaires » et colonne H « horaires »\)/);
  });

  test('row numbers as the spreadsheet shows them: empty rows count', () => {
    const r = convert('empty-rows.csv');
    assert.equal(r.code, 1);
    assert.match(r.err, /ligne 7 : champ « address\.postalCode »/);
    assert.match(r.err, /3 ligne\(s\) lue\(s\).*3 ligne\(s\) vide\(s\) sautée\(s\)/);
  });

  test('optional cells written loosely: the counter stays; each cell repaired or dropped, before → after', () => {
    const r = convert('optional-cells.csv');
    assert.equal(r.code, 0, r.err);
    assert.equal(r.guichets.length, 6);
    const g = (id) => r.guichets.find((x) => x.id === id);
    assert.equal(g('site').url, 'https://www.commune.be');
    assert.equal(g('mailto').email, 'accueil@commune.be');
    assert.equal(g('accueil').email, 'accueil@commune.be');
    assert.equal(g('nomail').email, undefined);
    assert.deepEqual(g('langs').accessibility.languages, ['fr', 'nl']);
    assert.equal(g('badurl').url, undefined);
    assert.match(r.err, /ligne 2, colonne J « site_web » : « www\.commune\.be » → « https:\/\/www\.commune\.be »/);
    assert.match(r.err, /ligne 3, colonne I « email » : « mailto:accueil@commune\.be » → « accueil@commune\.be » \(« mailto: » retiré\)/);
    assert.match(r.err, /ligne 5, colonne I « email » : « Accueil » retiré/);
  });

  test('UTF-16 (Excel « Texte Unicode », tab-separated): detected, said, read', () => {
    const r = convert('utf16.csv');
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /encodage détecté : UTF-16 LE \(Excel « Texte Unicode »\) ; séparateur : tabulation/);
    assert.equal(r.guichets[0].name.fr, 'Guichet d’Ottignies');
  });

  test('an .xlsx renamed .csv: said so, with what to do in Excel', () => {
    const r = convert('workbook.csv');
    assert.equal(r.code, 1);
    assert.match(r.err, /c’est un classeur Excel \(\.xlsx\), pas un fichier CSV\. Dans Excel : Fichier → Enregistrer sous/);
    assert.ok(!/colonne obligatoire absente/.test(r.err));
  });

  test('UTF-8 with one stray byte: the file stays UTF-8, the byte is named by row and column', () => {
    const r = convert('stray-byte.csv');
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /encodage détecté : UTF-8 \+ Windows-1252/);
    assert.deepEqual(r.guichets.map((g) => g.name.fr), ['Guichet de Liège', 'Guichet de Liége', 'Guichet à Wavre'], 'the stray 0xE9 is « é »; the other rows are not re-decoded');
    assert.match(r.err, /ligne 3 : colonne B « nom » : l’octet 0xE9 n’est pas de l’UTF-8 ; il est lu en Windows-1252 comme « é »/);
  });

  test('header aliases: E-mail, Courriel, Tél., Code postal', () => {
    for (const name of ['aliases.csv', 'aliases-courriel.csv']) {
      const r = convert(name);
      assert.equal(r.code, 0, r.err);
      assert.equal(r.guichets[0].email, 'a@commune.be', name);
      assert.ok(!/inconnue/.test(r.err), r.err);
    }
    assert.equal(convert('aliases.csv').guichets[0].phone, '+3210223344');
  });

  test('a column without a header that holds data: said, not ignored silently', () => {
    const r = run('import-csv', csv('unnamed.csv', 'id;nom;type;code_postal;commune;\na;Guichet A;cpas;1300;Wavre;à appeler avant\n'));
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /ligne 1 : la colonne F n’a pas d’en-tête : ses cellules sont ignorées/);
  });

  test('coordinates swapped, half, 0 0 or outside Belgium: dropped, each said', () => {
    const r = convert('coordinates.csv');
    assert.equal(r.code, 0, r.err);
    assert.deepEqual(r.guichets.filter((g) => g.geo).map((g) => g.id), ['good']);
    assert.match(r.err, /ligne 2, colonne F « latitude » : « 4,612 ; 50,717 » retiré \(hors de la Belgique.*latitude et longitude inversées/);
    assert.match(r.err, /ligne 3, colonne F « latitude » : « 50,717 » retiré \(latitude et longitude vont ensemble/);
    assert.match(r.err, /ligne 5, .*« 48,85 ; 2,35 » retiré \(hors de la Belgique/);
  });

  test('no counter written: exit 1 and nothing output (a script would publish an empty finder)', () => {
    const r = convert('nothing.csv');
    assert.equal(r.code, 1);
    assert.equal(r.out, '');
    assert.match(r.err, /aucun guichet écrit : rien n’est produit/);
  });

  test('--strict: a clean file passes, any note fails and nothing is written', () => {
    assert.equal(run('import-csv', join(cases, 'aliases.csv'), '--strict').code, 0);
    const r = run('import-csv', join(cases, 'stray-byte.csv'), '--strict');
    assert.equal(r.code, 1);
    assert.equal(r.out, '');
    assert.match(r.err, /--strict : 1 réparation\(s\) ou remarque\(s\)/);
  });

  test('a 5 MB id: the message quotes 60 characters of it, not 5 MB', () => {
    const id = 'x'.repeat(5_000_000);
    const r = run('import-csv', csv('long.csv', `${HEADER}\nA;Guichet;cpas;;;1300;Wavre;;;;;\nA;Guichet;cpas;;;1300;Wavre;;;;;\n${id}!;Guichet;cpas;;;1300;Wavre;;;;;\n`));
    assert.equal(r.code, 1);
    assert.ok(r.err.length < 5000, `stderr is ${r.err.length} characters`);
    assert.match(r.err, /ligne 4 : champ « id » : attendu un identifiant/);
  });

  test('the summary in Dutch, German and English: no French left', () => {
    for (const lang of ['nl', 'de', 'en']) {
      for (const name of ['phones.csv', 'optional-cells.csv', 'coordinates.csv', 'appointment.csv', 'broken-quote.csv', 'comma-shifted.csv', 'workbook.csv', 'duplicate-header.csv', 'nothing.csv']) {
        const r = run('import-csv', join(cases, name), '--lang', lang);
        const text = r.err.replace(/«[^»]*»|“[^”]*”|‘[^’]*’|„[^“]*“|\([^)]*\)/g, '').replace(/\S+\.csv/g, '');
        assert.ok(!/\b(ligne|colonne|retiré|guichet|heures|réparé|refusée|avec|pas un)\b/.test(text), `${lang} ${name}: French left:\n${r.err}`);
      }
    }
  });

  test('French messages hold no English word', () => {
    for (const name of readdirSync(cases)) {
      const r = run('import-csv', join(cases, name));
      const text = r.err.replace(/«[^»]*»/g, '').replace(/\S+\.csv/g, '');
      assert.ok(!/\b(row|column|expected|found|received|dropped|kept|quoted|field|unterminated|malformed|the)\b/i.test(text), `${name}: English left:\n${r.err}`);
    }
  });
});

describe('import-csv: the 44-file messy corpus (test/cli-fixtures/csv/corpus)', () => {
  const dir = join(fixtures, 'csv/corpus');
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
  const total = { files: 0, read: 0, written: 0, refused: 0, repaired: 0 };
  test('44 files, each as the generator made it: every row written or refused on its own spreadsheet row, every repair listed', () => {
    assert.equal(Object.keys(expected).length, 44);
    for (const [name, e] of Object.entries(expected)) {
      const r = run('import-csv', join(dir, name), '--lang', 'en');
      assert.ok(r.code === 0 || r.code === 1, `${name}: exit ${r.code}`);
      const m = /(\d+) row\(s\) read: (\d+) counter\(s\) written, (\d+) row\(s\) refused; (\d+) field/.exec(r.err);
      assert.ok(m, `${name}: no summary\n${r.err}`);
      const [read, written, refused, repaired] = m.slice(1).map(Number);
      assert.deepEqual({ read, written, refused, repaired }, { read: e.read, written: e.written, refused: e.refused.length, repaired: e.repaired }, `${name}\n${r.err}`);
      assert.equal(read, written + refused, `${name}: every row accounted for`);
      const section = r.err.split('Rows refused')[1]?.split(/\n(?=Fields|Notes)/)[0] ?? '';
      assert.deepEqual([...section.matchAll(/^  – row (\d+): /gm)].map((x) => Number(x[1])), e.refused, `${name}: refused rows`);
      assert.equal(r.code, refused ? 1 : 0);
      if (written) {
        assert.ok(!/[\u0080-\u009f\ufffd]/.test(r.raw), `${name}: no C1 character or U+FFFD`);
        assert.equal(JSON.parse(r.raw).guichets.length, written);
      }
      total.files++;
      total.read += read;
      total.written += written;
      total.refused += refused;
      total.repaired += repaired;
    }
    console.log(`corpus: ${JSON.stringify(total)}`);
  });
});

describe('import-contacts', () => {
  const example = contactsExample;
  test('the example export: its places become counters, the position is skipped, each fault said', () => {
    const out = join(tmp, 'contacts.json');
    const r = run('import-contacts', example, '-o', out);
    assert.equal(r.code, 0, r.err);
    const { guichets } = JSON.parse(readFileSync(out, 'utf8'));
    assert.equal(guichets.length, 4);
    assert.match(r.err, /4 guichet\(s\) converti\(s\)/);
    assert.match(r.err, /position/i);
    for (const g of guichets) assert.equal(g.walkIn, undefined, 'walk-in hours stay unknown unless the site says');
    assert.equal(run('validate', out).code, 0);
  });

  test('--walk-in-ids: those records’ schedules are walk-in hours', () => {
    const r = run('import-contacts', example, '--walk-in-ids', 'guichet-exemple-a');
    const a = JSON.parse(r.out).guichets.find((g) => g.id === 'guichet-exemple-a');
    assert.ok(a.walkIn, r.err);
  });

  test('its notices in each language: every record and day named, nothing left in English', () => {
    const english = /\b(record|skipped|dropped|ignored|unknown|missing|is not|has no|monday|tuesday)\b/i;
    const words = { fr: ['fiche 4', 'pas un lieu', 'lundi', 'début du matin « 8h30 » n’est pas une heure HH:MM (08:30 ?)', 'les heures de ce jour sont inconnues'], nl: ['fiche 4', 'geen plaats', 'maandag', 'onbekend'], de: ['Datensatz 4', 'kein Ort', 'Montag', 'unbekannt'] };
    for (const [lang, expected] of Object.entries(words)) {
      const r = run('import-contacts', example, '--lang', lang);
      const notices = r.err.split('\n').filter((l) => l.startsWith('  – '));
      assert.equal(notices.length, 6, r.err);
      for (const n of notices) assert.ok(!english.test(n.replace(/\([^)]*\)/, '')), `${lang}: ${n}`);
      for (const w of expected) assert.ok(r.err.includes(w), `${lang}: « ${w} » in\n${r.err}`);
    }
  });

  test('not an export: exit 1 with a message', () => {
    const r = run('import-contacts', join(fixtures, 'good/site.json'));
    assert.equal(r.code, 1);
    assert.match(r.err, /ce n’est pas un export « contacts-en-wallonie »/);
  });
});

describe('the files the finder tests read', () => {
  // test/guichet-finder-data-tools.test.ts gives these to <nc-guichet-finder> as `src`: they
  // must be what the CLI writes today.
  test('test/fixtures/guichets-from-csv.json is the CLI output of examples/guichets.csv', () => {
    const r = run('import-csv', join(root, 'examples/guichets.csv'));
    assert.deepEqual(JSON.parse(r.raw), JSON.parse(readFileSync(join(root, 'test/fixtures/guichets-from-csv.json'), 'utf8')));
  });
  test('test/fixtures/guichets-from-contacts.json is the CLI output of the example export', () => {
    const r = run('import-contacts', contactsExample, '--walk-in-ids', 'guichet-exemple-a');
    assert.deepEqual(JSON.parse(r.raw), JSON.parse(readFileSync(join(root, 'test/fixtures/guichets-from-contacts.json'), 'utf8')));
  });
});
