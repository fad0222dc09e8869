/**
 * One reading of list attributes for every widget (`parseList()` in src/shared/text.ts): spaces, commas or
 * both. The unit table, then each widget's list attributes written both ways showing the same.
 */
import { expect, fixtureSync, html } from '@open-wc/testing';
import { parseList } from '../src/shared/text.js';
import '../src/define/partner-list.js';
import '../src/define/self-check.js';
import '../src/define/guichet-finder.js';
import { WidgetHarness } from './harness.js';
import { $$, text } from './helpers.js';

describe('parseList()', () => {
  const cases: [string | null | undefined, string[]][] = [
    [undefined, []],
    [null, []],
    ['', []],
    ['  , ,', []],
    ['commune', ['commune']],
    ['commune service-communal', ['commune', 'service-communal']],
    ['commune,service-communal', ['commune', 'service-communal']],
    ['commune, service-communal', ['commune', 'service-communal']],
    [' commune ,\n\tservice-communal , ', ['commune', 'service-communal']],
    ['b a b', ['b', 'a', 'b']],
  ];
  for (const [input, want] of cases) {
    it(`${JSON.stringify(input)} → ${JSON.stringify(want)}`, () => expect(parseList(input)).to.deep.equal(want));
  }
});

/** What a widget shows for the attributes `attrs`, once rendered. */
async function shown(markup: string, ready: string, read: (el: HTMLElement) => string[]): Promise<string[]> {
  const wrap = fixtureSync<HTMLDivElement>(html`<div></div>`); // sync, as the other suites do: fixture() of a plain element waits for a frame, which a test page in the background may not get
  wrap.innerHTML = markup;
  const el = wrap.firstElementChild as HTMLElement;
  await new WidgetHarness(el, ready).until('content');
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  return read(el);
}

describe('list attributes: spaces and commas mean the same in every widget', () => {
  it('<nc-partner-list types>', async () => {
    const names = (el: HTMLElement) => $$(el, '[part~="name"]').map(text);
    const spaces = await shown('<nc-partner-list types="commune service-communal"></nc-partner-list>', 'list', names);
    const commas = await shown('<nc-partner-list types="commune,service-communal"></nc-partner-list>', 'list', names);
    const one = await shown('<nc-partner-list types="commune"></nc-partner-list>', 'list', names);
    expect(spaces).to.have.length(2);
    expect(spaces).to.deep.equal(commas);
    expect(one).to.have.length(1);
  });

  it('<nc-self-check themes>', async () => {
    const intro = (el: HTMLElement) => $$(el, '[part~="intro"]').map(text);
    const spaces = await shown('<nc-self-check audience="institution" themes="donnees-et-controle temps-et-couts"></nc-self-check>', 'intro-title', intro);
    const commas = await shown('<nc-self-check audience="institution" themes="donnees-et-controle, temps-et-couts"></nc-self-check>', 'intro-title', intro);
    const one = await shown('<nc-self-check audience="institution" themes="donnees-et-controle"></nc-self-check>', 'intro-title', intro);
    expect(spaces).to.deep.equal(commas);
    expect(spaces, 'two themes ask more questions than one').to.not.deep.equal(one);
  });

  it('<nc-guichet-finder types> and <nc-guichet-finder services>', async () => {
    const counters = (el: HTMLElement) => $$(el, '[part~="counter-name"]').map(text);
    const finder = (attrs: string) => shown(`<nc-guichet-finder ${attrs}></nc-guichet-finder>`, 'results', counters);
    const spaces = await finder('types="cpas epn"');
    expect(spaces.length).to.be.greaterThan(0);
    expect(await finder('types="cpas,epn"')).to.deep.equal(spaces);
    expect(await finder('types="cpas"')).to.not.deep.equal(spaces);
    const services = await finder('services="aide-numerique sante"');
    expect(await finder('services="aide-numerique, sante"')).to.deep.equal(services);
  });
});
