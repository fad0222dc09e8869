/**
 * A tiny loader for the script tag: imports a tag's code only when that tag is in the
 * page, now or later. (A widget that renders another widget in its shadow root defines
 * it itself.) A widget's chunk carries its French data, so a French page makes one request
 * per widget after this file and none after that.
 */
const tags: Record<string, () => Promise<unknown>> = {
  'nc-recommendation-card': () => import('./define/recommendation-card.js'),
};

const requested = new Set<string>();

function scan(root: ParentNode): void {
  for (const tag of Object.keys(tags)) {
    if (requested.has(tag) || customElements.get(tag) || !root.querySelector(tag)) continue;
    requested.add(tag);
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
