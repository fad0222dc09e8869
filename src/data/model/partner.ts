/** The partners (the organisations behind the day, or a site's own). */
import type { Id, Locale, LocalizedText } from './text.js';

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
