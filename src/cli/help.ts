/** `--help` of each command, in the four languages. The CSV columns come from csv-import.ts. */
import { COLUMNS } from './csv-import.js';
import type { Lang } from './messages.js';

const columns = COLUMNS.join(';');

type Help = { main: string; validate: string; 'import-csv': string; 'import-contacts': string };

export const HELP: Record<Lang, Help> = {
  fr: {
    main: `numerique-choisi — outils de données pour les webmasters

Utilisation : npx numerique-choisi <commande> [options] <fichier>…

Commandes :
  validate <fichier.json>…          vérifie des fichiers de données (thèmes, recommandations,
                                    questions, guichets, partenaires) comme les widgets
  import-csv <fichier.csv>          tableau de guichets → fichier de guichets (JSON)
  import-contacts <export.json>     annuaire de la commune (contacts-en-wallonie) → fichier de guichets

Options communes :
  --lang fr|nl|de|en                langue des messages (fr par défaut)
  -o, --out <fichier>               écrit le résultat dans ce fichier (sinon : sortie standard)
  -h, --help                        cette aide ; « numerique-choisi <commande> --help » pour une commande

Code de sortie : 0 tout va bien ; 1 un fichier a des problèmes ; 2 commande mal écrite.`,
    validate: `numerique-choisi validate <fichier.json>… [--lang fr|nl|de|en]

Vérifie chaque fichier avec la validation des widgets et liste chaque problème :
l’entrée (collection, numéro, id), le champ, ce qui est attendu et ce qui a été trouvé.
Sort avec le code 1 si un fichier a un problème.

Exemples :
  npx numerique-choisi validate guichets.json
  npx numerique-choisi validate questions.json partenaires.json --lang nl`,
    'import-csv': `numerique-choisi import-csv <fichier.csv> [-o guichets.json] [--strict] [--lang fr|nl|de|en]

Transforme un tableau de guichets (une ligne par guichet) en fichier de guichets pour
<nc-guichet-finder>. Lit le CSV d’Excel (séparateur « ; », Windows-1252) comme l’UTF-8.
Colonnes (en-têtes de la première ligne ; * obligatoire) :
  ${columns}
horaires et sans_rendez_vous : au format OpenStreetMap, p. ex. « Mo-Fr 08:30-12:00; PH off » ;
« sur rendez-vous » dans sans_rendez_vous : uniquement sur rendez-vous ; vide : inconnu.
Encodages : Windows-1252 (Excel « CSV (séparateur : point-virgule) »), UTF-8 avec ou sans BOM,
UTF-16 (Excel « Texte Unicode ») ; séparateur lu sur la ligne d’en-tête ou la ligne « sep=; ».
Le résumé compte les lignes lues, les guichets écrits, les lignes refusées (numéro de ligne du
tableur et raison) et chaque champ réparé ou retiré (ligne, colonne, avant → après).
  --strict                          échoue (code 1, rien n’est écrit) à la moindre réparation ou remarque
Aucun guichet écrit : code 1 et rien n’est produit.
Un modèle : node_modules/numerique-choisi/examples/guichets.csv

Exemple :
  npx numerique-choisi import-csv guichets.csv > guichets.json`,
    'import-contacts': `numerique-choisi import-contacts <export.json> [-o guichets.json] [options]

Transforme l’annuaire publié par la commune (iA.Smartweb → jeu de données
« contacts-en-wallonie » de l’ODWB) en fichier de guichets.
  --categories a,b                  ne garde que ces catégories (taxonomy_contact_category)
  --walk-in-ids a,b                 les horaires de ces fiches sont des heures sans rendez-vous
  --walk-in-categories a,b          idem pour toutes les fiches de ces catégories
Sans --walk-in-…, les heures sans rendez-vous restent inconnues (l’annuaire ne les donne pas).

Exemple :
  npx numerique-choisi import-contacts contacts.json --walk-in-categories cpas -o guichets.json`,
  },
  nl: {
    main: `numerique-choisi — gegevenshulpmiddelen voor webmasters

Gebruik: npx numerique-choisi <opdracht> [opties] <bestand>…

Opdrachten:
  validate <bestand.json>…          controleert gegevensbestanden (thema's, aanbevelingen,
                                    vragen, loketten, partners) zoals de widgets dat doen
  import-csv <bestand.csv>          tabel met loketten → lokettenbestand (JSON)
  import-contacts <export.json>     adresboek van de gemeente (contacts-en-wallonie) → lokettenbestand

Algemene opties:
  --lang fr|nl|de|en                taal van de meldingen (standaard fr)
  -o, --out <bestand>               schrijft het resultaat naar dit bestand (anders: standaarduitvoer)
  -h, --help                        deze hulp; "numerique-choisi <opdracht> --help" voor één opdracht

Afsluitcode: 0 alles in orde; 1 een bestand heeft problemen; 2 opdracht verkeerd geschreven.`,
    validate: `numerique-choisi validate <bestand.json>… [--lang fr|nl|de|en]

Controleert elk bestand met de validatie van de widgets en geeft elk probleem:
het item (collectie, nummer, id), het veld, wat verwacht werd en wat gevonden werd.
Sluit af met code 1 als een bestand een probleem heeft.

Voorbeelden:
  npx numerique-choisi validate guichets.json --lang nl`,
    'import-csv': `numerique-choisi import-csv <bestand.csv> [-o guichets.json] [--strict] [--lang fr|nl|de|en]

Zet een tabel met loketten (één rij per loket) om in een lokettenbestand voor
<nc-guichet-finder>. Leest CSV uit Excel (scheidingsteken ";", Windows-1252) en UTF-8.
Kolommen (koppen op de eerste rij; * verplicht; de namen blijven Frans):
  ${columns}
horaires en sans_rendez_vous: in OpenStreetMap-vorm, bv. "Mo-Fr 08:30-12:00; PH off";
"sur rendez-vous" in sans_rendez_vous: enkel op afspraak; leeg: onbekend.
Coderingen: Windows-1252 (Excel ‘CSV (gescheiden door lijstscheidingsteken)’), UTF-8 met of zonder
BOM, UTF-16 (Excel ‘Unicode-tekst’); scheidingsteken gelezen op de kopregel of de regel "sep=;".
De samenvatting telt de gelezen rijen, de geschreven loketten, de geweigerde rijen (rijnummer van
het rekenblad en reden) en elk hersteld of weggelaten veld (rij, kolom, voor → na).
  --strict                          faalt (code 1, niets geschreven) bij elke herstelling of opmerking
Geen enkel loket geschreven: code 1 en er wordt niets uitgevoerd.
Een sjabloon: node_modules/numerique-choisi/examples/guichets.csv

Voorbeeld:
  npx numerique-choisi import-csv guichets.csv --lang nl > guichets.json`,
    'import-contacts': `numerique-choisi import-contacts <export.json> [-o guichets.json] [opties]

Zet het adresboek dat de gemeente publiceert (iA.Smartweb → dataset "contacts-en-wallonie"
van ODWB) om in een lokettenbestand.
  --categories a,b                  behoudt alleen deze categorieën (taxonomy_contact_category)
  --walk-in-ids a,b                 de uren van deze fiches zijn uren zonder afspraak
  --walk-in-categories a,b          hetzelfde voor alle fiches van deze categorieën
Zonder --walk-in-… blijven de uren zonder afspraak onbekend (het adresboek vermeldt ze niet).

Voorbeeld:
  npx numerique-choisi import-contacts contacts.json --walk-in-categories cpas -o guichets.json --lang nl`,
  },
  de: {
    main: `numerique-choisi — Datenwerkzeuge für Webmaster

Aufruf: npx numerique-choisi <Befehl> [Optionen] <Datei>…

Befehle:
  validate <datei.json>…            prüft Datendateien (Themen, Empfehlungen, Fragen,
                                    Schalter, Partner) wie die Widgets
  import-csv <datei.csv>            Tabelle mit Schaltern → Schalterdatei (JSON)
  import-contacts <export.json>     Adressbuch der Gemeinde (contacts-en-wallonie) → Schalterdatei

Allgemeine Optionen:
  --lang fr|nl|de|en                Sprache der Meldungen (Standard: fr)
  -o, --out <datei>                 schreibt das Ergebnis in diese Datei (sonst: Standardausgabe)
  -h, --help                        diese Hilfe; „numerique-choisi <Befehl> --help“ für einen Befehl

Exit-Code: 0 alles in Ordnung; 1 eine Datei hat Probleme; 2 Befehl falsch geschrieben.`,
    validate: `numerique-choisi validate <datei.json>… [--lang fr|nl|de|en]

Prüft jede Datei mit der Validierung der Widgets und nennt jedes Problem:
den Eintrag (Sammlung, Nummer, ID), das Feld, was erwartet und was gefunden wurde.
Endet mit Code 1, wenn eine Datei ein Problem hat.

Beispiel:
  npx numerique-choisi validate guichets.json --lang de`,
    'import-csv': `numerique-choisi import-csv <datei.csv> [-o guichets.json] [--strict] [--lang fr|nl|de|en]

Wandelt eine Tabelle mit Schaltern (eine Zeile je Schalter) in eine Schalterdatei für
<nc-guichet-finder> um. Liest CSV aus Excel (Trennzeichen „;“, Windows-1252) und UTF-8.
Spalten (Überschriften in der ersten Zeile; * Pflicht; die Namen bleiben französisch):
  ${columns}
horaires und sans_rendez_vous: in OpenStreetMap-Form, z. B. „Mo-Fr 08:30-12:00; PH off“;
„sur rendez-vous“ in sans_rendez_vous: nur nach Terminvereinbarung; leer: unbekannt.
Kodierungen: Windows-1252 (Excel „CSV (Trennzeichen-getrennt)“), UTF-8 mit oder ohne BOM, UTF-16
(Excel „Unicode-Text“); Trennzeichen aus der Kopfzeile oder der Zeile „sep=;“.
Die Zusammenfassung zählt gelesene Zeilen, geschriebene Schalter, abgelehnte Zeilen (Zeilennummer
der Tabelle und Grund) und jedes reparierte oder weggelassene Feld (Zeile, Spalte, vorher → nachher).
  --strict                          schlägt bei jeder Reparatur oder jedem Hinweis fehl (Code 1, nichts geschrieben)
Kein Schalter geschrieben: Code 1 und es wird nichts ausgegeben.
Eine Vorlage: node_modules/numerique-choisi/examples/guichets.csv

Beispiel:
  npx numerique-choisi import-csv guichets.csv --lang de > guichets.json`,
    'import-contacts': `numerique-choisi import-contacts <export.json> [-o guichets.json] [Optionen]

Wandelt das von der Gemeinde veröffentlichte Adressbuch (iA.Smartweb → Datensatz
„contacts-en-wallonie“ der ODWB) in eine Schalterdatei um.
  --categories a,b                  behält nur diese Kategorien (taxonomy_contact_category)
  --walk-in-ids a,b                 die Zeiten dieser Einträge sind Zeiten ohne Termin
  --walk-in-categories a,b          ebenso für alle Einträge dieser Kategorien
Ohne --walk-in-… bleiben die Zeiten ohne Termin unbekannt (das Adressbuch nennt sie nicht).

Beispiel:
  npx numerique-choisi import-contacts contacts.json --walk-in-categories cpas -o guichets.json --lang de`,
  },
  en: {
    main: `numerique-choisi — data tools for webmasters

Usage: npx numerique-choisi <command> [options] <file>…

Commands:
  validate <file.json>…             checks data files (themes, recommendations, questions,
                                    counters, partners) as the widgets do
  import-csv <file.csv>             a spreadsheet of counters → a counters file (JSON)
  import-contacts <export.json>     the commune's directory (contacts-en-wallonie) → a counters file

Common options:
  --lang fr|nl|de|en                language of the messages (default fr)
  -o, --out <file>                  writes the result to this file (else: standard output)
  -h, --help                        this help; "numerique-choisi <command> --help" for one command

Exit code: 0 all is well; 1 a file has problems; 2 the command line is wrong.`,
    validate: `numerique-choisi validate <file.json>… [--lang fr|nl|de|en]

Checks each file with the widgets' own validation and lists every problem: the entry
(collection, number, id), the field, what was expected and what was found.
Exits with code 1 when a file has a problem.

Example:
  npx numerique-choisi validate guichets.json --lang en`,
    'import-csv': `numerique-choisi import-csv <file.csv> [-o guichets.json] [--strict] [--lang fr|nl|de|en]

Turns a spreadsheet of counters (one row per counter) into a counters file for
<nc-guichet-finder>. Reads CSV from Excel (";" separator, Windows-1252) and UTF-8.
Columns (headers on the first row; * required; the names stay in French):
  ${columns}
horaires and sans_rendez_vous: in OpenStreetMap form, e.g. "Mo-Fr 08:30-12:00; PH off";
"sur rendez-vous" in sans_rendez_vous: by appointment only; empty: unknown.
Encodings: Windows-1252 (Excel “CSV (Comma delimited)” in Belgium: “;”), UTF-8 with or without BOM,
UTF-16 (Excel “Unicode Text”); separator read from the header line or a "sep=;" line.
The summary counts rows read, counters written, rows refused (spreadsheet row number and reason)
and every field repaired or dropped (row, column, before → after).
  --strict                          fails (exit 1, nothing written) on any repair or note
No counter written: exit 1 and nothing is output.
A template: node_modules/numerique-choisi/examples/guichets.csv

Example:
  npx numerique-choisi import-csv guichets.csv --lang en > guichets.json`,
    'import-contacts': `numerique-choisi import-contacts <export.json> [-o guichets.json] [options]

Turns the directory the commune publishes (iA.Smartweb → ODWB dataset
"contacts-en-wallonie") into a counters file.
  --categories a,b                  keeps only these categories (taxonomy_contact_category)
  --walk-in-ids a,b                 the hours of these records are walk-in hours
  --walk-in-categories a,b          the same for every record of these categories
Without --walk-in-…, walk-in hours stay unknown (the directory does not give them).

Example:
  npx numerique-choisi import-contacts contacts.json --walk-in-categories cpas -o guichets.json --lang en`,
  },
};
