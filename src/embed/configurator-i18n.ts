/**
 * The configurator's interface language (not the widget's `lang`, which is one of its settings):
 * chosen from `?ui=`, else the browser's languages, else French; applied to `<html lang>`, the
 * title and every element marked `data-i18n` in configurator.html, from configurator-strings.ts.
 *   data-i18n="id"               the element's text
 *   data-i18n-name="id"          the string that fills its `{name}`
 *   data-slot="x" (a child)      an element kept where the text says `{x}` (a `<code>`)
 *   data-i18n-placeholder="id"   an input's placeholder
 */
import type { Locale } from '../data/model.js';
import { logError } from '../util/log.js';
import { UI_LOCALES, UI_STRINGS, ui, type UiStringId } from './configurator-strings.js';

const isLocale = (l: string | null | undefined): l is Locale => !!l && (UI_LOCALES as readonly string[]).includes(l);
const known = (id: string | undefined): id is UiStringId => !!id && Object.hasOwn(UI_STRINGS, id);

/** `?ui=` when it is one of the four languages, else the first of the browser's languages among them, else French. */
export function initialUi(search: string, languages: readonly string[]): Locale {
  const asked = new URLSearchParams(search).get('ui');
  if (isLocale(asked)) return asked;
  for (const l of languages) {
    const primary = l.toLowerCase().split('-')[0];
    if (isLocale(primary)) return primary;
  }
  return 'fr';
}

function write(locale: Locale, el: HTMLElement, id: string): void {
  if (!known(id)) {
    logError('configurator', `no interface string "${id}" (configurator-strings.ts)`);
    return;
  }
  const name = el.dataset.i18nName;
  const text = ui(locale, id, known(name) ? { name: ui(locale, name) } : {});
  const slots = new Map([...el.querySelectorAll<HTMLElement>(':scope > [data-slot]')].map((s) => [s.dataset.slot!, s]));
  if (slots.size === 0) {
    el.textContent = text;
    return;
  }
  el.replaceChildren(...text.split(/\{(\w+)\}/).map((part, i) => (i % 2 ? (slots.get(part) ?? `{${part}}`) : part)));
}

/** Writes the page in `locale`; the form's values are not touched. */
export function applyUi(locale: Locale, doc: Document = document): void {
  doc.documentElement.lang = locale;
  doc.title = ui(locale, 'title');
  for (const el of doc.querySelectorAll<HTMLElement>('[data-i18n]')) write(locale, el, el.dataset.i18n!);
  for (const el of doc.querySelectorAll<HTMLInputElement>('[data-i18n-placeholder]')) {
    const id = el.dataset.i18nPlaceholder;
    if (known(id)) el.placeholder = ui(locale, id);
  }
}

/** Keeps the choice in the address (`?ui=nl`), so that a reload or a shared link opens in it. */
export function rememberUi(locale: Locale): void {
  const url = new URL(location.href);
  url.searchParams.set('ui', locale);
  history.replaceState(history.state, '', url);
}
