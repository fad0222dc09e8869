/** The self-check's introduction: what it is, how long, privacy, the choice of audience, « Commencer ». */
import { html, nothing, type TemplateResult } from 'lit';
import type { Audience } from '../../data/model.js';
import { msg, plural, str } from '../../shared/i18n.js';
import { renderKeep } from './keep.js';
import type { KeepView } from './types.js';

export const AUDIENCES: readonly Audience[] = ['travailleur', 'institution'];
/** About 20 seconds a question. */
const SECONDS_PER_QUESTION = 20;

/** What the introduction shows. */
export interface IntroView {
  /** Heading level, 2 to 6. */
  readonly level: number;
  /** The audience in use, once known (attribute or choice). */
  readonly who: Audience | undefined;
  /** The user chooses the audience (no valid `audience` attribute). */
  readonly choose: boolean;
  /** The audience the user chose. */
  readonly chosen: Audience | undefined;
  /** How many questions the quiz has (for the audience in use). */
  readonly count: number;
  readonly emitResults: boolean;
  /** Answers kept on this device: « Reprendre ». */
  readonly resume: boolean;
  readonly keep: KeepView | undefined;
  onChoose(audience: Audience): void;
  onStart(): void;
}

export function renderIntro(v: IntroView): TemplateResult {
  const n = v.count;
  const minutes = Math.max(1, Math.round((n * SECONDS_PER_QUESTION) / 60));
  return html`<section part="intro" class="intro" aria-labelledby="intro-title">
    <div role="heading" aria-level=${v.level} part="intro-title" class="heading" id="intro-title" tabindex="-1" data-nc-focus>
      ${msg('Auto-évaluation\u00a0: où en sommes-nous avec le numérique\u202f?', { id: 'selfcheck.title' })}
    </div>
    <p>
      ${msg('Des questions tirées des recommandations de la journée «\u00a0Comment le numérique questionne nos pratiques\u202f?\u00a0». Vous voyez ensuite, thème par thème, où vous en êtes et quoi faire.', { id: 'selfcheck.intro' })}
    </p>
    ${v.who
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
      ${v.emitResults
        ? html`<strong>${msg('À la fin, le site qui vous propose ce questionnaire reçoit vos résultats.', { id: 'selfcheck.emits' })}</strong>`
        : nothing}
    </p>
    ${v.choose ? renderAudience(v) : nothing}
    ${renderKeep(v.keep)}
    <div class="actions">
      <button type="button" part="start-button" class="primary" ?disabled=${!v.who} @click=${() => v.onStart()}>
        ${v.resume && v.who ? msg('Reprendre', { id: 'selfcheck.resume' }) : msg('Commencer', { id: 'selfcheck.start' })}
      </button>
    </div>
  </section>`;
}

function renderAudience(v: IntroView): TemplateResult {
  return html`<fieldset part="audience" class="choices">
    <legend>${msg('Vous répondez\u00a0:', { id: 'selfcheck.audienceLegend' })}</legend>
    ${AUDIENCES.map(
      (a) => html`<label class=${v.chosen === a ? 'choice checked' : 'choice'}
        ><input type="radio" name="audience" .value=${a} .checked=${v.chosen === a} @change=${() => v.onChoose(a)} />
        <span>${a === 'travailleur'
          ? msg('pour vous, travailleur ou travailleuse de première ligne', { id: 'selfcheck.audienceWorker' })
          : msg('pour votre institution (direction, équipe de gestion)', { id: 'selfcheck.audienceInstitution' })}</span></label
      >`,
    )}
  </fieldset>`;
}
