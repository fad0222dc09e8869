/**
 * The library loaded twice on one page (two partners' snippets, a theme that bundles it, a
 * webmaster who pasted the loader and the file): for every tag, in both orders and with the
 * same file twice, nothing is thrown or logged, each tag has one definition, and every widget
 * shows its content and works.
 */
import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { CDN, CONTENT, LOADER, TAGS, expectClean, page, part, parts, ready, textOf } from './hardening.js';
import { fileName, resources } from './helpers.js';

const WIDGETS = `<nc-recommendation-card recommendation="acces-physique" variant="compact"></nc-recommendation-card>
<nc-self-check audience="institution"></nc-self-check>
<nc-guichet-finder></nc-guichet-finder>
<nc-partner-list></nc-partner-list>`;
const script = (src: string) => `<script type="module" src="${src}"></script>`;

const CASES: [string, string[]][] = [
  ['loader, then the file', [LOADER, CDN]],
  ['the file, then the loader', [CDN, LOADER]],
  ['the file twice (two URLs: two module instances)', [CDN, `${CDN}?second-snippet`]],
  ['the loader twice', [LOADER, `${LOADER}?second-snippet`]],
];

describe('the library loaded twice on one page', () => {
  for (const [name, scripts] of CASES) {
    it(`${name}: every tag defined once, every widget shown and working, nothing thrown or logged`, async () => {
      const p = await page(`${WIDGETS}${scripts.map(script).join('')}`, 'fr');
      const els = await ready(p.doc);
      for (const tag of TAGS) {
        const ctor = p.win.customElements.get(tag);
        expect(ctor, tag).to.be.a('function');
        const el = p.doc.querySelector(tag)!;
        expect(el instanceof ctor!, `${tag} is an instance of the one definition`).to.equal(true);
        expect(el.shadowRoot!.querySelectorAll(`[part~="${CONTENT[tag]}"]`).length, `${tag}: rendered once`).to.be.greaterThan(0);
      }
      // A widget added after both scripts ran upgrades too.
      p.doc.body.insertAdjacentHTML('beforeend', '<nc-partner-list layout="inline" lang="nl"></nc-partner-list>');
      const late = p.doc.querySelector('nc-partner-list[layout="inline"]')!;
      await waitUntil(() => part(late, 'list')?.getAttribute('aria-label') === 'Partners', 'the late Dutch list');
      // Working: the card's details open, the self-check starts.
      part(els[0], 'toggle')!.click();
      await waitUntil(() => part(els[0], 'toggle')!.getAttribute('aria-expanded') === 'true');
      part(els[1], 'start-button')!.click();
      await waitUntil(() => part(els[1], 'question'), 'a question');
      expect(parts(els[3], 'partner')).to.have.length(7);
      await aTimeout(100);
      const js = resources(p.win).map(fileName).filter((n) => n.endsWith('.js'));
      // Each chunk the loader asks for is fetched once (a second copy would be a second definition).
      const chunks = js.filter((n) => !/^(numerique-choisi|loader)\.js$/.test(n));
      expect(chunks.filter((n, i) => chunks.indexOf(n) !== i), 'a chunk fetched twice').to.deep.equal([]);
      expect(textOf(part(els[2], 'counter-name'))).to.not.equal('');
      expectClean(p);
    });
  }

  it('after another version defined the tags: one warning for the page naming both versions, nothing thrown, the other version’s tags left alone', async () => {
    const p = await page(
      `${WIDGETS}<script>for (const t of ${JSON.stringify(TAGS)}) customElements.define(t, class extends HTMLElement { static version = '0.0.1'; });</script>${script(CDN)}`,
    );
    await waitUntil(() => p.log.warnings.length >= 1, 'a warning');
    await aTimeout(200);
    expect(p.log.thrown).to.deep.equal([]);
    expect(p.log.errors).to.deep.equal([]);
    expect(p.log.warnings).to.have.length(1);
    expect(p.log.warnings[0]).to.match(/already defined by version 0\.0\.1; version \d+\.\d+\.\d+ loaded too/);
    for (const tag of TAGS) expect((p.win.customElements.get(tag) as unknown as { version: string }).version, tag).to.equal('0.0.1');
  });
});
