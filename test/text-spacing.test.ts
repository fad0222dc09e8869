/**
 * WCAG 1.4.12 Text spacing and 1.4.10 Reflow: with line height 1.5, paragraph spacing 2×,
 * letter spacing 0.12× and word spacing 0.16× the font size (the criterion's values, set
 * inside the shadow root, where a user's stylesheet cannot reach, as the strictest case),
 * in a 320 px wide column (what 400 % zoom of a 1280 px window gives), nothing is cut off
 * and nothing needs a horizontal scroll, in every language (German has the longest words).
 */
import { expect, fixtureSync, html } from '@open-wc/testing';
import '../src/define/recommendation-card.js';
import type { NcRecommendationCard } from '../src/define/recommendation-card.js';
import { LOCALES } from '../src/data/model.js';
import { WidgetHarness } from './harness.js';

const SPACING = `*, *::before, *::after {
  line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important;
}
p { margin-block-end: 2em !important; }`;

/** What is cut off or sticks out: elements whose content is larger than their box where it is not allowed to scroll. */
function clipped(root: ShadowRoot, host: HTMLElement): string[] {
  const out: string[] = [];
  if (host.scrollWidth > host.clientWidth + 1) out.push(`the widget scrolls sideways (${host.scrollWidth} > ${host.clientWidth})`);
  for (const el of root.querySelectorAll<HTMLElement>('*')) {
    if (el.closest('[hidden], .visually-hidden') || el.localName === 'style' || el.localName === 'slot') continue;
    const r = el.getBoundingClientRect();
    const box = host.getBoundingClientRect();
    const name = `${el.localName}${el.getAttribute('part') ? `[part=${el.getAttribute('part')}]` : el.className ? `.${el.className}` : ''}`;
    if (r.width > 0 && (r.right > box.right + 1 || r.left < box.left - 1)) out.push(`${name} sticks out of the widget (${Math.round(r.left)}–${Math.round(r.right)} in ${Math.round(box.left)}–${Math.round(box.right)})`);
    const style = getComputedStyle(el);
    if (style.overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1) out.push(`${name} cuts its text sideways`);
    if (style.overflowY !== 'visible' && el.scrollHeight > el.clientHeight + 1) out.push(`${name} cuts its text at the bottom`);
  }
  return out;
}

async function card(attrs: Record<string, string>, lang: string): Promise<{ el: NcRecommendationCard; h: WidgetHarness }> {
  const wrap = fixtureSync<HTMLDivElement>(html`<div style="width: 320px"></div>`);
  wrap.innerHTML = `<nc-recommendation-card lang="${lang}" ${Object.entries(attrs)
    .map(([k, v]) => `${k}="${v}"`)
    .join(' ')}></nc-recommendation-card>`;
  const el = wrap.firstElementChild as NcRecommendationCard;
  const h = new WidgetHarness(el, 'title');
  await el.updateComplete;
  const style = document.createElement('style');
  style.textContent = SPACING;
  el.shadowRoot!.append(style);
  // No wait for a frame (none comes to a page in the background): reading sizes lays out anew.
  return { el, h };
}

describe('text spacing (WCAG 1.4.12) in a 320 px column (1.4.10)', () => {
  for (const lang of LOCALES) {
    for (const [label, attrs] of [
      ['full', { recommendation: 'reflexion-institutionnelle' }],
      ['compact, open, with a link', { recommendation: 'formation', variant: 'compact', open: '', href: '/plus' }],
      ['easy-read', { recommendation: 'donnees', 'easy-read': '' }],
      ['unknown id', { recommendation: 'pas-un-id' }],
    ] as const) {
      it(`${lang}, ${label}: nothing cut off, no sideways scroll`, async () => {
        const { el, h } = await card(attrs as Record<string, string>, lang);
        expect(h.state()).to.not.equal('loading');
        expect(clipped(el.shadowRoot!, el)).to.deep.equal([]);
      });
    }
  }

  it('an error state with its retry button', async () => {
    const { el, h } = await card({ recommendation: 'acces-physique', src: '/test/fixtures/manque-encore.json' }, 'de');
    await h.until('error');
    expect(clipped(el.shadowRoot!, el)).to.deep.equal([]);
  });
});
