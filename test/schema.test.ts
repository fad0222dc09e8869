/**
 * The committed JSON Schemas (schema/*.schema.json) against the data and against the runtime
 * validation (src/data/validate.ts). Both are walked, field by field: a field, a collection or a
 * required/optional status added to one and not the other fails here. (`npm run schema:check`
 * separately keeps the schema in step with the TypeScript types.)
 */
import { expect } from '@open-wc/testing';
import { Validator } from '@cfworker/json-schema';
import { validateDataFile, entryChecks } from '../src/data/validate.js';
import { COLLECTIONS } from '../src/data/model.js';
import schema from '../schema/numerique-choisi.schema.json';
import overlaySchema from '../schema/locale-overlay.schema.json';
import fr from '../src/data/default/fr.json';
import nl from '../src/data/default/nl.json';
import de from '../src/data/default/de.json';
import en from '../src/data/default/en.json';

type Json = Record<string, unknown>;
const dataValidator = new Validator(schema as object, '7', false);
const overlayValidator = new Validator(overlaySchema as object, '7', false);

const errorsOf = (v: Validator, input: unknown) =>
  v
    .validate(input)
    .errors.filter((e) => !['$ref', 'properties', 'items', 'additionalProperties'].includes(e.keyword))
    .map((e) => `${e.instanceLocation}: ${e.error}`);

describe('the data file schema', () => {
  it('is draft 7 with an $id, a title and a description', () => {
    const s = schema as Json;
    expect(s.$schema).to.equal('http://json-schema.org/draft-07/schema#');
    expect(s.$id).to.equal('urn:numerique-choisi:schema:numerique-choisi.schema.json');
    expect(s.title).to.be.a('string').and.not.equal('');
    expect(s.description).to.be.a('string').and.not.equal('');
  });

  it('accepts src/data/default/fr.json', () => {
    expect(errorsOf(dataValidator, fr)).to.deep.equal([]);
  });

  it('accepts a minimal site file with only recommendations', () => {
    const site = {
      formatVersion: 1,
      recommendations: [
        {
          id: 'guichet-du-lundi',
          kind: 'recommandation',
          theme: 'acces-et-lien-social',
          title: { fr: 'Un guichet sans rendez-vous le lundi' },
          summary: { fr: 'Le guichet est ouvert sans rendez-vous le lundi matin.' },
          reported: { fr: 'Notre équipe a décidé d’ouvrir le guichet sans rendez-vous.' },
          actions: [{ text: { fr: 'Ouvrir le guichet le lundi matin.' }, origin: 'suggestion' }],
          easyRead: { title: { fr: 'Venir le lundi' }, summary: { fr: 'Le lundi matin, vous pouvez venir sans rendez-vous.' } },
        },
      ],
    };
    expect(errorsOf(dataValidator, site)).to.deep.equal([]);
    expect(validateDataFile(site, 'site').issues).to.deep.equal([]);
  });

  it('accepts `{ "formatVersion": 1 }` and rejects `{}`', () => {
    expect(dataValidator.validate({ formatVersion: 1 }).valid).to.equal(true);
    expect(dataValidator.validate({}).valid).to.equal(false);
  });
});

// ---------------------------------------------------------------- walking both

/** What a walk finds: `path → "required|optional kind"`, e.g. `recommendations[].actions → "required array min 1"`. */
type Shape = Record<string, string>;
type Problem = { path: string; expected: string; received: string };
/** Validates a value put at some place and returns the problems, their paths relative to that place. */
type Probe = (value: unknown) => Problem[];

const PROBE = '__probe__';
const ID_EXPECTED = 'an id (lowercase letters, digits, hyphens)';

/** Strings checked by a pattern: the validator's words and the schema's pattern, one kind each. */
const PATTERN_KINDS: [kind: string, expected: string[], pattern: string][] = [
  ['postal code', ['a Belgian postal code (4 digits)'], '^[1-9][0-9]{3}$'],
  ['phone', ['a phone number in international form, e.g. +3210000000'], '^\\+[0-9]{6,15}$'],
  ['e-mail', ['an e-mail address'], '^[^@\\s]+@[^@\\s]+$'],
  ['language code', ['a language code (fr, nl, de, en…)'], '^[a-z]{2,3}(-[A-Za-z0-9]+)*$'],
  ['time', ['a time HH:MM', 'a time HH:MM (24:00 for midnight)'], '^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$'],
  ['date', ['a date YYYY-MM-DD'], '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$'],
];
/** Hours: a schedule object, or an OpenStreetMap string (a non-empty text). */
const OBJECT_OR_TEXT = 'object closed or text';

/** The kind of check from the validator's `expected` text. */
function kindOfExpected(expected: string): string {
  const pattern = PATTERN_KINDS.find(([, words]) => words.includes(expected));
  if (pattern) return pattern[0];
  if (expected === 'a schedule object or an OpenStreetMap hours string') return OBJECT_OR_TEXT;
  if (expected === 'an object') return 'object closed';
  if (expected === 'an array') return 'array';
  if (expected === 'a non-empty string') return 'text';
  if (expected === ID_EXPECTED) return 'id';
  if (expected === 'true or false') return 'boolean';
  if (expected === 'an absolute http(s) URL') return 'url';
  if (expected === 'an absolute http(s) URL or a relative URL') return 'url or relative';
  if (expected === '1') return 'const 1';
  if (expected.startsWith('a string')) return 'string';
  const oneOf = /^one of (.*)$/.exec(expected);
  if (oneOf) return `enum ${(JSON.parse(`[${oneOf[1]}]`) as string[]).join('|')}`;
  const range = /^an? (number|integer) from (-?[\d.]+) to (-?[\d.]+)$/.exec(expected);
  if (range) return `${range[1]} ${range[2]}..${range[3]}`;
  return `unknown check: ${expected}`;
}

/** The problems under `key` (of an object) or `[0]` (of an array), with that prefix taken off. */
function under(problems: Problem[], prefix: string): Problem[] {
  return problems
    .filter((p) => p.path === prefix || p.path.startsWith(`${prefix}.`) || p.path.startsWith(`${prefix}[`))
    .map((p) => ({ ...p, path: p.path.slice(prefix.length).replace(/^\./, '') }));
}

/** Walks the validator behind `probe` (black box: it reads only what the validator reports). */
function walkValidator(probe: Probe, at: string, out: Shape, required: boolean): void {
  const self = probe(null).find((p) => p.path === '');
  const kind = self ? kindOfExpected(self.expected) : 'anything';
  if (kind === 'array') {
    const min = /^at least (\d+) items?$/.exec(probe([]).find((p) => p.path === '')?.expected ?? '');
    out[at] = `${required ? 'required' : 'optional'} array${min ? ` min ${min[1]}` : ''}`;
    walkValidator((v) => under(probe([v]), '[0]'), `${at}[]`, out, true);
    return;
  }
  if (at) out[at] = `${required ? 'required' : 'optional'} ${kind}`;
  if (kind !== 'object closed' && kind !== OBJECT_OR_TEXT) return;
  const problems = probe({ [PROBE]: 1 });
  const unknown = problems.find((p) => p.path === PROBE);
  const known = /\(known: (.*)\)$/.exec(unknown?.expected ?? '');
  if (!known) throw new Error(`${at}: the validator does not name its known fields`);
  const requiredKeys = new Set(problems.filter((p) => p.received === 'nothing' && !/[.[]/.test(p.path)).map((p) => p.path));
  for (const key of known[1].split(', ')) {
    walkValidator((v) => under(probe({ [key]: v }), key), at ? `${at}.${key}` : key, out, requiredKeys.has(key));
  }
}

/** The validator's shape of a data file: the file itself, `source`, and every collection (via `entryChecks`). */
function validatorShape(): Shape {
  const out: Shape = {};
  const fileProblems = (input: unknown): Problem[] =>
    validateDataFile(input, 'probe').issues.map((i) => {
      const entry = i.entry.replace(/ ".*"$/, '');
      return { path: [entry, i.path].filter(Boolean).join('.').replace('.[', '['), expected: i.expected, received: i.received };
    });
  // The file: its fields are named by the unknown-field issue; formatVersion is the only required one.
  const top = fileProblems({ formatVersion: 1, [PROBE]: 1 }).find((p) => p.path === PROBE);
  const known = /\(known: (.*)\)$/.exec(top?.expected ?? '')![1].split(', ');
  const requiredTop = new Set(fileProblems({}).filter((p) => p.received === 'nothing').map((p) => p.path));
  for (const key of known) {
    if (key === 'formatVersion') {
      out[key] = `${requiredTop.has(key) ? 'required' : 'optional'} ${kindOfExpected(fileProblems({ formatVersion: null })[0].expected)}`;
      continue;
    }
    // Put the value into a valid file, so that only this field is reported.
    walkValidator((v) => under(fileProblems({ formatVersion: 1, [key]: v }), key), key, out, requiredTop.has(key));
  }
  return out;
}

/** The schema's shape, walked from its root. */
function schemaShape(root: Json): Shape {
  const defs = root.definitions as Record<string, Json>;
  const out: Shape = {};
  const resolve = (node: Json): [Json, string | undefined] => {
    const ref = typeof node.$ref === 'string' ? node.$ref.replace('#/definitions/', '') : undefined;
    return ref ? [defs[ref], ref] : [node, undefined];
  };
  const kindOf = (node: Json, ref?: string): string => {
    if ('const' in node) return `const ${JSON.stringify(node.const)}`;
    if (Array.isArray(node.enum)) return `enum ${node.enum.join('|')}`;
    if (node.type === 'boolean') return 'boolean';
    if ((node.type === 'number' || node.type === 'integer') && typeof node.minimum === 'number' && typeof node.maximum === 'number') {
      return `${node.type} ${node.minimum}..${node.maximum}`;
    }
    if (node.type === 'object') return node.additionalProperties === false ? 'object closed' : 'object open';
    if (node.type === 'array') return `array${typeof node.minItems === 'number' && node.minItems > 0 ? ` min ${node.minItems}` : ''}`;
    if (node.type === 'string') {
      if (ref === 'Id' && node.pattern === '^[a-z0-9]+(-[a-z0-9]+)*$') return 'id';
      if (node.format === 'uri' && String(node.pattern).startsWith('^[Hh][Tt][Tt][Pp][Ss]?://')) return 'url';
      if (node.format === 'uri-reference' && String(node.pattern).startsWith('^([Hh][Tt][Tt][Pp][Ss]?://')) return 'url or relative';
      if (node.minLength === 1 && node.pattern === '\\S') return 'text';
      const pattern = PATTERN_KINDS.find(([, , p]) => p === node.pattern);
      if (pattern) return pattern[0];
      if (Object.keys(node).every((k) => k === 'type' || k === 'description')) return 'string';
    }
    return `unknown schema: ${JSON.stringify(node)}`;
  };
  const walkFields = (node: Json, at: string) => {
    const req = new Set((node.required as string[] | undefined) ?? []);
    for (const [key, value] of Object.entries((node.properties as Record<string, Json>) ?? {})) {
      walk(value, at ? `${at}.${key}` : key, req.has(key));
    }
  };
  const walk = (raw: Json, at: string, required: boolean) => {
    const [node, ref] = resolve(raw);
    // A union of a closed object and a text (hours): that kind, then the object's fields.
    if (Array.isArray(node.anyOf)) {
      const members = (node.anyOf as Json[]).map((m) => resolve(m));
      if (members.map(([n, r]) => kindOf(n, r)).sort().join(' or ') === OBJECT_OR_TEXT) {
        out[at] = `${required ? 'required' : 'optional'} ${OBJECT_OR_TEXT}`;
        walkFields(members.find(([n]) => n.type === 'object')![0], at);
        return;
      }
    }
    if (at) out[at] = `${required ? 'required' : 'optional'} ${kindOf(node, ref)}`;
    if (node.type === 'array') {
      walk(node.items as Json, `${at}[]`, true);
    } else if (node.type === 'object') {
      walkFields(node, at);
    }
  };
  walk(root, '', true);
  return out;
}

const sorted = (s: Shape) => Object.fromEntries(Object.entries(s).sort(([a], [b]) => a.localeCompare(b)));

describe('the data file schema and the runtime validation agree', () => {
  const fromValidator = sorted(validatorShape());
  const fromSchema = sorted(schemaShape(schema as Json));

  it('the walk of the validator finds every collection of entryChecks', () => {
    expect(Object.keys(entryChecks).sort()).to.deep.equal([...COLLECTIONS].sort());
    for (const name of COLLECTIONS) expect(fromValidator[name], name).to.equal('optional array');
    expect(fromValidator['recommendations[].actions']).to.equal('required array min 1');
    expect(fromValidator['recommendations[].quote']).to.equal('optional object closed');
    expect(fromValidator['partners[].url']).to.equal('optional url');
    expect(fromValidator['partners[].logo']).to.equal('optional url or relative');
    expect(fromValidator['partners[].languages[]']).to.equal('required enum fr|de|en|nl');
    expect(fromValidator['themes[].title.fr']).to.equal('required text');
    expect(fromValidator['questions[].weight']).to.equal('required integer 1..3');
    expect(fromValidator['questions[].scores.oui']).to.equal('required number 0..1');
    expect(fromValidator['questions[].audiences[]']).to.equal('required enum travailleur|institution');
    expect(fromValidator['themes[].title.nl']).to.equal('optional text');
    expect(fromValidator.formatVersion).to.equal('required const 1');
    expect(Object.keys(fromValidator).length).to.be.above(80);
  });

  it('same fields, same required/optional status, same kind of value', () => {
    expect(fromSchema).to.deep.equal(fromValidator);
  });

  it('fails when a field is added to one and not the other', () => {
    const s = structuredClone(schema) as Json;
    const defs = s.definitions as Record<string, Json>;
    (defs.Partner.properties as Json).fax = { type: 'string', format: 'uri', pattern: '^[Hh][Tt][Tt][Pp][Ss]?://' };
    (defs.Guichet.required as string[]).splice((defs.Guichet.required as string[]).indexOf('example'), 1);
    const changed = sorted(schemaShape(s));
    expect(changed).to.not.deep.equal(fromValidator);
    expect(changed['partners[].fax']).to.equal('optional url');
    expect(fromValidator['partners[].fax']).to.equal(undefined);
    expect(changed['guichets[].example']).to.equal('optional boolean');
    expect(fromValidator['guichets[].example']).to.equal('required boolean');
  });
});

// ---------------------------------------------------------------- the overlay schema

describe('the translation overlay schema', () => {
  const overlays: [string, unknown][] = [
    ['nl', nl],
    ['de', de],
    ['en', en],
  ];
  for (const [locale, overlay] of overlays) {
    it(`accepts src/data/default/${locale}.json`, () => {
      expect(errorsOf(overlayValidator, overlay)).to.deep.equal([]);
    });
  }

  it('rejects a misspelt field, a non-string translation, an empty one, an unknown locale', () => {
    const base = structuredClone(nl) as Json;
    const bad: [string, (o: Json) => void, string][] = [
      ['misspelt field', (o) => ((o.themes as Json)['temps-et-couts'] = { tilte: 'Tijd' }), '#/themes/temps-et-couts/tilte'],
      ['object instead of string', (o) => ((o.themes as Json)['temps-et-couts'] = { title: { nl: 'Tijd' } }), '#/themes/temps-et-couts/title'],
      ['empty translation', (o) => ((o.source as Json).date = ''), '#/source/date'],
      ['blank translation', (o) => ((o.source as Json).date = '  '), '#/source/date'],
      ['bad id as key', (o) => ((o.themes as Json)['Temps'] = { title: 'Tijd' }), '#/themes'],
      ['unknown locale', (o) => (o.locale = 'es'), '#/locale'],
      ['no locale', (o) => delete o.locale, '#'],
      ['origin is not translated', (o) => (((o.recommendations as Json).temps as Json).actions = [{ text: 'x', origin: 'article' }]), '#/recommendations/temps/actions/0/origin'],
    ];
    for (const [name, change, at] of bad) {
      const o = structuredClone(base);
      change(o);
      const errors = errorsOf(overlayValidator, o);
      expect(errors.length, name).to.be.above(0);
      expect(
        errors.some((e) => e.startsWith(`${at}: `) || e.startsWith(`${at}/`)),
        `${name}: ${errors.join('; ')}`,
      ).to.equal(true);
    }
  });
});
