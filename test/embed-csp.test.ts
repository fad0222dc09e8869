/**
 * The embed page and the configurator (dist/embed/, BUILT: run `npm run build` first) served with
 * `Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self'` (the test
 * server's `/nc-csp/` prefix adds the header, web-test-runner.config.mjs), as a strict municipal
 * site would host them (issue 15 part 5). For each widget: it renders in the language asked for,
 * works (a lazy chunk, an interaction), a bad parameter still shows its localized message, the
 * colours given as parameters reach the widget (set through the CSSOM, which the policy allows;
 * a `style` attribute it would block), the browser reports no violation and nothing is requested
 * from another origin. The script-tag form is test/hardening-csp.test.ts.
 */
import { aTimeout, expect, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { part, parts, textOf } from './hardening.js';
import { resources, wrapperFixture } from './helpers.js';

const POLICY = "default-src 'self'; script-src 'self'; style-src 'self'";
const EMBED = '/nc-csp/dist/embed/';

before(async () => {
  const response = await fetch(`${EMBED}index.html`, { method: 'HEAD' });
  if (!response.ok) throw new Error(`${EMBED}index.html: HTTP ${response.status}. Run \`npm run build\` first (npm test does).`);
});
afterEach(() => fixtureCleanup());

interface StrictFrame {
  win: Window & typeof globalThis;
  doc: Document;
  errors: string[];
  thrown: string[];
  violations: string[];
}

/**
 * `url` (under /nc-csp/) in an iframe of this page. The built pages carry no recorder script (and
 * an inline one would be blocked): console errors, uncaught errors and `securitypolicyviolation`
 * events are recorded from here, on the frame's document as soon as it is the page's (polled: its
 * module script and everything it loads come after the document exists).
 */
async function strict(url: string, { width = 800, height = 720 } = {}): Promise<StrictFrame> {
  const response = await fetch(url);
  expect(response.headers.get('content-security-policy'), 'the test server sends the policy').to.equal(POLICY);
  const container = await wrapperFixture<HTMLDivElement>(html`<div></div>`);
  const frame = document.createElement('iframe');
  frame.title = 'strict page';
  frame.width = String(width);
  frame.height = String(height);
  const f: Omit<StrictFrame, 'win' | 'doc'> = { errors: [], thrown: [], violations: [] };
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  container.append(frame);
  let attached = false;
  for (let i = 0; i < 4000 && !attached; i++) {
    const w = frame.contentWindow as (Window & typeof globalThis) | null;
    if (w && w.document.URL.includes(url.split('?')[0])) {
      const original = w.console.error.bind(w.console);
      w.console.error = (...args: unknown[]) => {
        f.errors.push(args.map(String).join(' '));
        original(...args);
      };
      w.addEventListener('error', (e) => f.thrown.push(e.message || `failed to load ${String((e.target as HTMLScriptElement | null)?.src)}`), true);
      w.addEventListener('unhandledrejection', (e) => f.thrown.push(String(e.reason)));
      w.document.addEventListener('securitypolicyviolation', (e) => f.violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
      attached = true;
    } else await new Promise((r) => setTimeout(r, 0));
  }
  expect(attached, 'the recorder was attached to the page').to.equal(true);
  await loaded;
  return { ...f, win: frame.contentWindow as Window & typeof globalThis, doc: frame.contentDocument! };
}

const problems = (f: StrictFrame) => [...f.doc.querySelectorAll('#problems li')].map((li) => textOf(li));
const foreign = (f: StrictFrame) => resources(f.win).filter((u) => new URL(u).origin !== location.origin);

/** The custom property `prop` as the widget computes it (inherited by its shadow tree). */
const token = (el: Element, prop: string) => getComputedStyle(el).getPropertyValue(prop).trim();

interface Case {
  widget: string;
  tag: string;
  /** Query parameters beyond `widget`: a language, one bad parameter, colours. */
  query: string;
  /** The part that only loaded content has, and its text in the language asked for. */
  content: string;
  text?: string;
  title: string;
  lang: string;
  problem: string;
  colours: Record<string, string>;
  /** Uses the widget (a click that loads code or changes what is shown), resolves when done. */
  use(el: HTMLElement): Promise<void>;
}

const CASES: Case[] = [
  {
    widget: 'recommendation-card',
    tag: 'nc-recommendation-card',
    query: 'recommendation=formation&variant=compact&lang=nl&heading-level=9&color-primary=%237a1f5c',
    content: 'kind',
    text: 'Aanbeveling',
    title: 'Een aanbeveling van de studiedag “Comment le numérique questionne nos pratiques\u202f?”',
    lang: 'nl',
    problem: 'Ongeldige waarde voor “heading-level” (2–6): die wordt genegeerd.',
    colours: { '--nc-color-primary': '#7a1f5c' },
    async use(el) {
      part(el, 'toggle')!.click();
      await waitUntil(() => part(el, 'toggle')!.getAttribute('aria-expanded') === 'true', 'the card’s details open');
    },
  },
  {
    widget: 'self-check',
    tag: 'nc-self-check',
    query: 'audience=travailleur&lang=de&emit-results=maybe&color-surface=%23fff8e7&color-text=%23202020',
    content: 'start-button',
    text: 'Beginnen',
    title: 'Selbstbewertung: Wo stehen wir bei der Digitalisierung?',
    lang: 'de',
    problem: 'Ungültiger Wert für „emit-results“ (true | false): Er wird ignoriert.',
    colours: { '--nc-color-surface': '#fff8e7', '--nc-color-text': '#202020' },
    async use(el) {
      part(el, 'start-button')!.click();
      // The question view is a lazy chunk.
      await waitUntil(() => part(el, 'question'), 'a question');
      const first = textOf(el.shadowRoot!.querySelector('[part~="question"] legend'));
      el.shadowRoot!.querySelector<HTMLInputElement>('[part~="question"] input[value="oui"]')!.click();
      part(el, 'next-button')!.click();
      await waitUntil(() => textOf(el.shadowRoot!.querySelector('[part~="question"] legend')) !== first, 'the next question');
    },
  },
  {
    widget: 'partner-list',
    tag: 'nc-partner-list',
    query: 'lang=en&layout=diagonal&sort=name&color-primary=%23005f50',
    content: 'name',
    title: 'The event partners',
    lang: 'en',
    problem: 'Invalid value for “layout” (grid | list | inline): it is ignored.',
    colours: { '--nc-color-primary': '#005f50' },
    async use(el) {
      expect(part(el, 'list')?.getAttribute('aria-label'), 'the English list').to.equal('Partners');
      expect(parts(el, 'partner')).to.have.length(7);
      el.setAttribute('types', 'commune');
      await waitUntil(() => parts(el, 'partner').length === 1, 'the list filtered');
    },
  },
  {
    widget: 'guichet-finder',
    tag: 'nc-guichet-finder',
    query: 'commune=Wavre&lang=nl&limit=0&color-primary=%23004d80&color-surface=%23f4f8fb',
    content: 'title',
    text: 'Een loket in uw buurt vinden',
    title: 'Loketten open zonder afspraak',
    lang: 'nl',
    problem: 'Ongeldige waarde voor “limit” (1–100): die wordt genegeerd.',
    colours: { '--nc-color-primary': '#004d80', '--nc-color-surface': '#f4f8fb' },
    async use(el) {
      await waitUntil(() => parts(el, 'counter').length > 0, 'the counters');
      expect(textOf(part(el, 'demo-notice'))).to.contain('Voorbeeldgegevens');
      // A counter's details: a lazy chunk.
      part(el, 'toggle')!.click();
      await waitUntil(() => textOf(el.shadowRoot!.querySelector('[part~="details"]:not([hidden])')) !== '', 'the counter’s details');
    },
  },
];

describe('the embed page with a strict Content-Security-Policy', () => {
  it('the policy is enforced in the embed page, and its violations are recorded: an inline style and an inline script are blocked', async () => {
    const f = await strict(`${EMBED}index.html?widget=partner-list`);
    const div = f.doc.createElement('div');
    div.setAttribute('style', 'color: rgb(255, 0, 0)');
    f.doc.body.append(div);
    const s = f.doc.createElement('script');
    s.textContent = 'window.__inline = 1';
    f.doc.body.append(s);
    await waitUntil(() => f.violations.length >= 2, 'two violations reported');
    expect((f.win as unknown as { __inline?: number }).__inline).to.equal(undefined);
    expect(f.win.getComputedStyle(div).color).to.not.equal('rgb(255, 0, 0)');
    expect(f.violations.map((v) => v.split(' ')[0]).sort()).to.deep.equal(['script-src-elem', 'style-src-attr']);
  });

  for (const c of CASES) {
    it(`?widget=${c.widget}&${decodeURIComponent(c.query)}: renders in ${c.lang} and works, the bad parameter is shown, the colours apply, no violation, nothing from another origin`, async () => {
      const f = await strict(`${EMBED}index.html?widget=${c.widget}&${c.query}`);
      await waitUntil(() => textOf(part(f.doc.querySelector(c.tag), c.content)) !== '', `${c.tag} did not render`, { timeout: 8000 });
      const el = f.doc.querySelector<HTMLElement>(c.tag)!;
      // The language asked for: the page's own title and lang, the widget's strings (lazy packs).
      if (c.text) await waitUntil(() => textOf(part(el, c.content)) === c.text, `${c.content}: « ${textOf(part(el, c.content))} », not « ${c.text} »`, { timeout: 5000 });
      expect(f.doc.documentElement.lang).to.equal(c.lang);
      expect(f.doc.title).to.equal(c.title);
      // The page's own stylesheet applies (a blocked one would leave the box unstyled).
      const box = f.doc.getElementById('problems')!;
      expect(box.hidden).to.equal(false);
      expect(getComputedStyle(box).borderTopStyle, 'embed.css applied').to.equal('solid');
      expect(problems(f)).to.deep.equal([c.problem]);
      expect(f.errors, 'one console error, for the bad parameter').to.have.length(1);
      expect(f.errors[0]).to.match(/^\[numerique-choisi\] embed page: parameter "\w[\w-]*": ".*" is not valid/);
      // The colours: on the widget, and inherited by its shadow tree.
      for (const [prop, value] of Object.entries(c.colours)) {
        expect(token(el, prop), prop).to.equal(value);
        expect(token(el.shadowRoot!.querySelector(`[part~="${c.content}"]`)!, prop), `${prop} inside the widget`).to.equal(value);
      }
      await c.use(el);
      await aTimeout(50);
      expect(foreign(f), 'nothing from another origin').to.deep.equal([]);
      expect(f.thrown, 'nothing thrown').to.deep.equal([]);
      expect(f.violations, 'no CSP violation').to.deep.equal([]);
    });
  }
});

describe('the embed page with a strict Content-Security-Policy: a data file redirected to another origin', () => {
  // The widgets refuse a redirect to another origin (response.url), but the browser follows it
  // before a page can see where it goes. The policy of the self-hosting recipe (connect-src, here
  // default-src 'self') stops the request itself: the other origin is never asked.
  const hits = async (id: string) => ((await (await fetch(`/nc-redirect/hits.json?id=${id}`)).json()) as { hits: number }).hits;
  const src = (id: string) => encodeURIComponent(`/nc-redirect/cross.json?id=${id}&cors=1`);

  it('without the policy the request reaches the other origin, and the widget refuses its answer', async () => {
    const id = `embed-open-${Date.now()}`;
    const container = await wrapperFixture<HTMLDivElement>(html`<div></div>`);
    const frame = document.createElement('iframe');
    frame.title = 'embed page without a policy';
    frame.src = `/dist/embed/index.html?widget=partner-list&src=${src(id)}`;
    container.append(frame);
    await waitUntil(() => frame.contentDocument?.querySelector('nc-partner-list')?.shadowRoot?.querySelector('[part~="error"]'), 'the error state', { timeout: 8000 });
    expect(await hits(id), 'the browser followed the redirect').to.equal(1);
  });

  it('with the policy: the error state with its retry button, a connect-src violation, and no request to the other origin', async () => {
    const id = `embed-csp-${Date.now()}`;
    const f = await strict(`${EMBED}index.html?widget=partner-list&lang=nl&src=${src(id)}`);
    await waitUntil(() => part(f.doc.querySelector('nc-partner-list'), 'error'), 'the error state', { timeout: 8000 });
    const el = f.doc.querySelector('nc-partner-list')!;
    expect(textOf(part(el, 'retry-button'))).to.equal('De informatie opnieuw laden');
    await waitUntil(() => f.violations.length > 0, 'the violation is reported');
    expect(f.violations.map((v) => v.split(' ')[0])).to.deep.equal(['connect-src']);
    expect(await hits(id), 'the other origin was never asked').to.equal(0);
  });
});

describe('the configurator with a strict Content-Security-Policy', () => {
  it('the preview renders each widget, a copy button gives the snippet, no violation, nothing from another origin', async () => {
    // In French (?ui=fr): the copy status below is the French one, whatever the browser’s language.
    const f = await strict(`${EMBED}configurator.html?ui=fr`, { width: 1000, height: 900 });
    const out = (id: string) => (f.doc.getElementById(id) as HTMLTextAreaElement).value;
    await waitUntil(() => out('out-script'), 'the first snippets', { timeout: 8000 });
    // The clipboard, as the page sees it: what it is given is kept here.
    const copied: string[] = [];
    Object.defineProperty(f.win.navigator.clipboard, 'writeText', { configurable: true, value: (t: string) => (copied.push(t), Promise.resolve()) });

    for (const [widget, tag, content] of [
      ['recommendation-card', 'nc-recommendation-card', 'title'],
      ['guichet-finder', 'nc-guichet-finder', 'counter-name'],
      ['partner-list', 'nc-partner-list', 'name'],
      ['self-check', 'nc-self-check', 'start-button'],
    ]) {
      const radio = f.doc.querySelector<HTMLInputElement>(`input[name="widget"][value="${widget}"]`)!;
      if (!radio.checked) {
        const done = new Promise((r) => f.doc.addEventListener('nc-configurator-update', r, { once: true }));
        radio.click();
        await done;
      }
      const preview = f.doc.getElementById('preview')!;
      await waitUntil(() => textOf(part(preview.querySelector(tag), content)) !== '', `the preview of ${widget}`, { timeout: 8000 });
      expect(out('out-script')).to.contain(`<${tag}`);
    }

    // A colour through the form: the preview takes it (CSSOM), the snippets carry it.
    const colour = f.doc.querySelector<HTMLInputElement>('[name="--nc-color-primary"]')!;
    const done = new Promise((r) => f.doc.addEventListener('nc-configurator-update', r, { once: true }));
    colour.value = '#7a1f5c';
    colour.dispatchEvent(new Event('change', { bubbles: true }));
    await done;
    const previewed = f.doc.querySelector<HTMLElement>('#preview nc-self-check')!;
    expect(token(previewed, '--nc-color-primary')).to.equal('#7a1f5c');

    f.doc.querySelector<HTMLButtonElement>('button[data-copy="out-iframe"]')!.click();
    await waitUntil(() => textOf(f.doc.getElementById('copy-status')) !== '', 'the copy status');
    expect(textOf(f.doc.getElementById('copy-status'))).to.equal('Copié : iframe.');
    expect(copied).to.deep.equal([out('out-iframe')]);
    expect(copied[0]).to.match(/^<iframe [^>]*src="[^"]*\/embed\/(index\.html)?\?widget=self-check[^"]*color-primary=%237a1f5c/);

    await aTimeout(50);
    expect(foreign(f), 'nothing from another origin').to.deep.equal([]);
    expect(f.errors, 'no console error').to.deep.equal([]);
    expect(f.thrown, 'nothing thrown').to.deep.equal([]);
    expect(f.violations, 'no CSP violation').to.deep.equal([]);
  });
});
