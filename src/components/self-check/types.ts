/**
 * The self-check's shared types: what the element (self-check.ts), its lazily loaded results
 * view (results.ts, export-view.ts) and its files (exporting.ts, export.ts) hand each other.
 * Types only: every file of the folder may import this one, and it imports none of them but
 * the pure scoring (so no import runs in a circle).
 */
import type { nothing, TemplateResult } from 'lit';
import type { AnswerValue, Audience, Locale, Question, Theme, ThemeData } from '../../data/model.js';
import type { Answers, ThemeResult } from './scoring.js';

/** Where the user stands in the quiz. */
export type SelfCheckStep = 'intro' | 'question' | 'results';

/** Detail of `nc-self-check-complete` (fired only with `emit-results`). */
export interface NcSelfCheckCompleteDetail {
  /** Who answered. */
  audience: Audience;
  /** Version of the question set (a hash of the questions asked: ids, themes, weights, scores). */
  questionSet: string;
  /** The answer to each question asked, by id; a skipped question is absent. */
  answers: Partial<Record<string, AnswerValue>>;
  /** One result per theme, weakest first. */
  results: ThemeResult[];
}

/** One theme, then and now, on the questions both sets share (export.ts `compare`, shown by export-view.ts). */
export interface Comparison {
  theme: string;
  /** The old answers, scored with today's questions, on the shared questions. */
  before: ThemeResult;
  /** Today's answers, on the same questions. */
  now: ThemeResult;
  /** How many of the theme's questions both sets share. */
  shared: number;
}

/** A comparison with an older export: its rows, and the old export's date. */
export interface CompareResult {
  rows: Comparison[];
  date?: string;
}

/** « Garder mes réponses sur cet appareil » (keep.ts): shown only where storage works and the audience is known. */
export interface KeepView {
  /** The box is ticked: answers are kept on this device. */
  readonly checked: boolean;
  /** The user ticked or unticked the box. */
  onChange(keep: boolean): void;
  /** « Oublier mes réponses ». */
  onForget(): void;
}

/** What the files (exporting.ts) need: the quiz as answered, in the widget's language. */
export interface ExportSource {
  readonly locale: Locale;
  readonly questions: readonly Question[];
  readonly answers: Answers;
  readonly audience: Audience;
  /** The themes' titles (the site's, else the built-in ones). */
  readonly themes: readonly Theme[];
  /** Easy-read wording of the questions (and of the cards). */
  readonly easyRead: boolean;
  /** The question's text as the quiz shows it (easy-read when asked), in the widget's language or French. */
  questionText(q: Question): { text: string; lang: Locale };
}

/** What the element gives the results view (results.ts, loaded lazily). */
export interface ResultsInput extends Omit<ExportSource, 'themes'> {
  /** The site's data (the built-in themes and recommendations fill in where it has none). */
  readonly site: ThemeData;
  /** Heading level of the results' title (2 to 6). */
  readonly level: number;
  /** For the cards: the site's `src` and `data`. */
  readonly src: string | undefined;
  readonly dataProp: unknown;
  /** The element: files are saved and focus is moved in its shadow root. */
  readonly host: HTMLElement & { readonly updateComplete: Promise<unknown> };
  /** The keep checkbox, rendered by the element (nothing where storage is blocked). */
  readonly keep: TemplateResult | typeof nothing;
  /** Answers are kept on this device: « Recommencer » asks before wiping them. */
  readonly kept: boolean;
  /** Renders again (after an asynchronous step of the results view: a file read, a chunk loaded). */
  update(): void;
  /** « Recommencer ». */
  restart(): void;
}

/** What the parts of the results view show: the element's input with the themes and recommendations to show. */
export interface ResultsView extends ResultsInput, ExportSource {
  /** The site's data, with the built-in themes and recommendations where it has none. */
  readonly data: ThemeData;
}
