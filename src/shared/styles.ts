import { css } from 'lit';

/**
 * Shared styles of every widget.
 *
 * Tokens: the global ones (`--nc-color-primary`, `--nc-font-size`, `--nc-space-1`…) and
 * their defaults are listed once, in `tokens.json` (see `tokens.ts`), which the README and
 * the Theming story are generated from. The `:host` block below spells them out as literal
 * CSS rather than building it from that list with `unsafeCSS`: the list carries the
 * descriptions and would be shipped in every widget, whose code is budgeted at 12 KB gzip.
 * test/tokens.test.ts keeps the two in step (same names, same defaults, nothing unused).
 *
 * Sizes: the widget's text size is `--nc-font-size` (default `medium`: the visitor's browser
 * setting), but never smaller than the host page's root size (`1rem`). So a site with
 * `html { font-size: 62.5% }` or a 9px body still gets readable widgets (16px), and a site
 * whose « A+ » button enlarges its own root (`html { font-size: 200% }`) enlarges the widgets
 * too (32px). Why not plain `1rem`: the 62.5% root (10px) is common and would give 10px text.
 * `medium` is a keyword, not a length, so it cannot go in `max()`: hence two steps, the host
 * at `--nc-font-size`, its top-level children at `max(1em, 1rem)`. The one thing a site
 * cannot do is make the text smaller than its own root size (`--nc-font-size: 14px` on a
 * 16px root gives 16px); `1rem` on a 62.5% root gives 10px, as asked. Every length is in
 * `em`, so spacing, corners, widths and the 2.75em (44px at 16px) minimum targets scale with
 * the text; only thin borders, the focus ring and the visually-hidden clip stay in px.
 * test/host-font.test.ts checks both.
 *
 * Each widget sets its text colour and its background together, so a dark host page
 * never leaves light text on a light surface.
 */
export const base = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--nc-font-family, inherit);
    /* !important: a host rule on the tag or on * (a tiny font-size !important) would otherwise
       win over :host; an important :host rule wins over the page's. Set the size with
       --nc-font-size. */
    font-size: var(--nc-font-size, medium) !important;
    line-height: var(--nc-line-height, 1.5);
    --_nc-primary: var(--nc-color-primary, #0a5a9c);
    --_nc-on-primary: var(--nc-color-on-primary, #ffffff);
    --_nc-surface: var(--nc-color-surface, #ffffff);
    --_nc-text: var(--nc-color-text, #1d2329);
    --_nc-muted: var(--nc-color-muted, #4a5560);
    --_nc-border: var(--nc-color-border, #b6bec7);
    --_nc-accent-surface: var(--nc-color-accent-surface, #eef4fa);
    --_nc-danger: var(--nc-color-danger, #a4231f);
    --_nc-radius: var(--nc-radius, 0.5em);
    --_nc-s1: var(--nc-space-1, 0.25em);
    --_nc-s2: var(--nc-space-2, 0.5em);
    --_nc-s3: var(--nc-space-3, 1em);
    --_nc-s4: var(--nc-space-4, 1.5em);
    --_nc-focus: var(--nc-focus-width, 3px) solid var(--nc-focus-color, #c2410c);
  }
  :host([hidden]) {
    display: none;
  }
  :host > * {
    font-size: max(1em, 1rem);
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: var(--_nc-focus);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    min-height: 2.75em;
    min-width: 2.75em;
    padding: var(--_nc-s2) var(--_nc-s3);
    border: 2px solid var(--_nc-primary);
    border-radius: var(--_nc-radius);
    background: var(--_nc-surface);
    color: var(--_nc-primary);
    cursor: pointer;
    text-align: start;
  }
  button:hover {
    background: var(--_nc-accent-surface);
  }
  a {
    color: var(--_nc-primary);
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 0.125em;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .state {
    color: var(--_nc-text);
    background: var(--_nc-surface);
    border: 1px solid var(--_nc-border);
    border-radius: var(--_nc-radius);
    padding: var(--_nc-s3);
    margin-block-end: var(--_nc-s3);
    max-width: var(--nc-card-max-width, 48em);
  }
  .error {
    border-inline-start: 0.25em solid var(--_nc-danger);
  }
  .error p {
    margin: 0 0 var(--_nc-s2);
  }
  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
    }
    .error {
      border-inline-start-color: CanvasText;
    }
  }
  @media print {
    button {
      display: none !important;
    }
  }
`;
