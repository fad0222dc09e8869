/**
 * One term per language for each thing of the glossary (docs/writing-guide.md, section 5), in the
 * built-in data and the UI strings (issue 16, items 12, 15, 16, 21, 34); and the finder's status lines
 * that carry those terms (item 19).
 */
import { expect, fixture, fixtureCleanup, fixtureSync, html, waitUntil } from '@open-wc/testing';
import '../src/define/guichet-finder.js';
import '../src/define/recommendation-card.js';
import '../src/define/self-check.js';
import type { NcGuichetFinder } from '../src/components/guichet-finder/guichet-finder.js';
import { mergeLocale } from '../src/data/load.js';
import type { Locale, LocalizedText, ThemeData } from '../src/data/model.js';
import frJson from '../src/data/default/fr.json';
import nlJson from '../src/data/default/nl.json';
import deJson from '../src/data/default/de.json';
import enJson from '../src/data/default/en.json';
import { STRINGS } from '../src/embed/strings.js';
import { UI_STRINGS } from '../src/embed/configurator-strings.js';
import { norm } from './helpers.js';

type Target = Exclude<Locale, 'fr'>;
const TARGETS: Target[] = ['nl', 'de', 'en'];
const fr = frJson as unknown as ThemeData;
const overlays: Record<Target, unknown> = { nl: nlJson, de: deJson, en: enJson };

interface Entry {
  thing: string;
  fr: RegExp;
  terms: Record<Target, RegExp[]>;
  never: Record<Target, RegExp[]>;
}

/** The glossary table of the writing guide: one entry per row, each cell's `code` spans as regular expressions. */
export function parseGlossary(markdown: string): Entry[] {
  const section = markdown.slice(markdown.indexOf('## 5. Glossary'));
  const rows = section
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| Thing') && !line.startsWith('|---'));
  const patterns = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => new RegExp(m[1].replaceAll('\\|', '|'), 'iu'));
  return rows.map((row) => {
    const cells = row.split(/(?<!\\)\|/).slice(1, -1).map((c) => c.trim());
    const [thing, frCell, nl, de, en, neverNl, neverDe, neverEn] = cells;
    return {
      thing,
      fr: patterns(frCell)[0],
      terms: { nl: patterns(nl), de: patterns(de), en: patterns(en) },
      never: { nl: patterns(neverNl), de: patterns(neverDe), en: patterns(neverEn) },
    };
  });
}

/** [where, French, translation] for one language. */
type Pair = [at: string, fr: string, target: string];

/** Every problem: a translation of a French text with the French term that lacks the language's term, or a text with a « never » term. */
export function glossaryIssues(entries: Entry[], locale: Target, pairs: Pair[]): string[] {
  const issues: string[] = [];
  for (const e of entries) {
    for (const [at, source, target] of pairs) {
      if (e.fr.test(source) && e.terms[locale].length && !e.terms[locale].some((t) => t.test(target))) {
        issues.push(`${locale} ${at}: « ${e.thing} » should be ${e.terms[locale].map((t) => t.source).join(' or ')}: “${target}”`);
      }
      for (const never of e.never[locale]) {
        const m = never.exec(target);
        if (m) issues.push(`${locale} ${at}: “${m[0]}” is not the term for « ${e.thing} »: “${target}”`);
      }
    }
  }
  return issues;
}

/** Every localized text of a merged data file but the easy-read ones (they have their own word list) and the communes' names. */
function dataPairs(locale: Target): Pair[] {
  const merged = mergeLocale(fr, overlays[locale] as never, locale) as unknown as Record<string, unknown>;
  const out: Pair[] = [];
  const walk = (value: unknown, at: string) => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${at}[${(v as { id?: string })?.id ?? i}]`));
    else if (value && typeof value === 'object') {
      const t = value as LocalizedText;
      if (typeof t.fr === 'string') {
        if (typeof t[locale] === 'string') out.push([at, t.fr, t[locale]!]);
        return;
      }
      for (const [k, v] of Object.entries(value)) if (k !== 'easyRead' && k !== 'communes') walk(v, at ? `${at}.${k}` : k);
    }
  };
  walk(merged, '');
  return out;
}

async function xliffPairs(locale: Target): Promise<Pair[]> {
  const doc = new DOMParser().parseFromString(await (await fetch(`/locales/${locale}.xlf`)).text(), 'application/xml');
  return [...doc.getElementsByTagName('trans-unit')]
    .map((u): Pair => {
      const part = (name: string) => [...u.children].find((c) => c.localName === name)?.textContent ?? '';
      return [`${locale}.xlf ${u.id}`, part('source'), part('target')];
    });
}

/** The embed layer's strings (pre-rendered content, embed page) and the configurator's: typed tables, not XLIFF. */
function tablePairs(locale: Target): Pair[] {
  const tables = { 'src/embed/strings.ts': STRINGS, 'src/embed/configurator-strings.ts': UI_STRINGS } as Record<string, Record<string, Record<Locale, string>>>;
  return Object.entries(tables).flatMap(([file, table]) => Object.entries(table).map(([id, t]): Pair => [`${file} ${id}`, t.fr, t[locale]]));
}

describe('glossary (docs/writing-guide.md, section 5)', () => {
  let entries: Entry[] = [];
  before(async () => {
    const r = await fetch('/docs/writing-guide.md');
    expect(r.ok, '/docs/writing-guide.md').to.equal(true);
    entries = parseGlossary(await r.text());
  });

  it('has its entries, each with a French pattern and a term per language', () => {
    expect(entries.map((e) => e.thing)).to.include.members(['guichet', 'sans rendez-vous', 'première ligne', 'maison médicale', 'la journée (the event)']);
    for (const e of entries) {
      expect(e.fr, e.thing).to.be.instanceOf(RegExp);
      for (const l of TARGETS) expect(e.terms[l].length, `${e.thing} ${l}`).to.be.above(0);
    }
  });

  it('the check finds a missing term and a term that is never used', () => {
    const guichet = entries.filter((e) => e.thing === 'guichet');
    expect(glossaryIssues(guichet, 'en', [['x', 'Trouver un guichet', 'Find a service point']])).to.deep.equal([]);
    const wrong = glossaryIssues(guichet, 'en', [['x', 'Trouver un guichet', 'Find a counter']]);
    expect(wrong).to.have.length(2);
    expect(wrong[0]).to.contain('should be service points?');
    expect(wrong[1]).to.contain('“counter” is not the term');
    const event = entries.filter((e) => e.thing === 'la journée (the event)');
    expect(glossaryIssues(event, 'nl', [['x', 'partenaire de la journée', 'partner van de dag']])).to.have.length(2);
    const walkIn = entries.filter((e) => e.thing === 'sans rendez-vous');
    expect(glossaryIssues(walkIn, 'en', [['x', 'Ouvert sans rendez-vous', 'Open without appointment']])).to.have.length(2);
  });

  for (const locale of TARGETS) {
    it(`${locale}: one term for each thing in the built-in data`, () => {
      const pairs = dataPairs(locale);
      expect(pairs.length).to.be.above(140);
      expect(glossaryIssues(entries, locale, pairs)).to.deep.equal([]);
    });

    it(`${locale}: one term for each thing in the UI strings`, async () => {
      const pairs = await xliffPairs(locale);
      expect(pairs.length).to.be.above(90);
      expect(glossaryIssues(entries, locale, pairs)).to.deep.equal([]);
    });

    it(`${locale}: one term for each thing in the embed page’s and the configurator’s strings`, () => {
      const pairs = tablePairs(locale);
      expect(pairs.length).to.be.above(130);
      expect(pairs.filter(([at]) => at.includes('configurator-strings')).length).to.be.at.least(100);
      expect(glossaryIssues(entries, locale, pairs)).to.deep.equal([]);
    });
  }
});

describe('finder status lines (issue 16, 19): opening days with their preposition, walk-in hours that start', () => {
  const weekdays = ['Mo', 'Tu', 'We', 'Th', 'Fr'];
  const DATA = {
    formatVersion: 1,
    guichets: [
      {
        id: 'walk-in-thursday',
        name: { fr: 'Guichet d’exemple — Wavre' },
        example: true,
        type: 'cpas',
        services: ['aide-sociale'],
        address: { postalCode: '1300', city: { fr: 'Wavre' } },
        geo: { lat: 50.717, lon: 4.601 },
        hours: { slots: [{ days: weekdays, opens: '08:30', closes: '16:00' }] },
        walkIn: { slots: [{ days: ['Th'], opens: '09:00', closes: '12:00' }] },
      },
      {
        id: 'hours-thursday',
        name: { fr: 'Guichet d’exemple 2 — Wavre' },
        example: true,
        type: 'cpas',
        services: ['aide-sociale'],
        address: { postalCode: '1300', city: { fr: 'Wavre' } },
        geo: { lat: 50.717, lon: 4.601 },
        hours: { slots: [{ days: ['Th'], opens: '09:00', closes: '12:00' }] },
      },
    ],
    communes: [{ id: 'wavre', name: { fr: 'Wavre' }, postalCodes: ['1300'], center: { lat: 50.717, lon: 4.601 } }],
  };
  afterEach(() => fixtureCleanup());

  /** The two status lines (without the word on unknown walk-in hours that may follow one), once they read `want` or after 5 s. */
  async function statuses(lang: Locale, now: string, want: string[]): Promise<string[]> {
    const wrap = fixtureSync<HTMLDivElement>(html`<div lang=${lang}></div>`);
    wrap.innerHTML = '<nc-guichet-finder></nc-guichet-finder>';
    const el = wrap.firstElementChild as NcGuichetFinder;
    el.now = new Date(now);
    el.data = DATA;
    const read = () =>
      [...(el.shadowRoot?.querySelectorAll('[part~=status]') ?? [])].map((line) =>
        norm([...line.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('')),
      );
    // The strings of a language load lazily: wait for them (a slow machine), then compare.
    await waitUntil(() => read().join('|') === want.join('|'), '', { timeout: 5000 }).catch(() => undefined);
    return read();
  }

  const TUESDAY_EVENING = '2026-12-08T19:00:00Z'; // 20:00 in Brussels
  const WEDNESDAY_EVENING = '2026-12-09T19:00:00Z';
  const WANT: Record<Locale, { day: [string, string]; tomorrow: [string, string] }> = {
    fr: { day: ['Ouvre sans rendez-vous jeudi à 9:00', 'Ouvre jeudi à 9:00'], tomorrow: ['Ouvre sans rendez-vous demain à 9:00', 'Ouvre demain à 9:00'] },
    nl: { day: ['Opent zonder afspraak donderdag om 9:00', 'Opent donderdag om 9:00'], tomorrow: ['Opent zonder afspraak morgen om 9:00', 'Opent morgen om 9:00'] },
    de: { day: ['Öffnet ohne Termin am Donnerstag um 9:00 Uhr', 'Öffnet am Donnerstag um 9:00 Uhr'], tomorrow: ['Öffnet ohne Termin morgen um 9:00 Uhr', 'Öffnet morgen um 9:00 Uhr'] },
    en: { day: ['Walk-in hours start on Thursday at 9:00', 'Opens on Thursday at 9:00'], tomorrow: ['Walk-in hours start tomorrow at 9:00', 'Opens tomorrow at 9:00'] },
  };
  for (const locale of ['fr', 'nl', 'de', 'en'] as const) {
    it(`${locale}: « ${WANT[locale].day[1]} », « ${WANT[locale].tomorrow[0]} »`, async () => {
      expect(await statuses(locale, TUESDAY_EVENING, WANT[locale].day)).to.deep.equal(WANT[locale].day);
      fixtureCleanup();
      expect(await statuses(locale, WEDNESDAY_EVENING, WANT[locale].tomorrow)).to.deep.equal(WANT[locale].tomorrow);
    });
  }
});

describe('the card’s source line (issue 16, 7 and 37)', () => {
  afterEach(() => fixtureCleanup());
  const REPORT: Record<Locale, string> = {
    fr: 'compte rendu de la journée organisée par le Centre local de promotion de la santé du Brabant wallon (CLPS-Bw) et ses partenaires',
    nl: 'verslag van de studiedag georganiseerd door het Centre local de promotion de la santé du Brabant wallon (CLPS-Bw) en zijn partners',
    de: 'Bericht über den Studientag, veranstaltet vom Centre local de promotion de la santé du Brabant wallon (CLPS-Bw) und seinen Partnern',
    en: 'report on the event organised by the Centre local de promotion de la santé du Brabant wallon (CLPS-Bw) and its partners',
  };
  for (const locale of ['fr', 'nl', 'de', 'en'] as const) {
    it(`${locale}: a report of the day organised by the CLPS-Bw and its partners; the French title marked lang="fr" (U+202F before « ? »)`, async () => {
      // The card's own `updateComplete` waits for its data and its language's strings.
      const el = await fixture<HTMLElement>(html`<nc-recommendation-card lang=${locale} recommendation="acces-physique"></nc-recommendation-card>`);
      await waitUntil(() => el.shadowRoot?.querySelector('[part~=source]'), 'the source line', { timeout: 5000 });
      const line = el.shadowRoot!.querySelector('[part~=source]')!;
      expect(norm(line.textContent)).to.contain(REPORT[locale]);
      const title = line.querySelector('q')!;
      expect(title.textContent).to.equal('Comment le numérique questionne nos pratiques\u202f?');
      // The title's own span (other languages) or the card itself (French) says it is French.
      expect((title.querySelector('[lang]') ?? title.closest('[lang]'))!.getAttribute('lang')).to.equal('fr');
    });
  }
});

describe('the self-check’s introduction quotes the day’s French title (issue 16, 37)', () => {
  afterEach(() => fixtureCleanup());
  const MARKS: Record<Locale, [string, string]> = { fr: ['«\u00a0', '\u00a0»'], nl: ['“', '”'], de: ['„', '“'], en: ['“', '”'] };
  for (const locale of ['fr', 'nl', 'de', 'en'] as const) {
    it(`${locale}: the title in the language's quotation marks, marked lang="fr", U+202F before « ? »`, async () => {
      const el = await fixture<HTMLElement>(html`<nc-self-check lang=${locale} audience="institution"></nc-self-check>`);
      await waitUntil(() => el.shadowRoot?.querySelector('[part~=intro] span[lang]'), 'the intro with the title', { timeout: 5000 });
      const title = el.shadowRoot!.querySelector('[part~=intro] span[lang]')!;
      expect(title.getAttribute('lang')).to.equal('fr');
      expect(title.textContent).to.equal('Comment le numérique questionne nos pratiques\u202f?');
      const sentence = title.parentElement!.textContent!;
      const [open, close] = MARKS[locale];
      expect(sentence, 'the translation keeps its own quotation marks around the title').to.contain(`${open}${title.textContent}${close}`);
      expect(sentence).to.not.contain('\ue000');
    });
  }
});
