import { css } from 'lit';

/** Lengths in `em` only (px for thin borders): see src/shared/styles.ts. Tokens: src/shared/tokens.json. */

export const cardStyles = css`
  .card {
    --_bg: var(--nc-card-background, var(--_nc-surface));
    --_fg: var(--nc-card-color, var(--_nc-text));
    background: var(--_bg);
    color: var(--_fg);
    border: var(--nc-card-border, 1px solid var(--_nc-border));
    border-radius: var(--_nc-radius);
    padding: var(--nc-card-padding, var(--_nc-s4));
    max-width: var(--nc-card-max-width, 48em);
    overflow-wrap: break-word;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_nc-s2);
    margin: 0 0 var(--_nc-s2);
    font-size: 0.875em;
  }
  .kind,
  .theme,
  .easy {
    display: inline-block;
    padding: 0.1em 0.6em;
    border-radius: 999em;
    border: 1px solid transparent;
  }
  .kind {
    font-weight: 700;
    background: var(--_kind-bg);
    color: var(--_kind-fg);
  }
  .kind-recommandation {
    --_kind-bg: var(--nc-kind-recommendation-background, var(--_nc-primary));
    --_kind-fg: var(--nc-kind-recommendation-color, var(--_nc-on-primary));
  }
  .kind-constat {
    --_kind-bg: var(--nc-kind-finding-background, var(--_nc-accent-surface));
    --_kind-fg: var(--nc-kind-finding-color, var(--_nc-text));
    border-color: var(--_nc-border);
  }
  .theme,
  .easy {
    color: var(--_nc-muted);
    border-color: var(--_nc-border);
  }
  .title {
    font-size: var(--nc-card-title-size, 1.35em);
    line-height: 1.25;
    font-weight: 700;
    margin: 0 0 var(--_nc-s2);
  }
  .title:focus {
    outline: none;
  }
  .title:focus-visible {
    outline: var(--_nc-focus);
  }
  .summary {
    margin: 0 0 var(--_nc-s3);
  }
  :host([easy-read]) .card {
    font-size: max(1.125em, 1.125rem); /* a top-level element: keeps the root floor of styles.ts */
    line-height: 1.7;
  }
  .subtitle {
    font-size: 1.05em;
    font-weight: 700;
    margin: var(--_nc-s3) 0 var(--_nc-s1);
  }
  .details p {
    margin: 0 0 var(--_nc-s2);
  }
  ul {
    margin: 0 0 var(--_nc-s2);
    padding-inline-start: 1.25em;
  }
  li + li {
    margin-top: var(--_nc-s1);
  }
  .origin {
    color: var(--_nc-muted);
    font-size: 0.875em;
  }
  figure {
    margin: var(--_nc-s3) 0;
    padding: var(--_nc-s2) var(--_nc-s3);
    border-inline-start: 0.25em solid var(--_nc-primary);
    background: var(--_nc-accent-surface);
    color: var(--_nc-text);
  }
  blockquote {
    margin: 0;
    font-style: italic;
  }
  blockquote p,
  .translation {
    margin: 0 0 var(--_nc-s1);
  }
  .translation-label {
    font-style: normal;
    font-weight: 700;
  }
  /* French typography: guillemets with a no-break space inside. */
  q:lang(fr) {
    quotes: '«\\00a0' '\\00a0»' '“' '”';
  }
  figcaption {
    font-size: 0.875em;
    color: var(--_nc-muted);
  }
  .source {
    font-size: 0.875em;
    color: var(--_nc-muted);
    margin: var(--_nc-s3) 0 0;
  }
  .toggle {
    display: inline-flex;
    align-items: center;
    gap: var(--_nc-s2);
  }
  .toggle::before {
    content: '';
    width: 0.5em;
    height: 0.5em;
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: rotate(-45deg);
    transition: transform 0.15s;
  }
  .toggle[aria-expanded='true']::before {
    transform: rotate(45deg);
  }
  .link {
    display: inline-block;
    margin-top: var(--_nc-s3);
    padding-block: var(--_nc-s1);
    font-weight: 700;
  }
  @media (prefers-reduced-motion: reduce) {
    .toggle::before {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .kind,
    .theme,
    .easy {
      border-color: CanvasText;
    }
    figure {
      border-inline-start-color: CanvasText;
    }
  }
  @media print {
    .card {
      border-color: #000;
      break-inside: avoid;
    }
    .details[hidden] {
      display: block !important;
    }
  }
`;
