import { expect, fixtureCleanup, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/define/self-check.js';
import type { NcSelfCheck, NcSelfCheckCompleteDetail } from '../src/components/self-check/self-check.js';
import { LOCALES, type AnswerValue, type Locale, type Question } from '../src/data/model.js';
import { templates as nl } from '../src/generated/locales/nl.js';
import { templates as de } from '../src/generated/locales/de.js';
import { templates as en } from '../src/generated/locales/en.js';
import { runWidgetSuite } from './suites/widget-suite.js';
import { captureConsole, createFrame, fileName, norm, resources, type CapturedConsole } from './helpers.js';
import { WidgetHarness } from './harness.js';


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

/** Presses keys one by one (real key events, through the browser). */
async function keys(...list: string[]): Promise<void> {
  for (const press of list) await sendKeys({ press });
}

/** By keyboard alone, from the question's legend: answers `value` (or skips), then « Suivant ». */
async function answerByKeys(el: El, value: AnswerValue | undefined): Promise<void> {
  const moves: Record<AnswerValue, string[]> = {
    oui: ['Tab', 'Space'],
    'en-partie': ['Tab', 'ArrowDown'],
    non: ['Tab', 'ArrowDown', 'ArrowDown'],
    'ne-sait-pas': ['Tab', 'ArrowUp'],
  };
  // Skipping: Tab past the radios to « Suivant » (Enter on a radio without an answer only says how).
  await keys(...(value ? moves[value] : ['Tab']), 'Tab', 'Enter');
  await el.updateComplete;
}

/** The UI string `id` in `locale`, as the user reads it (French from the source). */
function ui(id: string, locale: Locale, french: string): string {
  const t = ({ nl, de, en } as Record<string, Record<string, unknown>>)[locale];
  const v = t?.[id];
  return norm(typeof v === 'string' ? v : french);
}

const STORAGE_KEY = 'numerique-choisi:self-check:institution';

describe('<nc-self-check> flow', () => {
  it('intro → questions → results, by mouse', async () => {
    const { el, h } = await mount();
    expect(h.text('intro-title')).to.equal('Auto-évaluation : où en sommes-nous avec le numérique ?');
    expect(h.text('intro')).to.contain('6 questions. Comptez environ 2 minutes.');
    expect(h.text('intro')).to.contain('ce questionnaire n’envoie rien');
    expect(h.text('intro'), 'no word of results sent without emit-results').to.not.contain('reçoit vos résultats');
    h.click('start-button');
    await el.updateComplete;
    expect(h.text('progress')).to.equal('Question 1 sur 6');
    expect(focused(el)).to.equal('legend');
    expect(h.text('question-title')).to.equal(norm(QUESTIONS[0].text.fr));
    expect(h.parts('answer').map((a) => norm(a.textContent))).to.deep.equal(['Oui', 'En partie', 'Non', 'Je ne sais pas']);
    await expect(el).to.be.accessible();
    for (const a of ['non', 'non', 'oui', 'oui', 'oui', 'ne-sait-pas'] as const) await answer(el, a);
    await waitUntil(() => h.part('results-title'), 'results', { timeout: 5000 }); // the first results load their code and the card's
    await el.updateComplete;
    expect(focused(el)).to.equal('results-title');
    expect(h.text('results')).to.contain('Le thème à travailler en premier : Accès et lien social.');
    const themes = h.parts('theme');
    expect(themes.map((t) => norm(t.querySelector('[role=heading]')!.textContent))).to.deep.equal(['Accès et lien social', 'Données et contrôle']);
    expect(norm(themes[0].querySelector('[part~=level]')!.textContent)).to.equal('À renforcer');
    const cards = [...themes[0].querySelectorAll('nc-recommendation-card')];
    expect(cards.map((c) => c.getAttribute('recommendation')), 'a theme with a recommendation shows it').to.deep.equal(['acces-physique']);
    expect(cards[0].getAttribute('variant')).to.equal('compact');
    expect(
      [...themes[1].querySelectorAll('nc-recommendation-card')].map((c) => c.getAttribute('recommendation')),
      'a theme without a recommendation shows its findings',
    ).to.deep.equal(['donnees']);
    await waitUntil(() => cards[0].shadowRoot?.querySelector('[part~=title]'), 'the card rendered');
    const chart = h.need('chart');
    expect(chart.getAttribute('role')).to.equal('img');
    expect(chart.querySelectorAll('svg rect.fill')).to.have.length(2);
    expect(chart.querySelector<SVGRectElement>('rect.fill.level-a-renforcer')!.getAttribute('width')).to.equal('0%');
    expect(norm(chart.getAttribute('aria-label'))).to.equal(
      'Score par thème, du plus faible au plus solide : Accès et lien social : 0 %, À renforcer ; Données et contrôle : 100 %, Solide',
    );
    expect(getComputedStyle(h.need('table')).borderCollapse, 'the results styles came with their code').to.equal('collapse');
    expect(norm(h.need('table').querySelector('tbody')!.textContent)).to.equal('Accès et lien social À renforcer 0 % 0 Données et contrôle Solide 100 % 1');
    expect([...h.need('to-raise').querySelectorAll('li')].map((li) => norm(li.textContent))).to.deep.equal([
      `${norm(QUESTIONS[5].text.fr)} (je ne sais pas)`,
    ]);
    expect(output.errors).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('the whole quiz by keyboard alone, to results that name the weakest theme and show its card', async () => {
    const wrap = fixtureSync<HTMLDivElement>(html`<div lang="fr"><button id="before">Avant</button></div>`);
    wrap.insertAdjacentHTML('beforeend', '<nc-self-check audience="institution"></nc-self-check>');
    const el = wrap.querySelector('nc-self-check') as El;
    el.data = DATA;
    const h = new WidgetHarness<El>(el, 'intro-title');
    await h.until('content');
    wrap.querySelector<HTMLButtonElement>('#before')!.focus();
    await keys('Tab'); // the « keep » checkbox
    expect(focused(el)).to.equal('input');
    await keys('Tab', 'Enter'); // « Commencer »
    await el.updateComplete;
    expect(focused(el), 'the first question has the focus').to.equal('legend');
    expect(h.text('progress')).to.equal('Question 1 sur 6');
    await answerByKeys(el, 'oui');
    expect(h.text('progress')).to.equal('Question 2 sur 6');
    expect(focused(el)).to.equal('legend');
    // The progress is read with the question, in the focused legend; no live region speaks while the focus moves.
    expect(norm(el.shadowRoot!.activeElement!.textContent)).to.equal(`Question 2 sur 6 ${norm(QUESTIONS[1].text.fr)}`);
    expect(el.shadowRoot!.querySelector('[aria-live], [role=status]'), 'no live region in the quiz').to.equal(null);
    // Back (Shift+Tab from « Suivant » would be the long way: « Précédent » follows it), then change the answer.
    await keys('Tab', 'Tab', 'Tab', 'Enter');
    await el.updateComplete;
    expect(h.text('progress')).to.equal('Question 1 sur 6');
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('input[value=oui]')!.checked, 'the answer is kept').to.equal(true);
    await keys('Tab', 'ArrowDown', 'ArrowDown', 'Tab', 'Enter'); // « Non » now
    await el.updateComplete;
    await answerByKeys(el, 'non');
    await answerByKeys(el, 'en-partie'); // reversed polarity: 0.5
    await answerByKeys(el, undefined); // skipped
    await answerByKeys(el, 'ne-sait-pas');
    expect(h.text('next-button')).to.equal('Voir les résultats');
    await answerByKeys(el, 'oui');
    await waitUntil(() => h.part('results-title') && focused(el) === 'results-title', 'the results heading takes the focus');
    expect(h.text('results')).to.contain('Le thème à travailler en premier : Accès et lien social.');
    const first = h.parts('theme')[0];
    expect(norm(first.querySelector('[part~=level]')!.textContent)).to.equal('À renforcer');
    const card = first.querySelector('nc-recommendation-card')!;
    await waitUntil(() => card.shadowRoot?.querySelector('[part~=title]'), 'its card rendered');
    expect(card.getAttribute('recommendation')).to.equal('acces-physique');
    // The chart's text alternative keeps the percentage of an « À clarifier » theme, as its visible label does.
    expect(norm(h.need('chart').getAttribute('aria-label'))).to.contain('Données et contrôle : 100 %, À clarifier en équipe');
    // The second theme: two of three unknown or skipped → « À clarifier en équipe ».
    expect(norm(h.parts('theme')[1].querySelector('[part~=level]')!.textContent)).to.equal('À clarifier en équipe');
    expect([...h.need('to-raise').querySelectorAll('li')].map((li) => norm(li.textContent))).to.deep.equal([
      `${norm(QUESTIONS[3].text.fr)} (passée)`,
      `${norm(QUESTIONS[4].text.fr)} (je ne sais pas)`,
    ]);
    expect(output.errors).to.deep.equal([]);
  });

  it('built-in questions, institution: every question answered to a results view with the weakest theme and its card, no request elsewhere', async () => {
    const { el, h } = await mount('audience="institution"', null);
    h.click('start-button');
    await el.updateComplete;
    const total = Number(/sur (\d+)$/.exec(h.text('progress'))![1]);
    expect(total, 'at least three questions per theme').to.be.greaterThanOrEqual(18);
    for (let i = 0; i < total; i++) await answer(el, i < 3 ? 'ne-sait-pas' : i % 2 ? 'oui' : 'non');
    await waitUntil(() => h.part('results-title'), 'results');
    await el.updateComplete;
    const first = h.parts('theme')[0];
    const title = norm(first.querySelector('[role=heading]')!.textContent);
    expect(h.text('results')).to.contain(`Le thème à travailler en premier : ${title}.`);
    const card = first.querySelector('nc-recommendation-card')!;
    await waitUntil(() => card.shadowRoot?.querySelector('[part~=title]'), 'its card rendered');
    const foreign = performance.getEntriesByType('resource').filter((e) => new URL(e.name).origin !== location.origin);
    expect(foreign.map((e) => e.name)).to.deep.equal([]);
    expect(output.errors).to.deep.equal([]);
  });

  for (const [lang, error] of [
    ['fr', 'Choisissez pour qui vous répondez : pour vous-même ou pour votre institution.'],
    ['nl', 'Kies voor wie u antwoordt: voor uzelf of voor uw instelling.'],
  ] as const) {
    it(`${lang}: without an audience attribute, « Commencer » is enabled and, pressed with no choice, says what to choose, tied to the group`, async () => {
      const { el, h } = await mount('', DATA, lang);
      const start = h.need('start-button') as HTMLButtonElement;
      expect(start.disabled, 'reachable by Tab').to.equal(false);
      const group = h.need('audience');
      const radios = [...group.querySelectorAll<HTMLInputElement>('input[type=radio]')];
      expect(radios).to.have.length(2);
      expect(h.part('audience-error')).to.equal(null);
      await expect(el).to.be.accessible();
      start.focus();
      await keys('Enter');
      await el.updateComplete;
      expect(h.text('audience-error')).to.equal(error);
      expect(group.getAttribute('aria-describedby')).to.equal(h.need('audience-error').id);
      expect(radios.map((r) => r.getAttribute('aria-invalid'))).to.deep.equal(['true', 'true']);
      await waitUntil(() => el.shadowRoot!.activeElement === radios[0], 'the focus goes to the first choice');
      expect(h.part('progress'), 'still on the intro').to.equal(null);
      await expect(el).to.be.accessible();
      await keys('Space');
      await el.updateComplete;
      expect(h.part('audience-error'), 'gone once chosen').to.equal(null);
      expect(radios[0].hasAttribute('aria-invalid')).to.equal(false);
      expect(h.text('intro')).to.match(/6\D/);
      h.click('start-button');
      await el.updateComplete;
      expect(h.text('progress')).to.match(/^\D+1\D+6$/);
    });
  }

  it('easy-read shows the easy wording of the questions', async () => {
    const { el, h } = await mount('audience="institution" easy-read');
    h.click('start-button');
    await el.updateComplete;
    expect(h.text('question-title')).to.equal(norm(QUESTIONS[0].easyRead.fr));
  });

  it('themes limits the quiz; a list that matches nothing shows a clear message (and is accessible)', async () => {
    const { el, h } = await mount('audience="institution" themes="donnees-et-controle"');
    expect(h.text('intro')).to.contain('3 questions.');
    el.themes = 'temps-et-couts';
    await el.updateComplete;
    expect(h.state()).to.equal('empty');
    expect(h.text('empty')).to.equal('Aucune question ne correspond à ce profil et à ces thèmes. Le site peut vérifier les attributs « audience » et « themes ».');
    await expect(el).to.be.accessible();
  });

  it('a question naming an unknown theme is dropped with a console error', async () => {
    const bad = { ...QUESTIONS[0], id: 'sc-bad', theme: 'theme-inconnu' };
    const badBasis = { ...QUESTIONS[0], id: 'sc-bad-basis', basis: 'recommandation-inconnue' };
    const { h } = await mount('audience="institution"', { formatVersion: 1, questions: [...QUESTIONS, bad, badBasis] });
    await waitUntil(() => h.text('intro').includes('6 questions.'), `the bad questions are left out: ${h.text('intro')}`);
    expect(output.errors).to.have.length(2);
    expect(output.errors[0]).to.equal(
      '[numerique-choisi] <nc-self-check>: questions[6] "sc-bad": unknown theme "theme-inconnu" (themes: acces-et-lien-social, formation-et-outils, sante-des-travailleurs, donnees-et-controle, temps-et-couts, politique-numerique); the question is left out.',
    );
    expect(output.errors[1]).to.match(/^\[numerique-choisi\] <nc-self-check>: questions\[7\] "sc-bad-basis": unknown basis "recommandation-inconnue" \(recommendations and findings: acces-physique, .*\); the question is left out\.$/);
  });
});

describe('<nc-self-check> privacy', () => {
  beforeEach(() => localStorage.removeItem(STORAGE_KEY));
  afterEach(() => localStorage.removeItem(STORAGE_KEY));

  it('stores nothing unless the user ticks « Garder mes réponses », and « Oublier » clears it', async () => {
    const before = localStorage.length;
    const { el, h } = await mount();
    h.click('start-button');
    await el.updateComplete;
    await answer(el, 'oui');
    expect(localStorage.length, 'nothing stored').to.equal(before);
    expect(localStorage.getItem(STORAGE_KEY)).to.equal(null);
    // Back to the intro: tick the box.
    h.click('back-button');
    await el.updateComplete;
    h.click('back-button');
    await el.updateComplete;
    const keep = h.need('keep').querySelector('input')!;
    expect(norm(h.text('keep'))).to.equal('Garder mes réponses sur cet appareil');
    keep.click();
    await el.updateComplete;
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!)).to.deep.equal({ answers: { 'sc-acces-1': 'oui' } });
    // A new widget finds the answers again.
    fixtureCleanup();
    const again = await mount();
    expect(again.h.text('start-button')).to.equal('Reprendre');
    again.h.click('start-button');
    await again.el.updateComplete;
    expect(again.h.text('progress'), 'it resumes at the first question without an answer').to.equal('Question 2 sur 6');
    again.h.click('back-button');
    await again.el.updateComplete;
    expect((again.el.shadowRoot!.querySelector('input[value=oui]') as HTMLInputElement).checked, 'the kept answer').to.equal(true);
    again.h.click('back-button');
    await again.el.updateComplete;
    expect((again.h.need('keep').querySelector('input') as HTMLInputElement).checked).to.equal(true);
    again.h.click('forget-button');
    await again.el.updateComplete;
    expect(localStorage.getItem(STORAGE_KEY), 'forgotten').to.equal(null);
    expect(again.el.shadowRoot!.activeElement?.getAttribute('type'), 'the focus goes to the checkbox').to.equal('checkbox');
    expect((again.h.need('keep').querySelector('input') as HTMLInputElement).checked).to.equal(false);
  });

  it('where storage is blocked (it throws), the choice is not offered and nothing breaks', async () => {
    const own = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    try {
      const { el, h } = await mount();
      expect(h.part('keep')).to.equal(null);
      h.click('start-button');
      await el.updateComplete;
      await answer(el, 'oui');
      expect(h.text('progress')).to.equal('Question 2 sur 6');
      expect(output.errors).to.deep.equal([]);
    } finally {
      Object.defineProperty(window, 'localStorage', own);
    }
  });
});

describe('<nc-self-check> event', () => {
  async function finish(attrs: string): Promise<{ el: El; events: CustomEvent<NcSelfCheckCompleteDetail>[] }> {
    const { el, h } = await mount(attrs);
    const events: CustomEvent<NcSelfCheckCompleteDetail>[] = [];
    document.addEventListener('nc-self-check-complete', (e) => events.push(e), { once: true });
    h.click('start-button');
    await el.updateComplete;
    for (const a of ['oui', 'oui', 'oui', 'non', undefined, 'ne-sait-pas'] as const) await answer(el, a);
    await waitUntil(() => h.part('results-title'), 'results');
    await el.updateComplete;
    return { el, events };
  }

  it('with emit-results: the intro says so, and the event carries the answers and results', async () => {
    const { events } = await finish('audience="institution" emit-results');
    expect(events).to.have.length(1);
    const { detail } = events[0];
    expect(detail.audience).to.equal('institution');
    expect(detail.questionSet).to.match(/^[0-9a-f]{8}$/);
    expect(detail.answers).to.deep.equal({ 'sc-acces-1': 'oui', 'sc-acces-2': 'oui', 'sc-acces-3': 'oui', 'sc-donnees-1': 'non', 'sc-donnees-3': 'ne-sait-pas' });
    expect(detail.results.map((r) => [r.theme, r.level, r.percent])).to.deep.equal([
      ['acces-et-lien-social', 'en-chemin', 67],
      ['donnees-et-controle', 'a-clarifier', 0],
    ]);
    fixtureCleanup();
    const { h } = await mount('audience="institution" emit-results');
    expect(h.text('intro')).to.contain('À la fin, le site qui vous propose ce questionnaire reçoit vos résultats.');
  });

  it('without emit-results: no event at all', async () => {
    const { events } = await finish('audience="institution"');
    expect(events).to.have.length(0);
  });
});

describe('<nc-self-check> languages', () => {
  for (const locale of LOCALES) {
    it(`${locale}: its own text`, async () => {
      const { el, h } = await mount('audience="institution"', DATA, locale);
      expect(h.lang()).to.equal(locale);
      const title = ui('selfcheck.title', locale, 'Auto-évaluation : où en sommes-nous avec le numérique ?');
      expect(h.text('intro-title')).to.equal(title);
      if (locale !== 'fr') expect(title).to.not.contain('Auto-évaluation');
      h.click('start-button');
      await el.updateComplete;
      expect(h.text('question-title')).to.equal(norm(QUESTIONS[0].text[locale] ?? QUESTIONS[0].text.fr));
      const progress = h.text('progress');
      expect(progress).to.match(/1\D+6$/);
      if (locale !== 'fr') expect(progress).to.not.equal('Question 1 sur 6');
    });
  }
});

describe('<nc-self-check> export and comparison', () => {
  const realCreate = URL.createObjectURL;
  let blobs: { blob: Blob; name: string }[] = [];
  let clicked: string[] = [];
  const realClick = HTMLAnchorElement.prototype.click;
  beforeEach(() => {
    blobs = [];
    clicked = [];
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      blobs.push({ blob: blob as Blob, name: '' });
      return `blob:nc-test-${blobs.length}`;
    };
    // The download link is clicked; the test notes its file name instead of downloading.
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    };
  });
  afterEach(() => {
    URL.createObjectURL = realCreate;
    HTMLAnchorElement.prototype.click = realClick;
  });

  async function results(data: unknown = DATA, answers: (AnswerValue | undefined)[] = ['oui', 'non', 'en-partie', 'oui', undefined, 'ne-sait-pas']) {
    const { el, h } = await mount('audience="institution"', data);
    h.click('start-button');
    await el.updateComplete;
    for (const a of answers) await answer(el, a);
    await waitUntil(() => h.part('results-title'), 'results');
    await el.updateComplete;
    return { el, h };
  }

  it('JSON: the answers, the results, the question set; nothing else', async () => {
    const { h } = await results();
    h.click('json-button');
    await waitUntil(() => blobs.length === 1, 'a file was made');
    expect(clicked).to.have.length(1);
    expect(clicked[0]).to.match(/^auto-evaluation-institution-\d{4}-\d{2}-\d{2}\.json$/);
    const e = JSON.parse(await blobs[0].blob.text());
    expect(Object.keys(e).sort()).to.deep.equal(['answers', 'audience', 'date', 'format', 'formatVersion', 'locale', 'questionSet', 'results', 'themes']);
    expect(e.answers).to.deep.equal({
      'sc-acces-1': 'oui',
      'sc-acces-2': 'non',
      'sc-acces-3': 'en-partie',
      'sc-donnees-1': 'oui',
      'sc-donnees-2': null,
      'sc-donnees-3': 'ne-sait-pas',
    });
    expect(e.questionSet.ids).to.deep.equal(QUESTIONS.map((x) => x.id));
    expect(e.results.map((r: { theme: string; percent: number }) => [r.theme, r.percent])).to.deep.equal([
      ['acces-et-lien-social', 50],
      ['donnees-et-controle', 100],
    ]);
  });

  it('CSV: UTF-8 with BOM, « ; », localized labels, and a text cell cannot become a formula', async () => {
    const tricky = QUESTIONS.map((x, i) => (i === 0 ? { ...x, text: { fr: '=HYPERLINK("http://exemple.invalid";"clic")' } } : x));
    const { h } = await results({ formatVersion: 1, questions: tricky });
    h.click('csv-button');
    await waitUntil(() => blobs.length === 1, 'a file was made');
    const { blob } = blobs[0];
    expect(blob.type).to.equal('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)], 'UTF-8 BOM').to.deep.equal([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder().decode(bytes.slice(3));
    const lines = csv.split('\r\n');
    expect(lines[0].startsWith('Version des questions;')).to.equal(true);
    expect(lines).to.include('Accès et lien social;En chemin;50;3;0;0');
    expect(lines).to.include(`Accès et lien social;sc-acces-1;"'=HYPERLINK(""http://exemple.invalid"";""clic"")";Oui`);
    expect(lines).to.include(`Données et contrôle;sc-donnees-2;${norm(QUESTIONS[4].text.fr)};passée`);
    expect(csv).to.not.match(/^sep=/m);
    for (const line of lines) for (const cell of line.split(';')) expect(cell, line).to.not.match(/^[=+\-@\t\r]/);
  });

  async function openFile(el: El, text: string): Promise<void> {
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type=file]')!;
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'ancien.json', { type: 'application/json' }));
    input.files = dt.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }

  it('re-opens an older export: then and now, theme by theme, on the questions both share', async () => {
    const { buildExport, toJSON } = await import('../src/components/self-check/export.js');
    // Months ago: a smaller question set (no sc-acces-3), weaker answers.
    const old = buildExport({
      questions: QUESTIONS.filter((x) => x.id !== 'sc-acces-3'),
      answers: { 'sc-acces-1': 'non', 'sc-acces-2': 'non', 'sc-donnees-1': 'non', 'sc-donnees-2': 'oui', 'sc-donnees-3': 'non' },
      audience: 'institution',
      locale: 'fr',
      date: new Date('2026-03-15T10:00:00Z'),
    });
    const { el, h } = await results(DATA, ['oui', 'oui', 'non', 'oui', 'oui', 'oui']);
    await openFile(el, toJSON(old));
    await waitUntil(() => h.part('compare'), 'the comparison shows');
    const compare = h.need('compare');
    expect(norm(compare.querySelector('caption')!.textContent)).to.equal('Comparaison avec l’export du 15 mars 2026, sur les questions communes');
    expect([...compare.querySelectorAll('tbody tr')].map((tr) => norm(tr.textContent))).to.deep.equal([
      'Accès et lien social 0 % (À renforcer) 100 % (Solide) 2',
      'Données et contrôle 33 % (À renforcer) 100 % (Solide) 3',
    ]);
    expect(h.part('file-error')).to.equal(null);
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'compare-title', 'the comparison heading has the focus');
    expect(output.errors).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('English: the export’s date as written in Belgium (24 December 2024), not en-US', async () => {
    const { buildExport, toJSON } = await import('../src/components/self-check/export.js');
    const old = buildExport({ questions: QUESTIONS, answers: {}, audience: 'institution', locale: 'en', date: new Date('2024-12-24T10:00:00Z') });
    const { el, h } = await mount('audience="institution"', DATA, 'en');
    h.click('start-button');
    await el.updateComplete;
    for (let i = 0; i < QUESTIONS.length; i++) await answer(el, 'oui');
    await waitUntil(() => h.part('results-title'), 'results');
    await openFile(el, toJSON(old));
    await waitUntil(() => h.part('compare'), 'the comparison shows');
    expect(norm(h.need('compare').querySelector('caption')!.textContent)).to.contain('24 December 2024');
  });

  it('a corrupt file, or not an export: a clear message, no comparison', async () => {
    const { el, h } = await results();
    await openFile(el, '{ "format": "numerique-choisi/self-check", ');
    await waitUntil(() => h.part('file-error'), 'an error');
    expect(h.need('file-error').getAttribute('role')).to.equal('alert');
    expect(h.text('file-error')).to.equal('Ce fichier ne peut pas être comparé. Ce n’est pas un fichier JSON lisible.');
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type=file]')!;
    expect(input.getAttribute('aria-describedby'), 'the error is tied to its field').to.equal(h.need('file-error').id);
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(h.part('compare')).to.equal(null);
    await openFile(el, JSON.stringify({ formatVersion: 1, questions: [] }));
    await waitUntil(() => h.text('file-error').includes('export JSON'), 'another error');
    expect(h.text('file-error')).to.equal('Ce fichier ne peut pas être comparé. Ce n’est pas un export JSON de cette auto-évaluation.');
    await expect(el).to.be.accessible();
  });
});

describe('<nc-self-check> layout', () => {
  /** Elements of the shadow root wider than the host (sideways scrolling). */
  const overflowing = (el: El) => {
    const width = el.getBoundingClientRect().width;
    return [...el.shadowRoot!.querySelectorAll<HTMLElement>('*')]
      .filter((e) => e.getBoundingClientRect().right - el.getBoundingClientRect().left > width + 1)
      .map((e) => e.getAttribute('part') ?? e.localName);
  };

  it('320 px wide (built-in data, its long theme titles): intro, question and results fit without sideways scrolling; answers are at least 44 px high', async () => {
    const { el, h } = await mount('audience="institution"', null, 'de');
    el.style.width = '320px';
    el.style.display = 'block';
    expect(overflowing(el), 'intro').to.deep.equal([]);
    h.click('start-button');
    await el.updateComplete;
    expect(overflowing(el), 'question').to.deep.equal([]);
    for (const a of h.parts('answer')) expect(a.getBoundingClientRect().height).to.be.at.least(44);
    for (const b of [h.need('next-button'), h.need('back-button')]) expect(b.getBoundingClientRect().height).to.be.at.least(44);
    const total = Number(/(\d+)$/.exec(h.text('progress'))![1]);
    for (let i = 0; i < total; i++) await answer(el, 'non');
    await waitUntil(() => h.part('results-title'), 'results');
    await el.updateComplete;
    expect(overflowing(el), 'results').to.deep.equal([]);
  });

  it('prefers-reduced-motion: the progress bar does not animate', async () => {
    const { el, h } = await mount();
    h.click('start-button');
    await el.updateComplete;
    const fill = () => getComputedStyle(el.shadowRoot!.querySelector('.bar .fill')!).transitionDuration;
    expect(fill()).to.equal('0.2s');
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      expect(fill()).to.equal('0s');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('prints the results without buttons or file picker', async () => {
    const { el, h } = await mount();
    h.click('start-button');
    await el.updateComplete;
    for (let i = 0; i < QUESTIONS.length; i++) await answer(el, 'oui');
    await waitUntil(() => h.part('results-title'), 'results');
    await el.updateComplete;
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(h.need('restart-button')).display).to.equal('none');
      expect(getComputedStyle(h.need('file').parentElement!).display).to.equal('none');
      expect(getComputedStyle(h.need('table')).display).to.equal('table');
      expect(getComputedStyle(h.need('chart')).display).to.equal('block');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});

describe('<nc-self-check> states', () => {
  it('error (src 404): an alert, accessible', async () => {
    const { el, h } = await (async () => {
      const wrap = fixtureSync<HTMLDivElement>(html`<div lang="fr"></div>`);
      wrap.innerHTML = `<nc-self-check audience="institution" src="/test/fixtures/self-check-missing-${Date.now()}.json"></nc-self-check>`;
      const e = wrap.firstElementChild as El;
      return { el: e, h: new WidgetHarness<El>(e, 'intro-title') };
    })();
    await h.until('error');
    expect(h.need('error').querySelector('p')!.getAttribute('role')).to.equal('alert');
    await expect(el).to.be.accessible();
  });
});

describe('<nc-self-check> on the demo page (built files)', () => {
  it('a keyboard user answers every institution question to results naming the weakest theme with its card; no request elsewhere; nothing stored', async () => {
    const before = localStorage.length;
    const frame = document.createElement('iframe');
    frame.title = 'demo';
    frame.style.width = '1000px';
    frame.style.height = '800px';
    const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
    frame.src = '/demo/index.html';
    document.body.append(frame);
    try {
      await loaded;
      const win = frame.contentWindow!;
      const el = frame.contentDocument!.querySelector('nc-self-check') as El;
      await waitUntil(() => el.shadowRoot?.querySelector('[part~=start-button]'), 'the demo self-check rendered', { timeout: 15000 });
      expect(el.getAttribute('audience')).to.equal('institution');
      const root = el.shadowRoot!;
      root.querySelector<HTMLButtonElement>('[part~=start-button]')!.focus();
      await keys('Enter');
      await el.updateComplete;
      const total = Number(/(\d+)$/.exec(norm(root.querySelector('[part~=progress]')!.textContent))![1]);
      expect(total).to.be.greaterThanOrEqual(18);
      for (let i = 0; i < total; i++) {
        expect(root.activeElement?.getAttribute('part'), `question ${i + 1} has the focus`).to.equal('legend');
        // Weak on the first questions (the first theme), strong after: a clear weakest theme.
        await keys('Tab', ...(i < 3 ? ['ArrowUp', 'ArrowUp'] : ['Space']), 'Tab', 'Enter');
        await el.updateComplete;
      }
      await waitUntil(() => root.activeElement?.getAttribute('part') === 'results-title', 'the results heading has the focus', { timeout: 10000 });
      const first = root.querySelector('[part~=theme]')!;
      const title = norm(first.querySelector('[role=heading]')!.textContent);
      expect(norm(root.querySelector('[part~=results]')!.textContent)).to.contain(`Le thème à travailler en premier : ${title}.`);
      const card = first.querySelector('nc-recommendation-card')!;
      await waitUntil(() => card.shadowRoot?.querySelector('[part~=title]'), 'its card rendered', { timeout: 10000 });
      const foreign = win.performance.getEntriesByType('resource').filter((e) => new URL(e.name).origin !== location.origin);
      expect(foreign.map((e) => e.name), 'no request leaves the page').to.deep.equal([]);
      expect(localStorage.length, 'nothing stored').to.equal(before);
      expect(localStorage.getItem(STORAGE_KEY)).to.equal(null);
    } finally {
      frame.remove();
    }
  });
});

/** Every question answered `value` by mouse, to the results. */
async function toResults(el: El, h: WidgetHarness<El>, value: (q: number) => AnswerValue | undefined = () => 'oui'): Promise<void> {
  h.click('start-button');
  await el.updateComplete;
  const total = Number(/(\d+)$/.exec(h.text('progress'))![1]);
  for (let i = 0; i < total; i++) await answer(el, value(i));
  await waitUntil(() => h.part('results-title'), 'results');
  await el.updateComplete;
}

describe('<nc-self-check> what is announced (issue 19)', () => {
  for (const [lang, hint] of [
    ['fr', 'Choisissez d’abord une réponse avec les flèches du clavier, ou appuyez sur « Suivant » pour passer la question.'],
    ['nl', 'Kies eerst een antwoord met de pijltjestoetsen, of druk op “Volgende” om de vraag over te slaan.'],
  ] as const) {
    it(`${lang}: Enter on an unchecked radio says what to do instead of skipping; the question is the legend and the heading`, async () => {
      const { el, h } = await mount('audience="institution"', DATA, lang);
      h.click('start-button');
      await el.updateComplete;
      const title = h.need('question-title');
      expect(title.getAttribute('role')).to.equal('heading');
      expect(title.getAttribute('aria-level')).to.equal('2');
      expect(title.closest('legend'), 'the heading is inside the legend').to.equal(h.need('legend'));
      expect(h.need('progress').closest('legend'), 'the progress is read with the question').to.equal(h.need('legend'));
      el.shadowRoot!.querySelector<HTMLInputElement>('input[type=radio]')!.focus(); // the first radio, unchecked
      expect(el.shadowRoot!.activeElement?.getAttribute('type')).to.equal('radio');
      await keys('Enter');
      await el.updateComplete;
      expect(h.text('progress'), 'not skipped').to.match(/^\D+1\D+6$/);
      expect(h.text('enter-hint')).to.equal(hint);
      expect(h.need('enter-hint').getAttribute('role')).to.equal('alert');
      expect(h.need('legend').parentElement!.getAttribute('aria-describedby')).to.equal(h.need('enter-hint').id);
      await expect(el).to.be.accessible();
      await keys('Space', 'Enter'); // answered: Enter goes on
      await el.updateComplete;
      expect(h.text('progress')).to.match(/^\D+2\D+6$/);
      expect(h.part('enter-hint')).to.equal(null);
      expect(focused(el)).to.equal('legend');
      expect(norm(el.shadowRoot!.activeElement!.textContent)).to.equal(`${h.text('progress')} ${norm(QUESTIONS[1].text[lang] ?? QUESTIONS[1].text.fr)}`);
    });
  }

  it('the focus is never left on <body> when the last answer is given (« Calcul des résultats… » or the results heading)', async () => {
    const { el, h } = await mount();
    h.click('start-button');
    await el.updateComplete;
    for (let i = 0; i < QUESTIONS.length - 1; i++) await answer(el, 'oui');
    h.click('next-button');
    await el.updateComplete;
    expect(['loading', 'results-title']).to.include(focused(el));
    await waitUntil(() => focused(el) === 'results-title', 'then the results heading');
  });

  for (const lang of ['fr', 'nl'] as const) {
    it(`${lang}: « Recommencer » asks before wiping the answers kept on this device`, async () => {
      const key = 'numerique-choisi:self-check:institution';
      localStorage.removeItem(key);
      try {
        const { el, h } = await mount('audience="institution"', DATA, lang);
        h.need('keep').querySelector('input')!.click();
        await el.updateComplete;
        await toResults(el, h);
        const kept = localStorage.getItem(key);
        expect(JSON.parse(kept!).answers).to.have.property('sc-acces-1', 'oui');
        h.click('restart-button');
        await el.updateComplete;
        const confirm = h.need('restart-confirm');
        expect(confirm.getAttribute('role')).to.equal('group');
        await waitUntil(() => el.shadowRoot!.activeElement?.id === 'restart-question', 'the question has the focus');
        expect(norm(el.shadowRoot!.activeElement!.textContent)).to.equal(
          ui('selfcheck.restartConfirm', lang, 'Vos réponses gardées sur cet appareil seront effacées. Recommencer quand même ?'),
        );
        expect(h.part('results-title'), 'still the results').to.not.equal(null);
        await expect(el).to.be.accessible();
        h.click('restart-no-button');
        await waitUntil(() => focused(el) === 'restart-button', 'cancel: the focus goes back to « Recommencer »');
        expect(localStorage.getItem(key), 'nothing wiped').to.equal(kept);
        h.click('restart-button');
        await el.updateComplete;
        h.click('restart-yes-button');
        await el.updateComplete;
        expect(h.part('intro-title')).to.not.equal(null);
        expect(JSON.parse(localStorage.getItem(key)!).answers, 'wiped once confirmed').to.deep.equal({});
      } finally {
        localStorage.removeItem(key);
      }
    });
  }

  it('« Recommencer » without kept answers starts again at once', async () => {
    const { el, h } = await mount();
    await toResults(el, h);
    h.click('restart-button');
    await el.updateComplete;
    expect(h.part('restart-confirm')).to.equal(null);
    expect(focused(el)).to.equal('intro-title');
  });

  /** Words of the element's text split over two lines (a word cut mid-word has two boxes). */
  const cutWords = (root: Element) => {
    const cut: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (const m of text.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(node, m.index!);
        range.setEnd(node, m.index! + m[0].length);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (lines.size > 1) cut.push(m[0]);
      }
    }
    return cut;
  };

  for (const lang of ['fr', 'de', 'nl'] as const) {
    it(`${lang}: 320 px, no word of the results table is cut (the rows stack, each cell named by its column)`, async () => {
      const { el, h } = await mount('audience="institution"', null, lang);
      el.style.display = 'block';
      el.style.width = '320px';
      await toResults(el, h, (i) => (i % 3 ? 'non' : 'ne-sait-pas'));
      const table = h.need('table');
      expect(cutWords(table)).to.deep.equal([]);
      const cell = table.querySelector('tbody td')!;
      expect(getComputedStyle(cell, '::before').content, 'the column name shows before the value').to.contain(
        ui('selfcheck.col.level', lang, 'Niveau'),
      );
      el.style.width = '800px';
      await el.updateComplete;
      expect(getComputedStyle(table.querySelector('thead')!).position, 'wide: a table with its header row').to.not.equal('absolute');
    });
  }
});

describe('<nc-self-check> a worker’s results (issue 16)', () => {
  /** A worker's question about their own feelings: not scored. */
  const feeling = (id: string, fr: string): Question => ({ ...q(id, 'sante-des-travailleurs', 'sante-mentale', fr, { oui: 0, 'en-partie': 0.5, non: 1 }, 2), scored: false });
  const WORKER: Question[] = [
    feeling('sc-stress', 'Les outils numériques vous causent-ils du stress au travail ?'),
    feeling('sc-peur', 'Avez-vous peur de ne plus savoir faire votre travail ?'),
    q('sc-soutien', 'sante-des-travailleurs', 'sante-mentale', 'Quand les outils vous stressent, pouvez-vous en parler à quelqu’un dans votre institution ?'),
    ...QUESTIONS.slice(0, 3),
  ];
  /** The most stressed answer: the one that scores lowest (a feeling's « Oui »). */
  const stressed = (x: Question): AnswerValue => (['oui', 'en-partie', 'non'] as const).reduce((a, b) => (x.scores[b] < x.scores[a] ? b : a));

  for (const lang of ['fr', 'nl'] as const) {
    it(`${lang}: every question answered with the most stressed answer: no theme of the worker’s own feelings called weak; the support sentence; the feelings as topics to raise`, async () => {
      const { el, h } = await mount('audience="travailleur"', { formatVersion: 1, questions: WORKER }, lang);
      await toResults(el, h, (i) => stressed(WORKER[i]));
      expect(h.text('support')).to.equal(
        ui(
          'selfcheck.workerSupport',
          lang,
          'Vos réponses décrivent vos conditions de travail, pas votre valeur professionnelle. Pour en parler : le conseiller ou la conseillère en prévention aspects psychosociaux de votre institution, et votre équipe.',
        ),
      );
      if (lang === 'fr') expect(h.text('support')).to.contain('conseiller ou la conseillère en prévention aspects psychosociaux');
      expect(h.text('results')).to.not.contain(ui('selfcheck.weakest', lang, 'Le thème à travailler en premier').split(':')[0]);
      const weak = ui('selfcheck.level.aRenforcer', lang, 'À renforcer');
      expect(h.parts('level').map((l) => norm(l.textContent)), 'no theme called weak').to.not.include(weak);
      expect(norm(h.need('table').textContent)).to.not.contain(weak);
      expect(norm(h.need('chart').getAttribute('aria-label'))).to.not.contain(weak);
      // The feelings are never scored: the health theme's level comes from the support question alone.
      const health = h.parts('theme').find((t) => t.querySelector('[role=heading]')!.id === 'theme-sante-des-travailleurs')!;
      expect(health, 'the theme is there (its support question)').to.not.equal(undefined);
      const topics = [...h.need('topics').querySelectorAll('li')].map((li) => norm(li.textContent));
      expect(topics).to.deep.equal([WORKER[0], WORKER[1]].map((x) => norm(x.text[lang] ?? x.text.fr)));
      expect([...h.need('to-raise').querySelectorAll('li')], 'not counted as skipped either').to.have.length(0);
      expect(norm(h.need('chart').getAttribute('aria-label'))).to.not.contain(norm(WORKER[0].text.fr));
      await expect(el).to.be.accessible();
    });
  }

  it('a worker whose only questions on a theme are about feelings sees no level at all for that theme', async () => {
    const { el, h } = await mount('audience="travailleur"', { formatVersion: 1, questions: [WORKER[0], WORKER[1], ...QUESTIONS.slice(0, 3)] });
    await toResults(el, h, (i) => (i < 2 ? 'oui' : 'non'));
    const ids = h.parts('theme').map((t) => t.querySelector('[role=heading]')!.id);
    expect(ids).to.deep.equal(['theme-acces-et-lien-social']);
    expect(norm(h.need('table').textContent)).to.not.contain('Santé');
  });

  it('institution results still name the theme to work on first', async () => {
    const { el, h } = await mount('audience="institution"');
    await toResults(el, h, (i) => (i < 3 ? 'non' : 'oui'));
    expect(h.part('support')).to.equal(null);
    expect(h.text('results')).to.contain('Le thème à travailler en premier : Accès et lien social.');
  });
});

describe('<nc-self-check> one privacy notice per mode, easy-read UI (issue 16)', () => {
  it('without emit-results: nothing is sent, said once; with it: the site receives the results, and no word of « n’envoie rien »', async () => {
    const { h } = await mount();
    expect(h.text('privacy')).to.equal('C’est anonyme. Vos réponses restent dans votre navigateur : ce questionnaire n’envoie rien.');
    fixtureCleanup();
    const emits = await mount('audience="institution" emit-results');
    expect(emits.h.text('privacy')).to.equal('Vos réponses ne contiennent pas votre nom. À la fin, le site qui vous propose ce questionnaire reçoit vos résultats.');
    expect(emits.h.text('intro')).to.not.contain('n’envoie rien');
    expect(emits.h.text('intro')).to.not.contain('restent dans votre navigateur');
    fixtureCleanup();
    const nl = await mount('audience="institution" emit-results', DATA, 'nl');
    expect(nl.h.text('privacy')).to.equal(ui('selfcheck.emits', 'nl', ''));
    expect(nl.h.text('intro')).to.not.contain(ui('selfcheck.private', 'nl', ''));
  });

  it('easy-read rewrites the intro, the privacy notice, the level names and the export labels', async () => {
    const { el, h } = await mount('audience="institution" easy-read');
    expect(h.text('intro')).to.contain('Voici des questions sur les outils numériques au travail.');
    expect(h.text('privacy')).to.equal('Vos réponses restent sur votre ordinateur.');
    expect(h.text('intro')).to.not.contain('constats');
    await toResults(el, h, (i) => (i < 3 ? 'non' : i === 5 ? 'ne-sait-pas' : 'oui'));
    const levels = h.parts('level').map((l) => norm(l.textContent));
    expect(levels).to.deep.equal(['À améliorer', 'Bien']);
    expect(h.text('json-button')).to.equal('Télécharger vos réponses (pour comparer plus tard)');
    expect(h.text('csv-button')).to.equal('Télécharger un tableau (Excel)');
    expect(h.text('export')).to.contain('Garder vos résultats');
    expect(h.text('results')).to.not.contain('JSON');
    fixtureCleanup();
    const emits = await mount('audience="institution" easy-read emit-results');
    expect(emits.h.text('privacy')).to.equal('Vos réponses ne contiennent pas votre nom. À la fin, ce site reçoit vos résultats.');
  });
});

describe('<nc-self-check> chunks that fail to load (built files)', () => {
  /** A page with the self-check through the loader served from `prefix`, answered to the results. */
  async function answered(prefix: string) {
    const f = await createFrame(`<nc-self-check audience="institution"></nc-self-check><script type="module" src="${prefix}cdn/loader.js"></script>`, { lang: 'fr' });
    const el = f.doc.querySelector('nc-self-check') as El;
    await waitUntil(() => el.shadowRoot?.querySelector('[part~=start-button]'), 'the self-check rendered', { timeout: 15000 });
    const root = el.shadowRoot!;
    const part = (p: string) => root.querySelector<HTMLElement>(`[part~="${p}"]`);
    part('start-button')!.click();
    await el.updateComplete;
    const total = Number(/(\d+)$/.exec(norm(part('progress')!.textContent))![1]);
    for (let i = 0; i < total; i++) {
      root.querySelector<HTMLInputElement>(`input[type=radio][value="${i < 3 ? 'non' : 'oui'}"]`)!.click();
      part('next-button')!.click();
      await el.updateComplete;
    }
    return { f, el, root, part };
  }

  it('the results code fails: the shared error state with « Réessayer », focus on the message; after retry the results, answers kept', async function () {
    this.timeout(40000);
    const { f, root, part } = await answered('/nc-flaky-results/');
    try {
      await waitUntil(() => part('error'), 'the error state', { timeout: 10000 });
      expect(part('error')!.querySelector('[role=alert]'), 'the message is an alert').to.not.equal(null);
      expect(norm(part('error')!.textContent)).to.contain('Les informations n’ont pas pu être chargées.');
      expect(part('loading'), 'no « Calcul des résultats… » left').to.equal(null);
      await waitUntil(() => root.activeElement?.closest('[part~=error]'), 'the focus is on the message');
      expect(root.activeElement!.localName).to.equal('p');
      expect(f.log.errors.some((e) => e.includes('<nc-self-check>: could not load the results view'))).to.equal(true);
      part('retry-button')!.click();
      await waitUntil(() => part('results-title') && root.activeElement === part('results-title'), 'after retry, the results; their heading has the focus', { timeout: 10000 });
      const first = root.querySelector('[part~=theme] [role=heading]')!;
      expect(norm(part('results')!.textContent), 'the answers were kept').to.contain(`Le thème à travailler en premier : ${norm(first.textContent)}.`);
      const results = resources(f.win).filter((n) => fileName(n).startsWith('results-'));
      expect(results.map((n) => new URL(n).search)).to.deep.equal(['', '?retry=1']);
      expect(f.log.thrown).to.deep.equal([]);
    } finally {
      f.frame.remove();
    }
  });

  it('the export code fails: its error state in the export section, « Réessayer » makes the file, the focus back on the button', async function () {
    this.timeout(40000);
    const { f, root, part } = await answered('/nc-flaky-export/');
    try {
      await waitUntil(() => part('json-button'), 'the results', { timeout: 10000 });
      const made: string[] = [];
      (f.win.URL as unknown as { createObjectURL: (b: Blob) => string }).createObjectURL = () => `blob:nc-${made.length}`;
      (f.win.HTMLAnchorElement.prototype as HTMLAnchorElement).click = function (this: HTMLAnchorElement) {
        made.push(this.download);
      };
      part('json-button')!.click();
      await waitUntil(() => part('export')!.querySelector('[part~=error]'), 'the export error state', { timeout: 10000 });
      expect(part('export')!.querySelector('[part~=error] [role=alert]'), 'the message is an alert').to.not.equal(null);
      expect(made).to.deep.equal([]);
      expect(f.log.errors.some((e) => e.includes('<nc-self-check>: could not load the export code'))).to.equal(true);
      part('export')!.querySelector<HTMLButtonElement>('[part~=retry-button]')!.click();
      await waitUntil(() => made.length === 1, 'the file was made after retry', { timeout: 10000 });
      expect(made[0]).to.match(/^auto-evaluation-institution-\d{4}-\d{2}-\d{2}\.json$/);
      await waitUntil(() => !part('export')!.querySelector('[part~=error]') && root.activeElement === part('json-button'), 'the focus is back on the button');
      expect(f.log.thrown).to.deep.equal([]);
    } finally {
      f.frame.remove();
    }
  });
});

runWidgetSuite({ tag: 'nc-self-check', attrs: { audience: 'institution' }, contentPart: 'intro-title' });
