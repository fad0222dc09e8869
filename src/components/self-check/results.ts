/**
 * The self-check's results view, loaded only when the user reaches the results (with the
 * recommendation card it shows): a level and a score per theme, weakest first, as an SVG bar
 * chart (`role="img"`) and a table saying the same; each theme with its recommendation cards; the
 * questions to raise in the team; print, JSON and CSV downloads (the export code loads on click)
 * and the comparison with an older JSON export.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../define/recommendation-card.js';
import { cardPack } from '../../data/packs.js';
import { loadPack } from '../../data/load.js';
import type { Locale, Question, Recommendation, ThemeData } from '../../data/model.js';
import { msg, str } from '../../shared/i18n.js';
import { pick } from '../../shared/text.js';
import { dateTimeLocale } from '../../shared/locale.js';
import { logError } from '../../util/log.js';
import { scoreThemes, questionSetVersion, type LevelId, type ThemeResult } from './scoring.js';
import type { SelfCheckView } from './self-check.js';
import { resultsStyles } from './results.styles.js';

export { scoreThemes, questionSetVersion, resultsStyles };

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

/** One theme of a comparison: where it stood in the old export, where it stands now. */
interface CompareRow {
  theme: string;
  before: ThemeResult;
  now: ThemeResult;
  shared: number;
}

/** What the results view remembers per element: a comparison, or why a file was refused. */
interface ViewState {
  compare?: { rows: CompareRow[]; date?: string };
  /** Why the last file was refused: `json` (not JSON), `audience` (the other audience's export) or any other reason of `parseExport`. */
  fileError?: string;
}
const states = new WeakMap<HTMLElement, ViewState>();
const stateOf = (host: HTMLElement): ViewState => {
  let s = states.get(host);
  if (!s) states.set(host, (s = {}));
  return s;
};

/** Forgets the comparison (a restart). */
export function resetResults(host: HTMLElement): void {
  states.delete(host);
}

/** The level's name, as the user reads it. */
export function levelName(level: LevelId): string {
  switch (level) {
    case 'a-renforcer':
      return msg('À renforcer', { id: 'selfcheck.level.aRenforcer' });
    case 'en-chemin':
      return msg('En chemin', { id: 'selfcheck.level.enChemin' });
    case 'solide':
      return msg('Solide', { id: 'selfcheck.level.solide' });
    default:
      return msg('À clarifier en équipe', { id: 'selfcheck.level.aClarifier' });
  }
}

const percentText = (locale: Locale, percent: number | null) =>
  percent === null ? '—' : new Intl.NumberFormat(locale, { style: 'percent' }).format(percent / 100);

/** The cards of a theme: its recommendations, else its findings. */
function entriesOf(data: ThemeData, theme: string): Recommendation[] {
  const mine = data.recommendations.filter((r) => r.theme === theme);
  const recommendations = mine.filter((r) => r.kind === 'recommandation');
  return recommendations.length ? recommendations : mine;
}

export function renderResults(v: SelfCheckView): TemplateResult {
  const { locale, data, level } = v;
  const state = stateOf(v.host);
  const results = scoreThemes(v.questions, v.answers);
  const title = (id: string) => {
    const t = data.themes.find((th) => th.id === id);
    return t ? pick(t.title, locale).text : id;
  };
  const sub = Math.min(6, level + 1);
  const weakest = results.find((r) => r.level !== 'a-clarifier');
  const toRaise = v.questions.filter((q) => {
    const a = v.answers[q.id];
    return a === undefined || a === 'ne-sait-pas';
  });
  const colon = locale === 'fr' ? '\u00a0: ' : ': ';
  const line = (r: ThemeResult) =>
    `${title(r.theme)}${colon}${r.level === 'a-clarifier' ? levelName(r.level) : `${percentText(locale, r.percent)}, ${levelName(r.level)}`}`;

  return html`<section part="results" class="results" aria-labelledby="results-title">
    <div role="heading" aria-level=${level} part="results-title" class="heading" id="results-title" tabindex="-1" data-nc-focus>
      ${msg('Vos résultats', { id: 'selfcheck.resultsTitle' })}
    </div>
    <p class="summary">
      ${weakest
        ? msg(str`Le thème à travailler en premier\u00a0: ${title(weakest.theme)}.`, { id: 'selfcheck.weakest' })
        : msg('Trop de réponses «\u00a0Je ne sais pas\u00a0» pour situer un thème\u00a0: parlez-en en équipe.', { id: 'selfcheck.noneScored' })}
      ${msg('Les thèmes sont classés du plus faible au plus solide.', { id: 'selfcheck.order' })}
    </p>
    ${renderChart(results, title, locale, line)}
    <table part="table" class="table">
      <caption>${msg('Résultats par thème', { id: 'selfcheck.tableCaption' })}</caption>
      <thead>
        <tr>
          <th scope="col">${msg('Thème', { id: 'selfcheck.col.theme' })}</th>
          <th scope="col">${msg('Niveau', { id: 'selfcheck.col.level' })}</th>
          <th scope="col">${msg('Score', { id: 'selfcheck.col.score' })}</th>
          <th scope="col">${msg('À discuter', { id: 'selfcheck.col.toRaise' })}</th>
        </tr>
      </thead>
      <tbody>
        ${results.map(
          (r) => html`<tr>
            <th scope="row">${title(r.theme)}</th>
            <td>${levelName(r.level)}</td>
            <td>${percentText(locale, r.percent)}</td>
            <td>${r.unknown.length + r.skipped.length}</td>
          </tr>`,
        )}
      </tbody>
    </table>

    ${results.map(
      (r) => html`<section part="theme" class="theme" aria-labelledby=${`theme-${r.theme}`}>
        <div role="heading" aria-level=${sub} class="subheading" id=${`theme-${r.theme}`}>${title(r.theme)}</div>
        <p>
          <span part="level" class=${`level level-${r.level}`}>${levelName(r.level)}</span>
          ${r.percent === null ? nothing : html`<span class="score">${percentText(locale, r.percent)}</span>`}
        </p>
        ${entriesOf(data, r.theme).map(
          (e) => html`<nc-recommendation-card
            variant="compact"
            recommendation=${e.id}
            heading-level=${Math.min(6, sub + 1)}
            ?easy-read=${v.easyRead}
            src=${ifDefined(v.src || undefined)}
            .data=${v.dataProp}
            lang=${locale}
          ></nc-recommendation-card>`,
        )}
      </section>`,
    )}

    <section part="to-raise" class="to-raise" aria-labelledby="to-raise">
      <div role="heading" aria-level=${sub} class="subheading" id="to-raise">${msg('Questions à discuter en équipe', { id: 'selfcheck.toRaise' })}</div>
      ${toRaise.length
        ? html`<ul>
            ${toRaise.map((q) => {
              const t = v.questionText(q);
              return html`<li>
                <span lang=${t.lang === locale ? nothing : t.lang}>${t.text}</span>
                <span class="why"
                  >(${v.answers[q.id] === 'ne-sait-pas'
                    ? msg('je ne sais pas', { id: 'selfcheck.why.unknown' })
                    : msg('passée', { id: 'selfcheck.why.skipped' })})</span
                >
              </li>`;
            })}
          </ul>`
        : html`<p>${msg('Aucune\u00a0: vous avez répondu à toutes les questions.', { id: 'selfcheck.toRaiseNone' })}</p>`}
    </section>

    <section part="export" class="export" aria-labelledby="export-title">
      <div role="heading" aria-level=${sub} class="subheading" id="export-title">${msg('Garder une trace', { id: 'selfcheck.exportTitle' })}</div>
      <p>${msg('Les fichiers sont créés dans votre navigateur\u202f; rien n’est envoyé.', { id: 'selfcheck.exportPrivate' })}</p>
      <div class="actions">
        <button type="button" part="print-button" @click=${() => print()}>${msg('Imprimer', { id: 'selfcheck.print' })}</button>
        <button type="button" part="json-button" @click=${() => download(v, 'json')}>${msg('Télécharger (JSON)', { id: 'selfcheck.json' })}</button>
        <button type="button" part="csv-button" @click=${() => download(v, 'csv')}>${msg('Télécharger (CSV, tableur)', { id: 'selfcheck.csv' })}</button>
      </div>
      <p class="file">
        <label for="file">${msg('Comparer avec un export JSON précédent\u00a0:', { id: 'selfcheck.compareLabel' })}</label>
        <input id="file" part="file" type="file" accept=".json,application/json" @change=${(e: Event) => open(v, e)} />
      </p>
      ${state.fileError
        ? html`<p part="file-error" class="state error" role="alert">
            <strong>${msg('Ce fichier ne peut pas être comparé.', { id: 'selfcheck.fileError' })}</strong>
            ${state.fileError === 'json'
              ? msg('Ce n’est pas un fichier JSON lisible.', { id: 'selfcheck.fileError.json' })
              : state.fileError === 'audience'
                ? msg('C’est l’export de l’autre public (travailleur ou institution).', { id: 'selfcheck.fileError.audience' })
                : msg('Ce n’est pas un export JSON de cette auto-évaluation.', { id: 'selfcheck.fileError.format' })}
          </p>`
        : nothing}
      ${state.compare ? renderCompare(state.compare, title, locale, sub) : nothing}
    </section>

    ${v.renderKeep()}
    <div class="actions">
      <button type="button" part="restart-button" @click=${() => {
        resetResults(v.host);
        v.restart();
      }}>${msg('Recommencer', { id: 'selfcheck.restart' })}</button>
    </div>
  </section>`;
}

/** « 45 % (En chemin) », or the level alone when nothing was scored. */
const outcome = (locale: Locale, r: ThemeResult) =>
  r.percent === null ? levelName(r.level) : `${percentText(locale, r.percent)} (${levelName(r.level)})`;

function renderChart(
  results: readonly ThemeResult[],
  title: (id: string) => string,
  locale: Locale,
  line: (r: ThemeResult) => string,
): TemplateResult {
  const label = `${msg('Score par thème, du plus faible au plus solide', { id: 'selfcheck.chartLabel' })}${locale === 'fr' ? '\u00a0: ' : ': '}${results
    .map(line)
    .join(locale === 'fr' ? '\u202f; ' : '; ')}`;
  // One figure read as one image (its label says it all); each bar an SVG, each label HTML that wraps at 320 px.
  return html`<div part="chart" class="chart" role="img" aria-label=${label}>
    ${results.map(
      (r) => html`<div class="row">
        <span class="label">${title(r.theme)} — ${r.level === 'a-clarifier' && r.percent === null ? levelName(r.level) : outcome(locale, r)}</span>
        <svg width="100%" height="1em" focusable="false"
          ><rect class="track" x="0" y="0" width="100%" height="100%" rx="0.2em"></rect
          ><rect class=${`fill level-${r.level}`} x="0" y="0" width=${`${r.percent ?? 0}%`} height="100%" rx="0.2em"></rect
        ></svg>
      </div>`,
    )}
  </div>`;
}

function renderCompare(
  compare: NonNullable<ViewState['compare']>,
  title: (id: string) => string,
  locale: Locale,
  sub: number,
): TemplateResult {
  return html`<div part="compare" class="compare">
    <div role="heading" aria-level=${Math.min(6, sub + 1)} class="subheading" id="compare-title" tabindex="-1">
      ${msg('Avant et maintenant', { id: 'selfcheck.compareTitle' })}
    </div>
    ${compare.rows.length
      ? html`<table class="table">
          <caption>
            ${compare.date && !Number.isNaN(Date.parse(compare.date))
              ? msg(str`Comparaison avec l’export du ${new Intl.DateTimeFormat(dateTimeLocale(locale), { dateStyle: 'long' }).format(new Date(compare.date))}, sur les questions communes`, {
                  id: 'selfcheck.compareCaptionDate',
                })
              : msg('Comparaison avec l’export précédent, sur les questions communes', { id: 'selfcheck.compareCaption' })}
          </caption>
          <thead>
            <tr>
              <th scope="col">${msg('Thème', { id: 'selfcheck.col.theme' })}</th>
              <th scope="col">${msg('Avant', { id: 'selfcheck.col.before' })}</th>
              <th scope="col">${msg('Maintenant', { id: 'selfcheck.col.now' })}</th>
              <th scope="col">${msg('Questions communes', { id: 'selfcheck.col.shared' })}</th>
            </tr>
          </thead>
          <tbody>
            ${compare.rows.map(
              (r) => html`<tr>
                <th scope="row">${title(r.theme)}</th>
                <td>${outcome(locale, r.before)}</td>
                <td>${outcome(locale, r.now)}</td>
                <td>${r.shared}</td>
              </tr>`,
            )}
          </tbody>
        </table>`
      : html`<p>${msg('Cet export n’a aucune question en commun avec ce questionnaire.', { id: 'selfcheck.compareNone' })}</p>`}
  </div>`;
}

// ------------------------------------------------------------ export and re-open (export.ts loads on demand)

function save(host: HTMLElement, text: string, type: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  host.shadowRoot!.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

async function download(v: SelfCheckView, kind: 'json' | 'csv'): Promise<void> {
  const { exportFile } = await import('./exporting.js');
  try {
    const file = exportFile(v, kind, levelName);
    save(v.host, file.text, file.type, file.name);
  } catch (error) {
    logError('<nc-self-check>', 'could not build the export:', error);
  }
}

async function open(v: SelfCheckView, event: Event): Promise<void> {
  const input = event.target as HTMLInputElement;
  const file = input.files?.[0];
  if (!file) return;
  const state = stateOf(v.host);
  const { readExport } = await import('./exporting.js');
  const result = readExport(v, await file.text());
  state.fileError = result.error;
  state.compare = result.compare;
  v.requestUpdate();
  input.value = '';
  await (v.host as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  if (state.compare) v.host.shadowRoot?.querySelector<HTMLElement>('#compare-title')?.focus();
}

export type { CompareRow, Question };
