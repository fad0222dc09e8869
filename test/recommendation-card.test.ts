import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../src/define/recommendation-card.js';
import type { NcRecommendationCard } from '../src/define/recommendation-card.js';
import type { NcToggleDetail } from '../src/components/recommendation-card/recommendation-card.js';
import type { NcErrorDetail } from '../src/components/nc-element.js';
import { LOCALES, type Locale, type Recommendation } from '../src/data/model.js';
import { runWidgetSuite } from './suites/widget-suite.js';
import { $, $$, builtInFr, captureConsole, entry, expected, norm, text, titleOf, type CapturedConsole, wrapperFixture } from './helpers.js';

const PREFIX = '[numerique-choisi]';
const CARD = `${PREFIX} <nc-recommendation-card>:`;
const validIds = builtInFr.recommendations.map((r) => r.id).join(', ');

/** A copy of a built-in entry, changed by `patch` (for `data` and `src` tests). */
function variantOf(id: string, patch: Partial<Recommendation> & Record<string, unknown>): Record<string, unknown> {
  return { ...structuredClone(entry(id)), ...patch };
}

let output: CapturedConsole;
beforeEach(() => {
  output = captureConsole();
});
afterEach(() => {
  output.restore();
});

/**
 * The `part` of the element focused in the card's shadow root ('' if none). Compared as
 * a string: chai formatting a failed DOM-element comparison can hang the browser.
 */
function focused(el: Element): string {
  const active = el.shadowRoot?.activeElement;
  return active ? (active.getAttribute('part') ?? active.localName) : '';
}

/** Asserts that nothing was printed to console.error or console.warn. */
function expectQuietConsole(): void {
  expect(output.errors, 'console.error').to.deep.equal([]);
  expect(output.warnings, 'console.warn').to.deep.equal([]);
}

describe('<nc-recommendation-card> variant="full"', () => {
  it('shows kind, theme, title, summary, what the article reports, the actions, the quote and the source', async () => {
    const el = await fixture<NcRecommendationCard>(html`<nc-recommendation-card recommendation="acces-physique"></nc-recommendation-card>`);
    const r = entry('acces-physique');
    const want = expected('acces-physique', 'fr');

    expect(el.variant).to.equal('full');
    expect(text($(el, '[part~="kind"]'))).to.equal('Recommandation');
    expect(titleOf(el)).to.equal(want.title);
    expect(text($(el, '[part~="summary"]'))).to.equal(want.summary);
    expect($$(el, '.subtitle').map(text)).to.deep.equal(['Ce que rapporte l’article', 'Ce qu’une institution peut faire']);
    expect(text($(el, '.details > p'))).to.equal(norm(r.reported.fr));

    const items = $$(el, '[part~="details"] li');
    expect(items.map(text)).to.deep.equal(
      r.actions.map((a) => norm(a.origin === 'suggestion' ? `${a.text.fr} (suggestion de numerique-choisi, pas de l’article)` : a.text.fr)),
    );
    expect(r.actions.some((a) => a.origin === 'suggestion'), 'the data has a suggestion to label').to.equal(true);

    const quote = $(el, '[part~="quote"] blockquote');
    expect(quote.getAttribute('lang')).to.equal('fr');
    expect(text(quote)).to.equal(`« ${r.quote!.text.fr} »`);
    expect($$(el, '.translation'), 'no translation on a French page').to.have.length(0);
    expect(text($(el, '[part~="quote"] figcaption'))).to.equal(`— ${r.quote!.attribution.fr}`);

    const s = builtInFr.source;
    expect(text($(el, '[part~="source"]'))).to.equal(norm(`Source : ${s.title.fr}, ${s.organiser.fr}${s.date ? `, ${s.date.fr}` : ''}.`));
    expect($(el, '[part~="details"]').hidden).to.equal(false);
    expect($$(el, '[part~="toggle"]'), 'no toggle in full').to.have.length(0);
    expectQuietConsole();
    await expect(el).to.be.accessible();
  });

  it('shows a finding without a quote when the article has none', async () => {
    const id = builtInFr.recommendations.find((r) => !r.quote)!.id;
    const el = await fixture<NcRecommendationCard>(html`<nc-recommendation-card recommendation=${id}></nc-recommendation-card>`);
    expect(titleOf(el)).to.equal(expected(id, 'fr').title);
    expect($$(el, '[part~="quote"]')).to.have.length(0);
    await expect(el).to.be.accessible();
  });
});

describe('<nc-recommendation-card> variant="compact"', () => {
  it('hides the details behind a button that says what it controls', async () => {
    const el = await fixture<NcRecommendationCard>(html`<nc-recommendation-card recommendation="acces-physique" variant="compact"></nc-recommendation-card>`);
    const details = $(el, '[part~="details"]');
    const button = $(el, '[part~="toggle"]');
    expect(titleOf(el)).to.equal(expected('acces-physique', 'fr').title);
    expect(text($(el, '[part~="summary"]'))).to.equal(expected('acces-physique', 'fr').summary);
    expect(details.hidden).to.equal(true);
    expect(getComputedStyle(details).display).to.equal('none');
    expect(button.localName).to.equal('button');
    expect(button.getAttribute('type')).to.equal('button');
    // The visible label, and the title for screen readers listing the buttons of a page with several cards.
    expect(text(button)).to.equal(`Détails : ${entry('acces-physique').title.fr}`);
    expect(text(button.querySelector('.visually-hidden'))).to.equal(` : ${entry('acces-physique').title.fr}`.trim());
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(button.getAttribute('aria-controls')).to.equal(details.id);
    expect(el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!) === details, 'aria-controls points to the details').to.equal(true);
    expect(el.hasAttribute('open')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('opens with Enter and closes with Space, fires nc-toggle, keeps the focus on the button and reflects `open`', async () => {
    const el = await fixture<NcRecommendationCard>(html`<nc-recommendation-card recommendation="acces-physique" variant="compact"></nc-recommendation-card>`);
    const button = $(el, '[part~="toggle"]');
    const details = $(el, '[part~="details"]');
    button.focus();
    expect(focused(el)).to.equal('toggle');

    let event = oneEvent(el, 'nc-toggle') as Promise<CustomEvent<NcToggleDetail>>;
    await sendKeys({ press: 'Enter' });
    let e = await event;
    expect(e.detail).to.deep.equal({ recommendation: 'acces-physique', open: true });
    expect(e.bubbles && e.composed, 'bubbles and composed').to.equal(true);
    await el.updateComplete;
    expect(details.hidden).to.equal(false);
    expect(getComputedStyle(details).display).to.not.equal('none');
    expect(text(details)).to.contain(norm(entry('acces-physique').reported.fr));
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(el.open).to.equal(true);
    expect(el.hasAttribute('open')).to.equal(true);
    expect(focused(el), 'focus stays on the button').to.equal('toggle');
    await expect(el).to.be.accessible();

    event = oneEvent(el, 'nc-toggle') as Promise<CustomEvent<NcToggleDetail>>;
    await sendKeys({ press: 'Space' });
    e = await event;
    expect(e.detail).to.deep.equal({ recommendation: 'acces-physique', open: false });
    await el.updateComplete;
    expect(details.hidden).to.equal(true);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(el.hasAttribute('open')).to.equal(false);
    expect(focused(el), 'focus stays on the button').to.equal('toggle');
    expectQuietConsole();
  });

  it('opens when the page sets the `open` attribute', async () => {
    const el = await fixture<NcRecommendationCard>(html`<nc-recommendation-card recommendation="acces-physique" variant="compact" open></nc-recommendation-card>`);
    expect($(el, '[part~="details"]').hidden).to.equal(false);
    expect($(el, '[part~="toggle"]').getAttribute('aria-expanded')).to.equal('true');
    el.removeAttribute('open');
    await el.updateComplete;
    expect($(el, '[part~="details"]').hidden).to.equal(true);
  });
});

describe('<nc-recommendation-card> easy-read', () => {
  for (const locale of ['fr', 'nl'] as const) {
    it(`shows the easy-to-read title and summary and a badge (${locale})`, async () => {
      const el = await fixture<NcRecommendationCard>(
        html`<nc-recommendation-card recommendation="acces-physique" easy-read lang=${locale}></nc-recommendation-card>`,
      );
      const want = expected('acces-physique', locale);
      expect(want.easyTitle).to.not.equal(want.title);
      expect(titleOf(el)).to.equal(want.easyTitle);
      expect(text($(el, '[part~="summary"]'))).to.equal(want.easySummary);
      expect(text($(el, '.easy'))).to.equal(locale === 'fr' ? 'Facile à lire' : 'Makkelijk te lezen');
      await expect(el).to.be.accessible();
    });
  }

  it('has no badge without easy-read', async () => {
    const el = await fixture<NcRecommendationCard>(html`<nc-recommendation-card recommendation="acces-physique"></nc-recommendation-card>`);
    expect($$(el, '.easy')).to.have.length(0);
  });
});

describe('<nc-recommendation-card> kind and theme', () => {
  const cases: [id: string, kind: string][] = [
    ['acces-physique', 'Recommandation'],
    ['reflexion-institutionnelle', 'Recommandation'],
    ['autonomie', 'Constat'],
    ['cout-cache', 'Constat'],
  ];
  for (const [id, kind] of cases) {
    it(`${id}: « ${kind} » and its theme`, async () => {
      expect(entry(id).kind).to.equal(kind === 'Constat' ? 'constat' : 'recommandation');
      const el = await fixture<NcRecommendationCard>(html`<nc-recommendation-card recommendation=${id}></nc-recommendation-card>`);
      const badge = $(el, '[part~="kind"]');
      expect(text(badge)).to.equal(kind);
      expect(badge.classList.contains(`kind-${entry(id).kind}`)).to.equal(true);
      const theme = $(el, '[part~="theme"]');
      expect(text(theme.querySelector(':scope > span:not(.visually-hidden)'))).to.equal(expected(id, 'fr').theme);
      expect(text(theme)).to.equal(`Thème : ${expected(id, 'fr').theme}`);
    });
  }
});

describe('<nc-recommendation-card> heading-level', () => {
  it('is a level-3 heading by default, its sub-headings level 4', async () => {
    const el = await fixture<NcRecommendationCard>(html`<nc-recommendation-card recommendation="acces-physique"></nc-recommendation-card>`);
    const title = $(el, '[part~="title"]');
    expect(title.getAttribute('role')).to.equal('heading');
    expect(title.getAttribute('aria-level')).to.equal('3');
    expect($$(el, '.subtitle').map((h) => [h.getAttribute('role'), h.getAttribute('aria-level')])).to.deep.equal([
      ['heading', '4'],
      ['heading', '4'],
    ]);
    expect($(el, 'article').getAttribute('aria-labelledby')).to.equal(title.id);
  });

  it('heading-level="2" gives a level-2 heading and level-3 sub-headings', async () => {
    const el = await fixture<NcRecommendationCard>(html`<nc-recommendation-card recommendation="acces-physique" heading-level="2"></nc-recommendation-card>`);
    expect($(el, '[part~="title"]').getAttribute('aria-level')).to.equal('2');
    expect($$(el, '.subtitle').map((h) => h.getAttribute('aria-level'))).to.deep.equal(['3', '3']);
    await expect(el).to.be.accessible();
  });

  it('heading-level="6", the deepest: a level-6 heading, and the sub-headings are bold labels, not headings at a level that does not exist', async () => {
    const el = await fixture<NcRecommendationCard>(html`<nc-recommendation-card recommendation="acces-physique" heading-level="6"></nc-recommendation-card>`);
    expect($(el, '[part~="title"]').getAttribute('aria-level')).to.equal('6');
    const subs = $$(el, '.subtitle');
    expect(subs.map(text)).to.deep.equal(['Ce que rapporte l’article', 'Ce qu’une institution peut faire']);
    expect(subs.map((h) => [h.localName, h.getAttribute('role'), h.getAttribute('aria-level')])).to.deep.equal([
      ['p', null, null],
      ['p', null, null],
    ]);
    expect($$(el, '[role="heading"]'), 'one heading in the card').to.have.length(1);
    expect(getComputedStyle(subs[0]).fontWeight).to.equal('700');
    await expect(el).to.be.accessible();
  });

  it('heading-level above 6 or below 2 is clamped', async () => {
    const el = await fixture<NcRecommendationCard>(html`<nc-recommendation-card recommendation="acces-physique" heading-level="9"></nc-recommendation-card>`);
    expect($(el, '[part~="title"]').getAttribute('aria-level')).to.equal('6');
    el.headingLevel = 1;
    await el.updateComplete;
    expect($(el, '[part~="title"]').getAttribute('aria-level')).to.equal('2');
  });
});

describe('<nc-recommendation-card> console messages come from the load, not from each render', () => {
  it('an unknown id is reported once, however often the card re-renders, and again when the id changes', async () => {
    const el = await fixture<NcRecommendationCard>(html`<nc-recommendation-card recommendation="pas-un-id"></nc-recommendation-card>`);
    expect(output.errors).to.have.length(1);
    for (const variant of ['compact', 'full', 'compact'] as const) {
      el.variant = variant;
      await el.updateComplete;
    }
    expect(output.errors, 'no new message for a re-render').to.have.length(1);
    el.recommendation = 'encore-faux';
    await el.updateComplete;
    expect(output.errors.map((e) => e.split('.')[0])).to.deep.equal([
      `${CARD} unknown recommendation "pas-un-id"`,
      `${CARD} unknown recommendation "encore-faux"`,
    ]);
  });
});

describe('<nc-recommendation-card> href', () => {
  for (const href of ['../pages/acces.html', 'https://www.example.org/acces-physique']) {
    it(`links to ${href}`, async () => {
      const el = await fixture<NcRecommendationCard>(html`<nc-recommendation-card recommendation="acces-physique" href=${href}></nc-recommendation-card>`);
      const link = $(el, 'a[part~="link"]') as HTMLAnchorElement;
      expect(link.href).to.equal(new URL(href, document.baseURI).href);
      expect(text(link)).to.equal(`Lire la suite : ${expected('acces-physique', 'fr').title}`);
      expectQuietConsole();
      await expect(el).to.be.accessible();
    });
  }

  it('shows no link for javascript: and says so in the console', async () => {
    const el = await fixture<NcRecommendationCard>(html`<nc-recommendation-card recommendation="acces-physique" href="javascript:alert(1)"></nc-recommendation-card>`);
    expect($$(el, 'a')).to.have.length(0);
    expect(el.shadowRoot!.innerHTML).to.not.contain('javascript:');
    expect(output.errors).to.deep.equal([`${CARD} href "javascript:alert(1)" is not an http(s), mailto:, tel: or relative URL; the link is not shown.`]);
  });
});

describe('<nc-recommendation-card> unknown or missing id', () => {
  const cases: [lang: Locale, unknown: string, missing: string][] = [
    ['fr', 'La recommandation « pas-un-id » est introuvable.', 'Aucune recommandation n’est choisie.'],
    ['nl', 'De aanbeveling “pas-un-id” bestaat niet.', 'Er is geen aanbeveling gekozen.'],
  ];
  for (const [lang, unknown, missing] of cases) {
    it(`unknown id: a message in ${lang} and a console error listing the valid ids`, async () => {
      const el = await fixture<NcRecommendationCard>(html`<nc-recommendation-card recommendation="pas-un-id" lang=${lang}></nc-recommendation-card>`);
      const error = $(el, '[part~="not-found"]');
      expect(text(error)).to.equal(unknown);
      expect(error.getAttribute('lang')).to.equal(lang);
      expect(output.errors).to.deep.equal([`${CARD} unknown recommendation "pas-un-id". Valid ids: ${validIds}.`]);
      await expect(el).to.be.accessible();
    });

    it(`no recommendation attribute: a message in ${lang} and a console error listing the valid ids`, async () => {
      const el = await fixture<NcRecommendationCard>(html`<nc-recommendation-card lang=${lang}></nc-recommendation-card>`);
      expect(text($(el, '[part~="not-found"]'))).to.equal(missing);
      expect(output.errors).to.deep.equal([`${CARD} no "recommendation" attribute. Valid ids: ${validIds}.`]);
      await expect(el).to.be.accessible();
    });
  }

  it('keeps the fallback content the page put inside the tag', async () => {
    const el = await fixture<NcRecommendationCard>(
      html`<nc-recommendation-card recommendation="pas-un-id"><a href="/recommandations">Toutes les recommandations</a></nc-recommendation-card>`,
    );
    const slot = $(el, 'slot') as HTMLSlotElement;
    expect(slot.assignedElements().map((e) => e.localName)).to.deep.equal(['a']);
    expect(output.errors).to.have.length(1);
  });

  it('renders once the id becomes valid', async () => {
    const el = await fixture<NcRecommendationCard>(html`<nc-recommendation-card recommendation="pas-un-id"></nc-recommendation-card>`);
    el.recommendation = 'formation';
    await el.updateComplete;
    expect(titleOf(el)).to.equal(expected('formation', 'fr').title);
    expect($$(el, '[part~="not-found"]')).to.have.length(0);
  });
});

describe('<nc-recommendation-card> data property', () => {
  it('drops an invalid entry with one console error and shows the valid one', async () => {
    const good = variantOf('acces-physique', { id: 'bonne-entree', title: { fr: 'Une entrée valide' } });
    const bad = variantOf('formation', { id: 'mauvaise-entree' });
    delete bad.summary;
    const data = { formatVersion: 1, recommendations: [good, bad] };
    const wrap = await wrapperFixture<HTMLDivElement>(html`<div>
      <nc-recommendation-card recommendation="bonne-entree" .data=${data}></nc-recommendation-card>
      <nc-recommendation-card recommendation="mauvaise-entree" .data=${data}></nc-recommendation-card>
    </div>`);
    const [ok, dropped] = [...wrap.querySelectorAll('nc-recommendation-card')];

    expect(titleOf(ok)).to.equal('Une entrée valide');
    expect(text($(ok, '[part~="summary"]'))).to.equal(norm(entry('acces-physique').summary.fr));
    expect(text($(dropped, '[part~="not-found"]'))).to.equal('La recommandation « mauvaise-entree » est introuvable.');
    expect(output.errors).to.deep.equal([
      `${PREFIX} data property — recommendations[1] "mauvaise-entree", field "summary": expected an object, received nothing`,
      `${CARD} unknown recommendation "mauvaise-entree". Valid ids: bonne-entree.`,
    ]);
    await expect(ok).to.be.accessible();
  });

  it('renders markup in the data as text', async () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    const data = {
      formatVersion: 1,
      recommendations: [
        variantOf('acces-physique', {
          id: 'balisage',
          title: { fr: evil },
          summary: { fr: '<script>window.__pwned=2</script><b>gras</b>' },
          actions: [{ text: { fr: '<a href="javascript:window.__pwned=3">clic</a>' }, origin: 'article' }],
        }),
      ],
    };
    const el = await fixture<NcRecommendationCard>(html`<nc-recommendation-card recommendation="balisage" .data=${data}></nc-recommendation-card>`);
    await aTimeout(50); // give an onerror handler, were there one, the time to run
    expect(titleOf(el)).to.equal(evil);
    expect(text($(el, '[part~="summary"]'))).to.equal('<script>window.__pwned=2</script><b>gras</b>');
    expect(text($(el, 'li'))).to.equal('<a href="javascript:window.__pwned=3">clic</a>');
    expect($$(el, 'img, script, b, a')).to.have.length(0);
    expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
    expectQuietConsole();
  });

  it('a data property that is not a data file shows the error state', async () => {
    const el = await fixture<NcRecommendationCard>(html`<nc-recommendation-card recommendation="acces-physique" .data=${{ formatVersion: 2 }}></nc-recommendation-card>`);
    expect(text($(el, '[part~="error"]'))).to.contain('Les informations publiées par ce site n’ont pas pu être lues.');
    expect(output.errors).to.deep.equal([`${PREFIX} data property — field "formatVersion": expected 1, received number 2`]);
  });

  it('setting the data property back to null shows the built-in data again', async () => {
    const el = await fixture<NcRecommendationCard>(html`<nc-recommendation-card recommendation="acces-physique" .data=${{ formatVersion: 2 }}></nc-recommendation-card>`);
    expect($$(el, '[part~="error"]')).to.have.length(1);
    el.data = null;
    await el.updateComplete;
    expect($$(el, '[part~="error"]')).to.have.length(0);
    expect(text($(el, '[part~="title"]'))).to.equal(entry('acces-physique').title.fr);
  });
});

describe('<nc-recommendation-card> src', () => {
  let realFetch: typeof window.fetch;
  const blobs: string[] = [];
  beforeEach(() => {
    realFetch = window.fetch;
  });
  afterEach(() => {
    window.fetch = realFetch;
    blobs.splice(0).forEach((u) => URL.revokeObjectURL(u));
  });
  const blobUrl = (body: string) => {
    const url = URL.createObjectURL(new Blob([body], { type: 'application/json' }));
    blobs.push(url);
    return url;
  };

  it('shows the site’s own data', async () => {
    const src = blobUrl(JSON.stringify({ formatVersion: 1, recommendations: [variantOf('autonomie', { id: 'du-site', title: { fr: 'Titre du site' } })] }));
    const el = await fixture<NcRecommendationCard>(html`<nc-recommendation-card recommendation="du-site" src=${src}></nc-recommendation-card>`);
    expect(titleOf(el)).to.equal('Titre du site');
    expect(text($(el, '[part~="kind"]'))).to.equal('Constat');
    expectQuietConsole();
  });

  it('404: an error state with a retry button, and nc-error', async () => {
    const src = '/test/fixtures/n-existe-pas.json';
    const url = new URL(src, document.baseURI).href;
    let detail: NcErrorDetail | undefined;
    const el = await fixture<NcRecommendationCard>(
      html`<nc-recommendation-card recommendation="acces-physique" src=${src} @nc-error=${(e: CustomEvent<NcErrorDetail>) => (detail = e.detail)}></nc-recommendation-card>`,
    );
    const error = $(el, '[part~="error"]');
    expect(error.querySelector('p')!.getAttribute('role')).to.equal('alert');
    expect(error.getAttribute('lang')).to.equal('fr');
    expect(text(error.querySelector('p'))).to.equal('Les informations n’ont pas pu être chargées. Le site a répondu par l’erreur 404. Réessayez plus tard.');
    const retry = $(el, '[part~="retry-button"]');
    expect(retry.localName).to.equal('button');
    expect(text(retry)).to.equal('Recharger les informations');
    expect(detail).to.deep.equal({ reason: 'http', source: url, status: 404 });
    expect(output.errors).to.deep.equal([`${PREFIX} ${url}: HTTP 404`]);
    await expect(el).to.be.accessible();
  });

  it('404 in Dutch', async () => {
    const src = '/test/fixtures/bestaat-niet.json';
    const el = await fixture<NcRecommendationCard>(html`<nc-recommendation-card recommendation="acces-physique" src=${src} lang="nl"></nc-recommendation-card>`);
    const error = $(el, '[part~="error"]');
    expect(error.getAttribute('lang')).to.equal('nl');
    expect(text(error.querySelector('p'))).to.equal('De informatie kon niet worden geladen. De website antwoordde met fout 404. Probeer het later opnieuw.');
    expect(text($(el, '[part~="retry-button"]'))).to.equal('De informatie opnieuw laden');
    await expect(el).to.be.accessible();
  });

  it('invalid JSON: an error state and nc-error', async () => {
    const src = blobUrl('{ "formatVersion": 1, ');
    let detail: NcErrorDetail | undefined;
    const el = await fixture<NcRecommendationCard>(
      html`<nc-recommendation-card recommendation="acces-physique" src=${src} @nc-error=${(e: CustomEvent<NcErrorDetail>) => (detail = e.detail)}></nc-recommendation-card>`,
    );
    expect(text($(el, '[part~="error"] p'))).to.equal('Les informations n’ont pas pu être chargées. Les informations publiées par ce site n’ont pas pu être lues. Réessayez plus tard. Si le problème continue, prévenez le site.');
    expect(detail).to.deep.equal({ reason: 'json', source: src });
    expect(output.errors).to.deep.equal([`${PREFIX} ${src}: not valid JSON: line 1, column 23: the file ends too early (a bracket or a quote is not closed)`]);
    await expect(el).to.be.accessible();
  });

  it('network down: an error state and nc-error', async () => {
    const src = '/test/fixtures/reseau-coupe.json';
    const url = new URL(src, document.baseURI).href;
    window.fetch = (input, init) => (String(input) === url ? Promise.reject(new TypeError('Failed to fetch')) : realFetch(input, init));
    let detail: NcErrorDetail | undefined;
    const el = await fixture<NcRecommendationCard>(
      html`<nc-recommendation-card recommendation="acces-physique" src=${src} @nc-error=${(e: CustomEvent<NcErrorDetail>) => (detail = e.detail)}></nc-recommendation-card>`,
    );
    expect(text($(el, '[part~="error"] p'))).to.equal('Les informations n’ont pas pu être chargées. Impossible de joindre le site. Vérifiez votre connexion Internet, puis réessayez.');
    expect(detail).to.deep.equal({ reason: 'network', source: url });
    expect(output.errors).to.deep.equal([`${PREFIX} ${url}: network error`]);
  });

  it('retry loads the data again, shows the card and moves the focus to its title', async () => {
    const src = '/test/fixtures/revient.json';
    const url = new URL(src, document.baseURI).href;
    const site = { formatVersion: 1, recommendations: [variantOf('acces-physique', { id: 'revenue', title: { fr: 'Revenue après une erreur' } })] };
    let calls = 0;
    window.fetch = (input, init) => {
      if (String(input) !== url) return realFetch(input, init);
      calls++;
      return Promise.resolve(calls === 1 ? new Response('indisponible', { status: 503 }) : new Response(JSON.stringify(site), { status: 200, headers: { 'content-type': 'application/json' } }));
    };
    const el = await fixture<NcRecommendationCard>(html`<nc-recommendation-card recommendation="revenue" src=${src}></nc-recommendation-card>`);
    expect(text($(el, '[part~="error"] p'))).to.equal('Les informations n’ont pas pu être chargées. Le site a répondu par l’erreur 503. Réessayez plus tard.');

    const retry = $(el, '[part~="retry-button"]');
    retry.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => titleOf(el) !== '', 'the card did not render after retry');
    await el.updateComplete;
    expect(calls).to.equal(2);
    expect(titleOf(el)).to.equal('Revenue après une erreur');
    expect($$(el, '[part~="error"]')).to.have.length(0);
    expect(focused(el), 'focus moves to the title').to.equal('title');
    expect(output.errors).to.deep.equal([`${PREFIX} ${url}: HTTP 503`]);
    await expect(el).to.be.accessible();
  });
});

describe('<nc-recommendation-card> in every locale', () => {
  const kinds: Record<Locale, string> = { fr: 'Recommandation', nl: 'Aanbeveling', de: 'Empfehlung', en: 'Recommendation' };
  for (const locale of LOCALES) {
    it(`${locale}: title, summary, translated quote beside the French original, accessible`, async () => {
      const el = await fixture<NcRecommendationCard>(html`<nc-recommendation-card recommendation="acces-physique" lang=${locale}></nc-recommendation-card>`);
      const want = expected('acces-physique', locale);
      expect(titleOf(el)).to.equal(want.title);
      expect(text($(el, '[part~="summary"]'))).to.equal(want.summary);
      expect($(el, 'article').getAttribute('lang')).to.equal(locale);
      expect(text($(el, '[part~="kind"]'))).to.equal(kinds[locale]);
      expect(text($(el, '[part~="quote"] blockquote'))).to.equal(`« ${want.quoteFr} »`);
      expect($(el, '[part~="quote"] blockquote').getAttribute('lang')).to.equal('fr');
      if (locale === 'fr') {
        expect($$(el, '.translation')).to.have.length(0);
      } else {
        expect(want.quoteTranslation, `${locale}.json translates the quote`).to.be.a('string');
        expect(text($(el, '.translation q'))).to.equal(want.quoteTranslation);
      }
      expect(text($(el, '[part~="theme"] > span:not(.visually-hidden)'))).to.equal(want.theme);
      expectQuietConsole();
      await expect(el).to.be.accessible();
    });
  }
});

describe('<nc-recommendation-card> print, targets, narrow screens, forced colours', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
  });

  it('prints every detail of a compact card, and no button', async () => {
    const el = await fixture<NcRecommendationCard>(html`<nc-recommendation-card recommendation="acces-physique" variant="compact"></nc-recommendation-card>`);
    const details = $(el, '[part~="details"]');
    const button = $(el, '[part~="toggle"]');
    expect(getComputedStyle(details).display).to.equal('none');
    await emulateMedia({ media: 'print' });
    expect(matchMedia('print').matches).to.equal(true);
    expect(details.hidden).to.equal(true);
    expect(getComputedStyle(details).display).to.equal('block');
    expect(getComputedStyle(button).display).to.equal('none');
  });

  it('prints no retry button', async () => {
    const el = await fixture<NcRecommendationCard>(html`<nc-recommendation-card recommendation="acces-physique" src="/test/fixtures/imprime-pas.json"></nc-recommendation-card>`);
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle($(el, '[part~="retry-button"]')).display).to.equal('none');
  });

  it('buttons are targets of at least 24 × 24 px', async () => {
    const wrap = await wrapperFixture<HTMLDivElement>(html`<div>
      <nc-recommendation-card recommendation="acces-physique" variant="compact"></nc-recommendation-card>
      <nc-recommendation-card recommendation="acces-physique" src="/test/fixtures/cible.json"></nc-recommendation-card>
    </div>`);
    const [compact, failed] = [...wrap.querySelectorAll('nc-recommendation-card')];
    for (const button of [$(compact, '[part~="toggle"]'), $(failed, '[part~="retry-button"]')]) {
      const box = button.getBoundingClientRect();
      expect(box.width, `${button.getAttribute('part')} width`).to.be.at.least(24);
      expect(box.height, `${button.getAttribute('part')} height`).to.be.at.least(24);
    }
  });

  it('fits 320 px without horizontal scrolling, in every locale and for every entry', async () => {
    const wrap = await wrapperFixture<HTMLDivElement>(html`<div style="width: 320px">
      ${LOCALES.flatMap((locale) =>
        builtInFr.recommendations.map((r) => html`<nc-recommendation-card recommendation=${r.id} lang=${locale} easy-read></nc-recommendation-card>
          <nc-recommendation-card recommendation=${r.id} lang=${locale} href="/plus"></nc-recommendation-card>`),
      )}
    </div>`);
    const cards = [...wrap.querySelectorAll('nc-recommendation-card')];
    for (const card of cards) {
      const article = $(card, 'article');
      const label = `${card.getAttribute('recommendation')} (${card.lang})`;
      expect(card.getBoundingClientRect().width, label).to.be.at.most(320);
      expect(article.scrollWidth, label).to.be.at.most(article.clientWidth);
      expect(card.scrollWidth, label).to.be.at.most(card.clientWidth);
    }
    expect(wrap.scrollWidth).to.be.at.most(320);
  });

  it('forced colours (Windows high contrast): badges, buttons and the quote keep visible borders', async () => {
    await executeServerCommand('nc-forced-colors', { active: true });
    try {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const el = await fixture<NcRecommendationCard>(
        html`<nc-recommendation-card recommendation="autonomie" variant="compact" open easy-read></nc-recommendation-card>`,
      );
      for (const part of ['[part~="kind"]', '[part~="theme"]', '.easy', '[part~="toggle"]', '[part~="quote"]']) {
        const style = getComputedStyle($(el, part));
        const side = part === '[part~="quote"]' ? 'InlineStart' : 'Top';
        const width = parseFloat(style.getPropertyValue(`border-${side === 'Top' ? 'top' : 'left'}-width`));
        expect(style.getPropertyValue(`border-${side === 'Top' ? 'top' : 'left'}-style`), part).to.equal('solid');
        expect(width, part).to.be.at.least(1);
        // In forced colours the border takes a system colour that differs from the background.
        expect(style.getPropertyValue(`border-${side === 'Top' ? 'top' : 'left'}-color`), part).to.not.equal(style.backgroundColor);
      }
      await expect(el).to.be.accessible();
    } finally {
      await executeServerCommand('nc-forced-colors', { active: false });
    }
  });
});

runWidgetSuite({ tag: 'nc-recommendation-card', attrs: { recommendation: 'acces-physique' }, contentPart: 'title' });
