/**
 * What the quiz needs before any result: the four answers and the choice of questions. Apart from
 * the scoring (scoring.ts re-exports both) so that the scoring loads with the results, not before
 * the first question.
 */
import type { AnswerValue, Audience, Question } from '../../data/model.js';

/** The four answers, in the order they are offered. */
export const ANSWER_VALUES: readonly AnswerValue[] = ['oui', 'en-partie', 'non', 'ne-sait-pas'];

/** The questions of a quiz for `audience`, limited to `themes` (when not empty), grouped by theme in `themeOrder`. */
export function selectQuestions(
  questions: readonly Question[],
  { audience, themes, themeOrder }: { audience: Audience; themes?: readonly string[]; themeOrder: readonly string[] },
): Question[] {
  const wanted = themes && themes.length ? new Set(themes) : undefined;
  return themeOrder
    .filter((t, i) => themeOrder.indexOf(t) === i && (!wanted || wanted.has(t)))
    .flatMap((t) => questions.filter((q) => q.theme === t && q.audiences.includes(audience)));
}
