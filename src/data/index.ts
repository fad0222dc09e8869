/** numerique-choisi/data — the data model, validation and loading, without any element. */
export * from './model.js';
export { validateDataFile, checkReferences, formatIssue, type DataIssue, type Validated } from './validate.js';
export { loadData, loadBuiltIn, loadFromUrl, loadFromObject, mergeLocale, DataLoadError, type DataRequest, type LoadFailure } from './load.js';
