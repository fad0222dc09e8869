// npm run build: the npm package (dist/), the CDN file and the loader (dist/cdn/), types, manifest.
import { build } from 'vite';
import { execSync } from 'node:child_process';
import { chmodSync, readFileSync, rmSync } from 'node:fs';
import { loaderPreloads } from './embed-preloads.mjs';
import { build as esbuild } from 'esbuild';

const run = (cmd) => execSync(cmd, { stdio: 'inherit' });

run('node scripts/data-packs.mjs');
run('node scripts/messages.mjs');
rmSync('dist', { recursive: true, force: true });
for (const mode of ['npm', 'cdn', 'loader']) {
  await build({ mode, logLevel: 'warn' });
}
run('node scripts/sri.mjs'); // dist/cdn/sri.json: integrity hashes of the script-tag files
// dist/embed/: the embed page and the configurator (pages), and the optional host script resize.js.
// The configurator's script-tag snippet preloads a widget's chunks: their names, read from the loader.
process.env.NC_CDN_PRELOADS = JSON.stringify(loaderPreloads(readFileSync('dist/cdn/loader.js', 'utf8')));
await build({ mode: 'embed', logLevel: 'warn' });
await esbuild({ entryPoints: ['src/embed/resize.ts'], bundle: true, minify: true, format: 'iife', target: 'es2020', outfile: 'dist/embed/resize.js', logLevel: 'warning' });
// The webmasters' CLI: one Node file, iconv-lite (Windows-1252) and the validation bundled in (no
// runtime dependency). iconv-lite is CommonJS and requires Node's `buffer`: the banner gives the
// ES module a `require` for the bundle's shim to use.
// iconv-lite's East Asian tables (dbcs-data, ~500 KB) are left out: the CLI decodes Windows-1252 and UTF-16 only.
const noEastAsianTables = {
  name: 'nc-no-dbcs',
  setup(b) {
    b.onResolve({ filter: /^\.\/dbcs-data$/ }, () => ({ path: 'dbcs-data', namespace: 'nc-empty' }));
    b.onLoad({ filter: /.*/, namespace: 'nc-empty' }, () => ({ contents: 'module.exports = {};', loader: 'js' }));
  },
};
await esbuild({
  entryPoints: ['src/cli/cli.ts'],
  plugins: [noEastAsianTables],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: 'dist/cli.js',
  banner: { js: "#!/usr/bin/env node\nimport { createRequire as ncCreateRequire } from 'node:module';\nconst require = ncCreateRequire(import.meta.url);" },
  legalComments: 'inline',
  logLevel: 'warning',
});
chmodSync('dist/cli.js', 0o755);
run('npx --no-install tsc -p tsconfig.build.json');
run('npx --no-install cem analyze');
console.log('build: dist/, dist/cdn/, dist/embed/, dist/types/, dist/cli.js, custom-elements.json');
