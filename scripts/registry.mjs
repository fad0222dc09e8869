// The one list of the widgets, src/widgets.json, as the build scripts read it (see its $comment).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const registry = JSON.parse(readFileSync(join(root, 'src/widgets.json'), 'utf8'));

/** Each widget, with the paths and names that follow from its tag and name. */
export const WIDGETS = registry.widgets.map((w) => {
  const folder = w.tag.replace(/^nc-/, '');
  return {
    ...w,
    folder,
    component: `src/components/${folder}/${folder}.ts`,
    define: `src/define/${folder}.ts`,
    exportKey: `./define/${folder}`,
    messages: `${w.name}Messages`,
  };
});

/** Each data pack: its collections, whether its French part is built into the code, what it holds. */
export const PACKS = registry.packs;

for (const w of WIDGETS) {
  if (!/^[a-z]+$/.test(w.name)) throw new Error(`src/widgets.json: name "${w.name}" must be lower-case letters (it prefixes message ids)`);
  if (!/^nc-[a-z]+(-[a-z]+)*$/.test(w.tag)) throw new Error(`src/widgets.json: tag "${w.tag}" must be nc-<words>`);
  for (const p of w.packs) if (!PACKS[p]) throw new Error(`src/widgets.json: ${w.tag} shows pack "${p}", which "packs" does not list`);
}
