import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Locale, LocalizedText, Recommendation, ThemeData } from '../../data/model.js';
import { cardPack } from '../../data/packs.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { DataController } from '../../controllers/data-controller.js';
import { NcElement } from '../nc-element.js';
import { cardMessages } from '../../shared/message-packs.js';
import { msg, str } from '../../shared/i18n.js';
import { pick } from '../../shared/text.js';
import { emit } from '../../shared/events.js';
import { logError } from '../../util/log.js';
import { notFoundState } from '../../shared/states.js';
import { cardStyles } from './recommendation-card.styles.js';

const TAG = '<nc-recommendation-card>';

/** Detail of `nc-toggle`. */
export interface NcToggleDetail {
  /** The recommendation's id. */
  recommendation: string;
  /** Whether the details are now shown. */
  open: boolean;
}

/** How much the card shows. */
export type CardVariant = 'compact' | 'full';

/**
 * One recommendation or finding of the CLPS-Bw day « Comment le numérique questionne nos pratiques ? »:
 * its kind (recommendation or finding), theme, title and summary; in `full`, also what the article
 * reports, what an institution can do, the quote (French original, translation beside it) and the source.
 *
 * @summary One recommendation or finding, its findings and what an institution can do.
 * @tagname nc-recommendation-card
 *
 * @slot - Fallback content (e.g. a link to the full page). Shown before the script runs, while the data loads, and beside an error.
 *
 * @fires {CustomEvent<NcToggleDetail>} nc-toggle - The details of a `compact` card were opened or closed by the user.
 * @fires {CustomEvent<NcErrorDetail>} nc-error - The data (`src`) could not be loaded; the card shows an error with a retry button.
 *
 * @csspart card - The card (an `article`).
 * @csspart meta - The line with the kind and the theme.
 * @csspart kind - The kind badge: « Recommandation » or « Constat ».
 * @csspart theme - The theme badge.
 * @csspart title - The title.
 * @csspart summary - The summary.
 * @csspart toggle - The button that shows or hides the details (`compact`).
 * @csspart details - What the article reports, what an institution can do, the quote and the source.
 * @csspart quote - The quote (a `figure`).
 * @csspart source - The source line.
 * @csspart link - The « read more » link (`href`).
 * @csspart error - The message shown when the data could not be loaded.
 * @csspart retry-button - The button that loads the data again.
 * @csspart not-found - The message shown for an unknown or missing `recommendation` id.
 * @csspart loading - The loading state (shows the slotted fallback content).
 *
 * @cssprop [--nc-card-background=var(--nc-color-surface)] - Card background.
 * @cssprop [--nc-card-color=var(--nc-color-text)] - Card text colour.
 * @cssprop [--nc-card-border=1px solid var(--nc-color-border)] - Card border.
 * @cssprop [--nc-card-padding=var(--nc-space-4)] - Card padding.
 * @cssprop [--nc-card-max-width=48em] - Card maximum width.
 * @cssprop [--nc-card-title-size=1.35em] - Title size.
 * @cssprop [--nc-kind-recommendation-background=var(--nc-color-primary)] - « Recommandation » badge background.
 * @cssprop [--nc-kind-recommendation-color=var(--nc-color-on-primary)] - « Recommandation » badge text.
 * @cssprop [--nc-kind-finding-background=var(--nc-color-accent-surface)] - « Constat » badge background.
 * @cssprop [--nc-kind-finding-color=var(--nc-color-text)] - « Constat » badge text.
 * @cssprop [--nc-color-primary=#0a5a9c] - Main colour (links, buttons, badges).
 * @cssprop [--nc-font-family=inherit] - Font; the host page's by default.
 * @cssprop [--nc-font-size=medium] - Text size; follows the visitor's browser setting, never smaller than the page's root size (a page that enlarges its root enlarges it; a 62.5% root or a small body does not shrink it). Set e.g. `1rem` to follow your page instead.
 * @cssprop [--nc-radius=0.5em] - Corner radius.
 */
export class NcRecommendationCard extends NcElement {
  static override styles = [...NcElement.styles, cardStyles];
  /** @internal The locale from `lang` (own, closest, page). */
  protected readonly localization = new LocaleController(this);
  /** @internal The built-in cards and the widget's UI strings, loaded by locale; `src` or `data` instead. */
  protected readonly loader = new DataController(this, { packs: [cardPack], messages: cardMessages, args: () => this.dataArgs() });

  static override properties = {
    ...NcElement.properties,
    recommendation: { type: String, reflect: true },
    variant: { type: String, reflect: true },
    easyRead: { type: Boolean, reflect: true, attribute: 'easy-read' },
    href: { type: String, reflect: true },
    headingLevel: { type: Number, reflect: true, attribute: 'heading-level' },
    open: { type: Boolean, reflect: true },
  };

  /** Id of the recommendation or finding to show, e.g. `acces-physique` (see the README for every id). */
  declare recommendation: string | undefined;
  /** `full` shows everything; `compact` shows kind, theme, title and summary, with a button for the details. */
  declare variant: CardVariant;
  /** Shows the easy-to-read title and summary. */
  declare easyRead: boolean;
  /** Optional « read more » link: http(s), mailto:, tel: or relative. Other schemes (`javascript:`…) are ignored with a console error. */
  declare href: string | undefined;
  /**
   * Level of the card's heading, 2 to 6 (default 3); its sub-headings are one level below.
   * At 6, the deepest level HTML has, the sub-headings are shown as bold labels, not headings.
   */
  declare headingLevel: number;
  /** In `compact`, whether the details are shown. */
  declare open: boolean;

  /** What was last reported to the console: once per load and id, never from a render. */
  private reported = '';

  constructor() {
    super();
    this.variant = 'full';
    this.easyRead = false;
    this.headingLevel = 3;
    this.open = false;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('href') && this.href && !this.safeLink(this.href)) {
      logError(TAG, `href "${this.href}" is not an http(s), mailto:, tel: or relative URL; the link is not shown.`);
    }
    const loaded = this.loader.status === 'complete' && this.loader.value;
    const key = `${this.loader.loads}|${this.recommendation ?? ''}`;
    if (loaded && key !== this.reported) {
      this.reported = key;
      const { recommendations } = loaded.data;
      const id = this.recommendation;
      if (!recommendations.some((r) => r.id === id)) {
        const valid = `Valid ids: ${recommendations.map((r) => r.id).join(', ')}.`;
        logError(TAG, id ? `unknown recommendation "${id}". ${valid}` : `no "recommendation" attribute. ${valid}`);
      }
    }
  }

  private toggle(): void {
    this.open = !this.open;
    emit<NcToggleDetail>(this, 'nc-toggle', { recommendation: this.recommendation ?? '', open: this.open });
  }

  protected override render(): TemplateResult {
    return this.renderLoaded(({ data, locale }) => {
      const id = this.recommendation;
      const entry = data.recommendations.find((r) => r.id === id);
      if (entry) return this.renderCard(entry, data, locale);
      return notFoundState(
        id
          ? msg(str`La recommandation «\u00a0${id}\u00a0» est introuvable.`, { id: 'card.unknownId' })
          : msg('Aucune recommandation n’est choisie.', { id: 'card.noId' }),
        locale,
      );
    });
  }

  private renderCard(r: Recommendation, data: ThemeData, locale: Locale): TemplateResult {
    const t = (text: LocalizedText, part?: string, cls?: string) => {
      const p = pick(text, locale);
      return html`<span part=${part ?? nothing} class=${cls ?? nothing} lang=${p.lang === locale ? nothing : p.lang}>${p.text}</span>`;
    };
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 3));
    const theme = data.themes.find((th) => th.id === r.theme);
    const title = this.easyRead ? r.easyRead.title : r.title;
    const summary = this.easyRead ? r.easyRead.summary : r.summary;
    const compact = this.variant === 'compact';
    const href = this.safeLink(this.href);
    // Hidden from sight, heard by screen readers: which card a « Détails » or « Lire la suite » belongs to.
    const colon = locale === 'fr' ? '\u00a0: ' : ': ';
    return html`<article part="card" class="card" lang=${locale} aria-labelledby="title">
      <p part="meta" class="meta">
        <span part="kind" class="kind kind-${r.kind}">${r.kind === 'recommandation' ? msg('Recommandation', { id: 'kind.recommandation' }) : msg('Constat', { id: 'kind.constat' })}</span>
        ${theme
          ? html`<span part="theme" class="theme"><span class="visually-hidden">${msg('Thème\u00a0:', { id: 'card.themeLabel' })} </span>${t(theme.title)}</span>`
          : nothing}
        ${this.easyRead ? html`<span class="easy">${msg('Facile à lire', { id: 'card.easyRead' })}</span>` : nothing}
      </p>
      <div role="heading" aria-level=${level} part="title" class="title" id="title" tabindex="-1" data-nc-focus>${t(title)}</div>
      <p part="summary" class="summary">${t(summary)}</p>
      ${compact
        ? html`<button type="button" part="toggle" class="toggle" aria-expanded=${this.open ? 'true' : 'false'} aria-controls="details" @click=${this.toggle}>
            ${msg('Détails', { id: 'card.details' })}<span class="visually-hidden">${colon}${t(title)}</span>
          </button>`
        : nothing}
      <div part="details" class="details" id="details" ?hidden=${compact && !this.open}>${this.renderDetails(r, data, locale, level + 1, t)}</div>
      ${href
        ? html`<a part="link" class="link" href=${href}>${msg('Lire la suite', { id: 'card.readMore' })}<span class="visually-hidden">${colon}${t(title)}</span></a>`
        : nothing}
    </article>`;
  }

  private renderDetails(
    r: Recommendation,
    data: ThemeData,
    locale: Locale,
    level: number,
    t: (text: LocalizedText, part?: string, cls?: string) => TemplateResult,
  ): TemplateResult {
    // HTML has no level 7: under a level-6 card heading, the sub-headings are bold labels.
    const sub = (text: string) =>
      level > 6 ? html`<p class="subtitle">${text}</p>` : html`<div role="heading" aria-level=${level} class="subtitle">${text}</div>`;
    const q = r.quote;
    const translation = q && locale !== 'fr' ? q.text[locale] : undefined;
    const s = data.source;
    return html`
      ${sub(msg('Ce que rapporte l’article', { id: 'card.reported' }))}
      <p>${t(r.reported)}</p>
      ${sub(msg('Ce qu’une institution peut faire', { id: 'card.actions' }))}
      <ul>
        ${r.actions.map(
          (a) => html`<li>
            ${t(a.text)}${a.origin === 'suggestion' ? html` <span class="origin">${msg('(suggestion de numerique-choisi, pas de l’article)', { id: 'card.suggestion' })}</span>` : nothing}
          </li>`,
        )}
      </ul>
      ${q
        ? html`<figure part="quote">
            <blockquote lang="fr"><p>«\u00a0${q.text.fr}\u00a0»</p></blockquote>
            ${translation
              ? html`<p class="translation"><span class="translation-label">${msg('Traduction\u00a0:', { id: 'card.translation' })}</span> <q>${translation}</q></p>`
              : nothing}
            <figcaption>— ${t(q.attribution)}</figcaption>
          </figure>`
        : nothing}
      ${s
        ? html`<p part="source" class="source">
            ${msg('Source\u00a0:', { id: 'card.source' })} <q>${t(s.title)}</q>, ${t(s.organiser)}${s.date ? html`, ${t(s.date)}` : nothing}.
          </p>`
        : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nc-recommendation-card': NcRecommendationCard;
  }
  interface GlobalEventHandlersEventMap {
    'nc-toggle': CustomEvent<NcToggleDetail>;
  }
}
