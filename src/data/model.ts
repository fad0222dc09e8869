/**
 * Types of the shared theme data (data format version 1).
 *
 * A data file is one JSON object `{ formatVersion: 1, themes, recommendations, … }`.
 * Every collection is optional in a site's file: a collection left out falls back
 * to the built-in one. Ids are public API: they never change once published.
 *
 * Keep `schema/numerique-choisi.schema.json` in step: `npm run schema` regenerates it
 * from the `DataFile` type and a test fails when the two drift apart.
 */

import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import type { Locale } from './model/text.js';
import type { Partner, PartnerType } from './model/partner.js';
import type { Source, Theme, Recommendation, Question } from './model/content.js';
import type { Guichet, Commune } from './model/guichet.js';

// The types live in src/data/model/, one file per part of the format; every one is re-exported here.
export type * from './model/text.js';
export type * from './model/content.js';
export type * from './model/partner.js';
export type * from './model/hours.js';
export type * from './model/guichet.js';

/** Every partner type, in the order of `PartnerType` (src/data/model/partner.ts). */
export const PARTNER_TYPES: readonly PartnerType[] = [
  'promotion-sante',
  'integration',
  'federation',
  'centre-de-sante',
  'reseau-social',
  'service-communal',
  'commune',
];

/** The collections of the data. */
export interface ThemeData {
  /** The source of the content; absent for a widget whose packs do not include it. */
  source?: Source;
  themes: Theme[];
  recommendations: Recommendation[];
  partners: Partner[];
  questions: Question[];
  guichets: Guichet[];
  communes: Commune[];
}

/** The shape of a data file (built-in or a site's `src`). Collections are optional. */
export interface DataFile {
  /** Optional: the URL of the JSON Schema, for editors. Ignored by the widgets. */
  $schema?: string;
  /** Always 1 for this version of the format. */
  formatVersion: 1;
  source?: Source;
  themes?: Theme[];
  recommendations?: Recommendation[];
  partners?: Partner[];
  questions?: Question[];
  guichets?: Guichet[];
  communes?: Commune[];
}

/** The collection names, in the order they are validated. */
export const COLLECTIONS = ['themes', 'recommendations', 'partners', 'questions', 'guichets', 'communes'] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

/** Every locale, the source first: from the list lit-localize generates, not written out again. */
export const LOCALES: readonly Locale[] = [sourceLocale, ...targetLocales];
export const SOURCE_LOCALE: Locale = sourceLocale;
