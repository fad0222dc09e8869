/**
 * The states every widget shares, each with its `part`: loading, error (with a retry
 * button « Recharger les informations »; after a retry NcElement moves the focus to the
 * widget's `[data-nc-focus]` element: its heading, or the error message when it failed again),
 * empty and not found. Call them
 * inside a render (they use `msg`). They keep the widget's default slot, so the fallback
 * content a webmaster wrote in the tag stays visible while loading and beside a problem.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { DataLoadError } from '../data/load.js';
import type { Locale } from '../data/model.js';
import { msg, plural, str } from './i18n.js';

/** Loading: the slotted fallback content, or « Chargement… » when there is none. */
export function loadingState(locale: Locale, speak: boolean): TemplateResult {
  return html`<div part="loading" aria-busy="true" lang=${locale}>
    <slot>${speak ? html`<p class="state">${msg('Chargement…', { id: 'state.loading' })}</p>` : nothing}</slot>
  </div>`;
}

/**
 * The data could not be loaded: why, in words for the public (no « JSON », no « format »: the
 * console has the detail for the webmaster), and a button that says what it retries. The
 * message is an alert (announced when it appears) and takes the focus after a retry
 * (`data-nc-focus`); the button is described by it.
 */
export function errorState(error: DataLoadError, locale: Locale, retry: () => void): TemplateResult {
  const detail =
    error.reason === 'http'
      ? msg(str`Le site a répondu par l’erreur ${error.status}. Réessayez plus tard.`, { id: 'error.httpStatus' })
      : error.reason === 'network'
        ? error.timeout
          ? msg('Le site met trop de temps à répondre. Réessayez dans un moment.', { id: 'error.slow' })
          : msg('Impossible de joindre le site. Vérifiez votre connexion Internet, puis réessayez.', { id: 'error.offline' })
        : msg('Les informations publiées par ce site n’ont pas pu être lues. Réessayez plus tard. Si le problème continue, prévenez le site.', { id: 'error.unreadable' });
  return html`<div class="state error" part="error" lang=${locale}>
      <p id="nc-error-message" role="alert" data-nc-focus tabindex="-1"><strong>${msg('Les informations n’ont pas pu être chargées.', { id: 'error.title' })}</strong> ${detail}</p>
      <button type="button" part="retry-button" aria-describedby="nc-error-message" @click=${retry}>${msg('Recharger les informations', { id: 'error.reload' })}</button>
    </div>
    <slot></slot>`;
}

/** Something asked for (an id, a theme) is not in the data. The console says which ids exist. */
export function notFoundState(message: string, locale: Locale): TemplateResult {
  return html`<div class="state error" part="not-found" lang=${locale}><p>${message}</p></div>
    <slot></slot>`;
}

/** Nothing to show (a filter that matches nothing): a plain status message. */
export function emptyState(message: string, locale: Locale): TemplateResult {
  return html`<div class="state" part="empty" role="status" lang=${locale}><p>${message}</p></div>`;
}

/** « 1 résultat », « 3 résultats »: the count a list widget announces after filtering. */
export function resultCount(n: number): string {
  return plural(n, {
    one: () => msg(str`${n} résultat`, { id: 'state.results#one' }),
    other: () => msg(str`${n} résultats`, { id: 'state.results#other' }),
  });
}
