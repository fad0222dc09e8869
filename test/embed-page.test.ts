/**
 * The embed page (dist/embed/index.html, BUILT: run `npm run build` first) and its optional host
 * script (dist/embed/resize.js), in iframes as a municipal site would frame them. Also the pure
 * parameter check (src/embed/params.ts) with an allow-list.
 */
import { aTimeout, expect, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { readParams } from '../src/embed/params.js';
import { WIDGETS, WIDGET_NAMES } from '../src/embed/widgets.js';
import '../src/define/recommendation-card.js';
import '../src/define/self-check.js';
import '../src/define/partner-list.js';
import '../src/define/guichet-finder.js';
import { createFrame, norm, resources, text, wrapperFixture, type TestFrame } from './helpers.js';

const EMBED = '/dist/embed/';

before(async () => {
  const response = await fetch(`${EMBED}index.html`, { method: 'HEAD' });
  if (!response.ok) throw new Error(`${EMBED}index.html: HTTP ${response.status}. Run \`npm run build\` first (npm test does).`);
});
afterEach(() => fixtureCleanup());

interface EmbedFrame {
  frame: HTMLIFrameElement;
  win: Window & typeof globalThis;
  doc: Document;
  errors: string[];
}

/** The embed page with `query`, in an iframe of this page (`width` × `height` px). */
async function embed(query: string, { width = 800, height = 720 } = {}): Promise<EmbedFrame> {
  const container = await wrapperFixture<HTMLDivElement>(html`<div></div>`);
  const frame = document.createElement('iframe');
  frame.title = 'embed page';
  frame.width = String(width);
  frame.height = String(height);
  const errors: string[] = [];
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `${EMBED}${query}`;
  container.append(frame);
  // The page's module script runs once fetched, after its document exists: patch its console
  // as soon as the document is the embed page's (polled; the script is a request away).
  for (let i = 0; i < 2000; i++) {
    const w = frame.contentWindow as (Window & typeof globalThis) | null;
    if (w && w.document.URL.includes(EMBED)) {
      const original = w.console.error.bind(w.console);
      w.console.error = (...args: unknown[]) => {
        errors.push(args.map(String).join(' '));
        original(...args);
      };
      break;
    }
    await new Promise((r) => setTimeout(r, 0));
  }
  await loaded;
  return { frame, win: frame.contentWindow as Window & typeof globalThis, doc: frame.contentDocument!, errors };
}

/** Waits until the widget `tag` in the embed page shows its part `part`. */
async function widgetIn(f: EmbedFrame, tag: string, part = 'title'): Promise<Element> {
  await waitUntil(() => f.doc.querySelector(tag)?.shadowRoot?.querySelector(`[part~="${part}"]`), `${tag} did not render`, { timeout: 8000 });
  return f.doc.querySelector(tag)!;
}

const problems = (f: EmbedFrame) => [...f.doc.querySelectorAll('#problems li')].map((li) => text(li));

describe('the embed page', () => {
  it('?widget=guichet-finder&commune=Wavre&lang=nl: the Dutch finder, its own Dutch title and lang, a « new tab » link, no problem', async () => {
    const f = await embed('?widget=guichet-finder&commune=Wavre&lang=nl&walk-in-only');
    const finder = await widgetIn(f, 'nc-guichet-finder');
    expect(f.doc.documentElement.lang).to.equal('nl');
    expect(f.doc.title).to.equal('Loketten open zonder afspraak');
    expect(finder.getAttribute('commune')).to.equal('Wavre');
    expect(finder.hasAttribute('walk-in-only')).to.equal(true);
    await waitUntil(() => text(finder.shadowRoot!.querySelector('[part~="title"]')) === 'Een loket in uw buurt vinden', 'the Dutch title', { timeout: 5000 });
    expect(text(finder.shadowRoot!.querySelector('[part~="demo-notice"]'))).to.contain('Voorbeeldgegevens');
    const newTab = f.doc.getElementById('new-tab') as HTMLAnchorElement;
    expect(newTab.closest('p')!.hidden).to.equal(false);
    expect(text(newTab)).to.equal('In een nieuw tabblad openen');
    expect(newTab.href).to.equal(f.win.location.href);
    expect(newTab.target).to.equal('_blank');
    expect((f.doc.getElementById('problems') as HTMLElement).hidden).to.equal(true);
    expect(f.errors).to.deep.equal([]);
  });

  for (const [widget, tag, part] of [
    ['recommendation-card&recommendation=formation&variant=compact', 'nc-recommendation-card', 'title'],
    ['self-check&audience=institution', 'nc-self-check', 'start-button'],
    ['partner-list&layout=list&sort=name', 'nc-partner-list', 'name'],
  ]) {
    it(`?widget=${widget}: renders, nothing reported`, async () => {
      const f = await embed(`?widget=${widget}`);
      await widgetIn(f, tag, part);
      expect(f.doc.documentElement.lang).to.equal('fr');
      expect(problems(f)).to.deep.equal([]);
      expect(f.errors).to.deep.equal([]);
    });
  }

  it('unknown and bad parameters: a visible German message and a console error for each, the rest works', async () => {
    const f = await embed('?widget=partner-list&lang=de&layout=diagonal&foo=1&heading-level=9&sort=name&color-primary=red');
    const list = await widgetIn(f, 'nc-partner-list', 'name');
    expect((f.doc.getElementById('problems') as HTMLElement).hidden).to.equal(false);
    expect(text(f.doc.querySelector('#problems p'))).to.contain('Diese Seite wurde mit Parametern aufgerufen');
    expect(problems(f)).to.deep.equal([
      'Ungültiger Wert für „layout“ (grid | list | inline): Er wird ignoriert.',
      'Unbekannter Parameter „foo“: Er wird ignoriert.',
      'Ungültiger Wert für „heading-level“ (2–6): Er wird ignoriert.',
      'Ungültiger Wert für „color-primary“ (#rrggbb): Er wird ignoriert.',
    ]);
    expect(f.errors).to.have.length(4);
    expect(f.errors[0]).to.equal('[numerique-choisi] embed page: parameter "layout": "diagonal" is not valid (expected grid | list | inline); ignored.');
    expect(f.errors[1]).to.match(/^\[numerique-choisi\] embed page: unknown parameter "foo" for partner-list/);
    expect(list.getAttribute('sort'), 'the good parameters still apply').to.equal('name');
    expect(list.getAttribute('layout'), 'the bad value never reached the widget').to.not.equal('diagonal');
    expect(list.getAttribute('lang')).to.equal('de');
  });

  it('no widget: says how to choose one, in the page language', async () => {
    const f = await embed('?lang=en&commune=Wavre');
    await waitUntil(() => problems(f).length, 'a message', { timeout: 5000 });
    expect(problems(f)).to.deep.equal(['No widget is chosen. Add “?widget=” to the address, followed by: recommendation-card, self-check, partner-list, guichet-finder.']);
    expect(f.errors).to.deep.equal(['[numerique-choisi] embed page: no "widget" parameter (one of: recommendation-card, self-check, partner-list, guichet-finder).']);
  });

  it('refuses a src on another origin not on the allow-list: message, console error, no request, the built-in counters shown', async () => {
    const f = await embed('?widget=guichet-finder&commune=Wavre&src=' + encodeURIComponent('https://evil.example/guichets.json'));
    const finder = await widgetIn(f, 'nc-guichet-finder');
    expect(finder.hasAttribute('src')).to.equal(false);
    expect(problems(f)).to.deep.equal([
      'Adresse refusée pour « src » : seules les adresses de ce site et celles de la liste autorisée de cette page sont acceptées.',
    ]);
    expect(f.errors).to.deep.equal([
      '[numerique-choisi] embed page: parameter "src": https://evil.example is neither this page\'s origin nor on its allow-list (meta name="numerique-choisi-allow"); ignored.',
    ]);
    await waitUntil(() => finder.shadowRoot!.querySelector('[part~="demo-notice"]'), 'the built-in (example) counters', { timeout: 5000 });
    await aTimeout(100);
    expect(resources(f.win).filter((u) => new URL(u).origin !== location.origin)).to.deep.equal([]);
  });

  it('refuses a javascript: href on a card, keeps a same-origin src', async () => {
    const f = await embed('?widget=recommendation-card&recommendation=temps&href=javascript:alert(1)&src=/test/fixtures/nope.json');
    await waitUntil(() => f.doc.querySelector('nc-recommendation-card'), 'the card', { timeout: 5000 });
    const card = f.doc.querySelector('nc-recommendation-card')!;
    expect(card.hasAttribute('href')).to.equal(false);
    expect(card.getAttribute('src')).to.equal(`${location.origin}/test/fixtures/nope.json`);
    expect(problems(f)[0]).to.contain('« href »');
  });

  it('no storage, no cookie, no request to another origin', async () => {
    const f = await embed('?widget=self-check&audience=travailleur');
    await widgetIn(f, 'nc-self-check', 'start-button');
    await aTimeout(100);
    expect(f.win.localStorage.length).to.equal(0);
    expect(f.win.sessionStorage.length).to.equal(0);
    expect(f.doc.cookie).to.equal('');
    expect(resources(f.win).filter((u) => new URL(u).origin !== location.origin)).to.deep.equal([]);
  });
});

describe('the embed page in a host page', () => {
  /** A host page (srcdoc) with the iframe and, optionally, the resize script. */
  async function host(body: string): Promise<TestFrame> {
    const container = await wrapperFixture<HTMLDivElement>(html`<div></div>`);
    const f = await createFrame(body, { container });
    f.frame.style.height = '1200px';
    return f;
  }
  const inner = (f: TestFrame) => f.doc.querySelector('iframe')!;

  it('at a fixed height with no host script: the widget renders at that height, scrolls inside, fits 320 px', async () => {
    const f = await host(`<iframe src="${EMBED}?widget=guichet-finder&commune=Wavre" title="Guichets" width="320" height="720" style="border:0"></iframe>`);
    const frame = inner(f);
    await waitUntil(() => frame.contentDocument?.querySelector('nc-guichet-finder')?.shadowRoot?.querySelector('[part~="counter"]'), 'the finder in the frame', { timeout: 8000 });
    const doc = frame.contentDocument!;
    expect(frame.getBoundingClientRect().height).to.equal(720);
    expect(doc.documentElement.scrollHeight, 'the content is taller than the frame: it scrolls inside').to.be.greaterThan(720);
    expect(doc.documentElement.scrollWidth, 'no horizontal scrolling at 320 px').to.be.at.most(doc.documentElement.clientWidth);
    expect(norm(doc.getElementById('new-tab')!.textContent)).to.equal('Ouvrir dans un nouvel onglet');
  });

  it('with resize.js: the iframe takes the height of its content', async () => {
    const f = await host(`<iframe src="${EMBED}?widget=recommendation-card&recommendation=temps&variant=compact" title="Carte" width="600" height="700" style="border:0"></iframe>
      <script src="${EMBED}resize.js"></script>`);
    const frame = inner(f);
    await waitUntil(() => frame.contentDocument?.querySelector('nc-recommendation-card')?.shadowRoot?.querySelector('[part~="title"]'), 'the card', { timeout: 8000 });
    await waitUntil(() => frame.style.height !== '', 'resize.js set a height', { timeout: 5000 });
    const page = frame.contentDocument!.getElementById('page')!;
    await waitUntil(() => Math.abs(parseFloat(frame.style.height) - page.getBoundingClientRect().height) <= 1, `height ${frame.style.height}`, { timeout: 5000 });
    expect(parseFloat(frame.style.height)).to.be.below(700);
  });

  it('resize.js accepts no message from another window, or of another shape', async () => {
    const f = await host(`<iframe src="${EMBED}?widget=partner-list&layout=inline" title="Partenaires" width="600" height="300" style="border:0"></iframe>
      <script src="${EMBED}resize.js"></script>`);
    const frame = inner(f);
    await waitUntil(() => frame.style.height !== '', 'resize.js set a height', { timeout: 8000 });
    // Once the list is drawn and its height sent (the page sends it again when the widget has its data).
    await waitUntil(() => frame.contentDocument?.querySelector('nc-partner-list')?.shadowRoot?.querySelector('[part~="partner"], li'), 'the list', { timeout: 8000 });
    const page = frame.contentDocument!.getElementById('page')!;
    await waitUntil(() => Math.abs(parseFloat(frame.style.height) - page.getBoundingClientRect().height) <= 1, 'the height settled', { timeout: 5000 });
    const before = frame.style.height;
    // From the host page itself (not the iframe's window):
    f.win.postMessage({ type: 'numerique-choisi:height', height: 5000 }, '*');
    // From the iframe's window, but another shape:
    const w = frame.contentWindow as Window & typeof globalThis;
    w.eval(`parent.postMessage({ type: 'numerique-choisi:height', height: 4000, extra: 1 }, '*');
      parent.postMessage({ type: 'numerique-choisi:height', height: '4000' }, '*');
      parent.postMessage({ type: 'other', height: 4000 }, '*');
      parent.postMessage('numerique-choisi:height 4000', '*');`);
    await aTimeout(200);
    expect(frame.style.height).to.equal(before);
    // The right shape from the right window: accepted (clamped).
    w.eval(`parent.postMessage({ type: 'numerique-choisi:height', height: 20 }, '*')`);
    await waitUntil(() => frame.style.height === '100px', `clamped to 100px: ${frame.style.height}`, { timeout: 5000 });
  });
});

describe('readParams (pure)', () => {
  it('knows every attribute each element observes, and no other', () => {
    const arriving: Record<string, string[]> = {};
    for (const name of WIDGET_NAMES) {
      const observed = (customElements.get(`nc-${name}`) as unknown as { observedAttributes: string[] }).observedAttributes;
      const known = Object.keys(WIDGETS[name]).filter((a) => a !== 'lang');
      expect(observed.filter((a) => !known.includes(a)), `${name}: attributes the embed page does not know`).to.deep.equal([]);
      expect(known.filter((a) => !observed.includes(a) && !(arriving[name] ?? []).includes(a)), `${name}: attributes the element does not have`).to.deep.equal([]);
    }
  });

  const base = 'https://embed.wavre.be/nc/embed/?x';
  it('an origin on the allow-list is accepted for src and href; others, and other schemes, are not', () => {
    const c = readParams('?widget=recommendation-card&recommendation=temps&src=https://data.wavre.be/nc.json&href=https://www.wavre.be/x', {
      base,
      allow: ['https://data.wavre.be', 'https://www.wavre.be'],
    });
    expect(c.problems).to.deep.equal([]);
    expect(c.attrs).to.deep.equal({ recommendation: 'temps', src: 'https://data.wavre.be/nc.json', href: 'https://www.wavre.be/x' });
    for (const href of ['https://data.wavre.be.evil.example/x', 'http://data.wavre.be/x', 'javascript:alert(1)', 'data:text/html,x', '//evil.example/x']) {
      const bad = readParams(`?widget=recommendation-card&recommendation=temps&href=${encodeURIComponent(href)}`, { base, allow: ['https://data.wavre.be'] });
      expect(bad.attrs.href, href).to.equal(undefined);
      expect(bad.problems.map((p) => p.kind), href).to.deep.equal(['url']);
    }
  });

  it('with a site’s own src, a site’s own ids are accepted; without, only built-in ids', () => {
    expect(readParams('?widget=recommendation-card&recommendation=ma-reco', { base }).problems.map((p) => p.name)).to.deep.equal(['recommendation']);
    expect(readParams('?widget=recommendation-card&recommendation=ma-reco&src=/data.json', { base }).attrs.recommendation).to.equal('ma-reco');
  });

  it('the finder’s own sync-url parameters are not reported; booleans, lists and numbers are checked', () => {
    const c = readParams('?widget=guichet-finder&sync-url&nc-q=1300&nc-walk-in=1&services=sante,emploi&types=cpas&limit=5&open-now=false&postal-code=1300', { base });
    expect(c.problems).to.deep.equal([]);
    expect(c.attrs).to.deep.equal({ 'sync-url': true, services: 'sante,emploi', types: 'cpas', limit: '5', 'postal-code': '1300' });
    const bad = readParams('?widget=guichet-finder&services=sante,piscine&limit=0&walk-in-only=yes&postal-code=abcd&commune=<b>', { base });
    expect(bad.problems.map((p) => p.name)).to.deep.equal(['services', 'limit', 'walk-in-only', 'postal-code', 'commune']);
    expect(bad.attrs).to.deep.equal({});
  });
});
