// node scripts/card-heights.mjs [--root DIR] [--widths 320,412,768,1280] (after npm run build):
// the heights the demo's cards really take once rendered, beside the space their
// `:not(:defined)` rule reserves before the script has run, at a few viewport widths.
// What the reservation snippet in demo/index.html, docs/theming.md and stories/Theming.mdx is sized
// from (the built-in French texts, the demo's font). Unthrottled: heights do not depend on speed.
//
// "reserved" is measured on the same page with the script-tag file blocked (so the cards stay
// undefined and show their fallback in the reserved box); "rendered" after every card has its
// title. For cards in a grid row, "content" is the card's own box (its shadow root's article),
// "host" is the stretched element, which takes the tallest card of its row.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './serve.mjs';
import { executablePath, missingChromium, offlineArgs } from './chromium.mjs';

const projectRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));
const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const root = resolve(option('--root') ?? projectRoot);
const widths = (option('--widths') ?? '320,412,768,1280').split(',').map(Number);

for (const f of ['dist/cdn/numerique-choisi.js', 'demo/index.html']) {
  if (!existsSync(join(root, f))) {
    console.error(`card-heights: ${join(root, f)} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
}
if (missingChromium()) {
  console.error(`card-heights: ${missingChromium()}`);
  process.exit(1);
}
const { chromium } = await import('playwright-core');

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

try {
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
} finally {
  await browser.close();
  await server.close();
}
