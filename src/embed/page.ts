/**
 * The embed page (dist/embed/index.html): one widget, chosen and configured by the query string,
 * for the sites where an editor can paste an `<iframe>` but no `<script>` (Plone / iA.Smartweb,
 * WordPress for filtered roles…). It uses the widgets' public API only: their define entries,
 * their tags and attributes, their custom properties.
 *
 * - parameters checked (src/embed/params.ts): a visible, localized message and a console error for
 *   each unknown or invalid one, the rest works;
 * - `src` and `href` only on this page's origin or an origin of the allow-list written in this
 *   page: `<meta name="numerique-choisi-allow" content="https://data.example.be …">`;
 * - its own `<title>` and `lang`; inside a frame, a link « Ouvrir dans un nouvel onglet »;
 * - inside a frame, it tells its height to the host page (`postMessage`, for the optional
 *   dist/embed/resize.js); a host without that script gives the iframe a fixed height and the
 *   page scrolls inside it;
 * - no request to another origin (the widget's data comes from this folder, or `src`), no storage.
 */
import { logError } from '../util/log.js';
import { origin, readParams } from './params.js';
import { say, type StringId } from './strings.js';
import { WIDGET_NAMES, type WidgetName } from './widgets.js';
import { RESIZE_ASK, RESIZE_MESSAGE } from './resize-protocol.js';

/** Each widget's public define entry, loaded only when it is the one asked for. */
const define: Record<WidgetName, () => Promise<unknown>> = {
  'recommendation-card': () => import('../define/recommendation-card.js'),
  'self-check': () => import('../define/self-check.js'),
  'partner-list': () => import('../define/partner-list.js'),
  'guichet-finder': () => import('../define/guichet-finder.js'),
};


const WHERE = 'embed page';

function allowList(): string[] {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="numerique-choisi-allow"]');
  const out: string[] = [];
  for (const entry of (meta?.content ?? '').split(/\s+/).filter(Boolean)) {
    const o = origin(entry);
    if (o) out.push(o);
    else logError(WHERE, `allow-list: "${entry}" is not an origin (write it as https://host, without a path); ignored.`);
  }
  return out;
}

function main(): void {
  const config = readParams(location.search, { base: location.href, allow: allowList() });
  const { lang, widget } = config;
  document.documentElement.lang = lang;
  document.title = say(lang, `embed.title.${widget ?? 'none'}` as StringId);

  const framed = window.parent !== window;
  const newTab = document.getElementById('new-tab') as HTMLAnchorElement;
  if (framed) {
    newTab.href = location.href;
    newTab.textContent = say(lang, 'embed.newTab');
    newTab.parentElement!.hidden = false;
  }

  const problems = config.problems;
  if (problems.length) {
    const box = document.getElementById('problems')!;
    const intro = document.createElement('p');
    intro.textContent = say(lang, 'embed.problems');
    const list = document.createElement('ul');
    for (const p of problems) {
      logError(WHERE, p.console);
      const li = document.createElement('li');
      li.textContent =
        p.kind === 'unknown'
          ? say(lang, 'embed.unknown', { name: p.name })
          : p.kind === 'url'
            ? say(lang, 'embed.url', { name: p.name })
            : p.kind === 'noWidget'
              ? say(lang, 'embed.noWidget', { list: WIDGET_NAMES.join(', ') })
              : say(lang, 'embed.bad', { name: p.name, expected: p.expected ?? '' });
      list.append(li);
    }
    box.append(intro, list);
    box.hidden = false;
  }

  if (widget) {
    const el = document.createElement(`nc-${widget}`);
    for (const [name, value] of Object.entries(config.attrs)) el.setAttribute(name, value === true ? '' : value);
    // Through the CSSOM, which a strict `style-src 'self'` allows (a style attribute it would not).
    for (const [prop, value] of Object.entries(config.colours)) el.style.setProperty(prop, value);
    document.getElementById('widget')!.append(el);
    define[widget]().catch((error: unknown) => logError(WHERE, `could not load <nc-${widget}>:`, error));
  }

  if (framed) {
    const page = document.getElementById('page')!;
    let last = 0;
    const post = () => {
      const height = Math.ceil(page.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      // Only a height, which is no secret: any origin may frame this page.
      window.parent.postMessage({ type: RESIZE_MESSAGE, height }, '*');
    };
    new ResizeObserver(post).observe(page);
    // Also once the widget has rendered its data (its updateComplete waits for it): a page that is
    // not painted (a background tab) gets no ResizeObserver callback, but can still measure.
    if (widget)
      void customElements
        .whenDefined(`nc-${widget}`)
        .then(() => (document.querySelector(`nc-${widget}`) as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete)
        .then(post, post);
    // resize.js may start after the last change of height (a slow host page): it then asks once,
    // and the height is sent again. Only the parent window's question is answered.
    addEventListener('message', (event: MessageEvent) => {
      if (event.source !== window.parent || (event.data as { type?: unknown } | null)?.type !== RESIZE_ASK) return;
      last = 0;
      post();
    });
  }
}

main();
