import { html, type PropertyValues, type TemplateResult } from 'lit';
import type { AnswerValue, Audience, Locale, Question, ThemeData } from '../../data/model.js';
import { questionsPack } from '../../data/questions-pack.js';
import { DataLoadError } from '../../data/load.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { DataController } from '../../controllers/data-controller.js';
import { NcElement } from '../nc-element.js';
import { selfcheckMessages } from '../../shared/message-packs.js';
import { msg } from '../../shared/i18n.js';
import { parseList } from '../../shared/text.js';
import { emit } from '../../shared/events.js';
import { emptyState, errorState } from '../../shared/states.js';
import { selfCheckStyles } from './self-check.styles.js';
import { AUDIENCES, renderIntro } from './intro.js';
import { questionText, renderQuestion } from './question.js';
import { readKept, removeKept, renderKeep, storage, writeKept } from './keep.js';
import { QuestionSet, reportAttributes } from './checks.js';
import type { KeepView, NcSelfCheckCompleteDetail, SelfCheckStep } from './types.js';
import { ResultsCode, type DefineElements } from './results-code.js';

export type { NcSelfCheckCompleteDetail, SelfCheckStep } from './types.js';

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
 * @csspart audience-error - The message in the choice of audience when « Commencer » is pressed without one.
 * @csspart privacy - The privacy notice: nothing is sent, or (with `emit-results`) the site receives the results.
 * @csspart start-button - The button that starts the quiz (without an audience chosen, it says what to choose).
 * @csspart keep - The « Garder mes réponses sur cet appareil » checkbox and its label (only where storage is available).
 * @csspart forget-button - The « Oublier mes réponses » button.
 * @csspart question - One step of the quiz (a `form`).
 * @csspart progress - « Question 3 sur 18 », at the start of the legend (read with the question).
 * @csspart legend - The `legend` of the step's `fieldset`: the progress and the question; takes the focus at each step.
 * @csspart question-title - The question, the step's heading (inside the legend).
 * @csspart enter-hint - Said when Enter is pressed without an answer: how to answer or skip.
 * @csspart answer - One answer (a label around a native radio button).
 * @csspart next-button - « Suivant » (or « Voir les résultats » on the last question); without an answer it skips the question.
 * @csspart back-button - « Précédent ».
 * @csspart results - The results view.
 * @csspart results-title - The results' heading; takes the focus.
 * @csspart support - For a worker: the answers describe working conditions, not professional worth, and who can help.
 * @csspart topics - The questions about the worker's own feelings: topics to raise, never scored.
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
 * @csspart restart-button - The button that starts again (asks first when answers are kept on this device).
 * @csspart restart-confirm - The question asked then, with `restart-yes-button` and `restart-no-button`.
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
 * @cssprop [--nc-font-size=medium] - Text size; follows the visitor's browser setting, never smaller than the page's root size (a page that enlarges its root enlarges it; a 62.5% root or a small body does not shrink it). Set e.g. `1rem` to follow your page instead.
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

  /**
   * @internal Registers the elements the results show (the recommendation card), whose classes
   * come with the results' code: set by the entry that registers the self-check (src/define/).
   */
  static defineResultsElements: DefineElements | undefined;

  /** The results' code; when it could not be loaded, the error state with « Recharger les informations » (the answers stay). */
  private resultsCode = new ResultsCode();
  private focusNext = false;
  /** « Commencer » was pressed with no audience chosen. */
  private missing = false;
  /** Enter was pressed on a question without an answer. */
  private enterHint = false;
  private reported = '';
  /** Which questions the quiz asks. */
  private questionSet = new QuestionSet();
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

  protected override willUpdate(changed: PropertyValues): void {
    const loaded = this.loader.status === 'complete' ? this.loader.value : undefined;
    const key = `${this.loader.loads}|${this.audience ?? ''}`;
    if (loaded && key !== this.reported) {
      const firstOfLoad = !this.reported.startsWith(`${this.loader.loads}|`);
      this.reported = key;
      const site = this.data != null || !!this.src;
      if (firstOfLoad) {
        this.questionSet.reset();
        const load = this.loader.loads;
        if (site && !loaded.data.themes.length) {
          void this.questionSet.check(loaded.data, () => load === this.loader.loads).then((changed) => changed && this.requestUpdate());
        }
      }
      reportAttributes(this.audience, AUDIENCES, this.themeList(), this.questionSet.order(loaded.data));
    }
    const who = this.who;
    this.quiz = loaded && who ? this.questionSet.select(loaded.data, who, this.themeList()) : [];
    if (changed.has('audience') || changed.has('chosen')) this.restore();
    if (this.step === 'question' && this.index >= this.quiz.length) this.index = Math.max(0, this.quiz.length - 1);
  }

  private themeList(): string[] {
    return parseList(this.themes);
  }

  // ------------------------------------------------------------ storage (only when the user opts in)

  /** The keep checkbox's state and actions; undefined where storage is blocked or no audience is known. */
  private keepView(): KeepView | undefined {
    if (!storage() || !this.who) return undefined;
    return {
      checked: this.keep,
      onChange: (keep) => this.setKeep(keep),
      onForget: () => void this.forgetByUser(),
    };
  }

  /** Reads answers the user chose to keep earlier (reading stores nothing). */
  private restore(): void {
    const kept = this.who && readKept(this.who);
    if (!kept) return;
    this.answers = kept;
    this.keep = true;
  }

  private save(): void {
    if (this.keep && this.who) writeKept(this.who, this.answers);
  }

  /** Ticked: keeps the answers; unticked (or « Oublier mes réponses »): removes what was kept, and the tick. */
  private setKeep(keep: boolean): void {
    this.keep = keep;
    if (keep) this.save();
    else if (this.who) removeKept(this.who);
  }

  /** « Oublier mes réponses »: the button goes away, so the focus goes to the checkbox beside it. */
  private async forgetByUser(): Promise<void> {
    this.setKeep(false);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('[part~="keep"] input')?.focus();
  }

  // ------------------------------------------------------------ flow

  private start(): void {
    if (!this.who) {
      // GOV.UK: the error is said in the group, and the focus goes to its first radio.
      this.missing = true;
      this.requestUpdate();
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('[part~="audience"] input')?.focus());
      return;
    }
    this.step = 'question';
    // « Reprendre » (answers kept on this device): at the first question without an answer.
    this.index = Math.max(0, this.quiz.findIndex((q) => !this.answers[q.id]));
    this.focusNext = true;
  }

  /** Starts again from the intro, with no answers (kept answers are forgotten only by « Oublier »). */
  restart(): void {
    this.answers = {};
    this.save();
    this.step = 'intro';
    this.index = 0;
    this.focusNext = true;
  }

  private answer(id: string, value: AnswerValue): void {
    this.answers = { ...this.answers, [id]: value };
    this.enterHint = false;
    this.save();
  }

  private next(event: SubmitEvent): void {
    event.preventDefault();
    this.enterHint = false;
    if (this.index < this.quiz.length - 1) {
      this.index++;
      this.focusNext = true;
    } else void this.finish();
  }

  private back(): void {
    this.enterHint = false;
    if (this.index > 0) this.index--;
    else this.step = 'intro';
    this.focusNext = true;
  }

  /** The results: their code (and the card's) loads once, when first needed; a failure shows the error state. */
  private async finish(): Promise<void> {
    this.step = 'results';
    this.focusNext = true;
    const results = await this.resultsCode.load(this.renderRoot as ShadowRoot, NcSelfCheck.elementStyles, NcSelfCheck.defineResultsElements);
    this.focusNext = true;
    this.requestUpdate();
    if (this.emitResults && results && this.who) {
      emit<NcSelfCheckCompleteDetail>(this, 'nc-self-check-complete', results.completeDetail(this.who, this.quiz, this.answers));
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.focusNext && this.loader.status === 'complete') {
      const target = this.renderRoot.querySelector<HTMLElement>('[data-nc-focus]');
      // While the results load, « Calcul des résultats… » holds the focus (not <body>), then their heading.
      if (target) {
        this.focusNext = target.localName === 'p' && target.getAttribute('part') === 'loading';
        target.focus();
      }
    }
  }

  // ------------------------------------------------------------ render

  protected override render(): TemplateResult {
    return this.renderLoaded(({ data, locale }) => {
      if (this.who && !this.quiz.length) {
        return emptyState(
          msg('Aucune question ne correspond à ce profil et à ces thèmes. Le site peut vérifier les attributs «\u00a0audience\u00a0» et «\u00a0themes\u00a0».', {
            id: 'selfcheck.empty',
          }),
          locale,
        );
      }
      const level = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 2));
      const who = this.who;
      const q = this.quiz[this.index];
      return html`<div class="self-check" lang=${locale}>
        ${this.step === 'results' && who
          ? this.renderResults(data, locale, level, who)
          : this.step === 'question' && q
            ? renderQuestion({
                question: q,
                locale,
                easyRead: this.easyRead,
                index: this.index,
                total: this.quiz.length,
                current: this.answers[q.id],
                level,
                enterHint: this.enterHint,
                onAnswer: (value) => this.answer(q.id, value),
                onNext: (e) => this.next(e),
                onBack: () => this.back(),
                // Enter in a radio group submits the form: without an answer, say what to do instead of skipping.
                onEnterWithoutAnswer: () => {
                  this.enterHint = true;
                  this.requestUpdate();
                },
              })
            : renderIntro({
                level,
                who,
                choose: !AUDIENCES.includes(this.audience as Audience),
                chosen: this.chosen,
                count: this.quiz.length,
                emitResults: this.emitResults,
                resume: Object.keys(this.answers).length > 0,
                keep: this.keepView(),
                easyRead: this.easyRead,
                missing: this.missing && !who,
                onChoose: (a) => {
                  this.chosen = a;
                  this.missing = false;
                },
                onStart: () => this.start(),
              })}
      </div>`;
    });
  }

  private renderResults(data: ThemeData, locale: Locale, level: number, who: Audience): TemplateResult {
    if (this.resultsCode.failed) return errorState(new DataLoadError('network', 'results'), locale, () => void this.finish());
    const results = this.resultsCode.module;
    return results
      ? results.renderResults({
          locale,
          site: data,
          questions: this.quiz,
          answers: this.answers,
          audience: who,
          level,
          easyRead: this.easyRead,
          src: this.src,
          dataProp: this.data,
          host: this,
          keep: renderKeep(this.keepView()),
          kept: this.keep,
          questionText: (q) => questionText(q, locale, this.easyRead),
          update: () => this.requestUpdate(),
          restart: () => this.restart(),
        })
      : // finish() is loading the results view's code.
        html`<p part="loading" aria-busy="true" tabindex="-1" data-nc-focus>${msg('Calcul des résultats…', { id: 'selfcheck.computing' })}</p>`;
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
