/**
 * Two small HTML filters that do what the CMSs of Walloon communes do to an editor's HTML
 * (/work/shared/DESIGN.md « Where the widgets land »), for the embedding tests:
 *
 * - `ploneFilter`: Plone 6's `safe_html` as iA.Smartweb ships it: `<script>`, `<style>`, `<embed>`,
 *   `<object>` and comments go with their content; `<template>` goes; unknown tags (the widgets'
 *   `nc-*`) go but their children stay; one attribute list for every tag (`class`, `id`, `lang`,
 *   `title`, `datetime`, `scope`, `style` and the tag's own: `href`, `src`, `alt`, `width`,
 *   `height`…), so `data-*`, `on*`, `slot`, `part`, `aria-*`, `role` and custom attributes go; an
 *   `<iframe>` keeps only `src`, `width`, `height`, `title`, `style`, `loading`; any attribute whose
 *   value contains `script:`, `data:` or `expression(` is deleted.
 * - `ksesFilter`: WordPress's `wp_kses_post` for filtered roles: `<script>`, `<style>`, custom tags
 *   and `<iframe>` lose their tags but keep their inner text (so inline code becomes visible
 *   text); global attributes `class`, `id`, `style`, `title`, `lang`, `dir`, `role`, a few `aria-*`
 *   and `data-*`; per tag e.g. `a href target rel`, `th scope`; `time` is not allowed; `href`
 *   only with an allowed protocol (http, https, mailto, tel, ftp…) or relative.
 *
 * Both parse with the browser's own parser (as lxml and KSES parse: leniently) and return HTML.
 */

const PLONE_DROP = new Set(['script', 'style', 'embed', 'object', 'template', 'noscript', 'applet', 'base', 'meta', 'link', 'form', 'input', 'button', 'select', 'textarea']);
const PLONE_TAGS = new Set(
  ('a abbr acronym address b bdo big blockquote br caption cite code col colgroup dd del dfn div dl dt em figure figcaption ' +
    'h1 h2 h3 h4 h5 h6 hr i img iframe ins kbd li ol p pre q s samp small span strike strong sub sup table tbody td tfoot th ' +
    'thead tr tt u ul var article aside footer header nav section main details summary audio video source picture time mark')
    .split(' '),
);
const PLONE_ATTRS = new Set(
  ('class id lang title datetime scope style href src alt width height loading name target rel colspan rowspan headers ' +
    'abbr align cite dir hreflang longdesc summary type valign cellpadding cellspacing border charset controls poster')
    .split(' '),
);
const IFRAME_ATTRS = new Set(['src', 'width', 'height', 'title', 'style', 'loading']);
const DANGEROUS = /script:|data:|expression\(/i;

const KSES_TAGS = new Set(
  ('a abbr acronym address area article aside audio b bdo big blockquote br button caption cite code col colgroup dd del ' +
    'details dfn div dl dt em fieldset figure figcaption font footer h1 h2 h3 h4 h5 h6 header hgroup hr i img ins kbd label ' +
    'legend li main map mark menu nav object ol p pre q rb rp rt rtc ruby s samp section small span strike strong sub summary ' +
    'sup table tbody td textarea tfoot th thead tr track tt u ul var video')
    .split(' '),
);
const KSES_GLOBAL = new Set(['class', 'id', 'style', 'title', 'lang', 'dir', 'role', 'aria-describedby', 'aria-details', 'aria-label', 'aria-labelledby', 'aria-hidden']);
const KSES_PER_TAG: Record<string, string[]> = {
  a: ['href', 'rel', 'rev', 'name', 'target', 'download', 'hreflang', 'referrerpolicy'],
  img: ['src', 'alt', 'width', 'height', 'loading', 'srcset', 'sizes', 'decoding'],
  th: ['scope', 'colspan', 'rowspan', 'headers', 'abbr'],
  td: ['colspan', 'rowspan', 'headers'],
  details: ['open'],
  table: ['summary', 'border', 'cellpadding', 'cellspacing', 'width'],
  ol: ['start', 'reversed', 'type'],
  blockquote: ['cite'],
  q: ['cite'],
};
const KSES_PROTOCOLS = /^(https?|ftp|ftps|mailto|news|irc|irc6|ircs|gopher|nntp|feed|telnet|mms|rtsp|sms|svn|tel|fax|xmpp|webcal|urn):/i;

function parse(html: string): HTMLElement {
  const doc = new DOMParser().parseFromString(`<!doctype html><html><body><div id="nc-filter-root">${html}</div></body></html>`, 'text/html');
  return doc.getElementById('nc-filter-root')!;
}

/** Replaces `el` by its children. */
function unwrap(el: Element): void {
  el.replaceWith(...el.childNodes);
}

/** Elements under `root`, deepest first (so unwrapping never skips one). */
/** Both filters drop comments (with what they hide). */
function removeComments(root: Element): void {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  comments.forEach((c) => c.parentNode?.removeChild(c));
}

function elements(root: Element): Element[] {
  return [...root.querySelectorAll('*')].reverse();
}

export function ploneFilter(html: string): string {
  const root = parse(html);
  removeComments(root);
  for (const el of elements(root)) {
    const tag = el.localName;
    if (PLONE_DROP.has(tag)) {
      el.remove();
      continue;
    }
    for (const { name, value } of [...el.attributes]) {
      const allowed = tag === 'iframe' ? IFRAME_ATTRS.has(name) : PLONE_ATTRS.has(name);
      if (!allowed || DANGEROUS.test(value)) el.removeAttribute(name);
    }
    if (!PLONE_TAGS.has(tag)) unwrap(el);
  }
  return root.innerHTML;
}

export function ksesFilter(html: string): string {
  const root = parse(html);
  removeComments(root);
  for (const el of elements(root)) {
    const tag = el.localName;
    if (tag === 'script' || tag === 'style' || tag === 'template') {
      // The tag goes, its text stays (as visible text): a snippet must carry no inline code.
      const content = tag === 'template' ? (el as HTMLTemplateElement).content.textContent ?? '' : el.textContent ?? '';
      el.replaceWith(root.ownerDocument.createTextNode(content));
      continue;
    }
    for (const { name, value } of [...el.attributes]) {
      const allowed = KSES_GLOBAL.has(name) || name.startsWith('data-') || (KSES_PER_TAG[tag] ?? []).includes(name);
      const badUrl = (name === 'href' || name === 'src') && /^[a-z][a-z0-9+.-]*:/i.test(value.trim()) && !KSES_PROTOCOLS.test(value.trim());
      if (!allowed || badUrl || /^on/i.test(name)) el.removeAttribute(name);
    }
    if (!KSES_TAGS.has(tag)) unwrap(el);
  }
  return root.innerHTML;
}
