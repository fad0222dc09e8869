import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import type { Locale, ThemeData } from '../data/model.js';
import type { Pack } from '../data/packs.js';
import { DataLoadError, DEFAULT_TIMEOUT, loadData, type SourceAdapter } from '../data/load.js';
import { loadMessages, type MessagePack } from '../shared/i18n.js';
import { emit } from '../shared/events.js';
import { logError } from '../util/log.js';

/** Detail of `nc-error`. */
export interface NcErrorDetail {
  reason: DataLoadError['reason'];
  /** The URL, `data property` or `built-in data (<pack>.<locale>)`. */
  source: string;
  status?: number;
}

/** Where a load stands (as `@lit/task`'s TaskStatus, without `initial`: a widget always loads). */
export type LoadStatus = 'pending' | 'complete' | 'error';

/** What the host gives the controller each update: where its data comes from. */
export interface DataArgs {
  locale: Locale;
  /** `src`, as written (resolved against the element's base URL). */
  src?: string | null;
  data?: unknown;
  /** ms; `DEFAULT_TIMEOUT` when not set. */
  timeout?: number;
  /** Reads `src` or `data` in another format before validation (a stable function: a new one is a new load). */
  adapt?: SourceAdapter;
}

/** The data shown and the locale it is in (they change together). */
export interface Loaded {
  locale: Locale;
  data: ThemeData;
}

export interface DataControllerOptions {
  /** The built-in packs the widget shows. */
  packs: readonly Pack[];
  /** The widget's UI strings. */
  messages?: MessagePack;
  /** Read before each update: a change of any value starts a new load. */
  args: () => DataArgs;
}

/**
 * Loads a widget's data, shaped like `@lit/task`: `status` pending / complete / error,
 * `render({ pending, complete, error })`, an `AbortSignal` per load. A load starts when the
 * locale, `src`, `data` or `timeout` changes; it is aborted when they change again or the
 * host leaves the page (and started again when it comes back). UI strings of the locale load
 * beside the data, so the error state too speaks the widget's language. `settled` always
 * resolves: `src` requests time out, aborted loads settle at once.
 */
export class DataController implements ReactiveController {
  status: LoadStatus = 'pending';
  /** The last data shown; kept while a new load (another locale) is pending. */
  value: Loaded | undefined;
  error: DataLoadError | undefined;
  /** Resolves when the current load has settled (completed, failed or been aborted). */
  settled: Promise<void> = Promise.resolve();
  /** Counts completed loads: a widget reports problems with its data or attributes once per load, not per render. */
  loads = 0;

  private key: unknown[] = [];
  private abort: AbortController | undefined;
  private run = 0;
  private fresh = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: DataControllerOptions,
  ) {
    host.addController(this);
  }

  /** The widget's UI strings (loaded with each locale's data). */
  get messages(): MessagePack | undefined {
    return this.options.messages;
  }

  /** True while a load is under way. */
  get running(): boolean {
    return !!this.abort;
  }

  hostConnected(): void {
    this.host.requestUpdate(); // back on the page: load what changed meanwhile
  }

  hostUpdate(): void {
    if (!this.host.isConnected) return; // nothing is fetched for an element off the page
    const { locale, src, data, timeout, adapt } = this.options.args();
    const url = src ? new URL(src, this.host.baseURI).href : undefined;
    const key = [locale, url, data, timeout, adapt];
    if (key.length === this.key.length && key.every((v, i) => v === this.key[i])) return;
    this.key = key;
    this.start(locale, url, data, timeout, adapt);
  }

  hostDisconnected(): void {
    if (!this.abort) return;
    this.abort.abort();
    this.abort = undefined;
    this.run++;
    this.key = []; // back on the page: load again
  }

  /** Loads again, forgetting a failed `src` (the retry button). */
  retry(): void {
    this.fresh = true; // the next load fetches a failed `src` again
    this.key = [];
    this.error = undefined;
    this.status = 'pending';
    this.host.requestUpdate();
  }

  private start(locale: Locale, src: string | undefined, data: unknown, timeout: number | undefined, adapt: SourceAdapter | undefined): void {
    // The previous load is aborted after the new one has asked for its file: when only the
    // language changed, the same `src` request goes on (a site's file is the same in every language).
    const previous = this.abort;
    const controller = (this.abort = new AbortController());
    const run = ++this.run;
    this.status = 'pending';
    this.error = undefined;
    // Strings fall back to French if their file fails; once loaded, the loading state speaks the locale.
    const messages = loadMessages(locale, this.options.messages).then(
      () => run === this.run && this.host.requestUpdate(),
      () => undefined,
    );
    const fresh = this.fresh;
    this.fresh = false;
    const loaded = loadData({
      locale,
      packs: this.options.packs,
      src,
      data,
      signal: controller.signal,
      timeout: timeout && timeout > 0 ? timeout : DEFAULT_TIMEOUT,
      adapt,
      fresh,
    }).catch(async (error: unknown) => {
      // A failure waits for the strings too, so that the alert is announced in the widget's language.
      await messages;
      throw error;
    });
    previous?.abort();
    this.settled = Promise.all([loaded, messages]).then(
      ([d]) => {
        if (run !== this.run) return;
        this.abort = undefined;
        this.status = 'complete';
        this.value = { locale, data: d };
        this.loads++;
        this.host.requestUpdate();
      },
      (error: unknown) => {
        if (run !== this.run) return; // aborted: a newer load or none at all
        this.abort = undefined;
        this.status = 'error';
        this.value = undefined;
        if (!(error instanceof DataLoadError)) logError(src ?? 'data property', 'could not be shown:', error);
        this.error = error instanceof DataLoadError ? error : new DataLoadError('format', src ?? 'data property');
        this.host.requestUpdate();
        emit<NcErrorDetail>(this.host, 'nc-error', {
          reason: this.error.reason,
          source: this.error.source,
          ...(this.error.status !== undefined && { status: this.error.status }),
        });
      },
    );
  }

  /**
   * Renders by state: `complete` with the data (also while a newer load is pending, so a
   * change of language does not flash the loading state), else `pending` or `error`.
   */
  render(renderers: {
    pending: () => TemplateResult;
    error: (error: DataLoadError) => TemplateResult;
    complete: (loaded: Loaded) => TemplateResult;
  }): TemplateResult {
    if (this.status === 'error' && this.error) return renderers.error(this.error);
    if (this.value && (this.status === 'complete' || this.running)) return renderers.complete(this.value);
    return renderers.pending();
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'nc-error': CustomEvent<NcErrorDetail>;
  }
}
