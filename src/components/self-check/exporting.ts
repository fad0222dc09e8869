/**
 * The self-check's files, loaded only when the user downloads or opens one: the JSON and CSV
 * exports (built by export.ts, with labels in the widget's language) and the reading of an
 * older JSON export for the comparison, then and now.
 */
import type { AnswerValue, Audience } from '../../data/model.js';
import { msg, withLocale } from '../../shared/i18n.js';
import { pick } from '../../shared/text.js';
import { buildExport, compare, csvRows, parseExport, toCSV, toJSON, type CsvLabels } from './export.js';
import type { LevelId } from './scoring.js';
import type { CompareResult, ExportSource } from './types.js';

/** The column headers and value labels of the CSV, in the widget's language (call inside `withLocale`). */
function labels(levelName: (l: LevelId) => string): CsvLabels {
  const answers: Record<AnswerValue | 'skipped', string> = {
    oui: msg('Oui', { id: 'selfcheck.answer.oui' }),
    'en-partie': msg('En partie', { id: 'selfcheck.answer.enPartie' }),
    non: msg('Non', { id: 'selfcheck.answer.non' }),
    'ne-sait-pas': msg('Je ne sais pas', { id: 'selfcheck.answer.neSaitPas' }),
    skipped: msg('passée', { id: 'selfcheck.why.skipped' }),
  };
  const audiences: Record<Audience, string> = {
    travailleur: msg('Travailleur ou travailleuse', { id: 'selfcheck.csv.worker' }),
    institution: msg('Institution', { id: 'selfcheck.csv.institution' }),
  };
  return {
    questionSet: msg('Version des questions', { id: 'selfcheck.csv.questionSet' }),
    date: msg('Date', { id: 'selfcheck.csv.date' }),
    audience: msg('Profil', { id: 'selfcheck.csv.audience' }),
    audiences,
    theme: msg('Thème', { id: 'selfcheck.col.theme' }),
    level: msg('Niveau', { id: 'selfcheck.col.level' }),
    levels: { 'a-renforcer': levelName('a-renforcer'), 'en-chemin': levelName('en-chemin'), solide: levelName('solide'), 'a-clarifier': levelName('a-clarifier') },
    percent: msg('Score (%)', { id: 'selfcheck.csv.percent' }),
    counted: msg('Réponses comptées', { id: 'selfcheck.csv.counted' }),
    unknown: msg('Je ne sais pas', { id: 'selfcheck.answer.neSaitPas' }),
    skipped: msg('Passées', { id: 'selfcheck.csv.skipped' }),
    questionId: msg('Identifiant', { id: 'selfcheck.csv.questionId' }),
    question: msg('Question', { id: 'selfcheck.csv.question' }),
    answer: msg('Réponse', { id: 'selfcheck.csv.answer' }),
    answers,
  };
}

/** The file to download: JSON (answers and results) or CSV (for a spreadsheet). */
export function exportFile(v: ExportSource, kind: 'json' | 'csv', levelName: (l: LevelId) => string): { text: string; type: string; name: string } {
  const e = buildExport({ questions: v.questions, answers: v.answers, audience: v.audience, locale: v.locale });
  const name = `auto-evaluation-${v.audience}-${e.date.slice(0, 10)}.${kind}`;
  if (kind === 'json') return { text: toJSON(e), type: 'application/json', name };
  const byId = new Map(v.questions.map((q) => [q.id, q]));
  const rows = withLocale(v.locale, () =>
    csvRows(
      e,
      labels(levelName),
      (id) => {
        const q = byId.get(id);
        return q ? v.questionText(q).text : id;
      },
      (id) => {
        const t = v.themes.find((th) => th.id === id);
        return t ? pick(t.title, v.locale).text : id;
      },
    ),
  );
  return { text: toCSV(rows), type: 'text/csv;charset=utf-8', name };
}

/** Reads an older JSON export: the comparison, or why the file was refused (`json`, `audience`, `format`, `version`). */
export function readExport(v: ExportSource, text: string): { error?: string; compare?: CompareResult } {
  const parsed = parseExport(text);
  // The user's own file, not the site's data: said in the widget, not in the console.
  if (!parsed.ok) return { error: parsed.reason };
  if (parsed.value.audience !== v.audience) return { error: 'audience' };
  return {
    compare: {
      rows: compare(parsed.value, v.questions, v.answers),
      date: parsed.value.date,
    },
  };
}
