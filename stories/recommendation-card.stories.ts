import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/define/recommendation-card.js';
import type { Locale } from '../src/data/model.js';
import siteFile from './fixtures/site-data.json';
import publicIds from '../src/data/public-ids.json';

/**
 * The stories write the element directly with lit's `html`. The toolbar's language sets
 * `lang` on a wrapper (the "host page", see .storybook/preview.ts); the card follows it.
 */

interface CardArgs {
  recommendation?: string;
  variant: 'full' | 'compact';
  'easy-read': boolean;
  open: boolean;
  href?: string;
  'heading-level': number;
  timeout?: number;
  src?: string;
  data?: unknown;
  /** Actions, from the manifest's events. */
  onNcToggle?: (event: Event) => void;
  onNcError?: (event: Event) => void;
}

/** The nine public ids of the recommendations and findings (README, « Public ids »: they never change). */
const IDS = publicIds.recommendations;

/** The host page's own fallback content: a link to its page on the subject. */
const FALLBACK: Record<Locale, string> = {
  fr: 'Lire les recommandations de la journée sur notre site',
  nl: 'Lees de aanbevelingen van de studiedag op onze website',
  de: 'Die Empfehlungen des Studientags auf unserer Website lesen',
  en: 'Read the recommendations of the event on our website',
};

const localeOf = (globals: Record<string, unknown>): Locale => (globals.locale as Locale | undefined) ?? 'fr';

/** One card from the args. `lang` is set on the element only when a story needs a fixed language. */
const card = (args: CardArgs, locale: Locale, lang?: Locale): TemplateResult => html`<nc-recommendation-card
  recommendation=${ifDefined(args.recommendation || undefined)}
  variant=${args.variant}
  ?easy-read=${args['easy-read']}
  ?open=${args.open}
  href=${ifDefined(args.href || undefined)}
  heading-level=${args['heading-level']}
  src=${ifDefined(args.src || undefined)}
  timeout=${ifDefined(args.timeout)}
  lang=${ifDefined(lang)}
  .data=${args.data}
  @nc-toggle=${args.onNcToggle}
  @nc-error=${args.onNcError}
  ><a href="#recommandations">${FALLBACK[lang ?? locale]}</a></nc-recommendation-card
>`;

const meta: Meta<CardArgs> = {
  title: 'Components/Recommendation card',
  component: 'nc-recommendation-card',
  tags: ['autodocs'],
  render: (args, { globals }) => card(args, localeOf(globals)),
  args: {
    recommendation: 'acces-physique',
    variant: 'full',
    'easy-read': false,
    open: false,
    'heading-level': 3,
  },
  // Every attribute, property, event, slot, part and CSS custom property, with its control,
  // comes from custom-elements.json (.storybook/preview.ts). Only what the manifest cannot
  // say is added here: the public ids (the manifest says `string`), the members of the
  // `CardVariant` alias (the analyzer does not expand type aliases) and the 2–6 range of
  // `heading-level` (the manifest says `number`).
  argTypes: {
    recommendation: { control: 'select', options: IDS },
    variant: { control: 'inline-radio', options: ['full', 'compact'] },
    'heading-level': { control: { type: 'number', min: 2, max: 6, step: 1 } },
  },
  parameters: {
    docs: {
      description: {
        component:
          'Each story wraps the card in a "host page" whose `lang` follows the toolbar (fr, nl, de, en) and whose ' +
          'theme follows the Theme menu. The slot holds the host page’s own fallback link, visible before the ' +
          'script runs, while the data loads and beside an error.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<CardArgs>;

// ---------------------------------------------------------------- variants

/** Everything: kind, theme, title, summary, what the article reports, what an institution can do, the quote, the source. */
export const Full: Story = {};

/** Kind, theme, title and summary, with a « Détails » button (`aria-expanded`) that fires `nc-toggle`. */
export const CompactClosed: Story = {
  name: 'Compact, closed',
  args: { recommendation: 'formation', variant: 'compact' },
};

/** `open` shows the details of a compact card, as after a click on « Détails ». */
export const CompactOpen: Story = {
  name: 'Compact, open',
  args: { recommendation: 'formation', variant: 'compact', open: true },
};

/** The easy-to-read title and summary (short sentences, common words), larger text, a « Facile à lire » badge. */
export const EasyRead: Story = {
  name: 'Easy read',
  args: { 'easy-read': true },
};

// ---------------------------------------------------------------- kinds and content

/** A recommendation of the day: the badge uses the primary colour. */
export const KindRecommandation: Story = {
  name: 'Kind: recommandation',
  args: { recommendation: 'reflexion-institutionnelle' },
};

/** A finding (constat): a lighter badge with a border. */
export const KindConstat: Story = {
  name: 'Kind: constat',
  args: { recommendation: 'autonomie' },
};

/**
 * In Dutch (locked in the toolbar), the quote stays in its French original (`lang="fr"`)
 * with the translation beside it, marked « Vertaling: ».
 */
export const QuoteWithTranslation: Story = {
  name: 'Quote with its translation (nl)',
  args: { recommendation: 'donnees' },
  globals: { locale: 'nl' },
};

/** An entry for which the article has no quote: no quote block at all. */
export const WithoutQuote: Story = {
  name: 'Without quote',
  args: { recommendation: 'temps' },
};

/** `href` adds a « Lire la suite » link (http, https or relative; other schemes are ignored with a console error). */
export const WithLink: Story = {
  name: 'With a « read more » link',
  args: { recommendation: 'sante-mentale', variant: 'compact', href: '#sante-mentale' },
};

/**
 * `heading-level="2"` for a card placed right under the page's `h1`. Only the outline
 * changes (`aria-level`, and its sub-headings become level 3); the look stays the same.
 */
export const HeadingLevel: Story = {
  name: 'Heading level 2',
  args: { 'heading-level': 2, recommendation: 'cout-cache' },
  render: (args, { globals }) => html`<h1>Numérique : nos engagements</h1>
    ${card(args, localeOf(globals))}`,
};

/**
 * `heading-level="6"`, the deepest level HTML has: the card's heading is level 6 and its two
 * sub-headings (« Ce que rapporte l’article », « Ce qu’une institution peut faire ») become
 * bold labels rather than headings at a level that does not exist.
 */
export const HeadingLevel6: Story = {
  name: 'Heading level 6 (deepest)',
  args: { 'heading-level': 6, recommendation: 'temps' },
};

// ---------------------------------------------------------------- errors

/** A typo in the id: a message in the page's language, the fallback link beside it, the valid ids in the console. */
export const UnknownId: Story = {
  name: 'Error: unknown id',
  args: { recommendation: 'acces-physiqe' },
  parameters: {
    ncExpectedErrors: [/^\[numerique-choisi\] <nc-recommendation-card>: unknown recommendation "acces-physiqe"\. Valid ids: [a-z-]+(, [a-z-]+)*\.$/],
  },
};

/** No `recommendation` attribute at all. */
export const NoId: Story = {
  name: 'Error: no id',
  args: { recommendation: '' },
  parameters: {
    ncExpectedErrors: [/^\[numerique-choisi\] <nc-recommendation-card>: no "recommendation" attribute\. Valid ids: [a-z-]+(, [a-z-]+)*\.$/],
  },
};

/** `src` answers 404: an error with « Recharger les informations », `nc-error` with `{ reason: 'http', status: 404 }`. */
export const Src404: Story = {
  name: 'Error: src 404, with retry',
  args: { src: 'fixtures/missing.json' },
  parameters: {
    ncExpectedErrors: [
      'Failed to load resource: the server responded with a status of 404 (Not Found) /fixtures/missing.json',
      /^\[numerique-choisi\] \S+\/fixtures\/missing\.json: HTTP 404$/,
    ],
  },
};

const SILENT = 'fixtures/server-never-answers.json';

/**
 * The server of `src` never answers: after `timeout` (here 3 s; 10 s by default) the card
 * shows « Les informations n’ont pas pu être chargées. Le site met trop de temps à répondre. Réessayez
 * dans un moment. » (src/shared/states.ts) with « Recharger les informations », and fires `nc-error`
 * `{ reason: 'network' }`. For this story only, `fetch` of that file waits until it is aborted.
 */
export const SrcTimeout: Story = {
  name: 'Error: the server does not answer (timeout)',
  args: { src: SILENT, timeout: 3000 },
  parameters: { ncExpectedErrors: [/server-never-answers\.json: no response for 3 s \(timeout\)/] },
  beforeEach: () => {
    const original = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const url = input instanceof Request ? input.url : String(input);
      if (!url.endsWith(SILENT)) return original(input, init);
      return new Promise<Response>((_, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('The request was aborted.', 'AbortError'))),
      );
    };
    return () => {
      window.fetch = original;
    };
  },
};

/** `src` is not valid JSON (stories/fixtures/invalid.json is cut off in the middle). */
export const SrcInvalidJson: Story = {
  name: 'Error: src is not valid JSON',
  args: { src: 'fixtures/invalid.json' },
  parameters: { ncExpectedErrors: [/^\[numerique-choisi\] \S+\/fixtures\/invalid\.json: not valid JSON: line \d+, column \d+: /] },
};

// ---------------------------------------------------------------- a site's own data

/**
 * A site's own file (stories/fixtures/site-data.json, fictitious) with its own source and
 * one recommendation. Its texts have French and Dutch: in German or English they fall back
 * to French, marked `lang="fr"`.
 */
export const SiteDataFromSrc: Story = {
  name: 'Site data from src',
  args: { src: 'fixtures/site-data.json', recommendation: 'guichet-mardi' },
};

/** The site's file plus one entry that breaks the format. Kept outside the args so that it stays one object. */
const dataWithBadEntry = {
  ...siteFile,
  recommendations: [
    ...siteFile.recommendations,
    {
      id: 'permanence-papier',
      kind: 'conseil',
      theme: 'acces-et-lien-social',
      title: { fr: 'Exemple : une entrée mal formée' },
      summary: { fr: '' },
      reported: { fr: 'Cette entrée a deux erreurs : kind et summary.fr.' },
      actions: [{ text: { fr: 'Corriger le fichier.' }, origin: 'suggestion' }],
      easyRead: { title: { fr: 'Exemple' }, summary: { fr: 'Exemple.' } },
    },
  ],
};

/**
 * Data given as the `data` property, with one bad entry (`kind: "conseil"`, empty
 * `summary.fr`). The bad entry is dropped with one console error per problem (source,
 * entry, field, expected, received); the good one shows (left). The dropped id is then
 * unknown (right).
 */
export const SiteDataWithBadEntry: Story = {
  name: 'Site data via data, with one bad entry',
  args: { recommendation: 'guichet-mardi', variant: 'compact' },
  parameters: {
    ncExpectedErrors: [
      '[numerique-choisi] data property — recommendations[1] "permanence-papier", field "kind": expected one of "recommandation", "constat", received "conseil"',
      '[numerique-choisi] data property — recommendations[1] "permanence-papier", field "summary.fr": expected a non-empty string, received ""',
      '[numerique-choisi] <nc-recommendation-card>: unknown recommendation "permanence-papier". Valid ids: guichet-mardi.',
    ],
  },
  render: (args, { globals }) => html`<div class="nc-sb-columns">
    ${card({ ...args, data: dataWithBadEntry }, localeOf(globals))}
    ${card({ ...args, recommendation: 'permanence-papier', data: dataWithBadEntry }, localeOf(globals))}
  </div>`,
};

// ---------------------------------------------------------------- loading

const NEVER = 'fixtures/never-answers.json';

/**
 * The loading state, held open: for this story only, `fetch` of `fixtures/never-answers.json`
 * never settles. The card shows its slot (the host page's fallback link) inside
 * `part="loading"` (`aria-busy="true"`); without slotted content it shows « Chargement… » (right).
 */
export const Loading: Story = {
  // Held open for a day rather than the 10 s after which a silent server becomes an error.
  args: { src: NEVER, timeout: 86_400_000 },
  beforeEach: () => {
    const original = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const url = input instanceof Request ? input.url : String(input);
      return url.endsWith(NEVER) ? new Promise<Response>(() => {}) : original(input, init);
    };
    return () => {
      window.fetch = original;
    };
  },
  render: (args, { globals }) => html`<div class="nc-sb-columns">
    ${card(args, localeOf(globals))}
    <nc-recommendation-card recommendation=${ifDefined(args.recommendation)} src=${NEVER} timeout="86400000"></nc-recommendation-card>
  </div>`,
};

/**
 * Before the script runs (or without JavaScript): the tag is not defined yet, so the page
 * shows its light-DOM content, the fallback link. The element is defined in this Storybook,
 * so this story shows it in a sandboxed frame where it is not, with the CSS the README
 * recommends (`nc-recommendation-card:not(:defined) { display: block; … }`).
 */
export const BeforeTheScriptRuns: Story = {
  name: 'Before the script runs (:not(:defined))',
  parameters: { controls: { disable: true } },
  render: (args, { globals }) => {
    const locale = localeOf(globals);
    const page = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><style>
      body { margin: 1rem; font-family: system-ui, sans-serif; color: #1d2329; }
      nc-recommendation-card:not(:defined) { display: block; min-height: 4rem; padding: 1rem; border: 1px dashed #b6bec7; }
      </style></head><body>
      <nc-recommendation-card recommendation="${args.recommendation ?? ''}"><a href="#recommandations">${FALLBACK[locale]}</a></nc-recommendation-card>
      </body></html>`;
    return html`<iframe class="nc-sb-frame" title="Host page before the script runs" sandbox="" srcdoc=${page}></iframe>`;
  },
};

// ---------------------------------------------------------------- pages

/** The nine entries of the day, compact, in a grid; the controls (variant, easy read…) apply to all. */
export const AllEntries: Story = {
  name: 'All nine entries',
  args: { variant: 'compact' },
  argTypes: { recommendation: { control: false } },
  render: (args, { globals }) => html`<div class="nc-sb-grid">
    ${IDS.map((id) => card({ ...args, recommendation: id }, localeOf(globals)))}
  </div>`,
};

/**
 * A bilingual page: a French card beside a Dutch card, each with its own `lang`
 * (the toolbar's language does not apply here). Both render at once, each in its language.
 */
export const BilingualPage: Story = {
  name: 'Bilingual page (fr beside nl)',
  render: (args, { globals }) => html`<div class="nc-sb-columns">
    <section lang="fr" aria-labelledby="sb-fr">
      <h2 id="sb-fr">En français</h2>
      ${card(args, localeOf(globals), 'fr')}
    </section>
    <section lang="nl" aria-labelledby="sb-nl">
      <h2 id="sb-nl">In het Nederlands</h2>
      ${card(args, localeOf(globals), 'nl')}
    </section>
  </div>`,
};

/** 320 CSS pixels wide (the viewport is locked to 320 px in the toolbar; the docs page shows it in a 320 px column). */
export const Narrow320: Story = {
  name: '320 px wide',
  args: { recommendation: 'outils-adaptes' },
  globals: { viewport: { value: 'nc320', isRotated: false } },
  render: (args, { globals }) => html`<div class="nc-sb-narrow">${card(args, localeOf(globals))}</div>`,
};

// ---------------------------------------------------------------- theming (shown in Theming.mdx)

/**
 * A municipality's three tokens, in the host page's CSS. Everything else derives from them
 * or inherits the page (here the page font is a serif set through `--nc-font-family`).
 */
export const ThemeMunicipality: Story = {
  name: 'Theming: a municipality’s three tokens',
  args: { variant: 'compact', open: true, href: '#acces-physique' },
  render: (args, { globals }) => html`<style>
      .commune-exemple nc-recommendation-card {
        --nc-color-primary: #00695c;
        --nc-font-family: Georgia, 'DejaVu Serif', serif;
        --nc-radius: 0;
      }
    </style>
    <div class="commune-exemple">${card(args, localeOf(globals))}</div>`,
};

/** A dark card for a dark site: surface, text and their companions set together. */
export const ThemeDarkCard: Story = {
  name: 'Theming: dark card tokens',
  args: { recommendation: 'autonomie' },
  globals: { theme: 'dark' },
  render: (args, { globals }) => html`<style>
      .site-sombre nc-recommendation-card {
        --nc-color-surface: #1f2630;
        --nc-color-text: #e8eaed;
        --nc-color-muted: #b9c2cc;
        --nc-color-border: #4a5562;
        --nc-color-accent-surface: #2a3440;
        --nc-color-primary: #8cc4ff;
        --nc-color-on-primary: #0d1b2a;
        --nc-focus-color: #ffb27a;
      }
    </style>
    <div class="site-sombre">${card(args, localeOf(globals))}</div>`,
};

/** Per-component tokens and `::part()` for what tokens do not reach. */
export const ThemeParts: Story = {
  name: 'Theming: card tokens and ::part()',
  args: { recommendation: 'donnees', variant: 'compact' },
  render: (args, { globals }) => html`<style>
      .site-parts nc-recommendation-card {
        --nc-card-max-width: 36rem;
        --nc-card-border: 0;
        --nc-card-background: #f6f3ee;
        --nc-kind-finding-background: #5c3d00;
        --nc-kind-finding-color: #ffffff;
      }
      .site-parts nc-recommendation-card::part(card) {
        border-inline-start: 6px solid #5c3d00;
      }
      .site-parts nc-recommendation-card::part(kind) {
        text-transform: uppercase;
        letter-spacing: 0.05em;
      }
    </style>
    <div class="site-parts">${card(args, localeOf(globals))}</div>`,
};
