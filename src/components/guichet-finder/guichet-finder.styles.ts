import { css } from 'lit';

/** Lengths in `em` only (px for thin borders): see src/shared/styles.ts. Tokens: src/shared/tokens.json. */
export const finderStyles = css`
  .finder {
    color: var(--_nc-text);
    background: var(--_nc-surface);
    max-width: var(--nc-finder-max-width, 48em);
    overflow-wrap: break-word;
    --_open: var(--nc-finder-open-color, #1a6b34);
  }
  .title {
    font-size: 1.35em;
    font-weight: bold;
    line-height: 1.25;
    margin: 0 0 var(--_nc-s3);
  }
  /* Focused by script (after a retry, « Afficher plus »): the ring only where the browser shows one. */
  .title:focus:not(:focus-visible),
  .counter-name:focus:not(:focus-visible) {
    outline: none;
  }
  .demo {
    border: 2px dashed var(--_nc-border);
    border-radius: var(--_nc-radius);
    background: var(--_nc-accent-surface);
    padding: var(--_nc-s2) var(--_nc-s3);
    font-weight: 700;
  }
  .filters {
    display: grid;
    gap: var(--_nc-s3);
    margin-block-end: var(--_nc-s3);
  }
  fieldset {
    border: 1px solid var(--_nc-border);
    border-radius: var(--_nc-radius);
    margin: 0;
    padding: var(--_nc-s2) var(--_nc-s3) var(--_nc-s3);
    display: grid;
    gap: var(--_nc-s2);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 13em), 1fr));
    min-width: 0;
  }
  legend {
    font-weight: 700;
    padding: 0 var(--_nc-s1);
  }
  .field {
    display: grid;
    gap: var(--_nc-s1);
    min-width: 0;
  }
  label {
    font-weight: 700;
  }
  .hint {
    color: var(--_nc-muted);
    font-size: 0.9em;
    margin: 0;
  }
  input,
  select {
    font: inherit;
    color: var(--_nc-text);
    background: var(--_nc-surface);
    border: 2px solid var(--_nc-muted);
    border-radius: var(--_nc-radius);
    min-height: 2.75em;
    padding: var(--_nc-s1) var(--_nc-s2);
    max-width: 100%;
    min-width: 0;
  }
  .check {
    display: flex;
    align-items: center;
    gap: var(--_nc-s2);
  }
  .check label {
    font-weight: 400;
  }
  .check input {
    width: 1.5em;
    height: 1.5em;
    min-height: 0;
    margin: 0;
    flex: none;
  }
  .filters > button {
    justify-self: start;
  }
  .geo-message {
    margin: 0;
    border-inline-start: 0.25em solid var(--_nc-danger);
    padding-inline-start: var(--_nc-s2);
  }
  .count {
    font-weight: 700;
  }
  .update {
    margin-block-end: var(--_nc-s3);
  }
  .results {
    list-style: none;
    margin: 0 0 var(--_nc-s3);
    padding: 0;
    display: grid;
    grid-template-columns: minmax(0, 1fr); /* a counter never wider than the screen (320 px) */
    gap: var(--_nc-s3);
  }
  .counter {
    border: 1px solid var(--_nc-border);
    border-radius: var(--_nc-radius);
    padding: var(--_nc-s3);
  }
  .counter-name {
    font-size: 1.15em;
    font-weight: bold;
    line-height: 1.3;
    margin: 0 0 var(--_nc-s1);
  }
  .counter p {
    margin: 0 0 var(--_nc-s2);
  }
  .status {
    font-weight: 700;
  }
  .status.open {
    color: var(--_open);
  }
  .status.soon {
    color: var(--_nc-danger);
  }
  .extra {
    display: block;
    font-weight: 400;
    color: var(--_nc-muted);
  }
  .meta,
  .group {
    color: var(--_nc-muted);
  }
  .group {
    font-weight: 700;
  }
  .details {
    margin-block-start: var(--_nc-s2);
  }
  .week {
    overflow-x: auto;
    margin-block-end: var(--_nc-s2);
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.9em; /* three columns on a 320 px screen, in French */
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding-block-end: var(--_nc-s1);
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: var(--_nc-s1);
    border-bottom: 1px solid var(--_nc-border);
  }
  tbody th {
    font-weight: 400;
  }
  .links {
    padding-inline-start: 1.2em;
  }
  .links a {
    display: inline-block;
    min-height: 1.5em;
    padding-block: 0.25em;
  }
  .print-only {
    display: none;
  }
  @media (forced-colors: active) {
    input,
    select,
    .counter,
    fieldset {
      border-color: CanvasText;
    }
    .status.open,
    .status.soon {
      color: CanvasText;
    }
  }
  @media print {
    /* On paper: no form (no button either: see the base styles), and a week table shown whole. */
    .filters,
    .more {
      display: none;
    }
    .week {
      overflow: visible;
    }
    .print-only {
      display: block;
    }
    .counter {
      break-inside: avoid;
    }
    :host(.nc-print-one) .counter:not(.print-target),
    :host(.nc-print-one) .count,
    :host(.nc-print-one) .group {
      display: none;
    }
    :host(.nc-print-one) .print-target .details {
      display: block;
    }
  }
`;
