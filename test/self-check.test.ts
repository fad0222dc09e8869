import { expect, fixtureCleanup, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define/self-check.js';
import type { NcSelfCheck, NcSelfCheckCompleteDetail } from '../src/components/self-check/self-check.js';
import type { AnswerValue, Question } from '../src/data/model.js';
import { runWidgetSuite } from './suites/widget-suite.js';
import { captureConsole, norm, type CapturedConsole } from './helpers.js';
import { WidgetHarness } from './harness.js';

const PREFIX = '[numerique-choisi]';

/** A small question set (a site's `data`): two themes, three questions each, one reversed. */
const q = (id: string, theme: string, basis: string, fr: string, scores = { oui: 1, 'en-partie': 0.5, non: 0 }, weight = 1): Question => ({
  id,
  theme,
  basis,
  audiences: ['institution', 'travailleur'],
  weight,
  text: { fr, nl: `NL ${fr}`, de: `DE ${fr}`, en: `EN ${fr}` },
  easyRead: { fr: `Facile : ${fr}` },
  scores,
});
const QUESTIONS: Question[] = [
  q('sc-acces-1', 'acces-et-lien-social', 'acces-physique', 'Peut-on venir au guichet sans rendez-vous ?'),
  q('sc-acces-2', 'acces-et-lien-social', 'acces-physique', 'Un accueil humain reste-t-il possible ?'),
  q('sc-acces-3', 'acces-et-lien-social', 'autonomie', 'Finissez-vous par faire les démarches à la place des personnes ?', { oui: 0, 'en-partie': 0.5, non: 1 }),
  q('sc-donnees-1', 'donnees-et-controle', 'donnees', 'Savez-vous qui voit les données sensibles encodées ?'),
  q('sc-donnees-2', 'donnees-et-controle', 'donnees', 'Savez-vous à quoi servent ces données ?'),
  q('sc-donnees-3', 'donnees-et-controle', 'donnees', 'En parlez-vous aux personnes ?'),
];
const DATA = { formatVersion: 1, questions: QUESTIONS };

let output: CapturedConsole;
beforeEach(() => {
  output = captureConsole();
});
afterEach(() => {
  output.restore();
  fixtureCleanup();
});

type El = NcSelfCheck & HTMLElement;
async function mount(attrs = 'audience="institution"', data: unknown = DATA, lang = 'fr'): Promise<{ el: El; h: WidgetHarness<El> }> {
  const wrap = fixtureSync<HTMLDivElement>(html`<div lang=${lang}></div>`);
  wrap.innerHTML = `<nc-self-check ${attrs}></nc-self-check>`;
  const el = wrap.firstElementChild as El;
  if (data) el.data = data;
  const h = new WidgetHarness<El>(el, 'intro-title');
  await h.until('content');
  await el.updateComplete;
  return { el, h };
}

/** The part focused in the widget's shadow root. */
const focused = (el: Element) => el.shadowRoot?.activeElement?.getAttribute('part') ?? el.shadowRoot?.activeElement?.localName ?? '';

/** Picks an answer by clicking its radio, then « Suivant ». */
async function answer(el: El, value: AnswerValue | undefined): Promise<void> {
  const root = el.shadowRoot!;
  if (value) root.querySelector<HTMLInputElement>(`input[type=radio][value="${value}"]`)!.click();
  root.querySelector<HTMLButtonElement>('[part~="next-button"]')!.click();
  await el.updateComplete;
}

describe('<nc-self-check> flow', () => {
  it('intro → questions → results, by mouse', async () => {
    const { el, h } = await mount();
    expect(h.text('intro-title')).to.contain('Auto-évaluation');
    expect(h.text('intro')).to.contain('6 questions.');
    h.click('start-button');
    await el.updateComplete;
    expect(h.text('progress')).to.equal('Question 1 sur 6');
    expect(focused(el)).to.equal('legend');
    for (const a of ['non', 'non', 'oui', 'oui', 'oui', 'ne-sait-pas'] as const) await answer(el, a);
    await waitUntil(() => h.part('results-title'), 'results');
    await el.updateComplete;
    expect(focused(el)).to.equal('results-title');
    expect(h.text('results')).to.contain('Le thème à travailler en premier : Accès et lien social.');
    const cards = [...el.shadowRoot!.querySelectorAll('nc-recommendation-card')];
    expect(cards.map((c) => c.getAttribute('recommendation'))).to.include('acces-physique');
    expect(output.errors).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});
