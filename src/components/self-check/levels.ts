/** How the results view writes a level and a score (part of the results chunk). */
import type { Locale } from '../../data/model.js';
import { msg } from '../../shared/i18n.js';
import type { LevelId, ThemeResult } from './scoring.js';

/**
 * The level's name, as the user reads it (easy-to-read words when asked). For a worker the
 * weakest level names the institution's conditions, never the worker.
 */
export function levelName(level: LevelId, easyRead = false, worker = false): string {
  if (worker && level === 'a-renforcer') {
    return easyRead
      ? msg('L’institution peut améliorer', { id: 'selfcheck.easy.level.worker' })
      : msg('Conditions à améliorer', { id: 'selfcheck.level.worker' });
  }
  if (easyRead) {
    switch (level) {
      case 'a-renforcer':
        return msg('À améliorer', { id: 'selfcheck.easy.level.aRenforcer' });
      case 'en-chemin':
        return msg('En progrès', { id: 'selfcheck.easy.level.enChemin' });
      case 'solide':
        return msg('Bien', { id: 'selfcheck.easy.level.solide' });
      default:
        return msg('À discuter en équipe', { id: 'selfcheck.easy.level.aClarifier' });
    }
  }
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
export const outcome = (locale: Locale, r: ThemeResult, easyRead = false, worker = false): string =>
  r.percent === null ? levelName(r.level, easyRead, worker) : `${percentText(locale, r.percent)} (${levelName(r.level, easyRead, worker)})`;
