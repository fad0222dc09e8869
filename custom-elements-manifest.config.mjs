// `cem analyze` reads this file: the manifest documents the public API only.

/**
 * Lit's `static properties` entries with `state: true` are internal reactive state, not
 * attributes; the analyzer lists them as attributes. This plugin removes them (and the
 * fields) from the class that declares them and from the classes that inherit them — and
 * only there: the finder's internal `open` filter is not the card's public `open` attribute.
 */
function dropInternalState() {
  const internal = new Map(); // class name → its internal state names
  return {
    name: 'nc-drop-internal-state',
    analyzePhase({ ts, node }) {
      if (!ts.isPropertyDeclaration(node) || node.name?.getText() !== 'properties') return;
      const init = node.initializer;
      const owner = node.parent && ts.isClassDeclaration(node.parent) ? node.parent.name?.getText() : undefined;
      if (!owner || !init || !ts.isObjectLiteralExpression(init)) return;
      for (const prop of init.properties) {
        if (!ts.isPropertyAssignment(prop) || !ts.isObjectLiteralExpression(prop.initializer)) continue;
        const isState = prop.initializer.properties.some(
          (p) => ts.isPropertyAssignment(p) && p.name.getText() === 'state' && p.initializer.kind === ts.SyntaxKind.TrueKeyword,
        );
        if (isState) internal.set(owner, new Set([...(internal.get(owner) ?? []), prop.name.getText()]));
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const isInternal = (decl, item) => {
        const owner = item.inheritedFrom?.name ?? decl.name;
        return internal.get(owner)?.has(item.fieldName ?? item.name) ?? false;
      };
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          if (decl.kind !== 'class') continue;
          decl.attributes = decl.attributes?.filter((a) => !isInternal(decl, a));
          decl.members = decl.members?.filter((m) => !isInternal(decl, m));
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
