// The data tools on opening hours (dist/cli.js, built by `npm run build`): `PH off` written before
// rules that replace it on holidays is kept as OpenStreetMap reads it, with a warning and the fix
// (move it to the end) in each language; the exit code stays 0 for `validate`, the row is kept by `import-csv`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const cli = process.env.NC_CLI ?? join(root, 'dist/cli.js');
if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` first.');
const tmp = mkdtempSync(join(tmpdir(), 'nc-hours-'));
const run = (...args) => {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, out: r.stdout.replace(/\u00a0/g, ' '), err: r.stderr.replace(/\u00a0/g, ' ') };
};
const guichet = (hours) => ({ id: 'g', name: { fr: 'G' }, example: true, type: 'cpas', services: [], address: { postalCode: '1300', city: { fr: 'Wavre' } }, hours });

const FIX = {
  fr: 'déplacez « PH off » à la fin : Mo-Fr 09:00-12:00; PH off',
  nl: 'verplaatst u ‘PH off’ naar het einde: Mo-Fr 09:00-12:00; PH off',
  de: 'setzen Sie „PH off“ ans Ende: Mo-Fr 09:00-12:00; PH off',
  en: 'move “PH off” to the end: Mo-Fr 09:00-12:00; PH off',
};

test('validate: PH off before a rule that replaces it is a warning with the fix, in each language; exit 0', () => {
  const file = join(tmp, 'ph.json');
  writeFileSync(file, JSON.stringify({ formatVersion: 1, guichets: [guichet('PH off; Mo-Fr 09:00-12:00')] }));
  for (const [lang, fix] of Object.entries(FIX)) {
    const r = run('validate', file, '--lang', lang);
    assert.equal(r.code, 0, lang);
    assert.match(r.err, /Mo-Fr/, lang);
    assert.ok(r.err.includes(fix), `${lang}: ${r.err}`);
    assert.ok(r.err.includes(lang === 'fr' ? 'champ « hours »' : 'hours'), lang);
  }
});

test('validate: PH off at the end, no warning', () => {
  const file = join(tmp, 'ph-end.json');
  writeFileSync(file, JSON.stringify({ formatVersion: 1, guichets: [guichet('Mo-Fr 09:00-12:00; PH off')] }));
  const r = run('validate', file);
  assert.equal(r.code, 0);
  assert.equal(r.err, '');
});

test('import-csv: the row is kept, read as OpenStreetMap reads it, with the warning and the fix', () => {
  const file = join(tmp, 'ph.csv');
  writeFileSync(file, 'id;nom;type;services;rue;code_postal;commune;latitude;longitude;telephone;horaires;sans_rendez_vous\ng;G;cpas;;;1300;Wavre;;;;PH off; Mo-Fr 09:00-12:00;\n'.replace('PH off; Mo-Fr 09:00-12:00', '"PH off; Mo-Fr 09:00-12:00"'));
  const r = run('import-csv', file);
  assert.equal(r.code, 0, r.err);
  const out = JSON.parse(r.out);
  assert.deepEqual(out.guichets[0].hours, { slots: [{ days: ['Mo', 'Tu', 'We', 'Th', 'Fr'], opens: '09:00', closes: '12:00' }], publicHolidays: 'open' });
  assert.ok(r.err.includes('ligne 2 : colonne K « horaires » : « PH off »'), r.err);
  assert.ok(r.err.includes(FIX.fr), r.err);
});
