/** The finder's words for services and types. */
import type { Guichet, GuichetType } from '../../data/model.js';
import { msg } from '../../shared/i18n.js';
import { parseList as split } from '../../shared/text.js';
import { logError } from '../../util/log.js';

const services: Record<string, () => string> = {
  'aide-sociale': () => msg('Aide sociale', { id: 'finder.service.aide-sociale' }),
  'aide-numerique': () => msg('Aide numérique', { id: 'finder.service.aide-numerique' }),
  'documents-administratifs': () => msg('Documents administratifs', { id: 'finder.service.documents-administratifs' }),
  sante: () => msg('Santé', { id: 'finder.service.sante' }),
  emploi: () => msg('Emploi', { id: 'finder.service.emploi' }),
  logement: () => msg('Logement', { id: 'finder.service.logement' }),
  energie: () => msg('Énergie', { id: 'finder.service.energie' }),
  famille: () => msg('Famille', { id: 'finder.service.famille' }),
};
const types: Record<GuichetType, () => string> = {
  cpas: () => msg('CPAS', { id: 'finder.type.cpas' }),
  'administration-communale': () => msg('Administration communale', { id: 'finder.type.administration-communale' }),
  epn: () => msg('Espace public numérique', { id: 'finder.type.epn' }),
  'maison-medicale': () => msg('Maison médicale', { id: 'finder.type.maison-medicale' }),
  'service-social': () => msg('Service social', { id: 'finder.type.service-social' }),
  bibliotheque: () => msg('Bibliothèque', { id: 'finder.type.bibliotheque' }),
  autre: () => msg('Autre', { id: 'finder.type.autre' }),
};

/** The services the library names (a site's data may offer others). */
export const SERVICES = Object.keys(services);
/** The counter types, in the order of the « Type de lieu » options. */
export const TYPES = Object.keys(types) as GuichetType[];
export const serviceLabel = (id: string): string => services[id]?.() ?? id;
export const typeLabel = (t: string): string => types[t as GuichetType]?.() ?? t;

/** Reports (console) a `services` value no counter offers and a `types` value that is no type. */
export function checkLists(tag: string, services: string | undefined, types: string | undefined, guichets: readonly Guichet[]): void {
  for (const s of split(services)) if (!SERVICES.includes(s) && !guichets.some((g) => g.services.includes(s))) logError(tag, `services: "${s}" is offered by no counter.`);
  for (const t of split(types)) if (!TYPES.includes(t as GuichetType)) logError(tag, `types: unknown type "${t}". Valid types: ${TYPES.join(', ')}.`);
}
