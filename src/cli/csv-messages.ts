/**
 * The words of `import-csv` in the four languages of the data tools (the rest of the CLI's
 * words are in messages.ts). Each value the webmaster typed is quoted with the language's
 * marks and cut at 60 characters (`clip`): a 5 MB cell is not echoed whole.
 */
import { fill, frenchSpaces, type Lang } from './messages.js';
import { clip as clipText } from '../util/clip.js';

type Table = Record<Lang, string>;
const t = (fr: string, nl: string, de: string, en: string): Table => ({ fr, nl, de, en });

/** A value as the webmaster typed it, at most 60 characters, line breaks shown as ⏎. */
export function clip(value: string, max = 60): string {
  return clipText(value.replace(/\r\n?|\n/g, '⏎'), max);
}

/** A value between the language's quotation marks. */
export const quote = (v: string, lang: Lang) => ({ fr: `« ${v} »`, nl: `‘${v}’`, de: `„${v}“`, en: `“${v}”` })[lang];

/** Column index → spreadsheet letter: 0 → A, 26 → AA. */
export function letter(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** « colonne H « horaires » ». */
export const column = (index: number, name: string, lang: Lang) =>
  `${{ fr: 'colonne', nl: 'kolom', de: 'Spalte', en: 'column' }[lang]} ${letter(index)} ${quote(name, lang)}`;

export const DELIMITER_NAMES: Record<string, Table> = {
  ';': t('point-virgule « ; »', 'puntkomma ‘;’', 'Semikolon „;“', 'semicolon “;”'),
  ',': t('virgule « , »', 'komma ‘,’', 'Komma „,“', 'comma “,”'),
  '\t': t('tabulation', 'tab', 'Tabulator', 'tab'),
  '|': t('barre « | »', 'verticale streep ‘|’', 'senkrechter Strich „|“', 'vertical bar “|”'),
};

export const C = {
  read: t(
    '{file} : encodage détecté : {encoding} ; séparateur : {delimiter}{sep}.',
    '{file}: gedetecteerde codering: {encoding}; scheidingsteken: {delimiter}{sep}.',
    '{file}: erkannte Kodierung: {encoding}; Trennzeichen: {delimiter}{sep}.',
    '{file}: encoding detected: {encoding}; separator: {delimiter}{sep}.',
  ),
  sep: t(' (ligne « sep= »)', ' (regel ‘sep=’)', ' (Zeile „sep=“)', ' (“sep=” line)'),
  excelText: t(' (Excel « Texte Unicode »)', ' (Excel ‘Unicode-tekst’)', ' (Excel „Unicode-Text“)', ' (Excel “Unicode Text”)'),
  workbook: t(
    '{file} : c’est un classeur Excel ({kind}), pas un fichier CSV. Dans Excel : Fichier → Enregistrer sous → « CSV (séparateur : point-virgule) » ou « CSV UTF-8 », puis relancez avec ce fichier.',
    '{file}: dit is een Excel-werkmap ({kind}), geen CSV-bestand. In Excel: Bestand → Opslaan als → ‘CSV (gescheiden door lijstscheidingsteken)’ of ‘CSV UTF-8’, en start opnieuw met dat bestand.',
    '{file}: das ist eine Excel-Arbeitsmappe ({kind}), keine CSV-Datei. In Excel: Datei → Speichern unter → „CSV (Trennzeichen-getrennt)“ oder „CSV UTF-8“, dann mit dieser Datei neu starten.',
    '{file}: this is an Excel workbook ({kind}), not a CSV file. In Excel: File → Save As → “CSV (Comma delimited)” or “CSV UTF-8”, then run again with that file.',
  ),
  binary: t(
    '{file} : ce n’est pas un fichier texte (il contient des octets nuls). Enregistrez le tableau en CSV.',
    '{file}: dit is geen tekstbestand (het bevat nulbytes). Sla de tabel op als CSV.',
    '{file}: das ist keine Textdatei (sie enthält Nullbytes). Speichern Sie die Tabelle als CSV.',
    '{file}: this is not a text file (it holds null bytes). Save the spreadsheet as CSV.',
  ),
  empty: t('{file} : le fichier est vide.', '{file}: het bestand is leeg.', '{file}: die Datei ist leer.', '{file}: the file is empty.'),
  missingColumn: t(
    '{file} : colonne obligatoire absente : {columns}. En-têtes lus sur la ligne 1 : {header}. Les noms attendus : voir « import-csv --help ».',
    '{file}: verplichte kolom ontbreekt: {columns}. Koppen gelezen op rij 1: {header}. De verwachte namen: zie ‘import-csv --help’.',
    '{file}: Pflichtspalte fehlt: {columns}. Überschriften in Zeile 1: {header}. Die erwarteten Namen: siehe „import-csv --help“.',
    '{file}: required column missing: {columns}. Headers read on row 1: {header}. The expected names: see “import-csv --help”.',
  ),
  duplicateColumn: t(
    '{file} : la colonne « {name} » apparaît deux fois ({a} et {b}) : gardez-en une seule, puis relancez.',
    '{file}: de kolom ‘{name}’ komt twee keer voor ({a} en {b}): behoud er één en start opnieuw.',
    '{file}: die Spalte „{name}“ kommt zweimal vor ({a} und {b}): behalten Sie eine und starten Sie neu.',
    '{file}: the column “{name}” appears twice ({a} and {b}): keep one, then run again.',
  ),
  summary: t(
    '{file} : {read} ligne(s) lue(s) : {written} guichet(s) écrit(s), {refused} ligne(s) refusée(s) ; {repaired} champ(s) réparé(s) ou retiré(s) ; {empty} ligne(s) vide(s) sautée(s).',
    '{file}: {read} rij(en) gelezen: {written} loket(ten) geschreven, {refused} rij(en) geweigerd; {repaired} veld(en) hersteld of weggelaten; {empty} lege rij(en) overgeslagen.',
    '{file}: {read} Zeile(n) gelesen: {written} Schalter geschrieben, {refused} Zeile(n) abgelehnt; {repaired} Feld(er) repariert oder weggelassen; {empty} leere Zeile(n) übersprungen.',
    '{file}: {read} row(s) read: {written} counter(s) written, {refused} row(s) refused; {repaired} field(s) repaired or dropped; {empty} empty row(s) skipped.',
  ),
  refusedTitle: t(
    'Lignes refusées (corrigez-les dans le tableur, puis relancez) :',
    'Geweigerde rijen (verbeter ze in de rekenblad en start opnieuw):',
    'Abgelehnte Zeilen (korrigieren Sie sie in der Tabelle und starten Sie neu):',
    'Rows refused (correct them in the spreadsheet, then run again):',
  ),
  repairedTitle: t(
    'Champs réparés ou retirés (le guichet est gardé) :',
    'Herstelde of weggelaten velden (het loket blijft):',
    'Reparierte oder weggelassene Felder (der Schalter bleibt):',
    'Fields repaired or dropped (the counter is kept):',
  ),
  noticesTitle: t('Remarques :', 'Opmerkingen:', 'Hinweise:', 'Notes:'),
  rowLine: t('  – ligne {row} : {message}', '  – rij {row}: {message}', '  – Zeile {row}: {message}', '  – row {row}: {message}'),
  fieldLine: t('  – ligne {row}, {column} : {change} ({why})', '  – rij {row}, {column}: {change} ({why})', '  – Zeile {row}, {column}: {change} ({why})', '  – row {row}, {column}: {change} ({why})'),
  dropped: t('{before} retiré', '{before} weggelaten', '{before} weggelassen', '{before} dropped'),
  nothingWritten: t(
    '{file} : aucun guichet écrit : rien n’est produit (code de sortie 1).',
    '{file}: geen enkel loket geschreven: er wordt niets uitgevoerd (afsluitcode 1).',
    '{file}: kein Schalter geschrieben: es wird nichts ausgegeben (Exit-Code 1).',
    '{file}: no counter written: nothing is output (exit code 1).',
  ),
  strict: t(
    '--strict : {count} réparation(s) ou remarque(s) : rien n’est produit (code de sortie 1).',
    '--strict: {count} herstelling(en) of opmerking(en): er wordt niets uitgevoerd (afsluitcode 1).',
    '--strict: {count} Reparatur(en) oder Hinweis(e): es wird nichts ausgegeben (Exit-Code 1).',
    '--strict: {count} repair(s) or note(s): nothing is output (exit code 1).',
  ),

  // ------------------------------------------------------------ why a row is refused
  unclosedQuote: t(
    'un guillemet ouvert dans la {column} n’est pas refermé sur cette ligne (il avalerait les lignes suivantes) ; la ligne est refusée, les suivantes sont lues. Refermez le guillemet ou retirez-le',
    'een aanhalingsteken geopend in {column} wordt op deze rij niet gesloten (het zou de volgende rijen opslokken); de rij wordt geweigerd, de volgende worden gelezen. Sluit het aanhalingsteken of verwijder het',
    'ein in der {column} geöffnetes Anführungszeichen wird in dieser Zeile nicht geschlossen (es würde die folgenden Zeilen verschlucken); die Zeile wird abgelehnt, die folgenden werden gelesen. Schließen Sie es oder entfernen Sie es',
    'a quote opened in {column} is not closed on this row (it would swallow the rows below); the row is refused, the next ones are read. Close the quote or remove it',
  ),
  textAfterQuote: t(
    'du texte suit le guillemet fermant dans la {column} ; mettez toute la cellule entre guillemets (un guillemet dans le texte s’écrit "") ou retirez-les',
    'er volgt tekst na het sluitende aanhalingsteken in {column}; zet de hele cel tussen aanhalingstekens (een aanhalingsteken in de tekst schrijft u als "") of verwijder ze',
    'nach dem schließenden Anführungszeichen in der {column} folgt Text; setzen Sie die ganze Zelle in Anführungszeichen (ein Anführungszeichen im Text schreibt man "") oder entfernen Sie sie',
    'text follows the closing quote in {column}; put the whole cell between quotes (a quote inside the text is written "") or remove them',
  ),
  tooManyCells: t(
    'la ligne a {cells} cellules pour {columns} colonnes : une cellule contient le séparateur ({delimiter}) sans guillemets autour, et les colonnes suivantes sont décalées (la première cellule en trop : {extra}). Mettez cette cellule entre guillemets',
    'de rij heeft {cells} cellen voor {columns} kolommen: een cel bevat het scheidingsteken ({delimiter}) zonder aanhalingstekens errond, en de volgende kolommen zijn verschoven (de eerste cel te veel: {extra}). Zet die cel tussen aanhalingstekens',
    'die Zeile hat {cells} Zellen für {columns} Spalten: eine Zelle enthält das Trennzeichen ({delimiter}) ohne Anführungszeichen, und die folgenden Spalten sind verschoben (die erste überzählige Zelle: {extra}). Setzen Sie diese Zelle in Anführungszeichen',
    'the row has {cells} cells for {columns} columns: a cell holds the separator ({delimiter}) without quotes around it, and the next columns are shifted (the first cell too many: {extra}). Put that cell between quotes',
  ),
  emptyRequired: t('la {column} (obligatoire) est vide', '{column} (verplicht) is leeg', 'die {column} (Pflicht) ist leer', '{column} (required) is empty'),
  duplicateId: t(
    'l’id {id} est déjà pris par la ligne {first} ; donnez un autre id dans la colonne « id »',
    'de id {id} wordt al gebruikt door rij {first}; geef een andere id in de kolom ‘id’',
    'die ID {id} wird schon von Zeile {first} verwendet; geben Sie in der Spalte „id“ eine andere an',
    'the id {id} is already used by row {first}; give another id in the “id” column',
  ),
  rowField: t(
    'champ « {path} » : attendu {expected} ; trouvé {received}',
    'veld ‘{path}’: verwacht {expected}; gevonden {received}',
    'Feld „{path}“: erwartet {expected}; gefunden {received}',
    'field “{path}”: expected {expected}; found {received}',
  ),

  // ------------------------------------------------------------ notes on the file or a row
  unknownColumn: t('{column} inconnue, ignorée', '{column} onbekend, genegeerd', '{column} unbekannt, ignoriert', '{column} unknown, ignored'),
  unnamedColumn: t(
    'la colonne {column} n’a pas d’en-tête : ses cellules sont ignorées (donnez-lui un nom de la liste, voir --help)',
    'kolom {column} heeft geen kop: haar cellen worden genegeerd (geef haar een naam uit de lijst, zie --help)',
    'die Spalte {column} hat keine Überschrift: ihre Zellen werden ignoriert (geben Sie ihr einen Namen aus der Liste, siehe --help)',
    'column {column} has no header: its cells are ignored (give it a name from the list, see --help)',
  ),
  strayByte: t(
    '{column} : l’octet 0x{hex} n’est pas de l’UTF-8 ; il est lu en Windows-1252 comme {char} : vérifiez ce texte',
    '{column}: de byte 0x{hex} is geen UTF-8; hij wordt gelezen als Windows-1252, dus {char}: controleer deze tekst',
    '{column}: das Byte 0x{hex} ist kein UTF-8; es wird als Windows-1252 gelesen, also {char}: prüfen Sie diesen Text',
    '{column}: byte 0x{hex} is not UTF-8; it is read as Windows-1252, so {char}: check this text',
  ),
  foreignPhone: t(
    '{column} : {value} n’est pas un numéro belge (+32) : gardé tel quel, vérifiez-le',
    '{column}: {value} is geen Belgisch nummer (+32): ongewijzigd behouden, controleer het',
    '{column}: {value} ist keine belgische Nummer (+32): unverändert behalten, prüfen Sie sie',
    '{column}: {value} is not a Belgian number (+32): kept as it is, check it',
  ),
  belgianLength: t(
    '{column} : {value} n’a pas 8 chiffres (fixe) ou 9 (GSM) après +32 : gardé, vérifiez-le',
    '{column}: {value} heeft geen 8 cijfers (vast) of 9 (gsm) na +32: behouden, controleer het',
    '{column}: {value} hat nach +32 nicht 8 Ziffern (Festnetz) oder 9 (Handy): behalten, prüfen Sie sie',
    '{column}: {value} does not have 8 digits (landline) or 9 (mobile) after +32: kept, check it',
  ),
  /** Hours kept as OpenStreetMap reads them, with a warning (`PH off` before other rules) and the fix. */
  hoursWarning: t('{column} : {message}', '{column}: {message}', '{column}: {message}', '{column}: {message}'),
  appointmentWalkIn: t(
    '{column} : {value} : sans rendez-vous mis à « sur rendez-vous uniquement » (la colonne sans_rendez_vous était vide)',
    '{column}: {value}: zonder afspraak op ‘enkel op afspraak’ gezet (de kolom sans_rendez_vous was leeg)',
    '{column}: {value}: ohne Termin auf „nur nach Terminvereinbarung“ gesetzt (die Spalte sans_rendez_vous war leer)',
    '{column}: {value}: walk-in set to “by appointment only” (the sans_rendez_vous column was empty)',
  ),

  // ------------------------------------------------------------ why a field was repaired or dropped
  unknownHours: t('heures inconnues', 'uren onbekend', 'Zeiten unbekannt', 'hours unknown'),
  appointment: t(
    'heures inconnues — sur rendez-vous : le widget affiche « heures inconnues », pas « fermé »',
    'uren onbekend — op afspraak: de zoeker toont ‘uren onbekend’, niet ‘gesloten’',
    'Zeiten unbekannt — nach Terminvereinbarung: die Suche zeigt „Zeiten unbekannt“, nicht „geschlossen“',
    'hours unknown — by appointment: the finder shows “hours unknown”, not “closed”',
  ),
  offNon: t(
    'ne dit pas les heures : heures inconnues, pas « fermé ». Écrivez les heures (Mo-Fr 09:00-12:00) ou « sur rendez-vous »',
    'zegt de uren niet: uren onbekend, niet ‘gesloten’. Schrijf de uren (Mo-Fr 09:00-12:00) of ‘sur rendez-vous’',
    'nennt keine Zeiten: Zeiten unbekannt, nicht „geschlossen“. Schreiben Sie die Zeiten (Mo-Fr 09:00-12:00) oder „sur rendez-vous“',
    'gives no hours: hours unknown, not “closed”. Write the hours (Mo-Fr 09:00-12:00) or “sur rendez-vous”',
  ),
  undefinedByte: t(
    'l’octet 0x{hex} n’est aucun caractère en Windows-1252 : retiré',
    'de byte 0x{hex} is geen teken in Windows-1252: weggelaten',
    'das Byte 0x{hex} ist kein Zeichen in Windows-1252: weggelassen',
    'byte 0x{hex} is no character in Windows-1252: dropped',
  ),
  trunkZero: t('le (0) après l’indicatif du pays ne se compose pas', 'de (0) na het landnummer wordt niet gekozen', 'die (0) nach der Landesvorwahl wird nicht gewählt', 'the (0) after the country code is not dialled'),
  phoneLabel: t('seul le numéro est gardé', 'alleen het nummer blijft', 'nur die Nummer bleibt', 'only the number is kept'),
  secondPhone: t(
    'un seul numéro par guichet : le second ({other}) est retiré, mettez-le dans « remarques » si besoin',
    'één nummer per loket: het tweede ({other}) is weggelaten, zet het zo nodig in ‘remarques’',
    'eine Nummer je Schalter: die zweite ({other}) ist weggelassen, schreiben Sie sie bei Bedarf in „remarques“',
    'one number per counter: the second ({other}) is dropped, put it in “remarques” if needed',
  ),
  notPhone: t(
    'pas un numéro belge (010 22 33 44, 0470 12 34 56) ni international (+33 …)',
    'geen Belgisch (010 22 33 44, 0470 12 34 56) of internationaal (+33 …) nummer',
    'keine belgische (010 22 33 44, 0470 12 34 56) oder internationale (+33 …) Nummer',
    'not a Belgian (010 22 33 44, 0470 12 34 56) or international (+33 …) number',
  ),
  httpsAdded: t('« https:// » ajouté devant', '‘https://’ vooraan toegevoegd', '„https://“ vorangestellt', '“https://” added in front'),
  notUrl: t('pas une adresse web (https://…)', 'geen webadres (https://…)', 'keine Webadresse (https://…)', 'not a web address (https://…)'),
  mailto: t('« mailto: » retiré', '‘mailto:’ weggelaten', '„mailto:“ entfernt', '“mailto:” removed'),
  emailOnly: t('seule l’adresse est gardée', 'alleen het adres blijft', 'nur die Adresse bleibt', 'only the address is kept'),
  secondEmail: t(
    'une seule adresse par guichet : la seconde ({other}) est retirée',
    'één adres per loket: het tweede ({other}) is weggelaten',
    'eine Adresse je Schalter: die zweite ({other}) ist weggelassen',
    'one address per counter: the second ({other}) is dropped',
  ),
  notEmail: t('pas une adresse e-mail (nom@commune.be)', 'geen e-mailadres (naam@gemeente.be)', 'keine E-Mail-Adresse (name@gemeinde.be)', 'not an e-mail address (name@commune.be)'),
  notYesNo: t('attendu oui ou non', 'verwacht oui of non (ja of nee)', 'erwartet oui oder non (ja oder nein)', 'expected oui or non (yes or no)'),
  notLanguage: t('pas un code de langue (fr, nl, de, en)', 'geen taalcode (fr, nl, de, en)', 'kein Sprachcode (fr, nl, de, en)', 'not a language code (fr, nl, de, en)'),
  languageNames: t('noms de langues écrits en codes', 'taalnamen als codes geschreven', 'Sprachnamen als Codes geschrieben', 'language names written as codes'),
  notNumber: t('pas un nombre : coordonnées retirées', 'geen getal: coördinaten weggelaten', 'keine Zahl: Koordinaten weggelassen', 'not a number: coordinates dropped'),
  halfGeo: t(
    'latitude et longitude vont ensemble : l’une manque, l’autre est retirée',
    'breedte- en lengtegraad horen samen: de ene ontbreekt, de andere is weggelaten',
    'Breiten- und Längengrad gehören zusammen: einer fehlt, der andere ist weggelassen',
    'latitude and longitude go together: one is missing, the other is dropped',
  ),
  zeroGeo: t('0, 0 n’est pas un lieu : coordonnées retirées', '0, 0 is geen plaats: coördinaten weggelaten', '0, 0 ist kein Ort: Koordinaten weggelassen', '0, 0 is not a place: coordinates dropped'),
  outsideBelgium: t(
    'hors de la Belgique (latitude 49,4 à 51,6 ; longitude 2,5 à 6,5){swapped} : coordonnées retirées',
    'buiten België (breedtegraad 49,4 tot 51,6; lengtegraad 2,5 tot 6,5){swapped}: coördinaten weggelaten',
    'außerhalb Belgiens (Breite 49,4 bis 51,6; Länge 2,5 bis 6,5){swapped}: Koordinaten weggelassen',
    'outside Belgium (latitude 49.4 to 51.6; longitude 2.5 to 6.5){swapped}: coordinates dropped',
  ),
  swapped: t(' ; latitude et longitude inversées ?', '; breedte- en lengtegraad omgewisseld?', '; Breite und Länge vertauscht?', '; latitude and longitude swapped?'),
  invalidDropped: t('attendu {expected}', 'verwacht {expected}', 'erwartet {expected}', 'expected {expected}'),
} satisfies Record<string, Table>;

export function say(table: Table, lang: Lang, values?: Record<string, string | number>): string {
  const text = fill(table[lang], values);
  return lang === 'fr' ? frenchSpaces(text) : text;
}
