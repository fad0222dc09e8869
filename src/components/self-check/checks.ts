/**
 * What the self-check checks in a site's data and in its attributes, reported in the console
 * (file, entry, field) while the rest still shows.
 */
import type { Audience, Question, ThemeData } from '../../data/model.js';
import { logError } from '../../util/log.js';
import { selectQuestions } from './select.js';

const TAG = '<nc-self-check>';

/** The built-in theme ids, and the built-in recommendation ids when the site has none (a question's basis). */
export interface BuiltIn {
  themes: string[];
  bases: string[] | undefined;
}

/** Reads the built-in themes and recommendations (the card's French data: in the script-tag file, a lazy chunk behind the loader). */
export async function readBuiltIn(data: ThemeData): Promise<BuiltIn> {
  const card = (await import('../../generated/data/card.fr.json')).default as unknown as Partial<ThemeData>;
  return {
    themes: (card.themes ?? []).map((t) => t.id),
    // A question's basis: among the site's recommendations (checked by the data layer) or the built-in ones.
    bases: data.recommendations.length ? undefined : (card.recommendations ?? []).map((r) => r.id),
  };
}

/** A site's questions (without themes of its own) checked against the built-in ones: the ids left out for their basis. */
export function rejectedQuestions(data: ThemeData, { themes, bases }: BuiltIn): Set<string> {
  const rejected = new Set<string>();
  data.questions.forEach((q, i) => {
    if (!themes.includes(q.theme)) {
      logError(TAG, `questions[${i}] "${q.id}": unknown theme "${q.theme}" (themes: ${themes.join(', ')}); the question is left out.`);
    } else if (bases && !bases.includes(q.basis)) {
      logError(TAG, `questions[${i}] "${q.id}": unknown basis "${q.basis}" (recommendations and findings: ${bases.join(', ')}); the question is left out.`);
      rejected.add(q.id);
    }
  });
  return rejected;
}

/** An `audience` or `themes` attribute that names nothing known. */
export function reportAttributes(audience: string | undefined, audiences: readonly Audience[], themes: readonly string[], known: readonly string[]): void {
  if (audience && !audiences.includes(audience as Audience)) {
    logError(TAG, `unknown audience "${audience}": use "travailleur" or "institution". The user chooses.`);
  }
  const unknown = themes.filter((t) => !known.includes(t));
  if (unknown.length) logError(TAG, `unknown theme(s) ${unknown.map((t) => `"${t}"`).join(', ')} in "themes". Valid ids: ${known.join(', ')}.`);
}

/**
 * The questions of one element's quiz: the data's questions for the audience and the `themes`
 * attribute, in theme order, less the site's questions refused against the built-in data.
 */
export class QuestionSet {
  /**
   * Theme ids a site's own questions may name, when its data has no themes of its own: the
   * built-in ones, read from the card pack (lazily) to drop a question with an unknown theme.
   */
  private builtInThemes: string[] | undefined;
  /** A site's questions whose basis is no recommendation or finding. */
  private rejected = new Set<string>();

  /**
   * The theme ids in order: a site's own themes when its data has some (loadData then checked its
   * questions against them), else the built-in ones once read, else the order in which the
   * questions name them (the built-in questions are checked by the tests).
   */
  order(data: ThemeData): string[] {
    if (data.themes.length) return data.themes.map((t) => t.id);
    if (this.builtInThemes) return this.builtInThemes;
    return [...new Set(data.questions.map((q) => q.theme))];
  }

  /** A new load: forget what was refused in the last one. */
  reset(): void {
    this.rejected = new Set();
  }

  /**
   * A site's own questions without its own themes: checked against the built-in themes (read
   * lazily). Resolves true when the questions changed (and `current()` still holds).
   */
  async check(data: ThemeData, current: () => boolean): Promise<boolean> {
    try {
      const builtIn = await readBuiltIn(data);
      if (!current()) return false;
      this.rejected = rejectedQuestions(data, builtIn);
      this.builtInThemes = builtIn.themes;
      return true;
    } catch (error) {
      logError(TAG, 'could not read the built-in themes to check the questions:', error);
      return false;
    }
  }

  /** The quiz for `audience`, limited to `themes` when not empty. */
  select(data: ThemeData, audience: Audience, themes: readonly string[]): Question[] {
    const questions = this.rejected.size ? data.questions.filter((q) => !this.rejected.has(q.id)) : data.questions;
    return selectQuestions(questions, { audience, themes, themeOrder: this.order(data) });
  }
}
