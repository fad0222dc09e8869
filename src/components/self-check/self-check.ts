import { adoptStyles, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { live } from 'lit/directives/live.js';
import type { AnswerValue, Audience, Locale, Question, ThemeData } from '../../data/model.js';
import { questionsPack } from '../../data/questions-pack.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { DataController } from '../../controllers/data-controller.js';
import { NcElement } from '../nc-element.js';
import { selfcheckMessages } from '../../shared/message-packs.js';
import { msg, plural, str } from '../../shared/i18n.js';
import { pick, parseList } from '../../shared/text.js';
import { logError } from '../../util/log.js';
import { emit } from '../../shared/events.js';
import { emptyState } from '../../shared/states.js';
import { selectQuestions, type Answers, type ThemeResult } from './scoring.js';
import { selfCheckStyles } from './self-check.styles.js';
import type * as ResultsModule from './results.js';

const TAG = '<nc-self-check>';
const AUDIENCES: readonly Audience[] = ['travailleur', 'institution'];
/** The answers, in the order they are offered. */
const ANSWERS: readonly AnswerValue[] = ['oui', 'en-partie', 'non', 'ne-sait-pas'];
/** About 20 seconds a question. */
const SECONDS_PER_QUESTION = 20;

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

/** What the results view needs from the element (src/components/self-check/results.ts). */
export interface SelfCheckView {
  readonly locale: Locale;
  readonly data: ThemeData;
  readonly questions: readonly Question[];
  readonly answers: Answers;
  readonly audience: Audience;
  readonly level: number;
  readonly easyRead: boolean;
  readonly src: string | undefined;
  readonly dataProp: unknown;
  readonly emitResults: boolean;
  /** Localised question text (easy-read when asked). */
  questionText(q: Question): { text: string; lang: Locale };
  /** Requests a render (after an asynchronous step of the results view: export, file). */
  requestUpdate(): void;
  readonly host: HTMLElement;
  restart(): void;
  renderKeep(): TemplateResult | typeof nothing;
}

/** The localStorage of the page, or undefined where it is blocked (reading it may throw). Nothing is written here. */
function storage(): Storage | undefined {
  try {
    const s = window.localStorage;
    s.getItem('numerique-choisi:self-check:probe');
    return s;
  } catch {
    return undefined;
  }
}

const storageKey = (audience: Audience) => `numerique-choisi:self-check:${audience}`;

/**
 * A self-check on the recommendations of the CLPS-Bw day « Comment le numérique questionne nos
 * pratiques ? », for a front-line worker (`travailleur`) or an institution (`institution`): one
 * question at a time (« Oui », « En partie », « Non », « Je ne sais pas »), then a level and a score
 * per theme, weakest first, with the recommendation card of each theme and the questions to raise
 * in the team. Anonymous: nothing leaves the browser; answers are kept on the device only if the
 * user ticks « Garder mes réponses sur cet appareil ». Results can be printed, downloaded (JSON, CSV)
 * and compared with an older JSON export.
 *
 * Levels (shown as rounded percents): « À renforcer » under 40 %, « En chemin » 40 to 74 %,
 * « Solide » 75 % and over; « À clarifier en équipe » when half or more of a theme's questions were
 * answered « Je ne sais pas » or skipped.
 *
 * @summary A self-check quiz on the recommendations, for a worker or an institution.
 * @tagname nc-self-check
 *
 * @slot - Fallback content (e.g. a link to a printable questionnaire). Shown before the script runs, while the data loads, and beside an error.
 *
 * @fires {CustomEvent<NcSelfCheckCompleteDetail>} nc-self-check-complete - The user reached the results. Fired only when `emit-results` is set (the intro then tells the user that the site receives the results); without it, no event at all.
 * @fires {CustomEvent<NcErrorDetail>} nc-error - The data (`src`) could not be loaded; the widget shows an error with a retry button.
 *
 * @csspart intro - The introduction (before the first question).
 * @csspart intro-title - The introduction's heading.
 * @csspart audience - The choice of audience (when no `audience` attribute is set).
 * @csspart start-button - The button that starts the quiz.
 * @csspart keep - The « Garder mes réponses sur cet appareil » checkbox and its label (only where storage is available).
 * @csspart forget-button - The « Oublier mes réponses » button.
 * @csspart question - One step of the quiz (a `form`).
 * @csspart progress - « Question 3 sur 18 » and its bar.
 * @csspart legend - The question (the `legend` of its `fieldset`); takes the focus at each step.
 * @csspart answer - One answer (a label around a native radio button).
 * @csspart next-button - « Suivant » (or « Voir les résultats » on the last question); without an answer it skips the question.
 * @csspart back-button - « Précédent ».
 * @csspart results - The results view.
 * @csspart results-title - The results' heading; takes the focus.
 * @csspart chart - The bar chart (an SVG with `role="img"`); the table beside it says the same.
 * @csspart table - The results table.
 * @csspart theme - One theme's result with its recommendation cards.
 * @csspart level - A theme's level badge.
 * @csspart to-raise - The questions to raise in the team (« Je ne sais pas » and skipped).
 * @csspart export - The print and download buttons, and the file picker for comparing.
 * @csspart print-button - « Imprimer ».
 * @csspart json-button - « Télécharger (JSON) »: answers and results, to keep and compare later.
 * @csspart csv-button - « Télécharger (CSV, tableur) »: for a spreadsheet (UTF-8 with BOM, `;`).
 * @csspart file - The file picker for an older JSON export.
 * @csspart compare - The comparison with an older export.
 * @csspart file-error - The message shown for a file that is not an export of this widget.
 * @csspart restart-button - The button that starts again.
 * @csspart empty - The message shown when no question matches the audience and themes.
 * @csspart error - The message shown when the data could not be loaded.
 * @csspart retry-button - The button that loads the data again.
 * @csspart loading - The loading state (shows the slotted fallback content).
 *
 * @cssprop [--nc-self-check-max-width=48em] - Maximum width of the quiz.
 * @cssprop [--nc-level-weak=#a4231f] - Bar colour of « À renforcer ».
 * @cssprop [--nc-level-progress=#8a5a00] - Bar colour of « En chemin ».
 * @cssprop [--nc-level-strong=#1d6b35] - Bar colour of « Solide ».
 * @cssprop [--nc-color-primary=#0a5a9c] - Main colour (buttons, progress bar, focus).
 * @cssprop [--nc-font-family=inherit] - Font; the host page's by default.
 * @cssprop [--nc-font-size=medium] - Text size; follows the visitor's browser setting.
 * @cssprop [--nc-radius=0.5em] - Corner radius.
 */
export class NcSelfCheck extends NcElement {
  static override styles = [...NcElement.styles, selfCheckStyles];
  /** @internal The locale from `lang` (own, closest, page). */
  protected readonly localization = new LocaleController(this);
  /** @internal The built-in questions and the widget's UI strings, loaded by locale; `src` or `data` instead. */
  // Only the questions before the first question: the themes' titles, the recommendations and
  // the card come with the results view (results.ts), which loads the card pack then.
  protected readonly loader = new DataController(this, { packs: [questionsPack], messages: selfcheckMessages, args: () => this.dataArgs() });

  static override properties = {
    ...NcElement.properties,
    audience: { type: String, reflect: true },
    themes: { type: String, reflect: true },
    easyRead: { type: Boolean, reflect: true, attribute: 'easy-read' },
    emitResults: { type: Boolean, reflect: true, attribute: 'emit-results' },
    headingLevel: { type: Number, reflect: true, attribute: 'heading-level' },
    step: { state: true },
    index: { state: true },
    chosen: { state: true },
    answers: { state: true },
    keep: { state: true },
  };

  /** `travailleur` (a worker, about their own practice) or `institution` (a manager, about the institution). Without it, the user chooses at the start. */
  declare audience: Audience | undefined;
  /** Theme ids to limit the quiz to, separated by spaces or commas, e.g. `acces-et-lien-social donnees-et-controle`. */
  declare themes: string | undefined;
  /** Easy-to-read wording of the questions and cards. */
  declare easyRead: boolean;
  /** Fires `nc-self-check-complete` with the results in its detail; the intro tells the user that the site receives them. */
  declare emitResults: boolean;
  /** Level of the widget's headings, 2 to 6 (default 2); the themes of the results are one level below, their cards two. */
  declare headingLevel: number;

  /** @internal */
  declare step: SelfCheckStep;
  /** @internal 0-based index of the question shown. */
  declare index: number;
  /** @internal The audience the user chose (no `audience` attribute). */
  declare chosen: Audience | undefined;
  /** @internal */
  declare answers: Record<string, AnswerValue | undefined>;
  /** @internal The user ticked « Garder mes réponses sur cet appareil ». */
  declare keep: boolean;

  private results: typeof ResultsModule | undefined;
  private focusNext = false;
  /** The live region says the progress after a step (rendered, so in the widget's language). */
  private announce = false;
  private reported = '';
  /**
   * Theme ids a site's own questions may name, when its data has no themes of its own: the
   * built-in ones, read from the card pack (lazily) to drop a question with an unknown theme.
   */
  private builtInThemes: string[] | undefined;
  /** A site's questions whose basis is no recommendation or finding (found by checkThemes). */
  private rejected = new Set<string>();
  /** The questions of the current quiz (computed in willUpdate). */
  private quiz: Question[] = [];

  constructor() {
    super();
    this.easyRead = false;
    this.emitResults = false;
    this.headingLevel = 2;
    this.step = 'intro';
    this.index = 0;
    this.answers = {};
    this.keep = false;
  }

  /** The audience in use: the attribute's, else the user's choice. */
  private get who(): Audience | undefined {
    return AUDIENCES.includes(this.audience as Audience) ? this.audience : this.chosen;
  }

  /**
   * The theme ids in order: a site's own themes when its data has some (loadData then checked its
   * questions against them), else the built-in ones once read, else the order in which the
   * questions name them (the built-in questions are checked by the tests).
   */
  private themeOrder(data: ThemeData): string[] {
    if (data.themes.length) return data.themes.map((t) => t.id);
    if (this.builtInThemes) return this.builtInThemes;
    return [...new Set(data.questions.map((q) => q.theme))];
  }

  /** A site's own questions without its own themes: checked against the built-in themes (read lazily). */
  private async checkThemes(data: ThemeData, load: number): Promise<void> {
    try {
      // The card's French data: part of the script-tag file, a lazy chunk behind the loader.
      const card = (await import('../../generated/data/card.fr.json')).default as unknown as Partial<ThemeData>;
      const themes = (card.themes ?? []).map((t) => t.id);
      // A question's basis: among the site's recommendations (checked by the data layer) or the built-in ones.
      const bases = data.recommendations.length ? undefined : (card.recommendations ?? []).map((r) => r.id);
      if (load !== this.loader.loads) return;
      const rejected = new Set<string>();
      data.questions.forEach((q, i) => {
        if (!themes.includes(q.theme)) {
          logError(TAG, `questions[${i}] "${q.id}": unknown theme "${q.theme}" (themes: ${themes.join(', ')}); the question is left out.`);
        } else if (bases && !bases.includes(q.basis)) {
          logError(TAG, `questions[${i}] "${q.id}": unknown basis "${q.basis}" (recommendations and findings: ${bases.join(', ')}); the question is left out.`);
          rejected.add(q.id);
        }
      });
      this.rejected = rejected;
      this.builtInThemes = themes;
      this.requestUpdate();
    } catch (error) {
      logError(TAG, 'could not read the built-in themes to check the questions:', error);
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    const loaded = this.loader.status === 'complete' ? this.loader.value : undefined;
    const key = `${this.loader.loads}|${this.audience ?? ''}`;
    if (loaded && key !== this.reported) {
      const firstOfLoad = !this.reported.startsWith(`${this.loader.loads}|`);
      this.reported = key;
      if (this.audience && !AUDIENCES.includes(this.audience)) {
        logError(TAG, `unknown audience "${this.audience}": use "travailleur" or "institution". The user chooses.`);
      }
      const site = this.data != null || !!this.src;
      if (firstOfLoad) {
        this.rejected = new Set();
        if (site && !loaded.data.themes.length) void this.checkThemes(loaded.data, this.loader.loads);
      }
      if (this.themes) {
        const known = new Set(this.themeOrder(loaded.data));
        const unknown = this.themeList().filter((t) => !known.has(t));
        if (unknown.length) logError(TAG, `unknown theme(s) ${unknown.map((t) => `"${t}"`).join(', ')} in "themes". Valid ids: ${[...known].join(', ')}.`);
      }
    }
    const who = this.who;
    this.quiz =
      loaded && who
        ? selectQuestions(this.rejected.size ? loaded.data.questions.filter((q) => !this.rejected.has(q.id)) : loaded.data.questions, {
            audience: who, themes: this.themeList(), themeOrder: this.themeOrder(loaded.data) })
        : [];
    if (changed.has('audience') || changed.has('chosen')) this.restore();
    if (this.step === 'question' && this.index >= this.quiz.length) this.index = Math.max(0, this.quiz.length - 1);
  }

  private themeList(): string[] {
    return parseList(this.themes);
  }

  // ------------------------------------------------------------ storage (only when the user opts in)

  /** Whether answers can be kept on this device (false where storage is blocked). */
  private get canKeep(): boolean {
    return !!storage();
  }

  /** Reads answers the user chose to keep earlier (reading stores nothing). */
  private restore(): void {
    const who = this.who;
    const s = storage();
    if (!who || !s) return;
    try {
      const saved = s.getItem(storageKey(who));
      if (!saved) return;
      const parsed = JSON.parse(saved) as { answers?: Record<string, unknown> };
      const answers: Record<string, AnswerValue> = {};
      for (const [id, v] of Object.entries(parsed.answers ?? {})) if (ANSWERS.includes(v as AnswerValue)) answers[id] = v as AnswerValue;
      this.answers = answers;
      this.keep = true;
    } catch {
      // A corrupt entry is ignored.
    }
  }

  private save(): void {
    const who = this.who;
    if (!this.keep || !who) return;
    try {
      storage()?.setItem(storageKey(who), JSON.stringify({ answers: this.answers }));
    } catch (error) {
      logError(TAG, 'could not keep the answers on this device:', error);
    }
  }

  private setKeep(keep: boolean): void {
    this.keep = keep;
    if (keep) this.save();
    else this.forget();
  }

  /** « Oublier mes réponses »: removes what was kept on this device, and the tick. */
  private forget(): void {
    this.keep = false;
    const who = this.who;
    try {
      if (who) storage()?.removeItem(storageKey(who));
    } catch {
      // Nothing to forget where storage is blocked.
    }
  }

  /** « Oublier mes réponses »: the button goes away, so the focus goes to the checkbox beside it. */
  private async forgetByUser(): Promise<void> {
    this.forget();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('[part~="keep"] input')?.focus();
  }

  // ------------------------------------------------------------ flow

  private start(): void {
    if (!this.who) return;
    this.step = 'question';
    // « Reprendre » (answers kept on this device): at the first question without an answer.
    this.index = Math.max(0, this.quiz.findIndex((q) => !this.answers[q.id]));
    this.moved();
  }

  /** Starts again from the intro, with no answers (kept answers are forgotten only by « Oublier »). */
  restart(): void {
    this.answers = {};
    this.save();
    this.step = 'intro';
    this.index = 0;
    this.announce = false;
    this.focusNext = true;
  }

  private answer(id: string, value: AnswerValue): void {
    this.answers = { ...this.answers, [id]: value };
    this.save();
  }

  private next(event: Event): void {
    event.preventDefault();
    if (this.index < this.quiz.length - 1) {
      this.index++;
      this.moved();
    } else this.finish();
  }

  private back(): void {
    if (this.index > 0) {
      this.index--;
      this.moved();
    } else {
      this.step = 'intro';
      this.announce = false;
      this.focusNext = true;
    }
  }

  private moved(): void {
    this.focusNext = true;
    this.announce = true;
  }

  private progressText(): string {
    const n = this.quiz.length;
    const i = this.index + 1;
    return plural(n, {
      one: () => msg(str`Question ${i} sur ${n}`, { id: 'selfcheck.progress#one' }),
      other: () => msg(str`Question ${i} sur ${n}`, { id: 'selfcheck.progress#other' }),
    });
  }

  private async finish(): Promise<void> {
    this.step = 'results';
    this.announce = false;
    this.focusNext = true;
    const results = await this.loadResults();
    if (this.emitResults && results && this.who) {
      const answers: Partial<Record<string, AnswerValue>> = {};
      for (const q of this.quiz) if (this.answers[q.id]) answers[q.id] = this.answers[q.id];
      emit<NcSelfCheckCompleteDetail>(this, 'nc-self-check-complete', {
        audience: this.who,
        questionSet: results.questionSetVersion(this.quiz),
        answers,
        results: results.scoreThemes(this.quiz, this.answers),
      });
    }
  }

  /** The results view's code (and the card's), loaded once, when first needed. */
  private async loadResults(): Promise<typeof ResultsModule | undefined> {
    if (!this.results) {
      try {
        this.results = await import('./results.js');
        // The results view's styles come with its code.
        adoptStyles(this.renderRoot as ShadowRoot, [...NcSelfCheck.elementStyles, this.results.resultsStyles]);
      } catch (error) {
        logError(TAG, 'could not load the results view:', error);
        return undefined;
      }
      this.requestUpdate();
    }
    return this.results;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.focusNext && this.loader.status === 'complete') {
      const target = this.renderRoot.querySelector<HTMLElement>('[data-nc-focus]');
      if (target && (this.step !== 'results' || this.results)) {
        this.focusNext = false;
        target.focus();
      }
    }
  }

  // ------------------------------------------------------------ render

  protected override render(): TemplateResult {
    return this.renderLoaded(({ data, locale }) => {
      if (this.who && !this.quiz.length) {
        return emptyState(
          msg('Aucune question ne correspond à ce public et à ces thèmes. Le site peut vérifier les attributs «\u00a0audience\u00a0» et «\u00a0themes\u00a0».', {
            id: 'selfcheck.empty',
          }),
          locale,
        );
      }
      const level = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 2));
      return html`<div class="self-check" lang=${locale}>
        ${this.step === 'results' && this.who
          ? this.renderResults(data, locale, level, this.who)
          : this.step === 'question' && this.quiz.length
            ? this.renderQuestion(locale)
            : this.renderIntro(level)}
        <div class="visually-hidden" role="status" aria-live="polite">${this.announce && this.step === 'question' ? this.progressText() : ''}</div>
      </div>`;
    });
  }

  private renderIntro(level: number): TemplateResult {
    const who = this.who;
    const n = this.quiz.length;
    const minutes = Math.max(1, Math.round((n * SECONDS_PER_QUESTION) / 60));
    const choose = !AUDIENCES.includes(this.audience as Audience);
    return html`<section part="intro" class="intro" aria-labelledby="intro-title">
      <div role="heading" aria-level=${level} part="intro-title" class="heading" id="intro-title" tabindex="-1" data-nc-focus>
        ${msg('Auto-évaluation\u00a0: où en sommes-nous avec le numérique\u202f?', { id: 'selfcheck.title' })}
      </div>
      <p>
        ${msg('Des questions tirées des recommandations de la journée «\u00a0Comment le numérique questionne nos pratiques\u202f?\u00a0». Vous voyez ensuite, thème par thème, où vous en êtes et quoi faire.', { id: 'selfcheck.intro' })}
      </p>
      ${who
        ? html`<p class="meta">
            ${plural(n, {
              one: () => msg(str`${n} question.`, { id: 'selfcheck.count#one' }),
              other: () => msg(str`${n} questions.`, { id: 'selfcheck.count#other' }),
            })}
            ${plural(minutes, {
              one: () => msg(str`Comptez environ ${minutes} minute.`, { id: 'selfcheck.minutes#one' }),
              other: () => msg(str`Comptez environ ${minutes} minutes.`, { id: 'selfcheck.minutes#other' }),
            })}
          </p>`
        : nothing}
      <p>
        ${msg('C’est anonyme. Vos réponses restent dans votre navigateur\u00a0: ce questionnaire n’envoie rien.', { id: 'selfcheck.private' })}
        ${this.emitResults
          ? html`<strong>${msg('À la fin, le site qui vous propose ce questionnaire reçoit vos résultats.', { id: 'selfcheck.emits' })}</strong>`
          : nothing}
      </p>
      ${choose
        ? html`<fieldset part="audience" class="choices">
            <legend>${msg('Vous répondez\u00a0:', { id: 'selfcheck.audienceLegend' })}</legend>
            ${AUDIENCES.map(
              (a) => html`<label class=${this.chosen === a ? 'choice checked' : 'choice'}
                ><input type="radio" name="audience" .value=${a} .checked=${this.chosen === a} @change=${() => (this.chosen = a)} />
                <span>${a === 'travailleur'
                  ? msg('pour vous, travailleur ou travailleuse de première ligne', { id: 'selfcheck.audienceWorker' })
                  : msg('pour votre institution (direction, équipe de gestion)', { id: 'selfcheck.audienceInstitution' })}</span></label
              >`,
            )}
          </fieldset>`
        : nothing}
      ${this.renderKeep()}
      <div class="actions">
        <button type="button" part="start-button" class="primary" ?disabled=${!who} @click=${this.start}>
          ${Object.keys(this.answers).length && who
            ? msg('Reprendre', { id: 'selfcheck.resume' })
            : msg('Commencer', { id: 'selfcheck.start' })}
        </button>
      </div>
    </section>`;
  }

  /** @internal The opt-in checkbox and « Oublier mes réponses »; nothing where storage is blocked. */
  renderKeep(): TemplateResult | typeof nothing {
    if (!this.canKeep || !this.who) return nothing;
    return html`<div class="keep">
      <label part="keep" class=${this.keep ? 'choice checked' : 'choice'}
        ><input type="checkbox" .checked=${live(this.keep)} @change=${(e: Event) => this.setKeep((e.target as HTMLInputElement).checked)} />
        <span>${msg('Garder mes réponses sur cet appareil', { id: 'selfcheck.keep' })}</span></label
      >
      ${this.keep
        ? html`<button type="button" part="forget-button" @click=${this.forgetByUser}>
            ${msg('Oublier mes réponses', { id: 'selfcheck.forget' })}
          </button>`
        : nothing}
    </div>`;
  }

  /** @internal The question's text (easy-read when asked), in the widget's locale or French. */
  questionText(q: Question, locale: Locale): { text: string; lang: Locale } {
    return pick(this.easyRead ? q.easyRead : q.text, locale);
  }

  private renderQuestion(locale: Locale): TemplateResult {
    const q = this.quiz[this.index];
    const n = this.quiz.length;
    const last = this.index === n - 1;
    const current = this.answers[q.id];
    const text = this.questionText(q, locale);
    const labels: Record<AnswerValue, string> = {
      oui: msg('Oui', { id: 'selfcheck.answer.oui' }),
      'en-partie': msg('En partie', { id: 'selfcheck.answer.enPartie' }),
      non: msg('Non', { id: 'selfcheck.answer.non' }),
      'ne-sait-pas': msg('Je ne sais pas', { id: 'selfcheck.answer.neSaitPas' }),
    };
    // The form stays from one question to the next (less to lay out); the legend is a new element
    // each time (keyed), so that moving the focus to it makes screen readers read the new question.
    // `live`: a radio checked by the user is unchecked for the next question.
    return html`<form part="question" class="question" @submit=${this.next} novalidate>
      <p part="progress" class="progress">
        <span>${this.progressText()}</span>
        <svg class="bar" aria-hidden="true" focusable="false" width="100%" height="0.5em"
          ><rect class="track" width="100%" height="100%" rx="0.25em" /><rect class="fill" width=${`${((this.index + 1) / n) * 100}%`} height="100%" rx="0.25em"
        /></svg>
      </p>
      <fieldset>
        ${keyed(q.id, html`<legend part="legend" tabindex="-1" data-nc-focus lang=${text.lang === locale ? nothing : text.lang}>${text.text}</legend>`)}
        ${ANSWERS.map(
          (a) => html`<label part="answer" class=${current === a ? 'choice checked' : 'choice'}
            ><input type="radio" name=${`q-${q.id}`} .value=${a} .checked=${live(current === a)} @change=${() => this.answer(q.id, a)} /><span
              >${labels[a]}</span
            ></label
          >`,
        )}
      </fieldset>
      <p class="hint">${msg('Sans réponse, «\u00a0Suivant\u00a0» passe la question\u00a0: elle sera à discuter en équipe.', { id: 'selfcheck.skipHint' })}</p>
      <div class="actions">
        <button type="submit" part="next-button" class="primary">
          ${last ? msg('Voir les résultats', { id: 'selfcheck.finish' }) : msg('Suivant', { id: 'selfcheck.next' })}
        </button>
        <button type="button" part="back-button" @click=${this.back}>${msg('Précédent', { id: 'selfcheck.back' })}</button>
      </div>
    </form>`;
  }

  private renderResults(data: ThemeData, locale: Locale, level: number, who: Audience): TemplateResult {
    const results = this.results;
    const cards = results?.cardData(locale, () => this.requestUpdate());
    if (!results || !cards) {
      // finish() is loading the results view's code; it loads the card pack of the locale.
      return html`<p part="loading" aria-busy="true">${msg('Calcul des résultats…', { id: 'selfcheck.computing' })}</p>`;
    }
    const view: SelfCheckView = {
      locale,
      // The site's themes and recommendations when it has some, else the built-in ones.
      data: {
        ...data,
        source: data.source ?? cards.source,
        themes: data.themes.length ? data.themes : (cards.themes ?? []),
        recommendations: data.recommendations.length ? data.recommendations : (cards.recommendations ?? []),
      },
      questions: this.quiz,
      answers: this.answers,
      audience: who,
      level,
      easyRead: this.easyRead,
      src: this.src,
      dataProp: this.data,
      emitResults: this.emitResults,
      host: this,
      questionText: (q) => this.questionText(q, locale),
      requestUpdate: () => this.requestUpdate(),
      restart: () => this.restart(),
      renderKeep: () => this.renderKeep(),
    };
    return results.renderResults(view);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nc-self-check': NcSelfCheck;
  }
  interface GlobalEventHandlersEventMap {
    'nc-self-check-complete': CustomEvent<NcSelfCheckCompleteDetail>;
  }
}
