/**
 * The results' « Garder une trace » section: print, JSON and CSV downloads, and the comparison
 * with an older JSON export. The files' code (exporting.ts) loads on the first click; when that
 * chunk cannot be fetched, the shared error state says so with « Recharger les informations ».
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../../data/model.js';
import { DataLoadError } from '../../data/load.js';
import { msg, str } from '../../shared/i18n.js';
import { dateTimeLocale } from '../../shared/locale.js';
import { errorState } from '../../shared/states.js';
import { logError } from '../../util/log.js';
import { chunkFailed } from '../../util/retry.js';
import { levelName, outcome } from './levels.js';
import type { CompareResult, ResultsView } from './types.js';

const TAG = '<nc-self-check>';

/** What the results view remembers per element: a comparison, why a file was refused, a failed chunk. */
interface ViewState {
  compare?: CompareResult;
  /** Why the last file was refused: `json` (not JSON), `audience` (the other audience's export) or any other reason of `parseExport`. */
  fileError?: string;
  /** The files' code could not be loaded: what to do again on « Recharger les informations ». */
  failed?: () => void;
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

/** What the export section shows. */
export interface ExportView {
  readonly v: ResultsView;
  readonly title: (id: string) => string;
  /** Heading level of the section. */
  readonly sub: number;
}

export function renderExport({ v, title, sub }: ExportView): TemplateResult {
  const state = stateOf(v.host);
  const easy = v.easyRead;
  return html`<section part="export" class="export" aria-labelledby="export-title">
    <div role="heading" aria-level=${sub} class="subheading" id="export-title">
      ${easy ? msg('Garder vos résultats', { id: 'selfcheck.easy.exportTitle' }) : msg('Garder une trace', { id: 'selfcheck.exportTitle' })}
    </div>
    <p>
      ${easy
        ? msg('Les fichiers restent sur votre ordinateur. Rien n’est envoyé.', { id: 'selfcheck.easy.exportPrivate' })
        : msg('Les fichiers sont créés dans votre navigateur\u202f; rien n’est envoyé.', { id: 'selfcheck.exportPrivate' })}
    </p>
    <div class="actions">
      <button type="button" part="print-button" @click=${() => print()}>${msg('Imprimer', { id: 'selfcheck.print' })}</button>
      <button type="button" part="json-button" @click=${() => download(v, 'json')}>
        ${easy ? msg('Télécharger vos réponses (pour comparer plus tard)', { id: 'selfcheck.easy.json' }) : msg('Télécharger (JSON)', { id: 'selfcheck.json' })}
      </button>
      <button type="button" part="csv-button" @click=${() => download(v, 'csv')}>
        ${easy ? msg('Télécharger un tableau (Excel)', { id: 'selfcheck.easy.csv' }) : msg('Télécharger (CSV, tableur)', { id: 'selfcheck.csv' })}
      </button>
    </div>
    <p class="file">
      <label for="file"
        >${easy
          ? msg('Comparer avec vos réponses d’avant (le fichier téléchargé)\u00a0:', { id: 'selfcheck.easy.compareLabel' })
          : msg('Comparer avec un export JSON précédent\u00a0:', { id: 'selfcheck.compareLabel' })}</label
      >
      <input
        id="file"
        part="file"
        type="file"
        accept=".json,application/json"
        aria-describedby=${state.fileError ? 'file-error' : nothing}
        aria-invalid=${state.fileError ? 'true' : nothing}
        @change=${(e: Event) => open(v, e)}
      />
    </p>
    ${state.failed ? errorState(new DataLoadError('network', 'exporting'), v.locale, state.failed) : nothing}
    ${state.fileError
      ? html`<p part="file-error" class="state error" id="file-error" role="alert">
          <strong>${msg('Ce fichier ne peut pas être comparé.', { id: 'selfcheck.fileError' })}</strong>
          ${state.fileError === 'json'
            ? msg('Ce n’est pas un fichier JSON lisible.', { id: 'selfcheck.fileError.json' })
            : state.fileError === 'audience'
              ? msg('C’est l’export de l’autre profil (travailleur ou institution).', { id: 'selfcheck.fileError.audience' })
              : msg('Ce n’est pas un export JSON de cette auto-évaluation.', { id: 'selfcheck.fileError.format' })}
        </p>`
      : nothing}
    ${state.compare ? renderCompare({ compare: state.compare, title, locale: v.locale, sub, easyRead: easy, worker: v.audience === 'travailleur' }) : nothing}
  </section>`;
}

interface CompareView {
  readonly compare: CompareResult;
  readonly title: (id: string) => string;
  readonly locale: Locale;
  readonly sub: number;
  readonly easyRead: boolean;
  readonly worker: boolean;
}

function renderCompare({ compare, title, locale, sub, easyRead, worker }: CompareView): TemplateResult {
  const col = {
    before: msg('Avant', { id: 'selfcheck.col.before' }),
    now: msg('Maintenant', { id: 'selfcheck.col.now' }),
    shared: msg('Questions communes', { id: 'selfcheck.col.shared' }),
  };
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
              <th scope="col">${col.before}</th>
              <th scope="col">${col.now}</th>
              <th scope="col">${col.shared}</th>
            </tr>
          </thead>
          <tbody>
            ${compare.rows.map(
              (r) => html`<tr>
                <th scope="row">${title(r.theme)}</th>
                <td data-label=${col.before}>${outcome(locale, r.before, easyRead, worker)}</td>
                <td data-label=${col.now}>${outcome(locale, r.now, easyRead, worker)}</td>
                <td data-label=${col.shared}>${r.shared}</td>
              </tr>`,
            )}
          </tbody>
        </table>`
      : html`<p>${msg('Cet export n’a aucune question en commun avec ce questionnaire.', { id: 'selfcheck.compareNone' })}</p>`}
  </div>`;
}

// ------------------------------------------------------------ export and re-open (exporting.ts loads on demand)

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

/**
 * The files' code, or undefined when its chunk could not be fetched: then the error state with
 * « Recharger les informations », which does `again` (and moves the focus to `after`, the element the user acted on).
 */
async function exporting(v: ResultsView, again: () => void, after: string): Promise<typeof import('./exporting.js') | undefined> {
  const state = stateOf(v.host);
  try {
    const module = await import('./exporting.js');
    if (state.failed) {
      state.failed = undefined;
      v.update();
      await v.host.updateComplete;
      v.host.shadowRoot?.querySelector<HTMLElement>(after)?.focus();
    }
    return module;
  } catch (error) {
    chunkFailed();
    logError(TAG, 'could not load the export code:', error);
    state.failed = again;
    v.update();
    return undefined;
  }
}

async function download(v: ResultsView, kind: 'json' | 'csv'): Promise<void> {
  const files = await exporting(v, () => void download(v, kind), `[part~="${kind}-button"]`);
  if (!files) return;
  try {
    const file = files.exportFile(v, kind, (l) => levelName(l, v.easyRead, v.audience === 'travailleur'));
    save(v.host, file.text, file.type, file.name);
  } catch (error) {
    logError(TAG, 'could not build the export:', error);
  }
}

async function open(v: ResultsView, event: Event): Promise<void> {
  const input = event.target as HTMLInputElement;
  const file = input.files?.[0];
  if (!file) return;
  input.value = '';
  await compareWith(v, file);
}

async function compareWith(v: ResultsView, file: File): Promise<void> {
  const state = stateOf(v.host);
  const files = await exporting(v, () => void compareWith(v, file), '[part~="file"]');
  if (!files) return;
  const result = files.readExport(v, await file.text());
  state.fileError = result.error;
  state.compare = result.compare;
  v.update();
  await v.host.updateComplete;
  if (state.compare) v.host.shadowRoot?.querySelector<HTMLElement>('#compare-title')?.focus();
}
