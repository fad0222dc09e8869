/** How the results view writes a level and a score (part of the results chunk). */
import type { Locale } from '../../data/model.js';
import { msg } from '../../shared/i18n.js';
import type { LevelId, ThemeResult } from './scoring.js';

/** The level's name, as the user reads it. */
export function levelName(level: LevelId): string {
  switch (level) {
    case 'a-renforcer':
      return msg('À renforcer', { id: 'selfcheck.level.aRenforcer' });
    case 'en-chemin':
      return msg('En chemin', { id: 'selfcheck.level.enChemin' });
    case 'solide':
      return msg('Solide', { id: 'selfcheck.level.solide' });
    default:
      return msg('À clarifier en équipe', { id: 'selfcheck.level.aClarifier' });
  }
}

/** « 45 % », or « — » when nothing was scored. */
export const percentText = (locale: Locale, percent: number | null): string =>
  percent === null ? '—' : new Intl.NumberFormat(locale, { style: 'percent' }).format(percent / 100);

/** « 45 % (En chemin) », or the level alone when nothing was scored. */
export const outcome = (locale: Locale, r: ThemeResult): string =>
  r.percent === null ? levelName(r.level) : `${percentText(locale, r.percent)} (${levelName(r.level)})`;
