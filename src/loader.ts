/**
 * A tiny loader for the script tag: imports a tag's code only when that tag is in the
 * page, now or later. (A widget that renders another widget in its shadow root defines
 * it itself.)
 */
const tags: Record<string, () => Promise<unknown>> = {
  'nc-recommendation-card': () => import('./define/recommendation-card.js'),
};

const requested = new Set<string>();

/**
 * Every widget needs the built-in French data (other languages are laid over it): ask for it
 * beside the widget's code rather than after it, one round trip less on a slow connection.
 * The widget's own import of it then finds the same module.
 */
let dataRequested = false;
function prefetchData(): void {
  if (dataRequested) return;
  dataRequested = true;
  import('./data/default/fr.json').catch(() => (dataRequested = false));
}

function scan(root: ParentNode): void {
  for (const tag of Object.keys(tags)) {
    if (requested.has(tag) || customElements.get(tag) || !root.querySelector(tag)) continue;
    requested.add(tag);
    prefetchData();
    tags[tag]().catch((error: unknown) => {
      requested.delete(tag);
      console.error(`[numerique-choisi] could not load <${tag}>:`, error);
    });
  }
}

scan(document);
const observer = new MutationObserver(() => {
  scan(document);
  if (requested.size === Object.keys(tags).length) observer.disconnect();
});
observer.observe(document.documentElement, { childList: true, subtree: true });
