/**
 * Runtime validation of theme data: typed data, or precise errors naming the
 * source, the entry (collection, index and id), the field path, what was expected
 * and what was found. An invalid entry is dropped; the valid ones are kept. A counter's hours
 * given as an OpenStreetMap string are converted to a schedule after validation; a string outside
 * the supported subset is reported the same way, and only those hours become unknown.
 */
//
// The public module of validation (the lazy `validate` chunk: src/data/site.ts imports it with
// `import()`); the work is in src/data/validate/, reachable only from here so that it stays in that chunk.
export { type DataIssue, formatIssue, formatWarning } from './validate/issues.js';
export { describe } from './validate/checks.js';
export { entryChecks } from './validate/entries.js';
export { type Validated, type ValidateOptions, validateDataFile, validateDataFileInSlices } from './validate/file.js';
export { checkReferences } from './validate/references.js';
export { validateAndReport, validateAndReportInSlices, withReferencesChecked } from './validate/report.js';
