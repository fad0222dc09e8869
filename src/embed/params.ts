/**
 * The embed page's query string, checked: `?widget=guichet-finder&commune=Wavre&lang=nl`.
 * Every documented attribute of the chosen widget is a parameter; anything unknown or invalid
 * is left out and reported (a problem for the page to show, a console line naming it), and the
 * rest still works. URLs (`src`, `href`) are kept only on the page's own origin or an origin of
 * the allow-list written in the hosted page, so that nobody can show made-up counters or phone
 * numbers under a commune's domain through a crafted link. Pure: no DOM.
 */
import type { Locale } from '../data/model.js';
import { COLOURS, ID, LANGS, WIDGETS, WIDGET_NAMES, type Param, type WidgetName } from './widgets.js';

export interface Problem {
  kind: 'unknown' | 'bad' | 'url' | 'noWidget';
  /** The parameter. */
  name: string;
  value?: string;
  /** What it takes, language-neutral (`full | compact`, `2–6`, `#rrggbb`). */
  expected?: string;
  /** One English line for the console. */
  console: string;
}

export interface EmbedConfig {
  widget?: WidgetName;
  /** The page's language: `lang`, else French. */
  lang: Locale;
  /** The widget's attributes, checked (`true` for a boolean attribute that is set). */
  attrs: Record<string, string | true>;
  /** Custom property → colour. */
  colours: Record<string, string>;
  problems: Problem[];
}

/** The finder's own `sync-url` parameters (`nc-q`, `nc-service`…): written by the widget in the page's URL, never reported. */
const SYNCED = /^nc-[a-z-]+$/;

const describe = (p: Param): string => {
  switch (p.kind) {
    case 'enum':
      return p.values.join(' | ');
    case 'bool':
      return 'true | false';
    case 'int':
      return `${p.min}–${p.max}`;
    case 'url':
      return 'URL';
    case 'list':
      return p.values ? p.values.join(', ') : p.builtIn ? p.builtIn.join(', ') : 'id, id';
    case 'id':
      return p.builtIn.join(', ');
    case 'text':
      return p.max === 4 ? '1000–9999' : 'text';
    case 'colour':
      return '#rrggbb';
  }
};

/** An allow-list origin as written (`https://data.example.be`), or `undefined` when it is not an origin. */
export function origin(entry: string): string | undefined {
  try {
    const u = new URL(entry);
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.origin === entry.replace(/\/$/, '') ? u.origin : undefined;
  } catch {
    return undefined;
  }
}

/** The check of a URL parameter: the absolute URL when it is http(s) on an allowed origin; else `undefined`, the problem said. */
function urlChecker(base: string, allowed: Set<string>, problems: Problem[], bad: (name: string, value: string, expected: string) => void) {
  return (name: string, value: string): string | undefined => {
    let u: URL;
    try {
      u = new URL(value, base);
    } catch {
      bad(name, value, 'URL');
      return undefined;
    }
    if ((u.protocol !== 'https:' && u.protocol !== 'http:') || !allowed.has(u.origin)) {
      problems.push({
        kind: 'url',
        name,
        value,
        console: `parameter "${name}": ${u.protocol === 'https:' || u.protocol === 'http:' ? `${u.origin} is neither this page's origin nor on its allow-list (meta name="numerique-choisi-allow")` : `the ${u.protocol} scheme is not accepted`}; ignored.`,
      });
      return undefined;
    }
    return u.href;
  };
}

/** What `readValue` needs to read one parameter of the widget. */
interface ValueRead {
  param: Param;
  name: string;
  value: string;
  /** `src` is a site's own data: its own ids are valid. */
  own: boolean;
  set: (v: string | true) => void;
  bad: (name: string, value: string, expected: string) => void;
  url: (name: string, value: string) => string | undefined;
}

/** One parameter of the widget, checked against its schema: set as an attribute, or said to be bad. */
function readValue({ param: p, name, value, own, set, bad, url }: ValueRead): void {
  switch (p.kind) {
    case 'bool':
      if (value === '' || value === 'true' || value === '1') set(true);
      else if (value !== 'false' && value !== '0') bad(name, value, describe(p));
      break;
    case 'enum':
      if (p.values.includes(value)) set(value);
      else bad(name, value, describe(p));
      break;
    case 'int': {
      const n = Number(value);
      if (/^\d+$/.test(value) && n >= p.min && n <= p.max) set(String(n));
      else bad(name, value, describe(p));
      break;
    }
    case 'url': {
      const checked = url(name, value);
      if (checked) set(checked);
      break;
    }
    case 'id':
      if (ID.test(value) && (own || p.builtIn.includes(value))) set(value);
      else bad(name, value, own ? 'id' : describe(p));
      break;
    case 'list': {
      const items = value.split(/[\s,]+/).filter(Boolean);
      const closed = p.values ?? (own ? undefined : p.builtIn);
      const wrong = items.filter((i) => !ID.test(i) || (closed && !closed.includes(i)));
      if (items.length && !wrong.length) set(items.join(','));
      else bad(name, value, closed ? closed.join(', ') : 'id, id');
      break;
    }
    case 'text':
      if (value.length <= p.max && p.pattern.test(value.trim())) set(value.trim());
      else bad(name, value, describe(p));
      break;
    case 'colour':
      break;
  }
}

/**
 * Reads `query` (`location.search`) for a page at `base` (`location.href`), with `allow` the
 * origins the hosting site accepts for `src` and `href` besides its own.
 */
export function readParams(query: string, { base, allow = [] }: { base: string; allow?: readonly string[] }): EmbedConfig {
  const params = new URLSearchParams(query);
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const entries: [string, string][] = [];
  for (const [name, value] of params) {
    if (seen.has(name)) continue; // the first one wins, as URLSearchParams.get
    seen.add(name);
    entries.push([name, value]);
  }
  const get = (name: string) => entries.find(([n]) => n === name)?.[1];
  const bad = (name: string, value: string, expected: string) =>
    problems.push({ kind: 'bad', name, value, expected, console: `parameter "${name}": "${value.slice(0, 100)}" is not valid (expected ${expected}); ignored.` });

  const langValue = get('lang');
  const lang: Locale = (LANGS as readonly string[]).includes(langValue ?? '') ? (langValue as Locale) : 'fr';
  if (langValue !== undefined && lang !== langValue) bad('lang', langValue, LANGS.join(' | '));

  const widgetValue = get('widget');
  const widget = (WIDGET_NAMES as string[]).includes(widgetValue ?? '') ? (widgetValue as WidgetName) : undefined;
  if (!widget) {
    const list = WIDGET_NAMES.join(', ');
    problems.push({
      kind: 'noWidget',
      name: 'widget',
      value: widgetValue,
      expected: list,
      console: widgetValue === undefined ? `no "widget" parameter (one of: ${list}).` : `parameter "widget": "${widgetValue.slice(0, 100)}" is not a widget (one of: ${list}).`,
    });
  }
  const schema = widget ? WIDGETS[widget] : {};
  const own = new URL(base).origin;
  const allowed = new Set([own, ...allow]);

  const url = urlChecker(base, allowed, problems, bad);

  const attrs: Record<string, string | true> = {};
  const colours: Record<string, string> = {};
  // `src` first: with a site's own data, a site's own ids are valid.
  const srcValue = get('src');
  if (widget && srcValue !== undefined) {
    const checked = url('src', srcValue);
    if (checked) attrs.src = checked;
  }
  const own_ = !!attrs.src;

  for (const [name, value] of entries) {
    if (name === 'widget' || name === 'src') continue;
    if (name === 'lang') {
      if (widget && lang === value) attrs.lang = lang;
      continue;
    }
    if (name in COLOURS) {
      if (/^#[0-9a-f]{3}([0-9a-f]{3})?$/i.test(value)) colours[COLOURS[name as keyof typeof COLOURS]] = value;
      else bad(name, value, '#rrggbb');
      continue;
    }
    if (widget === 'guichet-finder' && SYNCED.test(name)) continue;
    const p = schema[name];
    if (!p) {
      if (!widget) continue; // reported as « no widget » already
      problems.push({ kind: 'unknown', name, console: `unknown parameter "${name}" for ${widget} (ignored); it knows: ${Object.keys(schema).join(', ')}, and color-primary, color-surface, color-text.` });
      continue;
    }
    readValue({ param: p, name, value, own: own_, set: (v) => (attrs[name] = v), bad, url });
  }
  return { widget, lang, attrs, colours, problems };
}

/** The embed page's URL for a widget and its attributes (the configurator's iframe snippets). */
export function embedUrl(page: string, widget: WidgetName, attrs: Record<string, string | boolean | undefined>, colours: Record<string, string> = {}): string {
  const u = new URL(page);
  u.search = '';
  u.searchParams.set('widget', widget);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false || value === '') continue;
    u.searchParams.set(name, value === true ? '' : value);
  }
  for (const [param, prop] of Object.entries(COLOURS)) if (colours[prop]) u.searchParams.set(param, colours[prop]);
  // `a=` for a boolean reads better as `a`; URLSearchParams writes `a=`: both are valid.
  return u.href.replace(/=(?=&|$)/g, '');
}
