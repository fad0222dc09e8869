import type { Locale, LocalizedText } from '../data/model.js';

/** A localized text in `locale`, falling back to French; `lang` is the language it is really in. */
export interface Resolved {
  text: string;
  lang: Locale;
}

export function pick(t: LocalizedText, locale: Locale): Resolved {
  const text = t[locale];
  return text ? { text, lang: locale } : { text: t.fr, lang: 'fr' };
}

/**
 * Reads a list attribute (`types`, `services`, `themes`…) the one way every widget does:
 * items separated by spaces, commas or both, as a site writes them —
 * `types="commune service-communal"`, `types="commune,service-communal"` and
 * `types="commune, service-communal"` are the same list. Empty items are dropped; order and
 * repeats are kept; nothing is lower-cased or checked (each widget reports the ids it does not
 * know). No attribute, or an empty or blank one, is the empty list.
 */
export function parseList(value: string | null | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).filter(Boolean);
}
