// Which files of dist/cdn/ each tag needs, read from the built loader (dist/cdn/loader.js asks
// for a tag's chunk and the chunks it imports, all at once): the configurator writes them as
// <link rel="modulepreload"> before loader.js, so that a one-widget page fetches its widget's code
// in the same round trip as the loader (no second trip once the loader has run).
/** `{ 'nc-recommendation-card': ['define-….js', …, 'recommendation-card-….js'], … }` from the loader's code. */
export function loaderPreloads(code) {
  const out = {};
  const parts = code.split(/["'`](nc-[a-z-]+)["'`]\s*:/);
  for (let i = 1; i < parts.length; i += 2) {
    const files = [...parts[i + 1].matchAll(/import\(\s*["'`]\.\/([\w.-]+\.js)["'`]/g)].map((m) => m[1]);
    // The tag's own chunk comes last in the loader; its dependencies first.
    if (files.length) out[parts[i]] = [...new Set(files)];
  }
  // Every tag of the registry should be there; none means the loader's shape changed.
  if (!Object.keys(out).length) throw new Error('embed-preloads: found no tag in dist/cdn/loader.js (has its shape changed?)');
  return out;
}
