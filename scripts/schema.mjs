// npm run schema: writes the JSON Schemas of the data format from the TypeScript types.
//   schema/numerique-choisi.schema.json  a data file: the `DataFile` type of src/data/model.ts
//   schema/locale-overlay.schema.json    a built-in translation overlay (src/data/default/{nl,de,en}.json),
//                                        derived from the first: every localized text becomes one string.
// npm run schema:check (CI): regenerates both in memory and exits 1 if a committed file differs,
// so the schema and the TypeScript types cannot drift apart.
import { createGenerator } from 'ts-json-schema-generator';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// Not an address on the web: the package ships the files (numerique-choisi/schema/…).
const BASE_ID = 'urn:numerique-choisi:schema:';

/** The schema of a data file, generated from `DataFile` (JSDoc tags such as @pattern, @minLength, @format included). */
function dataFileSchema() {
  const generated = createGenerator({
    path: join(root, 'src/data/model.ts'),
    tsconfig: join(root, 'tsconfig.json'),
    type: 'DataFile',
    topRef: false, // the root is DataFile itself, not a bare $ref (siblings of $ref are ignored in draft 7)
    additionalProperties: false, // a misspelt field is an error, as in src/data/validate.ts
    skipTypeCheck: true, // type errors are `npm run lint`'s job; this reads the declarations only
    sortProps: true,
    jsDoc: 'extended',
  }).createSchema('DataFile');
  const { $schema, ...rest } = generated;
  delete rest.description; // the type's own JSDoc; the file gets a fuller one below
  return {
    $schema,
    $id: `${BASE_ID}numerique-choisi.schema.json`,
    title: 'numerique-choisi data file (format version 1)',
    description:
      'Theme data for the numerique-choisi web components: a site\'s own file (`src` attribute or `data` property) ' +
      'or the built-in data. Every collection is optional: one left out falls back to the built-in one. ' +
      'Ids are public API. Generated from the `DataFile` type of src/data/model.ts by `npm run schema`; do not edit.',
    ...rest,
  };
}

/**
 * The schema of a translation overlay, derived from the data file schema: the overlay mirrors a data
 * file, with each localized text replaced by the translated string, and arrays of entries that have an
 * `id` keyed by that id (see `mergeLocale` in src/data/load.ts). Fields without text are left out.
 */
function overlaySchema(data) {
  const defs = data.definitions;
  const refName = (node) => node.$ref?.replace('#/definitions/', '');
  const TEXT = 'Text';
  const out = {};
  /** The overlay of a schema node, or null when the node holds no localized text. */
  const derive = (node) => {
    const name = refName(node);
    if (name === 'LocalizedText') return { $ref: `#/definitions/${TEXT}` };
    if (name) {
      if (!(name in out)) {
        out[name] = null; // marks the definition as in progress
        const d = derive(defs[name]);
        if (d) out[name] = { ...d, ...(defs[name].description && { description: defs[name].description }) };
        else delete out[name];
      }
      return name in out ? { $ref: `#/definitions/${name}` } : null;
    }
    if (node.type === 'object' && node.properties) {
      const properties = {};
      for (const [key, value] of Object.entries(node.properties)) {
        const d = derive(value);
        if (d) properties[key] = { ...d, ...(value.description && !d.$ref && { description: value.description }) };
      }
      return Object.keys(properties).length ? { type: 'object', properties, additionalProperties: false } : null;
    }
    if (node.type === 'array' && node.items) {
      const items = derive(node.items);
      if (!items) return null;
      const itemName = refName(node.items);
      const keyed = itemName && defs[itemName].properties?.id;
      return keyed
        ? { type: 'object', propertyNames: { $ref: '#/definitions/Id' }, additionalProperties: items }
        : { type: 'array', items };
    }
    return null;
  };
  const top = derive({ ...data, $ref: undefined });
  return {
    $schema: data.$schema,
    $id: `${BASE_ID}locale-overlay.schema.json`,
    title: 'numerique-choisi translation overlay',
    description:
      'The text of one locale for the built-in data (src/data/default/{nl,de,en}.json), put over fr.json by ' +
      '`mergeLocale`: the same shape as a data file, with entries keyed by id and each localized text replaced ' +
      'by the translated string. Derived from numerique-choisi.schema.json by `npm run schema`; do not edit.',
    type: 'object',
    properties: {
      locale: { type: 'string', enum: ['nl', 'de', 'en'], description: 'The locale of this overlay.' },
      ...top.properties,
    },
    required: ['locale'],
    additionalProperties: false,
    definitions: {
      [TEXT]: {
        type: 'string',
        minLength: 1,
        pattern: '\\S',
        description: 'The translation of one localized text. Not blank.',
      },
      Id: defs.Id,
      ...Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b))),
    },
  };
}

const data = dataFileSchema();
const files = {
  'schema/numerique-choisi.schema.json': data,
  'schema/locale-overlay.schema.json': overlaySchema(data),
};

const check = process.argv.includes('--check');
let stale = 0;
for (const [file, schema] of Object.entries(files)) {
  const text = `${JSON.stringify(schema, null, 2)}\n`;
  const path = join(root, file);
  if (check) {
    let committed = null;
    try {
      committed = readFileSync(path, 'utf8');
    } catch {
      /* missing */
    }
    if (committed !== text) {
      stale++;
      console.error(
        committed === null
          ? `schema: ${file} is missing.`
          : `schema: ${file} is out of date: it no longer matches the types in src/data/model.ts.`,
      );
    }
  } else {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    console.log(`schema: wrote ${file}`);
  }
}
if (stale) {
  console.error("Run 'npm run schema' and commit the result.");
  process.exit(1);
}
if (check) console.log(`schema: ${Object.keys(files).join(', ')} match src/data/model.ts`);
