// npm run data: splits the built-in content (src/data/default/<locale>.json, one file per
// locale, where people write and translate it) into one file per widget pack and locale,
// src/generated/data/<pack>.<locale>.json, so that each widget downloads only what it shows
// (the packs and their collections: "packs" in src/widgets.json, the one list of the widgets).
// French is the full entries; the other locales are overlays (strings keyed by entry id).
//   node scripts/data-packs.mjs          writes the files
//   node scripts/data-packs.mjs --check  exits 1 when they are not current (CI)
import { readFileSync, writeFileSync, mkdirSync, existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PACKS as REGISTRY } from './registry.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const inDir = join(root, 'src/data/default');
const outDir = join(root, 'src/generated/data');
export const PACKS = Object.fromEntries(Object.entries(REGISTRY).map(([name, pack]) => [name, pack.collections]));
// The locales of lit-localize.json: the one list the UI strings use too.
const localize = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));
const LOCALES = [localize.sourceLocale, ...localize.targetLocales];

const files = new Map();
for (const locale of LOCALES) {
  const all = JSON.parse(readFileSync(join(inDir, `${locale}.json`), 'utf8'));
  for (const [pack, collections] of Object.entries(PACKS)) {
    const out = {};
    for (const c of collections) if (all[c] !== undefined) out[c] = all[c];
    if (locale === 'fr') for (const c of collections) if (c !== 'source') out[c] ??= [];
    files.set(`${pack}.${locale}.json`, `${JSON.stringify(out, null, 1)}\n`);
  }
}

if (process.argv.includes('--check')) {
  const stale = [...files].filter(([name, body]) => !existsSync(join(outDir, name)) || readFileSync(join(outDir, name), 'utf8') !== body);
  const extra = existsSync(outDir) ? readdirSync(outDir).filter((n) => !files.has(n)) : [];
  if (stale.length || extra.length) {
    console.error(`data packs not current: ${[...stale.map(([n]) => n), ...extra].join(', ')}. Run 'npm run data' and commit src/generated/data.`);
    process.exit(1);
  }
  console.log(`data packs: ${files.size} files current`);
} else {
  mkdirSync(outDir, { recursive: true });
  for (const [name, body] of files) writeFileSync(join(outDir, name), body);
  console.log(`data packs: wrote ${files.size} files to src/generated/data/`);
}
