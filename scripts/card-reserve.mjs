// The card's reserved height, one source: src/generated/card-heights.json (written by
// scripts/card-heights.mjs from its measurements in Chromium). This module needs no browser: it
// turns the measured bands into CSS, and writes or checks the marked blocks that show that CSS
// (the demo page, docs/theming.md, the Theming story). src/embed/snippets.ts imports the JSON.
//
// A block is the text between two CSS comments, the start one indented as the block is:
//   /* card-heights:start … */
//   …written here…
//   /* card-heights:end */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const GENERATED = 'src/generated/card-heights.json';
/** The files with a marked block (each block gets the same CSS, at its own indentation). */
export const PLACES = ['demo/index.html', 'docs/theming.md', 'stories/Theming.mdx'];

/**
 * The viewport bands of the reservation: `maxWidth` the media query's bound (none for the widest),
 * `measureAt` the band's narrowest width in CSS px (where its cards are tallest), with 1em = 16 px.
 */
export const BANDS = [
  { maxWidth: null, measureAt: 768 },
  { maxWidth: '47.99em', measureAt: 640 },
  { maxWidth: '39.99em', measureAt: 480 },
  { maxWidth: '29.99em', measureAt: 400 },
  { maxWidth: '24.99em', measureAt: 360 },
  { maxWidth: '22.49em', measureAt: 320 },
];

/** `--card-reserve` per band and variant (`bands[i].full`, `bands[i].compact`, in em) as CSS. */
export function renderCss(bands) {
  const rules = (b, pad) => [
    `${pad}nc-recommendation-card { --card-reserve: ${b.full}em; }`,
    `${pad}nc-recommendation-card[variant="compact"] { --card-reserve: ${b.compact}em; }`,
  ];
  return bands
    .flatMap((b) => (b.maxWidth ? [`@media (max-width: ${b.maxWidth}) {`, ...rules(b, '  '), '}'] : rules(b, '')))
    .join('\n');
}

const BLOCK = /^([ \t]*)(\/\* card-heights:start\b[^]*?\*\/)\n([^]*?)\n?[ \t]*\/\* card-heights:end \*\//gm;

/** The CSS of every marked block of `text` (without its indentation). */
export function blocksOf(text) {
  return [...text.matchAll(BLOCK)].map(([, pad, , body]) =>
    body
      .split('\n')
      .map((line) => (line.startsWith(pad) ? line.slice(pad.length) : line))
      .join('\n'),
  );
}

/** `text` with every marked block holding `css`, indented as its start marker. */
export function withBlocks(text, css) {
  return text.replace(BLOCK, (_, pad, start) => {
    const body = css
      .split('\n')
      .map((line) => (line ? pad + line : line))
      .join('\n');
    return `${pad}${start}\n${body}\n${pad}/* card-heights:end */`;
  });
}

export const readGenerated = (dir = root) => JSON.parse(readFileSync(join(dir, GENERATED), 'utf8'));

/** What differs from the generated module: [] when every place agrees with it. */
export function problems(generated, files) {
  const out = [];
  if (generated.css !== renderCss(generated.bands)) out.push(`${GENERATED}: its "css" is not what its "bands" give (edited by hand? run node scripts/card-heights.mjs)`);
  for (const [file, text] of Object.entries(files)) {
    const blocks = blocksOf(text);
    if (blocks.length === 0) out.push(`${file}: no /* card-heights:start */ … /* card-heights:end */ block`);
    blocks.forEach((b, i) => {
      if (b !== generated.css) out.push(`${file}: block ${i + 1} differs from ${GENERATED}`);
    });
  }
  return out;
}

export const readPlaces = (dir = root) => Object.fromEntries(PLACES.map((f) => [f, readFileSync(join(dir, f), 'utf8')]));

/** Rewrites the marked blocks from the generated module; the files changed. */
export function writeBlocks(dir = root) {
  const { css } = readGenerated(dir);
  const changed = [];
  for (const [file, text] of Object.entries(readPlaces(dir))) {
    const next = withBlocks(text, css);
    if (next !== text) {
      writeFileSync(join(dir, file), next);
      changed.push(file);
    }
  }
  return changed;
}
