/** Texts in several languages, and public ids (data format version 1). */
import type { sourceLocale, targetLocales } from '../../generated/locale-codes.js';

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
