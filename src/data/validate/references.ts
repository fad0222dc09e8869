/** The checks across collections: an entry's theme, a question's basis. */
import { entryLabel, type DataIssue } from './issues.js';
import { describe } from './checks.js';
import { positions } from './positions.js';

/**
 * Drops entries that point at a theme that does not exist (after collections from
 * several sources were put together), with one issue each; then, unless `basis` is false,
 * the questions whose `basis` is not the id of a (kept) recommendation or finding.
 */
export function checkReferences<
  T extends { themes: { id: string }[]; recommendations: { id: string; theme: string }[]; questions: { id: string; theme: string; basis?: string }[] },
>(data: T, source: string, { basis = true }: { basis?: boolean } = {}): { data: T; issues: DataIssue[] } {
  const themes = new Set(data.themes.map((t) => t.id));
  const issues: DataIssue[] = [];
  const keep = <E extends { id: string }>(name: string, list: E[], field: string, known: Set<string>, what: string) =>
    list.filter((e, index) => {
      const value = (e as Record<string, unknown>)[field];
      if (typeof value !== 'string' || known.has(value)) return true;
      issues.push({
        source,
        entry: entryLabel(name, positions.get(e) ?? index, e.id),
        path: field,
        expected: `the id of ${what} (${[...known].join(', ')})`,
        received: describe(value),
      });
      return false;
    });
  const recommendations = keep('recommendations', data.recommendations, 'theme', themes, 'a theme');
  let questions = keep('questions', data.questions, 'theme', themes, 'a theme');
  if (basis) questions = keep('questions', questions, 'basis', new Set(recommendations.map((r) => r.id)), 'a recommendation or finding');
  return { data: { ...data, recommendations, questions }, issues };
}
