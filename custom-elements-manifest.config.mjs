// `cem analyze` reads this file: the manifest documents the public API only.

/**
 * Lit's `static properties` entries with `state: true` are internal reactive state, not
 * attributes; the analyzer lists them as attributes. This plugin removes them (and the
 * fields), whatever class they are inherited into.
 */
function dropInternalState() {
  const internal = new Set();
  return {
    name: 'nc-drop-internal-state',
    analyzePhase({ ts, node }) {
      if (!ts.isPropertyDeclaration(node) || node.name?.getText() !== 'properties') return;
      const init = node.initializer;
      if (!init || !ts.isObjectLiteralExpression(init)) return;
      for (const prop of init.properties) {
        if (!ts.isPropertyAssignment(prop) || !ts.isObjectLiteralExpression(prop.initializer)) continue;
        const isState = prop.initializer.properties.some(
          (p) => ts.isPropertyAssignment(p) && p.name.getText() === 'state' && p.initializer.kind === ts.SyntaxKind.TrueKeyword,
        );
        if (isState) internal.add(prop.name.getText());
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          if (decl.kind !== 'class') continue;
          decl.attributes = decl.attributes?.filter((a) => !internal.has(a.fieldName ?? a.name));
          decl.members = decl.members?.filter((m) => !internal.has(m.name));
        }
      }
    },
  };
}

export default {
  globs: ['src/components/**/*.ts', 'src/components/nc-element.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  plugins: [dropInternalState()],
};
