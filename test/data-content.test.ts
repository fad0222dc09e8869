/**
 * The built-in content (src/data/default/*.json) and the UI translations (locales/*.xlf):
 * valid, complete in every language, faithful to the article, and with the public ids intact.
 */
import { expect } from '@open-wc/testing';
import { validateDataFile, checkReferences } from '../src/data/validate.js';
import { mergeLocale } from '../src/data/load.js';
import type { Locale, LocalizedText, ThemeData } from '../src/data/model.js';
import frJson from '../src/data/default/fr.json';
import nlJson from '../src/data/default/nl.json';
import deJson from '../src/data/default/de.json';
import enJson from '../src/data/default/en.json';
import localizeConfig from '../lit-localize.json';
import publicIds from '../src/data/public-ids.json';
import { fmt, utc } from '../src/components/guichet-finder/format.js';
import { dateTimeLocale } from '../src/shared/locale.js';

type Json = Record<string, unknown>;
type Target = Exclude<Locale, 'fr'>;
const fr = frJson as unknown as ThemeData & { formatVersion: 1 };
const overlays: Record<Target, Json> = { nl: nlJson, de: deJson, en: enJson };
const TARGETS: Target[] = ['nl', 'de', 'en'];

/**
 * Ids are public API: sites link to them (`<nc-recommendation-card recommendation="acces-physique">`) and
 * their own data points at the themes. Renaming one is a breaking change: this list fails first.
 */
/** The published ids (src/data/public-ids.json): the one list the data, the README and the stories are checked against. */
const PUBLIC_IDS = {
  themes: publicIds.themes,
  recommendations: publicIds.recommendations,
  partners: publicIds.partners,
  questions: publicIds.questions,
};

/** Every string in a JSON value, with its path. */
function strings(value: unknown, at = ''): [string, string][] {
  if (typeof value === 'string') return [[at, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${at}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, at ? `${at}.${k}` : k));
  return [];
}

/** Every localized text ({ fr, … }) in a value, with its path. */
function localizedTexts(value: unknown, at = ''): [string, LocalizedText][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => localizedTexts(v, `${at}[${(v as { id?: string })?.id ?? i}]`));
  if (value && typeof value === 'object') {
    if (typeof (value as { fr?: unknown }).fr === 'string') return [[at, value as LocalizedText]];
    return Object.entries(value).flatMap(([k, v]) => localizedTexts(v, at ? `${at}.${k}` : k));
  }
  return [];
}

/**
 * French typography (docs/writing-guide.md): a narrow no-break space U+202F before ? ! ;, a no-break space
 * U+00A0 before : and inside « ». One problem per offending character, naming the character and its
 * surroundings. A colon followed by // (a URL) is not punctuation.
 */
const NNBSP = '\u202f';
const NBSP = '\u00a0';
function frenchTypographyIssues(s: string): string[] {
  const issues: string[] = [];
  const show = (c: string) => (c === undefined ? 'nothing' : c === ' ' ? 'a plain space' : c === NBSP ? 'U+00A0' : c === NNBSP ? 'U+202F' : `“${c}”`);
  const around = (i: number) => `…${s.slice(Math.max(0, i - 12), i + 3)}…`;
  for (const m of s.matchAll(/[?!;:«»]/g)) {
    const i = m.index!;
    const c = m[0];
    const before = s[i - 1];
    const after = s[i + 1];
    if (c === ':' && s.startsWith('//', i + 1)) continue;
    if ('?!'.includes(c) && before !== undefined && '?!'.includes(before)) continue; // « ?! », « !!! »
    const want = c === '«' ? NBSP : '?!;'.includes(c) ? NNBSP : NBSP;
    const got = c === '«' ? after : before;
    if (got !== want) {
      issues.push(`“${c}” needs ${want === NBSP ? 'U+00A0' : 'U+202F'} ${c === '«' ? 'after' : 'before'} it, has ${show(got)}: ${around(i)}`);
    } else if (c !== '«' && (s[i - 2] === ' ' || s[i - 2] === undefined)) {
      issues.push(`“${c}”: a space before the no-break space, or nothing before it: ${around(i)}`);
    }
  }
  return issues;
}

/** Verbatim quotes stay exactly as the article prints them: no typography applied. */
/**
 * Where a quote (`quote.text.fr`) sits in the article, and what is wrong with its boundaries
 * (docs/writing-guide.md, section 4). A quote is one or more verbatim fragments of one quotation of
 * the article, in order, joined by « (…) » where words are left out (the article's own « (…) » too);
 * it starts where the article's quotation marks open, or with « (…) » when it starts mid-sentence
 * (a small letter, or inside the quotation: « Paradoxalement, nous raconte Steve Evrard…, les Espaces… »
 * starts at « Paradoxalement, »); it ends where they close.
 */
function quoteIssues(article: string, quote: string): string[] {
  const CUT = '(…)';
  const marked = quote.startsWith(`${CUT} `);
  const parts = (marked ? quote.slice(CUT.length + 1) : quote).split(` ${CUT} `);
  let from = 0;
  let start = -1;
  for (const part of parts) {
    const at = article.indexOf(part, from);
    if (at < 0) return [`not verbatim in the article${from ? ' after the fragment before it' : ''}: “${part}”`];
    if (start < 0) start = at;
    from = at + part.length;
  }
  const issues: string[] = [];
  const opensHere = /(?:«\s|“)$/.test(article.slice(Math.max(0, start - 2), start));
  const lowercase = /^\p{Ll}/u.test(parts[0]);
  if (!marked && (!opensHere || lowercase)) {
    issues.push(`starts ${opensHere ? 'mid-sentence' : 'inside the article’s quotation'} without « (…) »: “${parts[0].slice(0, 40)}…”`);
  }
  if (marked && !lowercase && opensHere) issues.push(`« (…) » before the very start of the quotation: “${parts[0].slice(0, 40)}…”`);
  if (!/^\s?[»”]/.test(article.slice(from))) issues.push(`does not end where the article’s quotation closes: “…${parts.at(-1)!.slice(-40)}”`);
  if (/[»”]/.test(article.slice(start, from))) issues.push('joins fragments of two quotations');
  return issues;
}

const isVerbatimQuote = (at: string) => /\.quote\.text$/.test(at);

/**
 * Easy-read rules (docs/writing-guide.md) for easyRead.title and easyRead.summary, in every language:
 * sentences of at most EASY_READ_MAX_WORDS words; no word of EASY_READ_AVOID (jargon, metaphors, vague
 * pronouns), each given with what to write instead; and one word for one thing (EASY_READ_ONE_WORD: a
 * language's easy-read texts use at most one word of each group).
 */
const EASY_READ_MAX_WORDS = 15;
/** [pattern (a regular expression source, matched as whole words, case-insensitive), what to write instead]. */
const EASY_READ_AVOID: Record<Locale, [string, string][]> = {
  fr: [
    ['encod\\p{L}*|saisi\\p{L}*', 'écrire dans l’ordinateur'],
    ['terrain', 'le travail de tous les jours'],
    ['(?:le|du|au|un) numérique', 'les outils numériques'],
    ['digital\\p{L}*', 'numérique (adjectif)'],
    ['métaux rares|terres rares', 'des métaux sortis de la terre'],
    ['plateformes?', 'sites Internet'],
    ['dématérialis\\p{L}*', 'mettre sur Internet'],
    ['autonom\\p{L}*', 'faire seul'],
    ['boomerang', 'du travail en plus'],
    ['chimère', 'ce n’est pas vrai'],
    ['percol\\p{L}*', 'faire connaître'],
    ['au cœur|au centre', 'le plus important'],
    ['à la hauteur', 'bien faire son travail'],
    ['inéluctable', 'obligatoire'],
    ['y(?! a(?!\\p{L}))', 'nommer la chose ou le lieu (le pronom « y »)'],
    ['[snmtj]’en', 'nommer la chose (le pronom « en »)'],
  ],
  nl: [
    ['invoer\\p{L}*|ingevoerd', 'in de computer typen'],
    ['terrein', 'het dagelijkse werk'],
    ['digitalisering', 'digitale hulpmiddelen'],
    ['het digitale|digitaal werken', 'digitale hulpmiddelen'],
    ['zeldzame (?:aard)?metalen', 'metalen uit de grond'],
    ['platforms?', 'websites'],
    ['tools?', 'digitale hulpmiddelen'],
    ['boemerang\\p{L}*', 'extra werk'],
    ['hersenschim', 'het klopt niet'],
    ['doorsijpel\\p{L}*', 'bekendmaken'],
    ['centraal', 'het belangrijkste'],
    ['er(?:mee|over|aan|op|om|bij|voor)|daar(?:mee|over|aan|op|om|bij|voor)?', 'de zaak bij naam noemen (er-, daar-)'],
  ],
  de: [
    ['vor Ort', 'die tägliche Arbeit'],
    ['Praxis', 'die tägliche Arbeit'],
    ['(?:das|dem|des) Digitale\\p{L}*', 'digitale Werkzeuge'],
    ['Digitalisierung', 'digitale Werkzeuge'],
    ['seltene\\p{L}* (?:Metalle|Erden)', 'Metalle aus der Erde'],
    ['Plattform\\p{L}*', 'Internetseiten'],
    ['Tools?', 'Werkzeuge'],
    ['Bumerang\\p{L}*', 'mehr Arbeit'],
    ['Trugbild', 'das stimmt nicht'],
    ['durchsicker\\p{L}*', 'weitertragen'],
    ['Mittelpunkt|im Zentrum', 'das Wichtigste'],
    ['Publikum\\p{L}*', 'die Menschen'],
    ['da(?:ran|rüber|von|rauf|rauf|mit|für|bei|zu)|darauf', 'die Sache beim Namen nennen (da-)'],
  ],
  en: [
    ['encod\\p{L}*|data[ -]entry', 'type into the computer'],
    ['in the field|on the ground|front-line', 'everyday work'],
    ['digital(?! (?:tools?|devices?)(?!\\p{L}))', 'digital tools (an adjective, not a noun)'],
    ['digitali[sz]ation', 'digital tools'],
    ['rare (?:metals|earths)', 'metals dug out of the ground'],
    ['platforms?', 'websites'],
    ['boomerang', 'extra work'],
    ['illusion|chimera', 'it is not true'],
    ['filter (?:out|through)|percolat\\p{L}*', 'spread'],
    ['at the (?:centre|center|heart)', 'come first'],
    ['in (?:people’s|their) place', 'for people'],
    ['autonom\\p{L}*', 'on their own'],
  ],
};
/** Groups of words for one thing: a language's easy-read texts use one of each group, not two. */
const EASY_READ_ONE_WORD: Record<Locale, string[][]> = {
  fr: [['données', 'informations?'], ['en ligne', 'Internet']],
  nl: [['gegevens', 'informatie'], ['online', 'internet']],
  de: [['Daten', 'Informationen'], ['online', 'Internet']],
  en: [['data', 'information'], ['online', 'internet']],
};
const wholeWords = (pattern: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${pattern})(?![\\p{L}\\p{N}])`, 'iu');
const sentences = (text: string) => text.split(/(?<=[.!?])\s+/).filter((x) => x.trim() !== '');
const words = (sentence: string) => sentence.match(/[\p{L}\p{N}][\p{L}\p{N}’'·-]*/gu) ?? [];

/** The problems of one easy-read text, each naming the offending word or sentence. */
function easyReadIssues(locale: Locale, text: string): string[] {
  const issues: string[] = [];
  for (const sentence of sentences(text)) {
    const n = words(sentence).length;
    if (n > EASY_READ_MAX_WORDS) issues.push(`${n} words (at most ${EASY_READ_MAX_WORDS}): “${sentence}”`);
  }
  for (const [pattern, instead] of EASY_READ_AVOID[locale]) {
    const m = wholeWords(pattern).exec(text);
    if (m) issues.push(`“${m[0]}” (write: ${instead}) in “${text.slice(Math.max(0, m.index - 20), m.index + m[0].length + 20)}”`);
  }
  return issues;
}

/** For each group of EASY_READ_ONE_WORD, the words of it that the texts use, with where: more than one is a problem. */
function oneWordIssues(locale: Locale, texts: [at: string, text: string][]): string[] {
  return EASY_READ_ONE_WORD[locale].flatMap((group) => {
    const used = group
      .map((word) => [word, texts.filter(([, t]) => wholeWords(word).test(t)).map(([at]) => at)] as const)
      .filter(([, where]) => where.length > 0);
    return used.length > 1 ? [`${locale}: one word for one thing, but ${used.map(([w, where]) => `“${w}” in ${where.join(', ')}`).join(' and ')}`] : [];
  });
}

/** Every easy-read text of a language: [“<id>.easyRead.<field>”, text]. */
function easyReadTexts(locale: Locale): [string, string][] {
  return fr.recommendations.flatMap((r) =>
    (['title', 'summary'] as const).map((field): [string, string] => {
      const o = locale === 'fr' ? undefined : (overlays[locale].recommendations as Record<string, { easyRead?: Record<string, string> }>)[r.id];
      return [`${r.id}.easyRead.${field}`, locale === 'fr' ? r.easyRead[field].fr : (o?.easyRead?.[field] ?? '')];
    }),
  );
}

/** Every self-check question's easy-read text in a language: [“<id>.easyRead”, text]. */
function questionEasyReadTexts(locale: Locale): [string, string][] {
  return fr.questions.map((q): [string, string] => {
    const o = locale === 'fr' ? undefined : (overlays[locale].questions as Record<string, { easyRead?: string }> | undefined)?.[q.id];
    return [`${q.id}.easyRead`, locale === 'fr' ? q.easyRead.fr : (o?.easyRead ?? '')];
  });
}

describe('built-in data: fr.json', () => {
  it('validates with 0 issues', () => {
    const { data, issues } = validateDataFile(fr, 'built-in fr');
    expect(issues).to.deep.equal([]);
    expect(data).to.deep.equal(fr);
  });

  it('every recommendation points at a built-in theme', () => {
    expect(checkReferences(fr, 'built-in fr').issues).to.deep.equal([]);
  });

  it('is French only: the translations live in the overlays', () => {
    // Except the communes' names: French and Dutch proper names, both searched in every language.
    const others = localizedTexts(fr).filter(([at, t]) => !at.startsWith('communes[') && Object.keys(t).some((k) => k !== 'fr'));
    expect(others.map(([at]) => at)).to.deep.equal([]);
  });

  it('the README lists exactly the public ids, each recommendation with its kind and theme', async () => {
    const readme = await (await fetch('/README.md')).text();
    const section = readme.slice(readme.indexOf('## Public ids'), readme.indexOf('\n## ', readme.indexOf('## Public ids') + 5));
    const rows = [...section.matchAll(/^\| (recommandation|constat) \| `([a-z0-9-]+)` \| `([a-z0-9-]+)` \|$/gm)].map(([, kind, id, theme]) => [kind, id, theme]);
    expect(rows).to.deep.equal(fr.recommendations.map((r) => [r.kind, r.id, r.theme]));
    expect(rows.map((r) => r[1])).to.deep.equal([...PUBLIC_IDS.recommendations]);
    // « Themes: `a`, `b`. » then « Partners of the day: `c`, … »: each list ends at its full stop.
    const listed = (label: string) => [...(section.split(label)[1] ?? '').split(/\.\s/)[0].matchAll(/`([a-z0-9-]+)`/g)].map((m) => m[1]);
    expect(listed('Themes:')).to.deep.equal([...PUBLIC_IDS.themes]);
    expect(listed('Partners of the day:')).to.deep.equal([...PUBLIC_IDS.partners]);
  });

  for (const [collection, ids] of Object.entries(PUBLIC_IDS)) {
    it(`keeps the public ${collection} ids`, () => {
      const present = (fr[collection as keyof typeof PUBLIC_IDS] as { id: string }[]).map((e) => e.id);
      const missing = ids.filter((id) => !present.includes(id));
      expect(missing, `renamed or removed ${collection} ids (public API)`).to.deep.equal([]);
    });
  }

  it('exactly the four recommendations of the day are of kind "recommandation"; the rest are findings', () => {
    const byKind = (kind: string) => fr.recommendations.filter((r) => r.kind === kind).map((r) => r.id);
    expect(byKind('recommandation')).to.deep.equal(['acces-physique', 'formation', 'sante-mentale', 'reflexion-institutionnelle']);
    expect(byKind('constat')).to.deep.equal(['autonomie', 'outils-adaptes', 'donnees', 'temps', 'cout-cache']);
  });

  it('has exactly the 7 partners of the day, and only ville-de-wavre has a URL (https://www.wavre.be)', () => {
    expect(fr.partners.map((p) => p.id)).to.deep.equal([...PUBLIC_IDS.partners]);
    expect(fr.partners.filter((p) => p.url !== undefined).map((p) => [p.id, p.url])).to.deep.equal([['ville-de-wavre', 'https://www.wavre.be']]);
  });

  it('the source has no URL (the article gives none) and no year', () => {
    expect(fr.source?.url).to.equal(undefined);
    expect(fr.source?.date).to.deep.equal({ fr: 'février' });
  });

  it('French typography: U+202F before ? ! ;, U+00A0 before : and inside « » (verbatim quotes exempt)', () => {
    const texts = localizedTexts(fr).filter(([at]) => !isVerbatimQuote(at));
    expect(texts.length).to.be.above(100);
    const issues = texts.flatMap(([at, t]) => frenchTypographyIssues(t.fr).map((issue) => `${at}.fr: ${issue}`));
    expect(issues).to.deep.equal([]);
  });

  it('the typography check catches a plain space, a missing space and the wrong no-break space', () => {
    expect(frenchTypographyIssues(`Vraiment${NNBSP}? Oui${NNBSP}! a${NNBSP}; b${NBSP}: «${NBSP}c${NBSP}» https://x.be`)).to.deep.equal([]);
    expect(frenchTypographyIssues('Vraiment ?')).to.have.length(1);
    expect(frenchTypographyIssues('Vraiment?')).to.have.length(1);
    expect(frenchTypographyIssues(`Vraiment${NBSP}?`)).to.have.length(1);
    expect(frenchTypographyIssues('ceci : cela')).to.have.length(1);
    expect(frenchTypographyIssues(`ceci${NNBSP}: cela`)).to.have.length(1);
    expect(frenchTypographyIssues('le « tout au numérique »')).to.have.length(2);
    expect(frenchTypographyIssues(`le «${NBSP}tout»`)).to.have.length(1);
    expect(frenchTypographyIssues('Vraiment ?')[0]).to.contain('a plain space');
  });

  it('every quote is a verbatim substring of the article', async () => {
    const response = await fetch('/test/fixtures/article.txt');
    expect(response.ok, 'test/fixtures/article.txt').to.equal(true);
    const article = await response.text();
    expect(article.length).to.be.above(5000);
    const quoted = fr.recommendations.filter((r) => r.quote);
    expect(quoted.map((r) => r.id)).to.deep.equal(['acces-physique', 'formation', 'autonomie', 'outils-adaptes', 'donnees', 'cout-cache']);
    const wrong = quoted.flatMap((r) => quoteIssues(article, r.quote!.text.fr).map((issue) => `${r.id}: ${issue}`));
    expect(wrong).to.deep.equal([]);
  });

  it('the quote check catches a mid-sentence start without « (…) », a fragment out of the article, a cut end and two quotations joined', async () => {
    const article = await (await fetch('/test/fixtures/article.txt')).text();
    const evrard = 'les Espaces Publics Numériques ont des difficultés à rencontrer les personnes pour les former et les informer.';
    expect(quoteIssues(article, evrard)[0]).to.contain('without « (…) »');
    expect(quoteIssues(article, `Paradoxalement, (…) ${evrard}`)).to.have.length(1); // ends before « (…) Mais quand… »
    expect(quoteIssues(article, 'C’est un peu la base')).to.deep.equal([]);
    expect(quoteIssues(article, 'C’est vraiment la base')[0]).to.contain('not verbatim');
    expect(quoteIssues(article, 'C’est un peu')[0]).to.contain('does not end');
    expect(quoteIssues(article, 'et malgré les recommandations formulées, on est en droit de se demander si elles seront entendues. On a plutôt l’impression qu’on ne tire pas toutes les leçons des crises et qu’on continue à tendre vers davantage de numérisation')[0]).to.contain('mid-sentence');
    expect(quoteIssues(article, 'C’est un peu la base (…) Les outils ne sont pas toujours intuitifs.')).to.include('joins fragments of two quotations');
  });
});

describe('built-in data: easy-read texts (docs/writing-guide.md)', () => {
  for (const locale of ['fr', 'nl', 'de', 'en'] as const) {
    it(`${locale}: short sentences, no jargon, metaphor or vague pronoun of the list`, () => {
      const texts = easyReadTexts(locale);
      expect(texts).to.have.length(fr.recommendations.length * 2);
      expect(texts.filter(([, t]) => t.trim() === '').map(([at]) => at), 'missing easy-read texts').to.deep.equal([]);
      const issues = texts.flatMap(([at, t]) => easyReadIssues(locale, t).map((issue) => `${locale} ${at}: ${issue}`));
      expect(issues).to.deep.equal([]);
    });

    it(`${locale}: self-check questions' easy-read wording: short sentences, no jargon, metaphor or vague pronoun of the list`, () => {
      const texts = questionEasyReadTexts(locale);
      expect(texts).to.have.length(fr.questions.length);
      expect(texts.length).to.be.above(0);
      expect(texts.filter(([, t]) => t.trim() === '').map(([at]) => at), 'missing easy-read texts').to.deep.equal([]);
      const issues = texts.flatMap(([at, t]) => easyReadIssues(locale, t).map((issue) => `${locale} ${at}: ${issue}`));
      expect(issues).to.deep.equal([]);
    });

    it(`${locale}: one word for one thing across all easy-read texts (recommendations and questions)`, () => {
      expect(oneWordIssues(locale, [...easyReadTexts(locale), ...questionEasyReadTexts(locale)])).to.deep.equal([]);
    });
  }

  it('the easy-read checks catch a long sentence, a listed word and two words for one thing', () => {
    const long = 'Les travailleurs doivent écrire les informations dans l’ordinateur tous les jours et aussi le soir quand ils rentrent chez eux.';
    expect(easyReadIssues('fr', long)).to.have.length(1);
    expect(easyReadIssues('fr', long)[0]).to.contain('words (at most');
    expect(easyReadIssues('fr', 'Il faut encoder les données.')[0]).to.contain('“encoder”');
    expect(easyReadIssues('fr', 'Le numérique coûte cher.')[0]).to.contain('“Le numérique”');
    expect(easyReadIssues('fr', 'Les politiques doivent y réfléchir.')[0]).to.contain('“y”');
    expect(easyReadIssues('fr', 'Parfois, il n’y a pas assez d’ordinateurs. Il y a trop de sites.')).to.deep.equal([]);
    expect(easyReadIssues('en', 'This should filter out to society.')[0]).to.contain('“filter out”');
    expect(easyReadIssues('en', 'Digital tools are not easy.')).to.deep.equal([]);
    expect(easyReadIssues('en', 'Who pays for digital?')).to.have.length(1);
    expect(easyReadIssues('de', 'Das Publikum kommt nicht zurecht.')[0]).to.contain('“Publikum”');
    expect(easyReadIssues('nl', 'Ze zijn niet gemaakt voor het werk op het terrein.')[0]).to.contain('“terrein”');
    const mixed = oneWordIssues('fr', [
      ['a.easyRead.summary', 'Les services gardent des informations.'],
      ['b.easyRead.summary', 'À quoi servent les données ?'],
    ]);
    expect(mixed).to.have.length(1);
    expect(mixed[0]).to.contain('“données” in b.easyRead.summary').and.to.contain('in a.easyRead.summary');
  });
});

/** Question marks in a text: an easy-read question asks one thing (issue 16, 24). */
const questionMarks = (text: string) => (text.match(/[?？]/g) ?? []).length;

describe('built-in data: one question, one answer in easy-read', () => {
  it('the check counts two questions in one wording', () => {
    expect(questionMarks('Votre service affiche-t-il les heures\u202f? Ces heures sont-elles aussi sur Internet\u202f?')).to.equal(2);
    expect(questionMarks('Parfois, un outil marche mal. Votre service note-t-il ce problème\u202f?')).to.equal(1);
  });
  for (const locale of ['fr', 'nl', 'de', 'en'] as const) {
    it(`${locale}: every question's easy-read wording has one question mark (the sentences before it say, they do not ask)`, () => {
      const two = questionEasyReadTexts(locale).filter(([, t]) => questionMarks(t) !== 1).map(([at, t]) => `${at}: ${t}`);
      expect(two).to.deep.equal([]);
    });
  }
});

describe('built-in data: faithful to the article (issue 16)', () => {
  const LOCALES4 = ['fr', 'nl', 'de', 'en'] as const;
  const merged = Object.fromEntries(TARGETS.map((l) => [l, mergeLocale(fr, overlays[l], l)])) as unknown as Record<Target, ThemeData>;
  const data = (locale: Locale) => (locale === 'fr' ? fr : merged[locale]);
  const rec = (locale: Locale, id: string) => data(locale).recommendations.find((r) => r.id === id)!;
  const question = (locale: Locale, id: string) => data(locale).questions!.find((q) => q.id === id)!;
  const AND: Record<Locale, string> = { fr: 'et', nl: 'en', de: 'und', en: 'and' };

  it('cout-cache: the hidden cost is the view of three people the article names, not a fact (summary and easy-read, every language)', () => {
    const SAYS: Record<Locale, string> = { fr: 'Selon', nl: 'Volgens', de: 'Laut', en: 'According to' };
    const THREE: Record<Locale, string> = { fr: 'Trois personnes', nl: 'Drie mensen', de: 'Drei Menschen', en: 'Three people' };
    for (const l of LOCALES4) {
      const r = rec(l, 'cout-cache');
      expect(r.summary[l], `${l} summary`).to.match(new RegExp(`^${SAYS[l]} Céline Houtain, Béatrice Touaux ${AND[l]} Steve Evrard,? `));
      expect(r.reported[l], `${l} reported`).to.contain(`Céline Houtain, Béatrice Touaux ${AND[l]} Steve Evrard`);
      expect(r.easyRead.summary[l], `${l} easy-read`).to.match(new RegExp(`^${THREE[l]} `));
    }
  });

  it('donnees: « souvent » too many people; the participants’ question stays a question, with the subsidies and the checking of the work', () => {
    const WANT: Record<Locale, RegExp[]> = {
      fr: [/souvent/, /des données pour servir qui\u202f\?/, /justifier les subsides/, /contrôler le travail/],
      nl: [/vaak/, /ten dienste van wie\?/, /subsidies/, /controleren/],
      de: [/oft/, /Wem sollen die Daten dienen\?/, /Zuschüsse/, /kontrollieren/],
      en: [/often/, /data to serve whom\?/, /subsidies/, /check the work/],
    };
    const SOFT: Record<Locale, RegExp> = { fr: /suivre le travail/, nl: /opvolgen/, de: /verfolgen/, en: /monitor/ };
    for (const l of LOCALES4) {
      const r = rec(l, 'donnees');
      for (const want of WANT[l]) expect(r.summary[l], `${l} summary`).to.match(want);
      expect(r.summary[l]!.trim().endsWith('?'), `${l} summary ends with the question`).to.equal(true);
      expect(r.easyRead.summary[l], `${l} easy-read: often, not sometimes`).to.match(/Souvent|Vaak|Oft|Often/);
      for (const t of [r.actions[1].text[l]!, question(l, 'finalite-dite').text[l]!]) expect(t, `${l}: « contrôler »`).not.to.match(SOFT[l]);
    }
  });

  it('autonomie: « nombre de » professionals, not all of them; the quote starts at « Paradoxalement, » in every language', () => {
    const MANY: Record<Locale, RegExp> = { fr: /nombre de professionnels/, nl: /veel hulpverleners/, de: /viele Fachkräfte/, en: /many professionals/ };
    const PARADOX: Record<Locale, RegExp> = { fr: /^Paradoxalement, \(…\) /, nl: /^Paradoxaal genoeg \(…\) /, de: /^Paradoxerweise \(…\) haben die /, en: /^Paradoxically, \(…\) / };
    for (const l of LOCALES4) {
      expect(rec(l, 'autonomie').summary[l], `${l} summary`).to.match(MANY[l]);
      expect(rec(l, 'autonomie').quote!.text[l], `${l} quote`).to.match(PARADOX[l]);
    }
  });

  it('sante-mentale: the summary opens on the testimonies that call for it', () => {
    const OPENS: Record<Locale, RegExp> = { fr: /^Des témoignages /, nl: /^Getuigenissen /, de: /^Berichte /, en: /^Testimonies / };
    for (const l of LOCALES4) expect(rec(l, 'sante-mentale').summary[l], l).to.match(OPENS[l]);
  });

  it('the source line: a report of the day organised by the CLPS-Bw and its partners (not the CLPS-Bw as its author)', () => {
    const REPORT: Record<Locale, RegExp> = {
      fr: /^compte rendu de la journée organisée par le Centre local de promotion de la santé du Brabant wallon \(CLPS-Bw\) et ses partenaires$/,
      nl: /^verslag van de studiedag georganiseerd door het Centre local de promotion de la santé du Brabant wallon \(CLPS-Bw\) en zijn partners$/,
      de: /^Bericht über den Studientag, veranstaltet vom Centre local de promotion de la santé du Brabant wallon \(CLPS-Bw\) und seinen Partnern$/,
      en: /^report on the event organised by the Centre local de promotion de la santé du Brabant wallon \(CLPS-Bw\) and its partners$/,
    };
    for (const l of LOCALES4) expect(data(l).source!.organiser[l], l).to.match(REPORT[l]);
    // The French title, shown inside the other languages' cards, keeps its narrow no-break space before « ? ».
    expect(fr.source!.title.fr).to.equal('Comment le numérique questionne nos pratiques\u202f?');
  });

  it('the worker self-check scores the support a worker has, never their own stress, fear, honesty or awareness', () => {
    // Reworded towards support (issue 16, 9): « Oui » is the good answer.
    for (const id of ['stress-outils', 'peur-declassement', 'faire-a-la-place', 'inegalites', 'temps-perdu']) {
      const q = question('fr', id);
      expect(q.scores, id).to.deep.equal({ oui: 1, 'en-partie': 0.5, non: 0 });
      // Scored on purpose (docs/writing-guide.md, section 6): they ask about the institution's support, not the worker's feelings.
      expect(q.scored, `${id} asks about support: scored`).to.not.equal(false);
      for (const l of LOCALES4) expect(question(l, id).text[l], `${l} ${id}`).to.match(/pouvez-vous|vous dit-elle|kunt u|zegt uw instelling|können Sie|sagt Ihre Einrichtung|can you|does your institution/i);
    }
    // A worker question about their own feelings is a topic to raise, never scored (section 6).
    const feeling = /\b(?:vous stressent-ils|avez-vous peur|vous sentez-vous|êtes-vous (?:stressée?s?|fatiguée?s?|à l’aise))\b/i;
    const scoredFeelings = fr.questions!.filter((q) => q.audiences.includes('travailleur') && feeling.test(q.text.fr) && q.scored !== false).map((q) => q.id);
    expect(scoredFeelings, 'worker questions about their own feelings that are scored').to.deep.equal([]);
    // The only reversed questions (« Oui » is weak) describe working conditions, not the worker.
    const reversed = fr.questions!.filter((q) => q.scores.oui < q.scores.non).map((q) => q.id);
    expect(reversed).to.deep.equal(['aide-memes-personnes', 'mesure-permanente']);
  });

  it('README intro: the time saved is an open question, the hidden costs are three people’s view, the chosen-digital policy « probably » underlies the others', async () => {
    const readme = await (await fetch('/README.md')).text();
    const intro = readme.slice(0, readme.indexOf('\n## ')).replace(/\s+/g, ' ');
    expect(intro).to.match(/hard to know whether/);
    expect(intro).to.match(/according to Céline Houtain, Béatrice Touaux and Steve Evrard/);
    expect(intro).to.match(/probably the recommendation that underlies all the others/);
    expect(intro, 'English: « service points », « walk-in »').not.to.match(/counters? open without appointment/);
  });
});

describe('built-in data: self-check questions', () => {
  const AUDIENCES = ['travailleur', 'institution'] as const;

  it('at least three questions per theme per audience (a question for both counts for both)', () => {
    const counts = Object.fromEntries(
      fr.themes.flatMap((t) => AUDIENCES.map((a) => [`${t.id} ${a}`, fr.questions.filter((q) => q.theme === t.id && q.audiences.includes(a)).length])),
    );
    const few = Object.entries(counts).filter(([, n]) => n < 3);
    expect(few, JSON.stringify(counts)).to.deep.equal([]);
    expect(Object.keys(counts)).to.have.length(12);
  });

  it('each question comes from a recommendation or finding of its own theme', () => {
    const wrong = fr.questions
      .filter((q) => fr.recommendations.find((r) => r.id === q.basis)?.theme !== q.theme)
      .map((q) => `${q.id}: basis ${q.basis}, theme ${q.theme}`);
    expect(wrong).to.deep.equal([]);
  });

  it('each question tells a good answer from a weak one: one answer scores 1, another 0', () => {
    const flat = fr.questions.filter((q) => {
      const values = Object.values(q.scores);
      return !values.includes(1) || !values.includes(0);
    });
    expect(flat.map((q) => q.id)).to.deep.equal([]);
  });

  it('every wording ends with its question mark, in every language (the answers are Oui, En partie, Non)', () => {
    const notQuestions: string[] = [];
    for (const q of fr.questions) {
      for (const locale of ['fr', 'nl', 'de', 'en'] as const) {
        const o = locale === 'fr' ? undefined : (overlays[locale].questions as Record<string, Record<string, string>>)[q.id];
        for (const field of ['text', 'easyRead'] as const) {
          const t = locale === 'fr' ? q[field].fr : o?.[field];
          if (!t?.trim().endsWith('?')) notQuestions.push(`${locale} ${q.id}.${field}: ${t}`);
        }
      }
    }
    expect(notQuestions).to.deep.equal([]);
  });

  it('the French questions pack weighs at most 7 KB gzip (the self-check downloads it)', async () => {
    const response = await fetch('/src/generated/data/questions.fr.json');
    expect(response.ok).to.equal(true);
    const gzipped = await new Response(response.body!.pipeThrough(new CompressionStream('gzip'))).arrayBuffer();
    expect(gzipped.byteLength).to.be.below(7 * 1024);
    expect(gzipped.byteLength).to.be.above(1000);
  });
});

describe('built-in data: the overlays nl.json, de.json, en.json', () => {
  const frThemeIds = fr.themes.map((t) => t.id);
  const frRecIds = fr.recommendations.map((r) => r.id);

  for (const locale of TARGETS) {
    describe(`${locale}.json`, () => {
      const o = overlays[locale];
      const themes = o.themes as Record<string, Json>;
      const recs = o.recommendations as Record<string, Json & { actions?: unknown[] }>;

      it('names its locale', () => expect(o.locale).to.equal(locale));

      it('has exactly the theme and recommendation ids of fr.json, in the same order', () => {
        expect(Object.keys(themes)).to.deep.equal(frThemeIds);
        expect(Object.keys(recs)).to.deep.equal(frRecIds);
      });

      it('has as many actions as fr.json for every recommendation', () => {
        const counts = (ids: string[], count: (id: string) => number | undefined) => Object.fromEntries(ids.map((id) => [id, count(id)]));
        expect(counts(frRecIds, (id) => recs[id].actions?.length)).to.deep.equal(
          counts(frRecIds, (id) => fr.recommendations.find((r) => r.id === id)!.actions.length),
        );
      });

      it('translates every self-check question, text and easy-read, in the order of fr.json', () => {
        const questions = o.questions as Record<string, Record<string, string>>;
        expect(Object.keys(questions)).to.deep.equal(fr.questions.map((q) => q.id));
        const incomplete = Object.entries(questions).filter(([, q]) => Object.keys(q).join() !== 'text,easyRead').map(([id]) => id);
        expect(incomplete).to.deep.equal([]);
        const merged = mergeLocale(fr, o, locale);
        const untranslated = merged.questions.filter((q) => !q.text[locale]?.trim() || !q.easyRead[locale]?.trim()).map((q) => q.id);
        expect(untranslated).to.deep.equal([]);
        expect(validateDataFile(merged, `built-in ${locale}`).issues).to.deep.equal([]);
      });

      it('a quote where fr.json has one, and only there', () => {
        expect(frRecIds.filter((id) => recs[id].quote)).to.deep.equal(fr.recommendations.filter((r) => r.quote).map((r) => r.id));
      });

      it('has no empty or blank string', () => {
        expect(strings(o).filter(([, s]) => s.trim() === '').map(([at]) => at)).to.deep.equal([]);
      });

      it('leaves proper names out: partner names and source title; translates each partner role and the source line', () => {
        const partners = o.partners as Record<string, Json>;
        expect(Object.keys(partners)).to.deep.equal(fr.partners.map((p) => p.id));
        expect(Object.values(partners).map((p) => Object.keys(p).join())).to.deep.equal(fr.partners.map(() => 'role'));
        // The source line says what the source is: a report of the day organised by the CLPS-Bw and
        // its partners (issue 16, 7); the organiser's name stays French inside the translation.
        expect(Object.keys(o.source as Json)).to.deep.equal(['organiser', 'date']);
        expect((o.source as Json).organiser).to.contain('Centre local de promotion de la santé du Brabant wallon (CLPS-Bw)');
      });

      it(`after mergeLocale, every theme and recommendation text (and the date) has a ${locale} translation`, () => {
        const merged = mergeLocale(fr, o, locale);
        const texts = localizedTexts({ themes: merged.themes, recommendations: merged.recommendations, date: merged.source?.date, organiser: merged.source?.organiser });
        const frTexts = localizedTexts({ themes: fr.themes, recommendations: fr.recommendations, date: fr.source?.date, organiser: fr.source?.organiser });
        expect(texts.map(([at]) => at)).to.deep.equal(frTexts.map(([at]) => at));
        expect(texts.length).to.be.above(100);
        const untranslated = texts.filter(([, t]) => typeof t[locale] !== 'string' || t[locale]!.trim() === '').map(([at]) => at);
        expect(untranslated).to.deep.equal([]);
        // The proper names stay French only.
        expect(merged.partners.every((p) => Object.keys(p.name).join() === 'fr')).to.equal(true);
        expect(merged.source?.title).to.deep.equal(fr.source?.title);
        // Merging adds text only: the French and everything else are unchanged.
        expect(validateDataFile(merged, `built-in ${locale}`).issues).to.deep.equal([]);
        const frOnly = JSON.parse(JSON.stringify({ ...merged, communes: [] }), (k, v) => (k === locale ? undefined : v));
        expect(frOnly).to.deep.equal({ ...fr, communes: [] });
        expect(merged.communes, 'the communes have no overlay: their names are French and Dutch in fr.json').to.deep.equal(fr.communes);
      });
    });
  }
});

describe('UI translations: locales/*.xlf', () => {
  const { sourceLocale, targetLocales } = localizeConfig as { sourceLocale: string; targetLocales: string[] };

  it('covers nl, de and en', () => {
    expect(sourceLocale).to.equal('fr');
    expect([...targetLocales].sort()).to.deep.equal(['de', 'en', 'nl']);
  });

  const parsed = new Map<string, Promise<Document>>();
  const xliff = (locale: string) => {
    if (!parsed.has(locale)) {
      parsed.set(
        locale,
        fetch(`/locales/${locale}.xlf`).then(async (r) => {
          if (!r.ok) throw new Error(`/locales/${locale}.xlf: HTTP ${r.status}`);
          const doc = new DOMParser().parseFromString(await r.text(), 'application/xml');
          const error = doc.querySelector('parsererror');
          if (error) throw new Error(`/locales/${locale}.xlf is not well-formed XML: ${error.textContent}`);
          return doc;
        }),
      );
    }
    return parsed.get(locale)!;
  };
  const units = (doc: Document) => [...doc.getElementsByTagName('trans-unit')];
  const child = (unit: Element, name: string) => [...unit.children].find((c) => c.localName === name);
  const placeholders = (el: Element | undefined) =>
    [...(el?.getElementsByTagName('x') ?? [])].map((x) => x.getAttribute('id')).sort();

  for (const locale of ['nl', 'de', 'en']) {
    describe(`${locale}.xlf`, () => {
      it(`is for ${locale}, from fr`, async () => {
        const file = (await xliff(locale)).getElementsByTagName('file')[0];
        expect(file.getAttribute('source-language')).to.equal('fr');
        expect(file.getAttribute('target-language')).to.equal(locale);
      });

      it('has a non-empty <target> for every <trans-unit>', async () => {
        const all = units(await xliff(locale));
        expect(all.length).to.be.above(0);
        const missing = all.filter((u) => !child(u, 'target')?.textContent?.trim() && !child(u, 'target')?.children.length).map((u) => u.id);
        expect(missing, 'trans-units without a translation').to.deep.equal([]);
      });

      it('keeps every placeholder of the source in the target', async () => {
        const wrong = units(await xliff(locale))
          .filter((u) => placeholders(child(u, 'source')).join() !== placeholders(child(u, 'target')).join())
          .map((u) => u.id);
        expect(wrong).to.deep.equal([]);
      });
    });
  }

  it('nl quotation marks “…” (not „…”), nl and de a spaced en dash (not an em dash), in the data and the UI', async () => {
    const bad: string[] = [];
    for (const locale of ['nl', 'de'] as const) {
      const targets = units(await xliff(locale))
        .map((u): [string, string] => [`${locale}.xlf ${u.id}`, child(u, 'target')?.textContent ?? '']);
      for (const [at, t] of [...targets, ...strings(overlays[locale]).map(([p, v]): [string, string] => [`${locale}.json ${p}`, v])]) {
        if (t.includes('—')) bad.push(`${at}: em dash in “${t}”`);
        if (locale === 'nl' && t.includes('„')) bad.push(`${at}: „ in “${t}”`);
      }
    }
    expect(bad).to.deep.equal([]);
  });

  it('every locale has the same trans-unit ids', async () => {
    const ids = await Promise.all(['nl', 'de', 'en'].map(async (l) => units(await xliff(l)).map((u) => u.id).sort()));
    expect(ids[1]).to.deep.equal(ids[0]);
    expect(ids[2]).to.deep.equal(ids[0]);
  });
});

describe('dates and times: Belgian conventions in every language (issue 16, 30)', () => {
  const nine = new Date('2024-12-24T08:00:00Z'); // 9:00 in Brussels
  const WANT: Record<Locale, { time: string; date: string; long: string }> = {
    fr: { time: '9:00', date: '24 décembre 2024', long: '24 décembre 2024' },
    nl: { time: '9:00', date: '24 december 2024', long: '24 december 2024' },
    de: { time: '9:00', date: '24. Dezember 2024', long: '24. Dezember 2024' },
    en: { time: '9:00', date: '24 December 2024', long: '24 December 2024' },
  };
  for (const locale of ['fr', 'nl', 'de', 'en'] as const) {
    it(`${locale}: the finder's times and dates, and the self-check's export date`, () => {
      expect(fmt(locale, 'time').format(nine)).to.equal(WANT[locale].time);
      expect(fmt(locale, 'date').format(utc('2024-12-24'))).to.equal(WANT[locale].date);
      expect(new Intl.DateTimeFormat(dateTimeLocale(locale), { dateStyle: 'long' }).format(nine)).to.equal(WANT[locale].long);
    });
  }
  it('en is en-BE: no 12-hour clock, no month before the day', () => {
    expect(dateTimeLocale('en')).to.equal('en-BE');
    expect(fmt('en', 'time').format(new Date('2024-12-24T15:30:00Z'))).to.equal('16:30');
    expect(new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit' }).format(nine), 'plain en is en-US: what this guards against').to.match(/AM|PM/);
  });
});
