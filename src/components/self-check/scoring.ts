/**
 * Scoring of the self-check: pure functions, no DOM, no Lit (types only are imported).
 *
 * API
 * - `ANSWER_VALUES`: the four answers in display order: `oui`, `en-partie`, `non`, `ne-sait-pas`.
 * - `LEVELS`: the three levels, lowest first, with the smallest percent each starts at:
 *   `a-renforcer` (« À renforcer », under 40 %), `en-chemin` (« En chemin », 40 to 74 %),
 *   `solide` (« Solide », 75 % and over). A fourth outcome, `a-clarifier` (« À clarifier en équipe »),
 *   is not a level of the score: see `scoreThemes`.
 * - `percentOf(score)`: the percent shown, `Math.round(score × 100)`.
 * - `levelOf(score)`: the level of a score, **taken from the rounded percent that is shown**: 0.746
 *   shows « 75 % » and is `solide`; 0.744 shows « 74 % » and is `en-chemin`; 0.395 shows « 40 % »
 *   and is `en-chemin`. A level and the percent printed beside it never disagree.
 * - `selectQuestions(questions, { audience, themes?, themeOrder })`: the questions of a quiz: those of
 *   the audience (a question for both audiences is in both), limited to `themes` when given and not
 *   empty, grouped by theme in `themeOrder`, in data order inside a theme. A question whose theme is
 *   not in `themeOrder` is left out (the widget reports unknown themes).
 * - `scoreThemes(questions, answers)`: one `ThemeResult` per theme of the scored `questions` (a question
 *   with `scored: false`, about the respondent's own feelings, is left out: see `topicsToRaise`):
 *   - Each question counts with its `weight` (1 to 3); an answer scores what the question's `scores`
 *     say (0 weak to 1 good; polarity differs per question). `score` = Σ weight × answer score ÷ Σ weight,
 *     over the questions answered « Oui », « En partie » or « Non » (`counted` of them).
 *   - « Je ne sais pas » (`unknown`) and a question without an answer (`skipped`: missing, `undefined`
 *     or not one of the four answers) are out of the denominator, and listed apart.
 *   - When half or more of a theme's questions (by number, not weight) are unknown or skipped, the
 *     theme's level is `a-clarifier`: its `score`/`percent` are still given when at least one question
 *     counted (`null` when none did), but no level is drawn from them.
 *   - Order, weakest first: the scored themes by ascending `score`, equal scores in the order the themes
 *     first appear in `questions`; then the `a-clarifier` themes, in that same order.
 * - `topicsToRaise(questions)`: the questions with `scored: false`, in order: shown as topics to raise
 *   with the team, never as a score or a level.
 * - `questionSetVersion(questions)`: a short stable hash (FNV-1a 32 bits, 8 hex digits) of each
 *   question's id, theme, weight, scores (and `scored: false` when set), independent of the questions' order and of their texts
 *   (fixing a typo does not make old exports incomparable; changing what an answer is worth does).
 *   Give it the questions asked.
 */
import type { AnswerValue, Audience, Question } from '../../data/model.js';

export type { AnswerValue, Audience, Question };

export { ANSWER_VALUES, selectQuestions } from './select.js';

/** A level of a score. */
export type ScoreLevelId = 'a-renforcer' | 'en-chemin' | 'solide';
/** A theme's outcome: a level of its score, or `a-clarifier` when too many answers are unknown or skipped. */
export type LevelId = ScoreLevelId | 'a-clarifier';

/** The levels, lowest first; `min` is the smallest score (0 to 1) of the level, compared as the rounded percent. */
export const LEVELS: readonly { readonly id: ScoreLevelId; readonly min: number }[] = [
  { id: 'a-renforcer', min: 0 },
  { id: 'en-chemin', min: 0.4 },
  { id: 'solide', min: 0.75 },
];

/** Answers by question id; `undefined` or missing: skipped. */
export type Answers = Readonly<Record<string, AnswerValue | undefined>>;

/** Where a theme stands. */
export interface ThemeResult {
  /** Theme id. */
  theme: string;
  /** The level, or `a-clarifier` when half or more of the theme's questions are unknown or skipped. */
  level: LevelId;
  /** 0 to 1, weighted; `null` when no question of the theme was answered « Oui », « En partie » or « Non ». */
  score: number | null;
  /** `score` as the whole percent shown (0 to 100); `null` with it. */
  percent: number | null;
  /** How many questions were answered « Oui », « En partie » or « Non ». */
  counted: number;
  /** Ids of the questions answered « Je ne sais pas », in question order. */
  unknown: string[];
  /** Ids of the questions without an answer, in question order. */
  skipped: string[];
  /** Ids of all the theme's questions, in question order. */
  questions: string[];
}

/** The whole percent shown for a score (0 to 1). The tiny epsilon keeps 0.285 at 29, not 28 (binary floating point). */
export function percentOf(score: number): number {
  return Math.round(score * 100 + 1e-9);
}

/** The level of a score (0 to 1), from the rounded percent shown. */
export function levelOf(score: number): ScoreLevelId {
  const percent = percentOf(score);
  let level: ScoreLevelId = LEVELS[0].id;
  for (const l of LEVELS) if (percent >= Math.round(l.min * 100)) level = l.id;
  return level;
}

const isScored = (a: unknown): a is 'oui' | 'en-partie' | 'non' => a === 'oui' || a === 'en-partie' || a === 'non';

/** One result per theme of `questions`, weakest first (see the top of this file). */
export function scoreThemes(questions: readonly Question[], answers: Answers): ThemeResult[] {
  const byTheme = new Map<string, Question[]>();
  for (const q of questions) {
    if (q.scored === false) continue;
    const list = byTheme.get(q.theme);
    if (list) list.push(q);
    else byTheme.set(q.theme, [q]);
  }
  const results = [...byTheme].map(([theme, list]): ThemeResult => {
    let total = 0;
    let weights = 0;
    let counted = 0;
    const unknown: string[] = [];
    const skipped: string[] = [];
    for (const q of list) {
      const a = Object.prototype.hasOwnProperty.call(answers, q.id) ? answers[q.id] : undefined;
      if (isScored(a)) {
        total += q.weight * q.scores[a];
        weights += q.weight;
        counted++;
      } else if (a === 'ne-sait-pas') unknown.push(q.id);
      else skipped.push(q.id);
    }
    const score = counted ? total / weights : null;
    const unclear = (unknown.length + skipped.length) * 2 >= list.length;
    return {
      theme,
      level: unclear || score === null ? 'a-clarifier' : levelOf(score),
      score,
      percent: score === null ? null : percentOf(score),
      counted,
      unknown,
      skipped,
      questions: list.map((q) => q.id),
    };
  });
  const rank = (r: ThemeResult) => (r.level === 'a-clarifier' ? Infinity : r.score!);
  // Array.prototype.sort is stable: equal ranks keep the themes' order.
  return results.sort((a, b) => (rank(a) === rank(b) ? 0 : rank(a) < rank(b) ? -1 : 1));
}

/** The questions about the respondent's own feelings (`scored: false`): topics to raise, never scored. */
export function topicsToRaise(questions: readonly Question[]): Question[] {
  return questions.filter((q) => q.scored === false);
}

/** FNV-1a, 32 bits, over the UTF-16 code units of `text`, as 8 hex digits. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** A short hash of what the questions score (ids, themes, weights, scores), independent of their order. */
export function questionSetVersion(questions: readonly Question[]): string {
  const lines = questions
    .map((q) => [q.id, q.theme, q.weight, q.scores.oui, q.scores['en-partie'], q.scores.non, ...(q.scored === false ? ['unscored'] : [])].join('|'))
    .sort();
  return fnv1a(lines.join('\n'));
}
