import { LitElement, type PropertyValues, type TemplateResult } from 'lit';
import type { Locale } from '../data/model.js';
import type { LocaleController } from '../controllers/locale-controller.js';
import type { DataArgs, DataController, Loaded } from '../controllers/data-controller.js';
import type { SourceAdapter } from '../data/load.js';
import { messagesReady, withLocale } from '../shared/i18n.js';
import { errorState, loadingState } from '../shared/states.js';
import { VERSION } from '../shared/version.js';
import { base } from '../shared/styles.js';
import { safeUrl } from '../shared/url.js';

export type { NcErrorDetail } from '../controllers/data-controller.js';

/**
 * What every widget truly shares, and no more: the `src`, `data` and `timeout` properties,
 * rendering with the widget's own UI strings, the loading and error states, `retry()`, and an
 * `updateComplete` that waits for the data. It sits in the components layer, above the
 * controllers, and creates none: each widget composes its own `LocaleController` and
 * `DataController` (with its packs and UI strings), which this class then uses.
 * A widget writes its own `render()`, usually `this.renderLoaded((loaded) => …)`.
 */
export abstract class NcElement extends LitElement {
  static readonly version = VERSION;
  static override styles = [base];

  static override properties = {
    src: { type: String, reflect: true },
    data: { attribute: false },
    timeout: { type: Number, reflect: true },
  };

  /** URL of a data file of the site's own (JSON, format version 1). Collections it leaves out fall back to the built-in ones. */
  declare src: string | undefined;
  /** Data given directly, in the same shape as a data file; wins over `src`. Set it back to `null` to use `src` or the built-in data again. */
  declare data: unknown;
  /** How long to wait for `src`, in milliseconds, when the server sends nothing (no response, or no progress): then the error state with its retry button. Default 10000. */
  declare timeout: number | undefined;

  /** @internal The locale from `lang` (own, closest, page): the widget's own controller. */
  protected abstract readonly localization: LocaleController;
  /** @internal The data, shown by state: the widget's own controller, with its packs and UI strings. */
  protected abstract readonly loader: DataController;

  /** @internal What the widget's data controller reads before each update (its `args`). */
  protected dataArgs(): DataArgs {
    return { locale: this.localization.value, src: this.src, data: this.data, timeout: this.timeout, adapt: this.sourceAdapter };
  }

  /**
   * @internal How to read `src` or `data` when it is in another format (e.g. a commune's
   * directory export); `undefined` for the library's own format. Return a module-level
   * function: a new function starts a new load.
   */
  protected get sourceAdapter(): SourceAdapter | undefined {
    return undefined;
  }

  /**
   * @internal `url` if it is safe in an `href` (http(s), mailto:, tel: or relative), resolved
   * against the element's base URL; else `undefined`. (Here, in the code every widget shares,
   * rather than in a chunk of its own: on a one-card page that chunk was one request more, a
   * seventh beside the loader, which an HTTP/1.1 host's six connections made wait a round trip.)
   */
  protected safeLink(url: string | null | undefined): string | undefined {
    return safeUrl(url, this.baseURI);
  }

  private focusAfterLoad = false;

  /** Loads the data again (after an error). The focus then goes to the widget's heading, or to the error if it failed again. */
  retry(): void {
    this.focusAfterLoad = true;
    this.loader.retry();
  }

  /** Resolves once the element has rendered with its data (or its error); always settles. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.loader.running) {
      await this.loader.settled;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /** The locale whose strings the current render uses. */
  protected get renderLocale(): Locale {
    const locale = this.localization.value;
    return this.loader.value?.locale ?? (messagesReady(locale, this.loader.messages) ? locale : 'fr');
  }

  protected override update(changed: PropertyValues): void {
    withLocale(this.renderLocale, () => super.update(changed));
  }

  protected override updated(_changed: PropertyValues): void {
    if (this.focusAfterLoad && !this.loader.running && this.loader.status !== 'pending') {
      this.focusAfterLoad = false;
      this.renderRoot.querySelector<HTMLElement>('[data-nc-focus]')?.focus();
    }
  }

  /** The shared loading and error states around the widget's own content. */
  protected renderLoaded(content: (loaded: Loaded) => TemplateResult): TemplateResult {
    const locale = this.renderLocale;
    return this.loader.render({
      pending: () => loadingState(locale, messagesReady(this.localization.value, this.loader.messages)),
      error: (error) => errorState(error, locale, () => this.retry()),
      complete: content,
    });
  }
}
