import { css } from 'lit';

/** Lengths in `em` only (px for thin borders): see src/shared/styles.ts. Tokens: src/shared/tokens.json. */
export const selfCheckStyles = css`
  .self-check {
    color: var(--_nc-text);
    background: var(--_nc-surface);
    border: 1px solid var(--_nc-border);
    border-radius: var(--_nc-radius);
    padding: var(--_nc-s4);
    max-width: var(--nc-self-check-max-width, 48em);
    overflow-wrap: break-word;
    --_weak: var(--nc-level-weak, #a4231f);
    --_progress: var(--nc-level-progress, #8a5a00);
    --_strong: var(--nc-level-strong, #1d6b35);
  }
  .heading {
    font-size: 1.35em;
    line-height: 1.25;
    font-weight: 700;
    margin: 0 0 var(--_nc-s3);
  }
  .subheading {
    font-size: 1.15em;
    font-weight: 700;
    margin: var(--_nc-s4) 0 var(--_nc-s2);
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  [tabindex='-1']:focus-visible {
    outline: var(--_nc-focus);
  }
  p {
    margin: 0 0 var(--_nc-s3);
  }
  .meta,
  .hint,
  .why {
    color: var(--_nc-muted);
  }
  fieldset {
    border: 0;
    padding: 0;
    margin: 0 0 var(--_nc-s3);
    min-width: 0;
  }
  legend {
    font-size: 1.15em;
    font-weight: 700;
    padding: 0;
    margin-bottom: var(--_nc-s3);
  }
  :host([easy-read]) .self-check {
    font-size: max(1.125em, 1.125rem); /* a top-level element: keeps the root floor of styles.ts */
    line-height: 1.7;
  }
  .choice {
    display: flex;
    align-items: center;
    gap: var(--_nc-s2);
    min-height: 2.75em;
    padding: var(--_nc-s1) var(--_nc-s3);
    margin-bottom: var(--_nc-s2);
    border: 1px solid var(--_nc-border);
    border-radius: var(--_nc-radius);
    cursor: pointer;
  }
  .choice:hover {
    background: var(--_nc-accent-surface);
  }
  .choice.checked {
    border-color: var(--_nc-primary);
    box-shadow: inset 0.25em 0 0 var(--_nc-primary);
  }
  .choice input {
    width: 1.5em;
    height: 1.5em;
    margin: 0;
    flex: none;
    accent-color: var(--_nc-primary);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_nc-s2);
    margin: var(--_nc-s3) 0;
  }
  .primary {
    background: var(--_nc-primary);
    color: var(--_nc-on-primary);
    font-weight: 700;
  }
  .primary:hover {
    background: var(--_nc-primary);
    text-decoration: underline;
  }
  button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .progress {
    display: block;
    font-size: 0.87em;
    color: var(--_nc-muted);
    margin-bottom: var(--_nc-s1);
  }
  .question-title {
    display: block;
  }
  .bar {
    display: block;
    margin-bottom: var(--_nc-s3);
  }
  .field-error {
    font-weight: 700;
    border-inline-start: 0.25em solid currentColor;
    padding-inline-start: var(--_nc-s2);
  }
  .choices.invalid {
    border-inline-start: 0.25em solid var(--_nc-danger);
    padding-inline-start: var(--_nc-s3);
  }
  .track {
    fill: var(--_nc-accent-surface);
    stroke: var(--_nc-border);
  }
  .fill {
    fill: var(--_nc-primary);
  }
  .keep {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_nc-s2);
    margin: var(--_nc-s3) 0;
  }
  .keep .choice {
    margin: 0;
  }
  @media (max-width: 30em) {
    .self-check {
      padding: var(--_nc-s3);
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    .fill {
      transition: width 0.2s;
    }
  }
  @media (forced-colors: active) {
    .choice.checked {
      border-color: Highlight;
      box-shadow: none;
      outline: 2px solid Highlight;
    }
    .fill {
      fill: CanvasText;
    }
    .track {
      fill: Canvas;
      stroke: CanvasText;
    }
  }
  @media print {
    .self-check {
      border: 0;
      padding: 0;
      max-width: none;
    }
    .keep,
    .file,
    .export > p,
    .actions {
      display: none !important;
    }
  }
`;
