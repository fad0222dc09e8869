// npm run widgets: writes what follows from the one list of widgets, src/widgets.json, so that a
// widget is added in one place:
//   src/loader.ts and src/cdn.ts        the tag → define-entry map and the imports (between the markers)
//   src/shared/message-packs.ts         each widget's UI strings per locale (lazy modules)
//   src/data/packs.ts, src/data/<pack>-pack.ts   the built-in data packs
//   src/define/<folder>.ts              written when missing (a define entry may add to it)
//   package.json "exports"              a `./define/<folder>` entry when missing
// and checks what stays hand-written: each define entry registers its tag with its class, the
// package root exports each class, size-budget.json has a ceiling named after each widget.
// scripts/messages.mjs, data-packs.mjs, size.mjs and check-package.mjs read the same list.
//   node scripts/widgets.mjs          writes the files
//   node scripts/widgets.mjs --check  exits 1 when one is not current (lint, CI)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKS, WIDGETS, root } from './registry.mjs';

const check = process.argv.includes('--check');
const HEADER = '// Generated from src/widgets.json by scripts/widgets.mjs (npm run widgets): do not edit.';
const LOCALES = ['nl', 'de', 'en'];
const files = new Map(); // path → content wanted
const problems = [];
const read = (path) => (existsSync(join(root, path)) ? readFileSync(join(root, path), 'utf8') : undefined);

/** Replaces the lines between `// <widgets>` and `// </widgets>` in a hand-written file. */
function region(path, lines) {
  const text = read(path) ?? '';
  const match = /^([ \t]*)\/\/ <widgets>.*\n[\s\S]*?^[ \t]*\/\/ <\/widgets>.*$/m.exec(text);
  if (!match) return problems.push(`${path}: no "// <widgets>" … "// </widgets>" markers`);
  const block = [`${match[1]}// <widgets> ${HEADER.slice(3)}`, ...lines, `${match[1]}// </widgets>`].join('\n');
  files.set(path, text.slice(0, match.index) + block + text.slice(match.index + match[0].length));
}

region('src/loader.ts', [
  'const tags: Record<string, () => Promise<unknown>> = {',
  ...WIDGETS.map((w) => `  '${w.tag}': () => import('./define/${w.folder}.js'),`),
  '};',
]);
region('src/cdn.ts', WIDGETS.map((w) => `import './define/${w.folder}.js';`));

files.set(
  'src/shared/message-packs.ts',
  [
    HEADER,
    '/**',
    ' * Each widget\'s UI strings per locale: lazy modules that `scripts/messages.mjs` splits from',
    ' * lit-localize\'s output by id prefix. A widget gives its pack to its data controller, so it',
    ' * downloads only its own strings (and the shared ones, which every pack holds).',
    ' */',
    "import type { MessagePack } from './i18n.js';",
    ...WIDGETS.flatMap((w) => [
      '',
      `/** <${w.tag}>: ids \`${w.name}.…\` and the shared ones. */`,
      `export const ${w.messages}: MessagePack = {`,
      ...LOCALES.map((l) => `  ${l}: () => import('../generated/messages/${w.name}.${l}.js'),`),
      '};',
    ]),
    '',
  ].join('\n'),
);

const overlays = (pack) => [
  '  overlays: {',
  ...LOCALES.map((l) => `    ${l}: () => import('../generated/data/${pack}.${l}.json'),`),
  '  },',
];
const lazy = Object.keys(PACKS).filter((p) => !PACKS[p].builtIn);
const builtIn = Object.keys(PACKS).filter((p) => PACKS[p].builtIn);
for (const pack of lazy) {
  files.set(
    `src/data/${pack}-pack.ts`,
    [
      HEADER,
      '/**',
      ` * The ${pack} pack, in a module of its own: \`packs.ts\` imports the French text of the built-in`,
      ' * packs statically (it travels inside the code of the widgets that show them), so a widget that',
      ' * imported its pack from there would carry that text too. `packs.ts` re-exports it for tools and `PACKS`.',
      ' */',
      "import type { ThemeData } from './model.js';",
      "import type { Pack } from './pack.js';",
      '',
      `/** ${PACKS[pack].about} */`,
      `export const ${pack}Pack: Pack = {`,
      `  name: '${pack}',`,
      `  fr: () => import('../generated/data/${pack}.fr.json') as Promise<{ default: Partial<ThemeData> }>,`,
      ...overlays(pack),
      '};',
      '',
    ].join('\n'),
  );
}
files.set(
  'src/data/packs.ts',
  [
    HEADER,
    '/**',
    ' * The built-in content, split per widget so that each widget downloads only what it shows',
    ' * (`npm run data` writes src/generated/data/ from src/data/default/<locale>.json).',
    ' *',
    ` * The French part of a built-in pack (${builtIn.join(', ')}) is imported statically: it travels inside the`,
    ' * code of the widgets that show it, so a French card paints without waiting on another request.',
    ' * Everything else (the other locales\' overlays, the other packs) is a lazy chunk, fetched once per page.',
    ' */',
    "import type { ThemeData } from './model.js';",
    "import type { Pack } from './pack.js';",
    ...builtIn.map((p) => `import ${p}Fr from '../generated/data/${p}.fr.json';`),
    ...lazy.map((p) => `import { ${p}Pack } from './${p}-pack.js';`),
    '',
    "export type { Pack, Overlay } from './pack.js';",
    ...builtIn.flatMap((p) => [
      '',
      `/** ${PACKS[p].about} */`,
      `export const ${p}Pack: Pack = {`,
      `  name: '${p}',`,
      `  fr: ${p}Fr as unknown as Partial<ThemeData>,`,
      ...overlays(p),
      '};',
    ]),
    '',
    `/** Packs in modules of their own (without the built-in packs' French text). */`,
    `export { ${lazy.map((p) => `${p}Pack`).join(', ')} };`,
    '',
    '/** Every pack, for tools and tests. */',
    `export const PACKS: readonly Pack[] = [${Object.keys(PACKS).map((p) => `${p}Pack`).join(', ')}];`,
    '',
  ].join('\n'),
);

// Define entries: written when missing; a define entry may do more (the self-check's makes sure
// the card it shows is defined), so an existing one is only checked.
const index = read('src/index.ts') ?? '';
const budget = JSON.parse(read('size-budget.json') ?? '{}');
for (const w of WIDGETS) {
  if (!existsSync(join(root, w.component))) problems.push(`${w.component}: missing (the class of <${w.tag}>)`);
  const entry = read(w.define);
  if (entry === undefined) {
    files.set(
      w.define,
      [
        `import { ${w.class} } from '../components/${w.folder}/${w.folder}.js';`,
        "import { define } from '../shared/define.js';",
        '',
        `define('${w.tag}', ${w.class});`,
        '',
        `export { ${w.class} };`,
        '',
      ].join('\n'),
    );
  } else if (!entry.includes(`define('${w.tag}', ${w.class})`)) {
    problems.push(`${w.define}: does not call define('${w.tag}', ${w.class})`);
  }
  if (!new RegExp(`export \\{[^}]*\\b${w.class}\\b[^}]*\\} from '\\./components/${w.folder}/${w.folder}\\.js'`).test(index)) {
    problems.push(`src/index.ts: does not export ${w.class} from './components/${w.folder}/${w.folder}.js'`);
  }
  if (!budget.ceilings?.[w.name]) problems.push(`size-budget.json: no ceiling "${w.name}" for <${w.tag}>`);
}

// The exports map: one `./define/<folder>` per widget, beside the others.
const pkgText = read('package.json');
const pkg = JSON.parse(pkgText);
const exportsMap = {};
let added = false;
for (const [key, value] of Object.entries(pkg.exports)) {
  if (key === './cdn/*') {
    for (const w of WIDGETS) {
      if (pkg.exports[w.exportKey]) continue;
      exportsMap[w.exportKey] = { types: `./dist/types/define/${w.folder}.d.ts`, default: `./dist/define/${w.folder}.js` };
      added = true;
    }
  }
  exportsMap[key] = value;
}
for (const key of Object.keys(pkg.exports).filter((k) => k.startsWith('./define/'))) {
  if (!WIDGETS.some((w) => w.exportKey === key)) problems.push(`package.json: exports "${key}" is no widget of src/widgets.json`);
}
if (added) files.set('package.json', `${JSON.stringify({ ...pkg, exports: exportsMap }, null, 2)}\n`);

const stale = [...files].filter(([path, body]) => read(path) !== body).map(([path]) => path);
if (check) {
  if (stale.length) problems.push(`not current: ${stale.join(', ')}. Run 'npm run widgets' and commit.`);
  if (problems.length) {
    for (const p of problems) console.error(`widgets: ${p}`);
    process.exit(1);
  }
  console.log(`widgets: ${WIDGETS.length} widgets; ${files.size} generated files current`);
} else {
  for (const path of stale) writeFileSync(join(root, path), files.get(path));
  console.log(`widgets: wrote ${stale.length ? stale.join(', ') : 'nothing (all current)'}`);
  for (const p of problems) console.error(`widgets: ${p}`);
  if (problems.length) process.exit(1);
}
