/**
 * Pre-rendered content (src/embed/prerender.ts): what a visitor reads inside a widget's tag before
 * the script runs, or where it never runs. Each output goes through a Plone-like and a KSES-like
 * filter (test/embed-filters.ts): the content and its link must survive, the markup unchanged.
 */
import { expect } from '@open-wc/testing';
import type { Locale, ThemeData } from '../src/data/model.js';
import { builtInData, linkTarget, prerender, prerenderCard, prerenderFinder, prerenderPartners, prerenderSelfCheck, walkInLines, type WidgetName } from '../src/embed/prerender.js';
import { say } from '../src/embed/strings.js';
import { ksesFilter, ploneFilter } from './embed-filters.js';
import { expected, norm } from './helpers.js';

const LOCALES: Locale[] = ['fr', 'nl', 'de', 'en'];
const LINK = 'https://www.wavre.be/ma-commune/social/numerique';
const EMBED = 'https://partenaire.example/embed/?widget=guichet-finder&commune=Wavre';
/** Tuesday 8 December 2026, 10:00 in Brussels. */
const AT = new Date('2026-12-08T09:00:00Z');

const data = new Map<Locale, ThemeData>();
before(async () => {
  for (const l of LOCALES) data.set(l, await builtInData(l));
});

/** The HTML as the browser parses and writes it back (to compare with a filter's output). */
function canonical(html: string): string {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div.innerHTML;
}
function dom(html: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
}

const ALLOWED_TAGS = new Set(['p', 'ul', 'li', 'a', 'h2', 'h3', 'h4', 'strong', 'span', 'table', 'thead', 'tbody', 'tr', 'th', 'td']);

/** Every tag allowed, every attribute `href` or `lang`. */
function expectPlainMarkup(html: string): void {
  for (const el of dom(html).querySelectorAll('*')) {
    expect(ALLOWED_TAGS.has(el.localName), `<${el.localName}> in ${html.slice(0, 80)}`).to.equal(true);
    for (const a of el.attributes) expect(['href', 'lang'], `${a.name} on <${el.localName}>`).to.include(a.name);
  }
}

const cases: { widget: WidgetName; attrs: Record<string, string | boolean>; link: string }[] = [
  { widget: 'recommendation-card', attrs: { recommendation: 'acces-physique' }, link: LINK },
  { widget: 'recommendation-card', attrs: { recommendation: 'donnees', variant: 'compact', 'heading-level': '2' }, link: LINK },
  { widget: 'recommendation-card', attrs: { recommendation: 'formation', 'easy-read': true }, link: LINK },
  { widget: 'guichet-finder', attrs: { commune: 'Wavre', 'walk-in-only': true }, link: EMBED },
  { widget: 'guichet-finder', attrs: { 'postal-code': '1348' }, link: EMBED },
  { widget: 'partner-list', attrs: { sort: 'name' }, link: LINK },
  { widget: 'self-check', attrs: { audience: 'institution' }, link: EMBED },
];

describe('pre-rendered content through the CMS filters', () => {
  for (const locale of LOCALES) {
    for (const c of cases) {
      it(`${c.widget} ${JSON.stringify(c.attrs)} in ${locale}: unchanged by Plone and KSES, the link kept`, () => {
        const html = prerender(c.widget, c.attrs, data.get(locale)!, { locale, link: c.link });
        expect(html).to.not.equal('');
        expectPlainMarkup(html);
        expect(ploneFilter(html), 'Plone changed it').to.equal(canonical(html));
        expect(ksesFilter(html), 'KSES changed it').to.equal(canonical(html));
        // Inside the widget's tag, which both filters remove (keeping the children):
        for (const filter of [ploneFilter, ksesFilter]) {
          const kept = dom(filter(`<nc-${c.widget} lang="${locale}" data-x="1">${html}</nc-${c.widget}>`));
          expect(kept.querySelectorAll(`nc-${c.widget}`).length).to.equal(0);
          const a = [...kept.querySelectorAll('a')].find((x) => x.getAttribute('href') === c.link || x.getAttribute('href') === c.link.replace(/:(?!\/\/)/g, '%3A'));
          expect(!!a, `the « read more » link in ${filter.name}`).to.equal(true);
          expect(norm(a!.textContent)).to.not.equal('');
          if (c.widget !== 'partner-list') expect(kept.querySelectorAll('h2, h3, h4').length, 'a heading').to.be.greaterThan(0);
          else expect(kept.querySelectorAll('li strong').length, 'the names').to.equal(7);
          expect(kept.firstElementChild!.getAttribute('lang'), 'the language stays on the content').to.equal(locale);
        }
      });
    }
  }
});

describe('the card', () => {
  for (const locale of LOCALES) {
    it(`in ${locale}: kind, theme, title, summary and « read more » as the widget says them`, () => {
      const e = expected('acces-physique', locale);
      const root = dom(prerenderCard(data.get(locale)!, { locale, recommendation: 'acces-physique', link: LINK, variant: 'compact' }));
      const kind = { fr: 'Recommandation', nl: 'Aanbeveling', de: 'Empfehlung', en: 'Recommendation' }[locale];
      expect(norm(root.querySelector('p')!.textContent)).to.equal(`${kind} · ${e.theme}`);
      expect(norm(root.querySelector('h3')!.textContent)).to.equal(e.title);
      expect(norm(root.querySelectorAll('p')[1].textContent)).to.equal(e.summary);
      const a = root.querySelector('a')!;
      expect(a.getAttribute('href')).to.equal(LINK);
      expect(norm(a.textContent)).to.contain(e.title);
      expect(root.querySelectorAll('h4').length, 'compact: no details').to.equal(0);
    });
  }

  it('full: what the article reports and what an institution can do, sub-headings one level below', () => {
    const root = dom(prerenderCard(data.get('nl')!, { locale: 'nl', recommendation: 'acces-physique', headingLevel: 3 }));
    expect([...root.querySelectorAll('h4')].map((h) => norm(h.textContent))).to.deep.equal(['Wat het artikel vertelt', 'Wat een instelling kan doen']);
    expect(root.querySelectorAll('ul li').length).to.be.greaterThan(0);
    expect(root.querySelectorAll('a').length, 'no link given: none').to.equal(0);
  });

  it('easy-read: the easy title and summary', () => {
    const e = expected('formation', 'de');
    const root = dom(prerenderCard(data.get('de')!, { locale: 'de', recommendation: 'formation', easyRead: true }));
    expect(norm(root.querySelector('h3')!.textContent)).to.equal(e.easyTitle);
    expect(norm(root.querySelectorAll('p')[1].textContent)).to.equal(e.easySummary);
  });

  it('heading levels stay within h2–h4 (below: a bold paragraph)', () => {
    const d = data.get('fr')!;
    expect(dom(prerenderCard(d, { locale: 'fr', recommendation: 'temps', headingLevel: 2 })).querySelectorAll('h2').length).to.equal(1);
    const deep = dom(prerenderCard(d, { locale: 'fr', recommendation: 'temps', headingLevel: 5 }));
    expect(deep.querySelectorAll('h2, h3, h4, h5, h6').length).to.equal(0);
    expect(norm(deep.querySelectorAll('p strong')[1].textContent)).to.equal(expected('temps', 'fr').title);
  });

  it('markup and script in the data are text; a javascript: or data: href gives no link', () => {
    const d = structuredClone(data.get('fr')!);
    const r = d.recommendations[0];
    r.title = { fr: '<img src=x onerror=alert(1)><script>alert(2)</script> & "quoted"' };
    r.summary = { fr: '</p><a href="javascript:alert(3)">x</a>' };
    for (const href of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:msgbox', ' javascript:x', 'java\tscript:x']) {
      const html = prerenderCard(d, { locale: 'fr', recommendation: r.id, href });
      const root = dom(html);
      expect(root.querySelectorAll('img, script').length, html).to.equal(0);
      expect(root.querySelectorAll('a').length, `${href}: no link`).to.equal(0);
      expect(norm(root.querySelector('h3')!.textContent)).to.equal('<img src=x onerror=alert(1)><script>alert(2)</script> & "quoted"');
      expectPlainMarkup(html);
    }
  });

  it('a colon in a link’s path is written %3A, which Plone keeps (« data: » in a value makes it drop the attribute)', () => {
    expect(linkTarget('https://example.be/open-data:2026?q=a:b')).to.equal('https://example.be/open-data%3A2026?q=a%3Ab');
    expect(linkTarget('/pages/data:x')).to.equal('/pages/data%3Ax');
    expect(linkTarget('tel:+3210000000')).to.equal('tel:+3210000000');
    const html = prerenderCard(data.get('fr')!, { locale: 'fr', recommendation: 'donnees', href: 'https://example.be/open-data:2026' });
    expect(dom(ploneFilter(html)).querySelector('a')!.getAttribute('href')).to.equal('https://example.be/open-data%3A2026');
  });

  it('an unknown id gives nothing', () => {
    expect(prerenderCard(data.get('fr')!, { locale: 'fr', recommendation: 'nope' })).to.equal('');
  });
});

describe('the finder', () => {
  it('Wavre in Dutch: the heading, the demo notice, each counter with its usual walk-in hours as a list and its phone', () => {
    const html = prerenderFinder(data.get('nl')!, { locale: 'nl', commune: 'wavre', link: EMBED, at: AT });
    const root = dom(html);
    expect(norm(root.querySelector('h2')!.textContent)).to.equal('Loketten zonder afspraak in Waver');
    expect(norm(root.querySelector('p strong')!.textContent)).to.equal(norm(say('nl', 'finder.demo')));
    expect(norm(say('nl', 'finder.demo'))).to.match(/^Voorbeeldgegevens . te vervangen door uw eigen gegevens$/);
    const counters = [...root.querySelectorAll(':scope > ul > li')];
    // Wavre's four example counters (postal codes 1300 and 1301), their Dutch names from the data.
    const names = ['exemple-a-wavre', 'exemple-b-wavre', 'exemple-c-wavre', 'exemple-d-wavre'].map((id) => norm(data.get('nl')!.guichets.find((g) => g.id === id)!.name.nl));
    expect(names.every((n) => /^Voorbeeldloket [A-D] . Waver$/.test(n)), names.join(', ')).to.equal(true);
    expect(counters.map((li) => norm(li.querySelector('strong')!.textContent))).to.deep.equal(names);
    expect([...counters[0].querySelectorAll('ul li')].map((li) => norm(li.textContent))).to.deep.equal(['maandag – vrijdag: 09:00–12:00']);
    expect([...counters[1].querySelectorAll('ul li')].map((li) => norm(li.textContent))).to.deep.equal(['dinsdag: 09:30–12:00', 'woensdag: 13:00–16:00', 'donderdag: 09:30–12:00']);
    expect(norm(counters[2].textContent)).to.contain('Alleen op afspraak.');
    expect(norm(counters[3].textContent)).to.contain('Uren zonder afspraak: telefonisch na te vragen.');
    expect(counters[0].querySelector('a')!.getAttribute('href')).to.equal('tel:+3200000001');
    expect(root.querySelector(':scope > p:last-child a')!.getAttribute('href')).to.equal(EMBED);
  });

  it('the finder’s own heading text, as given (no lang: it is in the page’s words)', () => {
    const root = dom(prerenderFinder(data.get('fr')!, { locale: 'fr', commune: 'Wavre', heading: 'Guichets à Wavre <b>' }));
    expect(root.querySelector('h2')!.textContent).to.equal('Guichets à Wavre <b>');
    expect(root.querySelector('h2')!.hasAttribute('lang')).to.equal(false);
  });

  it('walk-in-only leaves out a counter that takes appointments only (as the widget starts)', () => {
    const root = dom(prerenderFinder(data.get('fr')!, { locale: 'fr', commune: 'Wavre', walkInOnly: true, at: AT }));
    expect(norm(root.textContent)).to.not.contain('Guichet d’exemple C');
    expect(norm(root.textContent)).to.contain('Guichet d’exemple A — Wavre');
  });

  it('the usual week: a holiday or a summer period does not change the list', () => {
    const d = data.get('fr')!;
    const a = d.guichets.find((g) => g.id === 'exemple-a-wavre')!;
    const christmas = walkInLines(a, 'fr', new Date('2026-12-25T09:00:00Z'));
    const summer = walkInLines(a, 'fr', new Date('2027-07-15T09:00:00Z'));
    expect(christmas).to.deep.equal(['lundi – vendredi\u00a0: 09:00–12:00']);
    expect(summer).to.deep.equal(christmas);
  });

  it('a commune without counters says so; a postal code finds its counters', () => {
    expect(norm(dom(prerenderFinder(data.get('en')!, { locale: 'en', commune: 'Beauvechain' })).textContent)).to.contain('No service point known for Beauvechain.');
    const root = dom(prerenderFinder(data.get('de')!, { locale: 'de', postalCode: '1348' }));
    expect(root.querySelectorAll(':scope > ul > li').length).to.equal(1);
    expect(norm(root.querySelector('h2')!.textContent)).to.equal('Schalter ohne Termin in Ottignies-Louvain-la-Neuve');
  });

  it('more counters than the limit: « and N more »', () => {
    const root = dom(prerenderFinder(data.get('fr')!, { locale: 'fr', limit: 2 }));
    expect(root.querySelectorAll(':scope > ul > li').length).to.equal(2);
    expect(norm(root.textContent)).to.contain(`et ${data.get('fr')!.guichets.length - 2} autres guichets`);
  });
});

describe('the partner list and the self-check', () => {
  it('partners: every name, sorted in the language, the one website linked', () => {
    const root = dom(prerenderPartners(data.get('fr')!, { locale: 'fr', sort: 'name' }));
    const names = [...root.querySelectorAll('li strong')].map((s) => norm(s.textContent));
    expect(names).to.have.length(7);
    expect(names).to.deep.equal([...names].sort(new Intl.Collator('fr').compare));
    const links = [...root.querySelectorAll('li a')];
    expect(links.map((a) => norm(a.textContent))).to.deep.equal(['Ville de Wavre']);
    expect(links[0].getAttribute('href')).to.match(/^https:\/\//);
  });

  it('partners: a type filter', () => {
    const root = dom(prerenderPartners(data.get('nl')!, { locale: 'nl', types: 'commune' }));
    expect(root.querySelectorAll('li').length).to.equal(1);
  });

  it('self-check: the title, how many questions, and the link to take it', () => {
    const d = data.get('fr')!;
    const n = d.questions.filter((q) => q.audiences.includes('institution')).length;
    const root = dom(prerenderSelfCheck(d, { locale: 'fr', audience: 'institution', link: EMBED }));
    expect(norm(root.querySelector('h2')!.textContent)).to.equal('Auto-évaluation : où en sommes-nous avec le numérique ?');
    expect(norm(root.querySelector('p')!.textContent)).to.match(new RegExp(`^${n} questions`));
    expect(root.querySelector('a')!.getAttribute('href')).to.equal(EMBED);
    expect(norm(root.querySelector('a')!.textContent)).to.equal('Faire l’auto-évaluation');
  });

  for (const locale of ['fr', 'nl', 'de', 'en'] as const) {
    it(`${locale}: the day's French title quoted in the partners' and the self-check's text is marked lang="fr" (not in French)`, () => {
      for (const html of [prerenderPartners(data.get(locale)!, { locale }), prerenderSelfCheck(data.get(locale)!, { locale, link: EMBED })]) {
        const root = dom(html);
        const spans = [...root.querySelectorAll('span')];
        if (locale === 'fr') {
          expect(spans, 'French in French needs no mark').to.have.length(0);
          expect(norm(root.textContent)).to.contain('Comment le numérique questionne nos pratiques ?');
        } else {
          expect(spans.map((s) => [s.getAttribute('lang'), s.textContent])).to.deep.equal([['fr', 'Comment le numérique questionne nos pratiques\u202f?']]);
          expect(spans[0].closest('p')!.getAttribute('lang')).to.equal(locale);
        }
      }
    });
  }
});
