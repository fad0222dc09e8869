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
  .results {
    container-type: inline-size;
  }
  .table {
    border-collapse: collapse;
    table-layout: fixed;
    width: 100%;
    hyphens: auto;
    margin: 0 0 var(--_nc-s3);
  }
  .support {
    border-inline-start: 0.25em solid var(--_nc-primary);
    padding-inline-start: var(--_nc-s3);
  }
  .confirm {
    border: 1px solid var(--_nc-border);
    border-radius: var(--_nc-radius);
    padding: var(--_nc-s3);
    margin: var(--_nc-s3) 0;
  }
  .confirm p {
    font-weight: 700;
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
  /* Narrow (320 px): each row stacks, each cell named by its column, so no word is cut. */
  @container (max-width: 34em) {
    .table thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .table,
    .table caption,
    .table tbody,
    .table tr,
    .table th,
    .table td {
      display: block;
      width: auto;
    }
    .table tr {
      border-bottom: 1px solid var(--_nc-border);
      padding: var(--_nc-s1) 0;
    }
    .table th,
    .table td {
      border: 0;
      padding: 0.1em 0;
    }
    .table td[data-label]::before {
      content: attr(data-label) ': ';
      font-weight: 700;
    }
    :lang(fr) .table td[data-label]::before {
      content: attr(data-label) '\\00a0: ';
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
