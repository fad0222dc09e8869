import type { DataFile } from '../model.js';
import { formatIssue, formatWarning } from './issues.js';
import { validateDataFile, validateDataFileInSlices, type ValidateOptions, type Validated } from './file.js';
import { checkReferences } from './references.js';

// ---------------------------------------------------------------- for the loader (src/data/load.ts)
// This lazy chunk does the work a site's own data needs, so that a page with the built-in data
// only downloads none of it. It imports no value from the main code (that would pull a shared
// chunk into the script-tag file): the console prefix comes in as an argument.

/** Prints each problem and warning of a validation; returns its data. */
function reported({ data, issues, warnings }: Validated, prefix: string): Partial<DataFile> | null {
  for (const issue of issues) console.error(`${prefix} ${formatIssue(issue)}`);
  for (const w of warnings) console.warn(`${prefix} ${formatWarning(w)}`);
  return data;
}

/** Validates a site's file and prints each problem; `null` when the file itself is unusable. */
export function validateAndReport(input: unknown, source: string, prefix: string, options?: ValidateOptions): Partial<DataFile> | null {
  return reported(validateDataFile(input, source, options), prefix);
}

/** `validateAndReport` in slices that give the main thread back every 40 ms (what the widgets use). */
export async function validateAndReportInSlices(input: unknown, source: string, prefix: string, options?: ValidateOptions): Promise<Partial<DataFile> | null> {
  return reported(await validateDataFileInSlices(input, source, options), prefix);
}

/** Per site data, checked without and with the questions' `basis` (a widget without recommendations cannot check it). */
const referencesChecked = new WeakMap<object, Partial<DataFile>>();
const referencesAndBasisChecked = new WeakMap<object, Partial<DataFile>>();

/**
 * A site's data without the entries whose theme does not exist (among `themes`), and, when the
 * recommendations are known (the site's, or `builtInRecommendations`), without the questions whose
 * `basis` is not one of them; each dropped entry reported once per site data, however many widgets show it.
 */
export function withReferencesChecked(
  site: Partial<DataFile>,
  source: string,
  themes: readonly { id: string }[],
  prefix: string,
  /** The built-in recommendations, when the widget has them: a question's `basis` is checked against the site's, or these. */
  builtInRecommendations?: readonly { id: string; theme: string }[],
): Partial<DataFile> {
  const recommendations = site.recommendations ?? builtInRecommendations;
  const cache = recommendations ? referencesAndBasisChecked : referencesChecked;
  let checked = cache.get(site);
  if (!checked) {
    checked = site;
    if (site.recommendations || site.questions) {
      const { data, issues } = checkReferences(
        { themes: [...themes], recommendations: [...(recommendations ?? [])], questions: site.questions ?? [] },
        source,
        { basis: recommendations !== undefined },
      );
      for (const issue of issues) console.error(`${prefix} ${formatIssue(issue)}`);
      checked = {
        ...site,
        ...(site.recommendations && { recommendations: data.recommendations as typeof site.recommendations }),
        ...(site.questions && { questions: data.questions }),
      };
    }
    cache.set(site, checked);
  }
  return checked;
}
