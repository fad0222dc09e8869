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

/** The UI and content languages (lit-localize.json, through its generated list). French is the source language. */
export type Locale = typeof sourceLocale | (typeof targetLocales)[number];

/**
 * A text in several languages. French is required; the other languages fall back
 * to French (and are then marked `lang="fr"` in the page).
 */
export interface LocalizedText {
  /**
   * French (source). Not blank: at least one character that is not white space.
   * @minLength 1
   * @pattern \S
   */
  fr: string;
  /**
   * Dutch. Not blank: at least one character that is not white space.
   * @minLength 1
   * @pattern \S
   */
  nl?: string;
  /**
   * German. Not blank: at least one character that is not white space.
   * @minLength 1
   * @pattern \S
   */
  de?: string;
  /**
   * English. Not blank: at least one character that is not white space.
   * @minLength 1
   * @pattern \S
   */
  en?: string;
}

/**
 * A public identifier: lowercase letters, digits and hyphens.
 * @pattern ^[a-z0-9]+(-[a-z0-9]+)*$
 */
export type Id = string;

/** A theme groups recommendations, findings and self-check questions. */
export interface Theme {
  id: Id;
  title: LocalizedText;
  /** One or two sentences on what the theme covers. */
  description: LocalizedText;
}

/**
 * `recommandation`: something the article states as a recommendation of the day.
 * `constat`: a finding or open question the article reports.
 */
export type EntryKind = 'recommandation' | 'constat';

/** Where an action comes from. */
export type ActionOrigin = 'article' | 'suggestion';

/** Something an institution can do. */
export interface Action {
  text: LocalizedText;
  /**
   * `article`: the article says it. `suggestion`: the library's own suggestion,
   * labelled as such in the UI.
   */
  origin: ActionOrigin;
}

/**
 * A quote, only where the source has one. `text.fr` is the verbatim French;
 * the other languages are translations, shown beside the original and marked as such.
 */
export interface Quote {
  text: LocalizedText;
  /** Attributed exactly as the source does (e.g. "un participant"). */
  attribution: LocalizedText;
}

/** Easy-to-read version: short sentences, common words. */
export interface EasyRead {
  title: LocalizedText;
  summary: LocalizedText;
}

/** A recommendation or a finding of the day. */
export interface Recommendation {
  id: Id;
  kind: EntryKind;
  /** Id of a theme. */
  theme: Id;
  title: LocalizedText;
  summary: LocalizedText;
  /** What the article reports. */
  reported: LocalizedText;
  /** What an institution can do. @minItems 1 */
  actions: Action[];
  quote?: Quote;
  easyRead: EasyRead;
}

/** A partner of the day. */
export interface Partner {
  id: Id;
  name: LocalizedText;
  /**
   * Only a URL the source gives. An absolute http(s) URL.
   * @format uri
   * @pattern ^[Hh][Tt][Tt][Pp][Ss]?://[^/?#\s]
   */
  url?: string;
}

/** The source the content comes from. */
export interface Source {
  /** Title of the day or document. */
  title: LocalizedText;
  /** Who organised it. */
  organiser: LocalizedText;
  /** When, as the source states it (free text, e.g. "février"). */
  date?: LocalizedText;
  /**
   * An absolute http(s) URL.
   * @format uri
   * @pattern ^[Hh][Tt][Tt][Pp][Ss]?://[^/?#\s]
   */
  url?: string;
}

/** A self-check question (filled by the self-check issue). */
export interface Question {
  id: Id;
  theme: Id;
  text: LocalizedText;
}

/** A physical counter (filled by the guichet-finder issue). */
export interface Guichet {
  id: Id;
  name: LocalizedText;
  /** True when the entry is an example, not a verified fact; the UI says so. */
  example: boolean;
}

/** The collections of the data. */
export interface ThemeData {
  /** The source of the content; absent for a widget whose packs do not include it. */
  source?: Source;
  themes: Theme[];
  recommendations: Recommendation[];
  partners: Partner[];
  questions: Question[];
  guichets: Guichet[];
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
}

/** The collection names, in the order they are validated. */
export const COLLECTIONS = ['themes', 'recommendations', 'partners', 'questions', 'guichets'] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

/** Every locale, the source first: from the list lit-localize generates, not written out again. */
export const LOCALES: readonly Locale[] = [sourceLocale, ...targetLocales];
export const SOURCE_LOCALE: Locale = sourceLocale;
