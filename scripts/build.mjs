// npm run build: the npm package (dist/), the CDN file and the loader (dist/cdn/), types, manifest.
import { build } from 'vite';
import { execSync } from 'node:child_process';
import { chmodSync, rmSync } from 'node:fs';
import { build as esbuild } from 'esbuild';

const run = (cmd) => execSync(cmd, { stdio: 'inherit' });

run('node scripts/data-packs.mjs');
run('node scripts/messages.mjs');
rmSync('dist', { recursive: true, force: true });
for (const mode of ['npm', 'cdn', 'loader']) {
  await build({ mode, logLevel: 'warn' });
}
run('node scripts/sri.mjs'); // dist/cdn/sri.json: integrity hashes of the script-tag files
// The webmasters' CLI: one Node file, papaparse and the validation bundled in (no runtime dependency).
await esbuild({
  entryPoints: ['src/cli/cli.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: 'dist/cli.js',
  banner: { js: '#!/usr/bin/env node' },
  legalComments: 'inline',
  logLevel: 'warning',
});
chmodSync('dist/cli.js', 0o755);
run('npx --no-install tsc -p tsconfig.build.json');
run('npx --no-install cem analyze');
console.log('build: dist/, dist/cdn/, dist/types/, dist/cli.js, custom-elements.json');
