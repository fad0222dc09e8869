/**
 * The configurator (dist/embed/configurator.html, linked from the demo): pick a widget, set its
 * attributes with form controls, see it live, copy the snippet in four forms. It uses only the
 * widgets' public API (define entries, tags, attributes, custom properties) and the data layer
 * (built-in data for the pre-rendered content). Nothing is sent or stored. Its own interface is in
 * French, Dutch, German or English (configurator-i18n.ts, configurator-strings.ts), chosen apart
 * from the widget's language; switching it keeps every setting.
 */
import type { Locale, ThemeData } from '../data/model.js';
import { pick } from '../shared/text.js';
import { logError } from '../util/log.js';
import { applyUi, initialUi, rememberUi } from './configurator-i18n.js';
import { ui } from './configurator-strings.js';
import { builtInData, linkTarget, prerender } from './prerender.js';
import { cssSnippet, iframeSnippet, npmSnippet, pageUrl, ploneSnippet, scriptSnippet, type SnippetInput } from './snippets.js';
import { say } from './strings.js';
import { COLOURS, type WidgetName } from './widgets.js';

declare const __NC_CDN_PRELOADS__: Record<string, string[]>;

const define: Record<WidgetName, () => Promise<unknown>> = {
  'recommendation-card': () => import('../define/recommendation-card.js'),
  'self-check': () => import('../define/self-check.js'),
  'partner-list': () => import('../define/partner-list.js'),
  'guichet-finder': () => import('../define/guichet-finder.js'),
};

/** The defaults of the three colour tokens (src/shared/tokens.json): a colour left at its default is not written. */
const DEFAULT_COLOURS: Record<string, string> = {
  '--nc-color-primary': '#0a5a9c',
  '--nc-color-surface': '#ffffff',
  '--nc-color-text': '#1d2329',
};

const form = document.getElementById('form') as HTMLFormElement;
/** The language of the configurator's own interface (not the widget's). */
let uiLocale: Locale = initialUi(location.search, navigator.languages ?? [navigator.language]);
const field = <T extends HTMLElement = HTMLInputElement>(name: string) => form.elements.namedItem(name) as unknown as T;
const value = (name: string) => (field<HTMLInputElement | HTMLSelectElement>(name)?.value ?? '').trim();
const checked = (name: string) => field<HTMLInputElement>(name).checked;

const data = new Map<Locale, Promise<ThemeData>>();
const dataIn = (locale: Locale) => {
  let d = data.get(locale);
  if (!d) data.set(locale, (d = builtInData(locale)));
  return d;
};

/** The widget's attributes from the form (no `lang`: it is written apart). */
function attributesOf(widget: WidgetName): SnippetInput['attrs'] {
  const heading = value('heading-level') || undefined;
  switch (widget) {
    case 'recommendation-card': {
      const link = linkTarget(value('link'));
      return { recommendation: value('recommendation'), variant: value('variant') || undefined, 'easy-read': checked('easy-read'), href: link, 'heading-level': heading };
    }
    case 'guichet-finder':
      return {
        commune: value('commune') || undefined,
        services: value('services') || undefined,
        types: value('finder-types') || undefined,
        'walk-in-only': checked('walk-in-only'),
        'open-now': checked('open-now'),
        'heading-level': heading,
      };
    case 'partner-list':
      return { layout: value('layout') || undefined, sort: value('sort') || undefined, types: value('partner-types') || undefined, 'heading-level': heading };
    case 'self-check':
      return { audience: value('audience') || undefined, 'heading-level': heading };
  }
}

const folder = (v: string) => (v && !v.endsWith('/') ? `${v}/` : v);

/** Everything the snippets need, read from the form. */
export async function currentInput(): Promise<SnippetInput> {
  const widget = (form.querySelector<HTMLInputElement>('input[name="widget"]:checked')?.value ?? 'recommendation-card') as WidgetName;
  const lang = value('lang') as Locale;
  const attrs = attributesOf(widget);
  const colours: Record<string, string> = {};
  for (const prop of Object.values(COLOURS)) {
    const v = field<HTMLInputElement>(prop).value.toLowerCase();
    if (v !== DEFAULT_COLOURS[prop]) colours[prop] = v;
  }
  const input: SnippetInput = {
    widget,
    attrs,
    lang,
    colours,
    cdn: folder(value('cdn')),
    embed: folder(value('embed')),
    prerendered: '',
    preloads: __NC_CDN_PRELOADS__[`nc-${widget}`] ?? [],
  };
  // « Read more »: the site's page if given, else this widget's embed page (which works on its own).
  const link = linkTarget(value('link')) ?? (input.embed ? pageUrl(input) : undefined);
  input.prerendered = prerender(widget, attrs, await dataIn(lang), { locale: lang, link });
  return input;
}

let generation = 0;

async function update(): Promise<void> {
  const mine = ++generation;
  const widget = (form.querySelector<HTMLInputElement>('input[name="widget"]:checked')?.value ?? 'recommendation-card') as WidgetName;
  for (const set of form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-for]')) set.hidden = set.dataset.for !== widget;
  let input: SnippetInput;
  try {
    input = await currentInput();
  } catch (error) {
    logError('configurator', 'could not read the built-in data:', error);
    document.getElementById('copy-status')!.textContent = ui(uiLocale, 'noData');
    return;
  }
  if (mine !== generation) return; // a newer change is on its way

  // The preview: the tag as the snippet writes it, its pre-rendered content inside.
  const preview = document.getElementById('preview')!;
  const el = document.createElement(`nc-${widget}`);
  for (const [name, v] of Object.entries(input.attrs)) if (v !== undefined && v !== false && v !== '') el.setAttribute(name, v === true ? '' : v);
  el.setAttribute('lang', input.lang);
  for (const [prop, v] of Object.entries(input.colours)) el.style.setProperty(prop, v);
  // Our own output, escaped from the data (src/embed/prerender.ts): no markup from elsewhere.
  el.innerHTML = input.prerendered;
  preview.replaceChildren(el);
  define[widget]().catch((error: unknown) => logError('configurator', `could not load <nc-${widget}>:`, error));

  const out = (id: string, text: string) => ((document.getElementById(id) as HTMLTextAreaElement).value = text);
  out('out-script', scriptSnippet(input));
  out('out-css', cssSnippet(input, uiLocale) || `/* ${ui(uiLocale, 'css.none')} */`);
  out('out-npm', npmSnippet(input, uiLocale));
  out('out-iframe', iframeSnippet(input));
  out('out-plone', ploneSnippet(input));
  document.dispatchEvent(new CustomEvent('nc-configurator-update'));
}

async function copy(button: HTMLButtonElement): Promise<void> {
  const area = document.getElementById(button.dataset.copy!) as HTMLTextAreaElement;
  const status = document.getElementById('copy-status')!;
  const id = button.dataset.name;
  const name = id === 'name.script' || id === 'name.css' || id === 'name.npm' || id === 'name.iframe' || id === 'name.plone' ? ui(uiLocale, id) : '';
  try {
    await navigator.clipboard.writeText(area.value);
    status.textContent = ui(uiLocale, 'copied', { name });
  } catch {
    // No clipboard access (an insecure page, a refusal): select the text for Ctrl+C.
    area.focus();
    area.select();
    status.textContent = ui(uiLocale, 'selected', { name });
  }
}

/**
 * The choices that come from the data, labelled in the interface's language: the recommendations
 * (in the data's order) and the communes (by name; the value stays the French name the widget
 * takes). A choice already made stays chosen.
 */
async function labelChoices(): Promise<void> {
  const d = await dataIn(uiLocale);
  const recommendations = field<HTMLSelectElement>('recommendation');
  const chosen = recommendations.value;
  recommendations.replaceChildren(
    ...d.recommendations.map((r) => {
      const title = pick(r.title, uiLocale);
      const option = new Option(ui(uiLocale, 'recommendation.option', { kind: say(uiLocale, `kind.${r.kind}`), title: title.text }), r.id);
      if (title.lang !== uiLocale) option.lang = title.lang;
      return option;
    }),
  );
  if (chosen) recommendations.value = chosen;
  const communes = field<HTMLSelectElement>('commune');
  const commune = communes.value;
  const named = d.communes.map((c) => ({ value: c.name.fr, label: pick(c.name, uiLocale) }));
  named.sort((a, b) => a.label.text.localeCompare(b.label.text, uiLocale));
  communes.replaceChildren(communes.options[0], ...named.map((c) => Object.assign(new Option(c.label.text, c.value), c.label.lang !== uiLocale ? { lang: c.label.lang } : {})));
  communes.value = commune;
}

/** The interface in `locale`: its texts, the data's choices, and the snippets' comments. */
async function switchUi(locale: Locale): Promise<void> {
  uiLocale = locale;
  applyUi(locale);
  rememberUi(locale);
  document.getElementById('copy-status')!.textContent = '';
  await labelChoices();
  await update();
}

async function init(): Promise<void> {
  field<HTMLInputElement>('cdn').value = new URL('../cdn/', location.href).href;
  field<HTMLInputElement>('embed').value = new URL('./', location.href).href;
  const uiSelect = document.getElementById('ui') as HTMLSelectElement;
  uiSelect.value = uiLocale;
  applyUi(uiLocale);
  await labelChoices();
  field<HTMLSelectElement>('commune').value = 'Wavre';
  uiSelect.addEventListener('change', () => void switchUi(uiSelect.value as Locale));
  form.addEventListener('input', () => void update());
  form.addEventListener('change', () => void update());
  form.addEventListener('submit', (e) => e.preventDefault());
  for (const b of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) b.addEventListener('click', () => void copy(b));
  await update();
}

void init();
