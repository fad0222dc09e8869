/**
 * An app that localises itself with @lit/localize and imports our card from npm.
 * In its own file: `configureLocalization` may run only once per page.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { configureLocalization, msg } from '@lit/localize';
// Imported before the host configures @lit/localize: had the card configured it, the host's call would throw.
import '../src/define/recommendation-card.js';
import type { NcRecommendationCard } from '../src/define/recommendation-card.js';
import { captureConsole, expected, text, titleOf, wrapperFixture } from './helpers.js';

describe('a host app that uses @lit/localize itself', () => {
  it('keeps its own locale and strings while our cards show French and Dutch', async () => {
    const { getLocale, setLocale } = configureLocalization({
      sourceLocale: 'en',
      targetLocales: ['es'],
      loadLocale: async () => ({ templates: { h1: 'Hola' } }),
    });
    await setLocale('es');
    expect(msg('Hello', { id: 'h1' })).to.equal('Hola');

    const output = captureConsole();
    try {
      const page = await wrapperFixture<HTMLElement>(html`<div>
        <nc-recommendation-card lang="nl" recommendation="acces-physique"></nc-recommendation-card>
        <nc-recommendation-card lang="fr" recommendation="acces-physique"></nc-recommendation-card>
      </div>`);
      const [nl, fr] = page.querySelectorAll<NcRecommendationCard>('nc-recommendation-card');
      await waitUntil(() => titleOf(nl) === expected('acces-physique', 'nl').title, 'the Dutch card did not render in Dutch');
      await waitUntil(() => titleOf(fr) === expected('acces-physique', 'fr').title, 'the French card did not render in French');
      expect(text(nl.shadowRoot!.querySelector('[part~="kind"]'))).to.equal('Aanbeveling');
      expect(text(fr.shadowRoot!.querySelector('[part~="kind"]'))).to.equal('Recommandation');
      expect(text(nl.shadowRoot!.querySelector('.subtitle'))).to.equal('Wat het artikel vertelt');
      expect(text(fr.shadowRoot!.querySelector('.subtitle'))).to.equal('Ce que rapporte l’article');

      // a card that switches language does not touch the host's locale either
      fr.lang = 'de';
      await waitUntil(() => titleOf(fr) === expected('acces-physique', 'de').title, 'the card did not switch to German');
      expect(output.errors).to.deep.equal([]);
      expect(output.warnings).to.deep.equal([]);
    } finally {
      output.restore();
    }

    expect(getLocale()).to.equal('es');
    expect(msg('Hello', { id: 'h1' })).to.equal('Hola');
    expect(msg('Goodbye', { id: 'h2' }), 'a string the host did not translate').to.equal('Goodbye');
  });
});
