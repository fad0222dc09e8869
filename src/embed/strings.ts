/**
 * The words of the embedding layer: the content pre-rendered inside a widget's tag, the embed
 * page's own messages and title. Not widget UI strings (those go through `msg()` and XLIFF):
 * these are written outside any widget (in a configurator, at build time, in Node), must be
 * synchronous and complete in the four languages at once, and must never download a widget's
 * message pack. Where a widget shows the same thing, the wording is the widget's own
 * (`kind.*`, `card.readMore`, `card.reported`, `card.actions`, `finder.demo`, `selfcheck.title`);
 * the glossary of docs/writing-guide.md applies (guichet = loket / Schalter / service point;
 * sans rendez-vous = zonder afspraak / ohne Termin / walk-in).
 */
import type { Locale } from '../data/model.js';

/** One string in the four languages (the configurator's table, configurator-strings.ts, is made the same way). */
export type Table = Record<Locale, string>;

export const STRINGS = {
  'kind.recommandation': { fr: 'Recommandation', nl: 'Aanbeveling', de: 'Empfehlung', en: 'Recommendation' },
  'kind.constat': { fr: 'Constat', nl: 'Vaststelling', de: 'Feststellung', en: 'Finding' },
  readMore: { fr: 'Lire la suite\u00a0: {title}', nl: 'Lees meer: {title}', de: 'Weiterlesen: {title}', en: 'Read more: {title}' },
  reported: { fr: 'Ce que rapporte l’article', nl: 'Wat het artikel vertelt', de: 'Was der Artikel berichtet', en: 'What the article reports' },
  actions: { fr: 'Ce qu’une institution peut faire', nl: 'Wat een instelling kan doen', de: 'Was eine Einrichtung tun kann', en: 'What an institution can do' },
  'finder.demo': {
    fr: 'Données d’exemple — à remplacer par les vôtres',
    nl: 'Voorbeeldgegevens – te vervangen door uw eigen gegevens',
    de: 'Beispieldaten – durch Ihre eigenen zu ersetzen',
    en: 'Example data — replace it with your own',
  },
  'finder.heading': {
    fr: 'Guichets sans rendez-vous à {commune}',
    nl: 'Loketten zonder afspraak in {commune}',
    de: 'Schalter ohne Termin in {commune}',
    en: 'Walk-in service points in {commune}',
  },
  'finder.headingAll': { fr: 'Guichets sans rendez-vous', nl: 'Loketten zonder afspraak', de: 'Schalter ohne Termin', en: 'Walk-in service points' },
  'finder.walkIn': { fr: 'Sans rendez-vous', nl: 'Zonder afspraak', de: 'Ohne Termin', en: 'Walk-in' },
  'finder.appointmentOnly': { fr: 'Sur rendez-vous uniquement.', nl: 'Alleen op afspraak.', de: 'Nur mit Termin.', en: 'By appointment only.' },
  'finder.unknown': {
    fr: 'Heures sans rendez-vous\u00a0: à vérifier par téléphone.',
    nl: 'Uren zonder afspraak: telefonisch na te vragen.',
    de: 'Zeiten ohne Termin: bitte telefonisch erfragen.',
    en: 'Walk-in hours: check by phone.',
  },
  'finder.usual': {
    fr: 'Horaires habituels, hors jours fériés et fermetures exceptionnelles.',
    nl: 'Gewone uren, behalve op feestdagen en bij uitzonderlijke sluitingen.',
    de: 'Übliche Zeiten, außer an Feiertagen und bei außerordentlichen Schließungen.',
    en: 'Usual hours, except public holidays and exceptional closures.',
  },
  'finder.phone': { fr: 'Téléphone\u00a0:', nl: 'Telefoon:', de: 'Telefon:', en: 'Phone:' },
  'finder.none': {
    fr: 'Aucun guichet connu pour {commune}.',
    nl: 'Geen loket bekend voor {commune}.',
    de: 'Kein Schalter für {commune} bekannt.',
    en: 'No service point known for {commune}.',
  },
  'finder.others': {
    fr: 'et {n} autres guichets',
    nl: 'en {n} andere loketten',
    de: 'und {n} weitere Schalter',
    en: 'and {n} more service points',
  },
  'finder.more': {
    fr: 'Tous les guichets et leurs horaires',
    nl: 'Alle loketten en hun openingsuren',
    de: 'Alle Schalter und ihre Öffnungszeiten',
    en: 'All service points and their hours',
  },
  'partners.intro': {
    fr: 'Les partenaires de la journée «\u00a0{title}\u00a0»\u00a0:',
    nl: 'De partners van de studiedag “{title}”:',
    de: 'Die Partner des Studientags „{title}“:',
    en: 'The partners of the event “{title}”:',
  },
  'selfcheck.title': {
    fr: 'Auto-évaluation\u00a0: où en sommes-nous avec le numérique\u202f?',
    nl: 'Zelfevaluatie: waar staan we met digitalisering?',
    de: 'Selbstbewertung: Wo stehen wir bei der Digitalisierung?',
    en: 'Self-check: where do we stand with digital services?',
  },
  'selfcheck.text.institution': {
    fr: '{n} questions inspirées des constats et des recommandations de la journée «\u00a0{title}\u00a0», pour faire le point sur votre institution. C’est anonyme et rien n’est envoyé.',
    nl: '{n} vragen op basis van de vaststellingen en aanbevelingen van de studiedag “{title}”, om na te gaan waar uw instelling staat. Het is anoniem en er wordt niets verstuurd.',
    de: '{n} Fragen auf der Grundlage der Feststellungen und Empfehlungen des Studientags „{title}“, für eine Standortbestimmung Ihrer Einrichtung. Die Befragung ist anonym, es wird nichts gesendet.',
    en: '{n} questions based on the findings and recommendations of the event “{title}”, to take stock of your institution. It is anonymous and nothing is sent.',
  },
  'selfcheck.text.travailleur': {
    fr: '{n} questions inspirées des constats et des recommandations de la journée «\u00a0{title}\u00a0», pour faire le point sur vos conditions de travail en première ligne. C’est anonyme et rien n’est envoyé.',
    nl: '{n} vragen op basis van de vaststellingen en aanbevelingen van de studiedag “{title}”, om uw arbeidsomstandigheden als eerstelijnswerker te bekijken. Het is anoniem en er wordt niets verstuurd.',
    de: '{n} Fragen auf der Grundlage der Feststellungen und Empfehlungen des Studientags „{title}“, für eine Standortbestimmung Ihrer Arbeitsbedingungen als Fachkraft der Erstlinie. Die Befragung ist anonym, es wird nichts gesendet.',
    en: '{n} questions based on the findings and recommendations of the event “{title}”, to take stock of your working conditions as a front-line worker. It is anonymous and nothing is sent.',
  },
  'selfcheck.text.any': {
    fr: 'Des questions inspirées des constats et des recommandations de la journée «\u00a0{title}\u00a0», pour une personne de première ligne ou pour une institution. C’est anonyme et rien n’est envoyé.',
    nl: 'Vragen op basis van de vaststellingen en aanbevelingen van de studiedag “{title}”, voor een eerstelijnswerker of voor een instelling. Het is anoniem en er wordt niets verstuurd.',
    de: 'Fragen auf der Grundlage der Feststellungen und Empfehlungen des Studientags „{title}“, für eine Fachkraft der Erstlinie oder für eine Einrichtung. Die Befragung ist anonym, es wird nichts gesendet.',
    en: 'Questions based on the findings and recommendations of the event “{title}”, for a front-line worker or for an institution. It is anonymous and nothing is sent.',
  },
  'selfcheck.link': { fr: 'Faire l’auto-évaluation', nl: 'De zelfevaluatie invullen', de: 'Die Selbstbewertung ausfüllen', en: 'Take the self-check' },
  // The embed page
  'embed.newTab': { fr: 'Ouvrir dans un nouvel onglet', nl: 'In een nieuw tabblad openen', de: 'In einem neuen Tab öffnen', en: 'Open in a new tab' },
  'embed.title.recommendation-card': {
    fr: 'Une recommandation de la journée «\u00a0Comment le numérique questionne nos pratiques\u202f?\u00a0»',
    nl: 'Een aanbeveling van de studiedag “Comment le numérique questionne nos pratiques\u202f?”',
    de: 'Eine Empfehlung des Studientags „Comment le numérique questionne nos pratiques\u202f?“',
    en: 'A recommendation from the event “Comment le numérique questionne nos pratiques\u202f?”',
  },
  'embed.title.self-check': {
    fr: 'Auto-évaluation\u00a0: où en sommes-nous avec le numérique\u202f?',
    nl: 'Zelfevaluatie: waar staan we met digitalisering?',
    de: 'Selbstbewertung: Wo stehen wir bei der Digitalisierung?',
    en: 'Self-check: where do we stand with digital services?',
  },
  'embed.title.partner-list': {
    fr: 'Les partenaires de la journée',
    nl: 'De partners van de studiedag',
    de: 'Die Partner des Studientags',
    en: 'The event partners',
  },
  'embed.title.guichet-finder': {
    fr: 'Guichets ouverts sans rendez-vous',
    nl: 'Loketten open zonder afspraak',
    de: 'Schalter, die ohne Termin geöffnet sind',
    en: 'Service points open for walk-ins',
  },
  'embed.title.none': { fr: 'numerique-choisi', nl: 'numerique-choisi', de: 'numerique-choisi', en: 'numerique-choisi' },
  'embed.problems': {
    fr: 'Cette page a été appelée avec des paramètres à corriger (le reste fonctionne)\u00a0:',
    nl: 'Deze pagina werd opgeroepen met parameters die moeten worden verbeterd (de rest werkt):',
    de: 'Diese Seite wurde mit Parametern aufgerufen, die korrigiert werden müssen (der Rest funktioniert):',
    en: 'This page was called with parameters that need correcting (the rest works):',
  },
  'embed.unknown': {
    fr: 'Paramètre inconnu «\u00a0{name}\u00a0»\u00a0: il est ignoré.',
    nl: 'Onbekende parameter “{name}”: die wordt genegeerd.',
    de: 'Unbekannter Parameter „{name}“: Er wird ignoriert.',
    en: 'Unknown parameter “{name}”: it is ignored.',
  },
  'embed.bad': {
    fr: 'Valeur non valable pour «\u00a0{name}\u00a0» ({expected})\u00a0: elle est ignorée.',
    nl: 'Ongeldige waarde voor “{name}” ({expected}): die wordt genegeerd.',
    de: 'Ungültiger Wert für „{name}“ ({expected}): Er wird ignoriert.',
    en: 'Invalid value for “{name}” ({expected}): it is ignored.',
  },
  'embed.url': {
    fr: 'Adresse refusée pour «\u00a0{name}\u00a0»\u00a0: seules les adresses de ce site et celles de la liste autorisée de cette page sont acceptées.',
    nl: 'Adres geweigerd voor “{name}”: alleen adressen van deze website en van de lijst met toegelaten adressen van deze pagina worden aanvaard.',
    de: 'Adresse für „{name}“ abgelehnt: Nur Adressen dieser Website und der zugelassenen Liste dieser Seite werden angenommen.',
    en: 'Address refused for “{name}”: only addresses from this site and from this page’s list of allowed addresses are accepted.',
  },
  'embed.noWidget': {
    fr: 'Aucun widget n’est choisi. Ajoutez à l’adresse «\u00a0?widget=\u00a0» suivi de\u00a0: {list}.',
    nl: 'Er is geen widget gekozen. Voeg aan het adres “?widget=” toe, gevolgd door: {list}.',
    de: 'Es ist kein Widget gewählt. Ergänzen Sie die Adresse um „?widget=“, gefolgt von: {list}.',
    en: 'No widget is chosen. Add “?widget=” to the address, followed by: {list}.',
  },
} satisfies Record<string, Table>;

export type StringId = keyof typeof STRINGS;

/** A string of a table in `locale` (French if missing), with `{name}` placeholders replaced by `values` (as given: escape them where they go into HTML). */
export function fill(table: Table, locale: Locale, values: Record<string, string | number> = {}): string {
  return (table[locale] ?? table.fr).replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/** The string `id` in `locale`, with `{name}` placeholders replaced by `values` (as given: escape them where they go into HTML). */
export function say(locale: Locale, id: StringId, values: Record<string, string | number> = {}): string {
  return fill(STRINGS[id], locale, values);
}
