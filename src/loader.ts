/**
 * A tiny loader for the script tag: imports a tag's code only when that tag is in the
 * page, now or later. (A widget that renders another widget in its shadow root defines
 * it itself.) A widget's chunk carries its French data, so a French page makes one request
 * per widget after this file and none after that.
 *
 * Its first look at the page waits for DOMContentLoaded, which comes right after the page's
 * module scripts have run: when the same page also loads the script-tag file (two snippets),
 * that file has defined the tags by then and the loader downloads nothing a second time.
 */

// <widgets> Generated from src/widgets.json by scripts/widgets.mjs (npm run widgets): do not edit.
const tags: Record<string, () => Promise<unknown>> = {
  'nc-recommendation-card': () => import('./define/recommendation-card.js'),
  'nc-self-check': () => import('./define/self-check.js'),
  'nc-partner-list': () => import('./define/partner-list.js'),
  'nc-guichet-finder': () => import('./define/guichet-finder.js'),
};
// </widgets>

const requested = new Set<string>();

function scan(): void {
  for (const tag of Object.keys(tags)) {
    if (requested.has(tag) || customElements.get(tag) || !document.querySelector(tag)) continue;
    requested.add(tag);
    tags[tag]().catch((error: unknown) => {
      requested.delete(tag);
      // The prefix of src/util/log.ts, written out: importing it would make the loader two files.
      console.error(`[numerique-choisi] <${tag}>: could not load its code:`, error);
    });
  }
  if (requested.size === Object.keys(tags).length) observer.disconnect();
}

const observer = new MutationObserver(scan);
const start = () => {
  scan();
  // Watch for tags added later, unless every tag is already on its way.
  if (requested.size < Object.keys(tags).length) observer.observe(document.documentElement, { childList: true, subtree: true });
};
// DOMContentLoaded has already fired when this file is added to a page later on.
if ((performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.domContentLoadedEventEnd) start();
else addEventListener('DOMContentLoaded', start, { once: true });
