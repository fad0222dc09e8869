/**
 * The self-check's results view, loaded only when the user reaches the results: a level and a
 * score per theme, weakest first, as a bar chart (`role="img"`) and a table saying the same; each
 * theme with its recommendation cards (the entry that registers the self-check defines the card);
 * the questions to raise in the team; then the export section (export-view.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { cardPack } from '../../data/packs.js';
import { loadPack } from '../../data/load.js';
import type { AnswerValue, Audience, Locale, Question, Recommendation, ThemeData } from '../../data/model.js';
import { msg, str } from '../../shared/i18n.js';
import { pick } from '../../shared/text.js';
import { scoreThemes, questionSetVersion, topicsToRaise, type Answers, type ThemeResult } from './scoring.js';
import { levelName, outcome, percentText } from './levels.js';
import { renderExport, resetResults } from './export-view.js';
import type { NcSelfCheckCompleteDetail, ResultsInput, ResultsView } from './types.js';
import { resultsStyles } from './results.styles.js';
import { NcRecommendationCard } from '../recommendation-card/recommendation-card.js';
import { define } from '../../shared/define.js';

export { resultsStyles };

/**
 * Registers the card the results show (tolerant: once per page, whoever comes first). Called by
 * the entry that registers the self-check (src/define/self-check.ts), never by the widget itself:
 * an app that imports the classes only registers the tags it wants.
 */
export function defineElements(): void {
  define('nc-recommendation-card', NcRecommendationCard);
}

/** The card pack (themes, recommendations) per locale, once loaded: the results need it, the questions do not. */
const cards = new Map<Locale, Partial<ThemeData>>();
/** Who waits for a locale's pack (each self-check on the page renders again when it is there). */
const waiting = new Map<Locale, Set<() => void>>();

/**
 * The built-in themes and recommendations in `locale`, or undefined while they load (then `done`
 * is called once they are there). When the pack cannot be fetched (reported in the console by
 * loadPack), the results show without titles or cards rather than not at all.
 */
export function cardData(locale: Locale, done: () => void): Partial<ThemeData> | undefined {
  const ready = cards.get(locale);
  if (ready) return ready;
  let waiters = waiting.get(locale);
  if (!waiters) {
    waiting.set(locale, (waiters = new Set()));
    const settle = (d: Partial<ThemeData>) => {
      cards.set(locale, d);
      waiting.delete(locale);
      for (const w of waiters!) w();
    };
    loadPack(cardPack, locale).then(settle, () => settle({}));
  }
  waiters.add(done);
  return undefined;
}

/** The cards of a theme: its recommendations, else its findings. */
function entriesOf(data: ThemeData, theme: string): Recommendation[] {
  const mine = data.recommendations.filter((r) => r.theme === theme);
  const recommendations = mine.filter((r) => r.kind === 'recommandation');
  return recommendations.length ? recommendations : mine;
}

/** What the parts of the results view share. */
interface Scored {
  readonly v: ResultsView;
  readonly results: readonly ThemeResult[];
  /** A theme's title in the widget's language (its id when unknown). */
  readonly title: (id: string) => string;
  /** Heading level of the sections (one below the title). */
  readonly sub: number;
}

/** The detail of `nc-self-check-complete`: the answers to the questions asked, the results. */
export function completeDetail(audience: Audience, quiz: readonly Question[], all: Answers): NcSelfCheckCompleteDetail {
  const answers: Partial<Record<string, AnswerValue>> = {};
  for (const q of quiz) if (all[q.id]) answers[q.id] = all[q.id];
  return { audience, questionSet: questionSetVersion(quiz), answers, results: scoreThemes(quiz, all) };
}

/** The results, or « Calcul des résultats… » while the built-in themes and recommendations of the locale load. */
export function renderResults(input: ResultsInput): TemplateResult {
  const { locale, site } = input;
  const cards = cardData(locale, input.update);
  if (!cards) return html`<p part="loading" aria-busy="true" tabindex="-1" data-nc-focus>${msg('Calcul des résultats…', { id: 'selfcheck.computing' })}</p>`;
  // The site's themes and recommendations when it has some, else the built-in ones.
  const themes = site.themes.length ? site.themes : (cards.themes ?? []);
  const data = {
    ...site,
    source: site.source ?? cards.source,
    themes,
    recommendations: site.recommendations.length ? site.recommendations : (cards.recommendations ?? []),
  };
  return renderView({ ...input, data, themes });
}

function renderView(v: ResultsView): TemplateResult {
  const { locale, data, level } = v;
  const results = scoreThemes(v.questions, v.answers);
  const title = (id: string) => {
    const t = data.themes.find((th) => th.id === id);
    return t ? pick(t.title, locale).text : id;
  };
  const s: Scored = { v, results, title, sub: Math.min(6, level + 1) };
  const weakest = results.find((r) => r.level !== 'a-clarifier');
  return html`<section part="results" class="results" aria-labelledby="results-title">
    <div role="heading" aria-level=${level} part="results-title" class="heading" id="results-title" tabindex="-1" data-nc-focus>
      ${msg('Vos résultats', { id: 'selfcheck.resultsTitle' })}
    </div>
    ${v.audience === 'travailleur' ? renderWorkerSummary(s, weakest) : renderSummary(s, weakest)}
    ${renderChart(s)} ${renderTable(s)} ${results.map((r) => renderTheme(s, r))} ${renderTopics(s)} ${renderToRaise(s)}
    ${renderExport({ v, title, sub: s.sub })} ${v.keep} ${renderRestart(v)}
  </section>`;
}

const colonOf = (locale: Locale) => (locale === 'fr' ? '\u00a0: ' : ': ');

/** Institution: the weakest theme is the institution's to work on. */
function renderSummary({ title }: Scored, weakest: ThemeResult | undefined): TemplateResult {
  return html`<p class="summary">
    ${weakest
      ? msg(str`Le thème à travailler en premier\u00a0: ${title(weakest.theme)}.`, { id: 'selfcheck.weakest' })
      : msg('Trop de réponses «\u00a0Je ne sais pas\u00a0» pour situer un thème\u00a0: parlez-en en équipe.', { id: 'selfcheck.noneScored' })}
    ${msg('Les thèmes sont classés du plus faible au plus solide.', { id: 'selfcheck.order' })}
  </p>`;
}

/** A worker: the answers describe working conditions, not the worker's worth; who can help. */
function renderWorkerSummary({ title }: Scored, weakest: ThemeResult | undefined): TemplateResult {
  return html`<p part="support" class="summary support">
      ${msg('Vos réponses décrivent vos conditions de travail, pas votre valeur professionnelle. Pour en parler\u00a0: le conseiller ou la conseillère en prévention aspects psychosociaux de votre institution, et votre équipe.', { id: 'selfcheck.workerSupport' })}
    </p>
    <p class="summary">
      ${weakest
        ? msg(str`Les conditions de travail qui demandent le plus d’attention\u00a0: ${title(weakest.theme)}.`, { id: 'selfcheck.workerWeakest' })
        : msg('Trop de réponses «\u00a0Je ne sais pas\u00a0» pour situer un thème\u00a0: parlez-en en équipe.', { id: 'selfcheck.noneScored' })}
      ${msg('Les thèmes sont classés du plus faible au plus solide.', { id: 'selfcheck.order' })}
    </p>`;
}

/** Per element: « Recommencer » was pressed while answers are kept on this device. */
const confirming = new WeakSet<HTMLElement>();

/** « Recommencer »; when answers are kept on this device, it first asks (they would be wiped). */
function renderRestart(v: ResultsView): TemplateResult {
  const focus = async (selector: string) => {
    v.update();
    await v.host.updateComplete;
    v.host.shadowRoot?.querySelector<HTMLElement>(selector)?.focus();
  };
  const restart = () => {
    confirming.delete(v.host);
    resetResults(v.host);
    v.restart();
  };
  if (v.kept && confirming.has(v.host)) {
    return html`<div part="restart-confirm" class="confirm" role="group" aria-labelledby="restart-question">
      <p id="restart-question" tabindex="-1">
        ${msg('Vos réponses gardées sur cet appareil seront effacées. Recommencer quand même\u202f?', { id: 'selfcheck.restartConfirm' })}
      </p>
      <div class="actions">
        <button type="button" part="restart-yes-button" @click=${restart}>${msg('Effacer et recommencer', { id: 'selfcheck.restartYes' })}</button>
        <button
          type="button"
          part="restart-no-button"
          @click=${() => {
            confirming.delete(v.host);
            void focus('[part~="restart-button"]');
          }}
        >
          ${msg('Annuler', { id: 'selfcheck.restartNo' })}
        </button>
      </div>
    </div>`;
  }
  return html`<div class="actions">
    <button
      type="button"
      part="restart-button"
      @click=${() => {
        if (!v.kept) return restart();
        confirming.add(v.host);
        void focus('#restart-question');
      }}
    >
      ${msg('Recommencer', { id: 'selfcheck.restart' })}
    </button>
  </div>`;
}

/** The questions about the worker's own feelings: topics to raise, never a score or a level. */
function renderTopics({ v, sub }: Scored): TemplateResult | typeof nothing {
  const topics = topicsToRaise(v.questions);
  if (!topics.length) return nothing;
  return html`<section part="topics" class="topics" aria-labelledby="topics-title">
    <div role="heading" aria-level=${sub} class="subheading" id="topics-title">${msg('Sujets à aborder en équipe', { id: 'selfcheck.topics' })}</div>
    <p>${msg('Ces questions portent sur ce que vous vivez. Elles ne sont pas notées\u00a0: ce sont des sujets dont vous pouvez parler.', { id: 'selfcheck.topicsIntro' })}</p>
    <ul>
      ${topics.map((q) => {
        const t = v.questionText(q);
        return html`<li lang=${t.lang === v.locale ? nothing : t.lang}>${t.text}</li>`;
      })}
    </ul>
  </section>`;
}

function renderChart({ v, results, title }: Scored): TemplateResult {
  const { locale, easyRead } = v;
  const colon = colonOf(locale);
  // « À clarifier » with a score keeps its percentage, as the visible label does.
  const line = (r: ThemeResult) =>
    `${title(r.theme)}${colon}${r.percent === null ? levelName(r.level, easyRead, v.audience === 'travailleur') : `${percentText(locale, r.percent)}, ${levelName(r.level, easyRead, v.audience === 'travailleur')}`}`;
  const label = `${msg('Score par thème, du plus faible au plus solide', { id: 'selfcheck.chartLabel' })}${colon}${results
    .map(line)
    .join(locale === 'fr' ? '\u202f; ' : '; ')}`;
  // One figure read as one image (its label says it all); each bar an SVG, each label HTML that wraps at 320 px.
  return html`<div part="chart" class="chart" role="img" aria-label=${label}>
    ${results.map(
      (r) => html`<div class="row">
        <span class="label">${title(r.theme)} — ${outcome(locale, r, easyRead, v.audience === 'travailleur')}</span>
        <svg width="100%" height="1em" focusable="false"
          ><rect class="track" x="0" y="0" width="100%" height="100%" rx="0.2em"></rect
          ><rect class=${`fill level-${r.level}`} x="0" y="0" width=${`${r.percent ?? 0}%`} height="100%" rx="0.2em"></rect
        ></svg>
      </div>`,
    )}
  </div>`;
}

function renderTable({ v, results, title }: Scored): TemplateResult {
  const col = {
    level: msg('Niveau', { id: 'selfcheck.col.level' }),
    score: msg('Score', { id: 'selfcheck.col.score' }),
    toRaise: msg('À discuter', { id: 'selfcheck.col.toRaise' }),
  };
  // At 320 px the rows stack (results.styles.ts): each cell then shows its column's name (data-label).
  return html`<table part="table" class="table">
    <caption>${msg('Résultats par thème', { id: 'selfcheck.tableCaption' })}</caption>
    <thead>
      <tr>
        <th scope="col">${msg('Thème', { id: 'selfcheck.col.theme' })}</th>
        <th scope="col">${col.level}</th>
        <th scope="col">${col.score}</th>
        <th scope="col">${col.toRaise}</th>
      </tr>
    </thead>
    <tbody>
      ${results.map(
        (r) => html`<tr>
          <th scope="row">${title(r.theme)}</th>
          <td data-label=${col.level}>${levelName(r.level, v.easyRead, v.audience === 'travailleur')}</td>
          <td data-label=${col.score}>${percentText(v.locale, r.percent)}</td>
          <td data-label=${col.toRaise}>${r.unknown.length + r.skipped.length}</td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}

function renderTheme({ v, title, sub }: Scored, r: ThemeResult): TemplateResult {
  return html`<section part="theme" class="theme" aria-labelledby=${`theme-${r.theme}`}>
    <div role="heading" aria-level=${sub} class="subheading" id=${`theme-${r.theme}`}>${title(r.theme)}</div>
    <p>
      <span part="level" class=${`level level-${r.level}`}>${levelName(r.level, v.easyRead, v.audience === 'travailleur')}</span>
      ${r.percent === null ? nothing : html`<span class="score">${percentText(v.locale, r.percent)}</span>`}
    </p>
    ${entriesOf(v.data, r.theme).map(
      (e) => html`<nc-recommendation-card
        variant="compact"
        recommendation=${e.id}
        heading-level=${Math.min(6, sub + 1)}
        ?easy-read=${v.easyRead}
        src=${ifDefined(v.src || undefined)}
        .data=${v.dataProp}
        lang=${v.locale}
      ></nc-recommendation-card>`,
    )}
  </section>`;
}

function renderToRaise({ v, sub }: Scored): TemplateResult {
  const toRaise = v.questions.filter((q) => {
    if (q.scored === false) return false;
    const a = v.answers[q.id];
    return a === undefined || a === 'ne-sait-pas';
  });
  return html`<section part="to-raise" class="to-raise" aria-labelledby="to-raise">
    <div role="heading" aria-level=${sub} class="subheading" id="to-raise">${msg('Questions à discuter en équipe', { id: 'selfcheck.toRaise' })}</div>
    ${toRaise.length
      ? html`<ul>
          ${toRaise.map((q) => {
            const t = v.questionText(q);
            return html`<li>
              <span lang=${t.lang === v.locale ? nothing : t.lang}>${t.text}</span>
              <span class="why"
                >(${v.answers[q.id] === 'ne-sait-pas'
                  ? msg('je ne sais pas', { id: 'selfcheck.why.unknown' })
                  : msg('passée', { id: 'selfcheck.why.skipped' })})</span
              >
            </li>`;
          })}
        </ul>`
      : html`<p>${msg('Aucune\u00a0: vous avez répondu à toutes les questions.', { id: 'selfcheck.toRaiseNone' })}</p>`}
  </section>`;
}
