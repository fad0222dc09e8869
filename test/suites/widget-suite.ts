/**
 * The tests every widget must pass, run by each widget's test file with its tag (in the spirit
 * of Shoelace's `runFormControlBaseTests` and Lion's shared suites): language from `lang`
 * (own, closest across shadow roots, a bilingual page), `src` that answers 404, hangs, sends
 * HTML, or fails then succeeds on retry (focus), the `nc-error` detail, the fallback content
 * while loading, leaving the page aborts the request, a second definition, and axe in every
 * state.
 */
import { aTimeout, expect, fixtureCleanup, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { templates as nl } from '../../src/generated/locales/nl.js';
import { templates as de } from '../../src/generated/locales/de.js';
import { templates as en } from '../../src/generated/locales/en.js';
import type { Locale } from '../../src/data/model.js';
import type { NcErrorDetail } from '../../src/components/nc-element.js';
import { define } from '../../src/shared/define.js';
import { LOCALES } from '../../src/data/model.js';
import { captureConsole, type CapturedConsole, norm } from '../helpers.js';
import { WidgetHarness } from '../harness.js';

export interface WidgetSuiteOptions {
  /** The tag, already defined by the test file. */
  tag: string;
  /** Attributes with which the widget shows content from the built-in data. */
  attrs: Record<string, string>;
  /** A part only the loaded content has; it takes the focus after a successful retry. */
  contentPart: string;
}

/** The UI string `id` in `locale`, as the user reads it. */
function ui(id: string, locale: Locale, french: string): string {
  const t = { nl, de, en }[locale as Exclude<Locale, 'fr'>] as Record<string, unknown> | undefined;
  const v = t?.[id];
  return norm(typeof v === 'string' ? v : french);
}

const hang = (kind: 'headers' | 'body', id: string) => `/nc-hang/${kind}.json?id=${id}`;
async function hangStats(id: string): Promise<{ started: number; aborted: number }> {
  return (await fetch(`/nc-hang/stats?id=${id}`)).json();
}
let unique = 0;
const uid = (name: string) => `${name}-${Date.now()}-${++unique}`;

export function runWidgetSuite({ tag, attrs, contentPart }: WidgetSuiteOptions): void {
  const attrText = Object.entries(attrs)
    .map(([k, v]) => `${k}="${v}"`)
    .join(' ');
  /** The widget as markup, with extra attributes and inner HTML. */
  const markup = (extra = '', inner = '') => `<${tag} ${attrText} ${extra}>${inner}</${tag}>`;

  /**
   * A widget made from markup inside a fixture wrapper. `fixtureSync`, not `fixture`: the
   * latter waits for an animation frame on a plain element, which never comes in a page that
   * runs in the background (two test files at once; modernweb-dev/web#2588).
   */
  async function mount(extra = '', inner = '', lang?: string): Promise<{ el: HTMLElement; h: WidgetHarness }> {
    const wrap = fixtureSync<HTMLDivElement>(html`<div lang=${lang ?? 'fr'}></div>`);
    wrap.innerHTML = markup(extra, inner);
    const el = wrap.firstElementChild as HTMLElement;
    return { el, h: new WidgetHarness(el, contentPart) };
  }

  describe(`<${tag}>: shared widget suite`, () => {
    let output: CapturedConsole;
    const realFetch = window.fetch;
    beforeEach(() => {
      output = captureConsole();
    });
    afterEach(() => {
      window.fetch = realFetch; // a test that stubs it may have timed out before its own clean-up
      output.restore();
      fixtureCleanup();
    });

    describe('language', () => {
      it('follows its own lang, else the closest one across a shadow root, and re-renders when it changes', async () => {
        const host = fixtureSync<HTMLDivElement>(html`<div lang="de"></div>`);
        const root = host.attachShadow({ mode: 'open' });
        root.innerHTML = `<section lang="nl">${markup()}</section>`;
        const el = root.querySelector(tag) as HTMLElement;
        const h = new WidgetHarness(el, contentPart);
        await h.until('content');
        expect(h.lang(), 'the closest lang, inside a shadow root').to.equal('nl');
        root.querySelector('section')!.removeAttribute('lang');
        await waitUntil(() => h.lang() === 'de', `after removing the section's lang: ${h.lang()}`);
        el.setAttribute('lang', 'en-GB');
        await waitUntil(() => h.lang() === 'en', `with its own lang="en-GB": ${h.lang()}`);
        expect(output.errors).to.deep.equal([]);
      });

      it('a bilingual page: a French and a Dutch widget side by side, each in its language', async () => {
        const wrap = fixtureSync<HTMLDivElement>(html`<div lang="fr-BE"></div>`);
        wrap.innerHTML = `<div lang="fr">${markup()}</div><div lang="nl-BE">${markup()}</div>`;
        const [fr, nlEl] = [...wrap.querySelectorAll(tag)].map((el) => new WidgetHarness(el as HTMLElement, contentPart));
        await fr.until('content');
        await nlEl.until('content');
        await waitUntil(() => nlEl.lang() === 'nl', 'the Dutch one speaks Dutch');
        expect(fr.lang()).to.equal('fr');
        expect(nlEl.text(contentPart)).to.not.equal(fr.text(contentPart));
        await expect(wrap).to.be.accessible();
      });
    });

    describe('a site file (src) that fails', () => {
      for (const locale of LOCALES) {
        it(`404 (${locale}): an alert in the widget's language with the status, a retry button, nc-error, one console error`, async () => {
          const url = new URL(`/test/fixtures/${uid('missing')}.json`, location.href).href;
          const { el, h } = await mount(`src="${url}" lang="${locale}"`);
          const event = await oneEvent(el, 'nc-error');
          expect((event as CustomEvent<NcErrorDetail>).detail).to.deep.equal({ reason: 'http', source: url, status: 404 });
          await h.until('error');
          const error = h.need('error');
          expect(error.querySelector('p')!.getAttribute('role'), 'the message is an alert (announced), the button is not part of it').to.equal('alert');
          expect(error.getAttribute('lang')).to.equal(locale);
          const title = ui('error.title', locale, 'Les informations n’ont pas pu être chargées.');
          const message = norm(error.querySelector('p')!.textContent);
          expect(message.startsWith(`${title} `), message).to.equal(true);
          expect(message, 'the status').to.contain('404');
          if (locale !== 'fr') expect(message, 'not the French text').to.not.contain('Le site');
          expect(h.text('retry-button'), 'the button says what it retries').to.equal(ui('error.reload', locale, 'Recharger les informations'));
          const button = h.need('retry-button');
          expect(h.root.getElementById(button.getAttribute('aria-describedby')!)?.textContent, 'the button is described by the message').to.equal(error.querySelector('p')!.textContent);
          expect(output.errors).to.deep.equal([`[numerique-choisi] ${url}: HTTP 404`]);
          await expect(el).to.be.accessible();
        });
      }

      for (const kind of ['headers', 'body'] as const) {
        it(`that hangs (no ${kind === 'headers' ? 'response' : 'body progress'}): the error state once the timeout has passed; updateComplete settles`, async () => {
          const id = uid(kind);
          const { el, h } = await mount(`src="${hang(kind, id)}" timeout="300"`, '<a href="/aide">Aide</a>');
          const started = performance.now();
          const event = oneEvent(el, 'nc-error');
          await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
          const waited = performance.now() - started;
          expect(h.state()).to.equal('error');
          expect(waited, 'waited about the timeout').to.be.within(250, 4000);
          expect((await event as CustomEvent<NcErrorDetail>).detail.reason).to.equal('network');
          expect(norm(h.need('error').textContent)).to.contain('Le site met trop de temps à répondre. Réessayez dans un moment.');
          expect(output.errors).to.deep.equal([`[numerique-choisi] ${new URL(hang(kind, id), location.href).href}: no response for 0.3 s (timeout)`]);
          await waitUntil(async () => (await hangStats(id)).aborted === 1, 'the hung request was aborted');
          expect(h.fallback().map((e) => e.localName), 'the fallback content stays beside the error').to.deep.equal(['a']);
        });
      }

      it('HTML instead of JSON: « could not be read » for the public (no « JSON », no « format »), the line and column in the console', async () => {
        const { el, h } = await mount('src="/demo/index.html"');
        await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        expect(h.state()).to.equal('error');
        const text = norm(h.need('error').textContent);
        expect(text).to.contain('Les informations publiées par ce site n’ont pas pu être lues.');
        expect(text).to.not.match(/\bJSON\b|\bformat\b/i);
        expect(output.errors).to.deep.equal([`[numerique-choisi] ${new URL('/demo/index.html', location.href).href}: not valid JSON: line 1, column 1: unexpected character "<"`]);
      });

      it('offline, then « Réessayer »: the content, and the focus on its heading', async () => {
        let offline = true;
        window.fetch = ((...args: Parameters<typeof fetch>) =>
          offline ? Promise.reject(new TypeError('Failed to fetch')) : realFetch(...args)) as typeof fetch;
        const { el, h } = await mount(`src="/test/fixtures/site-empty.json?${uid('offline')}"`);
        await h.until('error');
        expect(norm(h.need('error').textContent)).to.contain('Impossible de joindre le site. Vérifiez votre connexion Internet, puis réessayez.');
        offline = false;
        h.need('retry-button').focus();
        h.click('retry-button');
        await h.until('content');
        await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        expect(h.focused(), 'the focus goes to the heading').to.equal(contentPart);
        await expect(el).to.be.accessible();
      });

      it('a retry that fails again keeps the focus on the error message', async () => {
        const { el, h } = await mount(`src="/test/fixtures/${uid('still-missing')}.json"`);
        await h.until('error');
        h.click('retry-button');
        await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        await h.until('error');
        await waitUntil(() => h.root.activeElement?.closest('[part~="error"]'), 'the focus is in the error');
        expect(h.root.activeElement?.getAttribute('role'), 'on the message itself').to.equal('alert');
      });

      // Issue 19.7: a request stays where the site sent it (web-test-runner.config.mjs redirectServer).
      const other = () => `${location.protocol}//${location.hostname === 'localhost' ? '127.0.0.1' : 'localhost'}:${location.port}`;
      it('a same-origin src redirected to another origin (which allows CORS): refused, the error state with retry, the console names both URLs', async () => {
        const id = uid('cross');
        const src = new URL(`/nc-redirect/cross.json?id=${id}&cors=1`, location.href).href;
        const { el, h } = await mount(`src="${src}"`);
        const event = await oneEvent(el, 'nc-error');
        expect((event as CustomEvent<NcErrorDetail>).detail.reason).to.equal('refused');
        await h.until('error');
        expect(norm(h.need('error').textContent)).to.contain('Les informations publiées par ce site n’ont pas pu être lues.');
        expect(h.part('retry-button'), 'a retry button').to.not.equal(null);
        const target = `${other()}/nc-redirect/target.json?id=${id}&cors=1`;
        expect(output.errors).to.deep.equal([`[numerique-choisi] ${src}: was redirected to ${target}, another origin; the data is not used (serve the file from ${location.origin})`]);
      });

      it('a redirect loop and another origin without CORS: « could not be read », not « the network »; src="javascript:…": nothing requested', async () => {
        for (const src of [`/nc-redirect/loop.json?id=${uid('loop')}`, `${other()}/test/fixtures/site-empty.json?${uid('nocors')}`, 'javascript:alert(1)']) {
          output.errors.length = 0;
          const { el, h } = await mount(`src="${src}"`);
          const event = await oneEvent(el, 'nc-error');
          expect((event as CustomEvent<NcErrorDetail>).detail.reason, src).to.equal('refused');
          await h.until('error');
          const text = norm(h.need('error').textContent);
          expect(text, src).to.contain('n’ont pas pu être lues');
          expect(text, src).to.not.contain('connexion');
          expect(output.errors.length, `${src}: one console error`).to.equal(1);
          if (src.startsWith('javascript')) expect(output.errors[0]).to.contain('is not an http(s) URL; nothing was requested');
          else expect(output.errors[0]).to.contain('the browser refused to give the answer to this page');
          fixtureCleanup();
        }
      });

      it('a same-origin redirect is followed', async () => {
        const { h } = await mount(`src="/nc-redirect/same.json?id=${uid('same')}"`);
        await h.until('content');
        expect(output.errors).to.deep.equal([]);
      });
    });

    describe('loading', () => {
      it('shows the fallback content the page wrote inside the tag while loading, and is accessible', async () => {
        const id = uid('slow');
        const { el, h } = await mount(`src="${hang('headers', id)}"`, '<a href="/numerique-choisi">Lire les recommandations</a>');
        await aTimeout(50);
        expect(h.state()).to.equal('loading');
        expect(h.need('loading').getAttribute('aria-busy')).to.equal('true');
        const [link] = h.fallback();
        expect(link.localName).to.equal('a');
        expect((link as HTMLElement).offsetHeight, 'the fallback is visible').to.be.greaterThan(0);
        await expect(el).to.be.accessible();
        el.remove();
      });

      it('leaving the page aborts its request; a URL shared by two widgets only when the last one leaves', async () => {
        const id = uid('shared');
        const wrap = fixtureSync<HTMLDivElement>(html`<div></div>`);
        wrap.innerHTML = markup(`src="${hang('headers', id)}"`) + markup(`src="${hang('headers', id)}"`);
        const [a, b] = [...wrap.querySelectorAll(tag)] as (HTMLElement & { updateComplete: Promise<unknown> })[];
        await waitUntil(async () => (await hangStats(id)).started === 1, 'one request for both');
        a.remove();
        await a.updateComplete; // settles though the request never answered
        await aTimeout(100);
        expect(await hangStats(id), 'one widget still waits').to.deep.equal({ started: 1, aborted: 0 });
        b.remove();
        await b.updateComplete;
        await waitUntil(async () => (await hangStats(id)).aborted === 1, 'the request is aborted once nobody waits');
        expect(output.errors, 'an abort is not an error').to.deep.equal([]);
      });

      it('a change of language while src loads keeps its one request (the file is the same in every language)', async () => {
        const id = uid('lang-change');
        const { el } = await mount(`src="${hang('headers', id)}"`);
        await waitUntil(async () => (await hangStats(id)).started === 1, 'the request started');
        el.setAttribute('lang', 'nl');
        await aTimeout(100);
        expect(await hangStats(id)).to.deep.equal({ started: 1, aborted: 0 });
        el.remove();
        await waitUntil(async () => (await hangStats(id)).aborted === 1, 'aborted once the widget left');
      });

      it('a change of src aborts the request it no longer needs', async () => {
        const [first, second] = [uid('first'), uid('second')];
        const { el } = await mount(`src="${hang('headers', first)}"`);
        await waitUntil(async () => (await hangStats(first)).started === 1, 'the first request started');
        el.setAttribute('src', hang('headers', second));
        await waitUntil(async () => (await hangStats(first)).aborted === 1, 'the first request was aborted');
        expect((await hangStats(second)).started).to.equal(1);
        el.remove();
      });

      it('back on the page, it loads again', async () => {
        const { el, h } = await mount();
        await h.until('content');
        const parent = el.parentElement!;
        el.remove();
        el.setAttribute('src', `/test/fixtures/${uid('gone')}.json`);
        parent.append(el);
        await h.until('error');
      });
    });

    it('defining the tag again (a second copy of the script) throws and logs nothing', () => {
      const ctor = customElements.get(tag)!;
      expect(() => define(tag, ctor)).to.not.throw();
      expect(output.errors.concat(output.warnings)).to.deep.equal([]);
    });

    it('renders from the built-in data with no console output, and is accessible', async () => {
      const { el, h } = await mount();
      await h.until('content');
      expect(output.errors.concat(output.warnings)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  });
}
