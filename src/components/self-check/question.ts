/** One step of the quiz: the progress, the question as the legend of its answers, « Suivant » and « Précédent ». */
import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { live } from 'lit/directives/live.js';
import type { AnswerValue, Locale, Question } from '../../data/model.js';
import { msg, plural, str } from '../../shared/i18n.js';
import { pick } from '../../shared/text.js';
import { ANSWER_VALUES } from './select.js';

/** The question's text (easy-read when asked), in `locale` or French. */
export function questionText(q: Question, locale: Locale, easyRead: boolean): { text: string; lang: Locale } {
  return pick(easyRead ? q.easyRead : q.text, locale);
}

/** The answers' labels, as the user reads them (call inside a render). */
function answerLabels(): Record<AnswerValue, string> {
  return {
    oui: msg('Oui', { id: 'selfcheck.answer.oui' }),
    'en-partie': msg('En partie', { id: 'selfcheck.answer.enPartie' }),
    non: msg('Non', { id: 'selfcheck.answer.non' }),
    'ne-sait-pas': msg('Je ne sais pas', { id: 'selfcheck.answer.neSaitPas' }),
  };
}

/** « Question 3 sur 18 ». */
export function progressText(index: number, total: number): string {
  const i = index + 1;
  const n = total;
  return plural(n, {
    one: () => msg(str`Question ${i} sur ${n}`, { id: 'selfcheck.progress#one' }),
    other: () => msg(str`Question ${i} sur ${n}`, { id: 'selfcheck.progress#other' }),
  });
}

/** What one step of the quiz shows. */
export interface QuestionView {
  readonly question: Question;
  readonly locale: Locale;
  readonly easyRead: boolean;
  /** 0-based. */
  readonly index: number;
  readonly total: number;
  /** The answer given so far, if any. */
  readonly current: AnswerValue | undefined;
  /** Heading level of the question (2 to 6): the legend is the step's heading, as on GOV.UK. */
  readonly level: number;
  /** Enter was pressed with no answer chosen: say what to do instead of skipping silently. */
  readonly enterHint: boolean;
  onAnswer(value: AnswerValue): void;
  onNext(event: SubmitEvent): void;
  /** Enter on a radio with no answer chosen (it would submit the form, skipping the question). */
  onEnterWithoutAnswer(): void;
  onBack(): void;
}

export function renderQuestion(v: QuestionView): TemplateResult {
  const q = v.question;
  const last = v.index === v.total - 1;
  const text = questionText(q, v.locale, v.easyRead);
  const labels = answerLabels();
  // The form stays from one question to the next (less to lay out); the legend is a new element
  // each time (keyed), so that moving the focus to it makes screen readers read the new question.
  // `live`: a radio checked by the user is unchecked for the next question.
  // The progress is read with the question when the focus moves to the legend (no live region
  // speaking while the focus moves); the bar is only a picture of it.
  return html`<form part="question" class="question" @submit=${(e: SubmitEvent) => v.onNext(e)} novalidate>
    <svg class="bar" aria-hidden="true" focusable="false" width="100%" height="0.5em"
      ><rect class="track" width="100%" height="100%" rx="0.25em" /><rect class="fill" width=${`${((v.index + 1) / v.total) * 100}%`} height="100%" rx="0.25em"
    /></svg>
    <fieldset
      aria-describedby=${v.enterHint ? 'enter-hint' : nothing}
      @keydown=${(e: KeyboardEvent) => {
        if (e.key === 'Enter' && (e.target as HTMLInputElement).type === 'radio' && !v.current) {
          e.preventDefault();
          v.onEnterWithoutAnswer();
        }
      }}
    >
      ${keyed(
        q.id,
        html`<legend part="legend" tabindex="-1" data-nc-focus
          ><span part="progress" class="progress">${progressText(v.index, v.total)}</span>
          <span part="question-title" class="question-title" role="heading" aria-level=${v.level} lang=${text.lang === v.locale ? nothing : text.lang}
            >${text.text}</span
          ></legend
        >`,
      )}
      ${v.enterHint
        ? html`<p part="enter-hint" class="field-error" id="enter-hint" role="alert">
            ${msg('Choisissez d’abord une réponse avec les flèches du clavier, ou appuyez sur «\u00a0Suivant\u00a0» pour passer la question.', { id: 'selfcheck.enterHint' })}
          </p>`
        : nothing}
      ${ANSWER_VALUES.map(
        (a) => html`<label part="answer" class=${v.current === a ? 'choice checked' : 'choice'}
          ><input type="radio" name=${`q-${q.id}`} .value=${a} .checked=${live(v.current === a)} @change=${() => v.onAnswer(a)} /><span
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
      <button type="button" part="back-button" @click=${() => v.onBack()}>${msg('Précédent', { id: 'selfcheck.back' })}</button>
    </div>
  </form>`;
}
