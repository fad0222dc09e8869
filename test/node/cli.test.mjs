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
    assert.match(r.err, /encoding detected: UTF-8\./);
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
    assert.deepEqual(ids, ['ok-1', 'hours']);
    assert.match(r.err, /2 ligne\(s\) converties, 6 ligne\(s\) refusées/);
    assert.match(r.err, /ligne 3 : la colonne « nom » est vide/);
    assert.match(r.err, /ligne 4 : champ « address\.postalCode » : attendu un code postal belge \(4 chiffres\) ; trouvé "130"/);
    assert.match(r.err, /ligne 5 : la colonne « latitude » n’est pas un nombre : « cinquante »/);
    assert.match(r.err, /ligne 6 : champ « id » : attendu un identifiant/);
    assert.match(r.err, /ligne 7 : l’id « ok-1 » est déjà pris/);
    assert.match(r.err, /ligne 8 \(gardée\) : colonne « horaires » : « 8:30-12:00 » \(position 7\) : une plage horaire s’écrit HH:MM-HH:MM, attendu 08:30-12:00/);
    assert.match(r.err, /ligne 9 : champ « type » : attendu une de ces valeurs/);
  });

  test('a required column missing: nothing converted, exit 1', () => {
    const r = run('import-csv', csv('nocol.csv', 'nom;type;commune\nA;cpas;Wavre\n'));
    assert.equal(r.code, 1);
    assert.match(r.err, /colonne obligatoire absente : code_postal/);
    assert.equal(r.out, '');
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
