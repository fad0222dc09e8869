// npm run size (after npm run build): what each entry file weighs, and what a browser
// really fetches to show each widget on a bare page; compared with size-budget.json.
//
//   node scripts/size.mjs            measure, compare, exit 1 if anything is over budget
//   node scripts/size.mjs --update   also write size-budget.json: add missing budgets and
//                                    tighten the others to measured + 3 % (never raises one)
//
// Network: none. The pages are served by scripts/serve.mjs on 127.0.0.1 and every
// request to another origin is aborted and reported as a failure.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { startServer } from './serve.mjs';
import { PACKS, WIDGETS as REGISTRY } from './registry.mjs';
import { executablePath, missingChromium, offlineArgs } from './chromium.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const budgetFile = join(root, 'size-budget.json');
const update = process.argv.includes('--update');
const MARGIN = 1.03;

/**
 * One line per widget, from src/widgets.json (the one list of the widgets): `markup` is what a
 * site pastes into a bare page; `ready` is a selector in the widget's shadow root that exists once
 * its content has rendered; `ceiling` is the ceiling in size-budget.json for its code and French
 * data together, named after the widget; `packs` are the built-in data packs it shows before its
 * first view (the self-check: its questions; the results view, the card it shows, the card pack
 * and the export code load later, in their own chunks) and `builtIn` those whose French part is
 * inside its code (no request after the script).
 */
const WIDGETS = REGISTRY.map((w) => ({
  tag: w.tag,
  ceiling: w.name,
  packs: w.packs,
  builtIn: w.packs.filter((p) => PACKS[p].builtIn),
  markup: w.size.markup,
  ready: w.size.ready,
}));
const ALL_PACKS = Object.keys(PACKS);
/** gzip -9 of a pack's French JSON, minified: about what it weighs inside the code. */
const packWeight = (pack) => gzip(JSON.stringify(JSON.parse(readFileSync(join(root, `src/generated/data/${pack}.fr.json`), 'utf8'))));

/** The two script-tag entries a site can use. */
const ENTRIES = [
  { name: 'numerique-choisi.js', src: '/dist/cdn/numerique-choisi.js' },
  { name: 'loader.js', src: '/dist/cdn/loader.js' },
];

const gzip = (buf) => gzipSync(buf, { level: 9 }).length;
const kb = (n) => (n / 1024).toFixed(1) + ' KB';
const fail = (message) => {
  console.error(`size: ${message}`);
  process.exit(1);
};

// ------------------------------------------------------------------ a) entry files
const entryFiles = [
  'dist/cdn/numerique-choisi.js',
  'dist/cdn/loader.js',
  'dist/index.js',
  'dist/data.js',
  ...(existsSync(join(root, 'dist/define'))
    ? readdirSync(join(root, 'dist/define')).filter((f) => f.endsWith('.js')).sort().map((f) => `dist/define/${f}`)
    : []),
];
const missing = entryFiles.filter((f) => !existsSync(join(root, f)));
if (!existsSync(join(root, 'dist')) || missing.length) {
  fail(`${missing.length ? missing.join(', ') : 'dist/'} missing: run \`npm run build\` first.`);
}

/** name → measured gzip bytes, for the budget comparison. */
const measured = new Map();

const pad = (s, n) => String(s).padEnd(n);
const padl = (s, n) => String(s).padStart(n);

/** The file and every file it imports statically (relative specifiers; bare ones such as lit are the app's). */
function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(join(root, file), 'utf8');
  for (const [, spec] of code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+)["']/g)) {
    closure(join(file, '..', spec), seen);
  }
  return seen;
}

console.log('Entry files (minified bytes; gzip -9 bytes; the same with the chunks each imports statically, Lit not included)');
console.log(`  ${pad('file', 40)} ${padl('raw', 8)} ${padl('gzip', 7)}   ${padl('+imports raw', 12)} ${padl('gzip', 7)}`);
for (const file of entryFiles) {
  const buf = readFileSync(join(root, file));
  const gz = gzip(buf);
  let allRaw = 0;
  let allGz = 0;
  for (const f of closure(file)) {
    const b = readFileSync(join(root, f));
    allRaw += b.length;
    allGz += gzip(b);
  }
  measured.set(`file ${file} (+ static imports)`, allGz);
  console.log(`  ${pad(file, 40)} ${padl(buf.length, 8)} ${padl(gz, 7)}   ${padl(allRaw, 12)} ${padl(allGz, 7)}  (${kb(allGz)})`);
}

// ------------------------------------------------------------------ a2) lazy chunks of the script-tag builds
// Code a widget fetches only when the user or the data needs it (results view, export, the
// directory adapter, the opening-hours parser, the validation of a site's file…), and each
// widget's own chunk behind loader.js: one line each, by name without its hash.
const lazyDir = join(root, 'dist/cdn');
/** Every chunk an entry can reach, through static and dynamic imports. */
const reach = (file, seen = new Set()) => {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(join(lazyDir, file), 'utf8');
  for (const [, spec] of code.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["'`]\.\/([^"'`?]+)["'`?]/g)) reach(spec, seen);
  return seen;
};
const chunkNames = new Map();
for (const entry of ['numerique-choisi.js', 'loader.js']) {
  for (const f of [...reach(entry)].sort()) {
    if (/^(data|messages)-/.test(f) || f === entry) continue; // data and strings: measured per page below
    const name = `chunk ${f.replace(/-[\w-]{8}\.js$/, '')} (lazy, ${entry})`;
    chunkNames.set(name, (chunkNames.get(name) ?? 0) + gzip(readFileSync(join(lazyDir, f))));
  }
}
console.log('\nChunks of dist/cdn/ behind each entry (gzip -9 bytes each; fetched only when a tag, the user or the data needs them)');
for (const [name, gz] of chunkNames) {
  measured.set(name, gz);
  console.log(`  ${pad(name, 56)} ${padl(gz, 7)}`);
}

// ------------------------------------------------------------------ b) what a browser fetches
const page = (lang, body, src) =>
  `<!doctype html>\n<html lang="${lang}">\n<head><meta charset="utf-8"><link rel="icon" href="data:,"><title>size</title></head>\n<body>\n${body}\n<script type="module" src="${src}"></script>\n</body>\n</html>\n`;

const scenarios = [];
for (const w of WIDGETS) {
  for (const e of ENTRIES) {
    scenarios.push({ id: `${w.tag}-${e.name}-fr`, label: `${w.tag} (fr, ${e.name})`, widgets: [w], entry: e, lang: 'fr', budget: true, widget: w });
  }
  scenarios.push({ id: `${w.tag}-nl`, label: `${w.tag} (nl, numerique-choisi.js)`, widgets: [w], entry: ENTRIES[0], lang: 'nl', budget: false, widget: w });
}
if (WIDGETS.length) {
  scenarios.push({ id: 'all-fr', label: 'all widgets (fr, numerique-choisi.js)', widgets: WIDGETS, entry: ENTRIES[0], lang: 'fr', budget: true, all: true });
  scenarios.push({ id: 'all-loader-fr', label: 'all widgets (fr, loader.js)', widgets: WIDGETS, entry: ENTRIES[1], lang: 'fr', budget: true, all: true });
}
const pages = Object.fromEntries(
  scenarios.map((s) => [`/__size/${s.id}.html`, page(s.lang, s.widgets.map((w) => w.markup).join('\n'), s.entry.src)]),
);

let chromium;
try {
  ({ chromium } = await import('playwright-core'));
} catch {
  fail('playwright-core is not installed: run `npm ci`.');
}
if (missingChromium()) fail(missingChromium());

const server = await startServer({ root, port: 0, pages });
const origin = new URL(server.url).origin;
const foreign = [];
const results = [];
let browser;
try {
  browser = await chromium.launch({
    executablePath,
    args: offlineArgs,
  });
  for (const s of scenarios) {
    const context = await browser.newContext(); // a fresh cache for each page
    const tab = await context.newPage();
    // Anything not for the local server is aborted (so nothing reaches the network) and reported.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('data:') || new URL(url).origin === origin) return route.continue();
      foreign.push(`${s.label}: ${url}`);
      return route.abort('blockedbyclient');
    });
    const bodies = [];
    tab.on('response', (response) => {
      const path = new URL(response.url()).pathname;
      if (path.endsWith('.js')) bodies.push(response.body().then((body) => ({ path, status: response.status(), body })));
    });
    const errors = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    tab.on('response', (response) => {
      if (response.status() >= 400) errors.push(`${new URL(response.url()).pathname} → HTTP ${response.status()}`);
    });
    await tab.goto(`${server.url}/__size/${s.id}.html`);
    try {
      await tab.waitForFunction(
        (ws) => ws.every(([tag, ready]) => document.querySelector(tag)?.shadowRoot?.querySelector(ready)),
        s.widgets.map((w) => [w.tag, w.ready]),
        { timeout: 20_000 },
      );
    } catch {
      throw new Error(
        `${s.label}: the widget did not render within 20 s${errors.length ? ` (${errors.join('; ')})` : ''}.` +
          ' If dist/ was being rebuilt meanwhile, run again.',
      );
    }
    await tab.waitForLoadState('networkidle');
    const files = await Promise.all(bodies);
    const bad = files.filter((f) => f.status !== 200);
    if (bad.length) throw new Error(`${s.label}: ${bad.map((f) => `${f.path} → HTTP ${f.status}`).join(', ')}`);
    let code = 0;
    let data = 0;
    const list = [];
    const packsFetched = new Set();
    for (const f of files) {
      const gz = gzip(f.body);
      const pack = basename(f.path).match(/^data-(\w+)\./)?.[1];
      if (pack) {
        data += gz;
        packsFetched.add(pack);
      } else code += gz;
      list.push(`${basename(f.path)} ${gz}`);
    }
    // A widget downloads only its own packs: a card never fetches questions, counters or partners.
    const allowed = new Set(s.widgets.flatMap((w) => w.packs));
    const foreignPacks = [...packsFetched].filter((p) => !allowed.has(p));
    if (foreignPacks.length) throw new Error(`${s.label}: fetched the data of other widgets: ${foreignPacks.join(', ')}`);
    const builtIn = [...new Set(s.widgets.flatMap((w) => w.builtIn))].reduce((n, p) => n + packWeight(p), 0);
    results.push({ ...s, code, data, builtIn, list });
    await context.close();
  }
} catch (error) {
  await browser?.close();
  await server.close();
  fail(error.message);
}
await browser.close();
await server.close();

console.log('\nWhat a browser fetches to show the widget on a bare page (gzip -9 bytes of the .js responses)');
console.log('  code: the scripts, of which ≈ built-in: the French data built into them (gzip of that JSON alone);');
console.log('  data: the data chunks fetched after them (another language, another widget\'s collections).');
console.log(`  ${pad('page', 50)} ${padl('code', 7)} ${padl('≈ built-in', 10)} ${padl('data', 7)}  files`);
for (const r of results) {
  console.log(`  ${pad(r.label, 50)} ${padl(r.code, 7)} ${padl(r.builtIn, 10)} ${padl(r.data, 7)}  ${r.list.join(', ')}`);
  const name = r.all ? `all widgets` : r.widget.tag;
  if (!r.budget) {
    measured.set(`${name} data (${r.lang})`, r.data);
    continue;
  }
  measured.set(`${name} code and data (fr, ${r.entry.name})`, r.code + r.data);
  if (r.entry === ENTRIES[0]) measured.set(`${name} data fetched (fr)`, r.data);
}
console.log('\nBuilt-in French data per pack (gzip -9 of the JSON): ' + ALL_PACKS.map((p) => `${p} ${packWeight(p)}`).join(', '));

// ------------------------------------------------------------------ floor: Lit + @lit/localize alone
async function floor() {
  const { build, minify } = await import('vite');
  const dir = join(root, 'node_modules/.cache/numerique-choisi-size');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const sizes = {};
  const entries = {
    lit: `import { LitElement, html, css } from 'lit';
class F extends LitElement { static styles = css\`:host{display:block}\`; render() { return html\`<p>x</p>\`; } }
customElements.define('nc-floor', F);`,
    'lit+localize': `import { LitElement, html, css } from 'lit';
import * as localize from '@lit/localize';
class F extends LitElement { static styles = css\`:host{display:block}\`; render() { return html\`<p>\${localize.msg('x')}</p>\`; } }
customElements.define('nc-floor', F);
export { localize };`,
  };
  try {
    for (const [name, source] of Object.entries(entries)) {
      const entry = join(dir, `${name}.js`);
      writeFileSync(entry, source);
      const out = await build({
        configFile: false,
        root,
        logLevel: 'silent',
        build: {
          write: false,
          target: 'es2022',
          minify: true,
          lib: { entry, formats: ['es'], fileName: name },
          rollupOptions: { external: [] },
        },
      });
      const output = (Array.isArray(out) ? out : [out]).flatMap((o) => o.output);
      let total = 0;
      for (const chunk of output) {
        if (chunk.type !== 'chunk') continue;
        const { code } = await minify(chunk.fileName, chunk.code, { compress: true, mangle: true });
        total += gzip(Buffer.from(code));
      }
      sizes[name] = total;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return sizes;
}
const floorSizes = await floor().catch((error) => {
  console.log(`\nFloor: could not bundle Lit alone (${error.message})`);
  return undefined;
});
if (floorSizes) {
  console.log('\nFloor, for reference (minified, gzip -9): what any Lit widget costs before its own code');
  console.log(`  ${pad('Lit alone', 50)} ${padl(floorSizes.lit, 7)}  (${kb(floorSizes.lit)})`);
  console.log(`  ${pad('Lit + @lit/localize (whole runtime)', 50)} ${padl(floorSizes['lit+localize'], 7)}  (${kb(floorSizes['lit+localize'])})`);
}

// ------------------------------------------------------------------ c) budgets
if (!existsSync(budgetFile)) fail('size-budget.json is missing.');
const config = JSON.parse(readFileSync(budgetFile, 'utf8'));
const ceilings = config.ceilings ?? {};
let budgets = config.budgets ?? {};
const problems = [];

/** The ceiling a measured figure falls under, by name (a widget's comes from WIDGETS). */
const ceilingOf = (name) => {
  // numerique-choisi.js is one file with every tag: a widget shown through it costs them all.
  if (/^nc-[\w-]+ code and data \(fr, numerique-choisi\.js\)$/.test(name)) return 'all widgets code and data';
  const named = budgets[name]?.ceiling;
  if (named) return named;
  const w = WIDGETS.find((x) => name.startsWith(`${x.tag} code`));
  if (w) return w.ceiling;
  if (name === 'all widgets code and data (fr, loader.js)') return 'all widgets through the loader';
  if (name.startsWith('all widgets code')) return 'all widgets code and data';
  if (/ data( fetched)? \((fr|nl)\)$/.test(name)) return 'widget data per locale';
  return undefined;
};
const bytesOf = (ceilingName) => (ceilingName === undefined ? undefined : ceilings[ceilingName]?.bytes);

if (update) {
  const next = {};
  for (const [name, value] of measured) {
    const ceilingName = ceilingOf(name);
    const ceiling = bytesOf(ceilingName);
    let budget = Math.ceil(value * MARGIN);
    if (ceiling !== undefined) budget = Math.min(budget, ceiling);
    const old = budgets[name];
    if (old && old.budget < budget) budget = old.budget; // a ratchet: the script never raises a budget
    next[name] = { budget, ...(ceilingName !== undefined && { ceiling: ceilingName }) };
  }
  writeFileSync(budgetFile, JSON.stringify({ ...config, budgets: next }, null, 2) + '\n');
  console.log(`\nsize: wrote ${Object.keys(next).length} budgets to size-budget.json (missing ones added, the others tightened to measured + 3 %; none raised)`);
  budgets = next;
}

console.log('\nBudgets (gzip bytes)');
console.log(`  ${pad('name', 56)} ${padl('measured', 8)} ${padl('budget', 8)} ${padl('ceiling', 8)}  result`);
for (const [name, value] of measured) {
  const entry = budgets[name];
  const ceilingName = ceilingOf(name);
  const ceiling = bytesOf(ceilingName);
  if (ceilingName !== undefined && ceiling === undefined) problems.push(`${name}: ceiling "${ceilingName}" is not in size-budget.json`);
  let result;
  if (!entry) {
    result = 'NO BUDGET';
    problems.push(`${name}: no budget in size-budget.json (\`node scripts/size.mjs --update\` adds one)`);
  } else if (ceiling !== undefined && entry.budget > ceiling) {
    result = 'BUDGET ABOVE CEILING';
    problems.push(`${name}: budget ${entry.budget} is above its ceiling ${ceiling} (${ceilingName})`);
  } else if (value > entry.budget) {
    result = 'OVER';
    problems.push(`${name}: ${value} bytes, over its budget of ${entry.budget} by ${value - entry.budget}`);
  } else {
    result = 'OK';
  }
  console.log(`  ${pad(name, 56)} ${padl(value, 8)} ${padl(entry?.budget ?? '—', 8)} ${padl(ceiling ?? '—', 8)}  ${result}`);
}
for (const name of Object.keys(budgets)) {
  if (!measured.has(name)) problems.push(`${name}: in size-budget.json but not measured (remove it, or fix its name)`);
}

console.log('');
for (const f of foreign) problems.push(`request to another origin: ${f}`);
if (problems.length) {
  for (const p of problems) console.log(`size: FAIL ${p}`);
  process.exit(1);
}
console.log('size: all within budget');
