// npm run build: the npm package (dist/), the CDN file and the loader (dist/cdn/), types, manifest.
import { build } from 'vite';
import { execSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const run = (cmd) => execSync(cmd, { stdio: 'inherit' });

run('node scripts/data-packs.mjs');
rmSync('dist', { recursive: true, force: true });
for (const mode of ['npm', 'cdn', 'loader']) {
  await build({ mode, logLevel: 'warn' });
}
run('npx --no-install tsc -p tsconfig.build.json');
run('npx --no-install cem analyze');
console.log('build: dist/, dist/cdn/, dist/types/, custom-elements.json');
