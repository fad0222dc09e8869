import { readdirSync } from 'node:fs';
import { defineConfig, minify, type Plugin } from 'vite';

/** One npm entry per tag: every file of src/define/ (`numerique-choisi/define/<tag>`). */
const defineEntries = Object.fromEntries(
  readdirSync(new URL('./src/define/', import.meta.url))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => [`define/${f.slice(0, -3)}`, `src/define/${f}`]),
);

/**
 * Three library builds, chosen by `--mode` (see scripts/build.mjs):
 * - `npm` (default): ESM per entry for npm users, Lit left as a dependency.
 * - `cdn`: dist/cdn/numerique-choisi.js, every tag, Lit bundled; lazy chunks beside it.
 * - `loader`: dist/cdn/loader.js, which imports a tag's code only when the tag is in the page.
 * Storybook reads this file too but ignores its `build` key.
 */
const chunkName = (chunk: { facadeModuleId: string | null; name: string }) => {
  const id = chunk.facadeModuleId ?? '';
  if (id.includes('/generated/data/')) return 'data-[name]-[hash].js';
  if (id.includes('/generated/locales/') || id.includes('/generated/messages/')) return 'messages-[name]-[hash].js';
  if (id.endsWith('/data/validate.ts')) return 'validate-[hash].js';
  return '[name]-[hash].js';
};

/**
 * The generated locale modules get their own 1-line `str` (the shape of @lit/localize's)
 * instead of importing it: nothing at run time comes from @lit/localize (whose tools stay
 * a build-time dependency), and the script-tag file shares no chunk with them.
 */
const inlineStr: Plugin = {
  name: 'nc-inline-str',
  enforce: 'pre',
  transform(code, id) {
    if (!id.includes('/generated/locales/') && !id.includes('/generated/messages/')) return null;
    return {
      code: code.replace(
        /import\s*\{\s*str\s*\}\s*from\s*['"]@lit\/localize['"];?/,
        'const str = (strings, ...values) => ({ strTag: true, strings, values });',
      ),
      map: null,
    };
  },
};

/** Collapses the CSS inside Lit's css`…` literals (comments, white space): bytes every visitor saves. */
export const minifyCss = (css: string) =>
  css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+(?=[^'"]*(?:['"][^'"]*['"][^'"]*)*$)/g, ':')
    .replace(/;}/g, '}')
    .trim();

const minifyCssLiterals: Plugin = {
  name: 'nc-minify-css-literals',
  enforce: 'pre',
  transform(code, id) {
    if (!/\/src\/.*styles\.ts$/.test(id)) return null;
    return { code: code.replace(/css`([^`$]*)`/g, (_, body: string) => `css\`${minifyCss(body)}\``), map: null };
  },
};

/**
 * Drops the indentation after each line break in the modules below (their html`…` literals
 * keep a line break where one was: the same text nodes once rendered, since none of their
 * text is preformatted; their code has no multi-line string). Bytes every visitor saves.
 * Only the finder's folder for now: another widget joins once its templates are checked.
 */
const indentedModules = /\/src\/components\/guichet-finder\/[^/]+\.ts$/;
const dropIndentation: Plugin = {
  name: 'nc-drop-indentation',
  enforce: 'pre',
  transform(code, id) {
    if (!indentedModules.test(id)) return null;
    return { code: code.replace(/\n[ \t]+/g, '\n'), map: null };
  },
};

/**
 * Script-tag builds: a lazy chunk (data, UI strings, validation, the self-check's results and files, the finder's details view) that failed to load is
 * asked for again with `?retry=<n>` (set by src/data/load.ts after a failure), so that no
 * browser answers a retry from a module map that kept the failure. Not for the npm build,
 * whose imports the app's bundler must still see.
 */
const retryableImports: Plugin = {
  name: 'nc-retryable-imports',
  enforce: 'post',
  generateBundle(_options, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue;
      chunk.code = chunk.code.replace(
        /import\((`|"|')(\.\/(?:data|messages|validate|results|exporting|details)-[\w.-]+\.js)\1\)/g,
        (_, q: string, path: string) => `import(${q}${path}${q}+(globalThis[Symbol.for("numerique-choisi.retry")]??""))`,
      );
    }
  },
};

/**
 * The loader: when it imports a tag's chunk, it asks for the chunks that chunk imports
 * statically at the same time (Lit and the base, the card's French text…), instead of the
 * browser finding them only once the tag's chunk has arrived: one round trip instead of two.
 */
const preloadDeps: Plugin = {
  name: 'nc-preload-deps',
  enforce: 'post',
  generateBundle(_options, bundle) {
    const deps = (file: string, seen = new Set<string>()): Set<string> => {
      const chunk = bundle[file];
      if (chunk?.type !== 'chunk') return seen;
      for (const dep of chunk.imports) if (!seen.has(dep)) deps(dep, seen.add(dep));
      return seen;
    };
    const loader = bundle['loader.js'];
    if (loader?.type !== 'chunk') return;
    loader.code = loader.code.replace(/import\((`|"|')\.\/([\w.-]+\.js)\1\)/g, (whole, _q: string, file: string) => {
      const early = [...deps(file)].map((d) => `import("./${d}").catch(()=>{}),`).join('');
      return early ? `(${early}${whole})` : whole;
    });
  },
};

/** Vite leaves ES library output unminified (whitespace); visitors on slow connections get it minified. */
const minifyOutput: Plugin = {
  name: 'nc-minify',
  async generateBundle(_options, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue;
      const result = await minify(chunk.fileName, chunk.code, { compress: true, mangle: true });
      chunk.code = result.code;
    }
  },
};

/**
 * `embed` (scripts/build.mjs, after the others): dist/embed/, a folder a site or a partner hosts as
 * it is: the embed page (index.html) and the configurator (configurator.html), built as pages
 * (relative URLs, so the folder works anywhere), each widget's code in its own chunk loaded only
 * when asked for. Its own copy of the widgets, through their public define entries: the folder
 * needs nothing beside it.
 */
/** What every build does to the code (the embed page's build missed dropIndentation while this was written out three times). */
const TRANSFORMS = [inlineStr, minifyCssLiterals, dropIndentation, minifyOutput];

const embedConfig = (preloads: Record<string, string[]>) => ({
  root: 'src/embed',
  base: './',
  publicDir: false as const,
  plugins: [...TRANSFORMS, retryableImports],
  json: { namedExports: false },
  // The script-tag files a one-widget page preloads (read from dist/cdn/loader.js by scripts/build.mjs).
  define: { __NC_CDN_PRELOADS__: JSON.stringify(preloads) },
  build: {
    target: 'es2022',
    outDir: '../../dist/embed',
    emptyOutDir: true,
    sourcemap: false,
    minify: true,
    modulePreload: { polyfill: false },
    // Every asset a file (the icon too): a data: URL would need `img-src data:` in a site's CSP.
    assetsInlineLimit: 0,
    rollupOptions: {
      input: { index: 'src/embed/index.html', configurator: 'src/embed/configurator.html' },
      output: {
        entryFileNames: 'assets/[name]-[hash].js',
        chunkFileNames: (chunk: { facadeModuleId: string | null; name: string }) => `assets/${chunkName(chunk)}`,
        assetFileNames: 'assets/[name]-[hash][extname]',
      },
    },
  },
});

export default defineConfig(({ mode }) => {
  if (mode === 'embed') return embedConfig(JSON.parse(process.env.NC_CDN_PRELOADS ?? '{}') as Record<string, string[]>);
  const cdn = mode === 'cdn' || mode === 'loader';
  return {
    plugins: cdn ? [...TRANSFORMS, retryableImports, ...(mode === 'loader' ? [preloadDeps] : [])] : TRANSFORMS,
    // `export default {…}` only (no named exports): the same bytes from every build, so the
    // file and the loader share their data chunks (a page with both downloads each once).
    json: { namedExports: false },
    build: {
      target: 'es2022',
      outDir: cdn ? 'dist/cdn' : 'dist',
      emptyOutDir: mode !== 'loader',
      sourcemap: false,
      minify: true,
      lib: {
        formats: ['es'],
        entry: (mode === 'cdn'
            ? { 'numerique-choisi': 'src/cdn.ts' }
            : mode === 'loader'
              ? { loader: 'src/loader.ts' }
              : {
                  index: 'src/index.ts',
                  data: 'src/data/index.ts',
                  ...defineEntries,
                }) as Record<string, string>,
      },
      rollupOptions: {
        external: cdn ? [] : [/^lit(\/|$)/, /^@lit\//],
        // The script-tag file exports nothing: code shared with its lazy chunks may then move
        // into it (one file, as before lazy views), instead of separate common chunks.
        ...(mode === 'cdn' && { preserveEntrySignatures: false as const }),
        output: {
          entryFileNames: '[name].js',
          chunkFileNames: (chunk) => (cdn ? '' : 'chunks/') + chunkName(chunk),
        },
      },
    },
  };
});
