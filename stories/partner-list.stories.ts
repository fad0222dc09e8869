import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/define/partner-list.js';
import { PARTNER_TYPES, type Locale } from '../src/data/model.js';

/**
 * The stories write the element directly with lit's `html`. The toolbar's language sets
 * `lang` on a wrapper (the "host page", see .storybook/preview.ts); the list follows it.
 */

interface ListArgs {
  layout: 'grid' | 'list' | 'inline';
  types?: string;
  sort: 'data' | 'name';
  'show-description': boolean;
  'heading-level': number;
  label?: string;
  timeout?: number;
  src?: string;
  data?: unknown;
  /** Actions, from the manifest's events. */
  onNcError?: (event: Event) => void;
}

/** The partners by their names in src/data/default/fr.json (the organiser's short name is the only one the data gives). */
const PARTNERS = [
  'CLPS-Bw',
  'Centre Régional d’Intégration du Brabant wallon',
  'Fédération des Maisons Médicales',
  'Maison Médicale Espace Santé à Ottignies',
  'Relais Social du Brabant wallon',
  'Service de Cohésion et Prévention sociales de la Ville d’Ottignies-Louvain-la-Neuve',
  'Ville de Wavre',
].join(', ');

/** The host page's own fallback content: the partners as plain text. */
const FALLBACK: Record<Locale, string> = {
  fr: `Les partenaires de la journée : ${PARTNERS}.`,
  nl: `De partners van de studiedag: ${PARTNERS}.`,
  de: `Die Partner des Studientags: ${PARTNERS}.`,
  en: `The event partners: ${PARTNERS}.`,
};

const localeOf = (globals: Record<string, unknown>): Locale => (globals.locale as Locale | undefined) ?? 'fr';

/** One list from the args. `lang` is set on the element only when a story needs a fixed language. */
const list = (args: ListArgs, locale: Locale, lang?: Locale): TemplateResult => html`<nc-partner-list
  layout=${args.layout}
  types=${ifDefined(args.types || undefined)}
  sort=${args.sort}
  ?show-description=${args['show-description']}
  heading-level=${args['heading-level']}
  label=${ifDefined(args.label || undefined)}
  src=${ifDefined(args.src || undefined)}
  timeout=${ifDefined(args.timeout)}
  lang=${ifDefined(lang)}
  .data=${args.data}
  @nc-error=${args.onNcError}
  ><p>${FALLBACK[lang ?? locale]}</p></nc-partner-list
>`;

/**
 * A site's own partners (fictitious: « Commune-Exemple »), with logos served from this
 * Storybook (stories/fixtures/partner-logos/, no other origin), descriptions in French and
 * Dutch, and the languages each serves people in. One has no logo: it gets an initials badge.
 */
const siteData = {
  formatVersion: 1,
  partners: [
    {
      id: 'cpas-exemple',
      name: { fr: 'CPAS de Commune-Exemple', nl: 'OCMW van Commune-Exemple' },
      shortName: 'CPAS',
      type: 'service-communal',
      role: { fr: 'accueil sans rendez-vous le mardi matin', nl: 'onthaal zonder afspraak op dinsdagochtend' },
      description: {
        fr: 'Aide sociale, aide aux démarches administratives. Exemple fictif.',
        nl: 'Sociale hulp, hulp bij administratieve stappen. Fictief voorbeeld.',
      },
      url: 'https://www.example.org/cpas',
      logo: 'fixtures/partner-logos/cpas.svg',
      languages: ['fr', 'nl'],
    },
    {
      id: 'epn-exemple',
      name: { fr: 'Espace public numérique de Commune-Exemple' },
      shortName: 'EPN',
      type: 'service-communal',
      role: { fr: 'aide aux outils numériques', nl: 'hulp bij digitale hulpmiddelen' },
      description: { fr: 'Des ordinateurs en accès libre et une personne pour aider. Exemple fictif.' },
      logo: 'fixtures/partner-logos/epn.svg',
      languages: ['fr'],
    },
    {
      id: 'bibliotheque-exemple',
      name: { fr: 'Bibliothèque communale' },
      type: 'commune',
      role: { fr: 'partenaire', nl: 'partner', de: 'Partner', en: 'partner' },
      logo: 'fixtures/partner-logos/bibliotheque.svg',
    },
    {
      id: 'maison-medicale-exemple',
      name: { fr: 'Maison médicale du Centre' },
      type: 'centre-de-sante',
      role: { fr: 'partenaire', nl: 'partner', de: 'Partner', en: 'partner' },
      description: { fr: 'Médecine générale, soins infirmiers. Pas de logo : un badge d’initiales. Exemple fictif.' },
      languages: ['fr', 'en'],
    },
  ],
};

const meta: Meta<ListArgs> = {
  title: 'Components/Partner list',
  component: 'nc-partner-list',
  tags: ['autodocs'],
  render: (args, { globals }) => list(args, localeOf(globals)),
  args: {
    layout: 'grid',
    sort: 'data',
    'show-description': false,
    'heading-level': 3,
  },
  // Every attribute, property, event, slot, part and CSS custom property, with its control,
  // comes from custom-elements.json (.storybook/preview.ts). Only what the manifest cannot
  // say is added here: the members of the `PartnerLayout` and `PartnerSort` aliases (the
  // analyzer does not expand type aliases), the valid types listed in the description of
  // `types`, and the 2–6 range of `heading-level`.
  argTypes: {
    layout: { control: 'inline-radio', options: ['grid', 'list', 'inline'] },
    sort: { control: 'inline-radio', options: ['data', 'name'] },
    types: { control: 'text', description: `Comma-separated types: ${PARTNER_TYPES.join(', ')}.` },
    'heading-level': { control: { type: 'number', min: 2, max: 6, step: 1 } },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Each story wraps the list in a "host page" whose `lang` follows the toolbar (fr, nl, de, en) and whose ' +
          'theme follows the Theme menu. The slot holds the host page’s own fallback text, visible before the ' +
          'script runs, while the data loads and beside an error.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<ListArgs>;

// ---------------------------------------------------------------- layouts

/** The seven partners of the day, in columns: name, type, role, initials badges, Ville de Wavre’s website. */
export const Grid: Story = {};

/** One under the other, the badge beside the name. */
export const List: Story = {
  args: { layout: 'list' },
};

/** The names on a line, for a footer or a credits line; the name with a website is the link. */
export const Inline: Story = {
  args: { layout: 'inline' },
};

/** `sort="name"`: alphabetical with `Intl.Collator` in the widget’s language (accents sort with their letter). */
export const SortedByName: Story = {
  name: 'Sorted by name',
  args: { sort: 'name', layout: 'list' },
};

/** `types="commune,service-communal"`: only the communes and their services, with the count. */
export const FilteredByType: Story = {
  name: 'Filtered by type',
  args: { types: 'commune,service-communal' },
};

/**
 * Three lists on one page, each named with `label` (the name a screen reader gives each list),
 * and a filter of the host page's own that sets `types`: the new count (« 2 partenaires ») is
 * said in the list's live region.
 */
export const SeveralOnOnePage: Story = {
  name: 'Several on one page, named; a host filter',
  render: (args, { globals }) => {
    const locale = localeOf(globals);
    const choose = (event: Event) => {
      const select = event.target as HTMLSelectElement;
      const el = select.closest('section')?.querySelector('nc-partner-list');
      if (el) el.types = select.value;
    };
    return html`<section>
        <label>Type <select @change=${choose}>
          <option value="">—</option>
          ${PARTNER_TYPES.map((t) => html`<option value=${t}>${t}</option>`)}
          <option value="commune,service-communal">commune, service-communal</option>
        </select></label>
        ${list({ ...args, label: 'Partenaires de la journée' }, locale)}
      </section>
      ${list({ ...args, layout: 'list', types: 'service-communal,commune', label: 'Services communaux' }, locale)}
      ${list({ ...args, layout: 'inline', label: 'Avec le soutien de' }, locale)}`;
  },
};

// ---------------------------------------------------------------- logos and descriptions

/** A site’s own partners with logos (lazy, `alt=""`: the name stands beside each); one without a logo gets initials. */
export const WithLogos: Story = {
  name: 'With logos (site data)',
  args: { data: siteData },
};

/** The same in `list`, with `show-description` and the languages each partner serves people in. */
export const WithDescriptions: Story = {
  name: 'With logos and descriptions (site data)',
  args: { data: siteData, layout: 'list', 'show-description': true },
};

/** The site’s partners without logos or descriptions: initials badges only. */
export const WithoutLogos: Story = {
  name: 'Without logos or descriptions (site data)',
  args: {
    data: { ...siteData, partners: siteData.partners.map(({ logo: _logo, description: _description, ...p }) => p) },
  },
};

// ---------------------------------------------------------------- languages

/** The four languages side by side (the toolbar’s language does not apply): types and roles translated, names in French marked `lang="fr"`. */
export const EveryLocale: Story = {
  name: 'Every language (fr, nl, de, en)',
  args: { layout: 'list' },
  render: (args, { globals }) => html`<div class="nc-sb-columns">
    ${(['fr', 'nl', 'de', 'en'] as const).map(
      (lang) => html`<section lang=${lang} aria-labelledby="sb-${lang}">
        <h2 id="sb-${lang}">${{ fr: 'Français', nl: 'Nederlands', de: 'Deutsch', en: 'English' }[lang]}</h2>
        ${list({ ...args, 'heading-level': 3 }, localeOf(globals), lang)}
      </section>`,
    )}
  </div>`,
};

// ---------------------------------------------------------------- empty and errors

/** A filter that matches no partner of the data: a clear message (said in the live region when `types` changes). */
export const EmptyFilter: Story = {
  name: 'Empty: no partner of this type',
  args: { data: siteData, types: 'federation' },
};

/** A misspelt type: the console names the valid ones; nothing matches. */
export const UnknownType: Story = {
  name: 'Error: unknown type',
  args: { types: 'communes' },
  parameters: {
    ncExpectedErrors: [`[numerique-choisi] <nc-partner-list>: unknown type "communes" in "types". Valid types: ${PARTNER_TYPES.join(', ')}.`],
  },
};

/** A site’s data with one bad entry (a `javascript:` website): dropped with a precise console error; the rest shows. */
export const BadEntry: Story = {
  name: 'Error: a bad entry in the site data',
  args: {
    data: {
      formatVersion: 1,
      partners: [
        ...siteData.partners.slice(0, 2),
        { id: 'lien-piege', name: { fr: 'Lien piégé' }, type: 'commune', role: { fr: 'partenaire' }, url: 'javascript:alert(1)' },
      ],
    },
  },
  parameters: {
    ncExpectedErrors: [
      '[numerique-choisi] data property — partners[2] "lien-piege", field "url": expected an absolute http(s) URL, received "javascript:alert(1)"',
    ],
  },
};

/** `src` answers 404: an error with « Recharger les informations », `nc-error` with `{ reason: 'http', status: 404 }`, the fallback text beside it. */
export const Src404: Story = {
  name: 'Error: src 404, with retry',
  args: { src: 'fixtures/missing-partners.json' },
  parameters: {
    ncExpectedErrors: [
      'Failed to load resource: the server responded with a status of 404 (Not Found) /fixtures/missing-partners.json',
      /^\[numerique-choisi\] \S+\/fixtures\/missing-partners\.json: HTTP 404$/,
    ],
  },
};

/** 320 CSS pixels wide (the viewport is locked to 320 px in the toolbar). */
export const Narrow320: Story = {
  name: '320 px wide',
  args: { data: siteData, 'show-description': true },
  globals: { viewport: { value: 'nc320', isRotated: false } },
  render: (args, { globals }) => html`<div class="nc-sb-narrow">${list(args, localeOf(globals))}</div>`,
};
