/**
 * `import-csv`: a spreadsheet of counters (one row per counter) → a counters file the finder
 * reads. Copes with what Belgian Excel writes (csv-decode.ts: Windows-1252, UTF-8 with or
 * without BOM, UTF-16 « Texte Unicode », a workbook renamed `.csv` recognised; csv-parse.ts:
 * the delimiter from the header line or `sep=`, quoted line breaks, broken quotes), decimal
 * commas, and the way people fill optional cells (csv-fields.ts). Every row is accounted for:
 * written, or refused with its spreadsheet row and the reason; every cell not kept exactly as
 * written is listed (row, column, before → after, why).
 */
import type { Guichet, GuichetType, LocalizedText } from '../data/model.js';
import { validateDataFile } from '../data/validate.js';
import { slug } from '../data/formats/fields.js';
import { explain, received, type Lang } from './messages.js';
import { decode } from './csv-decode.js';
import { headerDelimiter, parseRecords, sepLine, type CsvRecord } from './csv-parse.js';
import { C, DELIMITER_NAMES, clip, column, letter, quote, say } from './csv-messages.js';
import { email, languages, phone, website, yesNo, type Read } from './csv-fields.js';
import { coordinates, readHours, type RepairFn, type Row } from './csv-cells.js';

/** The template's columns, in order; `*` marks the required ones. */
export const COLUMNS = [
  'id',
  'nom*',
  'nom_nl',
  'nom_de',
  'nom_en',
  'type*',
  'services',
  'rue',
  'code_postal*',
  'commune*',
  'commune_nl',
  'latitude',
  'longitude',
  'telephone',
  'email',
  'site_web',
  'horaires',
  'sans_rendez_vous',
  'acces_de_plain_pied',
  'boucle_magnetique',
  'langues',
  'remarques',
  'exemple',
] as const;
const NAMES = COLUMNS.map((c) => c.replace('*', ''));
const REQUIRED = COLUMNS.filter((c) => c.endsWith('*')).map((c) => c.slice(0, -1));

/** Other names webmasters give the columns (after `slug`, hyphens as `_`). */
const ALIASES: Record<string, string> = {
  e_mail: 'email',
  mail: 'email',
  courriel: 'email',
  adresse_e_mail: 'email',
  adresse_email: 'email',
  tel: 'telephone',
  phone: 'telephone',
  site: 'site_web',
  site_internet: 'site_web',
  url: 'site_web',
  web: 'site_web',
  cp: 'code_postal',
  localite: 'commune',
  lat: 'latitude',
  lon: 'longitude',
  lng: 'longitude',
  horaire: 'horaires',
};
const columnName = (header: string) => {
  const s = slug(header).replace(/-/g, '_');
  return ALIASES[s] ?? s;
};

/** A line of the summary about one row. */
export interface RowNote {
  /** Row number as the spreadsheet shows it: the header is row 1. */
  row: number;
  message: string;
}

/** A cell not kept exactly as written: repaired (`after`) or dropped. */
export interface Repair {
  row: number;
  /** Column index (0 = A) and its name in the header. */
  column: number;
  name: string;
  before: string;
  after?: string;
  why: string;
}

export interface CsvImport {
  file: { formatVersion: 1; guichets: Guichet[] };
  encoding: string;
  delimiter: string;
  /** The delimiter came from a `sep=` first line. */
  sepLine: boolean;
  /** Data rows read (not empty), and empty rows skipped. `read` = written + refused. */
  read: number;
  empty: number;
  /** Rows left out, with why. */
  refused: RowNote[];
  /** Cells repaired or dropped in the rows kept. */
  repairs: Repair[];
  /** Kept as written, with something to check (an unknown column, a foreign number, a stray byte). */
  notes: RowNote[];
  /** A problem with the whole file (a workbook, a missing column): nothing could be converted. */
  fatal?: string;
}

const TYPES: readonly GuichetType[] = ['cpas', 'administration-communale', 'epn', 'maison-medicale', 'service-social', 'bibliotheque', 'autre'];
const TYPE_ALIASES: Record<string, GuichetType> = {
  'espace-public-numerique': 'epn',
  commune: 'administration-communale',
  'maison-communale': 'administration-communale',
};
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

class RowError extends Error {}

/** Which column a validation path comes from, for the optional fields a failed check drops. */
const PATH_COLUMNS: [RegExp, string, (g: Guichet) => void][] = [
  [/^phone/, 'telephone', (g) => delete g.phone],
  [/^email/, 'email', (g) => delete g.email],
  [/^url/, 'site_web', (g) => delete g.url],
  [/^geo/, 'latitude', (g) => delete g.geo],
  [/^hours/, 'horaires', (g) => delete g.hours],
  [/^walkIn/, 'sans_rendez_vous', (g) => delete g.walkIn],
  [/^accessibility/, 'langues', (g) => delete g.accessibility],
  [/^notes/, 'remarques', (g) => delete g.notes],
  [/^otherServices/, 'services', (g) => delete g.otherServices],
  [/^address\.street/, 'rue', (g) => delete g.address.street],
  [/^name\.(nl|de|en)/, 'nom_nl', (g) => ['nl', 'de', 'en'].forEach((l) => delete (g.name as unknown as Record<string, string>)[l])],
  [/^address\.city\.nl/, 'commune_nl', (g) => delete g.address.city.nl],
];

/** The header row, read: its cells, their column names, where each known column is, and where the row ends. */
interface Header {
  raw: string[];
  header: string[];
  at: Map<string, number>;
  headerEnd: number;
}

/** The header row; `undefined` (with `out.fatal` said) when a column is there twice or a required one is missing. */
function readHeader(text: string, offset: number, delimiter: string, out: CsvImport, lang: Lang, file: string): Header | undefined {
  const firstBreak = text.slice(offset).search(/\r|\n/);
  const headerEnd = firstBreak < 0 ? text.length : offset + firstBreak;
  const [head] = parseRecords(text.slice(0, headerEnd), delimiter, offset, 1, 0);
  const raw = head.cells.map((c) => c.value.trim());
  const header = raw.map(columnName);
  const at = new Map<string, number>();
  for (const [i, h] of header.entries()) {
    if (!NAMES.includes(h)) continue;
    if (at.has(h)) {
      out.fatal = say(C.duplicateColumn, lang, { file, name: h, a: column(at.get(h)!, raw[at.get(h)!], lang), b: column(i, raw[i], lang) });
      return undefined;
    }
    at.set(h, i);
  }
  const missing = REQUIRED.filter((c) => !at.has(c));
  if (missing.length) {
    out.fatal = say(C.missingColumn, lang, { file, columns: missing.join(', '), header: quote(clip(raw.join(delimiter), 120), lang) });
    return undefined;
  }
  header.forEach((h, i) => {
    if (raw[i] && !NAMES.includes(h)) out.notes.push({ row: 1, message: say(C.unknownColumn, lang, { column: column(i, raw[i], lang) }) });
  });
  return { raw, header, at, headerEnd };
}

/** The refusal of a row with a non-empty cell beyond the last column; `undefined` when it has none. */
function tooManyCells(record: CsvRecord, columns: number, delimiter: string, lang: Lang): string | undefined {
  const extra = record.cells.slice(columns).findIndex((c) => c.value.trim());
  if (extra < 0) return undefined;
  return say(C.tooManyCells, lang, {
    cells: record.cells.length,
    columns,
    delimiter: DELIMITER_NAMES[delimiter]?.[lang] ?? quote(delimiter, lang),
    extra: `${letter(columns + extra)} ${quote(clip(record.cells[columns + extra].value.trim()), lang)}`,
  });
}

export function importCsv(bytes: Uint8Array, lang: Lang, file = 'csv'): CsvImport {
  const out: CsvImport = { file: { formatVersion: 1, guichets: [] }, encoding: '', delimiter: ';', sepLine: false, read: 0, empty: 0, refused: [], repairs: [], notes: [] };
  const decoded = decode(bytes);
  if (!decoded.ok) {
    out.fatal = decoded.kind === 'binary' ? say(C.binary, lang, { file }) : say(C.workbook, lang, { file, kind: `.${decoded.kind}` });
    return out;
  }
  const { text, strays } = decoded;
  out.encoding = decoded.encoding.startsWith('UTF-16') ? `${decoded.encoding}${C.excelText[lang]}` : decoded.encoding;
  if (!text.trim()) {
    out.fatal = say(C.empty, lang, { file });
    return out;
  }
  const sep = sepLine(text);
  const offset = sep?.offset ?? 0;
  out.sepLine = !!sep;
  const delimiter = sep?.delimiter ?? headerDelimiter(text, 0, (h) => NAMES.includes(columnName(h)));
  out.delimiter = delimiter;
  const head = readHeader(text, offset, delimiter, out, lang, file);
  if (!head) return out;
  const { raw, header, at, headerEnd } = head;
  const records = headerEnd < text.length ? parseRecords(text, delimiter, headerEnd + (text[headerEnd] === '\r' && text[headerEnd + 1] === '\n' ? 2 : 1), 2, header.length) : [];
  const firstRowOf = new Map<string, number>();
  // A column without a header whose cells hold something: said once, not ignored silently.
  const unnamed = raw.map((h, i) => (!h && records.some((r) => r.cells[i]?.value.trim()) ? i : -1)).filter((i) => i >= 0);
  for (const i of unnamed) out.notes.push({ row: 1, message: say(C.unnamedColumn, lang, { column: letter(i) }) });
  for (const record of records) {
    const { row } = record;
    if (record.cells.every((c) => !c.value.trim())) {
      out.empty++;
      continue;
    }
    out.read++;
    const refuse = (message: string) => out.refused.push({ row, message });
    const where = (i: number) => column(i, raw[i] || letter(i), lang);
    if (record.problem) {
      refuse(say(record.problem.kind === 'unclosed-quote' ? C.unclosedQuote : C.textAfterQuote, lang, { column: where(record.problem.cell) }));
      continue;
    }
    const tooMany = tooManyCells(record, header.length, delimiter, lang);
    if (tooMany) {
      refuse(tooMany);
      continue;
    }
    const values = record.cells.map((c) => c.value);
    const rowRepairs: Repair[] = [];
    const repair = (name: string, before: string, after: string | undefined, why: string) =>
      rowRepairs.push({ row, column: at.get(name) ?? 0, name, before, ...(after !== undefined && { after }), why });
    // Bytes the encoding could not give a character: said where they are.
    for (const s of strays.filter((s) => s.offset >= record.start && s.offset < record.end)) {
      const i = record.cells.findIndex((c) => s.offset >= c.start && s.offset < c.end);
      if (i < 0) continue;
      const hex = s.byte.toString(16).toUpperCase().padStart(2, '0');
      if (s.char) out.notes.push({ row, message: say(C.strayByte, lang, { column: where(i), hex, char: quote(s.char, lang) }) });
      else if (values[i].includes('\uFFFD')) {
        const before = values[i];
        values[i] = values[i].replace(/\uFFFD/g, '');
        rowRepairs.push({ row, column: i, name: header[i] || letter(i), before: before.trim(), after: values[i].trim(), why: say(C.undefinedByte, lang, { hex }) });
      }
    }
    const get = (c: string) => (at.has(c) ? (values[at.get(c)!] ?? '').replace(/\r\n?/g, '\n').trim() : '');
    try {
      const notes: string[] = [];
      const g = toGuichet(get, lang, repair, (m) => notes.push(m), (c) => where(at.get(c)!));
      const first = firstRowOf.get(g.id);
      if (first) throw new RowError(say(C.duplicateId, lang, { id: quote(clip(g.id), lang), first }));
      checkOrDrop(g, lang, repair, get);
      firstRowOf.set(g.id, row);
      out.file.guichets.push(g);
      out.repairs.push(...rowRepairs);
      out.notes.push(...notes.map((message) => ({ row, message })));
    } catch (e) {
      if (!(e instanceof RowError)) throw e;
      refuse(e.message);
    }
  }
  return out;
}

/**
 * The widgets' own checks. A problem in an optional field drops that field (listed as a
 * repair); a problem in what makes the counter (id, name, type, postal code, commune) refuses the row.
 */
function checkOrDrop(g: Guichet, lang: Lang, repair: (name: string, before: string, after: string | undefined, why: string) => void, get: (c: string) => string): void {
  for (let pass = 0; pass < 5; pass++) {
    const { issues } = validateDataFile({ formatVersion: 1, guichets: [g] }, 'csv');
    if (!issues.length) return;
    const fatal = issues.filter((is) => !PATH_COLUMNS.some(([re]) => re.test(is.path)));
    if (fatal.length) {
      throw new RowError(
        fatal
          .map((is) => say(C.rowField, lang, { path: is.path, expected: explain(is.expected, lang), received: clip(received(is.received, lang)) }))
          .join(lang === 'fr' ? ' ; ' : '; '),
      );
    }
    for (const is of issues) {
      const [, name, drop] = PATH_COLUMNS.find(([re]) => re.test(is.path))!;
      drop(g);
      repair(name, clip(get(name)), undefined, say(C.invalidDropped, lang, { expected: explain(is.expected, lang) }));
    }
  }
}

function toGuichet(get: (c: string) => string, lang: Lang, repair: RepairFn, note: (m: string) => void, where: (c: string) => string): Guichet {
  const need = (c: string) => {
    const v = get(c);
    if (!v) throw new RowError(say(C.emptyRequired, lang, { column: where(c) }));
    return v;
  };
  const texts = (base: string): LocalizedText => {
    const t: LocalizedText = { fr: need(base) };
    for (const l of ['nl', 'de', 'en'] as const) if (get(`${base}_${l}`)) t[l] = get(`${base}_${l}`);
    return t;
  };
  const yes = (c: string) => {
    const v = get(c);
    if (!v) return undefined;
    const r = yesNo(v, lang, slug(v));
    if (r.change) repair(c, clip(v), undefined, r.change.why);
    return r.value;
  };
  let appointment = false;
  const row: Row = { get, lang, repair, note, where };
  const hours = (c: 'horaires' | 'sans_rendez_vous') => readHours(row, c, () => (appointment = true));
  const name = texts('nom');
  const rawType = slug(need('type'));
  const type = (TYPES as readonly string[]).includes(rawType) ? (rawType as GuichetType) : (TYPE_ALIASES[rawType] ?? (rawType as GuichetType));
  const city: LocalizedText = { fr: need('commune') };
  if (get('commune_nl')) city.nl = get('commune_nl');
  const id = get('id') || slug(`${name.fr} ${city.fr}`);
  const items = get('services')
    .split(/[,|;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
  const g: Guichet = {
    id,
    name,
    example: yes('exemple') ?? false,
    type,
    services: items.filter((s) => ID.test(s)),
    address: { ...(get('rue') && { street: { fr: get('rue') } }), postalCode: need('code_postal'), city },
  };
  const other = items.filter((s) => !ID.test(s)).map((fr) => ({ fr }));
  if (other.length) g.otherServices = other;
  const geo = coordinates(get('latitude'), get('longitude'), lang, repair);
  if (geo) g.geo = geo;
  const cell = <T>(c: string, read: (v: string) => Read<T>, set: (v: T) => void) => {
    const v = get(c);
    if (!v) return;
    const r = read(v);
    if (r.value !== undefined) set(r.value);
    if (r.change) repair(c, clip(v), r.change.after, r.change.why);
    if (r.note) note(r.note);
  };
  cell('telephone', (v) => phone(v, lang, where('telephone')), (v) => (g.phone = v));
  cell('email', (v) => email(v, lang), (v) => (g.email = v));
  cell('site_web', (v) => website(v, lang), (v) => (g.url = v));
  const h = hours('horaires');
  if (h) g.hours = h;
  const w = hours('sans_rendez_vous');
  if (w) g.walkIn = w;
  else if (appointment && !get('sans_rendez_vous')) {
    g.walkIn = { slots: [] };
    note(say(C.appointmentWalkIn, lang, { column: where('horaires'), value: quote(clip(get('horaires')), lang) }));
  }
  const stepFree = yes('acces_de_plain_pied');
  const hearingLoop = yes('boucle_magnetique');
  let spoken: string[] = [];
  cell('langues', (v) => languages(v, lang), (v) => (spoken = v));
  if (stepFree !== undefined || hearingLoop !== undefined || spoken.length) {
    g.accessibility = {
      ...(stepFree !== undefined && { stepFree }),
      ...(hearingLoop !== undefined && { hearingLoop }),
      ...(spoken.length && { languages: spoken }),
    };
  }
  if (get('remarques')) g.notes = { fr: get('remarques') };
  return g;
}
