/**
 * What the finder says after the visitor acts: the count line (shown) and the announcement
 * (a polite live region). The announcement is composed from a `Speech` taken when the
 * visitor acted (a pause in typing, a suggestion chosen, a filter, « mettre à jour »), never
 * from a render the clock caused, so nothing is announced that nobody asked for.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Locale } from '../../data/model.js';
import type { Speech } from './counting.js';
import { speechText } from './speech.js';

/** The live region's text: set when the visitor acts (at once, or after a pause in typing), never by a render alone. */
export class Announcer implements ReactiveController {
  private speech?: Speech;
  private said = 0;
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Says what `what` gives (now, or after `delay` ms unless something else is said first). */
  say(delay: number, what: () => Speech | undefined): void {
    this.hostDisconnected();
    if (delay) {
      this.timer = setTimeout(() => this.say(0, what), delay);
      return;
    }
    this.speech = what();
    this.said++;
    this.host.requestUpdate();
  }

  /** Nothing said after the element left the page. */
  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /** The text to render: the same words said again get a trailing no-break space, or the live region would stay silent. */
  text(locale: Locale): string {
    return this.speech ? speechText(this.speech, locale) + (this.said % 2 ? '' : '\u00a0') : '';
  }
}

