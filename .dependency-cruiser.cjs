// The layers of src/ and the one-way order of imports between them (issue 18 part 7, DESIGN.md):
//   entries (define/, index.ts, cdn.ts, loader.ts, embed/) → components → controllers → shared → data → util
//   cli → data, util only;  generated/ (lit-localize output, data packs) imports nothing of the project.
// Nothing imports upwards, no circle (type-only imports and dynamic import() count too).
// Run by `npm run lint` (and so CI): `depcruise src --config .dependency-cruiser.cjs`.

/** Each layer: the regular expression of its files and the layers below it that it may import. */
const layers = {
  entries: { path: '^src/(define/|embed/|index\\.ts$|cdn\\.ts$|loader\\.ts$)', may: ['components', 'controllers', 'shared', 'data', 'generated', 'util'] },
  components: { path: '^src/components/', may: ['controllers', 'shared', 'data', 'generated', 'util'] },
  controllers: { path: '^src/controllers/', may: ['shared', 'data', 'generated', 'util'] },
  shared: { path: '^src/shared/', may: ['data', 'generated', 'util'] },
  data: { path: '^src/data/', may: ['generated', 'util'] },
  // The CLI also reads the built-in data packs (JSON made from src/data/default by `npm run data`).
  cli: { path: '^src/cli/', may: ['data', 'util'], alsoMay: '^src/generated/data/[^/]+\\.json$' },
  generated: { path: '^src/generated/', may: [] },
  util: { path: '^src/util/', may: [] },
};

/**
 * TEMPORARY allow-list: imports that break the rules on this branch today and that another engineer's
 * branch removes. Each entry allows exactly one import (from → to) for one rule. The integrator deletes
 * an entry when the named branch merges; lint then fails if that import is still there.
 */
const knownViolations = [
];

const escape = (file) => `^${file.replace(/[.]/g, '\\.')}$`;
const exceptionsFor = (rule) => knownViolations.filter((v) => v.rule === rule);
const fromsOf = (list) => [...new Set(list.map((v) => v.from))];

/** One rule, plus for each file with known violations of it a copy that allows exactly those imports. */
function withExceptions(rule) {
  const known = exceptionsFor(rule.name);
  const froms = fromsOf(known);
  if (froms.length === 0) return [rule];
  const main = { ...rule, from: { ...rule.from, pathNot: froms.map(escape) } };
  const perFile = froms
    .filter((file) => new RegExp(rule.from.path ?? '').test(file))
    .map((file) => ({
      ...rule,
      from: { path: escape(file) },
      to: { ...rule.to, pathNot: [rule.to.pathNot ?? [], known.filter((v) => v.from === file).map((v) => escape(v.to))].flat() },
    }));
  return [main, ...perFile];
}

const layerRules = Object.entries(layers).map(([name, layer]) => {
  const forbidden = Object.entries(layers)
    .filter(([other]) => other !== name && !layer.may.includes(other))
    .map(([, l]) => `(${l.path})`);
  return {
    name: `layer-${name}`,
    severity: 'error',
    comment: `${name} may import only ${[name, ...layer.may].join(', ')} (issue 18, DESIGN.md)`,
    from: { path: layer.path },
    to: { path: forbidden.join('|'), ...(layer.alsoMay ? { pathNot: layer.alsoMay } : {}) },
  };
});

module.exports = {
  forbidden: [
    ...layerRules.flatMap(withExceptions),
    ...withExceptions({
      name: 'no-circular',
      severity: 'error',
      comment: 'No import circle in src/: shared types go in a types.ts beside the files that share them',
      from: { path: '^src/' },
      to: { circular: true },
    }),
    {
      name: 'src-not-to-tooling',
      severity: 'error',
      comment: 'What ships imports no test, story, script or demo file',
      from: { path: '^src/' },
      to: { path: '^(test|stories|scripts|demo|\\.storybook)/' },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'An import that resolves to no file',
      from: { path: '^src/' },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
