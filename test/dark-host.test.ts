/**
 * Every layout of every widget on a dark host page (issue 19): the host sets a dark
 * background and a light text colour on `body`, as a municipal footer or a dark theme does,
 * and axe's colour-contrast rule (with the rest of axe) passes, in French.
 *
 * A widget either sets its text colour and its background together (cards, the self-check,
 * the finder, the partner list's grid and list) or, in the partner list's `inline` layout
 * (made for a footer), takes both from the host page.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/define/recommendation-card.js';
import '../src/define/partner-list.js';
import '../src/define/self-check.js';
import '../src/define/guichet-finder.js';
import questionsFr from '../src/generated/data/questions.fr.json';
import type { AnswerValue, Question } from '../src/data/model.js';
import { $, $$, builtInFr, captureConsole, type CapturedConsole } from './helpers.js';

const DARK = 'rgb(27, 38, 49)';
const LIGHT = 'rgb(244, 246, 248)';

let hostStyle: HTMLStyleElement;
let output: CapturedConsole;
before(() => {
  hostStyle = document.createElement('style');
  hostStyle.textContent = `html, body { background: ${DARK}; color: ${LIGHT}; } a { color: rgb(159, 207, 255); }`;
  document.head.append(hostStyle);
});
after(() => hostStyle.remove());
beforeEach(() => {
  output = captureConsole();
});
afterEach(() => output.restore());

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

async function mount(template: TemplateResult): Promise<Widget> {
  const el = await fixture<Widget>(template);
  await el.updateComplete;
  return el;
}

/** The test is about a dark page: the page really is dark, with light text. */
function expectDarkPage(): void {
  expect(getComputedStyle(document.body).backgroundColor).to.equal(DARK);
  expect(getComputedStyle(document.body).color).to.equal(LIGHT);
}

/** From the first question, answers every question (« Non » or « En partie »), to the results. */
async function toResults(el: Widget): Promise<void> {
  const questions = (questionsFr as unknown as { questions: Question[] }).questions;
  const root = el.shadowRoot!;
  for (let i = 0; i < 100 && !root.querySelector('[part~="results"]'); i++) {
    await el.updateComplete;
    const radio = root.querySelector<HTMLInputElement>('[part~="question"] input[type=radio]');
    if (radio) {
      const q = questions.find((x) => `q-${x.id}` === radio.name)!;
      const pick: AnswerValue = q.scores.oui > q.scores.non ? 'non' : 'en-partie';
      root.querySelector<HTMLInputElement>(`[part~="question"] input[value="${pick}"]`)!.click();
      root.querySelector<HTMLButtonElement>('[part~="next-button"]')!.click();
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  await waitUntil(() => root.querySelector('[part~="results"]'), 'the self-check shows its results');
  await el.updateComplete;
}

describe('on a dark host page (dark background, light text on body), every widget passes axe colour contrast', () => {
  const finding = builtInFr.recommendations.find((r) => r.kind === 'constat')!.id;

  for (const variant of ['full', 'compact'] as const) {
    it(`recommendation card, ${variant} (a recommendation and a finding)`, async () => {
      expectDarkPage();
      for (const id of ['acces-physique', finding]) {
        const el = await mount(html`<nc-recommendation-card recommendation=${id} variant=${variant}></nc-recommendation-card>`);
        $(el, '[part~="title"]');
        await expect(el).to.be.accessible();
      }
      expect(output.errors).to.deep.equal([]);
    });
  }

  it('recommendation card, compact, details open', async () => {
    const el = await mount(html`<nc-recommendation-card recommendation="acces-physique" variant="compact"></nc-recommendation-card>`);
    $(el, '[part~="toggle"]').click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('recommendation card, error state with its retry button', async () => {
    const el = await mount(html`<nc-recommendation-card recommendation="acces-physique" src="/test/fixtures/n-existe-pas.json"></nc-recommendation-card>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="retry-button"]'), 'the error state');
    await expect(el).to.be.accessible();
  });

  it('self-check: intro without an audience (the profile choice), intro with one', async () => {
    expectDarkPage();
    for (const el of [await mount(html`<nc-self-check></nc-self-check>`), await mount(html`<nc-self-check audience="institution"></nc-self-check>`)]) {
      $(el, '[part~="start-button"]');
      await expect(el).to.be.accessible();
    }
  });

  it('self-check: a question, then the results (levels, the table, the cards)', async () => {
    const el = await mount(html`<nc-self-check audience="institution" themes="acces-et-lien-social,temps-et-couts"></nc-self-check>`);
    $(el, '[part~="start-button"]').click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="question"]'), 'a question');
    await expect(el).to.be.accessible();
    await toResults(el);
    const cards = $$(el, 'nc-recommendation-card');
    await Promise.all(cards.map((c) => (c as Widget).updateComplete));
    await expect(el).to.be.accessible();
  });

  it('guichet finder: the list (walk-in only, open now), and a counter’s details', async () => {
    expectDarkPage();
    const el = await mount(html`<nc-guichet-finder walk-in-only></nc-guichet-finder>`);
    (el as Widget & { now: Date }).now = new Date('2026-12-08T09:00:00Z'); // a Tuesday, 10:00 in Brussels
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="counter"], [part~="empty"]'), 'the counters');
    await expect(el).to.be.accessible();
    $(el, '[part~="counter"] [part~="toggle"]').click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="details"]:not([hidden])')?.textContent?.trim(), 'the details of the first counter');
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('guichet finder: a commune it does not know', async () => {
    const el = await mount(html`<nc-guichet-finder commune="Commune-qui-n-existe-pas"></nc-guichet-finder>`);
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  for (const layout of ['grid', 'list', 'inline'] as const) {
    it(`partner list, ${layout} (with the count of a filter, and without)`, async () => {
      expectDarkPage();
      for (const el of [
        await mount(html`<nc-partner-list layout=${layout}></nc-partner-list>`),
        await mount(html`<nc-partner-list layout=${layout} types="commune,service-communal,federation"></nc-partner-list>`),
      ]) {
        $(el, '[part~="name"]');
        await expect(el).to.be.accessible();
      }
      expect(output.errors).to.deep.equal([]);
    });
  }

  it('partner list: no partner of this type', async () => {
    const el = await mount(html`<nc-partner-list layout="inline" types="integration" .data=${{ formatVersion: 1, partners: [] }}></nc-partner-list>`);
    $(el, '[part~="empty"]');
    await expect(el).to.be.accessible();
  });

  it('partner list, inline: the names take the host page’s light colour, the link stays marked by its underline', async () => {
    const el = await mount(html`<nc-partner-list layout="inline" types="commune,service-communal"></nc-partner-list>`);
    expect(getComputedStyle($(el, '[part~="name"]')).color).to.equal(LIGHT);
    expect(getComputedStyle($(el, '[part~="count"]')).color).to.equal(LIGHT);
    const link = $(el, '[part~="link"]');
    expect(getComputedStyle(link).textDecorationLine).to.equal('underline');
  });
});
