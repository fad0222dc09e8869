import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Locale, ThemeData } from '../data/model.js';
import { DataLoadError, forget, loadData } from '../data/load.js';
import { loadMessages, messagesReady, msg, str, withLocale } from './i18n.js';
import { resolveLocale, unwatchLang, watchLang, type LangListener } from './locale.js';
import { emit } from './events.js';
import { VERSION } from './version.js';
import { base } from './styles.js';

/** Detail of `nc-error`. */
export interface NcErrorDetail {
  reason: DataLoadError['reason'];
  /** The URL or `data property`. */
  source: string;
  status?: number;
}

/**
 * What every widget shares: its locale (own `lang`, else the closest ancestor's across
 * shadow roots, else `fr`, re-rendered when any of them changes), its data (built-in,
 * `src` or `data`) and the loading and error states. One level of inheritance, no more.
 */
export abstract class NcElement extends LitElement implements LangListener {
  static readonly version = VERSION;
  static override styles = [base];

  static override properties = {
    src: { type: String, reflect: true },
    data: { attribute: false },
    locale: { state: true },
    shown: { state: true },
    failure: { state: true },
  };

  /** URL of a data file of the site's own (JSON, format version 1). Collections it leaves out fall back to the built-in ones. */
  declare src: string | undefined;
  /** Data given directly, in the same shape as a data file; wins over `src`. Set it back to `null` to use `src` or the built-in data again. */
  declare data: unknown;
  /** @internal The locale this element should show. */
  protected declare locale: Locale;
  /** @internal The locale and data being shown (they change together, once both are loaded). */
  protected declare shown: { locale: Locale; data: ThemeData } | undefined;
  /** @internal Why the data could not be loaded. */
  protected declare failure: DataLoadError | undefined;

  private pending: Promise<void> | undefined;
  private request = 0;
  private focusAfterLoad = false;

  constructor() {
    super();
    this.locale = 'fr';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    watchLang(this);
    this.langChanged();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchLang(this);
  }

  /** @internal Called when a `lang` attribute changes somewhere above. */
  langChanged(): void {
    this.locale = resolveLocale(this);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('locale') || changed.has('src') || changed.has('data')) this.load();
  }

  /** `src` resolved against the page. */
  private get srcUrl(): string | undefined {
    return this.src ? new URL(this.src, this.baseURI).href : undefined;
  }

  private load(): void {
    const request = ++this.request;
    const locale = this.locale;
    const src = this.srcUrl;
    // Strings fall back to French if their file fails; once loaded, the loading state speaks the locale.
    const messages = loadMessages(locale).then(
      () => request === this.request && !this.shown && this.requestUpdate(),
      () => undefined,
    );
    // A failure waits for the strings too, so that the error shows in the widget's language.
    const data = loadData({ locale, src, data: this.data }).catch(async (error: unknown) => {
      await messages;
      throw error;
    });
    this.pending = Promise.all([data, messages]).then(
      ([d]) => {
        if (request !== this.request) return;
        this.pending = undefined; // settled: the render below may move the focus (retry)
        this.failure = undefined;
        this.shown = { locale, data: d };
      },
      (error: unknown) => {
        if (request !== this.request) return;
        this.pending = undefined;
        this.failure = error instanceof DataLoadError ? error : new DataLoadError('format', src ?? 'data property');
        this.shown = undefined;
        emit<NcErrorDetail>(this, 'nc-error', {
          reason: this.failure.reason,
          source: this.failure.source,
          ...(this.failure.status !== undefined && { status: this.failure.status }),
        });
      },
    );
  }

  /** Loads the data again (after a failed `src`). */
  retry(): void {
    if (this.srcUrl) forget(this.srcUrl);
    this.focusAfterLoad = true;
    this.failure = undefined;
    this.load();
    this.requestUpdate();
  }

  /** Resolves once the element has rendered with its data (or its error). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.pending) {
      await this.pending;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /** The locale whose strings the current render uses. */
  protected get renderLocale(): Locale {
    return this.shown?.locale ?? (messagesReady(this.locale) ? this.locale : 'fr');
  }

  protected override update(changed: PropertyValues): void {
    withLocale(this.renderLocale, () => super.update(changed));
  }

  protected override updated(_changed: PropertyValues): void {
    if (this.focusAfterLoad && !this.pending) {
      this.focusAfterLoad = false;
      const target = this.renderRoot.querySelector<HTMLElement>('[data-nc-focus]');
      target?.focus();
    }
  }

  protected override render(): TemplateResult {
    if (this.failure) return this.renderFailure(this.failure);
    if (!this.shown) {
      return html`<div part="loading" aria-busy="true" lang=${this.renderLocale}>
        <slot>${messagesReady(this.locale) ? html`<p class="state">${msg('Chargement…', { id: 'state.loading' })}</p>` : nothing}</slot>
      </div>`;
    }
    return this.renderContent(this.shown.data, this.shown.locale);
  }

  private renderFailure(failure: DataLoadError): TemplateResult {
    const detail =
      failure.reason === 'http'
        ? msg(str`Le serveur a répondu par l’erreur ${failure.status}.`, { id: 'error.http' })
        : failure.reason === 'network'
          ? msg('Le réseau ne répond pas.', { id: 'error.network' })
          : failure.reason === 'json'
            ? msg('Le fichier de données n’est pas du JSON valide.', { id: 'error.json' })
            : msg('Le fichier de données n’a pas le format attendu.', { id: 'error.format' });
    return html`<div class="state error" part="error" role="alert" lang=${this.renderLocale}>
        <p data-nc-focus tabindex="-1"><strong>${msg('Les informations n’ont pas pu être chargées.', { id: 'error.title' })}</strong> ${detail}</p>
        <button type="button" part="retry-button" @click=${this.retry}>${msg('Réessayer', { id: 'error.retry' })}</button>
      </div>
      <slot></slot>`;
  }

  /** Renders the widget once its data and strings are loaded. */
  protected abstract renderContent(data: ThemeData, locale: Locale): TemplateResult;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'nc-error': CustomEvent<NcErrorDetail>;
  }
}
