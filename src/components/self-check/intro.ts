/** The self-check's introduction: what it is, how long, privacy, the choice of audience, « Commencer ». */
import { html, nothing, type TemplateResult } from 'lit';
import type { Audience } from '../../data/model.js';
import { msg, plural, str } from '../../shared/i18n.js';
import { renderKeep } from './keep.js';
import type { KeepView } from './types.js';

export const AUDIENCES: readonly Audience[] = ['travailleur', 'institution'];
/** About 20 seconds a question. */
const SECONDS_PER_QUESTION = 20;

/** Where the day's French title goes in a translated sentence (a private-use character, never in a text). */
const TITLE = '\ue000';
/**
 * A sentence with the day's title put back in, marked `lang="fr"` (a Dutch, German or English
 * screen reader then reads the French title with a French voice). The translation keeps its own
 * quotation marks around the title.
 */
const withFrenchTitle = (sentence: string): TemplateResult => {
  const [before, after = ''] = sentence.split(TITLE);
  return html`${before}<span lang="fr">Comment le numérique questionne nos pratiques\u202f?</span>${after}`;
};

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
  /** Easy-to-read wording of the intro. */
  readonly easyRead: boolean;
  /** « Commencer » was pressed with no audience chosen: the group says what to choose. */
  readonly missing: boolean;
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
      ${v.easyRead
        ? msg('Voici des questions sur les outils numériques au travail.', { id: 'selfcheck.easy.intro' })
        : withFrenchTitle(
            msg(str`Les questions viennent des constats et des recommandations de la journée «\u00a0${TITLE}\u00a0», complétés par des suggestions des auteurs de ce questionnaire. Vous voyez ensuite, thème par thème, où vous en êtes et quoi faire.`, { id: 'selfcheck.intro' }),
          )}
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
    <p part="privacy">${privacy(v)}</p>
    ${v.choose ? renderAudience(v) : nothing}
    ${renderKeep(v.keep)}
    <div class="actions">
      <button type="button" part="start-button" class="primary" @click=${() => v.onStart()}>
        ${v.resume && v.who ? msg('Reprendre', { id: 'selfcheck.resume' }) : msg('Commencer', { id: 'selfcheck.start' })}
      </button>
    </div>
  </section>`;
}

/** One notice per case: nothing is sent, or (with `emit-results`) the site receives the results. */
function privacy(v: IntroView): TemplateResult | string {
  if (v.emitResults) {
    return html`<strong
      >${v.easyRead
        ? msg('Vos réponses ne contiennent pas votre nom. À la fin, ce site reçoit vos résultats.', { id: 'selfcheck.easy.emits' })
        : msg('Vos réponses ne contiennent pas votre nom. À la fin, le site qui vous propose ce questionnaire reçoit vos résultats.', { id: 'selfcheck.emits' })}</strong
    >`;
  }
  return v.easyRead
    ? msg('Vos réponses restent sur votre ordinateur.', { id: 'selfcheck.easy.private' })
    : msg('C’est anonyme. Vos réponses restent dans votre navigateur\u00a0: ce questionnaire n’envoie rien.', { id: 'selfcheck.private' });
}

function renderAudience(v: IntroView): TemplateResult {
  // GOV.UK's error pattern: the message inside the group, named by it; each radio marked invalid.
  return html`<fieldset part="audience" class=${v.missing ? 'choices invalid' : 'choices'} aria-describedby=${v.missing ? 'audience-error' : nothing}>
    <legend>${msg('Vous répondez\u00a0:', { id: 'selfcheck.audienceLegend' })}</legend>
    ${v.missing
      ? html`<p part="audience-error" class="field-error" id="audience-error">
          ${msg('Choisissez pour qui vous répondez\u00a0: pour vous-même ou pour votre institution.', { id: 'selfcheck.audienceError' })}
        </p>`
      : nothing}
    ${AUDIENCES.map(
      (a) => html`<label class=${v.chosen === a ? 'choice checked' : 'choice'}
        ><input type="radio" name="audience" .value=${a} .checked=${v.chosen === a} aria-invalid=${v.missing ? 'true' : nothing} @change=${() => v.onChoose(a)} />
        <span>${a === 'travailleur'
          ? msg('pour vous, travailleur ou travailleuse de première ligne', { id: 'selfcheck.audienceWorker' })
          : msg('pour votre institution (direction, équipe de gestion)', { id: 'selfcheck.audienceInstitution' })}</span></label
      >`,
    )}
  </fieldset>`;
}
