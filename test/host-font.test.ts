/**
 * Readable on any host: a widget's text size follows the visitor's browser setting
 * (`--nc-font-size`, default `medium`), not the host page's root or body, and every length
 * scales with it (lengths in `em`).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/define/recommendation-card.js';
import '../src/define/partner-list.js';
import '../src/define/self-check.js';
import '../src/define/guichet-finder.js';
import type { NcRecommendationCard } from '../src/define/recommendation-card.js';
import type { TemplateResult } from 'lit';
import { base } from '../src/shared/styles.js';
import { cardStyles } from '../src/components/recommendation-card/recommendation-card.styles.js';
import { $, captureConsole, type CapturedConsole } from './helpers.js';

/** The title size relative to the card's text (`--nc-card-title-size`' default). */
const TITLE_EM = 1.35;
/** WCAG 2.2 target size (minimum), in CSS px. */
const MIN_TARGET = 24;

const px = (el: Element, property: 'fontSize' | 'minHeight') => parseFloat(getComputedStyle(el)[property]);

/** The browser's default text size (what `medium` is), whatever this page's CSS. */
function browserDefault(): number {
  const probe = document.createElement('div');
  probe.style.fontSize = 'medium';
  document.body.append(probe);
  const size = px(probe, 'fontSize');
  probe.remove();
  return size;
}

let hostStyle: HTMLStyleElement | undefined;
/** Adds `css` to the test page, as a host site's stylesheet (removed after each test). */
function hostCss(css: string): void {
  hostStyle = document.createElement('style');
  hostStyle.textContent = css;
  document.head.append(hostStyle);
}

let output: CapturedConsole;
beforeEach(() => {
  output = captureConsole();
});
afterEach(() => {
  hostStyle?.remove();
  hostStyle = undefined;
  output.restore();
});

/** A compact card (it has a button: the details toggle). */
async function compactCard(style = ''): Promise<NcRecommendationCard> {
  const el = await fixture<NcRecommendationCard>(
    html`<nc-recommendation-card recommendation="acces-physique" variant="compact" style=${style}></nc-recommendation-card>`,
  );
  await el.updateComplete;
  return el;
}

/** A card whose data could not be loaded (it has the retry button). */
async function errorCard(): Promise<NcRecommendationCard> {
  const el = await fixture<NcRecommendationCard>(
    html`<nc-recommendation-card recommendation="acces-physique" src="/test/fixtures/n-existe-pas.json"></nc-recommendation-card>`,
  );
  await el.updateComplete;
  return el;
}

/** Text sizes of the card, and the size of the button `part`. */
function measure(el: NcRecommendationCard, button = 'toggle') {
  const box = $(el, `[part~="${button}"]`).getBoundingClientRect();
  return {
    title: px($(el, '[part~="title"]'), 'fontSize'),
    summary: px($(el, '[part~="summary"]'), 'fontSize'),
    width: box.width,
    height: box.height,
  };
}

/** What every host below must leave intact: text at `size`, title 1.35 × that, targets ≥ 2.75em and ≥ 24 px. */
function expectReadable(el: NcRecommendationCard, size: number): void {
  const m = measure(el);
  expect(m.summary, 'summary font size').to.equal(size);
  expect(m.title, 'title font size').to.be.closeTo(size * TITLE_EM, 0.01);
  expect(m.height, 'toggle height').to.be.at.least(Math.max(MIN_TARGET, 2.75 * size) - 0.01);
  expect(m.width, 'toggle width').to.be.at.least(Math.max(MIN_TARGET, 2.75 * size) - 0.01);
}

describe('text size on any host page', () => {
  it('the test browser has its default text size (16 px)', () => {
    expect(browserDefault()).to.equal(16);
  });

  it('a 9px body: the card keeps the browser default size, and its buttons stay large', async () => {
    hostCss('body { font-size: 9px }');
    expect(px(document.body, 'fontSize')).to.equal(9);
    expectReadable(await compactCard(), browserDefault());

    const error = await errorCard();
    const retry = $(error, '[part~="retry-button"]').getBoundingClientRect();
    expect(retry.height, 'retry height').to.be.at.least(2.75 * 16 - 0.01);
    expect(retry.width, 'retry width').to.be.at.least(MIN_TARGET);
    expect(px($(error, '[part~="error"] p'), 'fontSize'), 'error text').to.equal(16);
  });

  it('html { font-size: 62.5% }: the card ignores the root size', async () => {
    hostCss('html { font-size: 62.5% }');
    expect(px(document.documentElement, 'fontSize')).to.equal(10);
    const el = await compactCard();
    expectReadable(el, 16);
    // Spacing and corners scale with the card's text, not with the root.
    const card = $(el, '[part~="card"]');
    expect(getComputedStyle(card).paddingTop, 'card padding = --nc-space-4 = 1.5em').to.equal('24px');
    expect(getComputedStyle(card).borderTopLeftRadius, 'radius = 0.5em').to.equal('8px');
  });

  it('--nc-font-size: 1rem set by the host follows the host root', async () => {
    hostCss('html { font-size: 20px } nc-recommendation-card { --nc-font-size: 1rem }');
    expectReadable(await compactCard(), 20);
  });

  it('--nc-font-size: 1rem on a 62.5% root gives 10 px text, and targets still ≥ 24 px', async () => {
    hostCss('html { font-size: 62.5% }');
    expectReadable(await compactCard('--nc-font-size: 1rem'), 10);
  });

  it('follows a larger default size set in the browser (24 px)', async () => {
    await executeServerCommand('nc-font-sizes', { standard: 24, fixed: 20 });
    try {
      expect(browserDefault(), 'the browser setting took effect').to.equal(24);
      hostCss('html { font-size: 62.5% } body { font-size: 9px }');
      const el = await compactCard();
      expectReadable(el, 24);
      expect(getComputedStyle($(el, '[part~="card"]')).paddingTop, 'spacing scales too').to.equal('36px');
    } finally {
      await executeServerCommand('nc-font-sizes', { reset: true });
    }
    expect(browserDefault(), 'reset').to.equal(16);
  });
});

describe('a host page that enlarges its own root size (html { font-size: 200% }, an « A+ » button)', () => {
  /** Each widget, and the parts whose text size is measured. */
  const widgets: [string, () => TemplateResult, string[]][] = [
    ['card, full', () => html`<nc-recommendation-card recommendation="acces-physique"></nc-recommendation-card>`, ['title', 'summary', 'kind']],
    ['card, compact', () => html`<nc-recommendation-card recommendation="acces-physique" variant="compact"></nc-recommendation-card>`, ['title', 'toggle']],
    ['card, easy-read', () => html`<nc-recommendation-card recommendation="acces-physique" easy-read></nc-recommendation-card>`, ['title', 'summary']],
    ['self-check', () => html`<nc-self-check audience="institution"></nc-self-check>`, ['start-button']],
    ['self-check, easy-read', () => html`<nc-self-check audience="institution" easy-read></nc-self-check>`, ['start-button']],
    ['finder', () => html`<nc-guichet-finder></nc-guichet-finder>`, ['counter-name', 'toggle']],
    ['partner list, grid', () => html`<nc-partner-list></nc-partner-list>`, ['name', 'role', 'link']],
    ['partner list, inline', () => html`<nc-partner-list layout="inline"></nc-partner-list>`, ['name']],
  ];

  async function sizes(template: TemplateResult, parts: string[]): Promise<number[]> {
    const el = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(template);
    await el.updateComplete;
    return parts.map((part) => px($(el, `[part~="${part}"]`), 'fontSize'));
  }

  for (const [name, template, parts] of widgets) {
    it(`${name}: every text size doubles (${parts.join(', ')})`, async () => {
      const before = await sizes(template(), parts);
      hostCss('html { font-size: 200% }');
      expect(px(document.documentElement, 'fontSize')).to.equal(32);
      const after = await sizes(template(), parts);
      expect(after).to.deep.equal(before.map((s) => s * 2));
    });
  }

  it('the browser setting still wins over a smaller root; --nc-font-size still sets the size', async () => {
    hostCss('html { font-size: 75% }');
    expectReadable(await compactCard(), 16);
    expectReadable(await compactCard('--nc-font-size: 20px'), 20);
  });
});

describe('lengths in the widget styles', () => {
  /** Lengths in a unit other than em, per rule: only px, only where a thin line or the focus ring is drawn; rem only as a font size's floor. */
  it('are in em, except thin borders, the focus ring and the visually-hidden clip (px), and the root floor of top-level text (max(Nem, Nrem))', () => {
    const wrong: string[] = [];
    for (const [name, sheet] of [
      ['styles.ts', base],
      ['recommendation-card.styles.ts', cardStyles],
    ] as const) {
      for (const [, selector, body] of sheet.cssText.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
        const sel = selector.trim();
        for (const decl of body.split(';')) {
          const [property, ...rest] = decl.split(':');
          const prop = property.trim();
          const value = rest.join(':');
          for (const [length, , unit] of value.matchAll(/(\d*\.?\d+)(px|rem|pt|pc|cm|mm|in|q|vh|vw|vmin|vmax|vi|vb|ch|ex|lh|rlh)\b/gi)) {
            if (length.match(/^0+(px)?$/)) continue;
            const pxAllowed = /^(border|outline)/.test(prop) || prop === '--_nc-focus' || sel === '.visually-hidden';
            if (unit === 'px' && pxAllowed) continue;
            // rem only as the floor of a font size (never below the host's root): max(Nem, Nrem).
            const floor = value.trim().match(/^max\((\d*\.?\d+)em, (\d*\.?\d+)rem\)/);
            if (unit === 'rem' && prop === 'font-size' && floor && floor[1] === floor[2]) continue;
            wrong.push(`${name}: ${sel} { ${prop}: ${value.trim()} }`);
          }
        }
      }
    }
    expect(wrong).to.deep.equal([]);
  });

  it('the px borders are thin (at most 2px)', () => {
    const thick = [...`${base.cssText}${cardStyles.cssText}`.matchAll(/border[\w-]*:[^;]*?(\d+)px/g)].filter(([, n]) => Number(n) > 2);
    expect(thick.map(([m]) => m)).to.deep.equal([]);
  });
});
