/**
 * `import-csv`: a spreadsheet of counters (one row per counter) → a counters file the finder
 * reads. Copes with what Belgian Excel writes: `;` separators, Windows-1252 (the default of
 * « CSV (séparateur : point-virgule) ») or UTF-8 with or without BOM — detected and said —,
 * Windows line endings, decimal commas, quoted fields with line breaks. A row it cannot read is
 * reported by its row number in the spreadsheet (the header is row 1); the good rows still make
 * the file. Parsing: papaparse (bundled into the bin).
 */
import Papa from 'papaparse';
import type { Guichet, GuichetType, Hours, LocalizedText } from '../data/model.js';
import { validateDataFile } from '../data/validate.js';
import { parseOpeningHours } from '../data/hours/osm.js';
import { belgianPhone, slug } from '../data/formats/fields.js';
import { M, osmError, osmWarning, pick, explain, received, type Lang } from './messages.js';

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

export interface RowProblem {
  /** Row number in the spreadsheet: the header is row 1. */
  row: number;
  message: string;
}

export interface CsvImport {
  file: { formatVersion: 1; guichets: Guichet[] };
  encoding: string;
  /** Rows left out, with why. */
  errors: RowProblem[];
  /** Rows kept, with something said about them (an unknown column, hours left unknown…). */
  warnings: RowProblem[];
  /** A problem with the whole file (a missing column): nothing could be converted. */
  fatal?: string;
}

/** UTF-8 (with or without BOM) when the bytes are valid UTF-8, else Windows-1252. */
export function decode(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8 (BOM)' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'Windows-1252' };
  }
}

const TYPES: readonly GuichetType[] = ['cpas', 'administration-communale', 'epn', 'maison-medicale', 'service-social', 'bibliotheque', 'autre'];
const TYPE_ALIASES: Record<string, GuichetType> = {
  'espace-public-numerique': 'epn',
  commune: 'administration-communale',
  'maison-communale': 'administration-communale',
};
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

class RowError extends Error {}

export function importCsv(bytes: Uint8Array, lang: Lang): CsvImport {
  const { text, encoding } = decode(bytes);
  const parsed = Papa.parse<string[]>(text, { delimiter: '', skipEmptyLines: 'greedy' });
  const rows = parsed.data;
  const out: CsvImport = { file: { formatVersion: 1, guichets: [] }, encoding, errors: [], warnings: [] };
  if (!rows.length) {
    out.fatal = pick(M.missingColumn, lang, { column: REQUIRED.join(', ') });
    return out;
  }
  const header = rows[0].map((h) => slug(h).replace(/-/g, '_'));
  const missing = REQUIRED.filter((c) => !header.includes(c));
  if (missing.length) {
    out.fatal = pick(M.missingColumn, lang, { column: missing.join(', ') });
    return out;
  }
  header.forEach((h, i) => {
    if (h && !NAMES.includes(h)) out.warnings.push({ row: 1, message: pick(M.unknownColumn, lang, { column: rows[0][i] }) });
  });
  // papaparse reports a broken quote on the row where it starts (0-based, header included).
  const broken = new Map<number, string>();
  for (const e of parsed.errors) if (e.row !== undefined && e.type === 'Quotes') broken.set(e.row, e.message);
  const used = new Set<string>();
  rows.slice(1).forEach((cells, i) => {
    const row = i + 2;
    if (broken.has(i + 1)) {
      out.errors.push({ row, message: pick(M.csvSyntax, lang, { message: broken.get(i + 1)! }) });
      return;
    }
    const get = (c: string) => (cells[header.indexOf(c)] ?? '').replace(/\r\n?/g, '\n').trim();
    const warn = (message: string) => out.warnings.push({ row, message });
    try {
      const g = toGuichet(get, lang, warn);
      if (used.has(g.id)) throw new RowError(pick(M.duplicateId, lang, { id: g.id }));
      // The same checks as the widgets; a row that fails them is left out with the reason.
      const { issues } = validateDataFile({ formatVersion: 1, guichets: [g] }, 'csv');
      if (issues.length) {
        throw new RowError(
          issues
            .map((is) => pick(M.rowField, lang, { path: is.path, expected: explain(is.expected, lang), received: received(is.received, lang) }))
            .join(lang === 'fr' ? '\u00a0; ' : '; '),
        );
      }
      used.add(g.id);
      out.file.guichets.push(g);
    } catch (e) {
      if (!(e instanceof RowError)) throw e;
      out.errors.push({ row, message: e.message });
    }
  });
  return out;
}

function toGuichet(get: (c: string) => string, lang: Lang, warn: (m: string) => void): Guichet {
  const need = (c: string) => {
    const v = get(c);
    if (!v) throw new RowError(pick(M.emptyCell, lang, { column: c }));
    return v;
  };
  const texts = (base: string): LocalizedText => {
    const t: LocalizedText = { fr: need(base) };
    for (const l of ['nl', 'de', 'en'] as const) if (get(`${base}_${l}`)) t[l] = get(`${base}_${l}`);
    return t;
  };
  const number = (c: string) => {
    const v = get(c);
    if (!v) return undefined;
    const n = Number(v.replace(',', '.'));
    if (!Number.isFinite(n)) throw new RowError(pick(M.badNumber, lang, { column: c, value: v }));
    return n;
  };
  const yesNo = (c: string) => {
    const v = slug(get(c));
    if (!v) return undefined;
    if (['oui', 'ja', 'yes', 'o', 'y', 'x', '1', 'vrai', 'true'].includes(v)) return true;
    if (['non', 'nee', 'nein', 'no', 'n', '0', 'faux', 'false'].includes(v)) return false;
    throw new RowError(pick(M.badYesNo, lang, { column: c, value: get(c) }));
  };
  const hours = (c: string): Hours | undefined => {
    const v = get(c);
    if (!v) return undefined;
    if (['sur-rendez-vous', 'rendez-vous', 'off', 'non'].includes(slug(v))) return { slots: [] };
    const r = parseOpeningHours(v);
    // Read as OpenStreetMap reads it; `PH off` before other rules is said, with the fix.
    if (r.ok) {
      for (const w of r.warnings ?? []) warn(pick(M.hours, lang, { column: c, message: osmWarning(w, lang) }));
      return r.schedule;
    }
    // The row stays; these hours become unknown rather than guessed.
    warn(pick(M.hours, lang, { column: c, message: osmError(r.error, lang) }));
    return undefined;
  };
  const name = texts('nom');
  const rawType = slug(need('type'));
  const type = (TYPES as readonly string[]).includes(rawType) ? (rawType as GuichetType) : TYPE_ALIASES[rawType] ?? (rawType as GuichetType);
  const city: LocalizedText = { fr: need('commune') };
  if (get('commune_nl')) city.nl = get('commune_nl');
  const id = get('id') || slug(`${name.fr} ${city.fr}`);
  const items = get('services')
    .split(/[,|]/)
    .map((s) => s.trim())
    .filter(Boolean);
  const lat = number('latitude');
  const lon = number('longitude');
  const g: Guichet = {
    id,
    name,
    example: yesNo('exemple') ?? false,
    type,
    services: items.filter((s) => ID.test(s)),
    address: { ...(get('rue') && { street: { fr: get('rue') } }), postalCode: need('code_postal'), city },
  };
  const other = items.filter((s) => !ID.test(s)).map((fr) => ({ fr }));
  if (other.length) g.otherServices = other;
  if (lat !== undefined && lon !== undefined && !(lat === 0 && lon === 0)) g.geo = { lat, lon };
  // A local number (`010 …`, `0470/…`) becomes `+32…`; anything else is left for the validation to refuse.
  if (get('telephone')) g.phone = belgianPhone(get('telephone')) ?? get('telephone');
  if (get('email')) g.email = get('email');
  if (get('site_web')) g.url = get('site_web');
  const h = hours('horaires');
  if (h) g.hours = h;
  const w = hours('sans_rendez_vous');
  if (w) g.walkIn = w;
  const stepFree = yesNo('acces_de_plain_pied');
  const hearingLoop = yesNo('boucle_magnetique');
  const languages = get('langues')
    .split(/[,\s]+/)
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  if (stepFree !== undefined || hearingLoop !== undefined || languages.length) {
    g.accessibility = {
      ...(stepFree !== undefined && { stepFree }),
      ...(hearingLoop !== undefined && { hearingLoop }),
      ...(languages.length && { languages }),
    };
  }
  if (get('remarques')) g.notes = { fr: get('remarques') };
  return g;
}
