// Writes the CSV fixtures of test/node/cli.test.mjs, byte by byte where the bytes matter
// (Windows-1252, UTF-16, a stray byte, a workbook renamed .csv), and the 44-file messy corpus
// (corpus/, with corpus/expected.json: per file the rows read, written, refused and repaired
// as the generator made them). Deterministic (seeded): `node test/cli-fixtures/csv/make.mjs`
// rewrites the same files; commit them.
import { mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const cases = join(here, 'cases');
const corpus = join(here, 'corpus');
rmSync(cases, { recursive: true, force: true });
rmSync(corpus, { recursive: true, force: true });
mkdirSync(cases, { recursive: true });
mkdirSync(corpus, { recursive: true });

/** Windows-1252: the 27 characters of 0x80–0x9F (the 5 undefined bytes are absent), the rest is Latin-1. */
export const CP1252 = {
  0x80: '€', 0x82: '‚', 0x83: 'ƒ', 0x84: '„', 0x85: '…', 0x86: '†', 0x87: '‡', 0x88: 'ˆ', 0x89: '‰', 0x8a: 'Š', 0x8b: '‹', 0x8c: 'Œ', 0x8e: 'Ž',
  0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x95: '•', 0x96: '–', 0x97: '—', 0x98: '˜', 0x99: '™', 0x9a: 'š', 0x9b: '›', 0x9c: 'œ', 0x9e: 'ž', 0x9f: 'Ÿ',
};
const REVERSE = new Map(Object.entries(CP1252).map(([b, c]) => [c, Number(b)]));
/** Text → Windows-1252 bytes, character by character (throws on a character it cannot hold). */
function cp1252(text) {
  const out = [];
  for (const ch of text) {
    const code = ch.codePointAt(0);
    if (REVERSE.has(ch)) out.push(REVERSE.get(ch));
    else if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) out.push(code);
    else throw new Error(`not in Windows-1252: ${ch}`);
  }
  return Buffer.from(out);
}
const utf16le = (text) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const bom = (text) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
const write = (dir, name, bytes) => writeFileSync(join(dir, name), typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes);

const H = 'id;nom;type;code_postal;commune;latitude;longitude;telephone;email;site_web;horaires;sans_rendez_vous;langues';
const row = (id, name = `Guichet ${id}`, more = {}) => {
  const r = { type: 'cpas', cp: '1300', commune: 'Wavre', lat: '50,717', lon: '4,612', tel: '010 22 33 44', email: '', site: '', hours: 'Mo-Fr 09:00-12:00', walk: '', langs: '', ...more };
  return [id, name, r.type, r.cp, r.commune, r.lat, r.lon, r.tel, r.email, r.site, r.hours, r.walk, r.langs].join(';');
};

// ---------------------------------------------------------------- one file per case
// 1. Every byte 0x80–0x9F, one row each, Windows-1252 as Excel writes it (CRLF).
{
  const lines = [H];
  for (let b = 0x80; b <= 0x9f; b++) lines.push(row(`c1-${b.toString(16)}`, `CPAS d${'\u0000'}Ottignies`));
  const head = cp1252(`${lines[0]}\r\n`);
  const body = lines.slice(1).map((l, i) => {
    const [before, after] = l.split('\u0000');
    return Buffer.concat([cp1252(before), Buffer.from([0x80 + i]), cp1252(`${after}\r\n`)]);
  });
  write(cases, 'cp1252-every-c1-byte.csv', Buffer.concat([head, ...body]));
}
// 2. Excel « CSV (séparateur : point-virgule) » with a `sep=;` line, Windows-1252, and one short row.
write(cases, 'excel-sep.csv', cp1252(['sep=;', H, row('cpas-ottignies', 'CPAS d’Ottignies — accueil « social »'), 'court;Guichet court;epn;1370;Jodoigne', ''].join('\r\n')));
// 3. A small file, one unterminated quote: the delimiter still comes from the header.
write(cases, 'small-unterminated.csv', [H, row('ok-1'), row('cassé', '"Guichet cassé'), ''].join('\n'));
// 4. A quote opened on row 6 and closed on row 7: row 6 is refused, row 7 and the rest are read (15 rows).
{
  const lines = [H];
  for (let i = 2; i <= 16; i++) {
    if (i === 6) lines.push(row(`r${i}`, '"Guichet du Relais'));
    else if (i === 7) lines.push(row(`r${i}`, 'Guichet sept"'));
    else lines.push(row(`r${i}`));
  }
  write(cases, 'broken-quote.csv', `${lines.join('\r\n')}\r\n`);
}
// 5. Comma-separated, an unquoted comma in the hours: the row is refused, not kept with the afternoon lost.
write(cases, 'comma-shifted.csv', ['id,nom,type,code_postal,commune,horaires', 'a,Guichet A,cpas,1300,Wavre,"Mo-Fr 09:00-12:00,13:00-16:00"', 'b,Guichet B,cpas,1300,Wavre,Mo-Fr 09:00-12:00,13:00-16:00', ''].join('\n'));
// 6. Words instead of hours.
write(cases, 'appointment.csv', [H, row('rdv-1', undefined, { hours: 'sur rendez-vous' }), row('rdv-2', undefined, { hours: 'Rendez-vous' }), row('off', undefined, { hours: 'off' }), row('non', undefined, { hours: 'non' }), ''].join('\n'));
// 7. Phone numbers as people type them.
write(
  cases,
  'phones.csv',
  [H, row('trunk', undefined, { tel: '+32 (0)10 22 33 44' }), row('label', undefined, { tel: 'tél. 010 22 33 44' }), row('two', undefined, { tel: '010 22 33 44 / 0470 12 34 56' }), row('france', undefined, { tel: '+33 1 23 45 67 89' }), row('garbage', undefined, { tel: '12345' }), ''].join('\n'),
);
// 8. Two « horaires » columns.
write(cases, 'duplicate-header.csv', ['id;nom;type;code_postal;commune;horaires;remarques;horaires', 'a;Guichet A;cpas;1300;Wavre;;;Mo-Fr 09:00-12:00', ''].join('\n'));
// 9. Empty rows count: the bad postal code is on spreadsheet row 7.
write(cases, 'empty-rows.csv', [H, row('a'), '', ';;;;;;;;;;;;', row('b'), '', row('c', undefined, { cp: '130' }), ''].join('\r\n'));
// 10. Optional cells written loosely: the counter stays, each cell repaired or dropped.
write(
  cases,
  'optional-cells.csv',
  [
    H,
    row('site', undefined, { site: 'www.commune.be' }),
    row('mailto', undefined, { email: 'mailto:accueil@commune.be' }),
    row('accueil', undefined, { email: 'Accueil <accueil@commune.be>' }),
    row('nomail', undefined, { email: 'Accueil' }),
    row('langs', undefined, { langs: 'fr / nl' }),
    row('badurl', undefined, { site: 'voir la page' }),
    '',
  ].join('\n'),
);
// 11. Excel « Texte Unicode »: UTF-16 LE with a BOM, tab-separated.
write(cases, 'utf16.csv', utf16le([H.replaceAll(';', '\t'), row('utf16', 'Guichet d’Ottignies').replaceAll(';', '\t'), ''].join('\r\n')));
// 12. A workbook renamed .csv (an .xlsx is a ZIP: it starts with PK\x03\x04).
write(cases, 'workbook.csv', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]), Buffer.from('[Content_Types].xml')]));
// 13. UTF-8 with one stray Windows-1252 byte (0xE9, « é ») on row 3.
write(cases, 'stray-byte.csv', Buffer.concat([Buffer.from(`${H}\n${row('a', 'Guichet de Liège')}\n`), Buffer.from(row('b', 'Guichet de Li').split('Li')[0] + 'Li'), Buffer.from([0xe9]), Buffer.from(`ge${row('b').slice(row('b').indexOf(';', 3))}\n${row('c', 'Guichet à Wavre')}\n`)]));
// 14. Header aliases: E-mail, Tél., Courriel (one of them).
write(cases, 'aliases.csv', ['id;Nom;Type;Code postal;Commune;Tél.;E-mail', 'a;Guichet A;cpas;1300;Wavre;010 22 33 44;a@commune.be', ''].join('\n'));
write(cases, 'aliases-courriel.csv', ['id;nom;type;code_postal;commune;Courriel', 'a;Guichet A;cpas;1300;Wavre;a@commune.be', ''].join('\n'));
// 15. Coordinates: swapped, half, 0 0, in France.
write(cases, 'coordinates.csv', [H, row('swapped', undefined, { lat: '4,612', lon: '50,717' }), row('half', undefined, { lon: '' }), row('zero', undefined, { lat: '0', lon: '0' }), row('paris', undefined, { lat: '48,85', lon: '2,35' }), row('good', undefined), ''].join('\n'));
// 16. No row can be converted.
write(cases, 'nothing.csv', [H, row('a', ''), row('b', undefined, { cp: 'Wavre' }), ''].join('\n'));

// ---------------------------------------------------------------- the messy corpus
let seed = 20;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = (list) => list[Math.floor(random() * list.length)];
const COMMUNES = [['1300', 'Wavre'], ['1340', 'Ottignies-Louvain-la-Neuve'], ['1370', 'Jodoigne'], ['1400', 'Nivelles'], ['1480', 'Tubize'], ['1410', 'Waterloo']];
const NAMES = ['CPAS', 'Espace public numérique', 'Maison de l’emploi', 'Bibliothèque « Le Signet »', 'Accueil — Service social', 'Guichet œcuménique', 'Maison médicale'];
/** Each kind: the cells it changes, and what the import must do: w (written), r (refused), p (written, one field repaired or dropped). */
const KINDS = [
  ['good', {}, 'w'],
  ['good', {}, 'w'],
  ['good', {}, 'w'],
  ['noName', { name: '' }, 'r'],
  ['postal', { cp: '130' }, 'r'],
  ['type', { type: 'mairie' }, 'r'],
  ['trunk', { tel: '+32 (0)10 22 33 44' }, 'p'],
  ['label', { tel: 'Tél. : 010 22 33 44' }, 'p'],
  ['twoPhones', { tel: '010 22 33 44 ou 0470 12 34 56' }, 'p'],
  ['www', { site: 'www.wavre.be' }, 'p'],
  ['mailto', { email: 'mailto:info@wavre.be' }, 'p'],
  ['accueil', { email: 'Accueil <accueil@wavre.be>' }, 'p'],
  ['rdv', { hours: 'sur rendez-vous' }, 'p'],
  ['off', { hours: 'off' }, 'p'],
  ['osm', { hours: 'Mo-Fr 8:30-12:00' }, 'p'],
  ['swapped', { lat: '4,612', lon: '50,717' }, 'p'],
  ['half', { lon: '' }, 'p'],
  ['langName', { langs: 'français' }, 'p'],
  ['shifted', { hours: 'Mo-Fr 09:00-12:00DELIM Sa 10:00-12:00' }, 'r'],
];
const expected = {};
for (let f = 1; f <= 44; f++) {
  const encoding = pick(['cp1252', 'cp1252', 'bom', 'utf8', 'utf16']);
  const delimiter = encoding === 'utf16' ? '\t' : pick([';', ';', ';', ',']);
  const eol = pick(['\r\n', '\r\n', '\n']);
  const sep = encoding === 'cp1252' && random() < 0.4;
  const n = 3 + Math.floor(random() * 25);
  const header = 'id;nom;type;code_postal;commune;latitude;longitude;telephone;email;site_web;horaires;sans_rendez_vous;langues'.split(';');
  const lines = [];
  const e = { read: 0, written: 0, refused: [], repaired: 0 };
  let spreadsheetRow = 1;
  const used = new Set();
  for (let i = 0; i < n; i++) {
    if (random() < 0.08) {
      lines.push(random() < 0.5 ? '' : delimiter.repeat(header.length - 1));
      spreadsheetRow++;
      continue;
    }
    spreadsheetRow++;
    const [kind, cells, outcome] = pick(KINDS);
    let id = `f${f}-r${spreadsheetRow}`;
    if (kind === 'good' && used.size && random() < 0.1) id = pick([...used]);
    const [cp, commune] = pick(COMMUNES);
    const r = { id, name: `${pick(NAMES)} ${spreadsheetRow}`, type: pick(['cpas', 'epn', 'bibliotheque', 'Commune']), cp, commune, lat: '50,717', lon: '4,612', tel: '010 22 33 44', email: 'accueil@commune.be', site: 'https://www.commune.be', hours: 'Mo-Fr 09:00-12:00', walk: '', langs: 'fr', ...cells };
    if (kind === 'shifted') r.hours = r.hours.replace('DELIM', delimiter);
    const quoteCell = (v) => (kind !== 'shifted' && (v.includes(delimiter) || v.includes('"')) ? `"${v.replaceAll('"', '""')}"` : v);
    lines.push([r.id, r.name, r.type, r.cp, r.commune, r.lat, r.lon, r.tel, r.email, r.site, r.hours, r.walk, r.langs].map(quoteCell).join(delimiter));
    e.read++;
    const duplicate = used.has(id);
    if (outcome === 'r' || duplicate) e.refused.push(spreadsheetRow);
    else {
      e.written++;
      used.add(id);
      if (outcome === 'p') e.repaired++;
    }
  }
  const text = [...(sep ? [`sep=${delimiter}`] : []), header.join(delimiter), ...lines, ''].join(eol);
  const bytes = encoding === 'cp1252' ? cp1252(text) : encoding === 'bom' ? bom(text) : encoding === 'utf16' ? utf16le(text) : Buffer.from(text, 'utf8');
  const name = `messy-${String(f).padStart(2, '0')}-${encoding}.csv`;
  write(corpus, name, bytes);
  expected[name] = e;
}
writeFileSync(join(corpus, 'expected.json'), `${JSON.stringify(expected, null, 1)}\n`);
console.log(`wrote ${Object.keys(expected).length} corpus files and the cases`);
