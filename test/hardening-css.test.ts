/**
 * A host page with aggressive global CSS (issue 15 part 5): rules on `*` and on the tags
 * themselves (display, `all`, margins, `!important`), inherited font, sizes 8 px and 40 px,
 * colour, line height, letter spacing, `text-transform`, visibility, and styles on the
 * fallback content. The built file in a plain page; every widget must stay readable (its text
 * shown, at least 12 px, nothing wider than the page), usable (its main action works) and
 * show a visible focus ring when reached by Tab.
 */
import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { CDN, CONTENT, TAGS, page, part, ready, textOf, type Page, type Tag } from './hardening.js';

/** Each widget with fallback content (a paragraph and a link), as a webmaster pastes it. */
const WIDGETS = `<main>
<nc-recommendation-card recommendation="acces-physique" variant="compact"><p class="fallback">Recommandation : <a href="/plus">lire</a></p></nc-recommendation-card>
<nc-self-check audience="institution"><p class="fallback">Auto-diagnostic : <a href="/plus">ouvrir</a></p></nc-self-check>
<nc-guichet-finder walk-in-only><p class="fallback">Guichets : <a href="/plus">la liste</a></p></nc-guichet-finder>
<nc-partner-list layout="list"><p class="fallback">Partenaires : <a href="/plus">la liste</a></p></nc-partner-list>
</main>`;

/** Host style sheets, each as a municipal theme (or a careless reset) could write it. */
const HOSTS: Record<string, string> = {
  'a reset: body * { all: unset } (the tags become inline, lose their margins)': `body * { all: unset; }`,
  'everything !important on * : display block, margins, padding, box-sizing, max-width': `
    body * { display: block !important; margin: 2em !important; padding: 0 !important; box-sizing: content-box !important; float: none !important; }
    nc-recommendation-card, nc-self-check, nc-guichet-finder, nc-partner-list { display: inline !important; margin: 0 !important; }`,
  'inherited text: 8 px on every element, tight line height, letter spacing, uppercase, grey, serif': `
    * { font-size: 8px !important; line-height: 1 !important; letter-spacing: 0.3em !important; text-transform: uppercase !important; color: #666 !important; font-family: Georgia, serif !important; word-spacing: 1em !important; }`,
  'inherited text: 40 px on every element, large letter spacing': `* { font-size: 40px !important; letter-spacing: 0.1em; line-height: 2; }`,
  'the tags themselves: hidden until defined, then shown, with a page colour and a font on them': `
    :not(:defined) { visibility: hidden; }
    nc-recommendation-card, nc-self-check, nc-guichet-finder, nc-partner-list { color: #fff !important; background: #000 !important; font: 700 9px/1 monospace !important; text-transform: lowercase; }`,
  'body hidden, main shown again (a FOUC guard), outline removed from every :focus': `
    body { visibility: hidden; } main { visibility: visible; } *:focus, *:focus-visible { outline: none !important; }`,
  'styles on the fallback content: shown, fixed, huge, on top': `
    nc-recommendation-card > *, nc-self-check > *, nc-guichet-finder > *, nc-partner-list > *, .fallback {
      display: block !important; position: fixed !important; inset: 0 !important; z-index: 9999 !important; font-size: 60px !important; background: red !important; visibility: visible !important; }`,
};

/** Each widget's main action, and what it shows after. */
async function use(el: HTMLElement, tag: Tag): Promise<void> {
  if (tag === 'nc-recommendation-card') {
    part(el, 'toggle')!.click();
    await waitUntil(() => part(el, 'toggle')!.getAttribute('aria-expanded') === 'true', 'the card’s details');
  } else if (tag === 'nc-self-check') {
    part(el, 'start-button')!.click();
    await waitUntil(() => part(el, 'question'), 'a question');
  } else if (tag === 'nc-guichet-finder') {
    part(el, 'toggle')!.click();
    await waitUntil(() => textOf(el.shadowRoot!.querySelector('[part~="details"]:not([hidden])')) !== '', 'a counter’s details');
  } else {
    (el as HTMLElement & { types: string }).types = 'commune';
    await waitUntil(() => textOf(part(el, 'count')) === '1 partenaire', 'the filter');
  }
}

/** What each widget shows after its main action. */
const AFTER: Record<Tag, string> = {
  'nc-recommendation-card': 'details',
  'nc-self-check': 'question',
  'nc-guichet-finder': 'details',
  'nc-partner-list': 'name',
};

/** Readable: `name` (the content part) shown, visible, at least 12 px, not wider than the page. */
function expectReadable(p: Page, el: HTMLElement, tag: Tag, name = CONTENT[tag]): void {
  const content = part(el, name);
  expect(content, `${tag}: ${name}`).to.not.equal(null);
  const box = content!.getBoundingClientRect();
  const cs = p.win.getComputedStyle(content!);
  expect(box.width, `${tag}: width of ${name}`).to.be.greaterThan(0);
  expect(box.height, `${tag}: height of ${name}`).to.be.greaterThan(0);
  expect(cs.visibility, `${tag}: visibility`).to.equal('visible');
  expect(parseFloat(cs.fontSize), `${tag}: font size`).to.be.at.least(12);
  const top = el.shadowRoot!.firstElementChild as HTMLElement;
  expect(top.getBoundingClientRect().right, `${tag}: not wider than the page`).to.be.at.most(p.doc.documentElement.clientWidth + 1);
}

/** The fallback content is not drawn once the widget shows its content. */
function expectFallbackHidden(el: HTMLElement, tag: Tag): void {
  const fallback = el.querySelector('.fallback')!;
  expect(fallback.getClientRects().length, `${tag}: the fallback is not drawn`).to.equal(0);
}

/** Tab from just before the widget: the first stop is inside it, with a visible ring. */
async function expectFocusRing(p: Page, el: HTMLElement, tag: Tag): Promise<void> {
  const before = p.doc.createElement('button');
  before.textContent = 'avant';
  el.before(before);
  p.frame.focus();
  before.focus();
  await sendKeys({ press: 'Tab' });
  const active = el.shadowRoot!.activeElement as HTMLElement | null;
  expect(active, `${tag}: Tab reaches the widget`).to.not.equal(null);
  const cs = p.win.getComputedStyle(active!);
  expect(cs.outlineStyle, `${tag}: focus ring on ${active!.getAttribute('part') ?? active!.localName}`).to.equal('solid');
  expect(parseFloat(cs.outlineWidth), `${tag}: ring width`).to.be.at.least(2);
  before.remove();
}

describe('a host page with aggressive CSS', () => {
  for (const [name, css] of Object.entries(HOSTS)) {
    it(`${name}: every widget readable, usable, with a visible focus ring`, async () => {
      const p = await page(`<style>${css}</style>${WIDGETS}<script type="module" src="${CDN}"></script>`, 'fr');
      const els = await ready(p.doc);
      await aTimeout(50);
      for (const el of els) {
        const tag = el.localName as Tag;
        expectReadable(p, el, tag);
        expectFallbackHidden(el, tag);
        await expectFocusRing(p, el, tag);
        await use(el, tag);
        expectReadable(p, el, tag, AFTER[tag]);
      }
      expect(els.map((e) => e.localName)).to.deep.equal([...TAGS]);
      expect(p.log.thrown).to.deep.equal([]);
      expect(p.log.errors).to.deep.equal([]);
    });
  }
});
