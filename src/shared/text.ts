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
