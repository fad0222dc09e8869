/**
 * A small harness per widget (in the spirit of Material Web's `testing/harness.ts`): reads
 * what a person sees in a widget's shadow root by its parts, instead of ad-hoc selectors.
 */
import { waitUntil } from '@open-wc/testing';
import { norm } from './helpers.js';

export type WidgetState = 'loading' | 'error' | 'not-found' | 'empty' | 'content';

export class WidgetHarness<T extends HTMLElement = HTMLElement> {
  constructor(
    readonly el: T,
    /** The part that only the loaded content has (the card's `title`). */
    readonly contentPart: string,
  ) {}

  get root(): ShadowRoot {
    if (!this.el.shadowRoot) throw new Error(`<${this.el.localName}> has no shadow root`);
    return this.el.shadowRoot;
  }

  /** Every element with `part` (one of its parts). */
  parts(part: string): HTMLElement[] {
    return [...this.root.querySelectorAll<HTMLElement>(`[part~="${part}"]`)];
  }

  /** The element with `part`, or null. */
  part(part: string): HTMLElement | null {
    return this.root.querySelector<HTMLElement>(`[part~="${part}"]`);
  }

  /** The element with `part`; throws (a clear failure) when there is none. */
  need(part: string): HTMLElement {
    const found = this.part(part);
    if (!found) throw new Error(`<${this.el.localName}> has no [part~="${part}"] (state: ${this.state()})`);
    return found;
  }

  /** The visible text of a part, white space collapsed ('' if the part is absent). */
  text(part: string): string {
    return norm(this.part(part)?.textContent);
  }

  /** The state the widget shows now. */
  state(): WidgetState {
    if (this.part('error')) return 'error';
    if (this.part('not-found')) return 'not-found';
    if (this.part('empty')) return 'empty';
    if (this.part(this.contentPart)) return 'content';
    return 'loading';
  }

  /** Waits until the widget shows `state`. */
  async until(state: WidgetState, timeout = 5000): Promise<void> {
    await waitUntil(() => this.state() === state, `<${this.el.localName}> never showed ${state} (now: ${this.state()})`, { timeout });
  }

  /** The language the widget's rendered root speaks (its first element with `lang`). */
  lang(): string | null {
    return this.root.querySelector('[lang]')?.getAttribute('lang') ?? null;
  }

  /** The `part` (or tag name) of the focused element inside the widget, '' if none. */
  focused(): string {
    const active = this.root.activeElement;
    return active ? (active.getAttribute('part') ?? active.localName) : '';
  }

  /** The elements assigned to the default slot (the fallback content the page wrote). */
  fallback(): Element[] {
    const slot = this.root.querySelector<HTMLSlotElement>('slot:not([name])');
    return slot ? slot.assignedElements() : [];
  }

  click(part: string): void {
    this.need(part).click();
  }
}
