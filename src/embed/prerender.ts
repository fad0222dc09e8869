/**
 * Pre-rendered content: the HTML to paste INSIDE a widget's tag, generated from the same data
 * the widget shows. It is what a visitor reads before the script runs, where it never runs (a
 * CMS that strips scripts), and what is left when a CMS filter removes the custom tag itself:
 * Plone's `safe_html` and WordPress's KSES keep the children of a tag they remove.
 *
 * Pure and DOM-free (runs in a browser, a configurator, a build script or Node). The output uses
 * only `p`, `ul`, `li`, `a`, `h2`–`h4`, `strong` with `href` and `lang` attributes: no `data-*`,
 * no `style`, no `class`, no `template`, no ARIA (Plone 6.0/6.1 strips it), no attribute value
 * containing `script:`, `data:` or `expression(` (Plone deletes such an attribute). Everything from
 * the data is escaped. It reads well without CSS: headings, paragraphs and plain lists.
 */
import type { Commune, Guichet, Locale, LocalizedText, Recommendation, ThemeData, Weekday } from '../data/model.js';
import { loadBuiltIn } from '../data/load.js';
import { PACKS } from '../data/packs.js';
import { weekAt } from '../data/hours/hours.js';
import { parseList, pick } from '../shared/text.js';
import { say } from './strings.js';

// ---------------------------------------------------------------- HTML helpers

/** Escapes text for HTML content and double-quoted attribute values. */
export const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * A link target that both filters keep: http(s), mailto, tel or a relative URL; `undefined` for
 * anything else (`javascript:`, `data:`, `vbscript:`…). A colon after the scheme is written `%3A`
 * (the same URL for a server), since Plone deletes any attribute whose value contains `data:` or
 * `script:` (`/open-data:2026` would lose its link).
 */
export function linkTarget(url: string | undefined | null): string | undefined {
  const value = (url ?? '').trim();
  if (!value || /[\s<>"'`\\]/.test(value) || /[\u0000-\u001f]/.test(value)) return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value);
  if (scheme) {
    if (!SCHEMES.has(scheme[1].toLowerCase() + ':')) return undefined;
    const head = /^[a-z]+:(\/\/[^/?#]*)?/i.exec(value)![0];
    return head + value.slice(head.length).replace(/:/g, '%3A');
  }
  // Relative: a colon before the first / ? # would read as a scheme.
  return value.replace(/:/g, '%3A');
}

/** The escaped text of a localized value in `locale` (French when missing). */
function txt(t: LocalizedText, locale: Locale): string {
  return esc(pick(t, locale).text);
}

/** ` lang="fr"` when the text is in another language than `locale`. */
function langOf(t: LocalizedText, locale: Locale): string {
  const l = pick(t, locale).lang;
  return l === locale ? '' : ` lang="${l}"`;
}

/** `text` escaped, with `title` (a name quoted in it, in another language) marked with that language. */
function quoting(text: string, title: { text: string; lang: string }, locale: Locale): string {
  const out = esc(text);
  const name = esc(title.text);
  return title.lang === locale ? out : out.replace(name, () => `<span lang="${title.lang}">${name}</span>`);
}

/** A heading clamped to h2–h4 (what both filters and every CMS editor keep); below h4 a bold paragraph. */
function heading(level: number, inner: string, attrs = ''): string {
  return level <= 4 ? `<h${level}${attrs}>${inner}</h${level}>` : `<p${attrs}><strong>${inner}</strong></p>`;
}

const level = (value: number | string | undefined, fallback: number) => {
  const n = Math.round(Number(value));
  return Number.isFinite(n) && n >= 2 ? Math.min(6, n) : fallback;
};

const link = (href: string | undefined, inner: string) => {
  const target = linkTarget(href);
  return target ? `<a href="${esc(target)}">${inner}</a>` : '';
};


// ---------------------------------------------------------------- the data

/** The built-in data of every widget in `locale` (the data layer's packs; lazy chunks in a browser). */
export function builtInData(locale: Locale): Promise<ThemeData> {
  return loadBuiltIn(locale, PACKS);
}

/** Common options: the language, the heading level of the widget, and the « read more » link. */
export interface PrerenderOptions {
  locale: Locale;
  /** The widget's `heading-level` (clamped to 2–4 in the pre-rendered HTML). */
  headingLevel?: number | string;
  /** Where « read more » points: the site's own page, or the embed page of this widget. */
  link?: string;
}

// ---------------------------------------------------------------- the card

export interface CardOptions extends PrerenderOptions {
  recommendation: string;
  variant?: 'full' | 'compact' | string;
  easyRead?: boolean;
  /** The card's own `href` attribute; wins over `link`. */
  href?: string;
}

/**
 * The card: its kind and theme, title, summary (easy-read ones with `easyRead`), in `full` also
 * what the article reports and what an institution can do (so that the upgrade barely moves the
 * page), and « read more ». An unknown id gives '' (the configurator refuses it first).
 */
export function prerenderCard(data: ThemeData, o: CardOptions): string {
  const { locale } = o;
  const r: Recommendation | undefined = data.recommendations.find((x) => x.id === o.recommendation);
  if (!r) return '';
  const l = level(o.headingLevel, 3);
  const theme = data.themes.find((t) => t.id === r.theme);
  const title = o.easyRead ? r.easyRead.title : r.title;
  const summary = o.easyRead ? r.easyRead.summary : r.summary;
  const kind = say(locale, r.kind === 'recommandation' ? 'kind.recommandation' : 'kind.constat');
  const out = [
    `<p lang="${locale}"><strong>${esc(kind)}</strong>${theme ? ` · ${txt(theme.title, locale)}` : ''}</p>`,
    heading(l, txt(title, locale), ` lang="${pick(title, locale).lang}"`),
    `<p lang="${pick(summary, locale).lang}">${txt(summary, locale)}</p>`,
  ];
  if (o.variant !== 'compact' && !o.easyRead) {
    const sub = Math.min(6, l + 1);
    out.push(heading(sub, esc(say(locale, 'reported')), ` lang="${locale}"`), `<p lang="${pick(r.reported, locale).lang}">${txt(r.reported, locale)}</p>`);
    out.push(
      heading(sub, esc(say(locale, 'actions')), ` lang="${locale}"`),
      `<ul lang="${locale}">${r.actions.map((a) => `<li${langOf(a.text, locale)}>${txt(a.text, locale)}</li>`).join('')}</ul>`,
    );
  }
  const more = link(o.href || o.link, esc(say(locale, 'readMore', { title: pick(title, locale).text })));
  if (more) out.push(`<p lang="${locale}">${more}</p>`);
  return out.join('\n');
}

// ---------------------------------------------------------------- the finder

/** Lowercase, no accents, no hyphens or apostrophes: how the finder compares names. */
const fold = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[-'’\s]+/g, ' ')
    .trim();

/** The commune named `name` (French or Dutch name, any case or accent) or having `postalCode`. */
export function findCommune(communes: readonly Commune[], name?: string, postalCode?: string): Commune | undefined {
  if (name) {
    const wanted = fold(name);
    return communes.find((c) => Object.values(c.name).some((n) => typeof n === 'string' && fold(n) === wanted));
  }
  if (postalCode) return communes.find((c) => c.postalCodes.includes(postalCode.trim()));
  return undefined;
}

export interface FinderOptions extends PrerenderOptions {
  commune?: string;
  postalCode?: string;
  services?: string;
  types?: string;
  walkInOnly?: boolean;
  /** Counters listed at most (the widget's `limit`, default 10). */
  limit?: number | string;
  /** The finder's `heading` attribute: the site's own heading text (in the page's words, so without `lang`). */
  heading?: string;
  /** The week whose usual hours are shown (default: now). Holidays and closures are left out: the list stays right for months. */
  at?: Date;
}

const WEEK: readonly Weekday[] = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'];

/** Day names in `locale`, Monday first (1 January 2024 was a Monday). */
function dayNames(locale: Locale): string[] {
  const f = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  return WEEK.map((_, i) => f.format(Date.UTC(2024, 0, 1 + i)));
}

/** `09:00` in `locale` (`Intl`, 24-hour clock); `24:00` stays as it is. */
function time(locale: Locale, hhmm: string): string {
  if (hhmm === '24:00') return hhmm;
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' }).format(
    Date.UTC(2024, 0, 1, +hhmm.slice(0, 2), +hhmm.slice(3, 5)),
  );
}

/**
 * A counter's usual walk-in hours, as lines « lundi – vendredi : 09:00–12:00 » (consecutive days
 * with the same hours joined); `appointment` when it takes none; `unknown` when not given.
 * The hours engine (src/data/hours/hours.ts) reads the week, without periods, closures and holidays.
 */
export function walkInLines(g: Guichet, locale: Locale, at = new Date()): string[] | 'appointment' | 'unknown' {
  const w = g.walkIn;
  if (!w || typeof w === 'string') return 'unknown';
  const usual: Guichet = { ...g, periods: undefined, closures: undefined, walkIn: { ...w, publicHolidays: 'open' } };
  const week = weekAt(usual, 'walkIn', at);
  const byDay = new Map(week.map((d) => [d.weekday, d.ranges]));
  const names = dayNames(locale);
  const ranges = new Intl.ListFormat(locale, { type: 'conjunction' });
  const colon = locale === 'fr' ? '\u00a0: ' : ': ';
  const lines: string[] = [];
  let i = 0;
  while (i < 7) {
    const r = byDay.get(WEEK[i]);
    const key = r?.map((x) => `${x.opens}-${x.closes}`).join(',');
    if (!r || !r.length) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < 7 && byDay.get(WEEK[j + 1])?.map((x) => `${x.opens}-${x.closes}`).join(',') === key) j++;
    const days = j === i ? names[i] : j === i + 1 ? ranges.format([names[i], names[j]]) : `${names[i]} – ${names[j]}`;
    lines.push(`${days}${colon}${ranges.format(r.map((x) => `${time(locale, x.opens)}–${time(locale, x.closes)}`))}`);
    i = j + 1;
  }
  if (lines.length) return lines;
  return w.unknown?.length ? 'unknown' : 'appointment';
}

/** The counters the finder would show first for these options, in the data's order. */
export function finderCounters(data: ThemeData, o: FinderOptions): { commune?: Commune; counters: Guichet[] } {
  const commune = findCommune(data.communes, o.commune, o.postalCode);
  const services = parseList(o.services);
  const types = parseList(o.types);
  const code = o.postalCode?.trim();
  const counters = data.guichets.filter((g) => {
    if (commune && !commune.postalCodes.includes(g.address.postalCode)) return false;
    if (!commune && code && g.address.postalCode !== code) return false;
    if (services.length && !g.services.some((s) => services.includes(s))) return false;
    if (types.length && !types.includes(g.type)) return false;
    if (o.walkInOnly && g.walkIn !== undefined && typeof g.walkIn !== 'string' && !g.walkIn.slots.length) return false;
    return true;
  });
  return { commune, counters };
}

/**
 * The finder: a heading with the commune, the demo notice for example data, then each counter
 * with its address, its usual walk-in hours as a plain list and its phone; « all counters » links
 * to `link` (the site's page or the embed page).
 */
export function prerenderFinder(data: ThemeData, o: FinderOptions): string {
  const { locale } = o;
  const l = level(o.headingLevel, 2);
  const { commune, counters } = finderCounters(data, o);
  const limit = Math.max(1, Math.round(Number(o.limit)) || 10);
  const place = commune ? pick(commune.name, locale) : o.postalCode ? { text: o.postalCode, lang: locale } : undefined;
  const title = o.heading?.trim() || (place ? say(locale, 'finder.heading', { commune: place.text }) : say(locale, 'finder.headingAll'));
  const out = [heading(l, esc(title), o.heading?.trim() ? '' : ` lang="${locale}"`)];
  const shown = counters.slice(0, limit);
  if (shown.some((g) => g.example)) out.push(`<p lang="${locale}"><strong>${esc(say(locale, 'finder.demo'))}</strong></p>`);
  if (!shown.length) {
    out.push(`<p lang="${locale}">${esc(say(locale, 'finder.none', { commune: place?.text ?? '' }))}</p>`);
  } else {
    const items = shown.map((g) => {
      const address = [g.address.street && txt(g.address.street, locale), `${esc(g.address.postalCode)} ${txt(g.address.city, locale)}`].filter(Boolean).join(', ');
      const hours = walkInLines(g, locale, o.at);
      const walkIn = esc(say(locale, 'finder.walkIn'));
      const body =
        hours === 'unknown'
          ? `<p>${esc(say(locale, 'finder.unknown'))}</p>`
          : hours === 'appointment'
            ? `<p>${esc(say(locale, 'finder.appointmentOnly'))}</p>`
            : `<p>${walkIn}${locale === 'fr' ? '\u00a0:' : ':'}</p><ul>${hours.map((h) => `<li>${esc(h)}</li>`).join('')}</ul>`;
      const phone = g.phone && /^\+[0-9]{6,15}$/.test(g.phone) ? `<p>${esc(say(locale, 'finder.phone'))} <a href="tel:${g.phone}">${esc(g.phone)}</a></p>` : '';
      return `<li><p><strong${langOf(g.name, locale)}>${txt(g.name, locale)}</strong>, ${address}</p>${body}${phone}</li>`;
    });
    out.push(`<ul lang="${locale}">${items.join('')}</ul>`);
    if (counters.length > shown.length) out.push(`<p lang="${locale}">${esc(say(locale, 'finder.others', { n: counters.length - shown.length }))}</p>`);
    out.push(`<p lang="${locale}">${esc(say(locale, 'finder.usual'))}</p>`);
  }
  const more = link(o.link, esc(say(locale, 'finder.more')));
  if (more) out.push(`<p lang="${locale}">${more}</p>`);
  return out.join('\n');
}

// ---------------------------------------------------------------- the partner list

export interface PartnerOptions extends PrerenderOptions {
  types?: string;
  sort?: 'data' | 'name' | string;
}

/** The partners as a list of names (linked to their website when they have one), short names and roles. */
export function prerenderPartners(data: ThemeData, o: PartnerOptions): string {
  const { locale } = o;
  const types = parseList(o.types);
  let partners = data.partners.filter((p) => !types.length || types.includes(p.type));
  if (o.sort === 'name') {
    const collator = new Intl.Collator(locale);
    partners = [...partners].sort((a, b) => collator.compare(pick(a.name, locale).text, pick(b.name, locale).text));
  }
  const items = partners.map((p) => {
    const name = `<strong${langOf(p.name, locale)}>${txt(p.name, locale)}</strong>`;
    const linked = p.url ? link(p.url, name) || name : name;
    return `<li>${linked}${p.shortName ? ` (${esc(p.shortName)})` : ''}, ${txt(p.role, locale)}</li>`;
  });
  const out = [];
  if (data.source) {
    const title = pick(data.source.title, locale);
    out.push(`<p lang="${locale}">${quoting(say(locale, 'partners.intro', { title: title.text }), title, locale)}</p>`);
  }
  out.push(`<ul lang="${locale}">${items.join('')}</ul>`);
  const more = link(o.link, esc(say(locale, 'embed.title.partner-list')));
  if (more) out.push(`<p lang="${locale}">${more}</p>`);
  return out.join('\n');
}

// ---------------------------------------------------------------- the self-check

export interface SelfCheckOptions extends PrerenderOptions {
  audience?: string;
  themes?: string;
}

/** The self-check: its title, one sentence (how many questions, anonymous) and a link to take it (the embed page or the site's page). */
export function prerenderSelfCheck(data: ThemeData, o: SelfCheckOptions): string {
  const { locale } = o;
  const l = level(o.headingLevel, 2);
  const themes = parseList(o.themes);
  const audience = o.audience === 'institution' || o.audience === 'travailleur' ? o.audience : undefined;
  const n = data.questions.filter((q) => (!audience || q.audiences.includes(audience)) && (!themes.length || themes.includes(q.theme))).length;
  const title = data.source ? pick(data.source.title, locale) : { text: 'Comment le numérique questionne nos pratiques\u202f?', lang: 'fr' };
  const text = say(locale, audience && n ? (`selfcheck.text.${audience}` as const) : 'selfcheck.text.any', { n, title: title.text });
  const out = [heading(l, esc(say(locale, 'selfcheck.title')), ` lang="${locale}"`), `<p lang="${locale}">${quoting(text, title, locale)}</p>`];
  const more = link(o.link, `<strong>${esc(say(locale, 'selfcheck.link'))}</strong>`);
  if (more) out.push(`<p lang="${locale}">${more}</p>`);
  return out.join('\n');
}

// ---------------------------------------------------------------- any widget, from its attributes

export type WidgetName = 'recommendation-card' | 'self-check' | 'partner-list' | 'guichet-finder';

/**
 * The pre-rendered content of a widget from its attributes (as the configurator and the embed
 * page know them: `{ recommendation: 'acces-physique', variant: 'compact', 'easy-read': true }`).
 */
export function prerender(widget: WidgetName, attrs: Record<string, string | boolean | undefined>, data: ThemeData, o: PrerenderOptions): string {
  const s = (name: string) => (typeof attrs[name] === 'string' ? (attrs[name] as string) : undefined);
  const b = (name: string) => attrs[name] === true || attrs[name] === '';
  const common = { ...o, headingLevel: s('heading-level') ?? o.headingLevel };
  switch (widget) {
    case 'recommendation-card':
      return prerenderCard(data, { ...common, recommendation: s('recommendation') ?? '', variant: s('variant'), easyRead: b('easy-read'), href: s('href') });
    case 'guichet-finder':
      return prerenderFinder(data, {
        ...common,
        commune: s('commune'),
        postalCode: s('postal-code'),
        services: s('services'),
        types: s('types'),
        walkInOnly: b('walk-in-only'),
        limit: s('limit'),
        heading: s('heading'),
      });
    case 'partner-list':
      return prerenderPartners(data, { ...common, types: s('types'), sort: s('sort') });
    case 'self-check':
      return prerenderSelfCheck(data, { ...common, audience: s('audience'), themes: s('themes') });
  }
}
