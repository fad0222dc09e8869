import { expect, fixtureCleanup, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/define/self-check.js';
import type { NcSelfCheck, NcSelfCheckCompleteDetail } from '../src/components/self-check/self-check.js';
import { LOCALES, type AnswerValue, type Locale, type Question } from '../src/data/model.js';
import { templates as nl } from '../src/generated/locales/nl.js';
import { templates as de } from '../src/generated/locales/de.js';
import { templates as en } from '../src/generated/locales/en.js';
import { runWidgetSuite } from './suites/widget-suite.js';
import { captureConsole, norm, type CapturedConsole } from './helpers.js';
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
  await keys(...(value ? moves[value] : []), 'Tab', 'Enter');
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
    expect(h.text('legend')).to.equal(norm(QUESTIONS[0].text.fr));
    expect(h.parts('answer').map((a) => norm(a.textContent))).to.deep.equal(['Oui', 'En partie', 'Non', 'Je ne sais pas']);
    await expect(el).to.be.accessible();
    for (const a of ['non', 'non', 'oui', 'oui', 'oui', 'ne-sait-pas'] as const) await answer(el, a);
    await waitUntil(() => h.part('results-title'), 'results');
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
    // The live region announces the progress.
    expect(norm(el.shadowRoot!.querySelector('[aria-live=polite]')!.textContent)).to.equal('Question 2 sur 6');
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

  it('without an audience attribute, the user chooses one first', async () => {
    const { el, h } = await mount('');
    const start = h.need('start-button') as HTMLButtonElement;
    expect(start.disabled).to.equal(true);
    const radios = [...h.need('audience').querySelectorAll<HTMLInputElement>('input[type=radio]')];
    expect(radios).to.have.length(2);
    await expect(el).to.be.accessible();
    radios[0].click();
    await el.updateComplete;
    expect(start.disabled).to.equal(false);
    expect(h.text('intro')).to.contain('6 questions.');
    h.click('start-button');
    await el.updateComplete;
    expect(h.text('progress')).to.equal('Question 1 sur 6');
  });

  it('easy-read shows the easy wording of the questions', async () => {
    const { el, h } = await mount('audience="institution" easy-read');
    h.click('start-button');
    await el.updateComplete;
    expect(h.text('legend')).to.equal(norm(QUESTIONS[0].easyRead.fr));
  });

  it('themes limits the quiz; a list that matches nothing shows a clear message (and is accessible)', async () => {
    const { el, h } = await mount('audience="institution" themes="donnees-et-controle"');
    expect(h.text('intro')).to.contain('3 questions.');
    el.themes = 'temps-et-couts';
    await el.updateComplete;
    expect(h.state()).to.equal('empty');
    expect(h.text('empty')).to.equal('Aucune question ne correspond à ce public et à ces thèmes. Le site peut vérifier les attributs « audience » et « themes ».');
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
      expect(h.text('legend')).to.equal(norm(QUESTIONS[0].text[locale] ?? QUESTIONS[0].text.fr));
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

  it('a corrupt file, or not an export: a clear message, no comparison', async () => {
    const { el, h } = await results();
    await openFile(el, '{ "format": "numerique-choisi/self-check", ');
    await waitUntil(() => h.part('file-error'), 'an error');
    expect(h.need('file-error').getAttribute('role')).to.equal('alert');
    expect(h.text('file-error')).to.equal('Ce fichier ne peut pas être comparé. Ce n’est pas un fichier JSON lisible.');
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
    const fill = () => getComputedStyle(el.shadowRoot!.querySelector('[part~=progress] .fill')!).transitionDuration;
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

runWidgetSuite({ tag: 'nc-self-check', attrs: { audience: 'institution' }, contentPart: 'intro-title' });
