/**
 * numerique-choisi — classes and types only. Importing this registers nothing:
 * import `numerique-choisi/define/<tag>` (or the CDN file) to define the tags.
 */
export { NcElement, type NcErrorDetail } from './components/nc-element.js';
export { LocaleController } from './controllers/locale-controller.js';
export { DataController, type LoadStatus, type Loaded, type DataArgs } from './controllers/data-controller.js';
export { NcRecommendationCard, type NcToggleDetail, type CardVariant } from './components/recommendation-card/recommendation-card.js';
export { NcSelfCheck, type NcSelfCheckCompleteDetail } from './components/self-check/self-check.js';
export type { LevelId, ThemeResult, Answers } from './components/self-check/scoring.js';
export { NcPartnerList, type PartnerLayout, type PartnerSort } from './components/partner-list/partner-list.js';
export {
  NcGuichetFinder,
  type FinderFormat,
  type OpenFilter,
  type NcFilterChangeDetail,
  type NcGuichetSelectDetail,
} from './components/guichet-finder/guichet-finder.js';
export { define } from './shared/define.js';
export { VERSION } from './shared/version.js';
export type * from './data/model.js';
