/**
 * The directory adapter's notices (src/data/formats/contacts-en-wallonie.ts writes them in
 * English, for the console of a page) in the webmaster's language, for `import-contacts`.
 * Pattern by pattern, like the validation phrases; a notice no pattern knows stays in English
 * (a test fails if one of the example export's notices does).
 */
import { frenchSpaces, type Lang } from './messages.js';

type Table = Record<Lang, string>;
const t = (fr: string, nl: string, de: string, en: string): Table => ({ fr, nl, de, en });

const DAYS: Record<string, Table> = {
  monday: t('lundi', 'maandag', 'Montag', 'Monday'),
  tuesday: t('mardi', 'dinsdag', 'Dienstag', 'Tuesday'),
  wednesday: t('mercredi', 'woensdag', 'Mittwoch', 'Wednesday'),
  thursday: t('jeudi', 'donderdag', 'Donnerstag', 'Thursday'),
  friday: t('vendredi', 'vrijdag', 'Freitag', 'Friday'),
  saturday: t('samedi', 'zaterdag', 'Samstag', 'Saturday'),
  sunday: t('dimanche', 'zondag', 'Sonntag', 'Sunday'),
};
/** A value between the language's quotation marks. */
const quote = (v: string, lang: Lang) => ({ fr: `« ${v} »`, nl: `‘${v}’`, de: `„${v}“`, en: `“${v}”` })[lang];

const days = (list: string, lang: Lang) =>
  list
    .split(', ')
    .map((d) => DAYS[d]?.[lang] ?? d)
    .join(', ');

/** The part before the colon: `record 4 "id" (title)[, monday | , multi_schedule[0]]`. */
function where(text: string, lang: Lang): string {
  const m = /^record (\d+)(?: "([^"]*)")?(?: \((.*?)\))?(?:, (monday|tuesday|wednesday|thursday|friday|saturday|sunday|multi_schedule\[(\d+)\]))?$/.exec(text);
  if (!m) return text;
  const record = { fr: 'fiche', nl: 'fiche', de: 'Datensatz', en: 'record' }[lang];
  const n = Number(m[1]) + 1;
  let out = `${record} ${n}${m[2] ? ` ${quote(m[2], lang)}` : ''}${m[3] ? ` (${m[3]})` : ''}`;
  if (m[5] !== undefined) out += `, ${t('horaire de période', 'periode-uurrooster', 'Zeitraum-Plan', 'period schedule')[lang]} ${Number(m[5]) + 1}`;
  else if (m[4]) out += `, ${DAYS[m[4]][lang]}`;
  return out;
}

/** One problem of a day: `morningstart "8h30" is not a time HH:MM (08:30?)`… */
const DAY_PROBLEMS: [RegExp, (m: RegExpExecArray, lang: Lang) => string][] = [
  [
    /^(morning|afternoon)(start|end) "([^"]*)" is not a time HH:MM(?: \(([^)]*)\?\))?$/,
    (m, lang) =>
      `${half(m[1], m[2], lang)} ${quote(m[3], lang)} ${t('n’est pas une heure HH:MM', 'is geen uur UU:MM', 'ist keine Uhrzeit HH:MM', 'is not a time HH:MM')[lang]}${m[4] ? ` (${m[4]}${lang === 'fr' ? ' ?' : '?'})` : ''}`,
  ],
  [
    /^(morning|afternoon)start (\S+) has no (?:morning|afternoon)end$/,
    (m, lang) => `${half(m[1], 'start', lang)} ${m[2]} ${t('sans heure de fin', 'zonder einduur', 'ohne Endzeit', 'without an end time')[lang]}`,
  ],
  [
    /^(morning|afternoon)end (\S+) has no (?:morning|afternoon)start$/,
    (m, lang) => `${half(m[1], 'end', lang)} ${m[2]} ${t('sans heure de début', 'zonder beginuur', 'ohne Anfangszeit', 'without a start time')[lang]}`,
  ],
  [
    /^(morning|afternoon)end (\S+) is not after (?:morning|afternoon)start (\S+)$/,
    (m, lang) => `${half(m[1], 'end', lang)} ${m[2]} ${t('n’est pas après le début', 'ligt niet na het begin', 'liegt nicht nach dem Anfang', 'is not after the start')[lang]} ${m[3]}`,
  ],
];

function half(part: string, edge: string, lang: Lang): string {
  const morning = part === 'morning';
  const start = edge === 'start';
  return {
    fr: `${start ? 'début' : 'fin'} ${morning ? 'du matin' : 'de l’après-midi'}`,
    nl: `${start ? 'begin' : 'einde'} van de ${morning ? 'voormiddag' : 'namiddag'}`,
    de: `${start ? 'Beginn' : 'Ende'} am ${morning ? 'Vormittag' : 'Nachmittag'}`,
    en: `${morning ? 'morning' : 'afternoon'} ${start ? 'start' : 'end'}`,
  }[lang];
}

const UNKNOWN_DAY = t('les heures de ce jour sont inconnues', 'de uren van die dag zijn onbekend', 'die Zeiten dieses Tages sind unbekannt', 'the hours of that day are unknown');

/** Whole notices, after the `where` part. */
const NOTICES: [RegExp, (m: RegExpExecArray, lang: Lang) => string | null][] = [
  [/^a position \(a person's role\), not a place; skipped$/, (_, l) => t('une fonction (le rôle d’une personne), pas un lieu; ignorée', 'een functie (de rol van een persoon), geen plaats; overgeslagen', 'eine Funktion (die Rolle einer Person), kein Ort; übersprungen', "a position (a person's role), not a place; skipped")[l]],
  [/^not an object; (skipped|ignored)$/, (_, l) => t('pas un objet; ignoré', 'geen object; overgeslagen', 'kein Objekt; übersprungen', 'not an object; skipped')[l]],
  [/^no id; skipped$/, (_, l) => t('pas d’id; ignorée', 'geen id; overgeslagen', 'keine ID; übersprungen', 'no id; skipped')[l]],
  [/^no title; skipped$/, (_, l) => t('pas de titre; ignorée', 'geen titel; overgeslagen', 'kein Titel; übersprungen', 'no title; skipped')[l]],
  [
    /^no Belgian postal code and city \((.*)\); skipped$/,
    (m, l) => `${t('pas de code postal belge et de commune', 'geen Belgische postcode en gemeente', 'keine belgische Postleitzahl und Gemeinde', 'no Belgian postal code and city')[l]} (${m[1]})${t('; ignorée', '; overgeslagen', '; übersprungen', '; skipped')[l]}`,
  ],
  [/^coordinates 0,0 ignored \(no position\)$/, (_, l) => t('coordonnées 0,0 ignorées (pas de position)', 'coördinaten 0,0 genegeerd (geen positie)', 'Koordinaten 0,0 ignoriert (keine Position)', 'coordinates 0,0 ignored (no position)')[l]],
  [/^coordinates out of range ignored$/, (_, l) => t('coordonnées impossibles ignorées', 'onmogelijke coördinaten genegeerd', 'unmögliche Koordinaten ignoriert', 'coordinates out of range ignored')[l]],
  [
    /^phone "(.*)" is not a Belgian number; dropped$/,
    (m, l) => `${t('téléphone', 'telefoon', 'Telefon', 'phone')[l]} ${quote(m[1], l)} ${t('n’est pas un numéro belge; retiré', 'is geen Belgisch nummer; weggelaten', 'ist keine belgische Nummer; entfernt', 'is not a Belgian number; dropped')[l]}`,
  ],
  [
    /^URL "(.*)" dropped \(only http and https links are kept\)$/,
    (m, l) => `${t('adresse', 'adres', 'Adresse', 'URL')[l]} ${quote(m[1], l)} ${t('retirée (seuls les liens http et https sont gardés)', 'weggelaten (alleen http- en https-links blijven behouden)', 'entfernt (nur http- und https-Links bleiben)', 'dropped (only http and https links are kept)')[l]}`,
  ],
  [/^the schedule is a string that is not valid JSON; hours unknown$/, (_, l) => t('l’horaire est un texte qui n’est pas du JSON valide; heures inconnues', 'het uurrooster is een tekst die geen geldige JSON is; uren onbekend', 'der Zeitplan ist ein Text, der kein gültiges JSON ist; Zeiten unbekannt', 'the schedule is a string that is not valid JSON; hours unknown')[l]],
  [/^the schedule is not an object of weekdays; hours unknown$/, (_, l) => t('l’horaire n’est pas un objet de jours de la semaine; heures inconnues', 'het uurrooster is geen object met weekdagen; uren onbekend', 'der Zeitplan ist kein Objekt mit Wochentagen; Zeiten unbekannt', 'the schedule is not an object of weekdays; hours unknown')[l]],
  [/^the schedule has no weekday; hours unknown$/, (_, l) => t('l’horaire n’a aucun jour; heures inconnues', 'het uurrooster heeft geen enkele weekdag; uren onbekend', 'der Zeitplan hat keinen Wochentag; Zeiten unbekannt', 'the schedule has no weekday; hours unknown')[l]],
  [
    /^([a-z, ]+) missing from the schedule; the hours of (?:those days|that day) are unknown$/,
    (m, l) =>
      `${days(m[1], l)} ${t('absent(s) de l’horaire; les heures de ces jours sont inconnues', 'ontbreken in het uurrooster; de uren van die dagen zijn onbekend', 'fehlen im Zeitplan; die Zeiten dieser Tage sind unbekannt', 'missing from the schedule; the hours of those days are unknown')[l]}`,
  ],
  [
    /^dates (.*) are not a period \(start_date to end_date, YYYY-MM-DD\); ignored$/,
    (m, l) => `${t('les dates', 'de data', 'die Daten', 'the dates')[l]} ${m[1]} ${t('ne forment pas une période (start_date à end_date, AAAA-MM-JJ); ignoré', 'vormen geen periode (start_date tot end_date, JJJJ-MM-DD); genegeerd', 'ergeben keinen Zeitraum (start_date bis end_date, JJJJ-MM-TT); ignoriert', 'are not a period (start_date to end_date, YYYY-MM-DD); ignored')[l]}`,
  ],
  [/^no usable schedule; the base hours apply during that period$/, (_, l) => t('pas d’horaire utilisable; les heures habituelles valent pendant cette période', 'geen bruikbaar uurrooster; de gewone uren gelden in die periode', 'kein verwendbarer Zeitplan; in diesem Zeitraum gelten die üblichen Zeiten', 'no usable schedule; the base hours apply during that period')[l]],
  [
    /^(.*); the hours of that day are unknown$/,
    (m, l) => {
      const parts = m[1].split('; ').map((p) => {
        for (const [re, fn] of DAY_PROBLEMS) {
          const x = re.exec(p);
          if (x) return fn(x, l);
        }
        return null;
      });
      if (parts.includes(null)) return null;
      return `${parts.join('; ')}; ${UNKNOWN_DAY[l]}`;
    },
  ],
];

/** A notice of the adapter in `lang`; `known: false` (and the English text) when a pattern is missing. */
export function contactsNotice(notice: string, lang: Lang): { text: string; known: boolean } {
  const colon = notice.indexOf(': ');
  const head = colon < 0 ? notice : notice.slice(0, colon);
  const body = notice.slice(colon + 2);
  const place = where(head, lang);
  if (colon >= 0 && place !== head) {
    for (const [re, fn] of NOTICES) {
      const m = re.exec(body);
      const said = m && fn(m, lang);
      if (!said) continue;
      const text = `${place}: ${said}`;
      return { text: lang === 'fr' ? frenchSpaces(text.replace(/: /, ' : ').replace(/; /g, ' ; ')) : text, known: true };
    }
  }
  return { text: notice, known: false };
}
