/**
 * The snippets the configurator gives a webmaster, in four forms (plus the CSS of the colours).
 * Pure: strings in, strings out.
 *
 * 1. `script`: the tag with its pre-rendered content inside, the loader, and a `modulepreload`
 *    for each file the widget needs (one round trip for all of them; a stale name after an
 *    upgrade only costs a useless request: the loader still finds the right files);
 * 2. `npm`: the import of the widget's define entry, and the tag;
 * 3. `iframe`: the embed page, with `allow="geolocation"` and the optional resize script;
 * 4. `plone`: the iframe as Plone / iA.Smartweb keeps it (only `src`, `width`, `height`, `title`,
 *    `style`, `loading`), at the widget's fixed height, and a fallback link after it: shown when the
 *    privacy layer blanks the iframe until the visitor accepts external content.
 */
import type { Locale } from '../data/model.js';
import { ui as uiSay } from './configurator-strings.js';
import { esc } from './prerender.js';
import { embedUrl } from './params.js';
import { say, type StringId } from './strings.js';
import cardHeights from '../generated/card-heights.json';
import { COLOURS, HEIGHTS, type WidgetName } from './widgets.js';

export interface SnippetInput {
  widget: WidgetName;
  /** The widget's attributes (without `lang`): `true` for a boolean attribute. */
  attrs: Record<string, string | boolean | undefined>;
  lang: Locale;
  /** Custom property → colour, only those that differ from the defaults. */
  colours: Record<string, string>;
  /** Where the site serves the files of dist/cdn/ (ends with /). */
  cdn: string;
  /** Where the site or a partner serves dist/embed/ (ends with /). */
  embed: string;
  /** The pre-rendered content (src/embed/prerender.ts). */
  prerendered: string;
  /** The files of dist/cdn/ the widget needs (the loader's list). */
  preloads: readonly string[];
}

const indent = (html: string, pad = '  ') =>
  html
    .split('\n')
    .map((l) => pad + l)
    .join('\n');

/** ` name="value"` for each attribute, `lang` last; a boolean attribute as its bare name. */
export function attributes(attrs: SnippetInput['attrs'], lang?: Locale): string {
  let out = '';
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false || value === '') continue;
    out += value === true ? ` ${name}` : ` ${name}="${esc(value)}"`;
  }
  return lang ? `${out} lang="${lang}"` : out;
}

export const pageUrl = (i: SnippetInput) => embedUrl(i.embed, i.widget, { ...i.attrs, lang: i.lang }, i.colours);

export const frameTitle = (i: SnippetInput) => say(i.lang, `embed.title.${i.widget}` as StringId);

export function scriptSnippet(i: SnippetInput): string {
  const preload = i.preloads.map((f) => `<link rel="modulepreload" href="${esc(i.cdn + f)}">`);
  return [
    ...preload,
    `<script type="module" src="${esc(i.cdn)}loader.js"></script>`,
    `<nc-${i.widget}${attributes(i.attrs, i.lang)}>`,
    indent(i.prerendered),
    `</nc-${i.widget}>`,
  ].join('\n');
}

/** `ui`: the language of the comment (the configurator's interface), not the widget's. */
export function npmSnippet(i: SnippetInput, ui: Locale = 'fr'): string {
  return [
    '// npm install numerique-choisi',
    `import 'numerique-choisi/define/${i.widget}';`,
    '',
    `// ${uiSay(ui, 'npm.tag')}`,
    `// <nc-${i.widget}${attributes(i.attrs, i.lang)}></nc-${i.widget}>`,
  ].join('\n');
}

export function iframeSnippet(i: SnippetInput): string {
  return [
    `<iframe src="${esc(pageUrl(i))}" title="${esc(frameTitle(i))}" width="100%" height="${HEIGHTS[i.widget]}" loading="lazy" allow="geolocation" style="border: 0; width: 100%; max-width: 100%;"></iframe>`,
    `<script src="${esc(i.embed)}resize.js" defer></script>`,
  ].join('\n');
}

export function ploneSnippet(i: SnippetInput): string {
  const url = esc(pageUrl(i));
  return [
    `<iframe src="${url}" title="${esc(frameTitle(i))}" width="100%" height="${HEIGHTS[i.widget]}" loading="lazy" style="border: 0; width: 100%; max-width: 100%;"></iframe>`,
    `<p lang="${i.lang}"><a href="${url}">${esc(frameTitle(i))}</a></p>`,
  ].join('\n');
}

/**
 * The card's reserved height, measured by scripts/card-heights.mjs with the built-in French texts
 * (src/generated/card-heights.json, the one source of the demo's, the docs' and this CSS): the
 * pre-rendered content sits in a box as tall as the card it becomes, so that the upgrade moves
 * nothing below it (CLS).
 */
export const CARD_RESERVE_CSS = `${cardHeights.css}
nc-recommendation-card:not(:defined) {
  display: block;
  font-size: var(--nc-font-size, medium);
  min-height: var(--card-reserve);
}
nc-recommendation-card::part(loading) {
  min-height: var(--card-reserve);
}`;

/**
 * For the site's own style sheet (never inline: a strict CSP would block a style attribute, and
 * KSES would show a `<style>`'s text): the colours, and for a card the reserved height. `ui`: the
 * language of the comment (the configurator's interface).
 */
export function cssSnippet(i: Pick<SnippetInput, 'widget' | 'colours'>, ui: Locale = 'fr'): string {
  const lines = Object.values(COLOURS)
    .filter((prop) => i.colours[prop])
    .map((prop) => `  ${prop}: ${i.colours[prop]};`);
  const colours = lines.length ? `nc-${i.widget} {\n${lines.join('\n')}\n}` : '';
  return [colours, i.widget === 'recommendation-card' ? `/* ${uiSay(ui, 'css.reserve')} */\n${CARD_RESERVE_CSS}` : '']
    .filter(Boolean)
    .join('\n\n');
}
