// The per-widget reference, docs/<widget>.md, written from custom-elements.json (itself made by
// `cem analyze` from the JSDoc on each class), so that it cannot drift from the code. Each page
// keeps its hand-written text; only the part between the markers is rewritten:
//   <!-- api:start -->  …  <!-- api:end -->
// A page that does not exist yet (a new widget of src/widgets.json) is created with a title,
// the class's summary and the markers.
//   node scripts/docs.mjs          runs the analyzer, rewrites the reference parts
//   node scripts/docs.mjs --check  runs the analyzer, exits 1 when a page is not current (lint, CI)
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { WIDGETS, root } from './registry.mjs';

const check = process.argv.includes('--check');
execFileSync(join(root, 'node_modules/.bin/cem'), ['analyze'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);

const START = '<!-- api:start -->';
const END = '<!-- api:end -->';
const one = (s) => (s ?? '').replace(/\s*\n\s*/g, ' ').trim();
const cell = (s) => one(s).replace(/\|/g, '\\|') || '—';
const code = (s) => (s ? `\`${one(s).replace(/\|/g, '\\|')}\`` : '—');
const table = (head, rows) => (rows.length ? [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`), ''] : []);

/** The generated reference of one element, in Markdown. */
function reference(w, d) {
  const fields = (d.members ?? []).filter((m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public');
  const methods = (d.members ?? []).filter((m) => m.kind === 'method' && !m.static && (m.privacy ?? 'public') === 'public');
  const attributes = d.attributes ?? [];
  const byField = new Map(fields.map((f) => [f.name, f]));
  const propertyOnly = fields.filter((f) => !attributes.some((a) => (a.fieldName ?? a.name) === f.name));
  return [
    `_Generated from \`custom-elements.json\` (the JSDoc of \`${w.component}\`) by \`scripts/docs.mjs\`: edit the JSDoc, then run \`node scripts/docs.mjs\`._`,
    '',
    '### Attributes and properties',
    '',
    ...table(
      ['Attribute', 'Property', 'Type', 'Default', 'Description'],
      [
        ...attributes.map((a) => {
          const f = byField.get(a.fieldName ?? a.name);
          return [code(a.name), code(a.fieldName ?? a.name), code(a.type?.text ?? f?.type?.text), code(a.default ?? f?.default), cell(a.description ?? f?.description)];
        }),
        ['`lang`', '`lang`', '`string`', 'inherited', 'Language of the widget; else the closest `lang` above it (across shadow roots), else `<html lang>`, else `fr`.'],
        ...propertyOnly.map((f) => ['—', code(f.name), code(f.type?.text), code(f.default), cell(f.description)]),
      ],
    ),
    ...(d.events?.length ? ['### Events', '', ...table(['Event', 'Type', 'When'], d.events.map((e) => [code(e.name), code(e.type?.text), cell(e.description)]))] : []),
    ...(methods.length ? ['### Methods', '', ...table(['Method', 'Description'], methods.map((m) => [`\`${m.name}()\``, cell(m.description)]))] : []),
    ...(d.slots?.length ? ['### Slots', '', ...table(['Slot', 'Description'], d.slots.map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)]))] : []),
    ...(d.cssParts?.length ? ['### Parts (`::part()`)', '', ...table(['Part', 'Description'], d.cssParts.map((p) => [code(p.name), cell(p.description)]))] : []),
    ...(d.cssProperties?.length
      ? ['### CSS custom properties', '', ...table(['Property', 'Default', 'Description'], d.cssProperties.map((p) => [code(p.name), code(p.default), cell(p.description)]))]
      : []),
  ].join('\n');
}

const problems = [];
const stale = [];
for (const w of WIDGETS) {
  const d = declarations.find((x) => x.tagName === w.tag);
  if (!d) {
    problems.push(`custom-elements.json has no <${w.tag}> (is @customElement / the define() call in place?)`);
    continue;
  }
  const path = `docs/${w.folder}.md`;
  const file = join(root, path);
  const text = existsSync(file)
    ? readFileSync(file, 'utf8')
    : `# \`<${w.tag}>\`\n\n${one(d.summary)}\n\n## Reference\n\n${START}\n${END}\n`;
  const a = text.indexOf(START);
  const b = text.indexOf(END);
  if (a < 0 || b < a) {
    problems.push(`${path}: no ${START} … ${END} markers`);
    continue;
  }
  const next = `${text.slice(0, a + START.length)}\n${reference(w, d)}\n${text.slice(b)}`;
  if (next !== text) {
    stale.push(path);
    if (!check) writeFileSync(file, next);
  }
}
if (check && stale.length) problems.push(`not current with the JSDoc: ${stale.join(', ')}. Run 'node scripts/docs.mjs' and commit.`);
for (const p of problems) console.error(`docs: ${p}`);
if (problems.length) process.exit(1);
console.log(check ? `docs: ${WIDGETS.length} widget pages current` : `docs: ${stale.length ? `wrote ${stale.join(', ')}` : 'all current'}`);
