/** numerique-choisi/data — the data model, validation and loading, without any element. */
export * from './model.js';
export { validateDataFile, checkReferences, formatIssue, type DataIssue, type Validated } from './validate.js';
export {
  loadData,
  loadBuiltIn,
  loadPack,
  mergeLocale,
  DataLoadError,
  DEFAULT_TIMEOUT,
  type DataRequest,
  type FetchOptions,
  type LoadFailure,
} from './load.js';
export { loadFromUrl, loadFromObject, forget } from './site.js';
export { PACKS, cardPack, partnersPack, questionsPack, guichetsPack, type Pack, type Overlay } from './packs.js';
