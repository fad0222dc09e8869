// The token tables of the documentation, written from src/shared/tokens.json (the one list of
// the widgets' CSS custom properties).
//
//   node scripts/tokens.mjs           rewrite the tables in docs/theming.md and stories/Theming.mdx
//   node scripts/tokens.mjs --check   exit 1 (and say which) when a table is not what the list gives
//
// Both also check the `@cssprop [--nc-…=default]` lines of each component's JSDoc (they feed
// custom-elements.json and Storybook's controls): each must name a listed token with its
// listed default, and each component token must have one. Those lines are not rewritten:
// fix them by hand.
//
// A table lives between two markers, and only there is anything rewritten:
//   docs/theming.md (Markdown):    <!-- tokens:start SCOPE -->  …  <!-- tokens:end -->
//   Theming.mdx (MDX, which has no HTML comments):  {/* tokens:start SCOPE */}  …  {/* tokens:end */}
// SCOPE is `global` (the global tokens), a tag such as `nc-recommendation-card` (its tokens), or
// nothing (every table, each under a heading line).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const tokens = JSON.parse(readFileSync(join(root, 'src/shared/tokens.json'), 'utf8'));
const check = process.argv.includes('--check');

/** The tables of one scope: [{ title, rows }]. */
function tables(scope) {
  const all = [
    { scope: 'global', title: 'Global tokens (every widget)', rows: tokens.global },
    ...tokens.components.map((c) => ({ scope: c.tag, title: `\`<${c.tag}>\` tokens`, rows: c.tokens })),
  ];
  if (!scope) return all;
  const found = all.filter((t) => t.scope === scope);
  if (!found.length) throw new Error(`tokens: unknown scope "${scope}" (global, ${tokens.components.map((c) => c.tag).join(', ')})`);
  return found;
}

// ------------------------------------------------------------------ Markdown (docs/theming.md)

const mdCell = (s) => s.replace(/\|/g, '\\|');
function markdown(scope) {
  return tables(scope)
    .map(({ title, rows }) =>
      [
        ...(scope ? [] : [`**${title}**`, '']),
        '| Token | Default | Used for |',
        '|---|---|---|',
        ...rows.map((t) => `| \`${t.name}\` | \`${mdCell(t.default)}\` | ${mdCell(t.description)} |`),
      ].join('\n'),
    )
    .join('\n\n');
}

// ------------------------------------------------------------------ MDX (stories/Theming.mdx)

/** Text for an MDX/JSX table cell: entities for HTML, `code` spans as <code>; braces would be JSX. */
function mdxText(s) {
  if (/[{}]/.test(s)) throw new Error(`tokens: "${s}" has a brace, which MDX would read as an expression`);
  const escaped = s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return escaped.replace(/`([^`]+)`/g, '<code>$1</code>');
}
function mdx(scope) {
  return tables(scope)
    .map(({ title, rows }) =>
      [
        ...(scope ? [] : [`**${title}**`, '']),
        '<table>',
        '  <thead>',
        '    <tr><th>Token</th><th>Default</th><th>Used for</th></tr>',
        '  </thead>',
        '  <tbody>',
        ...rows.map((t) => `    <tr><td><code>${t.name}</code></td><td><code>${mdxText(t.default)}</code></td><td>${mdxText(t.description)}</td></tr>`),
        '  </tbody>',
        '</table>',
      ].join('\n'),
    )
    .join('\n\n');
}

// ------------------------------------------------------------------ files

const FILES = [
  { path: 'docs/theming.md', start: /<!-- tokens:start(?: ([\w-]+))? -->/g, end: '<!-- tokens:end -->', render: markdown },
  { path: 'stories/Theming.mdx', start: /\{\/\* tokens:start(?: ([\w-]+))? \*\/\}/g, end: '{/* tokens:end */}', render: mdx },
];

let stale = 0;
for (const { path, start, end, render } of FILES) {
  const file = join(root, path);
  const before = readFileSync(file, 'utf8');
  let after = '';
  let last = 0;
  let blocks = 0;
  for (const m of before.matchAll(start)) {
    const from = m.index + m[0].length;
    const to = before.indexOf(end, from);
    if (to < 0) throw new Error(`tokens: ${path}: "${m[0]}" has no "${end}"`);
    after += before.slice(last, from) + '\n' + render(m[1]) + '\n';
    last = to;
    blocks++;
  }
  after += before.slice(last);
  if (!blocks) {
    console.error(`tokens: ${path} has no "${start.source}" marker`);
    stale++;
    continue;
  }
  if (after === before) continue;
  if (check) {
    console.error(`tokens: the token tables of ${path} are not those of src/shared/tokens.json: run \`node scripts/tokens.mjs\``);
    stale++;
  } else {
    writeFileSync(file, after);
    console.log(`tokens: wrote ${path}`);
  }
}
// ------------------------------------------------------------------ JSDoc @cssprop

const known = new Map([...tokens.global, ...tokens.components.flatMap((c) => c.tokens)].map((t) => [t.name, t.default]));
const componentDir = join(root, 'src/components');
for (const dir of readdirSync(componentDir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name)) {
  for (const name of readdirSync(join(componentDir, dir)).filter((f) => f.endsWith('.ts'))) {
    const path = `src/components/${dir}/${name}`;
    const source = readFileSync(join(root, path), 'utf8');
    const tag = source.match(/@tagname\s+(\S+)/)?.[1];
    const documented = new Map([...source.matchAll(/@cssprop\s+\[(--[\w-]+)=([^\]]*)\]/g)].map((m) => [m[1], m[2].trim()]));
    for (const [token, value] of documented) {
      if (!known.has(token)) console.error(`tokens: ${path}: @cssprop ${token} is not in src/shared/tokens.json`);
      else if (known.get(token) !== value) console.error(`tokens: ${path}: @cssprop [${token}=${value}] but src/shared/tokens.json says ${known.get(token)}`);
      else continue;
      stale++;
    }
    for (const t of tokens.components.find((c) => c.tag === tag)?.tokens ?? []) {
      if (documented.has(t.name)) continue;
      console.error(`tokens: ${path}: no @cssprop [${t.name}=${t.default}] for <${tag}>`);
      stale++;
    }
  }
}

if (stale) process.exit(1);
if (check) console.log('tokens: docs/theming.md and stories/Theming.mdx are current');
