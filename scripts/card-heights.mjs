// The card's reserved height, measured (issue 15): how tall the demo's cards really are once
// rendered, in em of the widget's text size, and the one generated module made from that.
//
//   node scripts/card-heights.mjs           measure in Chromium (after `npm run build`), write
//                                           src/generated/card-heights.json, then the marked blocks
//   node scripts/card-heights.mjs --blocks  write the marked blocks from the JSON (no Chromium)
//   node scripts/card-heights.mjs --check   exit 1 when a block differs from the JSON (no Chromium; lint)
//   node scripts/card-heights.mjs --report [--widths 320,412,768,1280]
//                                           the heights beside the space the reservation keeps
//
// The rule (scripts/card-reserve.mjs has the bands): for each viewport band, at its narrowest width
// (where the cards are tallest), the box each French card takes (`host`, which in a grid row is the
// row's tallest card), easy-read and other languages apart: the full card's height, and the median
// of the compact cards' (some stand one per line, most in columns), rounded up to 0.5em. The marked
// blocks are in demo/index.html (twice), docs/theming.md and stories/Theming.mdx; snippets.ts
// imports the JSON (the configurator's CSS output).
//
// "reserved" (--report) is measured on the same page with the script-tag file blocked (so the cards
// stay undefined and show their fallback in the reserved box); "rendered" after every card has its
// title. "content" is the card's own box (its shadow root's article).
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BANDS, GENERATED, problems, readGenerated, readPlaces, renderCss, root as projectRoot, writeBlocks } from './card-reserve.mjs';

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const root = resolve(option('--root') ?? projectRoot);

if (args.includes('--check')) {
  const found = problems(readGenerated(root), readPlaces(root));
  for (const p of found) console.error(`card-heights: ${p}`);
  if (found.length) console.error('card-heights: run `node scripts/card-heights.mjs --blocks` (or measure again: `npm run build && node scripts/card-heights.mjs`).');
  process.exit(found.length ? 1 : 0);
}
if (args.includes('--blocks')) {
  const changed = writeBlocks(root);
  console.log(`card-heights: ${changed.length ? changed.join(', ') : 'every block already current'}`);
  process.exit(0);
}

for (const f of ['dist/cdn/numerique-choisi.js', 'demo/index.html']) {
  if (!existsSync(join(root, f))) {
    console.error(`card-heights: ${join(root, f)} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
}
const { executablePath, missingChromium, offlineArgs } = await import('./chromium.mjs');
if (missingChromium()) {
  console.error(`card-heights: ${missingChromium()}`);
  process.exit(1);
}
const { chromium } = await import('playwright-core');
const { startServer } = await import('./serve.mjs');

const server = await startServer({ root, port: 0 });
const origin = new URL(server.url).origin;
const browser = await chromium.launch({ executablePath, args: offlineArgs });
function measure() {
  return [...document.querySelectorAll('nc-recommendation-card')].map((el) => {
    const host = el.getBoundingClientRect();
    const card = el.shadowRoot?.querySelector('[part~=card]')?.getBoundingClientRect();
    return {
      id: el.getAttribute('recommendation'),
      variant: el.getAttribute('variant') ?? 'full',
      easy: el.hasAttribute('easy-read'),
      lang: el.closest('[lang]')?.getAttribute('lang'),
      host: Math.round(host.height),
      content: Math.round(card?.height ?? host.height),
      width: Math.round(host.width),
      top: Math.round(host.top + scrollY),
      px: parseFloat(getComputedStyle(el).fontSize),
    };
  });
}

async function heights(width, blockScript) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (!url.startsWith('data:') && new URL(url).origin !== origin) return route.abort('blockedbyclient');
    if (blockScript && url.includes('/dist/cdn/')) return route.abort('blockedbyclient');
    return route.continue();
  });
  const tab = await context.newPage();
  await tab.goto(`${server.url}/demo/`, { waitUntil: 'load' });
  if (!blockScript) {
    await tab.waitForFunction(() =>
      [...document.querySelectorAll('nc-recommendation-card')].every((c) => c.shadowRoot?.querySelector('[part~=title]')),
    );
  }
  await tab.waitForTimeout(200);
  const result = await tab.evaluate(measure);
  await context.close();
  return result;
}

/** The old table: at each width, every card's reserved and rendered height. */
async function report(widths) {
  for (const width of widths) {
    const before = await heights(width, true);
    const after = await heights(width, false);
    console.log(`\n${width} px wide (1em = ${after[0]?.px} px on the card)`);
    console.log(`  ${'card'.padEnd(42)} ${'reserved'.padStart(8)} ${'host'.padStart(6)} ${'content'.padStart(8)} ${'em'.padStart(6)} ${'width'.padStart(6)}  diff`);
    after.forEach((a, i) => {
      const b = before[i];
      const name = `${a.id} ${a.variant}${a.easy ? ' easy-read' : ''} (${a.lang})`;
      console.log(
        `  ${name.padEnd(42)} ${String(b.host).padStart(8)} ${String(a.host).padStart(6)} ${String(a.content).padStart(8)} ${(a.content / a.px).toFixed(1).padStart(6)} ${String(a.width).padStart(6)}  ${b.host - a.host > 0 ? '+' : ''}${b.host - a.host}`,
      );
    });
  }
}

const upToHalf = (em) => Math.ceil(em * 2 - 1e-9) / 2;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Each band measured at its narrowest width; the JSON written, then the marked blocks. */
async function generate() {
  const bands = [];
  for (const band of BANDS) {
    const cards = (await heights(band.measureAt, false)).filter((c) => c.lang === 'fr' && !c.easy);
    const em = (variant) => cards.filter((c) => c.variant === variant).map((c) => c.host / c.px);
    const [full, compact] = [em('full'), em('compact')];
    if (!full.length || !compact.length) throw new Error(`card-heights: no French ${full.length ? 'compact' : 'full'} card on the demo page at ${band.measureAt} px`);
    bands.push({ ...band, full: upToHalf(Math.max(...full)), compact: upToHalf(median(compact)), cards: { full: full.length, compact: compact.length } });
    console.log(`${String(band.measureAt).padStart(5)} px (${band.maxWidth ?? 'wider'}): full ${bands.at(-1).full}em, compact ${bands.at(-1).compact}em (median of ${compact.length})`);
  }
  const generated = {
    $comment: 'Written by `node scripts/card-heights.mjs` (after `npm run build`) from the heights of the demo page’s French cards in Chromium: do not edit. `css` is what src/embed/snippets.ts and the marked blocks (node scripts/card-heights.mjs --check) carry.',
    bands,
    css: renderCss(bands),
  };
  writeFileSync(join(root, GENERATED), `${JSON.stringify(generated, null, 2)}\n`);
  console.log(`card-heights: ${GENERATED}; blocks rewritten: ${writeBlocks(root).join(', ') || 'none (already current)'}`);
}

try {
  if (args.includes('--report')) await report((option('--widths') ?? '320,412,768,1280').split(',').map(Number));
  else await generate();
} finally {
  await browser.close();
  await server.close();
}
