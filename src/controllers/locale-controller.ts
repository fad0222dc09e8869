import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Locale } from '../data/model.js';
import { resolveLocale, unwatchLang, watchLang, type LangListener } from '../shared/locale.js';

/**
 * The locale an element shows: its own `lang`, else the closest ancestor's (across shadow
 * roots), else `<html lang>`, else French. Any change of any of them updates the host.
 * (In the spirit of Spectrum's LanguageResolutionController, without its events: one
 * MutationObserver per document serves every widget.)
 */
export class LocaleController implements ReactiveController, LangListener {
  /** The resolved locale. */
  value: Locale = 'fr';

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    watchLang(this.host, this);
    this.langChanged();
  }

  hostDisconnected(): void {
    unwatchLang(this);
  }

  /** @internal Called when a `lang` attribute changes somewhere above. */
  langChanged(): void {
    const value = resolveLocale(this.host);
    if (value !== this.value) {
      this.value = value;
      this.host.requestUpdate();
    }
  }
}
