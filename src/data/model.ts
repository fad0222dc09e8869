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

/**
 * What kind of organisation a partner is (the partner list shows it in the page's language
 * and can filter on it): `promotion-sante` health promotion, `integration` a regional
 * integration centre, `federation` a federation of services, `centre-de-sante` a health centre
 * (a « maison médicale »), `reseau-social` a network of social services, `service-communal`
 * a service of a commune, `commune` a commune (town or city).
 */
export type PartnerType =
  | 'promotion-sante'
  | 'integration'
  | 'federation'
  | 'centre-de-sante'
  | 'reseau-social'
  | 'service-communal'
  | 'commune';

/** Every partner type, in the order of the type above. */
export const PARTNER_TYPES: readonly PartnerType[] = [
  'promotion-sante',
  'integration',
  'federation',
  'centre-de-sante',
  'reseau-social',
  'service-communal',
  'commune',
];

/**
 * A partner: in the built-in data, one of the seven organisations that held the day with the
 * CLPS-Bw. The built-in entries say only what the article supports; a site's own data may say more.
 */
export interface Partner {
  id: Id;
  /** The organisation's name, as it writes it. A proper name: it stays in French unless the organisation has an official name in another language. */
  name: LocalizedText;
  /**
   * Short name or acronym (e.g. "CLPS-Bw"), shown after the name and in the initials badge.
   * @minLength 1
   * @pattern \S
   */
  shortName?: string;
  type: PartnerType;
  /** Its role, e.g. « partenaire de la journée », « organisateur de la journée ». */
  role: LocalizedText;
  /** What it does, in one or two sentences (shown with `show-description`). */
  description?: LocalizedText;
  /**
   * Its website. In the built-in data, only a URL the source gives. An absolute http(s) URL.
   * @format uri
   * @pattern ^[Hh][Tt][Tt][Pp][Ss]?://[^/?#\s]
   */
  url?: string;
  /**
   * Its logo, supplied by a site (none in the built-in data): an absolute http(s) URL or a URL
   * relative to the page (e.g. `/images/logos/cpas.svg`); not protocol-relative (`//other.example/x.png`
   * is refused by the validation). Loaded lazily, shown beside the name.
   * @format uri-reference
   * @pattern ^([Hh][Tt][Tt][Pp][Ss]?://[^/?#\s]|(?![A-Za-z][A-Za-z0-9+.-]*:)\S)\S*$
   */
  logo?: string;
  /** The languages in which it serves people (locale codes). */
  languages?: Locale[];
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

/**
 * Who a self-check question is for. `travailleur`: a worker, about their own practice.
 * `institution`: a manager, about the institution.
 */
export type Audience = 'travailleur' | 'institution';

/** An answer to a self-check question: « Oui », « En partie », « Non », « Je ne sais pas ». */
export type AnswerValue = 'oui' | 'en-partie' | 'non' | 'ne-sait-pas';

/** What each answer to a question scores. */
export interface AnswerScores {
  /**
   * Score of « Oui », 0 (weak) to 1 (good).
   * @minimum 0
   * @maximum 1
   */
  oui: number;
  /**
   * Score of « En partie », 0 (weak) to 1 (good).
   * @minimum 0
   * @maximum 1
   */
  'en-partie': number;
  /**
   * Score of « Non », 0 (weak) to 1 (good).
   * @minimum 0
   * @maximum 1
   */
  non: number;
}

/** A self-check question. */
export interface Question {
  /** Public id, carried by the self-check's exports. */
  id: Id;
  /** Id of the theme the question belongs to. */
  theme: Id;
  /** Id of the recommendation or finding (in `recommendations`) the question comes from. */
  basis: Id;
  /**
   * Who answers it; a question for both counts in both quizzes. No audience twice.
   * @minItems 1
   * @maxItems 2
   * @uniqueItems true
   */
  audiences: Audience[];
  /**
   * How much the question counts in its theme's score: an integer, 1 to 3.
   * @minimum 1
   * @maximum 3
   * @asType integer
   */
  weight: number;
  /** The question. */
  text: LocalizedText;
  /** Easy-to-read wording: common words, short sentences. */
  easyRead: LocalizedText;
  /**
   * What each answer scores, 0 (weak) to 1 (good): polarity differs per question (for « do you
   * end up doing procedures in people's place? », « Oui » is the weak answer). « Je ne sais pas »
   * scores nothing: it is left out of the score and counted apart.
   */
  scores: AnswerScores;
  /**
   * `false` for a question about the respondent's own feelings (stress, fear, doubt): it is never
   * scored, and the results show it as a topic to raise with the team, not as a weakness.
   * Default: scored.
   */
  scored?: boolean;
}

/** A day of the week, as OpenStreetMap `opening_hours` writes it. */
export type Weekday = 'Mo' | 'Tu' | 'We' | 'Th' | 'Fr' | 'Sa' | 'Su';

/**
 * A time of day, `HH:MM` on 24 hours (`00:00` … `24:00`).
 * @pattern ^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$
 */
export type Time = string;

/**
 * A calendar date, `YYYY-MM-DD`.
 * @pattern ^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$
 */
export type DateString = string;

/**
 * One opening slot, in the spirit of schema.org `OpeningHoursSpecification`: open on each
 * of `days` from `opens` to `closes` (Brussels time). `closes` after `opens`, or `24:00`.
 */
export interface OpeningSlot {
  /** The days this slot applies to. @minItems 1 */
  days: Weekday[];
  /** Opening time, `HH:MM`. */
  opens: Time;
  /** Closing time, `HH:MM`, later than `opens`; `24:00` for midnight. */
  closes: Time;
}

/**
 * A weekly schedule. A day with no slot is closed, unless it is listed in `unknown`.
 * `slots: []` means never (e.g. walk-in hours of a counter that works by appointment only).
 */
export interface Schedule {
  /** The opening slots. */
  slots: OpeningSlot[];
  /** Days whose hours are unknown: shown as unknown, never guessed. */
  unknown?: Weekday[];
  /** On Belgian legal public holidays: `closed` (default) or open as on any other day. */
  publicHolidays?: 'closed' | 'open';
  /**
   * When `publicHolidays` is `closed`: the weekdays on which a public holiday keeps that weekday's
   * hours all the same. What OpenStreetMap's `Mo-Fr 09:00-12:00; PH off; Sa 10:00-12:00` means
   * (a later rule replaces `PH off` on its days): `["Sa"]`.
   */
  openOnPublicHolidays?: Weekday[];
}

/**
 * An OpenStreetMap `opening_hours` string of the supported subset (docs/opening-hours.md; a later
 * rule replaces the earlier ones on its days, public holidays included: write `PH off` at the end), e.g.
 * `Mo-Fr 08:30-12:00,13:00-16:00; Sa 09:00-12:00; PH off`.
 * @minLength 1
 * @pattern \S
 */
export type OsmHours = string;

/**
 * Hours: the canonical JSON schedule, or an OpenStreetMap `opening_hours` string of the
 * supported subset, converted to a `Schedule` at load time. An invalid string makes the hours unknown.
 */
export type Hours = Schedule | OsmHours;

/**
 * A Belgian postal code.
 * @pattern ^[1-9][0-9]{3}$
 */
export type PostalCode = string;

/**
 * A language, as a BCP 47 code (`fr`, `nl`, `de`, `en`, `ar`…).
 * @pattern ^[a-z]{2,3}(-[A-Za-z0-9]+)*$
 */
export type LanguageCode = string;

/** The kind of organisation that runs a counter. */
export type GuichetType =
  | 'cpas'
  | 'administration-communale'
  | 'epn'
  | 'maison-medicale'
  | 'service-social'
  | 'bibliotheque'
  | 'autre';

/**
 * A period with its own schedule (e.g. summer hours): between `from` and `to` (both
 * included), its schedules replace the counter's. A schedule it leaves out stays the base one.
 */
export interface Period {
  /** Its name, e.g. « Horaire d'été ». */
  name: LocalizedText;
  /** First day, `YYYY-MM-DD`. */
  from: DateString;
  /** Last day (included), `YYYY-MM-DD`. */
  to: DateString;
  /** Opening hours during the period. */
  hours?: Hours;
  /** Walk-in hours during the period. */
  walkIn?: Hours;
}

/** An exceptional closure (a commune's own day off, works…): closed from `from` to `to`, both included. */
export interface Closure {
  /** First closed day, `YYYY-MM-DD`. */
  from: DateString;
  /** Last closed day (included); absent for a single day. */
  to?: DateString;
  /** Why, shown to the visitor. */
  reason?: LocalizedText;
}

/** A postal address in Belgium. */
export interface Address {
  /** Street and number, as written on the door. */
  street?: LocalizedText;
  /** Belgian postal code. */
  postalCode: PostalCode;
  /** The town (commune or section). */
  city: LocalizedText;
}

/** A point, WGS 84 degrees. */
export interface GeoPoint {
  /** Latitude. @minimum -90 @maximum 90 */
  lat: number;
  /** Longitude. @minimum -180 @maximum 180 */
  lon: number;
}

/** What a counter offers for access. */
export interface Accessibility {
  /** Step-free access (wheelchair, pushchair). */
  stepFree?: boolean;
  /** A hearing loop at the desk. */
  hearingLoop?: boolean;
  /** Languages spoken at the desk. */
  languages?: LanguageCode[];
}

/**
 * A physical counter where people can get help in person.
 * Services use a small controlled vocabulary (see docs/data-format.md): `aide-sociale`, `aide-numerique`,
 * `documents-administratifs`, `sante`, `emploi`, `logement`, `energie`, `famille`.
 */
export interface Guichet {
  id: Id;
  name: LocalizedText;
  /** True when the entry is an example, not a verified fact; the UI says so and emits no JSON-LD. */
  example: boolean;
  /** The kind of organisation. */
  type: GuichetType;
  /** Services from the controlled vocabulary (ids). */
  services: Id[];
  /** Other services, in words (free labels). */
  otherServices?: LocalizedText[];
  /** Who the counter is for (e.g. « Personnes âgées »); absent = everyone. */
  publics?: LocalizedText[];
  address: Address;
  /** Coordinates, for the distance and the directions link. */
  geo?: GeoPoint;
  /**
   * Phone number in international form, for a `tel:` link.
   * @pattern ^\+[0-9]{6,15}$
   */
  phone?: string;
  /**
   * E-mail address.
   * @pattern ^[^@\s]+@[^@\s]+$
   */
  email?: string;
  /**
   * Website. An absolute http(s) URL.
   * @format uri
   * @pattern ^[Hh][Tt][Tt][Pp][Ss]?://[^/?#\s]
   */
  url?: string;
  /** Opening hours; absent = unknown. */
  hours?: Hours;
  /** Walk-in hours (« sans rendez-vous »); absent = unknown; `{ "slots": [] }` = by appointment only. */
  walkIn?: Hours;
  /** Periods with their own schedules (summer hours…). */
  periods?: Period[];
  /** Exceptional closures. Belgian legal public holidays need none: they are computed. */
  closures?: Closure[];
  accessibility?: Accessibility;
  /** Anything else, shown as written. */
  notes?: LocalizedText;
}

/** A commune, for searching by name or postal code and sorting by distance. */
export interface Commune {
  id: Id;
  /** Its name: French, and Dutch where one is in common use. */
  name: LocalizedText;
  /** The postal codes of its sections. @minItems 1 */
  postalCodes: PostalCode[];
  /** Approximate centre (about 2 km), only for sorting by distance. */
  center: GeoPoint;
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
