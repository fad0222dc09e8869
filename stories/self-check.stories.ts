import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/define/self-check.js';
import type { AnswerValue, Locale, Question } from '../src/data/model.js';
import questionsFr from '../src/generated/data/questions.fr.json';

/**
 * The stories write the element directly with lit's `html`. The toolbar's language sets
 * `lang` on a wrapper (the "host page", see .storybook/preview.ts); the self-check follows it.
 * States past the intro (a question, the results) are reached by a `play` function that
 * clicks through the quiz as a user would.
 */

interface SelfCheckArgs {
  audience?: 'travailleur' | 'institution' | '';
  themes?: string;
  'easy-read': boolean;
  'emit-results': boolean;
  'heading-level': number;
  timeout?: number;
  src?: string;
  data?: unknown;
  onNcSelfCheckComplete?: (event: Event) => void;
  onNcError?: (event: Event) => void;
}

/** The host page's own fallback content. */
const FALLBACK: Record<Locale, string> = {
  fr: 'Le questionnaire d’auto-évaluation sur le numérique, en version à imprimer',
  nl: 'De zelfevaluatievragenlijst over digitalisering, om af te drukken',
  de: 'Der Fragebogen zur Selbstbewertung der Digitalisierung, zum Ausdrucken',
  en: 'The self-check questionnaire on digital services, to print',
};

const localeOf = (globals: Record<string, unknown>): Locale => (globals.locale as Locale | undefined) ?? 'fr';

const selfCheck = (args: SelfCheckArgs, locale: Locale): TemplateResult => html`<nc-self-check
  audience=${ifDefined(args.audience || undefined)}
  themes=${ifDefined(args.themes || undefined)}
  ?easy-read=${args['easy-read']}
  ?emit-results=${args['emit-results']}
  heading-level=${args['heading-level']}
  src=${ifDefined(args.src || undefined)}
  timeout=${ifDefined(args.timeout)}
  .data=${args.data}
  @nc-self-check-complete=${args.onNcSelfCheckComplete}
  @nc-error=${args.onNcError}
  ><a href="#questionnaire">${FALLBACK[locale]}</a></nc-self-check
>`;

const QUESTIONS = (questionsFr as unknown as { questions: Question[] }).questions;

type Strategy = 'strong' | 'weak' | 'mixed';

/** The answer a strategy gives to a question: the best, the weakest, or by theme (mixed, with some « je ne sais pas »). */
function choose(q: Question, strategy: Strategy, i: number): AnswerValue | undefined {
  const scored = (['oui', 'en-partie', 'non'] as const).map((a) => [a, q.scores[a]] as const).sort((x, y) => y[1] - x[1]);
  if (strategy === 'strong') return scored[0][0];
  if (strategy === 'weak') return scored[2][0];
  const themes = [...new Set(QUESTIONS.map((x) => x.theme))];
  const t = themes.indexOf(q.theme);
  if (t % 3 === 2) return i % 2 ? 'ne-sait-pas' : undefined; // to clarify as a team
  return t % 3 === 0 ? scored[2][0] : i % 2 ? scored[0][0] : scored[1][0];
}

/** Waits for the element and a part in its shadow root. */
async function part(canvasElement: HTMLElement, name: string): Promise<HTMLElement> {
  for (let i = 0; i < 200; i++) {
    const found = canvasElement.querySelector('nc-self-check')?.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`);
    if (found) return found;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`nc-self-check: no part ${name}`);
}

/** Starts the quiz and answers `count` questions (all when undefined) with `strategy`. */
async function answer(canvasElement: HTMLElement, strategy: Strategy, count?: number): Promise<void> {
  (await part(canvasElement, 'start-button')).click();
  const el = canvasElement.querySelector('nc-self-check') as HTMLElement & { updateComplete: Promise<unknown> };
  for (let i = 0; count === undefined || i < count; i++) {
    await el.updateComplete;
    const root = el.shadowRoot!;
    const radio = root.querySelector<HTMLInputElement>('[part~="question"] input[type=radio]');
    if (!radio) break;
    const q = QUESTIONS.find((x) => `q-${x.id}` === radio.name);
    const a = q ? choose(q, strategy, i) : 'oui';
    if (a) root.querySelector<HTMLInputElement>(`[part~="question"] input[value="${a}"]`)!.click();
    root.querySelector<HTMLButtonElement>('[part~="next-button"]')!.click();
    if (root.querySelector('[part~="results"]')) break;
  }
}

const meta: Meta<SelfCheckArgs> = {
  title: 'Components/Self-check',
  component: 'nc-self-check',
  tags: ['autodocs'],
  render: (args, { globals }) => selfCheck(args, localeOf(globals)),
  args: {
    audience: 'institution',
    'easy-read': false,
    'emit-results': false,
    'heading-level': 2,
  },
  argTypes: {
    audience: { control: 'inline-radio', options: ['', 'travailleur', 'institution'] },
    'heading-level': { control: { type: 'number', min: 2, max: 6, step: 1 } },
  },
  parameters: {
    docs: {
      description: {
        component:
          'A self-check on the day’s recommendations. Each story wraps it in a "host page" whose `lang` follows the toolbar. ' +
          'Stories past the intro click through the quiz in their `play` function. Nothing is stored unless « Garder mes réponses » is ticked.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<SelfCheckArgs>;

// ---------------------------------------------------------------- steps

/** The intro for an institution: how long it takes, anonymous, nothing sent; « Commencer ». */
export const Intro: Story = {};

/** A worker's quiz (questions about their own practice). */
export const IntroWorker: Story = {
  name: 'Intro, worker',
  args: { audience: 'travailleur' },
};

/** Without `audience`, the user chooses at the start; « Commencer » stays enabled. */
export const ChooseAudience: Story = {
  name: 'Intro, audience to choose',
  args: { audience: '' },
};

/** « Commencer » pressed with no audience chosen: the group says what to choose (tied by `aria-describedby`), the focus on its first choice. */
export const AudienceMissing: Story = {
  name: 'Intro, « Commencer » without an audience',
  args: { audience: '' },
  play: async ({ canvasElement }) => (await part(canvasElement, 'start-button')).click(),
};

/** `emit-results` in easy-read: one notice, in easy words (« Vos réponses ne contiennent pas votre nom… »). */
export const EmitResultsEasyRead: Story = {
  name: 'Intro with emit-results, easy read',
  args: { 'emit-results': true, 'easy-read': true },
};

/** `emit-results`: the intro says that the site receives the results; `nc-self-check-complete` carries them. */
export const EmitResults: Story = {
  name: 'Intro with emit-results',
  args: { 'emit-results': true },
};

/** The fourth question: progress, the question as a fieldset legend, four native radios, « Suivant » and « Précédent ». */
export const MidQuiz: Story = {
  name: 'Mid-quiz',
  play: async ({ canvasElement }) => answer(canvasElement, 'mixed', 3),
};

/** Enter pressed on a radio with no answer: the step says how to answer or skip, instead of skipping. */
export const EnterWithoutAnswer: Story = {
  name: 'Mid-quiz, Enter without an answer',
  play: async ({ canvasElement }) => {
    await answer(canvasElement, 'mixed', 1);
    const radio = (await part(canvasElement, 'question')).querySelector<HTMLInputElement>('input[type=radio]')!;
    radio.focus();
    radio.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true }));
    await part(canvasElement, 'enter-hint');
  },
};

// ---------------------------------------------------------------- results

/** Every answer the strong one: every theme « Solide ». */
export const ResultsStrong: Story = {
  name: 'Results: strong',
  play: async ({ canvasElement }) => answer(canvasElement, 'strong'),
};

/** Every answer the weak one: every theme « À renforcer », each with its recommendation cards. */
export const ResultsWeak: Story = {
  name: 'Results: weak',
  play: async ({ canvasElement }) => answer(canvasElement, 'weak'),
};

/** Mixed: weak, in progress, and themes « À clarifier en équipe » (many « je ne sais pas » or skipped), listed as questions to raise. */
export const ResultsMixed: Story = {
  name: 'Results: mixed',
  play: async ({ canvasElement }) => answer(canvasElement, 'mixed'),
};

/** A worker's results: the support sentence (working conditions, not professional worth; who can help), no theme called weak. */
export const ResultsWorker: Story = {
  name: 'Results: worker',
  args: { audience: 'travailleur' },
  play: async ({ canvasElement }) => answer(canvasElement, 'mixed'),
};

/** A worker answering every question with the most stressed answer: conditions to improve, the questions on their own feelings as topics to raise. */
export const ResultsWorkerStressed: Story = {
  name: 'Results: worker, every answer the most stressed',
  args: { audience: 'travailleur' },
  play: async ({ canvasElement }) => answer(canvasElement, 'weak'),
};

/** Easy-read results: easy level names and export labels. */
export const ResultsEasyRead: Story = {
  name: 'Results: easy read',
  args: { 'easy-read': true },
  play: async ({ canvasElement }) => answer(canvasElement, 'mixed'),
};

/** Easy-to-read questions (short sentences, common words) and easy-to-read cards. */
export const EasyRead: Story = {
  name: 'Easy read',
  args: { 'easy-read': true },
  play: async ({ canvasElement }) => answer(canvasElement, 'mixed', 1),
};

// ---------------------------------------------------------------- languages

/** In Dutch (toolbar locked), at the first question. */
export const Dutch: Story = {
  name: 'Dutch (nl)',
  globals: { locale: 'nl' },
  play: async ({ canvasElement }) => answer(canvasElement, 'mixed', 0),
};

/** In German, with the results. */
export const German: Story = {
  name: 'German (de), results',
  globals: { locale: 'de' },
  play: async ({ canvasElement }) => answer(canvasElement, 'mixed'),
};

/** In English, at the first question. */
export const English: Story = {
  name: 'English (en)',
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => answer(canvasElement, 'mixed', 0),
};

// ---------------------------------------------------------------- problems

/** No question for this audience and these themes (a site's data with an empty `questions`): a clear message, not an empty box. */
export const Empty: Story = {
  name: 'Empty: no question matches',
  args: { data: { formatVersion: 1, questions: [] } },
};

/** `src` answers 404: an error with « Recharger les informations », `nc-error` with `{ reason: 'http', status: 404 }`. */
export const Src404: Story = {
  name: 'Error: src 404, with retry',
  args: { src: 'fixtures/missing.json' },
  parameters: {
    ncExpectedErrors: [
      'Failed to load resource: the server responded with a status of 404 (Not Found) /fixtures/missing.json',
      /^\[numerique-choisi\] \S+\/fixtures\/missing\.json: HTTP 404$/,
    ],
  },
};

/** 320 CSS pixels wide, the results: the table's rows stack, each cell named by its column (no word cut). */
export const Results320: Story = {
  name: '320 px wide, results',
  globals: { viewport: { value: 'nc320', isRotated: false }, locale: 'de' },
  render: (args, { globals }) => html`<div class="nc-sb-narrow">${selfCheck(args, localeOf(globals))}</div>`,
  play: async ({ canvasElement }) => answer(canvasElement, 'mixed'),
};

/** 320 CSS pixels wide, mid-quiz. */
export const Narrow320: Story = {
  name: '320 px wide',
  globals: { viewport: { value: 'nc320', isRotated: false } },
  render: (args, { globals }) => html`<div class="nc-sb-narrow">${selfCheck(args, localeOf(globals))}</div>`,
  play: async ({ canvasElement }) => answer(canvasElement, 'mixed', 2),
};
