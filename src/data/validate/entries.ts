/** The check of one entry of each collection, and of a file's `source`. */
import type { CollectionName } from '../model.js';
import { arrayOf, boolean, date, geoPoint, httpUrl, id, imageUrl, integerIn, localized, numberIn, object, oneOf, pattern, text, uniqueOneOf, type Check } from './checks.js';
import { fromTo, hours } from './hours.js';

/** The check of one entry of each collection. */
export const entryChecks: Record<CollectionName, Check> = {
  themes: object({ id, title: localized, description: localized }),
  recommendations: object({
    id,
    kind: oneOf('recommandation', 'constat'),
    theme: id,
    title: localized,
    summary: localized,
    reported: localized,
    actions: arrayOf(object({ text: localized, origin: oneOf('article', 'suggestion') }), 1),
    'quote?': object({ text: localized, attribution: localized }),
    easyRead: object({ title: localized, summary: localized }),
  }),
  partners: object({
    id,
    name: localized,
    'shortName?': text,
    type: oneOf('promotion-sante', 'integration', 'federation', 'centre-de-sante', 'reseau-social', 'service-communal', 'commune'),
    role: localized,
    'description?': localized,
    'url?': httpUrl,
    'logo?': imageUrl,
    'languages?': arrayOf(oneOf('fr', 'de', 'en', 'nl')),
  }),
  questions: object({
    id,
    theme: id,
    basis: id,
    audiences: uniqueOneOf('travailleur', 'institution'),
    weight: integerIn(1, 3),
    text: localized,
    easyRead: localized,
    scores: object({ oui: numberIn(0, 1), 'en-partie': numberIn(0, 1), non: numberIn(0, 1) }),
    'scored?': boolean,
  }),
  guichets: object({
    id,
    name: localized,
    example: boolean,
    type: oneOf('cpas', 'administration-communale', 'epn', 'maison-medicale', 'service-social', 'bibliotheque', 'autre'),
    services: arrayOf(id),
    'otherServices?': arrayOf(localized),
    'publics?': arrayOf(localized),
    address: object({ 'street?': localized, postalCode: pattern(/^[1-9][0-9]{3}$/, 'a Belgian postal code (4 digits)'), city: localized }),
    'geo?': geoPoint,
    'phone?': pattern(/^\+[0-9]{6,15}$/, 'a phone number in international form, e.g. +3210000000'),
    'email?': pattern(/^[^@\s]+@[^@\s]+$/, 'an e-mail address'),
    'url?': httpUrl,
    'hours?': hours,
    'walkIn?': hours,
    'periods?': arrayOf(fromTo(object({ name: localized, from: date, to: date, 'hours?': hours, 'walkIn?': hours }))),
    'closures?': arrayOf(fromTo(object({ from: date, 'to?': date, 'reason?': localized }))),
    'accessibility?': object({ 'stepFree?': boolean, 'hearingLoop?': boolean, 'languages?': arrayOf(pattern(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'a language code (fr, nl, de, en…)')) }),
    'notes?': localized,
  }),
  communes: object({
    id,
    name: localized,
    postalCodes: arrayOf(pattern(/^[1-9][0-9]{3}$/, 'a Belgian postal code (4 digits)'), 1),
    center: geoPoint,
  }),
};

// Not imported from model.ts: this module is a lazy chunk and must not share one with the main file.
export const COLLECTIONS = Object.keys(entryChecks) as CollectionName[];

export const sourceCheck = object({ title: localized, organiser: localized, 'date?': localized, 'url?': httpUrl });
