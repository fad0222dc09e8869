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

type Json = Record<string, unknown>;
type Target = Exclude<Locale, 'fr'>;
const fr = frJson as unknown as ThemeData & { formatVersion: 1 };
const overlays: Record<Target, Json> = { nl: nlJson, de: deJson, en: enJson };
const TARGETS: Target[] = ['nl', 'de', 'en'];

/**
 * Ids are public API: sites link to them (`<nc-recommendation-card recommendation="acces-physique">`) and
 * their own data points at the themes. Renaming one is a breaking change: this list fails first.
 */
const PUBLIC_IDS = {
  themes: ['acces-et-lien-social', 'formation-et-outils', 'sante-des-travailleurs', 'donnees-et-controle', 'temps-et-couts', 'politique-numerique'],
  recommendations: [
    'acces-physique',
    'formation',
    'sante-mentale',
    'reflexion-institutionnelle',
    'autonomie',
    'outils-adaptes',
    'donnees',
    'temps',
    'cout-cache',
  ],
  partners: ['clps-bw', 'cribw', 'fmm', 'espace-sante-ottignies', 'relais-social-bw', 'cps-olln', 'ville-de-wavre'],
} as const;

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
const isVerbatimQuote = (at: string) => /\.quote\.text$/.test(at);

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
    const others = localizedTexts(fr).filter(([, t]) => Object.keys(t).some((k) => k !== 'fr'));
    expect(others.map(([at]) => at)).to.deep.equal([]);
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
    expect(fr.source.url).to.equal(undefined);
    expect(fr.source.date).to.deep.equal({ fr: 'février' });
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
    const notVerbatim = quoted.filter((r) => !article.includes(r.quote!.text.fr)).map((r) => `${r.id}: ${r.quote!.text.fr}`);
    expect(notVerbatim).to.deep.equal([]);
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

      it('a quote where fr.json has one, and only there', () => {
        expect(frRecIds.filter((id) => recs[id].quote)).to.deep.equal(fr.recommendations.filter((r) => r.quote).map((r) => r.id));
      });

      it('has no empty or blank string', () => {
        expect(strings(o).filter(([, s]) => s.trim() === '').map(([at]) => at)).to.deep.equal([]);
      });

      it('leaves proper names out: partner names, source title and organiser', () => {
        expect(o.partners).to.equal(undefined);
        expect(Object.keys(o.source as Json)).to.deep.equal(['date']);
      });

      it(`after mergeLocale, every theme and recommendation text (and the date) has a ${locale} translation`, () => {
        const merged = mergeLocale(fr, o, locale);
        const texts = localizedTexts({ themes: merged.themes, recommendations: merged.recommendations, date: merged.source.date });
        const frTexts = localizedTexts({ themes: fr.themes, recommendations: fr.recommendations, date: fr.source.date });
        expect(texts.map(([at]) => at)).to.deep.equal(frTexts.map(([at]) => at));
        expect(texts.length).to.be.above(100);
        const untranslated = texts.filter(([, t]) => typeof t[locale] !== 'string' || t[locale]!.trim() === '').map(([at]) => at);
        expect(untranslated).to.deep.equal([]);
        // The proper names stay French only.
        expect(merged.partners.every((p) => Object.keys(p.name).join() === 'fr')).to.equal(true);
        expect(merged.source.title).to.deep.equal(fr.source.title);
        expect(merged.source.organiser).to.deep.equal(fr.source.organiser);
        // Merging adds text only: the French and everything else are unchanged.
        expect(validateDataFile(merged, `built-in ${locale}`).issues).to.deep.equal([]);
        const frOnly = JSON.parse(JSON.stringify(merged), (k, v) => (k === locale ? undefined : v));
        expect(frOnly).to.deep.equal(fr);
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

  it('every locale has the same trans-unit ids', async () => {
    const ids = await Promise.all(['nl', 'de', 'en'].map(async (l) => units(await xliff(l)).map((u) => u.id).sort()));
    expect(ids[1]).to.deep.equal(ids[0]);
    expect(ids[2]).to.deep.equal(ids[0]);
  });
});
