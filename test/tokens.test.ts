/**
 * The CSS custom properties (design tokens) of the widgets against their one source,
 * src/shared/tokens.json: every `var(--nc-…)` in a widget's styles is listed there with the
 * same default, every token listed there is used, and (in the spirit of Material Web's
 * `createTokenTests`) setting each token on the host changes something in a rendered widget.
 */
import { expect, html } from '@open-wc/testing';
import type { CSSResultOrNative } from 'lit';
import '../src/define/recommendation-card.js';
import '../src/define/partner-list.js';
import '../src/define/self-check.js';
import '../src/define/guichet-finder.js';
import { resultsStyles } from '../src/components/self-check/results.styles.js';
import { base } from '../src/shared/styles.js';
import { cardStyles } from '../src/components/recommendation-card/recommendation-card.styles.js';
import { allTokens, componentTokens, globalTokens } from './tokens.js';
import { $, builtInFr, captureConsole, type CapturedConsole, wrapperFixture } from './helpers.js';
import questionsFr from '../src/generated/data/questions.fr.json';
import type { AnswerValue, Question } from '../src/data/model.js';

/**
 * Takes a self-check to its results with one theme at each level: the first theme's questions
 * answered with their best answer (« Solide »), the second's with their worst (« À renforcer »),
 * the third's « En partie » (« En chemin »), so that every level colour is drawn.
 */
async function selfCheckAtResults(el: HTMLElement & { updateComplete: Promise<unknown> }, themes: string[]): Promise<void> {
  const questions = (questionsFr as unknown as { questions: Question[] }).questions;
  const root = el.shadowRoot!;
  await el.updateComplete;
  root.querySelector<HTMLButtonElement>('[part~="start-button"]')!.click();
  for (let i = 0; i < 100 && !root.querySelector('[part~="results"]'); i++) {
    await el.updateComplete;
    const radio = root.querySelector<HTMLInputElement>('[part~="question"] input[type=radio]');
    if (radio) {
      const q = questions.find((x) => `q-${x.id}` === radio.name)!;
      const ranked = (['oui', 'en-partie', 'non'] as const).slice().sort((a, b) => q.scores[b] - q.scores[a]);
      const pick: AnswerValue = q.theme === themes[0] ? ranked[0] : q.theme === themes[1] ? ranked[2] : 'en-partie';
      root.querySelector<HTMLInputElement>(`[part~="question"] input[value="${pick}"]`)!.click();
      root.querySelector<HTMLButtonElement>('[part~="next-button"]')!.click();
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  await el.updateComplete;
}

/** The CSS text of a style sheet (Lit's `css` result or a constructed sheet). */
function cssText(style: CSSResultOrNative): string {
  return style instanceof CSSStyleSheet ? [...style.cssRules].map((r) => r.cssText).join('\n') : style.cssText;
}

/** Every style sheet of every widget (what each tag really adopts), and the style modules themselves. */
function widgetStyles(): { name: string; css: string }[] {
  const sheets = componentTokens.map(({ tag }) => {
    const widget = customElements.get(tag) as (CustomElementConstructor & { elementStyles?: CSSResultOrNative[] }) | undefined;
    if (!widget?.elementStyles) throw new Error(`<${tag}> is not defined: import its define module in this test`);
    return { name: `<${tag}>`, css: widget.elementStyles.map(cssText).join('\n') };
  });
  return [
    { name: 'styles.ts', css: base.cssText },
    { name: 'recommendation-card.styles.ts', css: cardStyles.cssText },
    // The self-check's results view adopts its styles when it loads (lazily).
    { name: 'results.styles.ts', css: resultsStyles.cssText },
    ...sheets,
  ];
}

/** `var(--name[, fallback])` uses in `css`, with their fallback (balanced parentheses, whitespace collapsed). */
function varUses(css: string, prefix: '--nc-' | '--_nc-'): { name: string; fallback?: string }[] {
  const uses: { name: string; fallback?: string }[] = [];
  const re = new RegExp(`var\\(\\s*(${prefix}[\\w-]+)\\s*(,|\\))`, 'g');
  for (const m of css.matchAll(re)) {
    if (m[2] === ')') {
      uses.push({ name: m[1] });
      continue;
    }
    let depth = 1;
    let i = m.index + m[0].length;
    const start = i;
    for (; i < css.length && depth; i++) {
      if (css[i] === '(') depth++;
      else if (css[i] === ')') depth--;
    }
    uses.push({ name: m[1], fallback: css.slice(start, i - 1).replace(/\s+/g, ' ').trim() });
  }
  return uses;
}

/** Private `--_nc-…` variables written with the public token they derive from (`var(--_nc-surface)` → `var(--nc-color-surface)`). */
function inPublicNames(value: string): string {
  return value.replace(/var\((--_nc-[\w-]+)\)/g, (all, name: string) => {
    const token = globalTokens.find((t) => t.private === name);
    return token ? `var(${token.name})` : all;
  });
}

describe('tokens: the styles and src/shared/tokens.json agree', () => {
  it('lists each token once, with a description', () => {
    const names = allTokens.map((t) => t.name);
    expect(names.filter((n, i) => names.indexOf(n) !== i), 'listed twice').to.deep.equal([]);
    expect(allTokens.filter((t) => !t.description.trim() || !t.default.trim()).map((t) => t.name), 'no default or description').to.deep.equal([]);
    expect(names.filter((n) => !/^--nc-[a-z0-9-]+$/.test(n)), 'not --nc-…').to.deep.equal([]);
  });

  it('every var(--nc-…) in a widget style is a listed token, with its listed default as fallback', () => {
    const known = new Map<string, string>(allTokens.map((t) => [t.name, t.default]));
    const problems: string[] = [];
    for (const { name, css } of widgetStyles()) {
      for (const use of varUses(css, '--nc-')) {
        if (!known.has(use.name)) problems.push(`${name}: ${use.name} is not in src/shared/tokens.json`);
        else if (use.fallback === undefined) problems.push(`${name}: var(${use.name}) has no fallback (listed default: ${known.get(use.name)})`);
        else if (inPublicNames(use.fallback) !== known.get(use.name)) {
          problems.push(`${name}: var(${use.name}, ${use.fallback}) but src/shared/tokens.json says ${known.get(use.name)}`);
        }
      }
    }
    expect(problems).to.deep.equal([]);
  });

  it('every listed token is used by the widget styles', () => {
    const used = new Set(widgetStyles().flatMap(({ css }) => varUses(css, '--nc-').map((u) => u.name)));
    expect(allTokens.map((t) => t.name).filter((n) => !used.has(n))).to.deep.equal([]);
  });

  it('every private --_nc-… variable used is declared on :host, from its listed token', () => {
    const declared = new Map([...base.cssText.matchAll(/(--_nc-[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1], m[2].replace(/\s+/g, ' ').trim()]));
    const used = new Set(widgetStyles().flatMap(({ css }) => varUses(css, '--_nc-').map((u) => u.name)));
    expect([...used].filter((n) => !declared.has(n)), 'used, not declared').to.deep.equal([]);
    for (const t of globalTokens.filter((g) => g.private)) {
      expect(declared.get(t.private!), t.private).to.equal(`var(${t.name}, ${t.default})`);
    }
  });
});

/** Properties compared before and after a token is set. */
const PROPERTIES = [
  'color',
  'background-color',
  'border-top-color',
  'border-left-color',
  'border-top-style',
  'border-top-width',
  'border-left-width',
  'border-top-left-radius',
  'padding-top',
  'padding-left',
  'margin-top',
  'margin-bottom',
  'column-gap',
  'font-family',
  'font-size',
  'line-height',
  'max-width',
  'min-height',
  'grid-template-columns',
  'fill',
] as const;

/** A value for `token` that no default has. */
function testValue(token: string): string {
  if (token === '--nc-font-family') return 'monospace';
  if (token === '--nc-line-height') return '3';
  if (token === '--nc-card-border') return '5px dotted rgb(1, 2, 3)';
  if (/color|background/.test(token)) return 'rgb(1, 2, 3)';
  return '7px';
}

describe('tokens: each one, set on the host, changes the rendered widget', () => {
  let output: CapturedConsole;
  beforeEach(() => {
    output = captureConsole();
  });
  afterEach(() => {
    output.restore();
  });

  it('every token', async () => {
    const finding = builtInFr.recommendations.find((r) => r.kind === 'constat' && !!r.quote)?.id;
    expect(finding, 'a built-in finding with a quote').to.be.a('string');
    const wrap = await wrapperFixture<HTMLDivElement>(html`<div>
      <nc-recommendation-card recommendation="acces-physique"></nc-recommendation-card>
      <nc-recommendation-card recommendation=${finding!} variant="compact"></nc-recommendation-card>
      <nc-recommendation-card recommendation="acces-physique" src="/test/fixtures/n-existe-pas.json"></nc-recommendation-card>
      <nc-partner-list></nc-partner-list>
      <nc-self-check audience="institution" themes="acces-et-lien-social,temps-et-couts,sante-des-travailleurs"></nc-self-check>
      <nc-guichet-finder walk-in-only></nc-guichet-finder>
    </div>`);
    const finder = wrap.querySelector('nc-guichet-finder') as HTMLElement & { now: Date; updateComplete: Promise<unknown> };
    finder.now = new Date('2026-12-08T09:00:00Z'); // a Tuesday, 10:00 in Brussels: demo counters open without appointment
    await finder.updateComplete;
    await selfCheckAtResults(wrap.querySelector('nc-self-check')!, ['acces-et-lien-social', 'temps-et-couts', 'sante-des-travailleurs']);
    const cards = [...wrap.querySelectorAll('nc-recommendation-card, nc-partner-list, nc-self-check, nc-guichet-finder')];
    expect(cards[4].shadowRoot!.querySelectorAll('[part~="results"]').length, 'the self-check shows its results').to.equal(1);
    expect(cards[0].shadowRoot!.querySelector('figure') !== null, 'the full card has a quote').to.equal(true);
    $(cards[2], '[part~="retry-button"]');

    /**
     * Computed styles of every element in the cards (and the cards), as one string per
     * element. The focus ring only shows while the page has the focus, which a test page
     * running beside another may not have: for it, the computed `--_nc-focus` of each card
     * (which `:focus-visible` draws, checked below) stands in.
     */
    const snapshot = () =>
      cards.flatMap((card) => [
        getComputedStyle(card).getPropertyValue('--_nc-focus'),
        ...[card, ...card.shadowRoot!.querySelectorAll('*')].map((el) => {
          const cs = getComputedStyle(el);
          return PROPERTIES.map((p) => cs.getPropertyValue(p)).join('|');
        }),
      ]);

    const before = snapshot();
    const noEffect: string[] = [];
    for (const { name } of allTokens) {
      wrap.style.setProperty(name, testValue(name));
      const after = snapshot();
      wrap.style.removeProperty(name);
      if (after.every((s, i) => s === before[i])) noEffect.push(name);
    }
    expect(snapshot(), 'back as before').to.deep.equal(before);
    expect(noEffect, 'tokens that change nothing').to.deep.equal([]);
  });

  it('the focus ring is --_nc-focus (--nc-focus-width, --nc-focus-color)', () => {
    expect(base.cssText.replace(/\s+/g, ' ')).to.include(':focus-visible { outline: var(--_nc-focus);');
  });

  it('--nc-color-primary colours the « Recommandation » badge', async () => {
    const wrap = await wrapperFixture<HTMLDivElement>(
      html`<div style="--nc-color-primary: rgb(1, 2, 3)"><nc-recommendation-card recommendation="acces-physique"></nc-recommendation-card></div>`,
    );
    const kind = $(wrap.querySelector('nc-recommendation-card')!, '[part~="kind"]');
    expect(getComputedStyle(kind).backgroundColor).to.equal('rgb(1, 2, 3)');
  });
});
