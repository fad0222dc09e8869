/**
 * A municipal page served with `Content-Security-Policy: default-src 'self'; script-src 'self';
 * style-src 'self'` (no inline script, no inline style, nothing from another origin): every
 * widget of the script-tag form (the all-in-one file and the loader) renders and works, and
 * the browser reports no violation. The pages are test/fixtures/hardening/csp*.html, served
 * through the test server's `/nc-csp/` prefix, which adds the header (web-test-runner.config.mjs).
 * Lit's styles are constructed style sheets (`adoptedStyleSheets`), which `style-src 'self'`
 * allows; a widget that wrote a `<style>` element or a `style` attribute would be reported here.
 */
import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { answerOne, expectClean, part, parts, ready, served, textOf, type Page } from './hardening.js';
import { resources } from './helpers.js';

const POLICY = "default-src 'self'; script-src 'self'; style-src 'self'";

async function strictPage(file: 'csp.html' | 'csp-loader.html'): Promise<Page> {
  const url = `/nc-csp/test/fixtures/hardening/${file}`;
  const response = await fetch(url);
  expect(response.headers.get('content-security-policy'), 'the test server sends the policy').to.equal(POLICY);
  return served(url);
}

describe('a page with a strict Content-Security-Policy', () => {
  it('the policy is enforced in the test page: an inline script and an inline style are blocked, and reported', async () => {
    const p = await strictPage('csp.html');
    const s = p.doc.createElement('script');
    s.textContent = 'window.__inline = 1';
    p.doc.body.append(s);
    const div = p.doc.createElement('div');
    div.setAttribute('style', 'color: red');
    p.doc.body.append(div);
    await waitUntil(() => (p.log.violations ?? []).length >= 2, 'two violations reported');
    expect((p.win as unknown as { __inline?: number }).__inline).to.equal(undefined);
    expect(p.win.getComputedStyle(div).color).to.not.equal('rgb(255, 0, 0)');
    expect(p.log.violations!.map((v) => v.split(' ')[0]).sort()).to.deep.equal(['script-src-elem', 'style-src-attr']);
  });

  for (const file of ['csp.html', 'csp-loader.html'] as const) {
    it(`${file === 'csp.html' ? 'the all-in-one file' : 'the loader'}: every widget renders in its language and works, no violation`, async () => {
      const p = await strictPage(file);
      const [compact, dutch, check, finder, list, inline] = await ready(p.doc);
      expect(textOf(part(compact, 'kind'))).to.equal('Recommandation');
      await waitUntil(() => textOf(part(dutch, 'kind')) === 'Aanbeveling', 'the Dutch card (lazy strings and data)');
      await waitUntil(() => part(inline, 'list')?.getAttribute('aria-label') === 'Partner', 'the German list');
      expect(parts(list, 'partner')).to.have.length(7);
      expect(parts(finder, 'counter').length).to.be.greaterThan(0);

      // The card's details.
      part(compact, 'toggle')!.click();
      await waitUntil(() => part(compact, 'toggle')!.getAttribute('aria-expanded') === 'true', 'details open');
      // The self-check: a question, then the next one (lazy code for the question view).
      part(check, 'start-button')!.click();
      const first = await answerOne(check);
      await waitUntil(() => textOf(check.shadowRoot!.querySelector('[part~="question"] legend')) !== first, 'the next question');
      // The finder: a counter's details (a lazy chunk).
      part(finder, 'toggle')!.click();
      await waitUntil(() => textOf(finder.shadowRoot!.querySelector('[part~="details"]:not([hidden])')) !== '', 'the counter’s details');
      // The partner list: a filter.
      (list as HTMLElement & { types: string }).types = 'commune';
      await waitUntil(() => textOf(part(list, 'count')) === '1 partenaire');

      await aTimeout(50);
      expect(resources(p.win).filter((n) => new URL(n).origin !== location.origin), 'nothing from another origin').to.deep.equal([]);
      expectClean(p);
    });
  }
});
