/** The counters (guichets) and the communes the finder searches. */
import type { Id, LocalizedText } from './text.js';
import type { Closure, Hours, Period } from './hours.js';

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
