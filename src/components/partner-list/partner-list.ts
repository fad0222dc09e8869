import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { PARTNER_TYPES, type Locale, type LocalizedText, type Partner, type PartnerType } from '../../data/model.js';
import { partnersPack } from '../../data/partners-pack.js';
import { LocaleController } from '../../controllers/locale-controller.js';
import { DataController, type Loaded } from '../../controllers/data-controller.js';
import { NcElement } from '../nc-element.js';
import { partnersMessages } from '../../shared/message-packs.js';
import { msg, plural, str, withLocale } from '../../shared/i18n.js';
import { pick, parseList } from '../../shared/text.js';
import { safeUrl } from '../../shared/url.js';
import { logError } from '../../util/log.js';
import { partnerListStyles } from './partner-list.styles.js';

const TAG = '<nc-partner-list>';

/** How the partners are laid out. */
export type PartnerLayout = 'grid' | 'list' | 'inline';
/** `data`: the order of the data; `name`: alphabetical in the widget's language (`Intl.Collator`). */
export type PartnerSort = 'data' | 'name';

/** The type's label, in the language of the render. */
const typeLabel = (type: PartnerType): string =>
  ({
    'promotion-sante': () => msg('Promotion de la santé', { id: 'partners.type.promotion-sante' }),
    integration: () => msg('Intégration', { id: 'partners.type.integration' }),
    federation: () => msg('Fédération', { id: 'partners.type.federation' }),
    'centre-de-sante': () => msg('Centre de santé', { id: 'partners.type.centre-de-sante' }),
    'reseau-social': () => msg('Réseau d’aide sociale', { id: 'partners.type.reseau-social' }),
    'service-communal': () => msg('Service communal', { id: 'partners.type.service-communal' }),
    commune: () => msg('Commune', { id: 'partners.type.commune' }),
  })[type]();

/** « 1 partenaire », « 2 partenaires »: the count shown and announced under a `types` filter. */
const partnerCount = (n: number): string =>
  plural(n, {
    one: () => msg(str`${n} partenaire`, { id: 'partners.count#one' }),
    other: () => msg(str`${n} partenaires`, { id: 'partners.count#other' }),
  });

/**
 * Up to three letters for the badge of a partner without a logo: its short name's first
 * part (« CLPS-Bw » → « CLPS »), else the initials of the capitalised words of its name
 * (« Fédération des Maisons Médicales » → « FMM »).
 */
export function initials(name: string, shortName?: string): string {
  const short = shortName?.split(/[\s-]/)[0];
  if (short && short.length <= 4) return short;
  const letters = (shortName ?? name)
    .split(/[\s\-–’']+/)
    .map((w) => w.charAt(0))
    .filter((c) => c !== c.toLowerCase());
  return (letters.length ? letters : [name.charAt(0).toUpperCase()]).slice(0, 3).join('');
}

/** The host name of a website, as shown in its link (`https://www.wavre.be/` → `www.wavre.be`). */
const host = (url: string): string => new URL(url).host;

/** The « other site » arrow, drawn in the text colour (forced colours too). */
const arrow = svg`<svg class="ext" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M6 3H3v10h10v-3M9 2h5v5M14 2 7 9" fill="none" stroke="currentColor" stroke-width="1.6"/></svg>`;

/**
 * The partners behind the recommendations: the seven organisations that held the CLPS-Bw day
 * « Comment le numérique questionne nos pratiques ? », or a site's own partners (`src`, `data`).
 * Each shows its name, its type and role, a link to its website when it has one (marked as
 * going to another site), its logo when the data gives one, else an initials badge.
 *
 * @summary The partners behind the work: names, types, roles and websites.
 * @tagname nc-partner-list
 *
 * @slot - Fallback content (e.g. the partners as a plain list). Shown before the script runs, while the data loads, and beside an error.
 *
 * @fires {CustomEvent<NcErrorDetail>} nc-error - The data (`src`) could not be loaded; the list shows an error with a retry button.
 *
 * @csspart list - The list of partners (`ul`; it takes the focus after a successful retry).
 * @csspart partner - One partner (`li`).
 * @csspart logo - A partner's logo (`img`, `alt=""`: the name stands beside it).
 * @csspart initials - The badge shown instead of a missing logo (hidden from screen readers).
 * @csspart name - A partner's name (a heading in `grid` and `list`).
 * @csspart short-name - A partner's short name or acronym, after its name.
 * @csspart meta - The line with the type and the role (a hidden comma between them, so that a screen reader does not read them as one run).
 * @csspart type - A partner's type.
 * @csspart role - A partner's role.
 * @csspart description - A partner's description (`show-description`).
 * @csspart languages - The languages a partner serves people in.
 * @csspart link - The link to a partner's website (marked as going to another site).
 * @csspart count - How many partners match the `types` filter (« 2 partenaires »; shown only with a filter).
 * @csspart empty - The message shown when no partner matches the filter.
 * @csspart status - A visually hidden live region: after a change of `types`, it says the new count (or that none matches).
 * @csspart error - The message shown when the data could not be loaded.
 * @csspart retry-button - The button that loads the data again.
 * @csspart loading - The loading state (shows the slotted fallback content).
 *
 * @cssprop [--nc-partner-background=var(--nc-color-surface)] - Background of each partner (grid, list).
 * @cssprop [--nc-partner-color=var(--nc-color-text)] - Text colour of each partner (grid, list; `inline` takes the page's colour, as it has no background of its own).
 * @cssprop [--nc-partner-border=1px solid var(--nc-color-border)] - Border of each partner (grid, list).
 * @cssprop [--nc-partner-min-width=16em] - Narrowest column of the grid.
 * @cssprop [--nc-partner-logo-size=3em] - Height of logos and initials badges (logos keep their proportions, at most twice as wide).
 * @cssprop [--nc-initials-background=var(--nc-color-accent-surface)] - Initials badge background.
 * @cssprop [--nc-initials-color=var(--nc-color-primary)] - Initials badge text.
 * @cssprop [--nc-color-primary=#0a5a9c] - Main colour (links, badges).
 * @cssprop [--nc-font-family=inherit] - Font; the host page's by default.
 * @cssprop [--nc-font-size=medium] - Text size; follows the visitor's browser setting, never smaller than the page's root size (a page that enlarges its root enlarges it; a 62.5% root or a small body does not shrink it). Set e.g. `1rem` to follow your page instead.
 * @cssprop [--nc-radius=0.5em] - Corner radius.
 */
export class NcPartnerList extends NcElement {
  static override styles = [...NcElement.styles, partnerListStyles];
  /** @internal The locale from `lang` (own, closest, page). */
  protected readonly localization = new LocaleController(this);
  /** @internal The built-in partners and the widget's UI strings, loaded by locale; `src` or `data` instead. */
  protected readonly loader = new DataController(this, { packs: [partnersPack], messages: partnersMessages, args: () => this.dataArgs() });

  static override properties = {
    ...NcElement.properties,
    layout: { type: String, reflect: true },
    types: { type: String, reflect: true },
    sort: { type: String, reflect: true },
    showDescription: { type: Boolean, reflect: true, attribute: 'show-description' },
    headingLevel: { type: Number, reflect: true, attribute: 'heading-level' },
    label: { type: String, reflect: true },
  };

  /** `grid` (default: cards in columns), `list` (one under the other) or `inline` (the names on a line, for a footer). */
  declare layout: PartnerLayout;
  /** Only these types, separated by spaces or commas (e.g. `commune service-communal`); all when empty. Unknown types are reported in the console. */
  declare types: string | undefined;
  /** `data` (default): the order of the data; `name`: alphabetical in the widget's language. */
  declare sort: PartnerSort;
  /** Shows each partner's description, when the data has one. */
  declare showDescription: boolean;
  /** Level of each partner's name heading, 2 to 6 (default 3), to fit the page's outline. */
  declare headingLevel: number;
  /** The list's name for assistive technology (default « Partenaires », in the widget's language): name each list when a page has several, e.g. « Partenaires de l’espace public numérique ». */
  declare label: string | undefined;

  /** What was last reported to the console: once per load and `types`, never from a render. */
  private reported = '';
  /** The `types` the last complete render showed (undefined before the first one). */
  private shownTypes: string | undefined;
  /** Whether `types` changed since a complete render: the next render says the new count in the live region. */
  private announce = false;

  constructor() {
    super();
    this.layout = 'grid';
    this.sort = 'data';
    this.showDescription = false;
    this.headingLevel = 3;
  }

  /** The `types` filter as a list (empty: no filter). */
  private get wanted(): string[] {
    return parseList(this.types);
  }

  protected override willUpdate(_changed: PropertyValues): void {
    const complete = this.loader.status === 'complete';
    // A change of `types` by the host page (a filter of its own) is said, not only shown.
    if (complete) {
      const types = this.types ?? '';
      if (this.shownTypes !== undefined && types !== this.shownTypes) this.announce = true;
      this.shownTypes = types;
    }
    const key = `${this.loader.loads}|${this.types ?? ''}`;
    if (complete && key !== this.reported) {
      this.reported = key;
      const unknown = this.wanted.filter((t) => !PARTNER_TYPES.includes(t as PartnerType));
      if (unknown.length) {
        logError(TAG, `unknown type${unknown.length > 1 ? 's' : ''} ${unknown.map((t) => `"${t}"`).join(', ')} in "types". Valid types: ${PARTNER_TYPES.join(', ')}.`);
      }
    }
  }

  /** What the data and the attributes show: the partners, or the message when there are none. */
  private view(data: Loaded['data'], locale: Locale): { partners: Partner[]; empty?: string } {
    const wanted = this.wanted;
    let partners = wanted.length ? data.partners.filter((p) => wanted.includes(p.type)) : data.partners;
    if (this.sort === 'name') {
      const collator = new Intl.Collator(locale);
      partners = [...partners].sort((a, b) => collator.compare(pick(a.name, locale).text, pick(b.name, locale).text));
    }
    if (partners.length) return { partners };
    return {
      partners,
      empty: wanted.length
        ? msg('Aucun partenaire de ce type.', { id: 'partners.emptyFilter' })
        : msg('Aucun partenaire à afficher.', { id: 'partners.empty' }),
    };
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const loaded = this.loader.value;
    const region = this.renderRoot.querySelector('[part~="status"]');
    if (!this.announce || !loaded || !region) return;
    this.announce = false;
    // Written here, not bound in render(): the region's text changes only after a change of
    // `types`, never on the first render or a change of language. A repeat of the same text
    // gets a no-break space, so that it is read again.
    const said = withLocale(loaded.locale, () => {
      const { partners, empty } = this.view(loaded.data, loaded.locale);
      return empty ?? partnerCount(partners.length);
    });
    region.textContent = region.textContent === said ? `${said}\u00a0` : said;
  }

  protected override render(): TemplateResult {
    return this.renderLoaded(({ data, locale }) => {
      const { partners, empty } = this.view(data, locale);
      const inline = this.layout === 'inline';
      // One template whatever is shown, so that the live region stays the same element (a
      // region created with its text is not reliably read). role="list" on purpose: Safari
      // drops the list role of a <ul> styled with list-style: none.
      /* eslint-disable lit-a11y/no-redundant-role */
      return html`<div class="partners layout-${inline ? 'inline' : this.layout === 'list' ? 'list' : 'grid'}" lang=${locale}>
        <div part="status" class="visually-hidden" role="status"></div>
        ${empty !== undefined
          ? html`<div class="state" part="empty"><p>${empty}</p></div>`
          : html`${this.wanted.length ? html`<p part="count" class="count">${partnerCount(partners.length)}</p>` : nothing}
              <ul part="list" class="list" role="list" tabindex="-1" data-nc-focus aria-label=${this.label?.trim() || msg('Partenaires', { id: 'partners.label' })}>
                ${partners.map((p) => (inline ? this.renderInline(p, locale) : this.renderPartner(p, locale)))}
              </ul>`}
      </div>`;
      /* eslint-enable lit-a11y/no-redundant-role */
    });
  }

  /** A localized text in a span, marked `lang` when it falls back to French. */
  private t(text: LocalizedText, locale: Locale, part?: string): TemplateResult {
    const p = pick(text, locale);
    return html`<span part=${part ?? nothing} lang=${p.lang === locale ? nothing : p.lang}>${p.text}</span>`;
  }

  /** The link to a partner's website (`href`, checked by `safeLink`), or nothing when it has none (or an unsafe one). */
  private link(href: string | undefined, label: TemplateResult): TemplateResult | typeof nothing {
    if (!href) return nothing;
    return html`<a part="link" class="link" href=${href} rel="noopener">${label}${arrow}<span class="visually-hidden">
        ${msg('(autre site)', { id: 'partners.external' })}</span
      ></a>`;
  }

  private renderInline(p: Partner, locale: Locale): TemplateResult {
    const name = this.t(p.name, locale, 'name');
    const link = this.link(this.safeLink(p.url), name);
    return html`<li part="partner" class="partner">${link === nothing ? name : link}</li>`;
  }

  private renderPartner(p: Partner, locale: Locale): TemplateResult {
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel) || 3));
    const logo = safeLogo(p.logo, this.baseURI);
    const name = pick(p.name, locale);
    const href = this.safeLink(p.url);
    return html`<li part="partner" class="partner">
      ${logo
        ? html`<img part="logo" class="logo" src=${logo} alt="" loading="lazy" />`
        : html`<span part="initials" class="initials" aria-hidden="true">${initials(name.text, p.shortName)}</span>`}
      <div class="body">
        <div role="heading" aria-level=${level} part="name" class="name">
          ${this.t(p.name, locale)}${p.shortName ? html` <span part="short-name" class="short" lang="fr">(${p.shortName})</span>` : nothing}
        </div>
        <p part="meta" class="meta">
          <span part="type" class="type">${typeLabel(p.type)}</span><span class="visually-hidden">, </span>${this.t(p.role, locale, 'role')}
        </p>
        ${this.showDescription && p.description ? html`<p part="description" class="description">${this.t(p.description, locale)}</p>` : nothing}
        ${p.languages?.length ? this.renderLanguages(p.languages, locale) : nothing}
        ${href ? this.link(href, html`${host(href)}`) : nothing}
      </div>
    </li>`;
  }

  private renderLanguages(codes: Locale[], locale: Locale): TemplateResult {
    const names = new Intl.DisplayNames([locale], { type: 'language' });
    const list = new Intl.ListFormat(locale, { type: 'conjunction' }).format(codes.map((c) => names.of(c) ?? c));
    return html`<p part="languages" class="languages">${msg('Langues\u00a0:', { id: 'partners.languages' })} ${list}</p>`;
  }
}

/** A logo's URL resolved against the page: http(s) only (a relative URL becomes one). */
function safeLogo(url: string | undefined, base: string): string | undefined {
  const href = safeUrl(url, base);
  return href && /^https?:/.test(href) ? href : undefined;
}

declare global {
  interface HTMLElementTagNameMap {
    'nc-partner-list': NcPartnerList;
  }
}
