/**
 * The command-line tool's words, in the four languages of the widgets. A Node program, not a
 * widget: these strings stay out of the widgets' message files (XLIFF), which every page
 * would otherwise download.
 *
 * `explain` turns the validation's English phrases (src/data/validate.ts: "expected …,
 * received …") into each language, pattern by pattern; a test fails on a phrase left in English.
 */
import type { OsmError, OsmWarning } from '../data/hours/osm.js';
import type { JsonErrorCode } from '../data/formats/json-error.js';

export type Lang = 'fr' | 'nl' | 'de' | 'en';
export const LANGS: readonly Lang[] = ['fr', 'nl', 'de', 'en'];

type Table = Record<Lang, string>;
const t = (fr: string, nl: string, de: string, en: string): Table => ({ fr, nl, de, en });

/** Fills `{name}` placeholders. */
export function fill(text: string, values: Record<string, string | number> = {}): string {
  return text.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}

export const M = {
  ok: t('{file} : aucun problème ({count} entrées).', '{file}: geen problemen ({count} items).', '{file}: keine Probleme ({count} Einträge).', '{file}: no problems ({count} entries).'),
  problems: t(
    '{file} : {count} problème(s). Les widgets laissent de côté chaque entrée en cause (des horaires illisibles deviennent « inconnus », l’entrée reste) ; le reste s’affiche.',
    '{file}: {count} probleem/problemen. De widgets laten elk betrokken item weg (onleesbare openingsuren worden ‘onbekend’, het item blijft); de rest wordt getoond.',
    '{file}: {count} Problem(e). Die Widgets lassen jeden betroffenen Eintrag weg (unlesbare Öffnungszeiten werden „unbekannt“, der Eintrag bleibt); der Rest wird angezeigt.',
    '{file}: {count} problem(s). The widgets leave out each entry concerned (unreadable opening hours become “unknown”, the entry stays); the rest is shown.',
  ),
  unreadable: t('{file} : fichier illisible ({reason}).', '{file}: bestand onleesbaar ({reason}).', '{file}: Datei nicht lesbar ({reason}).', '{file}: cannot read the file ({reason}).'),
  notJson: t(
    '{file} : ce n’est pas du JSON valide ({reason}).',
    '{file}: dit is geen geldige JSON ({reason}).',
    '{file}: kein gültiges JSON ({reason}).',
    '{file}: not valid JSON ({reason}).',
  ),
  lineColumn: t('ligne {line}, colonne {column} : {what}', 'regel {line}, kolom {column}: {what}', 'Zeile {line}, Spalte {column}: {what}', 'line {line}, column {column}: {what}'),
  file: t('le fichier', 'het bestand', 'die Datei', 'the file'),
  entry: t('{collection} n°{n} « {id} »', '{collection} nr. {n} ‘{id}’', '{collection} Nr. {n} „{id}“', '{collection} no. {n} “{id}”'),
  entryNoId: t('{collection} n°{n}', '{collection} nr. {n}', '{collection} Nr. {n}', '{collection} no. {n}'),
  field: t('champ « {path} »', 'veld ‘{path}’', 'Feld „{path}“', 'field “{path}”'),
  line: t('  – {where} : attendu {expected} ; trouvé {received}.', '  – {where}: verwacht {expected}; gevonden {received}.', '  – {where}: erwartet {expected}; gefunden {received}.', '  – {where}: expected {expected}; found {received}.'),
  hours: t('colonne « {column} » : {message}', 'kolom ‘{column}’: {message}', 'Spalte „{column}“: {message}', 'column “{column}”: {message}'),
  contactsRead: t(
    '{file} : {count} guichet(s) converti(s) ; {warnings} remarque(s).',
    '{file}: {count} loket(ten) omgezet; {warnings} opmerking(en).',
    '{file}: {count} Schalter umgewandelt; {warnings} Hinweis(e).',
    '{file}: {count} counter(s) converted; {warnings} notice(s).',
  ),
  notAnExport: t(
    '{file} : ce n’est pas un export « contacts-en-wallonie » (une liste d’enregistrements était attendue).',
    '{file}: dit is geen export ‘contacts-en-wallonie’ (een lijst van records werd verwacht).',
    '{file}: kein Export „contacts-en-wallonie“ (eine Liste von Datensätzen wurde erwartet).',
    '{file}: not a “contacts-en-wallonie” export (a list of records was expected).',
  ),
  warnings: t(
    '{file} : {count} remarque(s) (l’entrée est gardée telle qu’elle se lit) :',
    '{file}: {count} opmerking(en) (het item blijft zoals het gelezen wordt):',
    '{file}: {count} Hinweis(e) (der Eintrag bleibt so, wie er gelesen wird):',
    '{file}: {count} notice(s) (the entry is kept as it reads):',
  ),
  warningLine: t('  – {where} : {message}', '  – {where}: {message}', '  – {where}: {message}', '  – {where}: {message}'),
  unknownCommand: t('Commande inconnue : {command}.', 'Onbekende opdracht: {command}.', 'Unbekannter Befehl: {command}.', 'Unknown command: {command}.'),
  noFile: t('Aucun fichier donné.', 'Geen bestand opgegeven.', 'Keine Datei angegeben.', 'No file given.'),
  badOption: t('Option invalide : {message}', 'Ongeldige optie: {message}', 'Ungültige Option: {message}', 'Invalid option: {message}'),
} satisfies Record<string, Table>;

/** Why a text is not JSON (src/data/formats/json-error.ts), by code. */
export const JSON_REASONS: Record<JsonErrorCode, Table> = {
  'trailing-comma': t('virgule en trop avant un crochet ou une accolade fermante (retirez-la)', 'komma te veel vóór een sluitend haakje (verwijder het)', 'überzähliges Komma vor einer schließenden Klammer (entfernen Sie es)', 'a comma before a closing bracket (remove it)'),
  'missing-comma': t('il manque une virgule entre deux valeurs', 'er ontbreekt een komma tussen twee waarden', 'zwischen zwei Werten fehlt ein Komma', 'a comma is missing between two values'),
  'unquoted-key': t('un nom de champ s’écrit entre guillemets droits "…"', 'een veldnaam staat tussen rechte aanhalingstekens "…"', 'ein Feldname steht in geraden Anführungszeichen "…"', 'a field name goes between straight double quotes "…"'),
  'missing-colon': t('il manque « : » après un nom de champ', 'er ontbreekt ‘:’ na een veldnaam', 'nach einem Feldnamen fehlt „:“', '“:” is missing after a field name'),
  'unterminated-string': t('un texte n’est pas refermé par " sur sa ligne', 'een tekst wordt op zijn regel niet gesloten met "', 'ein Text wird in seiner Zeile nicht mit " geschlossen', 'a text is not closed by " on its line'),
  unexpected: t('caractère inattendu {found}', 'onverwacht teken {found}', 'unerwartetes Zeichen {found}', 'unexpected character {found}'),
  'trailing-text': t('du texte suit la fin des données', 'er volgt tekst na het einde van de gegevens', 'nach dem Ende der Daten folgt Text', 'text follows the end of the data'),
  'end-of-file': t('le fichier s’arrête trop tôt (un crochet, une accolade ou un guillemet n’est pas refermé)', 'het bestand stopt te vroeg (een haakje of aanhalingsteken is niet gesloten)', 'die Datei endet zu früh (eine Klammer oder ein Anführungszeichen ist nicht geschlossen)', 'the file ends too early (a bracket or a quote is not closed)'),
};

/** `--frobnicate`: Node's parseArgs speaks English; the options it names are said in the language. */
export function optionError(message: string, lang: Lang): string {
  const unknown = /^Unknown option '([^']+)'/.exec(message);
  if (unknown) return fill(t('option inconnue {o}', 'onbekende optie {o}', 'unbekannte Option {o}', 'unknown option {o}')[lang], { o: unknown[1] });
  const value = /^Option '([^']+?)(?: <value>)?' argument missing/.exec(message);
  if (value) return fill(t('l’option {o} attend une valeur', 'de optie {o} verwacht een waarde', 'die Option {o} erwartet einen Wert', 'the option {o} needs a value')[lang], { o: value[1] });
  return message;
}

/** The words "one of", "and"… inside translated phrases. */
const or = t('ou', 'of', 'oder', 'or');

/** The validation's English "expected" phrases, pattern by pattern. `$1`… are the captures. */
const EXPECTED: [RegExp, Table][] = [
  [/^a non-empty string$/, t('un texte non vide', 'een niet-lege tekst', 'ein nicht leerer Text', 'a non-empty text')],
  [/^a string \(the schema URL\)$/, t('un texte (l’URL du schéma)', 'een tekst (de URL van het schema)', 'ein Text (die URL des Schemas)', 'a text (the schema URL)')],
  [/^an id \(lowercase letters, digits, hyphens\)$/, t('un identifiant (minuscules sans accents, chiffres, tirets)', 'een id (kleine letters zonder accenten, cijfers, koppeltekens)', 'eine ID (Kleinbuchstaben ohne Akzente, Ziffern, Bindestriche)', 'an id (lowercase letters without accents, digits, hyphens)')],
  [/^one of (.+)$/, t('une de ces valeurs : $1', 'een van deze waarden: $1', 'einer dieser Werte: $1', 'one of these values: $1')],
  [/^true or false$/, t('true ou false', 'true of false', 'true oder false', 'true or false')],
  [/^an absolute http\(s\) URL$/, t('une adresse web complète (http:// ou https://)', 'een volledig webadres (http:// of https://)', 'eine vollständige Webadresse (http:// oder https://)', 'a full web address (http:// or https://)')],
  [/^an absolute http\(s\) URL or a relative URL$/, t('une adresse web (http:// ou https://) ou relative', 'een webadres (http:// of https://) of een relatief adres', 'eine Webadresse (http:// oder https://) oder eine relative Adresse', 'a web address (http:// or https://) or a relative one')],
  [/^an object$/, t('un objet { … }', 'een object { … }', 'ein Objekt { … }', 'an object { … }')],
  [/^no field "([^"]+)" \(known: (.+)\)$/, t('pas de champ « $1 » (champs connus : $2)', 'geen veld ‘$1’ (bekende velden: $2)', 'kein Feld „$1“ (bekannte Felder: $2)', 'no field “$1” (known fields: $2)')],
  [/^an array$/, t('une liste [ … ]', 'een lijst [ … ]', 'eine Liste [ … ]', 'a list [ … ]')],
  [/^at least (\d+) items?$/, t('au moins $1 élément(s)', 'minstens $1 element(en)', 'mindestens $1 Element(e)', 'at least $1 item(s)')],
  [/^a number from (\S+) to (\S+)$/, t('un nombre de $1 à $2', 'een getal van $1 tot $2', 'eine Zahl von $1 bis $2', 'a number from $1 to $2')],
  [/^an integer from (\S+) to (\S+)$/, t('un nombre entier de $1 à $2', 'een geheel getal van $1 tot $2', 'eine ganze Zahl von $1 bis $2', 'a whole number from $1 to $2')],
  [/^each value once$/, t('chaque valeur une seule fois', 'elke waarde maar één keer', 'jeden Wert nur einmal', 'each value once')],
  [/^a value not listed before$/, t('une valeur pas encore citée', 'een waarde die nog niet vermeld is', 'ein noch nicht genannter Wert', 'a value not listed before')],
  [/^a date YYYY-MM-DD$/, t('une date AAAA-MM-JJ', 'een datum JJJJ-MM-DD', 'ein Datum JJJJ-MM-TT', 'a date YYYY-MM-DD')],
  [/^a time after "opens" \((.+)\)$/, t('une heure après l’ouverture ($1)', 'een uur na de opening ($1)', 'eine Uhrzeit nach der Öffnung ($1)', 'a time after opening ($1)')],
  [/^a JSON object \{ "formatVersion": 1, … \}$/, t('un objet JSON { "formatVersion": 1, … }', 'een JSON-object { "formatVersion": 1, … }', 'ein JSON-Objekt { "formatVersion": 1, … }', 'a JSON object { "formatVersion": 1, … }')],
  [/^1$/, t('1', '1', '1', '1')],
  [/^a Belgian postal code \(4 digits\)$/, t('un code postal belge (4 chiffres)', 'een Belgische postcode (4 cijfers)', 'eine belgische Postleitzahl (4 Ziffern)', 'a Belgian postal code (4 digits)')],
  [/^a phone number in international form, e\.g\. (\S+)$/, t('un numéro de téléphone au format international, p. ex. $1', 'een telefoonnummer in internationale vorm, bv. $1', 'eine Telefonnummer im internationalen Format, z. B. $1', 'a phone number in international form, e.g. $1')],
  [/^an e-mail address$/, t('une adresse e-mail', 'een e-mailadres', 'eine E-Mail-Adresse', 'an e-mail address')],
  [/^a time HH:MM \(24:00 for midnight\)$/, t('une heure HH:MM (24:00 pour minuit)', 'een uur UU:MM (24:00 voor middernacht)', 'eine Uhrzeit HH:MM (24:00 für Mitternacht)', 'a time HH:MM (24:00 for midnight)')],
  [/^a time HH:MM$/, t('une heure HH:MM', 'een uur UU:MM', 'eine Uhrzeit HH:MM', 'a time HH:MM')],
  [/^a language code \(fr, nl, de, en…\)$/, t('un code de langue (fr, nl, de, en…)', 'een taalcode (fr, nl, de, en…)', 'ein Sprachcode (fr, nl, de, en…)', 'a language code (fr, nl, de, en…)')],
  [
    /^opening hours in the supported OpenStreetMap subset/,
    t(
      'des horaires au format OpenStreetMap accepté (en attendant, ces horaires sont inconnus)',
      'openingsuren in de ondersteunde OpenStreetMap-vorm (tot dan zijn deze uren onbekend)',
      'Öffnungszeiten in der unterstützten OpenStreetMap-Form (bis dahin sind diese Zeiten unbekannt)',
      'opening hours in the supported OpenStreetMap form (until then these hours are unknown)',
    ),
  ],
  [/^an id not used before in (\w+)$/, t('un identifiant pas encore utilisé dans $1', 'een id die nog niet gebruikt is in $1', 'eine in $1 noch nicht verwendete ID', 'an id not used before in $1')],
  [/^the id of (a theme|a recommendation or finding|[^(]+) \((.*)\)$/, t('l’identifiant d’un élément existant ($2)', 'de id van een bestaand item ($2)', 'die ID eines vorhandenen Eintrags ($2)', 'the id of an existing entry ($2)')],
];

/** The "expected" phrase in `lang`; the English phrase itself when no pattern knows it. */
export function explain(expected: string, lang: Lang): string {
  for (const [re, table] of EXPECTED) {
    const m = re.exec(expected);
    if (m) return table[lang].replace(/\$(\d)/g, (_, i: string) => m[Number(i)] ?? '').replace(/ or /g, ` ${or[lang]} `);
  }
  return expected;
}

/** The "received" phrase (src/data/validate.ts `describe`) in `lang`. */
export function received(text: string, lang: Lang): string {
  if (text === 'nothing') return t('rien (champ absent)', 'niets (veld ontbreekt)', 'nichts (Feld fehlt)', 'nothing (field missing)')[lang];
  if (text === 'an object') return t('un objet', 'een object', 'ein Objekt', 'an object')[lang];
  const arr = /^an array of (\d+)$/.exec(text);
  if (arr) return fill(t('une liste de {n}', 'een lijst van {n}', 'eine Liste von {n}', 'a list of {n}')[lang], { n: arr[1] });
  const twice = /^(.+) twice$/.exec(text);
  if (twice) return `${twice[1]} ${t('deux fois', 'twee keer', 'zweimal', 'twice')[lang]}`;
  const other = /^(number|boolean) (.+)$/.exec(text);
  if (other) return other[2];
  return text;
}

/** What is wrong, by the parser's error code, in each language. */
const OSM_ERRORS: Record<OsmError['code'], Table> = {
  empty: t('la valeur est vide', 'de waarde is leeg', 'der Wert ist leer', 'the value is empty'),
  'empty-rule': t('règle vide entre deux « ; »', 'lege regel tussen twee ‘;’', 'leere Regel zwischen zwei „;“', 'empty rule between two “;”'),
  'unknown-day': t('jour inconnu (les jours sont Mo Tu We Th Fr Sa Su)', 'onbekende dag (de dagen zijn Mo Tu We Th Fr Sa Su)', 'unbekannter Tag (die Tage sind Mo Tu We Th Fr Sa Su)', 'unknown day (the days are Mo Tu We Th Fr Sa Su)'),
  'day-case': t('jour mal écrit', 'dag verkeerd geschreven', 'Tag falsch geschrieben', 'day written wrongly'),
  'missing-times': t('il manque les heures après les jours (ou « off »)', 'de uren ontbreken na de dagen (of ‘off’)', 'die Uhrzeiten fehlen nach den Tagen (oder „off“)', 'the hours are missing after the days (or “off”)'),
  'start-format': t('heure de début mal écrite', 'beginuur verkeerd geschreven', 'Anfangszeit falsch geschrieben', 'start time written wrongly'),
  'end-format': t('heure de fin mal écrite', 'einduur verkeerd geschreven', 'Endzeit falsch geschrieben', 'end time written wrongly'),
  'time-out-of-range': t('heure impossible (de 00:00 à 24:00)', 'onmogelijk uur (van 00:00 tot 24:00)', 'unmögliche Uhrzeit (von 00:00 bis 24:00)', 'impossible time (00:00 to 24:00)'),
  'missing-end': t('heure de fin manquante', 'einduur ontbreekt', 'Endzeit fehlt', 'end time missing'),
  'end-before-start': t(
    'l’heure de fin n’est pas après l’heure de début (pas d’horaire après minuit : fermez à 24:00 et ouvrez à 00:00 le lendemain)',
    'het einduur ligt niet na het beginuur (geen uren na middernacht: sluit om 24:00 en open om 00:00 de dag erna)',
    'die Endzeit liegt nicht nach der Anfangszeit (keine Zeiten nach Mitternacht: um 24:00 schließen und um 00:00 am nächsten Tag öffnen)',
    'the end time is not after the start time (no hours past midnight: close at 24:00 and open at 00:00 the next day)',
  ),
  unsupported: t('hors du sous-ensemble accepté', 'valt buiten de ondersteunde deelverzameling', 'nicht in der unterstützten Teilmenge', 'not in the supported subset'),
  unexpected: t('texte inattendu', 'onverwachte tekst', 'unerwarteter Text', 'unexpected text'),
  'range-format': t('une plage horaire s’écrit HH:MM-HH:MM', 'een tijdvak schrijft u als UU:MM-UU:MM', 'ein Zeitraum wird HH:MM-HH:MM geschrieben', 'a time range is written HH:MM-HH:MM'),
  'rule-separator': t('les règles se séparent par « ; »', 'regels worden gescheiden door ‘;’', 'Regeln werden durch „;“ getrennt', 'rules are separated by “;”'),
  'range-separator': t(
    'les plages horaires des mêmes jours se séparent par une virgule',
    'de tijdvakken van dezelfde dagen worden gescheiden door een komma',
    'die Zeiträume derselben Tage werden durch ein Komma getrennt',
    'the time ranges of the same days are separated by a comma',
  ),
  'trailing-text': t(
    'texte après les horaires (une remarque va dans un autre champ, pas dans les horaires)',
    'tekst na de uren (een opmerking hoort in een ander veld, niet in de uren)',
    'Text nach den Zeiten (eine Bemerkung gehört in ein anderes Feld, nicht in die Zeiten)',
    'text after the hours (a remark goes in another field, not in the hours)',
  ),
  'times-without-days': t(
    'chaque règle commence par ses jours ; les plages des mêmes jours se joignent par une virgule',
    'elke regel begint met zijn dagen; de tijdvakken van dezelfde dagen worden met een komma verbonden',
    'jede Regel beginnt mit ihren Tagen; die Zeiträume derselben Tage werden mit einem Komma verbunden',
    'each rule starts with its days; the ranges of the same days are joined by a comma',
  ),
  'off-without-days': t(
    '« off » demande les jours devant lui (jours fériés : PH off)',
    '‘off’ vraagt de dagen ervoor (feestdagen: PH off)',
    '„off“ braucht die Tage davor (Feiertage: PH off)',
    '“off” needs the days before it (public holidays: PH off)',
  ),
  'holiday-name': t(
    'pas de nom de jour férié autre que PH (les jours fériés légaux belges)',
    'geen andere naam voor een feestdag dan PH (de Belgische wettelijke feestdagen)',
    'keine anderen Feiertagsnamen als PH (die gesetzlichen Feiertage Belgiens)',
    'no holiday names other than PH (the Belgian public holidays)',
  ),
  'missing-day': t('il manque un jour après « - » ou « , »', 'er ontbreekt een dag na ‘-’ of ‘,’', 'nach „-“ oder „,“ fehlt ein Tag', 'a day is missing after “-” or “,”'),
  sun: t(
    'lever, coucher du soleil, aube et crépuscule ne sont pas acceptés : écrivez l’heure',
    'zonsopgang, zonsondergang, dageraad en schemering worden niet ondersteund: schrijf het uur',
    'Sonnenaufgang, Sonnenuntergang, Morgen- und Abenddämmerung werden nicht unterstützt: schreiben Sie die Uhrzeit',
    'sunrise, sunset, dawn and dusk are not supported: write the time',
  ),
  always: t('toujours ouvert s’écrit 24/7, tous les jours Mo-Su', 'altijd open schrijft u als 24/7, elke dag als Mo-Su', 'immer geöffnet wird 24/7 geschrieben, jeden Tag Mo-Su', 'always open is written 24/7, every day Mo-Su'),
};
/** The parser's English `detail` of an unsupported construction, in each language. */
const OSM_DETAILS: Record<string, Table> = {
  'a comment': t('un commentaire', 'een commentaar', 'ein Kommentar', 'a comment'),
  'a fallback rule "||"': t('une règle de repli « || »', 'een terugvalregel ‘||’', 'eine Ersatzregel „||“', 'a fallback rule “||”'),
  'a fallback rule': t('une règle de repli « || »', 'een terugvalregel ‘||’', 'eine Ersatzregel „||“', 'a fallback rule “||”'),
  'school holidays "SH": dated closures go in "closures"': t('les vacances scolaires « SH » : les fermetures datées vont dans « closures »', 'de schoolvakanties ‘SH’: gedateerde sluitingen horen in ‘closures’', 'die Schulferien „SH“: datierte Schließungen gehören in „closures“', 'school holidays “SH”: dated closures go in “closures”'),
  'a month: dated closures go in "closures"': t('un mois : les fermetures datées vont dans « closures »', 'een maand: gedateerde sluitingen horen in ‘closures’', 'ein Monat: datierte Schließungen gehören in „closures“', 'a month: dated closures go in “closures”'),
  'a week number: dated closures go in "closures"': t('un numéro de semaine', 'een weeknummer', 'eine Kalenderwoche', 'a week number: dated closures go in "closures"'),
  'a year: dated closures go in "closures"': t('une année : les fermetures datées vont dans « closures »', 'een jaar: gedateerde sluitingen horen in ‘closures’', 'ein Jahr: datierte Schließungen gehören in „closures“', 'a year: dated closures go in “closures”'),
  'the "open" or "unknown" state: write the days and hours': t('l’état « open » ou « unknown » : écrivez les jours et les heures', 'de toestand ‘open’ of ‘unknown’: schrijf de dagen en de uren', 'der Zustand „open“ oder „unknown“: schreiben Sie Tage und Uhrzeiten', 'the “open” or “unknown” state: write the days and hours'),
  'an open end "+": write the end time': t('une fin ouverte « + » : écrivez l’heure de fin', 'een open einde ‘+’: schrijf het einduur', 'ein offenes Ende „+“: schreiben Sie die Endzeit', 'an open end “+”: write the end time'),
  'a weekday of the month "[n]": dated closures go in "closures"': t('un jour du mois « [n] » : les fermetures datées vont dans « closures »', 'een weekdag van de maand ‘[n]’: gedateerde sluitingen horen in ‘closures’', 'ein Wochentag des Monats „[n]“: datierte Schließungen gehören in „closures“', 'a weekday of the month “[n]”: dated closures go in “closures”'),
  'public holidays with hours': t('des heures les jours fériés', 'uren op feestdagen', 'Zeiten an Feiertagen', 'public holidays with hours'),
  'public holidays with other days': t('les jours fériés avec d’autres jours', 'feestdagen samen met andere dagen', 'Feiertage zusammen mit anderen Tagen', 'public holidays with other days'),
};
/** The quotation marks around a value quoted in a message, per language. */
const QUOTES: Record<Lang, [string, string]> = { fr: ['«\u00a0', '\u00a0»'], nl: ['‘', '’'], de: ['„', '“'], en: ['“', '”'] };

/** An OpenStreetMap opening-hours error, by its code, in `lang`: `« 8:30 » (position 7) : heure de début mal écrite, attendu 08:30`. */
export function osmError(e: OsmError, lang: Lang): string {
  const q = QUOTES[lang];
  const colon = lang === 'fr' ? '\u00a0: ' : ': ';
  const detail = e.code === 'unsupported' && e.detail ? ` (${OSM_DETAILS[e.detail]?.[lang] ?? e.detail})` : '';
  const expected = e.expected ? fill(t(', attendu {x}', ', verwacht {x}', ', erwartet {x}', ', expected {x}')[lang], { x: e.expected }) : '';
  const position = { fr: 'position', nl: 'positie', de: 'Position', en: 'position' }[lang];
  const text = `${q[0]}${e.found}${q[1]} (${position} ${e.position + 1})${colon}${OSM_ERRORS[e.code][lang]}${detail}${expected}`;
  return lang === 'fr' ? frenchSpaces(text) : text;
}

/**
 * The warning about `PH off` written before rules that replace it on holidays, in `lang`, with the fix:
 * `« PH off » (position 1) est remplacé … : déplacez « PH off » à la fin : Mo-Fr 09:00-12:00; PH off`.
 */
export function osmWarning(w: OsmWarning, lang: Lang): string {
  const q = QUOTES[lang];
  const found = `${q[0]}${w.found}${q[1]}`;
  const text = t(
    '{found} (position {position}) est remplacé, les jours fériés qui tombent un {days}, par les règles écrites après lui (OpenStreetMap : une règle plus loin remplace les précédentes, jours fériés compris) : ces jours fériés sont ouverts. Pour fermer tous les jours fériés, déplacez {found} à la fin : {expected}',
    '{found} (positie {position}) wordt op feestdagen die op {days} vallen vervangen door de regels die erna komen (OpenStreetMap: een latere regel vervangt de vorige, feestdagen inbegrepen): die feestdagen is het open. Om op alle feestdagen te sluiten, verplaatst u {found} naar het einde: {expected}',
    '{found} (Position {position}) wird an Feiertagen, die auf {days} fallen, durch die nachfolgenden Regeln ersetzt (OpenStreetMap: eine spätere Regel ersetzt die früheren, Feiertage eingeschlossen): an diesen Feiertagen ist geöffnet. Um an allen Feiertagen zu schließen, setzen Sie {found} ans Ende: {expected}',
    '{found} (position {position}) is replaced on holidays falling on {days} by the rules written after it (OpenStreetMap: a later rule replaces the earlier ones, holidays included): those holidays are open. To close on every holiday, move {found} to the end: {expected}',
  );
  // Runs of three days or more as a range: `Mo-Sa`, `Mo,We`.
  const order = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'];
  const runs: string[][] = [];
  for (const d of w.days) {
    const run = runs[runs.length - 1];
    if (run && order.indexOf(d) === order.indexOf(run[run.length - 1]) + 1) run.push(d);
    else runs.push([d]);
  }
  const days = runs.map((r) => (r.length > 2 ? `${r[0]}-${r[r.length - 1]}` : r.join(','))).join(',');
  return fill(text[lang], { found, position: w.position + 1, days, expected: w.expected });
}

/** French typography (docs/writing-guide.md): a no-break space inside « » and before : ; ! ? */
export const frenchSpaces = (s: string) => s.replace(/« /g, '«\u00a0').replace(/ »/g, '\u00a0»').replace(/ ([:;!?])(?=\s|$)/g, '\u00a0$1');

export function pick(table: Table, lang: Lang, values?: Record<string, string | number>): string {
  const text = fill(table[lang], values);
  return lang === 'fr' ? frenchSpaces(text) : text;
}
