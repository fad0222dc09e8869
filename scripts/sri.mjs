// Subresource Integrity hashes of the script-tag files, written at build time (scripts/build.mjs)
// to dist/cdn/sri.json, which is published with the package (so jsDelivr and unpkg serve it
// beside the files it describes):
//
//   { "version": "0.1.0", "algorithm": "sha384",
//     "entries": { "numerique-choisi.js": "sha384-…", "loader.js": "sha384-…" },
//     "chunks":  { "recommendation-card-CtD8P2Yb.js": "sha384-…", … } }
//
// `entries` are the files a page names in a <script src> (no content hash in their name):
// their hash goes in its `integrity` attribute. `chunks` are the files those load with
// import() (content hash in their name): a browser checks them only through an import map's
// "integrity" section or a <link rel="modulepreload" integrity>, which a site writes itself
// (docs/script-tag.md says why and how). `node scripts/sri.mjs --check` exits 1 when
// dist/cdn/sri.json does not match the files.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = 'dist/cdn';
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
/** A chunk's name ends in Rollup's 8-character content hash: `define-CDA0-eKW.js`. */
const hashed = (name) => /-[A-Za-z0-9_-]{8}\.js$/.test(name);
const integrity = (name) => `sha384-${createHash('sha384').update(readFileSync(join(dir, name))).digest('base64')}`;

const files = readdirSync(dir).filter((f) => f.endsWith('.js')).sort();
const sri = {
  version,
  algorithm: 'sha384',
  entries: Object.fromEntries(files.filter((f) => !hashed(f)).map((f) => [f, integrity(f)])),
  chunks: Object.fromEntries(files.filter(hashed).map((f) => [f, integrity(f)])),
};
const text = `${JSON.stringify(sri, null, 2)}\n`;
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(join(dir, 'sri.json'), 'utf8');
  } catch {
    /* missing */
  }
  if (current !== text) {
    console.error('sri: dist/cdn/sri.json does not match the files of dist/cdn/: run `npm run build`');
    process.exit(1);
  }
} else {
  writeFileSync(join(dir, 'sri.json'), text);
  console.log(`sri: dist/cdn/sri.json (${Object.keys(sri.entries).join(', ')}; ${Object.keys(sri.chunks).length} chunks)`);
}
