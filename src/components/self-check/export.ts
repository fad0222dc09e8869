/**
 * Export, re-import and comparison of self-check results: pure functions, no DOM, no Lit.
 * Loaded lazily by the widget (only when the user exports or opens an old file).
 *
 * API
 * - `SelfCheckExport`: what a JSON export holds (format `numerique-choisi/self-check`, version 1): the
 *   question set (its `questionSetVersion` and the ids asked, in quiz order), the audience, the theme ids,
 *   the date (ISO 8601), the locale, every asked question's answer (`null`: skipped) and the results.
 *   Nothing else: no name, no place, nothing about the device.
 * - `buildExport({ questions, answers, audience, themes, locale, date? })`: the export of a finished quiz.
 * - `toJSON(e)`: the JSON text (2-space indent).
 * - `csvRows(e, labels, questionText, themeTitle)`: the CSV as rows of cells, with localized labels:
 *   a heading block (question set version, date, audience), the results per theme, then every answer.
 * - `toCSV(rows)`: CSV that Excel and LibreOffice open right: UTF-8 BOM, `;` separator, CRLF line ends,
 *   no `sep=` line; a cell holding `;`, `"`, CR or LF is quoted (`"` doubled); a text cell starting with
 *   `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading apostrophe, so that no spreadsheet runs it
 *   as a formula. A number cell (a finite `number`) is written as a number and is not neutralised.
 * - `parseExport(text)`: validates a file field by field: `{ ok: true, value }` or `{ ok: false, reason, detail }`
 *   where `reason` is `json` (not JSON), `format` (not a self-check export, or a field is wrong: `detail` names
 *   it) or `version` (a self-check export of another format version).
 * - `compare(old, questions, answersNow)`: where the team stood then and stands now, theme by theme: both
 *   answer sets are scored again with today's `questions` (weights and scores), on the questions that both
 *   the old export and today's quiz hold (by id) only. Themes in the order of `questions`; a theme with no
 *   shared question is left out.
 */
import type { AnswerValue, Audience, Question } from '../../data/model.js';
import { ANSWER_VALUES, questionSetVersion, scoreThemes, type Answers, type LevelId, type ThemeResult } from './scoring.js';
import type { Comparison } from './types.js';

export const EXPORT_FORMAT = 'numerique-choisi/self-check';
export const EXPORT_FORMAT_VERSION = 1;

/** A self-check export (JSON file). */
export interface SelfCheckExport {
  format: typeof EXPORT_FORMAT;
  formatVersion: typeof EXPORT_FORMAT_VERSION;
  /** The questions asked: the set's version (`questionSetVersion`) and their ids, in quiz order. */
  questionSet: { version: string; ids: string[] };
  audience: Audience;
  /** Theme ids of the quiz, in quiz order. */
  themes: string[];
  /** When the export was made, ISO 8601 (`2026-12-02T10:00:00.000Z`). */
  date: string;
  /** The UI language at export (`fr`, `nl`, `de`, `en`). */
  locale: string;
  /** Every asked question's answer; `null`: skipped. */
  answers: Record<string, AnswerValue | null>;
  /** `scoreThemes` of the quiz, weakest first. */
  results: ThemeResult[];
}

/** What `buildExport` needs. */
export interface ExportInput {
  /** The questions asked, in quiz order. */
  questions: readonly Question[];
  answers: Answers;
  audience: Audience;
  /** Theme ids of the quiz; by default those of `questions`, in their order. */
  themes?: readonly string[];
  locale: string;
  /** Default: now. */
  date?: Date;
}

const AUDIENCES: readonly Audience[] = ['travailleur', 'institution'];
const LEVEL_IDS: readonly LevelId[] = ['a-renforcer', 'en-chemin', 'solide', 'a-clarifier'];
const unique = <T>(list: readonly T[]) => list.filter((x, i) => list.indexOf(x) === i);

/** The export of a quiz. */
export function buildExport({ questions, answers, audience, themes, locale, date = new Date() }: ExportInput): SelfCheckExport {
  const ids = questions.map((q) => q.id);
  return {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    questionSet: { version: questionSetVersion(questions), ids },
    audience,
    themes: [...(themes ?? unique(questions.map((q) => q.theme)))],
    date: date.toISOString(),
    locale,
    answers: Object.fromEntries(
      ids.map((id) => {
        const a = Object.prototype.hasOwnProperty.call(answers, id) ? answers[id] : undefined;
        return [id, a !== undefined && ANSWER_VALUES.includes(a) ? a : null];
      }),
    ),
    results: scoreThemes(questions, answers),
  };
}

/** The JSON text of an export. */
export function toJSON(e: SelfCheckExport): string {
  return `${JSON.stringify(e, null, 2)}\n`;
}

// ---------------------------------------------------------------- CSV

/** A CSV cell: text, a number (written as a number), or nothing. */
export type CsvCell = string | number | null | undefined;

/** Column headers and value labels of the CSV, in the user's language. */
export interface CsvLabels {
  questionSet: string;
  date: string;
  audience: string;
  audiences: Record<Audience, string>;
  theme: string;
  level: string;
  levels: Record<LevelId, string>;
  /** Header of the score column (whole percent). */
  percent: string;
  counted: string;
  unknown: string;
  skipped: string;
  questionId: string;
  question: string;
  answer: string;
  /** Answer labels; `skipped` for a question left without an answer. */
  answers: Record<AnswerValue | 'skipped', string>;
}

/** The CSV's rows: heading block, results per theme (weakest first), then every answer in quiz order. */
export function csvRows(
  e: SelfCheckExport,
  labels: CsvLabels,
  questionText: (id: string) => string,
  themeTitle: (id: string) => string,
): CsvCell[][] {
  const themeOf = new Map<string, string>();
  for (const r of e.results) for (const id of r.questions) themeOf.set(id, r.theme);
  return [
    [labels.questionSet, e.questionSet.version],
    [labels.date, e.date],
    [labels.audience, labels.audiences[e.audience]],
    [],
    [labels.theme, labels.level, labels.percent, labels.counted, labels.unknown, labels.skipped],
    ...e.results.map((r) => [themeTitle(r.theme), labels.levels[r.level], r.percent, r.counted, r.unknown.length, r.skipped.length]),
    [],
    [labels.theme, labels.questionId, labels.question, labels.answer],
    ...e.questionSet.ids.map((id) => {
      const theme = themeOf.get(id);
      return [theme === undefined ? '' : themeTitle(theme), id, questionText(id), labels.answers[e.answers[id] ?? 'skipped']];
    }),
  ];
}

/** Text a spreadsheet would run as a formula (or that hides one after a tab or carriage return). */
const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(cell: CsvCell): string {
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (cell === null || cell === undefined) return '';
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV text: UTF-8 BOM, `;` between cells, CRLF after every row, formulas neutralised. */
export function toCSV(rows: readonly (readonly CsvCell[])[]): string {
  return `\uFEFF${rows.map((row) => `${row.map(csvCell).join(';')}\r\n`).join('')}`;
}

// ---------------------------------------------------------------- reading a file back

export type ParseResult = { ok: true; value: SelfCheckExport } | { ok: false; reason: 'json' | 'format' | 'version'; detail: string };

/** Thrown inside `parseExport` only. */
class Invalid extends Error {}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const show = (v: unknown): string => {
  if (v === undefined) return 'nothing';
  if (Array.isArray(v)) return 'an array';
  if (v === null || typeof v !== 'object') {
    const s = JSON.stringify(v);
    return s.length > 40 ? `${s.slice(0, 37)}…` : s;
  }
  return 'an object';
};
const fail = (path: string, expected: string, v: unknown): never => {
  throw new Invalid(`${path}: expected ${expected}, received ${show(v)}`);
};
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function fields(v: unknown, path: string, known: readonly string[]): Record<string, unknown> {
  if (!isObject(v)) fail(path, 'an object', v);
  const o = v as Record<string, unknown>;
  for (const key of Object.keys(o)) if (!known.includes(key)) fail(`${path}.${key}`, `no such field (known: ${known.join(', ')})`, o[key]);
  return o;
}
function id(v: unknown, path: string): string {
  if (typeof v !== 'string' || !ID.test(v)) fail(path, 'an id (lowercase letters, digits, hyphens)', v);
  return v as string;
}
function ids(v: unknown, path: string, { distinct = true } = {}): string[] {
  if (!Array.isArray(v)) fail(path, 'an array of ids', v);
  const list = (v as unknown[]).map((x, i) => id(x, `${path}[${i}]`));
  const twice = list.findIndex((x, i) => list.indexOf(x) !== i);
  if (distinct && twice >= 0) fail(`${path}[${twice}]`, 'an id not listed before', list[twice]);
  return list;
}
function integer(v: unknown, path: string, min: number, max: number): number {
  if (!Number.isInteger(v) || (v as number) < min || (v as number) > max) fail(path, `an integer from ${min} to ${max}`, v);
  return v as number;
}

function themeResult(v: unknown, path: string): ThemeResult {
  const o = fields(v, path, ['theme', 'level', 'score', 'percent', 'counted', 'unknown', 'skipped', 'questions']);
  const level = o.level as LevelId;
  if (!LEVEL_IDS.includes(level)) fail(`${path}.level`, `one of ${LEVEL_IDS.join(', ')}`, o.level);
  if (o.score !== null && (typeof o.score !== 'number' || !(o.score >= 0 && o.score <= 1))) fail(`${path}.score`, 'a number from 0 to 1, or null', o.score);
  const percent = o.percent === null ? null : integer(o.percent, `${path}.percent`, 0, 100);
  if ((o.score === null) !== (percent === null)) fail(`${path}.percent`, `null exactly when score is null`, o.percent);
  return {
    theme: id(o.theme, `${path}.theme`),
    level,
    score: o.score as number | null,
    percent,
    counted: integer(o.counted, `${path}.counted`, 0, 10_000),
    unknown: ids(o.unknown, `${path}.unknown`),
    skipped: ids(o.skipped, `${path}.skipped`),
    questions: ids(o.questions, `${path}.questions`),
  };
}

function exportFile(o: Record<string, unknown>): SelfCheckExport {
  fields(o, 'file', ['format', 'formatVersion', 'questionSet', 'audience', 'themes', 'date', 'locale', 'answers', 'results']);
  const set = fields(o.questionSet, 'questionSet', ['version', 'ids']);
  if (typeof set.version !== 'string' || !/^[0-9a-f]{8}$/.test(set.version)) fail('questionSet.version', '8 hexadecimal digits', set.version);
  const asked = ids(set.ids, 'questionSet.ids');
  if (!AUDIENCES.includes(o.audience as Audience)) fail('audience', `one of ${AUDIENCES.join(', ')}`, o.audience);
  const themes = ids(o.themes, 'themes');
  if (typeof o.date !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(o.date) || Number.isNaN(Date.parse(o.date))) {
    fail('date', 'an ISO 8601 date and time', o.date);
  }
  if (typeof o.locale !== 'string' || !/^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(o.locale)) fail('locale', 'a language code', o.locale);
  const answersIn = fields(o.answers, 'answers', asked);
  const answers: Record<string, AnswerValue | null> = {};
  for (const q of asked) {
    const a = answersIn[q];
    if (a !== null && !ANSWER_VALUES.includes(a as AnswerValue)) fail(`answers.${q}`, `one of ${ANSWER_VALUES.join(', ')}, or null`, a);
    answers[q] = a as AnswerValue | null;
  }
  if (!Array.isArray(o.results)) fail('results', 'an array', o.results);
  const results = (o.results as unknown[]).map((r, i) => themeResult(r, `results[${i}]`));
  return {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    questionSet: { version: set.version as string, ids: asked },
    audience: o.audience as Audience,
    themes,
    date: o.date as string,
    locale: o.locale as string,
    answers,
    results,
  };
}

/** Reads an exported file's text; every field is checked. */
export function parseExport(text: string): ParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, reason: 'json', detail: error instanceof Error ? error.message : String(error) };
  }
  if (!isObject(json) || json.format !== EXPORT_FORMAT) {
    return { ok: false, reason: 'format', detail: `format: expected "${EXPORT_FORMAT}", received ${show(isObject(json) ? json.format : json)}` };
  }
  if (json.formatVersion !== EXPORT_FORMAT_VERSION) {
    return { ok: false, reason: 'version', detail: `formatVersion: expected ${EXPORT_FORMAT_VERSION}, received ${show(json.formatVersion)}` };
  }
  try {
    return { ok: true, value: exportFile(json) };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, reason: 'format', detail: error.message };
    throw error;
  }
}

// ---------------------------------------------------------------- then and now

/** Theme by theme, the old export and today's answers, scored alike on the questions both hold (by id). */
export function compare(old: SelfCheckExport, questions: readonly Question[], answersNow: Answers): Comparison[] {
  const then = new Set(old.questionSet.ids);
  const shared = questions.filter((q) => then.has(q.id));
  const oldAnswers: Record<string, AnswerValue | undefined> = {};
  for (const q of shared) oldAnswers[q.id] = old.answers[q.id] ?? undefined;
  const before = new Map(scoreThemes(shared, oldAnswers).map((r) => [r.theme, r]));
  const now = new Map(scoreThemes(shared, answersNow).map((r) => [r.theme, r]));
  return unique(shared.map((q) => q.theme)).map((theme) => ({
    theme,
    before: before.get(theme)!,
    now: now.get(theme)!,
    shared: shared.filter((q) => q.theme === theme).length,
  }));
}
