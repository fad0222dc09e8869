/**
 * validateDataFile, checkReferences and formatIssue (src/data/validate.ts), table-driven.
 * Every bad document is also given to the committed JSON Schema (schema/numerique-choisi.schema.json)
 * through @cfworker/json-schema: the schema must reject it at the same place, so that the schema a
 * site's editor uses and the runtime validation agree.
 */
import { expect } from '@open-wc/testing';
import { Validator, type OutputUnit } from '@cfworker/json-schema';
import { validateDataFile, validateDataFileInSlices, checkReferences, formatIssue, type DataIssue } from '../src/data/validate.js';
import { mergeLocale } from '../src/data/load.js';
import { COLLECTIONS, type Locale } from '../src/data/model.js';
import schema from '../schema/numerique-choisi.schema.json';
import fr from '../src/data/default/fr.json';
import nl from '../src/data/default/nl.json';
import de from '../src/data/default/de.json';
import en from '../src/data/default/en.json';

const SOURCE = 'https://example.org/data.json';
const schemaValidator = new Validator(schema as object, '7', false);

// ---------------------------------------------------------------- valid building blocks

const t = (text: string) => ({ fr: text });
const theme = (id: string) => ({ id, title: t(`Thème ${id}`), description: t(`Ce que couvre ${id}.`) });
const rec = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  kind: 'recommandation',
  theme: 'acces',
  title: t(`Titre ${id}`),
  summary: t('Résumé.'),
  reported: t('Ce que rapporte l’article.'),
  actions: [{ text: t('Faire quelque chose.'), origin: 'article' }],
  easyRead: { title: t('Facile'), summary: t('Une phrase courte.') },
  ...extra,
});
const partner = (id: string, extra: Record<string, unknown> = {}) => ({ id, name: t(`Partenaire ${id}`), type: 'federation', role: t('partenaire de la journée'), ...extra });
const question = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  theme: 'acces',
  basis: 'r1',
  audiences: ['institution'],
  weight: 2,
  text: t('Une question ?'),
  easyRead: t('Une question facile ?'),
  scores: { oui: 1, 'en-partie': 0.5, non: 0 },
  ...extra,
});
const guichet = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  name: t(`Guichet ${id}`),
  example: true,
  type: 'cpas',
  services: ['aide-sociale'],
  address: { postalCode: '1300', city: t('Wavre') },
  ...extra,
});
const commune = (id: string, extra: Record<string, unknown> = {}) => ({ id, name: { fr: 'Wavre', nl: 'Waver' }, postalCodes: ['1300', '1301'], center: { lat: 50.717, lon: 4.601 }, ...extra });
const source = { title: t('Comment le numérique questionne nos pratiques ?'), organiser: t('CLPS-Bw') };

/** A valid file with one entry in every collection: each case breaks one thing. */
const validFile = () => ({
  formatVersion: 1,
  source,
  themes: [theme('acces')],
  recommendations: [rec('r1')],
  partners: [partner('p1')],
  questions: [question('q1')],
  guichets: [guichet('g1')],
  communes: [commune('c1')],
});

/** A file whose `name` collection is [valid a, bad, valid b]. */
function withBad(name: (typeof COLLECTIONS)[number], bad: unknown): Record<string, unknown> {
  const make = { themes: theme, recommendations: rec, partners: partner, questions: question, guichets: guichet, communes: commune }[name];
  return { ...validFile(), [name]: [make('a'), bad, make('b')] };
}

const issue = (entry: string, path: string, expected: string, received: string): DataIssue => ({
  source: SOURCE,
  entry,
  path,
  expected,
  received,
});

const ID = 'an id (lowercase letters, digits, hyphens)';
const TEXT = 'a non-empty string';
const TOP_KNOWN = '$schema, formatVersion, source, themes, recommendations, partners, questions, guichets, communes';

// ---------------------------------------------------------------- the table

interface Case {
  name: string;
  input: unknown;
  /** Exactly the issues, in order. */
  issues: DataIssue[];
  /** The ids kept per collection; `null` when the file itself is unusable (`data: null`). */
  kept: Partial<Record<(typeof COLLECTIONS)[number], string[]>> | null;
  /** Whether `source` is kept. */
  keepsSource?: boolean;
  /** Set when JSON Schema cannot express the rule: the schema accepts this document (and says why). */
  schemaCannot?: string;
}

/** The ids of a valid file in which only `name` changed. */
const keptAll = (changes: Case['kept'] = {}) => ({
  themes: ['acces'],
  recommendations: ['r1'],
  partners: ['p1'],
  questions: ['q1'],
  guichets: ['g1'],
  communes: ['c1'],
  ...changes,
});

const cases: Case[] = [
  {
    name: 'not an object (a string)',
    input: 'formatVersion: 1',
    issues: [issue('', '', 'a JSON object { "formatVersion": 1, … }', '"formatVersion: 1"')],
    kept: null,
  },
  {
    name: 'not an object (null)',
    input: null,
    issues: [issue('', '', 'a JSON object { "formatVersion": 1, … }', 'null')],
    kept: null,
  },
  {
    name: 'an array at top level',
    input: [validFile()],
    issues: [issue('', '', 'a JSON object { "formatVersion": 1, … }', 'an array of 1')],
    kept: null,
  },
  {
    name: 'formatVersion missing',
    input: { themes: [theme('acces')] },
    issues: [issue('', 'formatVersion', '1', 'nothing')],
    kept: null,
  },
  {
    name: 'formatVersion 2',
    input: { ...validFile(), formatVersion: 2 },
    issues: [issue('', 'formatVersion', '1', 'number 2')],
    kept: null,
  },
  {
    name: 'formatVersion as a string',
    input: { ...validFile(), formatVersion: '1' },
    issues: [issue('', 'formatVersion', '1', '"1"')],
    kept: null,
  },
  {
    name: 'unknown top-level field',
    input: { ...validFile(), theme: [theme('x')] },
    issues: [issue('', 'theme', `no field "theme" (known: ${TOP_KNOWN})`, 'an array of 1')],
    kept: keptAll(),
    keepsSource: true,
  },
  {
    name: 'collection not an array',
    input: { ...validFile(), themes: { acces: theme('acces') } },
    issues: [issue('', 'themes', 'an array', 'an object')],
    kept: { ...keptAll(), themes: undefined },
    keepsSource: true,
  },
  {
    name: 'entry not an object',
    input: withBad('themes', 'acces'),
    issues: [issue('themes[1]', '', 'an object', '"acces"')],
    kept: keptAll({ themes: ['a', 'b'] }),
    keepsSource: true,
  },
  {
    name: 'entry null',
    input: withBad('partners', null),
    issues: [issue('partners[1]', '', 'an object', 'null')],
    kept: keptAll({ partners: ['a', 'b'] }),
    keepsSource: true,
  },
  {
    name: 'missing id',
    input: withBad('themes', { title: t('Sans id'), description: t('…') }),
    issues: [issue('themes[1]', 'id', ID, 'nothing')],
    kept: keptAll({ themes: ['a', 'b'] }),
    keepsSource: true,
  },
  {
    name: 'bad id (uppercase)',
    input: withBad('themes', theme('Acces')),
    issues: [issue('themes[1] "Acces"', 'id', ID, '"Acces"')],
    kept: keptAll({ themes: ['a', 'b'] }),
    keepsSource: true,
  },
  {
    name: 'bad id (spaces)',
    input: withBad('recommendations', rec('acces physique')),
    issues: [issue('recommendations[1] "acces physique"', 'id', ID, '"acces physique"')],
    kept: keptAll({ recommendations: ['a', 'b'] }),
    keepsSource: true,
  },
  {
    name: 'bad id (a number)',
    input: withBad('guichets', guichet(7 as unknown as string)),
    issues: [issue('guichets[1]', 'id', ID, 'number 7')],
    kept: keptAll({ guichets: ['a', 'b'] }),
    keepsSource: true,
  },
  {
    name: 'duplicate id (the first is kept)',
    input: withBad('recommendations', rec('a', { title: t('Encore a') })),
    issues: [issue('recommendations[1] "a"', 'id', 'an id not used before in recommendations', '"a"')],
    kept: keptAll({ recommendations: ['a', 'b'] }),
    keepsSource: true,
    schemaCannot: 'draft 7 has no "unique by property" keyword (uniqueItems compares whole items)',
  },
  {
    name: 'unknown kind',
    input: withBad('recommendations', rec('r', { kind: 'avis' })),
    issues: [issue('recommendations[1] "r"', 'kind', 'one of "recommandation", "constat"', '"avis"')],
    kept: keptAll({ recommendations: ['a', 'b'] }),
    keepsSource: true,
  },
  {
    name: 'missing title',
    input: withBad('themes', { id: 'x', description: t('…') }),
    issues: [issue('themes[1] "x"', 'title', 'an object', 'nothing')],
    kept: keptAll({ themes: ['a', 'b'] }),
    keepsSource: true,
  },
  {
    name: 'title without fr',
    input: withBad('themes', { ...theme('x'), title: { nl: 'Titel', de: 'Titel' } }),
    issues: [issue('themes[1] "x"', 'title.fr', TEXT, 'nothing')],
    kept: keptAll({ themes: ['a', 'b'] }),
    keepsSource: true,
  },
  {
    name: 'title.fr empty',
    input: withBad('recommendations', rec('r', { title: { fr: '' } })),
    issues: [issue('recommendations[1] "r"', 'title.fr', TEXT, '""')],
    kept: keptAll({ recommendations: ['a', 'b'] }),
    keepsSource: true,
  },
  {
    name: 'title.fr only white space',
    input: withBad('recommendations', rec('r', { title: { fr: ' \n\t ' } })),
    issues: [issue('recommendations[1] "r"', 'title.fr', TEXT, '" \n\t "')],
    kept: keptAll({ recommendations: ['a', 'b'] }),
    keepsSource: true,
  },
  {
    name: 'title.fr a number',
    input: withBad('themes', { ...theme('x'), title: { fr: 42 } }),
    issues: [issue('themes[1] "x"', 'title.fr', TEXT, 'number 42')],
    kept: keptAll({ themes: ['a', 'b'] }),
    keepsSource: true,
  },
  {
    name: 'title.nl empty (optional languages are not blank either)',
    input: withBad('themes', { ...theme('x'), title: { fr: 'Titre', nl: '' } }),
    issues: [issue('themes[1] "x"', 'title.nl', TEXT, '""')],
    kept: keptAll({ themes: ['a', 'b'] }),
    keepsSource: true,
  },
  {
    name: 'unknown language key in a LocalizedText ("es")',
    input: withBad('themes', { ...theme('x'), description: { fr: 'Description', es: 'Descripción' } }),
    issues: [issue('themes[1] "x"', 'description.es', 'no field "es" (known: fr, nl, de, en)', '"Descripción"')],
    kept: keptAll({ themes: ['a', 'b'] }),
    keepsSource: true,
  },
  {
    name: 'actions empty',
    input: withBad('recommendations', rec('r', { actions: [] })),
    issues: [issue('recommendations[1] "r"', 'actions', 'at least 1 item', 'an array of 0')],
    kept: keptAll({ recommendations: ['a', 'b'] }),
    keepsSource: true,
  },
  {
    name: 'action origin invalid',
    input: withBad(
      'recommendations',
      rec('r', {
        actions: [
          { text: t('Une action.'), origin: 'suggestion' },
          { text: t('Une autre.'), origin: 'atelier' },
        ],
      }),
    ),
    issues: [issue('recommendations[1] "r"', 'actions[1].origin', 'one of "article", "suggestion"', '"atelier"')],
    kept: keptAll({ recommendations: ['a', 'b'] }),
    keepsSource: true,
  },
  {
    name: 'quote without attribution',
    input: withBad('recommendations', rec('r', { quote: { text: t('C’est un peu la base') } })),
    issues: [issue('recommendations[1] "r"', 'quote.attribution', 'an object', 'nothing')],
    kept: keptAll({ recommendations: ['a', 'b'] }),
    keepsSource: true,
  },
  {
    name: 'easyRead.summary missing',
    input: withBad('recommendations', rec('r', { easyRead: { title: t('Facile') } })),
    issues: [issue('recommendations[1] "r"', 'easyRead.summary', 'an object', 'nothing')],
    kept: keptAll({ recommendations: ['a', 'b'] }),
    keepsSource: true,
  },
  {
    name: 'partner url javascript:',
    input: withBad('partners', partner('p', { url: 'javascript:alert(1)' })),
    issues: [issue('partners[1] "p"', 'url', 'an absolute http(s) URL', '"javascript:alert(1)"')],
    kept: keptAll({ partners: ['a', 'b'] }),
    keepsSource: true,
  },
  {
    name: 'partner url relative',
    input: withBad('partners', partner('p', { url: '/partenaires/wavre' })),
    issues: [issue('partners[1] "p"', 'url', 'an absolute http(s) URL', '"/partenaires/wavre"')],
    kept: keptAll({ partners: ['a', 'b'] }),
    keepsSource: true,
  },
  {
    name: 'partner url without scheme',
    input: withBad('partners', partner('p', { url: 'www.wavre.be' })),
    issues: [issue('partners[1] "p"', 'url', 'an absolute http(s) URL', '"www.wavre.be"')],
    kept: keptAll({ partners: ['a', 'b'] }),
    keepsSource: true,
  },
  {
    name: 'unknown field in an entry (typo "tilte")',
    input: withBad('themes', { id: 'x', tilte: t('Titre'), description: t('…') }),
    issues: [
      issue('themes[1] "x"', 'title', 'an object', 'nothing'),
      issue('themes[1] "x"', 'tilte', 'no field "tilte" (known: id, title, description)', 'an object'),
    ],
    kept: keptAll({ themes: ['a', 'b'] }),
    keepsSource: true,
  },
  {
    name: 'guichet example not boolean',
    input: withBad('guichets', guichet('g', { example: 'oui' })),
    issues: [issue('guichets[1] "g"', 'example', 'true or false', '"oui"')],
    kept: keptAll({ guichets: ['a', 'b'] }),
    keepsSource: true,
  },
  {
    name: 'question theme not an id',
    input: withBad('questions', { ...question('q'), theme: 'Accès et lien social' }),
    issues: [issue('questions[1] "q"', 'theme', ID, '"Accès et lien social"')],
    kept: keptAll({ questions: ['a', 'b'] }),
    keepsSource: true,
  },
  ...(
    [
      ['question basis not an id', { basis: 'Accès physique' }, 'basis', ID, '"Accès physique"'],
      ['question without basis', { basis: undefined }, 'basis', ID, 'nothing'],
      ['question audiences empty', { audiences: [] }, 'audiences', 'at least 1 item', 'an array of 0'],
      ['question audience unknown', { audiences: ['citoyen'] }, 'audiences[0]', 'one of "travailleur", "institution"', '"citoyen"'],
      ['question audience twice', { audiences: ['institution', 'institution'] }, 'audiences', 'each value once', '"institution" twice'],
      ['question weight not an integer', { weight: 1.5 }, 'weight', 'an integer from 1 to 3', 'number 1.5'],
      ['question weight over 3', { weight: 4 }, 'weight', 'an integer from 1 to 3', 'number 4'],
      ['question weight 0', { weight: 0 }, 'weight', 'an integer from 1 to 3', 'number 0'],
      ['question score over 1', { scores: { oui: 2, 'en-partie': 0.5, non: 0 } }, 'scores.oui', 'a number from 0 to 1', 'number 2'],
      ['question score negative', { scores: { oui: 1, 'en-partie': -0.5, non: 0 } }, 'scores.en-partie', 'a number from 0 to 1', 'number -0.5'],
      ['question score as text', { scores: { oui: 1, 'en-partie': 0.5, non: '0' } }, 'scores.non', 'a number from 0 to 1', '"0"'],
      ['question score for « je ne sais pas » (it scores nothing)', { scores: { oui: 1, 'en-partie': 0.5, non: 0, 'ne-sait-pas': 0 } }, 'scores.ne-sait-pas', 'no field "ne-sait-pas" (known: oui, en-partie, non)', 'number 0'],
      ['question without easy-read wording', { easyRead: undefined }, 'easyRead', 'an object', 'nothing'],
    ] as const
  ).map(
    ([name, change, path, expected, received]): Case => ({
      name,
      input: withBad('questions', JSON.parse(JSON.stringify(question('q', change)))), // a field set to undefined is left out
      issues: [issue('questions[1] "q"', path, expected, received)],
      kept: keptAll({ questions: ['a', 'b'] }),
      keepsSource: true,
    }),
  ),
  {
    name: 'source missing organiser (the collections are kept)',
    input: { ...validFile(), source: { title: t('Une journée') } },
    issues: [issue('', 'source.organiser', 'an object', 'nothing')],
    kept: keptAll(),
    keepsSource: false,
  },
  {
    name: 'source url relative',
    input: { ...validFile(), source: { ...source, url: 'article.html' } },
    issues: [issue('', 'source.url', 'an absolute http(s) URL', '"article.html"')],
    kept: keptAll(),
    keepsSource: false,
  },
  {
    name: 'guichet of an unknown type',
    input: withBad('guichets', guichet('g', { type: 'mairie' })),
    issues: [issue('guichets[1] "g"', 'type', 'one of "cpas", "administration-communale", "epn", "maison-medicale", "service-social", "bibliotheque", "autre"', '"mairie"')],
    kept: keptAll({ guichets: ['a', 'b'] }),
    keepsSource: true,
  },
  {
    name: 'guichet postal code not Belgian',
    input: withBad('guichets', guichet('g', { address: { postalCode: '75001', city: t('Paris') } })),
    issues: [issue('guichets[1] "g"', 'address.postalCode', 'a Belgian postal code (4 digits)', '"75001"')],
    kept: keptAll({ guichets: ['a', 'b'] }),
    keepsSource: true,
  },
  {
    name: 'guichet phone in local format',
    input: withBad('guichets', guichet('g', { phone: '010 00 00 00' })),
    issues: [issue('guichets[1] "g"', 'phone', 'a phone number in international form, e.g. +3210000000', '"010 00 00 00"')],
    kept: keptAll({ guichets: ['a', 'b'] }),
    keepsSource: true,
  },
  {
    name: 'guichet slot time badly written',
    input: withBad('guichets', guichet('g', { walkIn: { slots: [{ days: ['Tu'], opens: '8:30', closes: '12:00' }] } })),
    issues: [issue('guichets[1] "g"', 'walkIn.slots[0].opens', 'a time HH:MM', '"8:30"')],
    // A bad slot makes those hours unknown (issue 20.11); the counter stays.
    kept: keptAll({ guichets: ['a', 'g', 'b'] }),
    keepsSource: true,
  },
  {
    name: 'guichet slot on an unknown day',
    input: withBad('guichets', guichet('g', { hours: { slots: [{ days: ['Lu'], opens: '08:30', closes: '12:00' }] } })),
    issues: [issue('guichets[1] "g"', 'hours.slots[0].days[0]', 'one of "Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"', '"Lu"')],
    // A bad slot makes those hours unknown (issue 20.11); the counter stays.
    kept: keptAll({ guichets: ['a', 'g', 'b'] }),
    keepsSource: true,
  },
  {
    name: 'guichet slot closing before it opens',
    input: withBad('guichets', guichet('g', { hours: { slots: [{ days: ['Mo'], opens: '14:00', closes: '13:00' }] } })),
    issues: [issue('guichets[1] "g"', 'hours.slots[0].closes', 'a time after "opens" (14:00)', '"13:00"')],
    // A bad slot makes those hours unknown (issue 20.11); the counter stays.
    kept: keptAll({ guichets: ['a', 'g', 'b'] }),
    keepsSource: true,
    schemaCannot: 'it cannot compare two fields',
  },
  {
    name: 'guichet closure with an impossible date',
    input: withBad('guichets', guichet('g', { closures: [{ from: '2026-02-30' }] })),
    issues: [issue('guichets[1] "g"', 'closures[0].from', 'a date YYYY-MM-DD', '"2026-02-30"')],
    kept: keptAll({ guichets: ['a', 'b'] }),
    keepsSource: true,
    schemaCannot: 'its date pattern does not know the length of each month',
  },
  {
    name: 'guichet period ending before it starts',
    input: withBad('guichets', guichet('g', { periods: [{ name: t('Été'), from: '2027-08-31', to: '2027-07-01' }] })),
    issues: [issue('guichets[1] "g"', 'periods[0].to', 'a date not before "from" (2027-08-31)', '"2027-07-01"')],
    kept: keptAll({ guichets: ['a', 'b'] }),
    keepsSource: true,
    schemaCannot: 'it cannot compare two fields',
  },
  {
    name: 'commune centre out of range',
    input: withBad('communes', commune('c', { center: { lat: 150.7, lon: 4.6 } })),
    issues: [issue('communes[1] "c"', 'center.lat', 'a number from -90 to 90', 'number 150.7')],
    kept: keptAll({ communes: ['a', 'b'] }),
    keepsSource: true,
  },
  {
    name: 'commune without postal code',
    input: withBad('communes', commune('c', { postalCodes: [] })),
    issues: [issue('communes[1] "c"', 'postalCodes', 'at least 1 item', 'an array of 0')],
    kept: keptAll({ communes: ['a', 'b'] }),
    keepsSource: true,
  },
  {
    name: 'a long value is shortened in the issue',
    input: withBad('themes', theme('Un-identifiant-bien-trop-long-et-en-majuscules')),
    issues: [issue('themes[1] "Un-identifiant-bien-trop-long-et-en-majuscules"', 'id', ID, '"Un-identifiant-bien-trop-long-et-en-m…"')],
    kept: keptAll({ themes: ['a', 'b'] }),
    keepsSource: true,
  },
];

// ---------------------------------------------------------------- schema helpers

/** The JSON pointer (as @cfworker/json-schema writes it) of an issue: entry `themes[1] "x"` + path `title.fr` → `#/themes/1/title/fr`. */
function pointerOf(i: DataIssue): string {
  const entry = i.entry.replace(/ ".*"$/, '');
  const parts = `${entry}${entry && i.path ? '.' : ''}${i.path}`
    .split(/[.[\]]+/)
    .filter(Boolean);
  return ['#', ...parts].join('/');
}

/** The leaf errors of the schema: the ones that say what is wrong, not that a sub-schema failed. */
function leafErrors(errors: OutputUnit[]): OutputUnit[] {
  return errors.filter((e) => !['$ref', 'properties', 'items', 'additionalProperties', 'allOf', 'anyOf'].includes(e.keyword));
}

/** Asserts that the schema rejects the document with an error at the place of each issue. */
function expectSchemaRejects(input: unknown, issues: DataIssue[]) {
  const result = schemaValidator.validate(input);
  expect(result.valid, 'the JSON Schema accepts it').to.equal(false);
  const leaves = leafErrors(result.errors).map((e) => `${e.instanceLocation} ${e.keyword}`);
  for (const i of issues) {
    const at = pointerOf(i);
    // A missing field is reported by the schema on the object that lacks it (`required`).
    const where = i.received === 'nothing' ? `${at.replace(/\/[^/]+$/, '')} required` : at;
    expect(
      leaves.some((l) => l.startsWith(`${where} `) || l === where),
      `schema error at ${where} for "${formatIssue(i)}"; schema errors: ${leaves.join('; ')}`,
    ).to.equal(true);
  }
}

// ---------------------------------------------------------------- tests

describe('validateDataFile', () => {
  it('has at least 20 bad cases', () => {
    expect(cases.length).to.be.at.least(20);
  });

  it('accepts a valid file with every collection, keeping everything', () => {
    const input = validFile();
    const { data, issues } = validateDataFile(input, SOURCE);
    expect(issues).to.deep.equal([]);
    expect(data).to.deep.equal(input);
    expect(schemaValidator.validate(input).valid).to.equal(true);
  });

  it('accepts a minimal file and leaves the absent collections absent', () => {
    const { data, issues } = validateDataFile({ formatVersion: 1 }, SOURCE);
    expect(issues).to.deep.equal([]);
    expect(data).to.deep.equal({ formatVersion: 1 });
  });

  it('accepts optional fields: a quote, partner and source urls, other languages', () => {
    const input = {
      formatVersion: 1,
      source: { ...source, date: { fr: 'février', nl: 'februari' }, url: 'https://example.org/article' },
      recommendations: [rec('r', { quote: { text: t('« Citation »'), attribution: t('un participant') }, kind: 'constat' })],
      partners: [partner('ville-de-wavre', { url: 'https://www.wavre.be' }), partner('http', { url: 'http://example.org/a?b#c' })],
      themes: [{ id: 'acces', title: { fr: 'Accès', nl: 'Toegang', de: 'Zugang', en: 'Access' }, description: t('…') }],
      guichets: [guichet('g', { example: false })],
    };
    expect(validateDataFile(input, SOURCE).issues).to.deep.equal([]);
    expect(schemaValidator.validate(input).valid).to.equal(true);
  });

  for (const c of cases) {
    describe(c.name, () => {
      it('gives exactly the expected issues', () => {
        expect(validateDataFile(c.input, SOURCE).issues).to.deep.equal(c.issues);
      });

      it(c.kept === null ? 'gives no data' : 'keeps the valid entries next to the bad one', () => {
        const { data } = validateDataFile(c.input, SOURCE);
        if (c.kept === null) {
          expect(data).to.equal(null);
          return;
        }
        expect(data, 'data').to.not.equal(null);
        expect(data!.formatVersion).to.equal(1);
        for (const name of COLLECTIONS) {
          const ids = data![name]?.map((e) => e.id);
          expect(ids, name).to.deep.equal(c.kept[name]);
        }
        expect(data!.source, 'source').to.deep.equal(c.keepsSource ? source : undefined);
      });

      if (c.schemaCannot) {
        it(`the JSON Schema accepts it (${c.schemaCannot}), the runtime validation catches it`, () => {
          expect(schemaValidator.validate(c.input).valid).to.equal(true);
        });
      } else {
        it('the JSON Schema rejects it at the same place', () => {
          expectSchemaRejects(c.input, c.issues);
        });
      }
    });
  }

  it('reports every bad entry of a collection, each with its index', () => {
    const input = { formatVersion: 1, themes: [theme('Bad'), theme('ok'), { id: 'x' }, theme('ok')] };
    const { data, issues } = validateDataFile(input, SOURCE);
    expect(issues).to.deep.equal([
      issue('themes[0] "Bad"', 'id', ID, '"Bad"'),
      issue('themes[2] "x"', 'title', 'an object', 'nothing'),
      issue('themes[2] "x"', 'description', 'an object', 'nothing'),
      issue('themes[3] "ok"', 'id', 'an id not used before in themes', '"ok"'),
    ]);
    expect(data!.themes!.map((e) => e.id)).to.deep.equal(['ok']);
  });
});

describe('validateDataFile and the JSON Schema on the built-in data', () => {
  const overlays: [Locale, unknown][] = [
    ['nl', nl],
    ['de', de],
    ['en', en],
  ];

  it('fr.json: 0 issues, and the schema accepts it', () => {
    expect(validateDataFile(fr, 'built-in fr').issues).to.deep.equal([]);
    const result = schemaValidator.validate(fr);
    expect(result.valid, leafErrors(result.errors).map((e) => `${e.instanceLocation}: ${e.error}`).join('; ')).to.equal(true);
  });

  for (const [locale, overlay] of overlays) {
    it(`fr.json merged with ${locale}.json: 0 issues, and the schema accepts it`, () => {
      const merged = mergeLocale(fr, overlay, locale);
      expect(validateDataFile(merged, `built-in ${locale}`).issues).to.deep.equal([]);
      const result = schemaValidator.validate(merged);
      expect(result.valid, leafErrors(result.errors).map((e) => `${e.instanceLocation}: ${e.error}`).join('; ')).to.equal(true);
    });
  }

  it('fr.json merged with all three overlays: 0 issues, and the schema accepts it', () => {
    const merged = overlays.reduce((d, [locale, o]) => mergeLocale(d, o, locale), fr as unknown);
    expect(validateDataFile(merged, 'built-in').issues).to.deep.equal([]);
    expect(schemaValidator.validate(merged).valid).to.equal(true);
  });
});

describe('checkReferences', () => {
  const data = () => ({
    themes: [{ id: 'acces' }, { id: 'temps' }],
    recommendations: [
      { id: 'r1', theme: 'acces' },
      { id: 'r2', theme: 'inconnu' },
      { id: 'r3', theme: 'temps' },
    ],
    questions: [
      { id: 'q1', theme: 'temps' },
      { id: 'q2', theme: 'Temps' },
    ],
  });

  it('drops a recommendation or question pointing at an unknown theme, with the exact issue', () => {
    const { data: out, issues } = checkReferences(data(), SOURCE);
    expect(out.recommendations.map((r) => r.id)).to.deep.equal(['r1', 'r3']);
    expect(out.questions.map((q) => q.id)).to.deep.equal(['q1']);
    expect(out.themes).to.deep.equal(data().themes);
    expect(issues).to.deep.equal([
      issue('recommendations[1] "r2"', 'theme', 'the id of a theme (acces, temps)', '"inconnu"'),
      issue('questions[1] "q2"', 'theme', 'the id of a theme (acces, temps)', '"Temps"'),
    ]);
  });

  it('keeps everything when every theme exists, without changing the input', () => {
    const input = data();
    input.recommendations.splice(1, 1);
    input.questions.splice(1, 1);
    const before = JSON.stringify(input);
    const { data: out, issues } = checkReferences(input, SOURCE);
    expect(issues).to.deep.equal([]);
    expect(out).to.deep.equal(input);
    expect(JSON.stringify(input)).to.equal(before);
  });

  it('drops a question whose basis is not a (kept) recommendation or finding, with the exact issue', () => {
    const input = {
      themes: [{ id: 'acces' }, { id: 'temps' }],
      recommendations: [
        { id: 'r1', theme: 'acces' },
        { id: 'r2', theme: 'inconnu' },
      ],
      questions: [
        { id: 'q1', theme: 'acces', basis: 'r1' },
        { id: 'q2', theme: 'acces', basis: 'r2' },
        { id: 'q3', theme: 'temps', basis: 'nulle-part' },
      ],
    };
    const { data: out, issues } = checkReferences(input, SOURCE);
    expect(out.questions.map((q) => q.id)).to.deep.equal(['q1']);
    expect(issues).to.deep.equal([
      issue('recommendations[1] "r2"', 'theme', 'the id of a theme (acces, temps)', '"inconnu"'),
      issue('questions[1] "q2"', 'basis', 'the id of a recommendation or finding (r1)', '"r2"'),
      issue('questions[2] "q3"', 'basis', 'the id of a recommendation or finding (r1)', '"nulle-part"'),
    ]);
    // Without the recommendations at hand (a widget that has none), the basis is not checked.
    expect(checkReferences(input, SOURCE, { basis: false }).data.questions.map((q) => q.id)).to.deep.equal(['q1', 'q2', 'q3']);
  });

  it('names an entry by its position in the file, even after invalid entries before it were dropped', () => {
    const file = {
      formatVersion: 1,
      themes: [theme('acces')],
      recommendations: [rec('bad', { title: t('') }), rec('orphan', { theme: 'zzz' }), rec('ok')],
    };
    const { data: valid } = validateDataFile(file, SOURCE);
    const { data: out, issues } = checkReferences(
      { themes: valid!.themes!, recommendations: valid!.recommendations!, questions: [] },
      SOURCE,
    );
    expect(out.recommendations.map((r) => r.id)).to.deep.equal(['ok']);
    expect(issues).to.deep.equal([issue('recommendations[1] "orphan"', 'theme', 'the id of a theme (acces)', '"zzz"')]);
  });

  it('the built-in recommendations all point at built-in themes', () => {
    expect(checkReferences(fr as never, 'built-in fr').issues).to.deep.equal([]);
  });
});

describe('$schema', () => {
  it('accepts a "$schema" string for editors and refuses anything else there', () => {
    const ok = validateDataFile({ ...validFile(), $schema: './node_modules/numerique-choisi/schema/numerique-choisi.schema.json' }, SOURCE);
    expect(ok.issues).to.deep.equal([]);
    const bad = validateDataFile({ ...validFile(), $schema: 42 }, SOURCE);
    expect(bad.issues).to.deep.equal([issue('', '$schema', 'a string (the schema URL)', 'number 42')]);
    expect(bad.data?.recommendations?.map((r) => r.id)).to.deep.equal(['r1']);
  });
});

describe('formatIssue', () => {
  const table: [string, DataIssue, string][] = [
    [
      'the file itself',
      issue('', '', 'a JSON object { "formatVersion": 1, … }', 'an array of 2'),
      'https://example.org/data.json: expected a JSON object { "formatVersion": 1, … }, received an array of 2',
    ],
    [
      'a top-level field',
      issue('', 'formatVersion', '1', 'number 2'),
      'https://example.org/data.json — field "formatVersion": expected 1, received number 2',
    ],
    [
      'an entry',
      issue('themes[1]', '', 'an object', '"acces"'),
      'https://example.org/data.json — themes[1]: expected an object, received "acces"',
    ],
    [
      'a field of an entry',
      issue('recommendations[2] "acces-physique"', 'title.fr', 'a non-empty string', '""'),
      'https://example.org/data.json — recommendations[2] "acces-physique", field "title.fr": expected a non-empty string, received ""',
    ],
    [
      'the data property',
      { source: 'data property', entry: 'partners[0] "p"', path: 'url', expected: 'an absolute http(s) URL', received: '"javascript:alert(1)"' },
      'data property — partners[0] "p", field "url": expected an absolute http(s) URL, received "javascript:alert(1)"',
    ],
  ];
  for (const [name, i, text] of table) {
    it(name, () => expect(formatIssue(i)).to.equal(text));
  }

  it('formats what validateDataFile finds', () => {
    const { issues } = validateDataFile(withBad('partners', partner('p', { url: 'javascript:alert(1)' })), SOURCE);
    expect(issues.map(formatIssue)).to.deep.equal([
      'https://example.org/data.json — partners[1] "p", field "url": expected an absolute http(s) URL, received "javascript:alert(1)"',
    ]);
  });
});

describe('validateDataFile: counters (guichets)', () => {
  const full = {
    ...guichet('g'),
    example: false,
    type: 'administration-communale',
    services: ['documents-administratifs', 'aide-numerique'],
    otherServices: [t('Aide pour les démarches en ligne')],
    publics: [t('Personnes âgées')],
    address: { street: t('Rue d’Exemple'), postalCode: '1300', city: { fr: 'Wavre', nl: 'Waver' } },
    geo: { lat: 50.717, lon: 4.601 },
    phone: '+3210000000',
    email: 'accueil@example.org',
    url: 'https://example.org/accueil',
    hours: { slots: [{ days: ['Mo', 'Tu', 'We', 'Th', 'Fr'], opens: '08:30', closes: '12:00' }], unknown: ['Sa'], publicHolidays: 'closed' },
    walkIn: { slots: [] },
    periods: [{ name: t('Horaire d’été'), from: '2027-07-01', to: '2027-08-31', walkIn: 'Mo,We 09:00-11:00' }],
    closures: [{ from: '2026-12-24', to: '2026-12-31', reason: t('Congé') }, { from: '2027-01-02' }],
    accessibility: { stepFree: true, hearingLoop: false, languages: ['fr', 'nl', 'ar'] },
    notes: t('Entrée par la cour.'),
  };

  it('accepts a counter with every field, and the schema accepts it', () => {
    const input = { formatVersion: 1, guichets: [full] };
    expect(validateDataFile(input, SOURCE).issues).to.deep.equal([]);
    expect(schemaValidator.validate(input).valid).to.equal(true);
  });

  it('converts OpenStreetMap hours strings into schedules, on the counter and in its periods', () => {
    const input = { formatVersion: 1, guichets: [guichet('g', { hours: 'Mo-Fr 08:30-12:00,13:00-16:00; PH off', periods: full.periods }) as Record<string, unknown>] };
    const { data, issues } = validateDataFile(input, SOURCE);
    expect(issues).to.deep.equal([]);
    expect(data!.guichets![0].hours).to.deep.equal({
      slots: [
        { days: ['Mo', 'Tu', 'We', 'Th', 'Fr'], opens: '08:30', closes: '12:00' },
        { days: ['Mo', 'Tu', 'We', 'Th', 'Fr'], opens: '13:00', closes: '16:00' },
      ],
    });
    expect(data!.guichets![0].periods![0].walkIn).to.deep.equal({ slots: [{ days: ['Mo', 'We'], opens: '09:00', closes: '11:00' }], publicHolidays: 'open' });
    expect(input.guichets[0].hours, 'the input is not changed').to.equal('Mo-Fr 08:30-12:00,13:00-16:00; PH off');
  });

  it('keeps a counter whose hours string is outside the subset, with those hours unknown and a precise issue', () => {
    const input = { formatVersion: 1, guichets: [guichet('g', { hours: 'Mo-Fr 08:30-12:00', walkIn: 'Mo-Fr 8:30-12' })] };
    const { data, issues } = validateDataFile(input, SOURCE);
    expect(data!.guichets!.map((g) => g.id)).to.deep.equal(['g']);
    expect(data!.guichets![0].walkIn).to.equal(undefined);
    expect(data!.guichets![0].hours).to.deep.equal({ slots: [{ days: ['Mo', 'Tu', 'We', 'Th', 'Fr'], opens: '08:30', closes: '12:00' }], publicHolidays: 'open' });
    expect(issues.length).to.equal(1);
    expect(issues[0].entry).to.equal('guichets[0] "g"');
    expect(issues[0].path).to.equal('walkIn');
    expect(formatIssue(issues[0])).to.contain('"8:30-12" at position 7: a time range is written HH:MM-HH:MM, expected 08:30-12:00');
  });
});

describe('validateDataFileInSlices (what the widgets use for a site’s file)', () => {
  const file = () => ({
    formatVersion: 1,
    themes: [theme('acces'), theme('acces'), { id: 'x' }],
    guichets: Array.from({ length: 60 }, (_, i) =>
      guichet(`g${i}`, {
        hours: i % 3 ? 'Mo-Fr 08:30-12:00,13:00-16:00; PH off' : `Mo-Fr 09:00-1${i % 10}:00`,
        ...(i % 7 === 0 && { walkIn: 'Mo-Fr 8:30-12' }),
        ...(i % 5 === 1 && { walkIn: 'PH off; Sa 09:00-12:00' }),
      }),
    ),
  });

  it('gives the same data, issues and warnings as validateDataFile', async () => {
    const sliced = await validateDataFileInSlices(file(), SOURCE, {}, 0);
    const whole = validateDataFile(file(), SOURCE);
    expect(sliced.issues.length, 'the file has issues to compare').to.be.greaterThan(2);
    expect(sliced.warnings.length, 'and warnings').to.be.greaterThan(2);
    expect(sliced).to.deep.equal(whole);
  });

  it('gives the main thread back between slices: input-priority work posted before it runs before it ends', async () => {
    // What a click or a key press is to the browser: a user-blocking task. Without a pause the
    // validation would end in the same task, and its continuation would run first.
    const { scheduler } = globalThis as unknown as { scheduler: { postTask: (f: () => void, o: { priority: string }) => Promise<void> } };
    const order: string[] = [];
    void scheduler.postTask(() => order.push('input'), { priority: 'user-blocking' });
    await validateDataFileInSlices(file(), SOURCE, {}, 0).then(() => order.push('validated'));
    expect(order).to.deep.equal(['input', 'validated']);
  });

  it('parses a repeated OpenStreetMap string once: the counters share the same schedule', () => {
    const { data } = validateDataFile(file(), SOURCE);
    const [a, b] = data!.guichets!.filter((_, i) => i % 3 !== 0);
    expect((a.hours as { slots: unknown[] }).slots.length).to.equal(2);
    expect(a.hours).to.equal(b.hours);
  });
});
