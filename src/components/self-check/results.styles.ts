import { css } from 'lit';

/** The results view's styles, adopted with its code (lengths in em; see src/shared/styles.ts). */
export const resultsStyles = css`
  .chart {
    display: block;
    margin: 0 0 var(--_nc-s3);
  }
  .chart .row {
    margin-bottom: var(--_nc-s2);
  }
  .chart svg {
    display: block;
    margin-top: var(--_nc-s1);
  }
  .fill.level-a-renforcer,
  .level-a-renforcer {
    fill: var(--_weak);
    --_lv: var(--_weak);
  }
  .fill.level-en-chemin,
  .level-en-chemin {
    fill: var(--_progress);
    --_lv: var(--_progress);
  }
  .fill.level-solide,
  .level-solide {
    fill: var(--_strong);
    --_lv: var(--_strong);
  }
  .level-a-clarifier {
    fill: var(--_nc-muted);
    --_lv: var(--_nc-muted);
  }
  .level {
    display: inline-block;
    padding: 0.1em 0.6em;
    border-radius: 999em;
    border: 2px solid var(--_lv);
    font-weight: 700;
    margin-inline-end: var(--_nc-s2);
  }
  .score {
    font-weight: 700;
  }
  .table {
    border-collapse: collapse;
    table-layout: fixed;
    width: 100%;
    overflow-wrap: anywhere;
    hyphens: auto;
    margin: 0 0 var(--_nc-s3);
  }
  thead th:first-child {
    width: 40%;
  }
  caption {
    text-align: start;
    font-weight: 700;
    margin-bottom: var(--_nc-s1);
  }
  th,
  td {
    text-align: start;
    padding: var(--_nc-s1) var(--_nc-s2);
    border-bottom: 1px solid var(--_nc-border);
    vertical-align: top;
  }
  .theme nc-recommendation-card {
    margin-bottom: var(--_nc-s3);
  }
  ul {
    padding-inline-start: 1.25em;
  }
  li + li {
    margin-top: var(--_nc-s1);
  }
  .file label {
    display: block;
    margin-bottom: var(--_nc-s1);
  }
  .file input {
    font: inherit;
    max-width: 100%;
    min-height: 2.75em;
    border: 1px solid var(--_nc-border);
    border-radius: var(--_nc-radius);
    padding: var(--_nc-s1);
  }
  @media (max-width: 30em) {
    th,
    td {
      padding: var(--_nc-s1);
    }
  }
  @media (forced-colors: active) {
    .file input {
      border-color: CanvasText;
    }
    .chart .fill {
      fill: CanvasText;
    }
    .level {
      border-color: CanvasText;
    }
  }
  @media print {
    .theme,
    tr {
      break-inside: avoid;
    }
    .chart .fill {
      fill: #000;
    }
    .chart .track {
      fill: #fff;
      stroke: #000;
    }
  }
`;
