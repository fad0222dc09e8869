import { fixture, html, expect } from '@open-wc/testing';
import '../src/define/recommendation-card.js';
import type { NcRecommendationCard } from '../src/components/recommendation-card/recommendation-card.js';

describe('smoke', () => {
  it('renders a French card', async () => {
    const el = await fixture<NcRecommendationCard>(html`<nc-recommendation-card recommendation="acces-physique"></nc-recommendation-card>`);
    const title = el.shadowRoot!.querySelector('[part~="title"]');
    expect(title?.textContent?.trim()).to.not.equal('');
    console.log(title?.textContent);
  });
  it('renders a Dutch card', async () => {
    const el = await fixture<NcRecommendationCard>(html`<nc-recommendation-card lang="nl-BE" recommendation="acces-physique"></nc-recommendation-card>`);
    console.log(el.shadowRoot!.querySelector('[part~="kind"]')?.textContent);
  });
});
