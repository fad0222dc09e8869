/**
 * Embedding tests: plain HTML pages (iframes) that load the BUILT files of dist/cdn/,
 * as a webmaster's page would. `npm test` builds first; run `npm run build` before
 * running this file alone.
 */
import { aTimeout, expect, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { VERSION } from '../src/shared/version.js';
import { createFrame, expected, fileName, renderedCard, resources, text, titleOf, type TestFrame, wrapperFixture } from './helpers.js';

const CDN = '/dist/cdn/numerique-choisi.js';
const LOADER = '/dist/cdn/loader.js';
const CARD = '<nc-recommendation-card recommendation="acces-physique"></nc-recommendation-card>';

/** A page in an iframe; the iframe is removed after the test. */
async function page(body: string, lang?: string): Promise<TestFrame> {
  const container = await wrapperFixture<HTMLDivElement>(html`<div></div>`);
  return createFrame(body, { lang, container });
}

/** Files fetched by the page whose name starts with `prefix` (e.g. `data-nl-`). */
const fetched = (f: TestFrame, prefix: string) => resources(f.win).map(fileName).filter((n) => n.startsWith(prefix));

/** Nothing was thrown, logged as an error or warned. */
function expectClean(f: TestFrame): void {
  expect(f.log).to.deep.equal({ errors: [], warnings: [], thrown: [] });
}

before(async () => {
  const response = await fetch(CDN, { method: 'HEAD' });
  if (!response.ok) throw new Error(`${CDN}: HTTP ${response.status}. Run \`npm run build\` first (npm test does).`);
});
afterEach(() => fixtureCleanup());

describe('the CDN file in a plain HTML page', () => {
  it('defines the tag and shows the French title', async () => {
    const f = await page(`${CARD}<script type="module" src="${CDN}"></script>`);
    const card = await renderedCard(f.doc);
    expect(f.win.customElements.get('nc-recommendation-card')).to.be.a('function');
    expect(titleOf(card)).to.equal(expected('acces-physique', 'fr').title);
    expect(text(card.shadowRoot!.querySelector('[part~="kind"]'))).to.equal('Recommandation');
    expectClean(f);
  });

  it('shows the Dutch title with <html lang="nl">', async () => {
    const f = await page(`${CARD}<script type="module" src="${CDN}"></script>`, 'nl');
    const card = await renderedCard(f.doc);
    expect(titleOf(card)).to.equal(expected('acces-physique', 'nl').title);
    expect(text(card.shadowRoot!.querySelector('[part~="kind"]'))).to.equal('Aanbeveling');
    expectClean(f);
  });

  it('shows a French and a Dutch card side by side, each in its own language', async () => {
    const f = await page(
      `<div lang="fr">${CARD}</div><div lang="nl">${CARD}</div><script type="module" src="${CDN}"></script>`,
      'fr-BE',
    );
    const fr = await renderedCard(f.doc, 'div[lang="fr"] nc-recommendation-card');
    const nl = await renderedCard(f.doc, 'div[lang="nl"] nc-recommendation-card');
    await waitUntil(() => titleOf(nl) === expected('acces-physique', 'nl').title, `the Dutch card shows « ${titleOf(nl)} »`);
    expect(titleOf(fr)).to.equal(expected('acces-physique', 'fr').title);
    expect(text(nl.shadowRoot!.querySelector('.subtitle'))).to.equal('Wat het artikel vertelt');
    expect(text(fr.shadowRoot!.querySelector('.subtitle'))).to.equal('Ce que rapporte l’article');
    expectClean(f);
  });

  it('upgrades a card that was in the page before the script and follows a change of <html lang>', async () => {
    const f = await page(`${CARD}<script type="module" src="${CDN}"></script>`, 'fr');
    const card = await renderedCard(f.doc);
    expect(titleOf(card)).to.equal(expected('acces-physique', 'fr').title);
    f.doc.documentElement.lang = 'nl-BE';
    await waitUntil(() => titleOf(card) === expected('acces-physique', 'nl').title, `still « ${titleOf(card)} »`);
    expect(text(card.shadowRoot!.querySelector('[part~="kind"]'))).to.equal('Aanbeveling');
    expectClean(f);
  });
});

describe('the CDN file loaded twice', () => {
  it('by two snippets of the same version: nothing thrown, nothing logged', async () => {
    const f = await page(`${CARD}
      <script type="module" src="${CDN}?a"></script>
      <script type="module" src="${CDN}?b"></script>`);
    await renderedCard(f.doc);
    const entries = resources(f.win).filter((n) => fileName(n) === 'numerique-choisi.js');
    expect(entries.map((n) => new URL(n).search).sort(), 'both copies were loaded').to.deep.equal(['?a', '?b']);
    await aTimeout(50);
    expectClean(f);
  });

  it('after another version defined the tag: one warning naming both versions, nothing thrown', async () => {
    const f = await page(`<script>
        customElements.define('nc-recommendation-card', class extends HTMLElement { static version = '0.0.0-other'; });
      </script>
      ${CARD}
      <script type="module" src="${CDN}?c"></script>
      <script type="module">window.__loaded = true;</script>`);
    await waitUntil(() => (f.win as unknown as { __loaded?: boolean }).__loaded, 'the scripts did not run');
    await aTimeout(50);
    expect(f.log.thrown).to.deep.equal([]);
    expect(f.log.errors).to.deep.equal([]);
    expect(f.log.warnings).to.deep.equal([
      `[numerique-choisi] <nc-recommendation-card>: already defined by version 0.0.0-other; version ${VERSION} loaded too and was not registered. Load the library once per page.`,
    ]);
  });
});

describe('the loader and the file on one page (two snippets)', () => {
  for (const order of [
    [LOADER, CDN],
    [CDN, LOADER],
  ]) {
    it(`${order.map((s) => fileName(new URL(s, location.href).href)).join(' then ')}: the card's code and French data are downloaded once`, async () => {
      const f = await page(`${CARD}${order.map((s) => `<script type="module" src="${s}"></script>`).join('')}`, 'fr');
      const card = await renderedCard(f.doc);
      expect(titleOf(card)).to.equal(expected('acces-physique', 'fr').title);
      await aTimeout(100);
      expect(fetched(f, 'recommendation-card-'), 'the loader fetched no second copy').to.deep.equal([]);
      expect(fetched(f, 'data-')).to.deep.equal([]);
      expectClean(f);
    });
  }

  it('a Dutch page: the Dutch data chunk is one file for both entries, fetched once', async () => {
    const f = await page(`${CARD}<script type="module" src="${LOADER}"></script><script type="module" src="${CDN}"></script>`, 'nl');
    const card = await renderedCard(f.doc);
    await waitUntil(() => titleOf(card) === expected('acces-physique', 'nl').title);
    expect(fetched(f, 'data-card.nl-')).to.have.length(1);
    expectClean(f);
  });
});

describe('the built-in data cannot be fetched (connection lost after the script)', () => {
  it('a French card needs no data request: its French data is inside the script', async () => {
    const f = await page(`${CARD}<script type="module" src="${CDN.replace('/dist/', '/nc-offline-data/')}"></script>`, 'fr');
    const card = await renderedCard(f.doc);
    expect(titleOf(card)).to.equal(expected('acces-physique', 'fr').title);
    expect(fetched(f, 'data-'), 'data chunks').to.deep.equal([]);
    expectClean(f);
  });

  it('a Dutch card shows the error in Dutch, with a retry button, and says which data in the console', async () => {
    const f = await page(`${CARD}<script type="module" src="${CDN.replace('/dist/', '/nc-offline-data/')}"></script>`, 'nl');
    await waitUntil(() => f.doc.querySelector('nc-recommendation-card')?.shadowRoot?.querySelector('[part~="error"]'), 'an error state', {
      timeout: 5000,
    });
    const card = f.doc.querySelector('nc-recommendation-card')!;
    const error = card.shadowRoot!.querySelector('[part~="error"]')!;
    expect(error.querySelector('p')!.getAttribute('role')).to.equal('alert');
    expect(text(error)).to.contain('De informatie kon niet worden geladen. De website is niet bereikbaar. Controleer uw internetverbinding en probeer het daarna opnieuw.');
    expect(text(card.shadowRoot!.querySelector('[part~="retry-button"]'))).to.equal('De informatie opnieuw laden');
    expect(f.log.errors).to.deep.equal(['[numerique-choisi] built-in data (card.nl): network error']);
    expect(f.log.thrown).to.deep.equal([]);
  });

  it('« De informatie opnieuw laden » loads the chunk again without reloading the page (asked for with ?retry=)', async () => {
    // /nc-flaky-data/ fails each data chunk until it is asked for with a ?retry= query.
    const f = await page(`${CARD}<script type="module" src="${CDN.replace('/dist/', '/nc-flaky-data/')}"></script>`, 'nl');
    await waitUntil(() => f.doc.querySelector('nc-recommendation-card')?.shadowRoot?.querySelector('[part~="retry-button"]'), 'an error state', {
      timeout: 5000,
    });
    const card = f.doc.querySelector('nc-recommendation-card')!;
    card.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
    await waitUntil(() => titleOf(card) === expected('acces-physique', 'nl').title, `after retry: « ${titleOf(card)} »`, { timeout: 5000 });
    const chunks = resources(f.win).filter((n) => fileName(n).startsWith('data-card.nl-'));
    expect(chunks.map((n) => new URL(n).search)).to.deep.equal(['', '?retry=1']);
    expect(card.shadowRoot!.activeElement?.getAttribute('part'), 'the focus goes to the card’s title').to.equal('title');
    expect(f.log.thrown).to.deep.equal([]);
  });
});

describe('the loader', () => {
  it('loads the card’s code for a card in the page', async () => {
    const f = await page(`${CARD}<script type="module" src="${LOADER}"></script>`);
    const card = await renderedCard(f.doc);
    expect(titleOf(card)).to.equal(expected('acces-physique', 'fr').title);
    expect(fetched(f, 'numerique-choisi'), 'the loader does not load the full bundle').to.deep.equal([]);
    // The card's chunk and the chunks it shares with the other widgets (Lit and the base, the
    // card's French data): each once, no data request after them, no other widget's code.
    const js = resources(f.win).map(fileName).filter((n) => n.endsWith('.js'));
    expect(js[0]).to.equal('loader.js');
    // The card's code and its define entry (the self-check's results share the card's code, not its registration).
    expect(fetched(f, 'recommendation-card-')).to.have.length(2);
    expect(new Set(js).size, 'nothing downloaded twice').to.equal(js.length);
    expect(js.filter((n) => /^(self-check|guichet-finder|partner-list|data-|messages-)/.test(n)), 'no other widget, no data or strings chunk').to.deep.equal([]);
    expectClean(f);
  });

  it('requests nothing for a page without a card, then loads the card added later', async () => {
    const f = await page(`<p>Une page sans widget.</p><script type="module" src="${LOADER}"></script>`);
    await aTimeout(200);
    expect(resources(f.win).map(fileName), 'only the loader').to.deep.equal(['loader.js']);
    expect(f.win.customElements.get('nc-recommendation-card')).to.equal(undefined);

    f.doc.body.insertAdjacentHTML('beforeend', `<section lang="nl">${CARD}</section>`);
    const card = await renderedCard(f.doc);
    await waitUntil(() => titleOf(card) === expected('acces-physique', 'nl').title, `the late card shows « ${titleOf(card)} »`);
    expect(fetched(f, 'recommendation-card-')).to.have.length(2);
    expectClean(f);
  });

  it('loads the card added later with document.createElement', async () => {
    const f = await page(`<main></main><script type="module" src="${LOADER}"></script>`, 'fr');
    await aTimeout(50);
    const card = f.doc.createElement('nc-recommendation-card');
    card.setAttribute('recommendation', 'autonomie');
    f.doc.querySelector('main')!.append(card);
    await renderedCard(f.doc);
    expect(titleOf(card)).to.equal(expected('autonomie', 'fr').title);
    expect(text(card.shadowRoot!.querySelector('[part~="kind"]'))).to.equal('Constat');
    expectClean(f);
  });
});

describe('what a page downloads', () => {
  for (const script of [CDN, LOADER]) {
    const name = fileName(new URL(script, location.href).href);

    it(`${name}: a French page loads no Dutch, German or English text`, async () => {
      const f = await page(`${CARD}<script type="module" src="${script}"></script>`, 'fr');
      await renderedCard(f.doc);
      await aTimeout(100);
      for (const prefix of ['data-card.nl-', 'messages-card.nl-', 'data-card.de-', 'messages-card.de-', 'data-card.en-', 'messages-card.en-', 'messages-']) {
        expect(fetched(f, prefix), prefix).to.deep.equal([]);
      }
      expect(fetched(f, 'data-'), 'no data chunk: the French card data is part of the code').to.deep.equal([]);
      expect(fetched(f, 'validate-'), 'no validation for the built-in data').to.deep.equal([]);
      expect(fetched(f, 'site-'), 'no code for a site’s own data (fetch, adapter, validation)').to.deep.equal([]);
    });

    it(`${name}: a Dutch page loads the Dutch data and strings`, async () => {
      const f = await page(`${CARD}<script type="module" src="${script}"></script>`, 'nl');
      const card = await renderedCard(f.doc);
      await waitUntil(() => titleOf(card) === expected('acces-physique', 'nl').title);
      expect(fetched(f, 'data-card.nl-')).to.have.length(1);
      expect(fetched(f, 'messages-card.nl-'), 'the card’s strings').to.have.length(1);
      expect(fetched(f, 'messages-').filter((n) => !n.startsWith('messages-card.nl-')), 'no other widget’s strings').to.deep.equal([]);
      expect(fetched(f, 'data-').filter((n) => !n.startsWith('data-card.nl-')), 'other data: other locales, other widgets').to.deep.equal([]);
    });
  }

  it('requests nothing from another origin and writes no cookie or storage', async () => {
    const before = { cookie: document.cookie, local: localStorage.length, session: sessionStorage.length };
    const f = await page(
      `<div lang="fr">${CARD}</div>
      <div lang="nl"><nc-recommendation-card recommendation="formation" variant="compact" easy-read href="https://www.example.org/plus"></nc-recommendation-card></div>
      <div lang="de"><nc-recommendation-card recommendation="autonomie"></nc-recommendation-card></div>
      <div lang="en"><nc-recommendation-card recommendation="cout-cache"></nc-recommendation-card></div>
      <script type="module" src="${CDN}"></script>`,
    );
    await waitUntil(() => [...f.doc.querySelectorAll('nc-recommendation-card')].every((c) => titleOf(c) !== ''), 'not every card rendered');
    const compact = f.doc.querySelector('nc-recommendation-card[variant="compact"]')!;
    compact.shadowRoot!.querySelector<HTMLButtonElement>('[part~="toggle"]')!.click();
    await aTimeout(100);

    const names = resources(f.win);
    expect(names.length).to.be.at.least(2);
    expect(names.filter((n) => new URL(n).origin !== location.origin), 'requests to another origin').to.deep.equal([]);
    expect(f.doc.cookie).to.equal('');
    expect(f.win.localStorage.length).to.equal(0);
    expect(f.win.sessionStorage.length).to.equal(0);
    expect({ cookie: document.cookie, local: localStorage.length, session: sessionStorage.length }).to.deep.equal(before);
    expectClean(f);
  });
});

describe('the demo page (npm start)', () => {
  it('renders every card from the CDN file, each in the language of its block, from this origin only', async () => {
    const container = await wrapperFixture<HTMLDivElement>(html`<div></div>`);
    const frame = document.createElement('iframe');
    frame.style.width = '1024px';
    frame.style.height = '800px';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/demo/index.html';
    container.append(frame);
    await loaded;
    const doc = frame.contentDocument!;
    const cards = [...doc.querySelectorAll('nc-recommendation-card')];
    expect(cards.length, 'cards on the demo page').to.be.at.least(9);
    await waitUntil(() => cards.every((c) => titleOf(c) !== ''), 'every card shows a title', { timeout: 5000 });
    for (const card of cards) {
      const id = card.getAttribute('recommendation')!;
      const lang = (card.closest('[lang]')?.getAttribute('lang') ?? 'fr').slice(0, 2) as 'fr' | 'nl' | 'de' | 'en';
      const field = card.hasAttribute('easy-read') ? 'easyTitle' : 'title';
      expect(titleOf(card), `${id} in ${lang}`).to.equal(expected(id, lang)[field]);
      expect(card.shadowRoot!.querySelector('[part~="error"]'), `${id} shows no error`).to.equal(null);
    }
    const origins = new Set(resources(frame.contentWindow!).map((u) => new URL(u).origin));
    expect([...origins]).to.deep.equal([location.origin]);
  });
});

describe('<nc-partner-list> in a plain HTML page (built files)', () => {
  const LISTS =
    '<nc-partner-list></nc-partner-list>' +
    '<nc-partner-list layout="list" lang="nl"></nc-partner-list>' +
    '<nc-partner-list layout="inline" lang="de" sort="name"></nc-partner-list>' +
    '<nc-partner-list lang="en" types="commune"></nc-partner-list>';
  const shown = (el: Element) => [...(el.shadowRoot?.querySelectorAll('[part~="partner"]') ?? [])];

  for (const [name, src] of [
    ['numerique-choisi.js', CDN],
    ['loader.js', LOADER],
  ] as const) {
    it(`${name}: the seven partners in every layout and language, from this origin only, without the card's text`, async () => {
      const f = await page(`${LISTS}<script type="module" src="${src}"></script>`);
      const lists = [...f.doc.querySelectorAll('nc-partner-list')];
      await waitUntil(() => lists.every((l) => shown(l).length > 0), 'every list shows partners', { timeout: 5000 });
      expect(lists.map((l) => shown(l).length)).to.deep.equal([7, 7, 7, 1]);
      const nlRoles = [...lists[1].shadowRoot!.querySelectorAll('[part~="role"]')].map(text);
      expect(nlRoles[0]).to.equal('organisator van de studiedag');
      expect(text(lists[3].shadowRoot!.querySelector('[part~="type"]'))).to.equal('Municipality');
      expect(fetched(f, 'data-card'), 'no card text for a partner list').to.deep.equal([]);
      expect(fetched(f, 'data-partners').sort()).to.deep.equal(
        fetched(f, 'data-partners')
          .filter((n) => /^data-partners\.(fr|nl|de|en)-/.test(n))
          .sort(),
      );
      const origins = new Set(resources(f.win).map((u) => new URL(u).origin));
      expect([...origins]).to.deep.equal([location.origin]);
      expectClean(f);
    });
  }

  it('the demo page shows the partners, sorted by name, and on one line', async () => {
    const container = await wrapperFixture<HTMLDivElement>(html`<div></div>`);
    const frame = document.createElement('iframe');
    frame.style.width = '1024px';
    frame.style.height = '800px';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/demo/index.html';
    container.append(frame);
    await loaded;
    const lists = [...frame.contentDocument!.querySelectorAll('nc-partner-list')];
    expect(lists.length).to.equal(2);
    await waitUntil(() => lists.every((l) => shown(l).length === 7), 'both lists show the seven partners', { timeout: 5000 });
    const names = [...lists[0].shadowRoot!.querySelectorAll('[part~="name"] > span:first-child')].map(text);
    expect(names).to.deep.equal([...names].sort(new Intl.Collator('fr').compare));
    expect(lists[1].shadowRoot!.querySelector('.layout-inline')).to.not.equal(null);
  });
});
