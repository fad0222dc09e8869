/**
 * The configurator's own words (its labels, hints, buttons, status messages and the comments it
 * writes in the snippets), in the four languages of the webmasters and partners who use it. The
 * same mechanism as the embed page's strings (src/embed/strings.ts): one typed table, complete in
 * fr, nl, de and en at once, synchronous, never in the widgets' XLIFF (the configurator is not a
 * widget). The glossary of docs/writing-guide.md applies (test/glossary.test.ts reads this table):
 * guichet = loket / Schalter / service point; sans rendez-vous = zonder afspraak / ohne Termin /
 * walk-in; première ligne = eerstelijns- / Erstlinie / front-line. nl: formal « u », Flemish
 * administrative usage; de: formal « Sie », as written in Ostbelgien; en: plain British. Where a
 * widget shows the same thing (a service, a type of place, « Facile à lire »), the wording is the
 * widget's own (locales/*.xlf).
 */
import type { Locale } from '../data/model.js';
import { fill, type Table } from './strings.js';

export const UI_STRINGS = {
  title: { fr: 'Configurateur des widgets numerique-choisi', nl: 'Configurator voor de widgets van numerique-choisi', de: 'Konfigurator für die Widgets von numerique-choisi', en: 'Configurator for the numerique-choisi widgets' },
  skip: { fr: 'Aller aux codes à copier', nl: 'Naar de codes om te kopiëren', de: 'Zu den Codes zum Kopieren', en: 'Skip to the code to copy' },
  uiLang: { fr: 'Langue de cette page', nl: 'Taal van deze pagina', de: 'Sprache dieser Seite', en: 'Language of this page' },
  intro: {
    fr: 'Choisissez un widget et ses réglages\u00a0: l’aperçu suit, et les codes à coller dans votre site sont prêts à copier, sous quatre formes. Le contenu placé dans la balise est écrit par la bibliothèque à partir des mêmes données\u00a0: il reste lisible là où le script ne passe pas (Plone, WordPress pour les rôles filtrés).',
    nl: 'Kies een widget en de instellingen ervan: het voorbeeld volgt mee, en de codes om in uw website te plakken zijn klaar om te kopiëren, in vier vormen. De inhoud in de tag wordt door de bibliotheek geschreven op basis van dezelfde gegevens: die blijft leesbaar waar het script niet doorkomt (Plone, WordPress voor gefilterde rollen).',
    de: 'Wählen Sie ein Widget und seine Einstellungen: Die Vorschau folgt, und die Codes zum Einfügen in Ihre Website stehen in vier Formen zum Kopieren bereit. Der Inhalt im Tag wird von der Bibliothek aus denselben Daten geschrieben: Er bleibt lesbar, wo das Skript nicht durchkommt (Plone, WordPress bei eingeschränkten Rollen).',
    en: 'Choose a widget and its settings: the preview follows, and the code to paste into your site is ready to copy, in four forms. The content inside the tag is written by the library from the same data: it stays readable where the script is removed (Plone, WordPress for filtered roles).',
  },
  // The form
  'legend.widget': { fr: 'Widget', nl: 'Widget', de: 'Widget', en: 'Widget' },
  'widget.recommendation-card': { fr: 'Carte de recommandation', nl: 'Aanbevelingskaart', de: 'Empfehlungskarte', en: 'Recommendation card' },
  'widget.guichet-finder': { fr: 'Guichets sans rendez-vous', nl: 'Loketten zonder afspraak', de: 'Schalter ohne Termin', en: 'Walk-in service points' },
  'widget.partner-list': { fr: 'Liste des partenaires', nl: 'Lijst van de partners', de: 'Liste der Partner', en: 'List of partners' },
  'widget.self-check': { fr: 'Auto-évaluation', nl: 'Zelfevaluatie', de: 'Selbstbewertung', en: 'Self-check' },
  'legend.lang': { fr: 'Langue et titres', nl: 'Taal en titels', de: 'Sprache und Überschriften', en: 'Language and headings' },
  lang: { fr: 'Langue du widget', nl: 'Taal van de widget', de: 'Sprache des Widgets', en: 'Language of the widget' },
  headingLevel: { fr: 'Niveau de titre du widget', nl: 'Titelniveau van de widget', de: 'Überschriftenebene des Widgets', en: 'Heading level of the widget' },
  byDefault: { fr: 'par défaut', nl: 'standaard', de: 'Standard', en: 'default' },
  headingHint: { fr: 'Pour s’insérer dans le plan de votre page.', nl: 'Om in de structuur van uw pagina te passen.', de: 'Damit es sich in die Gliederung Ihrer Seite einfügt.', en: 'So that it fits into the outline of your page.' },
  'legend.card': { fr: 'Carte', nl: 'Kaart', de: 'Karte', en: 'Card' },
  recommendation: { fr: 'Recommandation ou constat', nl: 'Aanbeveling of vaststelling', de: 'Empfehlung oder Feststellung', en: 'Recommendation or finding' },
  /** A choice of the list of recommendations: the kind (the widget's own word) and the title. */
  'recommendation.option': { fr: '{kind}\u00a0: {title}', nl: '{kind}: {title}', de: '{kind}: {title}', en: '{kind}: {title}' },
  variant: { fr: 'Présentation', nl: 'Weergave', de: 'Darstellung', en: 'Presentation' },
  'variant.full': { fr: 'complète (par défaut)', nl: 'volledig (standaard)', de: 'vollständig (Standard)', en: 'full (default)' },
  'variant.compact': { fr: 'compacte', nl: 'compact', de: 'kompakt', en: 'compact' },
  easyRead: { fr: 'Facile à lire', nl: 'Makkelijk te lezen', de: 'Leichte Sprache', en: 'Easy to read' },
  'legend.finder': { fr: 'Guichets', nl: 'Loketten', de: 'Schalter', en: 'Service points' },
  commune: { fr: 'Commune', nl: 'Gemeente', de: 'Gemeinde', en: 'Municipality' },
  'commune.none': { fr: 'aucune (la personne cherche)', nl: 'geen (de bezoeker zoekt zelf)', de: 'keine (die Person sucht selbst)', en: 'none (the visitor searches)' },
  services: { fr: 'Service', nl: 'Dienst', de: 'Leistung', en: 'Service' },
  all: { fr: 'tous', nl: 'alle', de: 'alle', en: 'all' },
  'services.aide-sociale': { fr: 'aide sociale', nl: 'sociale hulp', de: 'Sozialhilfe', en: 'social assistance' },
  'services.aide-numerique': { fr: 'aide numérique', nl: 'digitale hulp', de: 'Digitale Hilfe', en: 'help with digital services' },
  'services.documents-administratifs': { fr: 'documents administratifs', nl: 'administratieve documenten', de: 'Verwaltungsdokumente', en: 'administrative documents' },
  'services.sante': { fr: 'santé', nl: 'gezondheid', de: 'Gesundheit', en: 'health' },
  'services.emploi': { fr: 'emploi', nl: 'werk', de: 'Arbeit', en: 'employment' },
  'services.logement': { fr: 'logement', nl: 'huisvesting', de: 'Wohnen', en: 'housing' },
  'services.energie': { fr: 'énergie', nl: 'energie', de: 'Energie', en: 'energy' },
  'services.famille': { fr: 'famille', nl: 'gezin', de: 'Familie', en: 'family' },
  finderTypes: { fr: 'Type de lieu', nl: 'Soort locatie', de: 'Art des Ortes', en: 'Type of place' },
  'types.cpas': { fr: 'CPAS', nl: 'OCMW (CPAS)', de: 'ÖSHZ (CPAS)', en: 'public social welfare centre (CPAS)' },
  'types.administration-communale': { fr: 'administration communale', nl: 'gemeentebestuur', de: 'Gemeindeverwaltung', en: 'municipal administration' },
  'types.epn': { fr: 'espace public numérique', nl: 'openbare digitale ruimte (EPN)', de: 'Öffentlicher Digitalraum (EPN)', en: 'public digital space (EPN)' },
  'types.maison-medicale': { fr: 'maison médicale', nl: 'wijkgezondheidscentrum', de: 'Gesundheitszentrum (Maison médicale)', en: 'community health centre' },
  'types.service-social': { fr: 'service social', nl: 'sociale dienst', de: 'Sozialdienst', en: 'social service' },
  'types.bibliotheque': { fr: 'bibliothèque', nl: 'bibliotheek', de: 'Bibliothek', en: 'library' },
  'types.autre': { fr: 'autre', nl: 'andere', de: 'Sonstige', en: 'other' },
  walkInOnly: { fr: 'Sans rendez-vous uniquement', nl: 'Alleen zonder afspraak', de: 'Nur ohne Termin', en: 'Walk-in only' },
  openNow: { fr: 'Ouverts maintenant', nl: 'Nu open', de: 'Jetzt geöffnet', en: 'Open now' },
  'legend.partners': { fr: 'Partenaires', nl: 'Partners', de: 'Partner', en: 'Partners' },
  layout: { fr: 'Disposition', nl: 'Indeling', de: 'Anordnung', en: 'Layout' },
  'layout.grid': { fr: 'grille (par défaut)', nl: 'raster (standaard)', de: 'Raster (Standard)', en: 'grid (default)' },
  'layout.list': { fr: 'liste', nl: 'lijst', de: 'Liste', en: 'list' },
  'layout.inline': { fr: 'sur une ligne', nl: 'op één regel', de: 'in einer Zeile', en: 'on one line' },
  sort: { fr: 'Ordre', nl: 'Volgorde', de: 'Reihenfolge', en: 'Order' },
  'sort.data': { fr: 'celui de l’article (par défaut)', nl: 'die van het artikel (standaard)', de: 'wie im Artikel (Standard)', en: 'as in the article (default)' },
  'sort.name': { fr: 'par nom', nl: 'op naam', de: 'nach Name', en: 'by name' },
  partnerTypes: { fr: 'Type', nl: 'Soort', de: 'Art', en: 'Type' },
  'partners.promotion-sante': { fr: 'promotion de la santé', nl: 'gezondheidspromotie', de: 'Gesundheitsförderung', en: 'health promotion' },
  'partners.integration': { fr: 'intégration', nl: 'integratie', de: 'Integration', en: 'integration' },
  'partners.federation': { fr: 'fédération', nl: 'federatie', de: 'Verband', en: 'federation' },
  'partners.centre-de-sante': { fr: 'centre de santé', nl: 'gezondheidscentrum', de: 'Gesundheitszentrum', en: 'health centre' },
  'partners.reseau-social': { fr: 'réseau d’aide sociale', nl: 'netwerk voor sociale hulp', de: 'Netzwerk für soziale Hilfe', en: 'social support network' },
  'partners.service-communal': { fr: 'service communal', nl: 'gemeentelijke dienst', de: 'Gemeindedienst', en: 'municipal service' },
  'partners.commune': { fr: 'commune', nl: 'gemeente', de: 'Gemeinde', en: 'municipality' },
  'legend.selfCheck': { fr: 'Auto-évaluation', nl: 'Zelfevaluatie', de: 'Selbstbewertung', en: 'Self-check' },
  audience: { fr: 'Pour qui', nl: 'Voor wie', de: 'Für wen', en: 'For whom' },
  'audience.any': { fr: 'la personne choisit au début', nl: 'de persoon kiest bij het begin', de: 'die Person wählt zu Beginn', en: 'the person chooses at the start' },
  'audience.travailleur': { fr: 'travailleur ou travailleuse de première ligne', nl: 'eerstelijnswerker', de: 'Fachkraft der Erstlinie', en: 'front-line worker' },
  'audience.institution': { fr: 'institution', nl: 'instelling', de: 'Einrichtung', en: 'institution' },
  'legend.colours': { fr: 'Couleurs', nl: 'Kleuren', de: 'Farben', en: 'Colours' },
  'colour.primary': { fr: 'Couleur principale (liens, boutons)', nl: 'Hoofdkleur (links, knoppen)', de: 'Hauptfarbe (Links, Schaltflächen)', en: 'Main colour (links, buttons)' },
  'colour.surface': { fr: 'Fond', nl: 'Achtergrond', de: 'Hintergrund', en: 'Background' },
  'colour.text': { fr: 'Texte', nl: 'Tekst', de: 'Text', en: 'Text' },
  'legend.addresses': { fr: 'Adresses', nl: 'Adressen', de: 'Adressen', en: 'Addresses' },
  link: {
    fr: 'Page de votre site pour «\u00a0Lire la suite\u00a0» (facultatif)',
    nl: 'Pagina van uw website voor “Lees meer” (facultatief)',
    de: 'Seite Ihrer Website für „Weiterlesen“ (optional)',
    en: 'Page of your site for “Read more” (optional)',
  },
  'link.placeholder': { fr: 'https://www.votre-commune.be/numerique', nl: 'https://www.uw-gemeente.be/digitaal', de: 'https://www.ihre-gemeinde.be/digital', en: 'https://www.your-municipality.be/digital' },
  'link.hint': {
    fr: 'Sans elle, le lien mène à la page embed du widget.',
    nl: 'Zonder die pagina leidt de link naar de embedpagina van de widget.',
    de: 'Ohne sie führt der Link zur Einbettungsseite des Widgets.',
    en: 'Without it, the link leads to the widget’s embed page.',
  },
  cdn: { fr: 'Dossier des scripts (dist/cdn/ copié sur votre site)', nl: 'Map van de scripts (dist/cdn/, gekopieerd naar uw website)', de: 'Ordner der Skripte (dist/cdn/, auf Ihre Website kopiert)', en: 'Folder of the scripts (dist/cdn/ copied to your site)' },
  embed: { fr: 'Dossier de la page embed (dist/embed/)', nl: 'Map van de embedpagina (dist/embed/)', de: 'Ordner der Einbettungsseite (dist/embed/)', en: 'Folder of the embed page (dist/embed/)' },
  // The preview and the snippets
  preview: { fr: 'Aperçu', nl: 'Voorbeeld', de: 'Vorschau', en: 'Preview' },
  snippets: { fr: 'Codes à copier', nl: 'Codes om te kopiëren', de: 'Codes zum Kopieren', en: 'Code to copy' },
  'h.script': { fr: 'Balise et script, avec le contenu déjà écrit', nl: 'Tag en script, met de inhoud al geschreven', de: 'Tag und Skript, mit dem bereits geschriebenen Inhalt', en: 'Tag and script, with the content already written' },
  /** `{script}` is the element `<code>&lt;script&gt;</code>` of the page. */
  'p.script': {
    fr: 'Pour une page qui accepte un {script} (administrateur WordPress, Drupal, Joomla, HTML). Le contenu dans la balise se lit avant le script et partout où il est retiré.',
    nl: 'Voor een pagina die een {script} aanvaardt (beheerder van WordPress, Drupal, Joomla, HTML). De inhoud in de tag is leesbaar vóór het script en overal waar het script verwijderd wordt.',
    de: 'Für eine Seite, die ein {script} zulässt (WordPress-Administrator, Drupal, Joomla, HTML). Der Inhalt im Tag ist vor dem Skript lesbar und überall dort, wo das Skript entfernt wird.',
    en: 'For a page that accepts a {script} (WordPress administrator, Drupal, Joomla, HTML). The content inside the tag can be read before the script runs, and wherever the script is removed.',
  },
  'h.css': { fr: 'Couleurs et place réservée, pour la feuille de style du site', nl: 'Kleuren en gereserveerde ruimte, voor het stijlblad van de website', de: 'Farben und reservierter Platz, für das Stylesheet der Website', en: 'Colours and reserved space, for the site’s style sheet' },
  'p.css': {
    fr: 'À mettre dans la feuille de style du site, pas dans la page\u00a0: une carte y garde sa place pendant son chargement.',
    nl: 'Te plaatsen in het stijlblad van de website, niet in de pagina: zo houdt een kaart haar plaats vrij terwijl ze laadt.',
    de: 'Gehört in das Stylesheet der Website, nicht in die Seite: So behält eine Karte ihren Platz, während sie lädt.',
    en: 'Put it in the site’s style sheet, not in the page: a card then keeps its space while it loads.',
  },
  'h.npm': { fr: 'Import npm', nl: 'Import via npm', de: 'Import über npm', en: 'npm import' },
  'h.iframe': { fr: 'Iframe', nl: 'Iframe', de: 'Iframe', en: 'Iframe' },
  'p.iframe': {
    fr: 'La page embed, hébergée par votre site ou un partenaire\u00a0; le petit script facultatif ajuste la hauteur.',
    nl: 'De embedpagina, gehost door uw website of door een partner; het kleine facultatieve script past de hoogte aan.',
    de: 'Die Einbettungsseite, bereitgestellt von Ihrer Website oder einem Partner; das kleine optionale Skript passt die Höhe an.',
    en: 'The embed page, hosted by your site or a partner; the small optional script adjusts the height.',
  },
  'h.plone': { fr: 'Iframe pour Plone / iA.Smartweb', nl: 'Iframe voor Plone / iA.Smartweb', de: 'Iframe für Plone / iA.Smartweb', en: 'Iframe for Plone / iA.Smartweb' },
  'p.plone': {
    fr: 'Dans un bloc «\u00a0HTML\u00a0» (dialogue «\u00a0Code source\u00a0»)\u00a0: hauteur fixe, titre, et un lien après l’iframe, visible tant que le visiteur n’a pas accepté les contenus externes.',
    nl: 'In een blok “HTML” (venster “Broncode”): vaste hoogte, titel en een link na de iframe, zichtbaar zolang de bezoeker externe inhoud niet heeft aanvaard.',
    de: 'In einem Block „HTML“ (Dialog „Quellcode“): feste Höhe, Titel und ein Link nach dem Iframe, sichtbar, solange externe Inhalte nicht akzeptiert wurden.',
    en: 'In an “HTML” block (“Source code” dialogue): fixed height, title, and a link after the iframe, shown until the visitor accepts external content.',
  },
  // The name of each snippet, in its field's label, its copy button and the copy status.
  'name.script': { fr: 'balise et script', nl: 'tag en script', de: 'Tag und Skript', en: 'tag and script' },
  'name.css': { fr: 'feuille de style', nl: 'stijlblad', de: 'Stylesheet', en: 'style sheet' },
  'name.npm': { fr: 'import npm', nl: 'import via npm', de: 'Import über npm', en: 'npm import' },
  'name.iframe': { fr: 'iframe', nl: 'iframe', de: 'Iframe', en: 'iframe' },
  'name.plone': { fr: 'iframe pour Plone', nl: 'iframe voor Plone', de: 'Iframe für Plone', en: 'iframe for Plone' },
  codeOf: { fr: 'Code\u00a0: {name}', nl: 'Code: {name}', de: 'Code: {name}', en: 'Code: {name}' },
  copy: { fr: 'Copier', nl: 'Kopiëren', de: 'Kopieren', en: 'Copy' },
  /** After « Copier », for assistive technology only: which code the button copies. */
  'copy.which': { fr: '\u00a0: {name}', nl: ': {name}', de: ': {name}', en: ': {name}' },
  copied: { fr: 'Copié\u00a0: {name}.', nl: 'Gekopieerd: {name}.', de: 'Kopiert: {name}.', en: 'Copied: {name}.' },
  selected: {
    fr: 'Le code est sélectionné\u00a0: appuyez sur Ctrl+C (⌘+C sur Mac) pour copier {name}.',
    nl: 'De code is geselecteerd: druk op Ctrl+C (⌘+C op een Mac) om {name} te kopiëren.',
    de: 'Der Code ist markiert: Drücken Sie Strg+C (⌘+C auf dem Mac), um {name} zu kopieren.',
    en: 'The code is selected: press Ctrl+C (⌘+C on a Mac) to copy it ({name}).',
  },
  noData: {
    fr: 'Les données intégrées n’ont pas pu être lues\u00a0: rechargez la page.',
    nl: 'De ingebouwde gegevens konden niet worden gelezen: laad de pagina opnieuw.',
    de: 'Die integrierten Daten konnten nicht gelesen werden: Laden Sie die Seite neu.',
    en: 'The built-in data could not be read: reload the page.',
  },
  // The comments written in the snippets
  'css.none': { fr: 'Couleurs par défaut\u00a0: rien à ajouter.', nl: 'Standaardkleuren: niets toe te voegen.', de: 'Standardfarben: nichts hinzuzufügen.', en: 'Default colours: nothing to add.' },
  'css.reserve': {
    fr: 'La place que prend la carte, réservée avant et pendant son chargement (pas de saut).',
    nl: 'De ruimte die de kaart inneemt, gereserveerd vóór en tijdens het laden (niets verspringt).',
    de: 'Der Platz, den die Karte einnimmt, vor und während des Ladens reserviert (nichts springt).',
    en: 'The space the card takes, reserved before and while it loads (nothing jumps).',
  },
  'npm.tag': { fr: 'Dans votre HTML\u00a0:', nl: 'In uw HTML:', de: 'In Ihrem HTML:', en: 'In your HTML:' },
} satisfies Record<string, Table>;

export type UiStringId = keyof typeof UI_STRINGS;

/** The configurator's string `id` in `locale`, `{name}` placeholders replaced by `values`. */
export const ui = (locale: Locale, id: UiStringId, values: Record<string, string | number> = {}): string => fill(UI_STRINGS[id], locale, values);

/** The four languages of the configurator's interface. */
export const UI_LOCALES: readonly Locale[] = ['fr', 'nl', 'de', 'en'];
