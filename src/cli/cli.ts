/**
 * numerique-choisi — the webmasters' data tools (`npx numerique-choisi …`):
 *   validate <file.json>…         checks data files with the widgets' own validation
 *   import-csv <file.csv>         a spreadsheet of counters → a counters file (stdout or --out)
 *   import-contacts <export.json> a commune's directory (contacts-en-wallonie) → a counters file
 * Messages in French by default, `--lang nl|de|en`. Exit code 0 when all is well, 1 when a
 * file has problems, 2 for a wrong command line.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { validateDataFile, checkReferences, type DataIssue } from '../data/validate.js';
import { adaptContacts } from '../data/formats/contacts-en-wallonie.js';
import cardFr from '../generated/data/card.fr.json';
import { importCsv, COLUMNS } from './csv-import.js';
import { C, DELIMITER_NAMES, clip, column, quote, say } from './csv-messages.js';
import { LANGS, M, JSON_REASONS, explain, fill, optionError, pick, received, osmError, osmWarning, type Lang } from './messages.js';
import { jsonError } from '../data/formats/json-error.js';
import { HELP } from './help.js';
import { contactsNotice } from './contacts-messages.js';

const err = (line = '') => process.stderr.write(`${line}\n`);

function whereOf(issue: DataIssue, lang: Lang): string {
  const m = /^(\w+)\[(\d+)\](?: "(.*)")?$/s.exec(issue.entry);
  // An id is quoted at most 60 characters long: a 5 MB id is not echoed whole.
  const entry = m
    ? pick(m[3] !== undefined ? M.entry : M.entryNoId, lang, { collection: m[1], n: Number(m[2]) + 1, id: clip(m[3] ?? '') })
    : pick(M.file, lang);
  return [entry, issue.path && pick(M.field, lang, { path: issue.path })].filter(Boolean).join(', ');
}

function lineOf(issue: DataIssue, lang: Lang): string {
  const where = whereOf(issue, lang);
  const found = issue.osm ? osmError(issue.osm, lang) : received(issue.received, lang);
  return pick(M.line, lang, { where, expected: explain(issue.expected, lang), received: found });
}

function readJson(file: string, lang: Lang): { ok: true; value: unknown } | { ok: false } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    err(pick(M.unreadable, lang, { file, reason: (e as NodeJS.ErrnoException).code ?? String(e) }));
    return { ok: false };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    // Where and why, in words of the language, not Node's English sentence (which names no
    // position for a trailing comma).
    const at = jsonError(text);
    const reason = at
      ? pick(M.lineColumn, lang, { line: at.line, column: at.column, what: fill(JSON_REASONS[at.code][lang], { found: `« ${at.found} »` }) })
      : pick(JSON_REASONS['end-of-file'], lang);
    err(pick(M.notJson, lang, { file, reason }));
    return { ok: false };
  }
}

/** `validate`: every file, every problem; exit 1 if any. */
function validate(files: string[], lang: Lang): number {
  let failed = false;
  for (const file of files) {
    const json = readJson(file, lang);
    if (!json.ok) {
      failed = true;
      continue;
    }
    const { data, issues, warnings } = validateDataFile(json.value, file);
    // Hours kept as read but probably not meant so (`PH off` before other rules): said, exit code unchanged.
    const warn = () => {
      if (!warnings.length) return;
      err(pick(M.warnings, lang, { file, count: warnings.length }));
      for (const w of warnings) err(pick(M.warningLine, lang, { where: whereOf(w, lang), message: w.osmWarning ? osmWarning(w.osmWarning, lang) : w.received }));
    };
    if (data) {
      // References (a recommendation's or a question's theme, a question's basis) against the
      // file's own themes and recommendations, else the built-in ones: as the widgets do.
      const builtIn = cardFr as unknown as { themes: { id: string }[]; recommendations: { id: string; theme: string }[] };
      const refs = checkReferences(
        { themes: data.themes ?? builtIn.themes, recommendations: data.recommendations ?? builtIn.recommendations, questions: data.questions ?? [] },
        file,
      );
      issues.push(...refs.issues.filter((i) => data.recommendations || !i.entry.startsWith('recommendations')));
    }
    if (!issues.length) {
      const count = data ? Object.values(data).filter(Array.isArray).reduce((n, l) => n + l.length, 0) : 0;
      process.stdout.write(`${pick(M.ok, lang, { file, count })}\n`);
      warn();
      continue;
    }
    failed = true;
    err(pick(M.problems, lang, { file, count: issues.length }));
    for (const issue of issues) err(lineOf(issue, lang));
    warn();
  }
  return failed ? 1 : 0;
}

function output(json: unknown, out: string | undefined): void {
  const text = `${JSON.stringify(json, null, 2)}\n`;
  if (out) writeFileSync(out, text);
  else process.stdout.write(text);
}

/**
 * `import-csv`: the counters file, and on stderr a summary a webmaster can act on: rows read,
 * counters written, rows refused (spreadsheet row and reason), fields repaired or dropped (row,
 * column, before → after), notes. Exit 1 when a row is refused or no counter is written (then
 * nothing is output: a script would publish an empty finder), or, with `--strict`, when
 * anything at all was repaired or noted.
 */
function importCsvCommand(file: string, lang: Lang, out: string | undefined, strict: boolean): number {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    err(pick(M.unreadable, lang, { file, reason: (e as NodeJS.ErrnoException).code ?? String(e) }));
    return 1;
  }
  const r = importCsv(bytes, lang, file);
  if (r.fatal) {
    err(r.fatal);
    return 1;
  }
  err(say(C.read, lang, { file, encoding: r.encoding, delimiter: DELIMITER_NAMES[r.delimiter]?.[lang] ?? r.delimiter, sep: r.sepLine ? C.sep[lang] : '' }));
  const written = r.file.guichets.length;
  err(say(C.summary, lang, { file, read: r.read, written, refused: r.refused.length, repaired: r.repairs.length, empty: r.empty }));
  if (r.refused.length) {
    err(say(C.refusedTitle, lang));
    for (const e of r.refused) err(say(C.rowLine, lang, { row: e.row, message: e.message }));
  }
  if (r.repairs.length) {
    err(say(C.repairedTitle, lang));
    for (const f of r.repairs) {
      const change = f.after === undefined ? say(C.dropped, lang, { before: quote(f.before, lang) }) : `${quote(f.before, lang)} → ${quote(f.after, lang)}`;
      err(say(C.fieldLine, lang, { row: f.row, column: column(f.column, f.name, lang), change, why: f.why }));
    }
  }
  if (r.notes.length) {
    err(say(C.noticesTitle, lang));
    for (const n of r.notes) err(say(C.rowLine, lang, { row: n.row, message: n.message }));
  }
  if (!written) {
    err(say(C.nothingWritten, lang, { file }));
    return 1;
  }
  const remarks = r.repairs.length + r.notes.length;
  if (strict && remarks) {
    err(say(C.strict, lang, { count: remarks }));
    return 1;
  }
  output(r.file, out);
  return r.refused.length ? 1 : 0;
}

function importContactsCommand(file: string, lang: Lang, out: string | undefined, options: { walkInIds: string[]; walkInCategories: string[]; categories: string[] }): number {
  const json = readJson(file, lang);
  if (!json.ok) return 1;
  const records = Array.isArray(json.value) ? json.value : (json.value as { results?: unknown })?.results;
  if (!Array.isArray(records)) {
    err(pick(M.notAnExport, lang, { file }));
    return 1;
  }
  const { guichets, warnings } = adaptContacts(records, {
    ...(options.categories.length && { categories: options.categories }),
    ...((options.walkInIds.length || options.walkInCategories.length) && {
      walkIn: { ids: options.walkInIds, categories: options.walkInCategories },
    }),
  });
  const { data, issues } = validateDataFile({ formatVersion: 1, guichets }, file);
  output({ formatVersion: 1, guichets: data?.guichets ?? [] }, out);
  err(pick(M.contactsRead, lang, { file, count: data?.guichets?.length ?? 0, warnings: warnings.length }));
  for (const w of warnings) err(`  – ${contactsNotice(w, lang).text}`);
  for (const issue of issues) err(lineOf(issue, lang));
  return issues.length ? 1 : 0;
}

const list = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v ? [v] : []).flatMap((x) => x.split(',')).map((x) => x.trim()).filter(Boolean);

export function main(argv: string[]): number {
  let values: Record<string, string | boolean | string[] | undefined>;
  let positionals: string[];
  const guessLang = (argv[argv.indexOf('--lang') + 1] ?? 'fr') as Lang;
  const lang0: Lang = LANGS.includes(guessLang) ? guessLang : 'fr';
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        lang: { type: 'string', default: 'fr' },
        out: { type: 'string', short: 'o' },
        help: { type: 'boolean', short: 'h' },
        strict: { type: 'boolean' },
        'walk-in-ids': { type: 'string', multiple: true },
        'walk-in-categories': { type: 'string', multiple: true },
        categories: { type: 'string', multiple: true },
      },
    }));
  } catch (e) {
    err(pick(M.badOption, lang0, { message: optionError((e as Error).message, lang0) }));
    return 2;
  }
  const lang = values.lang as Lang;
  if (!LANGS.includes(lang)) {
    err(pick(M.badOption, 'fr', { message: `--lang ${lang} (fr, nl, de, en)` }));
    return 2;
  }
  const [command, ...files] = positionals;
  const help = HELP[lang];
  if (!command || values.help) {
    process.stdout.write(`${(command && help[command as keyof typeof help]) || help.main}\n`);
    return command || values.help ? 0 : 2;
  }
  if (!(command in help) || command === 'main') {
    err(pick(M.unknownCommand, lang, { command }));
    err(help.main);
    return 2;
  }
  if (!files.length) {
    err(pick(M.noFile, lang));
    err(help[command as keyof typeof help]);
    return 2;
  }
  const out = values.out as string | undefined;
  if (command === 'validate') return validate(files, lang);
  if (command === 'import-csv') return importCsvCommand(files[0], lang, out, values.strict === true);
  return importContactsCommand(files[0], lang, out, {
    walkInIds: list(values['walk-in-ids'] as string[] | undefined),
    walkInCategories: list(values['walk-in-categories'] as string[] | undefined),
    categories: list(values.categories as string[] | undefined),
  });
}

export { COLUMNS };
process.exitCode = main(process.argv.slice(2));
