// What an npm user gets: packs the package, installs the tarball in a scratch app next to
// this project's node_modules (Lit comes from there), type-checks an app against the
// published types, and bundles two apps with Vite:
// - one that imports only classes from '.', which must register no tag (sideEffects);
// - one that imports the define entry, which must register <nc-recommendation-card>.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { WIDGETS } from './registry.mjs';

const root = resolve('.');
const scratch = join(root, '.pack-check');
rmSync(scratch, { recursive: true, force: true });
mkdirSync(join(scratch, 'node_modules'), { recursive: true });

const packDir = mkdtempSync(join(scratch, 'pack-'));
const [{ filename }] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', packDir], { encoding: 'utf8' }));
const pkgDir = join(scratch, 'node_modules', 'numerique-choisi');
mkdirSync(pkgDir, { recursive: true });
execFileSync('tar', ['xzf', join(packDir, filename), '-C', pkgDir, '--strip-components=1']);

const fail = (message) => {
  console.error(`check-package: ${message}`);
  rmSync(scratch, { recursive: true, force: true });
  process.exit(1);
};

// 1. Types: every export resolves from the tarball, and the event map is typed.
writeFileSync(
  join(scratch, 'app.ts'),
  `import { ${WIDGETS.map((w) => w.class).join(', ')}, type NcToggleDetail, type NcSelfCheckCompleteDetail, type NcGuichetSelectDetail, type Recommendation, type Guichet } from 'numerique-choisi';
import { validateDataFile, type DataIssue } from 'numerique-choisi/data';
${WIDGETS.map((w) => `import 'numerique-choisi/define/${w.folder}';`).join('\n')}
// Every widget of src/widgets.json: its tag is typed as its class.
${WIDGETS.map((w) => `const ${w.name}Element: ${w.class} = document.createElement('${w.tag}');`).join('\n')}
console.log(${WIDGETS.map((w) => `${w.name}Element`).join(', ')});
const quiz: NcSelfCheck = document.createElement('nc-self-check');
quiz.addEventListener('nc-self-check-complete', (e) => { const d: NcSelfCheckCompleteDetail = e.detail; console.log(d); });
const finder: NcGuichetFinder = document.createElement('nc-guichet-finder');
finder.now = new Date();
finder.addEventListener('nc-guichet-select', (e) => { const d: NcGuichetSelectDetail = e.detail; console.log(d); });
const list: NcPartnerList = document.createElement('nc-partner-list');
list.layout = 'grid';
const g: Guichet | undefined = undefined;
console.log(quiz, finder, list, g);
const card: NcRecommendationCard = document.createElement('nc-recommendation-card');
card.variant = 'compact';
card.addEventListener('nc-toggle', (e) => { const d: NcToggleDetail = e.detail; console.log(d.open); });
card.addEventListener('nc-error', (e) => console.log(e.detail.reason));
const issues: DataIssue[] = validateDataFile({}, 'x').issues;
const r: Recommendation | undefined = undefined;
console.log(issues, r);
`,
);
writeFileSync(
  join(scratch, 'tsconfig.json'),
  JSON.stringify({
    compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', strict: true, noEmit: true, lib: ['ES2022', 'DOM'], types: [], skipLibCheck: false },
    files: ['app.ts'],
  }),
);
try {
  execFileSync(join(root, 'node_modules/.bin/tsc'), ['-p', join(scratch, 'tsconfig.json')], { stdio: 'inherit' });
} catch {
  fail('the published types do not type-check in an app (see above)');
}
console.log(`check-package: types of ., ./data and the ${WIDGETS.length} define entries resolve and type-check (classes, event details)`);

// 2. Bundles.
const bundle = async (name, code) => {
  writeFileSync(join(scratch, `${name}.js`), code);
  await build({
    root: scratch,
    configFile: false,
    logLevel: 'silent',
    resolve: { preserveSymlinks: false },
    build: { outDir: join(scratch, `out-${name}`), emptyOutDir: true, minify: false, lib: { entry: join(scratch, `${name}.js`), formats: ['es'], fileName: name } },
  });
  // What runs when the app imports it: the entry and what it imports statically (lazy chunks,
  // such as the card a self-check defines when it shows its results, run only later).
  const dir = join(scratch, `out-${name}`);
  const entry = readdirSync(dir).find((f) => f.startsWith(`${name}.`));
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, spec] of readFileSync(join(dir, file), 'utf8').matchAll(/(?:\bfrom|\bimport)\s*["'](\.\/[^"']+)["']/g)) visit(spec.slice(2));
  };
  visit(entry);
  return [...seen].map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
};
// Every widget of src/widgets.json, and every define entry of the exports map: `./define/<name>`
// registers `<nc-<name>>`.
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const defines = Object.keys(pkg.exports).filter((k) => k.startsWith('./define/')).map((k) => k.slice('./define/'.length));
for (const w of WIDGETS) if (!defines.includes(w.folder)) fail(`package.json exports no './define/${w.folder}' for <${w.tag}>`);
const tags = defines.map((name) => `nc-${name}`);
const classesOnly = await bundle('classes', `import * as all from 'numerique-choisi';\nexport const C = Object.values(all);\n`);
for (const tag of tags) {
  if (new RegExp(`${tag}\`?["'\`]?\\s*,`).test(classesOnly) && /customElements\.define/.test(classesOnly)) {
    fail(`importing classes from 'numerique-choisi' registers <${tag}>`);
  }
}
for (const name of defines) {
  const defined = await bundle(`define-${name}`, `import 'numerique-choisi/define/${name}';\n`);
  if (!/customElements\.define/.test(defined) || !defined.includes(`nc-${name}`)) {
    fail(`'numerique-choisi/define/${name}' does not register <nc-${name}> once bundled`);
  }
}
console.log(`check-package: a bundle of '.' registers nothing; each define entry registers its tag (${tags.join(', ')})`);
// 3. The data tools, as a webmaster runs them: the tarball installed in an empty folder, then
//    `npx numerique-choisi` on the shipped example CSV, and `validate` on the result.
const app = mkdtempSync(join(scratch, 'webmaster-'));
writeFileSync(join(app, 'package.json'), '{ "name": "webmaster", "private": true }\n');
try {
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', join(packDir, filename)], { cwd: app, stdio: 'pipe' });
} catch (error) {
  fail(`the tarball does not install in an empty folder: ${error.stderr ?? error.message}`);
}
const npx = (...args) => execFileSync('npx', ['--no-install', 'numerique-choisi', ...args], { cwd: app, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
try {
  const example = join(app, 'node_modules/numerique-choisi/examples/guichets.csv');
  writeFileSync(join(app, 'guichets.json'), npx('import-csv', example));
  const ok = npx('validate', 'guichets.json');
  if (!/aucun problème \(3 entrées\)/.test(ok)) fail(`validate said: ${ok}`);
} catch (error) {
  fail(`npx numerique-choisi failed in a clean install: ${error.stderr ?? error.message}`);
}
let refused = false;
try {
  writeFileSync(join(app, 'bad.json'), '{ "formatVersion": 1, "guichets": [{ "id": "x" }] }');
  npx('validate', 'bad.json');
} catch (error) {
  refused = error.status === 1 && /guichets n°1/.test(String(error.stderr));
}
if (!refused) fail('npx numerique-choisi validate did not refuse a broken file with exit code 1');
console.log('check-package: in an empty folder, npx numerique-choisi import-csv + validate work, and a broken file exits 1');
rmSync(scratch, { recursive: true, force: true });
