/** The count line and what an announcement speaks of (see announce.ts). */
import type { Locale } from '../../data/model.js';
import { msg, plural, str } from '../../shared/i18n.js';
import { numberFormat } from './format.js';
import type { Found } from './find.js';
import type { OpenFilter } from './types.js';

/** What an announcement speaks of, taken when the visitor acted. */
export interface Speech {
  /** Counters found (with an « Ouvert » filter: open), and those whose hours are unknown. */
  rows: number;
  unknown: number;
  open: OpenFilter;
  /** With `open: 'at'`: the moment chosen. */
  at?: Date;
  /** The search the visitor's position replaced. */
  cleared?: string;
  /** The day and time were partly erased: no moment to speak of. */
  incomplete?: boolean;
}

export const speechOf = ({ rows, unknown }: Found, open: OpenFilter): Speech => ({ rows: rows.length, unknown: unknown.length, open });

/** « 3 guichets ouverts. 1 autre aux horaires inconnus, à vérifier par téléphone. » */
export function countText({ rows, unknown, open }: Pick<Speech, 'rows' | 'unknown' | 'open'>, locale: Locale): string {
  const num = numberFormat(locale, false);
  const ns = num.format(rows);
  const u = num.format(unknown);
  const found = open
    ? plural(rows, {
        one: () => msg(str`${ns} guichet ouvert`, { id: 'finder.openCount#one' }),
        other: () => msg(str`${ns} guichets ouverts`, { id: 'finder.openCount#other' }),
      })
    : plural(rows, {
        one: () => msg(str`${ns} guichet trouvé`, { id: 'finder.count#one' }),
        other: () => msg(str`${ns} guichets trouvés`, { id: 'finder.count#other' }),
      });
  if (!unknown) return found;
  const others = plural(unknown, {
    one: () => msg(str`${u} autre aux horaires inconnus, à vérifier par téléphone.`, { id: 'finder.unknownOthers#one' }),
    other: () => msg(str`${u} autres aux horaires inconnus, à vérifier par téléphone.`, { id: 'finder.unknownOthers#other' }),
  });
  return `${found}. ${others}`;
}

