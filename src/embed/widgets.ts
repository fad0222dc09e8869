/**
 * The four widgets' documented attributes, as the embed page and the configurator need them:
 * each attribute's kind and valid values, so that a query parameter can be checked before it
 * reaches a widget. Kept in step with the README's attribute tables (a test compares the names
 * with the attributes each element observes). Pure: no DOM.
 */
import { PARTNER_TYPES } from '../data/model.js';
import publicIds from '../data/public-ids.json';
import type { WidgetName } from './prerender.js';

export type { WidgetName };

export type Param =
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'bool' }
  | { kind: 'int'; min: number; max: number }
  | { kind: 'url' }
  /** A list of values separated by commas or spaces; `values` when the set is closed. */
  | { kind: 'list'; values?: readonly string[]; builtIn?: readonly string[] }
  /** A public id: any id of the right shape with `src`, else one of `builtIn`. */
  | { kind: 'id'; builtIn: readonly string[] }
  | { kind: 'text'; pattern: RegExp; max: number }
  | { kind: 'colour' };

export const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const LANGS = ['fr', 'nl', 'de', 'en'] as const;
export const SERVICES = ['aide-sociale', 'aide-numerique', 'documents-administratifs', 'sante', 'emploi', 'logement', 'energie', 'famille'] as const;
export const GUICHET_TYPES = ['cpas', 'administration-communale', 'epn', 'maison-medicale', 'service-social', 'bibliotheque', 'autre'] as const;

const common: Record<string, Param> = {
  lang: { kind: 'enum', values: LANGS },
  src: { kind: 'url' },
  timeout: { kind: 'int', min: 1000, max: 120000 },
};

/** Every documented attribute of each widget (README tables), by attribute name. */
export const WIDGETS: Record<WidgetName, Record<string, Param>> = {
  'recommendation-card': {
    recommendation: { kind: 'id', builtIn: publicIds.recommendations },
    variant: { kind: 'enum', values: ['full', 'compact'] },
    'easy-read': { kind: 'bool' },
    open: { kind: 'bool' },
    href: { kind: 'url' },
    'heading-level': { kind: 'int', min: 2, max: 6 },
    ...common,
  },
  'self-check': {
    audience: { kind: 'enum', values: ['travailleur', 'institution'] },
    themes: { kind: 'list', builtIn: publicIds.themes },
    'easy-read': { kind: 'bool' },
    'emit-results': { kind: 'bool' },
    'heading-level': { kind: 'int', min: 2, max: 6 },
    ...common,
  },
  'partner-list': {
    layout: { kind: 'enum', values: ['grid', 'list', 'inline'] },
    types: { kind: 'list', values: PARTNER_TYPES },
    sort: { kind: 'enum', values: ['data', 'name'] },
    'show-description': { kind: 'bool' },
    'heading-level': { kind: 'int', min: 2, max: 6 },
    // The list's name for assistive technology (three lists on one page need three names).
    label: { kind: 'text', pattern: /^[^<>]+$/u, max: 120 },
    ...common,
  },
  'guichet-finder': {
    format: { kind: 'enum', values: ['numerique-choisi', 'contacts-en-wallonie'] },
    commune: { kind: 'text', pattern: /^[\p{L}][\p{L}\p{M} '’.-]*$/u, max: 60 },
    'postal-code': { kind: 'text', pattern: /^[1-9][0-9]{3}$/, max: 4 },
    services: { kind: 'list', values: SERVICES },
    types: { kind: 'list', values: GUICHET_TYPES },
    'walk-in-only': { kind: 'bool' },
    'open-now': { kind: 'bool' },
    'closes-soon-minutes': { kind: 'int', min: 1, max: 240 },
    limit: { kind: 'int', min: 1, max: 100 },
    'sync-url': { kind: 'bool' },
    'json-ld': { kind: 'bool' },
    'heading-level': { kind: 'int', min: 2, max: 6 },
    // The finder's own heading text (in the page's words).
    heading: { kind: 'text', pattern: /^[^<>]+$/u, max: 120 },
    ...common,
  },
};

export const WIDGET_NAMES = Object.keys(WIDGETS) as WidgetName[];

/**
 * The three colour tokens the embed page and the configurator set (on the widget, through the
 * CSSOM: a strict `style-src 'self'` allows it): query parameter → custom property.
 */
export const COLOURS = {
  'color-primary': '--nc-color-primary',
  'color-surface': '--nc-color-surface',
  'color-text': '--nc-color-text',
} as const;

/**
 * The height (CSS px) the embed page is designed for, per widget, when the host sets it and runs
 * no script (Plone, iA.Smartweb): the widget scrolls inside below it, nothing is cut off.
 */
export const HEIGHTS: Record<WidgetName, number> = {
  'recommendation-card': 640,
  'self-check': 640,
  'partner-list': 560,
  'guichet-finder': 720,
};
