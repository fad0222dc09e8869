/**
 * The design tokens (CSS custom properties) of every widget, typed for the token test: one
 * list, kept in `src/shared/tokens.json` so that node reads it as it is (`scripts/tokens.mjs` writes the token tables
 * of docs/theming.md and stories/Theming.mdx from it, and `--check`s them in CI).
 *
 * The widget styles do not import this list: `src/shared/styles.ts` and each
 * `<name>.styles.ts` keep their CSS literal, and `test/tokens.test.ts` checks them against
 * it (every `var(--nc-…)` they use is listed here with the same default, every token listed
 * here is used). This typed view of it lives beside that test, as nothing in src/ uses it.
 * Building the CSS from this list at run time would ship the descriptions and
 * the building code inside a widget whose code is budgeted at 12 KB gzip, for nothing a
 * visitor sees.
 */
import data from '../src/shared/tokens.json';

/** A global token, shared by every widget. */
export interface GlobalToken {
  /** `--nc-…` */
  name: `--nc-${string}`;
  /** Its value when the page sets none (CSS). */
  default: string;
  /** What it styles (English, a short phrase; Markdown code spans allowed). */
  description: string;
  /** The private `--_nc-…` variable the shared styles derive from it on `:host`, if any. */
  private?: `--_nc-${string}`;
}

/** A per-component token: falls back to a global token (its `default` says which). */
export interface ComponentToken {
  name: `--nc-${string}`;
  /** Its fallback, in public names (e.g. `var(--nc-color-surface)`). */
  default: string;
  description: string;
}

/** The tokens of one widget. */
export interface ComponentTokens {
  /** Its tag, e.g. `nc-recommendation-card`. */
  tag: `nc-${string}`;
  tokens: ComponentToken[];
}

/** Global tokens, in the order the documentation lists them. */
export const globalTokens = data.global as GlobalToken[];

/** Per-component tokens, per widget. */
export const componentTokens = data.components as ComponentTokens[];

/** Every token, global then per component. */
export const allTokens: (GlobalToken | ComponentToken)[] = [...globalTokens, ...componentTokens.flatMap((c) => c.tokens)];
