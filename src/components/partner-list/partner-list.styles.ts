import { css } from 'lit';

/** Lengths in `em` only (px for thin borders): see src/shared/styles.ts. Tokens: src/shared/tokens.json. */

export const partnerListStyles = css`
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_nc-s3);
  }
  .list:focus {
    outline: none;
  }
  .list:focus-visible {
    outline: var(--_nc-focus);
  }
  .layout-grid .list {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--nc-partner-min-width, 16em)), 1fr));
  }
  .partner {
    --_size: var(--nc-partner-logo-size, 3em);
    display: flex;
    align-items: flex-start;
    gap: var(--_nc-s3);
    min-width: 0;
    padding: var(--_nc-s3);
    background: var(--nc-partner-background, var(--_nc-surface));
    color: var(--nc-partner-color, var(--_nc-text));
    border: var(--nc-partner-border, 1px solid var(--_nc-border));
    border-radius: var(--_nc-radius);
    overflow-wrap: break-word;
  }
  .layout-grid .partner {
    flex-direction: column;
  }
  .body {
    min-width: 0;
  }
  .logo,
  .initials {
    flex: none;
  }
  .logo {
    height: var(--_size);
    width: auto;
    max-width: calc(2 * var(--_size));
    object-fit: contain;
  }
  .initials {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: var(--_size);
    min-height: var(--_size);
    padding: 0 var(--_nc-s1);
    border-radius: var(--_nc-radius);
    border: 1px solid var(--_nc-border);
    background: var(--nc-initials-background, var(--_nc-accent-surface));
    color: var(--nc-initials-color, var(--_nc-primary));
    font-weight: 700;
    letter-spacing: 0.05em;
  }
  .name {
    font-weight: 700;
    font-size: 1.1em;
    line-height: 1.3;
  }
  .short {
    font-weight: 400;
    color: var(--_nc-muted);
  }
  .meta,
  .description,
  .languages {
    margin: var(--_nc-s1) 0 0;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--_nc-s1) var(--_nc-s2);
    font-size: 0.875em;
    color: var(--_nc-muted);
  }
  .type {
    padding: 0.1em 0.6em;
    border-radius: 999em;
    border: 1px solid var(--_nc-border);
  }
  .languages {
    font-size: 0.875em;
  }
  .link {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
    min-height: 1.5em;
    margin-top: var(--_nc-s2);
    padding-block: var(--_nc-s1);
    overflow-wrap: anywhere;
  }
  .ext {
    flex: none;
    width: 0.85em;
    height: 0.85em;
  }
  /* The count stands on the host page's background, not on a partner's surface: it takes
     the page's colour (a muted grey would be 2:1 on a dark page). */
  .count {
    margin: 0 0 var(--_nc-s2);
  }
  /* inline: the names on a line, separated by a middle dot, for a footer or a credits line.
     No surface of its own: names, links and dots take the host page's colour on its
     background (a footer is often dark), the link marked by its underline. */
  .layout-inline .list {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_nc-s1) 0;
  }
  .layout-inline .partner {
    display: inline;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
  }
  .layout-inline .partner:not(:last-child)::after {
    content: '·'; /* browsers without alternative text for content (before 2024) */
    content: '·' / '';
    margin: 0 var(--_nc-s2);
  }
  .layout-inline .link {
    display: inline;
    margin: 0;
    padding-block: var(--_nc-s1);
    color: inherit;
    text-decoration: underline;
  }
  .layout-inline .ext {
    margin-inline-start: 0.2em;
    vertical-align: -0.05em;
  }
  @media (forced-colors: active) {
    .type,
    .initials {
      border-color: CanvasText;
    }
  }
  @media print {
    .list,
    .layout-inline .list {
      display: block;
      list-style: disc;
      padding-inline-start: 1.25em;
    }
    .partner,
    .layout-inline .partner {
      display: list-item;
      padding: 0;
      border: 0;
      background: none;
      color: #000;
      break-inside: avoid;
    }
    .layout-inline .partner::after {
      content: none;
    }
    .logo,
    .initials,
    .ext {
      display: none;
    }
    .meta,
    .type {
      display: inline;
      border: 0;
      padding: 0;
    }
    .link {
      display: inline;
      color: #000;
    }
    .link::after {
      content: ' <' attr(href) '>';
    }
  }
`;
