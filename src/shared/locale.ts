import { LOCALES, SOURCE_LOCALE, type Locale } from '../data/model.js';

/**
 * Maps a BCP 47 language tag to a supported locale on its primary subtag
 * (`fr-BE` → `fr`, `nl-BE` → `nl`); anything else → `fr`.
 */
export function matchLocale(tag: string | null | undefined): Locale {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] as Locale;
  return LOCALES.includes(primary) ? primary : SOURCE_LOCALE;
}

/**
 * The `lang` that applies to `el`: its own, else the closest ancestor's (crossing
 * shadow roots to their hosts), which includes `<html lang>`; `null` if none.
 */
export function closestLang(el: Element): string | null {
  let node: Node | null = el;
  while (node) {
    if (node.nodeType === Node.ELEMENT_NODE) {
      const lang = (node as Element).getAttribute('lang');
      if (lang) return lang; // lang="" means "unknown": keep looking up
    }
    node = node.parentNode ?? (node as ShadowRoot).host ?? null;
  }
  return null;
}

/**
 * The tag for a widget locale's `Intl.DateTimeFormat`: Belgian conventions, so English reads
 * `en-BE` (24-hour clock « 9:00 », « 24 December 2024 »), not `en`, which is en-US (« 9:00 AM »,
 * « December 24, 2024 »). French, Dutch and German format the same with or without `-BE`.
 * Numbers keep the plain locale (English « 2.5 km », not the Belgian « 2,5 km »).
 */
export function dateTimeLocale(locale: Locale): string {
  return `${locale}-BE`;
}

/** The locale a widget renders in. */
export function resolveLocale(el: Element): Locale {
  return matchLocale(closestLang(el));
}

/** Something that re-reads its locale when a `lang` attribute changes. */
export interface LangListener {
  langChanged(): void;
}

const listeners = new Set<LangListener>();
const observedRoots = new WeakSet<Node>();
let observer: MutationObserver | undefined;

/**
 * Calls `listener.langChanged()` whenever a `lang` attribute changes anywhere in the
 * documents and shadow roots on `el`'s path. One observer serves every widget.
 */
export function watchLang(el: Element, listener: LangListener): void {
  observer ??= new MutationObserver(() => listeners.forEach((l) => l.langChanged()));
  listeners.add(listener);
  let root: Node = el.getRootNode();
  for (;;) {
    // 9: a document, 11: a shadow root (a detached fragment has no host)
    const isShadow = root.nodeType === 11 && !!(root as ShadowRoot).host;
    if (root.nodeType !== 9 && !isShadow) return;
    if (!observedRoots.has(root)) {
      observedRoots.add(root);
      observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
    if (!isShadow) return;
    root = (root as ShadowRoot).host.getRootNode();
  }
}

export function unwatchLang(listener: LangListener): void {
  listeners.delete(listener);
}
