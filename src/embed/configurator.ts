/**
 * The configurator (dist/embed/configurator.html, linked from the demo): pick a widget, set its
 * attributes with form controls, see it live, copy the snippet in four forms. It uses only the
 * widgets' public API (define entries, tags, attributes, custom properties) and the data layer
 * (built-in data for the pre-rendered content). Nothing is sent or stored.
 */
import type { Locale, ThemeData } from '../data/model.js';
import { logError } from '../util/log.js';
import { builtInData, linkTarget, prerender } from './prerender.js';
import { cssSnippet, iframeSnippet, npmSnippet, pageUrl, ploneSnippet, scriptSnippet, type SnippetInput } from './snippets.js';
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
  out('out-css', cssSnippet(input) || '/* Couleurs par défaut : rien à ajouter. */');
  out('out-npm', npmSnippet(input));
  out('out-iframe', iframeSnippet(input));
  out('out-plone', ploneSnippet(input));
  document.dispatchEvent(new CustomEvent('nc-configurator-update'));
}

async function copy(button: HTMLButtonElement): Promise<void> {
  const area = document.getElementById(button.dataset.copy!) as HTMLTextAreaElement;
  const status = document.getElementById('copy-status')!;
  const name = document.querySelector(`label[for="${area.id}"]`)?.textContent?.replace(/^Code : /, '') ?? '';
  try {
    await navigator.clipboard.writeText(area.value);
    status.textContent = `Copié : ${name}.`;
  } catch {
    // No clipboard access (an insecure page, a refusal): select the text for Ctrl+C.
    area.focus();
    area.select();
    status.textContent = `Le code est sélectionné : appuyez sur Ctrl+C (⌘+C sur Mac) pour copier ${name}.`;
  }
}

async function init(): Promise<void> {
  field<HTMLInputElement>('cdn').value = new URL('../cdn/', location.href).href;
  field<HTMLInputElement>('embed').value = new URL('./', location.href).href;
  const fr = await dataIn('fr');
  const select = field<HTMLSelectElement>('recommendation');
  for (const r of fr.recommendations) {
    select.add(new Option(`${r.kind === 'recommandation' ? 'Recommandation' : 'Constat'} : ${r.title.fr}`, r.id));
  }
  const communes = field<HTMLSelectElement>('commune');
  for (const c of [...fr.communes].sort((a, b) => a.name.fr.localeCompare(b.name.fr, 'fr'))) communes.add(new Option(c.name.fr, c.name.fr, false, c.name.fr === 'Wavre'));
  form.addEventListener('input', () => void update());
  form.addEventListener('change', () => void update());
  form.addEventListener('submit', (e) => e.preventDefault());
  for (const b of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) b.addEventListener('click', () => void copy(b));
  await update();
}

void init();
