import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import '../src/define/recommendation-card.js';
import type { NcRecommendationCard } from '../src/define/recommendation-card.js';
import { closestLang, matchLocale } from '../src/shared/locale.js';
import type { Locale } from '../src/data/model.js';
import { $, captureConsole, createFrame, entry, expected, norm, text, titleOf, type CapturedConsole, wrapperFixture } from './helpers.js';

/** The kind labels (`kind.recommandation`, `kind.constat`) in each locale. */
const KIND: Record<'recommandation' | 'constat', Record<Locale, string>> = {
  recommandation: { fr: 'Recommandation', nl: 'Aanbeveling', de: 'Empfehlung', en: 'Recommendation' },
  constat: { fr: 'Constat', nl: 'Vaststelling', de: 'Feststellung', en: 'Finding' },
};

/** Waits until `card` shows `id` in `locale` (title from the JSON data, kind label translated). */
async function showsLocale(card: Element, locale: Locale, id = 'acces-physique'): Promise<void> {
  const want = expected(id, locale).title;
  await waitUntil(() => titleOf(card) === want, `expected the ${locale} title « ${want} », got « ${titleOf(card)} »`, { timeout: 3000 });
  expect(text(card.shadowRoot!.querySelector('[part~="kind"]'))).to.equal(KIND[entry(id).kind][locale]);
  expect(card.shadowRoot!.querySelector('article')!.getAttribute('lang')).to.equal(locale);
}

let output: CapturedConsole;
const htmlLang = document.documentElement.getAttribute('lang');
beforeEach(() => {
  output = captureConsole();
});
afterEach(() => {
  output.restore();
  if (htmlLang === null) document.documentElement.removeAttribute('lang');
  else document.documentElement.setAttribute('lang', htmlLang);
});

describe('matchLocale', () => {
  const cases: [tag: string | null | undefined, locale: Locale][] = [
    ['fr', 'fr'],
    ['nl', 'nl'],
    ['de', 'de'],
    ['en', 'en'],
    ['fr-BE', 'fr'],
    ['nl-BE', 'nl'],
    ['de-BE', 'de'],
    ['en-GB', 'en'],
    ['NL-be', 'nl'],
    ['nl_BE', 'nl'],
    [' nl ', 'nl'],
    ['es', 'fr'],
    ['nld', 'fr'],
    ['x-nl', 'fr'],
    ['', 'fr'],
    [null, 'fr'],
    [undefined, 'fr'],
  ];
  for (const [tag, locale] of cases) {
    it(`${JSON.stringify(tag) ?? 'undefined'} → ${locale}`, () => {
      expect(matchLocale(tag)).to.equal(locale);
    });
  }
});

describe('closestLang', () => {
  /** Each case builds a detached tree and returns the element to ask about. */
  const cases: [name: string, build: () => Element, lang: string | null][] = [
    ['own lang', () => Object.assign(document.createElement('span'), { lang: 'nl' }), 'nl'],
    [
      'closest ancestor',
      () => {
        const outer = Object.assign(document.createElement('div'), { lang: 'de' });
        const inner = outer.appendChild(Object.assign(document.createElement('div'), { lang: 'nl-BE' }));
        return inner.appendChild(document.createElement('span'));
      },
      'nl-BE',
    ],
    [
      'lang="" is skipped',
      () => {
        const outer = Object.assign(document.createElement('div'), { lang: 'en' });
        const inner = outer.appendChild(document.createElement('div'));
        inner.setAttribute('lang', '');
        return inner.appendChild(document.createElement('span'));
      },
      'en',
    ],
    [
      'across a shadow root',
      () => {
        const host = Object.assign(document.createElement('div'), { lang: 'nl' });
        return host.attachShadow({ mode: 'open' }).appendChild(document.createElement('span'));
      },
      'nl',
    ],
    [
      'across two shadow roots',
      () => {
        const outer = Object.assign(document.createElement('section'), { lang: 'de' });
        const inner = outer.attachShadow({ mode: 'open' }).appendChild(document.createElement('div'));
        return inner.attachShadow({ mode: 'closed' }).appendChild(document.createElement('span'));
      },
      'de',
    ],
    [
      'inside a shadow root, lang on an element in it',
      () => {
        const host = Object.assign(document.createElement('div'), { lang: 'de' });
        const wrap = host.attachShadow({ mode: 'open' }).appendChild(Object.assign(document.createElement('div'), { lang: 'en' }));
        return wrap.appendChild(document.createElement('span'));
      },
      'en',
    ],
    ['none', () => document.createElement('div').appendChild(document.createElement('span')), null],
  ];
  for (const [name, build, lang] of cases) {
    it(name, () => {
      expect(closestLang(build())).to.equal(lang);
    });
  }

  it('reaches <html lang>', () => {
    document.documentElement.lang = 'nl-BE';
    const el = document.body.appendChild(document.createElement('span'));
    try {
      expect(closestLang(el)).to.equal('nl-BE');
    } finally {
      el.remove();
    }
  });
});

describe('the card’s language', () => {
  const cases: [lang: string, locale: Locale][] = [
    ['fr', 'fr'],
    ['nl', 'nl'],
    ['fr-BE', 'fr'],
    ['nl-BE', 'nl'],
    ['de', 'de'],
    ['en', 'en'],
    ['es', 'fr'],
  ];
  for (const [lang, locale] of cases) {
    it(`lang="${lang}" → ${locale}`, async () => {
      const el = await fixture<NcRecommendationCard>(html`<nc-recommendation-card recommendation="acces-physique" lang=${lang}></nc-recommendation-card>`);
      await showsLocale(el, locale);
      expect(output.errors).to.deep.equal([]);
    });
  }

  it('finds the lang of an ancestor', async () => {
    const wrap = await wrapperFixture<HTMLElement>(html`<div lang="nl-BE"><section><nc-recommendation-card recommendation="autonomie"></nc-recommendation-card></section></div>`);
    const el = wrap.querySelector('nc-recommendation-card')!;
    await showsLocale(el, 'nl', 'autonomie');
  });

  it('finds <html lang>', async () => {
    document.documentElement.lang = 'nl';
    const el = await fixture<NcRecommendationCard>(html`<nc-recommendation-card recommendation="acces-physique"></nc-recommendation-card>`);
    await showsLocale(el, 'nl');
  });

  it('is French when no lang is set anywhere', async () => {
    document.documentElement.removeAttribute('lang');
    const el = await fixture<NcRecommendationCard>(html`<nc-recommendation-card recommendation="acces-physique"></nc-recommendation-card>`);
    await showsLocale(el, 'fr');
  });

  it('inherits lang across a shadow root', async () => {
    const host = await wrapperFixture<HTMLDivElement>(html`<div lang="nl"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const el = document.createElement('nc-recommendation-card');
    el.recommendation = 'acces-physique';
    root.append(el);
    await showsLocale(el, 'nl');
    host.lang = 'de';
    await showsLocale(el, 'de');
  });
});

describe('switching language at runtime', () => {
  it('follows the element’s lang, an ancestor’s lang and <html lang>', async () => {
    document.documentElement.lang = 'en';
    const wrap = await wrapperFixture<HTMLElement>(html`<div lang="fr"><nc-recommendation-card recommendation="acces-physique"></nc-recommendation-card></div>`);
    const el = wrap.querySelector('nc-recommendation-card')!;
    await showsLocale(el, 'fr');

    el.lang = 'nl';
    await showsLocale(el, 'nl');
    el.lang = 'de-DE';
    await showsLocale(el, 'de');

    el.removeAttribute('lang');
    await showsLocale(el, 'fr'); // the ancestor's again
    wrap.lang = 'nl-BE';
    await showsLocale(el, 'nl');

    wrap.removeAttribute('lang');
    await showsLocale(el, 'en'); // <html lang>
    document.documentElement.lang = 'de';
    await showsLocale(el, 'de');
    document.documentElement.lang = 'fr-BE';
    await showsLocale(el, 'fr');
    expect(output.errors).to.deep.equal([]);
  });

  it('keeps a compact card’s state and its accessibility while switching', async () => {
    const el = await fixture<NcRecommendationCard>(html`<nc-recommendation-card recommendation="formation" variant="compact" open lang="fr"></nc-recommendation-card>`);
    el.lang = 'nl';
    await showsLocale(el, 'nl', 'formation');
    expect($(el, '[part~="details"]').hidden).to.equal(false);
    expect(text($(el, '[part~="toggle"]')).startsWith('Details: ')).to.equal(true);
    expect(text($(el, '.subtitle'))).to.equal('Wat het artikel vertelt');
    await expect(el).to.be.accessible();
  });
});

describe('an element that was in the page before the script loaded', () => {
  afterEach(() => fixtureCleanup());

  it('upgrades in the page’s language and follows a change of <html lang>', async () => {
    const container = await wrapperFixture<HTMLDivElement>(html`<div></div>`);
    const { win, doc, log } = await createFrame(
      `<nc-recommendation-card recommendation="acces-physique"></nc-recommendation-card>
      <script>window.__definedBefore = !!customElements.get('nc-recommendation-card');</script>
      <script type="module" src="/src/define/recommendation-card.ts"></script>`,
      { lang: 'fr', container },
    );
    expect((win as unknown as { __definedBefore: boolean }).__definedBefore, 'the tag was not defined when the element was parsed').to.equal(false);
    const el = doc.querySelector('nc-recommendation-card')!;
    await waitUntil(() => !!win.customElements.get('nc-recommendation-card'), 'the tag was never defined');
    await showsLocale(el, 'fr');
    doc.documentElement.lang = 'nl';
    await showsLocale(el, 'nl');
    doc.documentElement.lang = 'fr-BE';
    await showsLocale(el, 'fr');
    expect(log).to.deep.equal({ errors: [], warnings: [], thrown: [] });
  });

});

describe('a fresh Dutch page (no Dutch strings loaded yet)', () => {
  afterEach(() => fixtureCleanup());

  it('whose data fails to load shows the error in Dutch', async () => {
    const container = await wrapperFixture<HTMLDivElement>(html`<div></div>`);
    const { doc, log } = await createFrame(
      `<nc-recommendation-card recommendation="acces-physique" src="/test/fixtures/geen-bestand.json"></nc-recommendation-card>
      <script type="module" src="/src/define/recommendation-card.ts"></script>`,
      { lang: 'nl', container },
    );
    const el = doc.querySelector('nc-recommendation-card')!;
    await waitUntil(() => !!el.shadowRoot?.querySelector('[part~="error"]'), 'no error state');
    const error = el.shadowRoot!.querySelector('[part~="error"]')!;
    expect(error.getAttribute('lang')).to.equal('nl');
    expect(text(error.querySelector('p'))).to.equal('De informatie kon niet worden geladen. De website antwoordde met fout 404. Probeer het later opnieuw.');
    expect(log.errors).to.deep.equal([`[numerique-choisi] ${new URL('/test/fixtures/geen-bestand.json', document.baseURI).href}: HTTP 404`]);
  });
});

describe('a bilingual page', () => {
  it('shows a French and a Dutch block side by side, each in its own language', async () => {
    const page = await wrapperFixture<HTMLElement>(html`<main>
      <div lang="fr"><nc-recommendation-card recommendation="acces-physique"></nc-recommendation-card></div>
      <div lang="nl"><nc-recommendation-card recommendation="acces-physique"></nc-recommendation-card></div>
    </main>`);
    const [fr, nl] = page.querySelectorAll('nc-recommendation-card');
    await Promise.all([showsLocale(fr, 'fr'), showsLocale(nl, 'nl')]);
    // both at once, with their own UI strings
    expect(titleOf(fr)).to.equal(expected('acces-physique', 'fr').title);
    expect(titleOf(nl)).to.equal(expected('acces-physique', 'nl').title);
    expect(text(fr.shadowRoot!.querySelector('.subtitle'))).to.equal('Ce que rapporte l’article');
    expect(text(nl.shadowRoot!.querySelector('.subtitle'))).to.equal('Wat het artikel vertelt');
    expect(text(fr.shadowRoot!.querySelector('[part~="theme"] > span:not(.visually-hidden)'))).to.equal(expected('acces-physique', 'fr').theme);
    expect(text(nl.shadowRoot!.querySelector('[part~="theme"] > span:not(.visually-hidden)'))).to.equal(expected('acces-physique', 'nl').theme);
    await expect(page).to.be.accessible();
  });

  it('marks French text inside a Dutch card with lang="fr"', async () => {
    const onlyFrench = {
      ...structuredClone(entry('autonomie')),
      id: 'seulement-en-francais',
      title: { fr: 'Un titre seulement en français' },
      summary: { fr: 'Un résumé seulement en français.' },
    };
    const data = { formatVersion: 1, recommendations: [onlyFrench] };
    const el = await fixture<NcRecommendationCard>(html`<nc-recommendation-card lang="nl" recommendation="seulement-en-francais" .data=${data}></nc-recommendation-card>`);
    await waitUntil(() => titleOf(el) !== '');
    expect($(el, 'article').getAttribute('lang')).to.equal('nl');
    expect(text($(el, '[part~="kind"]'))).to.equal(KIND.constat.nl);

    const title = $(el, '[part~="title"] > span');
    expect(text(title)).to.equal('Un titre seulement en français');
    expect(title.getAttribute('lang')).to.equal('fr');
    expect($(el, '[part~="summary"] > span').getAttribute('lang')).to.equal('fr');

    // the theme is a built-in one, translated: no lang of its own
    const theme = $(el, '[part~="theme"] > span:not(.visually-hidden)');
    expect(text(theme)).to.equal(expected('autonomie', 'nl').theme);
    expect(theme.hasAttribute('lang')).to.equal(false);
    expect(output.errors).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('marks the untranslated parts of the built-in data with lang="fr" in a Dutch card', async () => {
    const el = await fixture<NcRecommendationCard>(html`<nc-recommendation-card lang="nl" recommendation="acces-physique"></nc-recommendation-card>`);
    await showsLocale(el, 'nl');
    const spans = [...$(el, '[part~="source"]').querySelectorAll('span')];
    const want = expected('acces-physique', 'fr').sourceTitle!;
    const sourceTitle = spans.find((s) => text(s) === norm(expected('acces-physique', 'nl').sourceTitle ?? want))!;
    expect(sourceTitle, 'the source title is shown').to.not.equal(undefined);
    expect(sourceTitle.getAttribute('lang')).to.equal(expected('acces-physique', 'nl').sourceTitle ? null : 'fr');
    // the quote is the French original, the Dutch translation beside it has no lang of its own
    expect($(el, '[part~="quote"] blockquote').getAttribute('lang')).to.equal('fr');
    expect($(el, '.translation').closest('[lang]')!.getAttribute('lang')).to.equal('nl');
  });
});

describe('UI strings per widget', () => {
  it('a German card downloads the card’s strings only: not the finder’s, the self-check’s or the partner list’s', async () => {
    const wrap = await wrapperFixture(html`<div><nc-recommendation-card lang="de" recommendation="acces-physique"></nc-recommendation-card></div>`);
    const card = wrap.querySelector('nc-recommendation-card')!;
    await showsLocale(card, 'de');
    const fetched = performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      .filter((p) => /\/generated\/(messages|locales)\/[\w.]*de\b/.test(p));
    expect(fetched).to.deep.equal(['/src/generated/messages/card.de.ts']);
  });
});
