import { LitElement, type PropertyValues, type TemplateResult } from 'lit';
import type { Locale } from '../data/model.js';
import type { Pack } from '../data/packs.js';
import { LocaleController } from '../controllers/locale-controller.js';
import { DataController, type Loaded } from '../controllers/data-controller.js';
import type { SourceAdapter } from '../data/load.js';
import { messagesReady, withLocale, type MessagePack } from './i18n.js';
import { errorState, loadingState } from './states.js';
import { VERSION } from './version.js';
import { base } from './styles.js';

export type { NcErrorDetail } from '../controllers/data-controller.js';

/**
 * What every widget truly shares, and no more: the `src`, `data` and `timeout` properties,
 * a locale controller and a data controller built from the class's `packs`, rendering with
 * the widget's own UI strings, `retry()`, and an `updateComplete` that waits for the data.
 * A widget writes its own `render()`, usually `this.renderLoaded((loaded) => …)`.
 */
export abstract class NcElement extends LitElement {
  static readonly version = VERSION;
  static override styles = [base];
  /** @internal The built-in data packs the widget shows (each downloads only its own). */
  static packs: readonly Pack[] = [];
  /** @internal The widget's UI strings (src/shared/message-packs.ts): each widget downloads only its own. */
  static messages: MessagePack | undefined = undefined;

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

  /** @internal The locale from `lang` (own, closest, page). */
  protected readonly localization = new LocaleController(this);
  /** @internal The data, shown by state. */
  protected readonly loader = new DataController(this, {
    packs: (this.constructor as typeof NcElement).packs,
    messages: (this.constructor as typeof NcElement).messages,
    args: () => ({ locale: this.localization.value, src: this.src, data: this.data, timeout: this.timeout, adapt: this.sourceAdapter }),
  });

  /**
   * @internal How to read `src` or `data` when it is in another format (e.g. a commune's
   * directory export); `undefined` for the library's own format. Return a module-level
   * function: a new function starts a new load.
   */
  protected get sourceAdapter(): SourceAdapter | undefined {
    return undefined;
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
    return this.loader.value?.locale ?? (messagesReady(locale, (this.constructor as typeof NcElement).messages) ? locale : 'fr');
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
      pending: () => loadingState(locale, messagesReady(this.localization.value, (this.constructor as typeof NcElement).messages)),
      error: (error) => errorState(error, locale, () => this.retry()),
      complete: content,
    });
  }
}
