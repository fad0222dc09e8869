import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/define/guichet-finder.js';
import type { NcGuichetFinder } from '../src/define/guichet-finder.js';
import type { Locale } from '../src/data/model.js';

/**
 * The stories write the element directly with lit's `html`. The toolbar's language sets
 * `lang` on a wrapper (the "host page"); the finder follows it. Every story sets `now` to
 * Tuesday 8 December 2026, 10:00 in Brussels, so that the statuses do not change with the day.
 */

interface FinderArgs {
  src?: string;
  format?: 'numerique-choisi' | 'contacts-en-wallonie';
  commune?: string;
  'postal-code'?: string;
  services?: string;
  types?: string;
  'walk-in-only': boolean;
  'open-now': boolean;
  'closes-soon-minutes': number;
  limit: number;
  heading?: string;
  /** Brussels wall-clock time of `now`, `YYYY-MM-DDTHH:MM` (converted in the story). */
  now: string;
  onNcFilterChange?: (event: Event) => void;
  onNcGuichetSelect?: (event: Event) => void;
  onNcError?: (event: Event) => void;
}

/** Tuesday 10:00 in Brussels (winter: UTC+1). */
const TUESDAY_10 = '2026-12-08T10:00';
/** A Brussels wall-clock time in winter (UTC+1), as the instant it is. */
const brussels = (v: string) => new Date(`${v}:00+01:00`);

const FALLBACK: Record<Locale, string> = {
  fr: 'Voir les heures d’ouverture de nos services',
  nl: 'De openingsuren van onze diensten bekijken',
  de: 'Die Öffnungszeiten unserer Dienste ansehen',
  en: 'See the opening hours of our services',
};

const localeOf = (globals: Record<string, unknown>): Locale => (globals.locale as Locale | undefined) ?? 'fr';

const finder = (args: FinderArgs, locale: Locale): TemplateResult => html`<nc-guichet-finder
  src=${ifDefined(args.src || undefined)}
  format=${ifDefined(args.format || undefined)}
  commune=${ifDefined(args.commune || undefined)}
  postal-code=${ifDefined(args['postal-code'] || undefined)}
  services=${ifDefined(args.services || undefined)}
  types=${ifDefined(args.types || undefined)}
  ?walk-in-only=${args['walk-in-only']}
  ?open-now=${args['open-now']}
  closes-soon-minutes=${args['closes-soon-minutes']}
  limit=${args.limit}
  heading=${ifDefined(args.heading || undefined)}
  .now=${args.now ? brussels(args.now) : undefined}
  @nc-filter-change=${args.onNcFilterChange}
  @nc-guichet-select=${args.onNcGuichetSelect}
  @nc-error=${args.onNcError}
  ><a href="#horaires">${FALLBACK[locale]}</a></nc-guichet-finder
>`;

/** The finder of the story, rendered. */
async function rendered(canvas: HTMLElement): Promise<NcGuichetFinder> {
  const el = canvas.querySelector('nc-guichet-finder')!;
  await el.updateComplete;
  return el;
}
/** Sets a control of the finder as a user would (`input`, then `change`, as the browser fires them). */
function set(el: NcGuichetFinder, id: string, value: string | boolean): void {
  const c = el.shadowRoot!.getElementById(id) as HTMLInputElement;
  if (typeof value === 'boolean') c.checked = value;
  else c.value = value;
  c.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  c.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

const meta: Meta<FinderArgs> = {
  title: 'Components/Guichet finder',
  component: 'nc-guichet-finder',
  tags: ['autodocs'],
  render: (args, { globals }) => finder(args, localeOf(globals)),
  args: {
    'walk-in-only': false,
    'open-now': false,
    'closes-soon-minutes': 30,
    limit: 10,
    now: TUESDAY_10,
  },
  argTypes: {
    heading: { control: 'text', description: 'The heading, instead of « Trouver un guichet près de chez vous » (names the region).' },
    format: { control: 'inline-radio', options: ['numerique-choisi', 'contacts-en-wallonie'] },
    now: { control: 'text', description: 'Brussels time (`YYYY-MM-DDTHH:MM`, winter) given to the `now` property.' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'The built-in counters are fictitious examples: the finder says so in a visible notice (on print too). ' +
          '`now` is set to Tuesday 8 December 2026, 10:00 in Brussels in every story.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<FinderArgs>;

/** Every built-in counter, in the order of the data (no place chosen yet, so no distance). */
export const Default: Story = {};

/** Searched « Wavre » (`commune="Wavre"`): the counters of Wavre, nearest its centre first. */
export const Searched: Story = { args: { commune: 'Wavre' } };

/** « Sans rendez-vous » and « open now » on Tuesday 10:00 in Wavre: the counters open without appointment, with their closing time; unknown hours apart. */
export const WalkInNow: Story = {
  name: 'Walk-in, open now (Wavre, Tuesday 10:00)',
  args: { commune: 'Wavre', 'walk-in-only': true, 'open-now': true },
};

/** « Open at a chosen day and time »: Wednesday 14:00, without appointment. */
export const OpenAtChosenTime: Story = {
  name: 'Open at a chosen time (Wednesday 14:00)',
  args: { 'walk-in-only': true },
  play: async ({ canvasElement }) => {
    const el = await rendered(canvasElement);
    set(el, 'open', 'at');
    await el.updateComplete;
    set(el, 'at', '2026-12-09T14:00');
    await el.updateComplete;
  },
};

/** A counter opened: its week (walk-in and opening hours), closures, accessibility, phone, e-mail and directions links. */
export const Expanded: Story = {
  name: 'A counter expanded',
  args: { commune: 'Wavre' },
  play: async ({ canvasElement }) => {
    const el = await rendered(canvasElement);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~=toggle]')!.click();
    await el.updateComplete;
  },
};

/**
 * « Ouvert : maintenant », then the clock passes 10:20, when a counter of Nivelles stops
 * taking walk-ins: the list stays as it was (the counter in place, with its new status) and
 * « 1 guichet vient de fermer — mettre à jour » offers the new list. Nothing is announced
 * until the visitor presses it.
 */
export const ClosedSince: Story = {
  name: 'Open now: a counter closed since (« mettre à jour »)',
  args: { 'open-now': true },
  play: async ({ canvasElement }) => {
    const el = await rendered(canvasElement);
    el.now = brussels('2026-12-08T10:21');
    await el.updateComplete;
  },
};

/** « Jour et heure choisis », then the date partly erased: a message instead of the counters of the last moment. */
export const IncompleteDate: Story = {
  name: 'Chosen day and time, partly erased',
  play: async ({ canvasElement }) => {
    const el = await rendered(canvasElement);
    set(el, 'open', 'at');
    await el.updateComplete;
    set(el, 'at', '');
    await el.updateComplete;
  },
};

/** Two finders on one page, each named by its `heading` (the region's name): « Guichets à Wavre », « Guichets à Nivelles ». */
export const TwoFinders: Story = {
  name: 'Two finders on one page (heading)',
  render: (args, { globals }) =>
    html`${finder({ ...args, commune: 'Wavre', heading: 'Guichets à Wavre' }, localeOf(globals))}
    ${finder({ ...args, commune: 'Nivelles', heading: 'Guichets à Nivelles' }, localeOf(globals))}`,
};

/** Nothing matches: a plain message, the count « 0 guichet trouvé ». */
export const NoResults: Story = { name: 'No results', args: { commune: 'Arlon' } };

/** « Ouvert maintenant » in Wavre: a counter whose hours are unknown is not hidden, it is listed apart. */
export const UnknownHours: Story = { name: 'Unknown hours (listed apart)', args: { commune: 'Wavre', 'open-now': true } };

/** The demo notice: the built-in counters are examples, « Données d’exemple — à remplacer par les vôtres ». */
export const DemoNotice: Story = { name: 'Demo notice', args: { commune: 'Nivelles' } };

/** `src` answers 404: an error with « Recharger les informations », and the host page's fallback link beside it. */
export const Error404: Story = {
  name: 'Error: src 404, with retry',
  args: { src: 'fixtures/missing-counters.json' },
  parameters: {
    ncExpectedErrors: [
      'Failed to load resource: the server responded with a status of 404 (Not Found) /fixtures/missing-counters.json',
      /^\[numerique-choisi\] \S+\/fixtures\/missing-counters\.json: HTTP 404$/,
    ],
  },
};

/**
 * A commune's own directory (`format="contacts-en-wallonie"`, the example export of
 * test/fixtures/contacts-en-wallonie-example.json): its four places, not the position; the
 * faults of the file are reported in the console (warnings), the hours of a bad day unknown.
 */
export const DirectoryData: Story = {
  name: 'Directory data (contacts-en-wallonie)',
  args: { src: 'fixtures/contacts-en-wallonie-example.json', format: 'contacts-en-wallonie' },
};

/** In Dutch (locked in the toolbar): Dutch commune names are found too (« Waver »). */
export const Dutch: Story = { name: 'Nederlands', args: { commune: 'Waver', 'walk-in-only': true }, globals: { locale: 'nl' } };

/** In German. */
export const German: Story = { name: 'Deutsch', args: { commune: 'Wavre' }, globals: { locale: 'de' } };

/** In English. */
export const English: Story = { name: 'English', args: { commune: 'Wavre', 'open-now': true }, globals: { locale: 'en' } };
