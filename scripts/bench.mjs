// npm run bench (after npm run build): how long a visitor waits, on a slow phone, from
// navigation to the card's title on screen, on a bare French page. Prints figures only:
// no budget, no assertion (timings on a shared machine are too noisy to gate on).
//
//   node scripts/bench.mjs [--runs 15]
//
// Conditions (Chrome DevTools protocol): CPU slowed 4x (Emulation.setCPUThrottlingRate)
// and DevTools' « Slow 3G » network: 2 000 ms latency, 400 kbit/s down and up
// (Network.emulateNetworkConditions). A fresh browser context (empty cache) per run.
// Network: none; the pages are served by scripts/serve.mjs on 127.0.0.1 and any request
// to another origin is aborted.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './serve.mjs';
import { executablePath, missingChromium, offlineArgs } from './chromium.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Math.max(1, Number(process.argv[runsArg + 1]) || 15) : 15;
const CPU = 4;
const SLOW_3G = { offline: false, latency: 2000, downloadThroughput: (400 * 1000) / 8, uploadThroughput: (400 * 1000) / 8 };

for (const f of ['dist/cdn/numerique-choisi.js', 'dist/cdn/loader.js']) {
  if (!existsSync(join(root, f))) {
    console.error(`bench: ${f} missing: run \`npm run build\` first.`);
    process.exit(1);
  }
}
if (missingChromium()) {
  console.error(`bench: ${missingChromium()}`);
  process.exit(1);
}
const { chromium } = await import('playwright-core');

const page = (src) => `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><title>bench</title></head>
<body>
<nc-recommendation-card recommendation="acces-physique"></nc-recommendation-card>
<script type="module" src="${src}"></script>
</body>
</html>
`;
const scenarios = [
  { name: 'numerique-choisi.js', path: '/__bench/cdn.html', html: page('/dist/cdn/numerique-choisi.js') },
  { name: 'loader.js', path: '/__bench/loader.html', html: page('/dist/cdn/loader.js') },
];

/** Runs in the page before anything else: notes the time (since navigation start) of the first frame that has the title. */
function watchTitle() {
  const check = () => {
    const el = document.querySelector('nc-recommendation-card');
    if (el?.shadowRoot?.querySelector('[part~=title]')) {
      window.__ncTitle = performance.now();
      return;
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const ms = (x) => `${Math.round(x)} ms`;

const server = await startServer({ root, port: 0, pages: Object.fromEntries(scenarios.map((s) => [s.path, s.html])) });
const origin = new URL(server.url).origin;
const browser = await chromium.launch({
  executablePath,
  args: offlineArgs,
});
let foreign = 0;

async function once(scenario, throttled) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('data:') || new URL(url).origin === origin) return route.continue();
    foreign++;
    console.error(`bench: aborted a request to another origin: ${url}`);
    return route.abort('blockedbyclient');
  });
  const tab = await context.newPage();
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  tab.on('response', (response) => {
    if (response.status() >= 400) errors.push(`${new URL(response.url()).pathname} → HTTP ${response.status()}`);
  });
  await tab.addInitScript(watchTitle);
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (throttled) {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
    await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
  }
  await tab.goto(server.url + scenario.path, { waitUntil: 'commit', timeout: 120_000 });
  // Fails fast on a broken page (e.g. dist/ rebuilt during the run: the old chunk names are gone).
  await tab.waitForFunction(() => window.__ncTitle !== undefined, null, { timeout: 120_000, polling: 100 }).catch((error) => {
    throw new Error(`${scenario.name}: the card did not render${errors.length ? ` (${errors.join('; ')})` : ` (${error.message})`}. If dist/ was rebuilt meanwhile, run again.`);
  });
  const t = await tab.evaluate(() => window.__ncTitle);
  await context.close();
  return t;
}

let failed = false;
try {
  console.log(`bench: navigation → card title rendered, bare French page, median of ${RUNS} runs (fresh cache each run)`);
  console.log(`  ${'entry'.padEnd(22)} ${'throttled: 4x CPU + Slow 3G'.padStart(28)}   ${'min–max'.padStart(15)}   ${'unthrottled'.padStart(11)}`);
  for (const s of scenarios) {
    await once(s, false); // warm-up (process start, compile caches of the browser itself)
    const fast = [];
    for (let i = 0; i < Math.min(RUNS, 5); i++) fast.push(await once(s, false));
    const slow = [];
    for (let i = 0; i < RUNS; i++) slow.push(await once(s, true));
    const range = `${Math.round(Math.min(...slow))}–${Math.round(Math.max(...slow))} ms`;
    console.log(`  ${s.name.padEnd(22)} ${ms(median(slow)).padStart(28)}   ${range.padStart(15)}   ${ms(median(fast)).padStart(11)}`);
  }
  console.log('  (Slow 3G = 2 000 ms latency and 400 kbit/s each way, as in Chrome DevTools; every request pays the latency.)');
} catch (error) {
  console.error(`bench: ${error.message}`);
  failed = true;
} finally {
  await browser.close();
  await server.close();
}
if (foreign || failed) process.exit(1);
