// npm run bench (after npm run build): how long a visitor waits, on a slow phone, from
// navigation to the card's title on screen, on a bare French page; and how much the demo
// page jumps while its widgets arrive (CLS). Prints figures and whether the goals are met;
// exits non-zero only when a page breaks or a request goes to another origin (timings on a
// shared machine are too noisy to gate on).
//
//   node scripts/bench.mjs [--runs 9] [--root DIR] [--only static,pre-rendered] [--trace DIR] [--no-cls] [--no-load]
//     --runs N    throttled runs per page (median of N; default 9)
//     --root DIR  serve another copy of the project (e.g. a saved dist/ + demo/ to compare builds)
//     --only LIST part 1 only, with only these pages (short names: static, file, loader,
//                 pre-rendered; static is always run, the ratios need it); parts 2-4 are skipped
//     --compare DIR  one more page, timed in the same rounds: the pre-rendered page with the
//                 script-tag files of another build (DIR/dist/cdn/, served under /__compare/),
//                 to compare two builds interleaved (--root compares them one run after the other)
//     --trace DIR after the timed runs, one more throttled run of each page of part 1 with a Chrome
//                 trace written to DIR/<page>.json (open it in DevTools' Performance panel), and a
//                 summary printed: each request (sent, first byte, done), and the main thread's
//                 script work (compile, evaluate, Lit updates) until the title showed
//     --no-finder skip part 3
//     --no-quiz   skip part 4
//
// 1. Time to the card's title, three pages side by side, all with the same French text:
//    - static: the card's title, summary, reported text, actions and quote (built-in data,
//      src/data/default/fr.json, `acces-physique`) as plain HTML with a little inline CSS:
//      the limit, what no script can beat;
//    - numerique-choisi.js: `<nc-recommendation-card recommendation="acces-physique">` and the
//      script-tag file dist/cdn/numerique-choisi.js;
//    - loader.js: the same tag and dist/cdn/loader.js;
//    - pre-rendered + loader.js, the recommended per-page path for one widget (what the
//      configurator's script snippet writes): the tag with its pre-rendered content inside
//      (src/embed/prerender.ts, the same French data), a <link rel="modulepreload"> for each file
//      the loader will ask for (read from dist/cdn/loader.js) and loader.js, then a paragraph; the
//      card's reserved height (the configurator's CSS, in the site's style sheet). Two
//      times: the pre-rendered title on screen (the light DOM h3: goal ≤ 1.15× static) and the
//      upgraded card's title (its shadow root: goal ≤ 2.0× static); and the layout shift of the
//      upgrade (sum of layout-shift entries until 500 ms after the upgraded title: goal ≤ 0.1).
//    Runs are interleaved (static, file, loader, static, file, loader…) so that a noisy moment
//    of the machine hits all three alike, after one unthrottled warm-up of each.
//    How "title on screen" is detected, for all three pages alike: a requestAnimationFrame
//    loop, installed before the page's own code (addInitScript), notes performance.now() in
//    the first animation frame whose DOM has the title (light DOM for the static page, the
//    card's shadow root otherwise); that frame is the one that paints it. The Element Timing
//    API would be more exact but does not see into shadow roots, and First Contentful Paint
//    would fire on the widget's fallback or on nothing: a rAF poll is the one measure that
//    means the same thing on the three pages.
//    The round trips are counted from Resource Timing: the longest chain of requests where
//    each starts after the previous one ended (the page, then its script, then the chunks the
//    script asks for…), among the requests finished before the title showed.
// 2. CLS of the demo page (demo/index.html) at 412 and 1280 px wide, throttled the same way: the
//    sum of layout-shift entries without recent input (PerformanceObserver, buffered), from
//    navigation until every widget has rendered its title, plus 1 s.
//
// 3. The guichet finder with 10 000 counters (scripts/guichets-fixture.mjs, generated in the
//    page): first render, from setting its `data` (the counters in memory) to the results on
//    screen, and typing one character in its search box, from the input event to the results
//    rendered; unthrottled and with the CPU 4x slower (no network throttling: nothing is
//    fetched by then, the validation chunk is warmed up by a first small finder). « Rendered »
//    is the DOM updated and laid out (updateComplete, then a forced layout); « on screen » adds
//    the wait for the next animation frame. Goals: typing ≤ 16 ms median, first render ≤ 100 ms.
//    « validation »: from setting `data` until the finder starts rendering its content (the
//    data layer checks every entry first); « render »: from there to the results on screen.
//
// 4. The self-check (`<nc-self-check audience="institution">`, loader.js, built-in questions): from
//    the click on « Suivant » (an answer checked just before) to the next question rendered (the
//    DOM updated and laid out: updateComplete, then a forced layout of its legend), with the CPU 4x
//    slower; every step but the last (which opens the results), over several page loads. Goal ≤ 8 ms median.
//
// Conditions (Chrome DevTools protocol), the same for every throttled run: CPU 4x slower
// (Emulation.setCPUThrottlingRate); 150 ms latency per request, 1.6 Mbit/s down, 750 kbit/s up
// (Network.emulateNetworkConditions: roughly Lighthouse's « slow 4G » mobile profile); files
// served gzip-compressed by scripts/serve.mjs, as any host does; cache disabled and a fresh
// browser context (empty cache) per run; 412 x 823 viewport for the timings.
// Network: none; the pages are served by scripts/serve.mjs on 127.0.0.1 and any request to
// another origin goes to a proxy on a closed local port (it fails, never leaves the machine) and
// fails the run. Nothing of the bench runs in the page before its title shows (no request
// interception, no polling): the page itself says when (a console message from watchTitle).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startServer } from './serve.mjs';
import { executablePath, missingChromium, offlineArgs } from './chromium.mjs';

const projectRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));
const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const RUNS = Math.max(1, Math.floor(Number(option('--runs') ?? 9)) || 9);
const root = resolve(option('--root') ?? projectRoot);
const only = option('--only')?.split(',').map((x) => x.trim()).filter(Boolean);
const traceDir = option('--trace');
const compareDir = option('--compare') && resolve(option('--compare'));
const doLoad = !args.includes('--no-load');
const doCls = !only && !args.includes('--no-cls');
const doFinder = !only && !args.includes('--no-finder');
const doQuiz = !only && !args.includes('--no-quiz');

const CPU = 4;
const LATENCY = 150;
const NETWORK = {
  offline: false,
  latency: LATENCY,
  downloadThroughput: (1600 * 1000) / 8,
  uploadThroughput: (750 * 1000) / 8,
};
const FAST_RUNS = Math.min(RUNS, 5);
const CLS_RUNS = Math.min(RUNS, 3);
const CLS_WIDTHS = [
  { width: 412, height: 823 },
  { width: 1280, height: 800 },
];

const fail = (message) => {
  console.error(`bench: ${message}`);
  process.exit(1);
};
for (const f of ['dist/cdn/numerique-choisi.js', 'dist/cdn/loader.js', ...(doCls ? ['demo/index.html'] : [])]) {
  if (!existsSync(join(root, f))) {
    fail(`${join(root, f)} is missing: run \`npm run build\` first${root === projectRoot ? '' : ' (in the --root copy)'}.`);
  }
}
if (missingChromium()) fail(missingChromium());
let chromium;
try {
  ({ chromium } = await import('playwright-core'));
} catch {
  fail('playwright-core is not installed: run `npm ci`.');
}

// ------------------------------------------------------------------ the three pages
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const fr = (text) => (typeof text === 'string' ? text : text?.fr ?? '');

function staticCard() {
  const file = join(projectRoot, 'src/data/default/fr.json');
  const data = JSON.parse(readFileSync(file, 'utf8'));
  const r = data.recommendations?.find((x) => x.id === 'acces-physique');
  if (!r || !fr(r.title) || !fr(r.summary)) fail(`${file} has no recommendation "acces-physique" with a French title and summary.`);
  const actions = (r.actions ?? []).map((a) => `<li>${esc(fr(a.text))}</li>`).join('');
  const quote = r.quote
    ? `<figure><blockquote><p><q>${esc(fr(r.quote.text))}</q></p></blockquote><figcaption>${esc(fr(r.quote.attribution))}</figcaption></figure>`
    : '';
  return `<style>
.card{border:1px solid #b6bec7;border-radius:.5rem;padding:1.5rem;max-width:48rem;overflow-wrap:break-word}
.kind{display:inline-block;padding:.1em .6em;border-radius:999px;background:#0a5a9c;color:#fff;font-weight:700;font-size:.875em}
.title{font-size:1.35em;line-height:1.25;margin:.5rem 0}
figure{margin:1rem 0;padding:.5rem 1rem;border-inline-start:4px solid #0a5a9c;background:#eef4fa}
blockquote{margin:0;font-style:italic}
</style>
<article class="card">
<p class="kind">Recommandation</p>
<h2 class="title" data-bench="title">${esc(fr(r.title))}</h2>
<p class="summary">${esc(fr(r.summary))}</p>
${r.reported ? `<h3>Ce que rapporte l’article</h3><p>${esc(fr(r.reported))}</p>` : ''}
${actions ? `<h3>Ce qu’une institution peut faire</h3><ul>${actions}</ul>` : ''}
${quote}
</article>`;
}

const page = (body) => `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><title>bench</title></head>
<body>
${body}
</body>
</html>
`;
const tag = '<nc-recommendation-card recommendation="acces-physique"></nc-recommendation-card>';

/** The card pre-rendered by the library itself (src/embed/prerender.ts, bundled for Node by esbuild), and the loader's files for the card. */
async function prerenderedCard(cdnDir = join(root, 'dist/cdn'), cdnUrl = '/dist/cdn') {
  const { build } = await import('esbuild');
  const { loaderPreloads } = await import('./embed-preloads.mjs');
  const out = await build({
    stdin: {
      contents: "export { builtInData, prerenderCard } from './src/embed/prerender.ts'; export { CARD_RESERVE_CSS } from './src/embed/snippets.ts';",
      resolveDir: projectRoot,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'warning',
  });
  const dir = mkdtempSync(join(tmpdir(), 'nc-bench-'));
  const file = join(dir, 'prerender.mjs');
  writeFileSync(file, out.outputFiles[0].text);
  const { builtInData, prerenderCard, CARD_RESERVE_CSS } = await import(pathToFileURL(file).href);
  rmSync(dir, { recursive: true, force: true });
  const inner = prerenderCard(await builtInData('fr'), { locale: 'fr', recommendation: 'acces-physique', link: '/numerique' });
  const preloads = loaderPreloads(readFileSync(join(cdnDir, 'loader.js'), 'utf8'))['nc-recommendation-card'];
  return [
    // The site's style sheet: the card's reserved height, as the configurator gives it.
    `<style>\n${CARD_RESERVE_CSS}\n</style>`,
    ...preloads.map((f) => `<link rel="modulepreload" href="${cdnUrl}/${f}">`),
    `<script type="module" src="${cdnUrl}/loader.js"></script>`,
    `<nc-recommendation-card recommendation="acces-physique" lang="fr">\n${inner}\n</nc-recommendation-card>`,
    `<p>${esc(fr(JSON.parse(readFileSync(join(projectRoot, 'src/data/default/fr.json'), 'utf8')).source?.title) || 'Suite de la page.')} — la suite de la page, que la carte ne doit pas pousser.</p>`,
  ].join('\n');
}
const ALL_PAGES = [
  { name: 'static HTML', short: 'static', path: '/__bench/static.html', html: page(staticCard()) },
  {
    name: 'numerique-choisi.js',
    short: 'file',
    path: '/__bench/cdn.html',
    html: page(`${tag}\n<script type="module" src="/dist/cdn/numerique-choisi.js"></script>`),
  },
  {
    name: 'loader.js',
    short: 'loader',
    path: '/__bench/loader.html',
    html: page(`${tag}\n<script type="module" src="/dist/cdn/loader.js"></script>`),
  },
  { name: 'pre-rendered + loader', short: 'pre-rendered', path: '/__bench/prerendered.html', html: page(await prerenderedCard()), prerendered: true },
];
/** --compare: the other build's script-tag files, served from memory under /__compare/dist/cdn/. */
const COMPARE_FILES = {};
if (compareDir) {
  const dir = join(compareDir, 'dist/cdn');
  if (!existsSync(join(dir, 'loader.js'))) fail(`--compare: ${dir}/loader.js is missing (build that copy first).`);
  for (const f of readdirSync(dir)) if (f.endsWith('.js')) COMPARE_FILES[`/__compare/dist/cdn/${f}`] = readFileSync(join(dir, f), 'utf8');
  ALL_PAGES.push({
    name: 'compare: pre-rendered',
    short: 'compare',
    path: '/__bench/compare.html',
    html: page(await prerenderedCard(dir, '/__compare/dist/cdn')),
    prerendered: true,
  });
}
if (only) {
  const unknown = only.filter((x) => !ALL_PAGES.some((p) => p.short === x));
  if (unknown.length) fail(`--only: no page ${unknown.join(', ')} (pages: ${ALL_PAGES.map((p) => p.short).join(', ')}).`);
}
/** The pages timed: every one, or static and those named by --only. */
const PAGES = ALL_PAGES.filter((p) => !only || p.short === 'static' || p.short === 'compare' || only.includes(p.short));

/** Runs in the page before anything else: notes the time (since navigation start) of the first frame that has the title. */
function watchTitle() {
  const check = () => {
    // The pre-rendered title: the light DOM heading inside the tag (what a visitor reads first).
    if (window.__ncPre === undefined && document.querySelector('nc-recommendation-card > h3')) window.__ncPre = performance.now();
    const title =
      document.querySelector('[data-bench=title]') ??
      document.querySelector('nc-recommendation-card')?.shadowRoot?.querySelector('[part~=title]');
    if (title) {
      window.__ncTitle = performance.now();
      console.debug('nc-bench:title'); // tells the bench, which evaluates nothing in the page before this
      return;
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

/** Runs in the page once the title showed: requests before it, their sequential round trips, bytes on the wire. */
function requestsBefore(t) {
  const nav = performance.getEntriesByType('navigation')[0];
  const entries = [nav, ...performance.getEntriesByType('resource')]
    .filter((e) => e && e.responseEnd > 0 && e.responseEnd <= t)
    .sort((a, b) => a.startTime - b.startTime);
  const depth = [];
  entries.forEach((e, i) => {
    let d = 1;
    for (let j = 0; j < i; j++) if (entries[j].responseEnd <= e.startTime) d = Math.max(d, depth[j] + 1);
    depth.push(d);
  });
  return {
    requests: entries.length,
    trips: Math.max(0, ...depth),
    bytes: entries.reduce((sum, e) => sum + (e.transferSize || 0), 0),
  };
}

/** Runs in the page before anything else: sums layout shifts without recent input. */
function watchShifts() {
  window.__ncShifts = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.hadRecentInput) continue;
        const describe = (n) =>
          !n
            ? '?'
            : n.nodeType !== 1
              ? n.nodeName
              : n.localName + (n.id ? `#${n.id}` : '') + (n.classList.length ? `.${[...n.classList].join('.')}` : '') +
                (n.getAttribute('recommendation') ? `[${n.getAttribute('recommendation')}]` : '');
        window.__ncShifts.push({ value: e.value, time: e.startTime, sources: (e.sources ?? []).map((s) => describe(s.node)) });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {
    window.__ncShifts = null;
  }
}

// ------------------------------------------------------------------ helpers
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const mode = (xs) => {
  const counts = new Map();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0];
};
const ms = (x) => `${Math.round(x)} ms`;
const pad = (s, n) => String(s).padEnd(n);
const padl = (s, n) => String(s).padStart(n);

const PAGES_EXTRA = {};
const server = await startServer({ root, port: 0, pages: PAGES_EXTRA });
Object.assign(PAGES_EXTRA, COMPARE_FILES, Object.fromEntries(ALL_PAGES.map((p) => [p.path, p.html])));
const origin = new URL(server.url).origin;
// Requests to another origin cannot reach the network: every one goes to a proxy on a closed
// local port (Chromium sends loopback requests direct, never through a proxy), so it fails,
// and the request event below reports it and fails the run. Not request interception
// (context.route): that sends every request through this Node process before it leaves, which
// added 100-170 ms to each script request of the page (measured: 7 preloads, CPU 4x, 150 ms
// latency; sent at 383-536 ms instead of 190-343 ms) - a cost no visitor has, and one that grew
// with the number of requests, so it weighed on the script pages and hardly on static HTML.
const browser = await chromium.launch({ executablePath, args: [...offlineArgs, '--proxy-server=http://127.0.0.1:9'] });
const foreign = [];

/** A fresh context (empty cache), the other-origin guard, error collection and the throttling. */
async function open({ viewport, throttled, init }) {
  const context = await browser.newContext({ viewport });
  context.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || new URL(url).origin === origin) return;
    foreign.push(url);
    console.error(`bench: a request to another origin (it could not leave the machine): ${url}`);
  });
  const tab = await context.newPage();
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  tab.on('response', (response) => {
    if (response.status() >= 400) errors.push(`${new URL(response.url()).pathname} → HTTP ${response.status()}`);
  });
  for (const script of init) await tab.addInitScript(script);
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (throttled) {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
    await cdp.send('Network.emulateNetworkConditions', NETWORK);
  }
  return { context, tab, errors };
}

/** Waits until `fn` is true in the page; fails at once when the page broke (HTTP error, script error), or after 60 s. */
async function until(tab, fn, errors, what) {
  const start = Date.now();
  for (;;) {
    const ok = await tab.waitForFunction(fn, null, { timeout: 1000, polling: 100 }).then(
      () => true,
      () => false,
    );
    if (ok) return;
    if (errors.length || Date.now() - start > 60_000) {
      throw new Error(
        `${what}: the card did not render (${errors.length ? errors.join('; ') : 'nothing within 60 s'}).` +
          ' If dist/ was rebuilt meanwhile, run again.',
      );
    }
  }
}

/**
 * Waits for the page's « title on screen » message (watchTitle); fails at once when the page broke
 * (HTTP error, script error), or after 60 s. It evaluates nothing in the page meanwhile: polling
 * with waitForFunction injected Playwright's own script, ~50 ms of the 4x slowed main thread,
 * into the page while it loaded.
 */
function titleShown(tab, errors, what) {
  return new Promise((resolveShown, reject) => {
    const start = Date.now();
    const timer = setInterval(() => {
      if (!errors.length && Date.now() - start <= 60_000) return;
      done();
      reject(
        new Error(
          `${what}: the card did not render (${errors.length ? errors.join('; ') : 'nothing within 60 s'}).` +
            ' If dist/ was rebuilt meanwhile, run again.',
        ),
      );
    }, 100);
    const onConsole = (message) => {
      if (message.text() !== 'nc-bench:title') return;
      done();
      resolveShown();
    };
    const done = () => {
      clearInterval(timer);
      tab.off('console', onConsole);
    };
    tab.on('console', onConsole);
  });
}

async function loadOnce(p, throttled) {
  const { context, tab, errors } = await open({ viewport: { width: 412, height: 823 }, throttled, init: [watchTitle, ...(p.prerendered ? [watchShifts] : [])] });
  try {
    const shown = titleShown(tab, errors, p.name);
    await tab.goto(server.url + p.path, { waitUntil: 'commit', timeout: 60_000 });
    // Fails fast on a broken page (e.g. dist/ rebuilt during the run: the old chunk names are gone).
    await shown;
    if (errors.length) throw new Error(`${p.name}: ${errors.join('; ')}`);
    const t = await tab.evaluate(() => window.__ncTitle);
    const net = await tab.evaluate(requestsBefore, t);
    if (!p.prerendered) return { t, ...net };
    await tab.waitForTimeout(500); // the upgrade's layout settles
    const { pre, shifts } = await tab.evaluate(() => ({ pre: window.__ncPre, shifts: window.__ncShifts }));
    return { t, pre, cls: shifts ? shifts.reduce((sum, e) => sum + e.value, 0) : NaN, ...net };
  } finally {
    await context.close();
  }
}

// ------------------------------------------------------------------ --trace: where the time goes
const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'v8.execute',
  'v8',
  'blink.user_timing',
  'loading',
  'toplevel',
  'disabled-by-default-v8.cpu_profiler',
];

/** One throttled run of `p` under a Chrome trace: the trace file, and the summary of it. */
async function traceOnce(p) {
  const { context, tab, errors } = await open({ viewport: { width: 412, height: 823 }, throttled: true, init: [watchTitle] });
  try {
    const file = join(resolve(traceDir), `${p.short}.json`);
    await browser.startTracing(tab, { path: file, categories: TRACE_CATEGORIES, screenshots: false });
    const shown = titleShown(tab, errors, p.name);
    await tab.goto(server.url + p.path, { waitUntil: 'commit', timeout: 60_000 });
    await shown;
    await tab.waitForTimeout(300);
    const { title, resources } = await tab.evaluate(() => ({
      title: window.__ncTitle,
      resources: [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].map((e) => ({
        name: new URL(e.name).pathname.split('/').pop(),
        start: e.startTime,
        connect: e.connectStart,
        connected: e.connectEnd,
        sent: e.requestStart,
        first: e.responseStart,
        end: e.responseEnd,
        size: e.transferSize,
      })),
    }));
    const trace = JSON.parse(await browser.stopTracing().then((b) => b.toString('utf8')));
    return { file, title, resources, ...summariseTrace(trace.traceEvents ?? trace, title) };
  } finally {
    await context.close();
  }
}

/**
 * The renderer's main thread in a trace, from navigation start to the title: its busy time by
 * kind (script compile and evaluation per file, Lit/microtasks, style, layout, paint, parse HTML).
 */
function summariseTrace(events, title) {
  const nav = events.find((e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame && e.args?.data?.documentLoaderURL?.includes('/__bench/'));
  if (!nav) return { main: [], busy: NaN };
  const pid = nav.pid;
  const threads = new Map(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === pid).map((e) => [e.tid, e.args.name]));
  const mainTid = [...threads].find(([, n]) => n === 'CrRendererMain')?.[0] ?? nav.tid;
  const t0 = nav.ts;
  const end = t0 + title * 1000;
  const mine = events.filter((e) => e.pid === pid && e.tid === mainTid && e.ph === 'X' && e.ts >= t0 && e.ts <= end);
  const file = (e) => (e.args?.data?.url ?? e.args?.fileName ?? e.args?.data?.fileName ?? e.args?.url ?? '').split('/').pop();
  const KINDS = {
    'v8.compileModule': 'compile',
    'v8.compile': 'compile',
    'v8.evaluateModule': 'evaluate',
    EvaluateScript: 'evaluate',
    ParseHTML: 'parse HTML',
    UpdateLayoutTree: 'style',
    Layout: 'layout',
    Paint: 'paint',
    'PrePaint': 'paint',
    RunMicrotasks: 'microtasks',
    FunctionCall: 'function call',
    FireAnimationFrame: 'animation frame',
    TimerFire: 'timer',
    EventDispatch: 'event',
    'v8.produceModuleCache': 'code cache',
  };
  const main = mine
    .filter((e) => KINDS[e.name])
    .map((e) => ({ at: (e.ts - t0) / 1000, ms: (e.dur ?? 0) / 1000, what: KINDS[e.name], name: e.name, file: file(e) }));
  const tasks = mine.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
  const busy = tasks.reduce((sum, e) => sum + (e.dur ?? 0) / 1000, 0);
  return { main, busy, samples: profileSamples(events, pid, mainTid, t0, end) };
}

/** The JS sampling profile of the main thread in a trace (Profile/ProfileChunk events): self time per function, from t0 to end. */
function profileSamples(events, pid, tid, t0, end) {
  const nodes = new Map();
  const self = new Map();
  let time;
  for (const e of events) {
    if (e.pid !== pid) continue;
    if (e.name === 'Profile' && e.tid === tid) time = e.args?.data?.startTime;
    if (e.name !== 'ProfileChunk' || time === undefined) continue;
    const profile = e.args?.data?.cpuProfile ?? {};
    for (const n of profile.nodes ?? []) nodes.set(n.id, n.callFrame);
    const deltas = e.args?.data?.timeDeltas ?? [];
    (profile.samples ?? []).forEach((id, i) => {
      const before = time;
      time += deltas[i] ?? 0;
      if (before < t0 || time > end) return;
      const f = nodes.get(id);
      if (!f) return;
      const key = `${f.functionName || '(anonymous)'} ${(f.url ?? '').split('/').pop()}${f.url ? `:${f.lineNumber + 1}:${f.columnNumber + 1}` : ''}`;
      self.set(key, (self.get(key) ?? 0) + (time - before) / 1000);
    });
  }
  return [...self].sort((a, b) => b[1] - a[1]);
}

function printTrace(p, r) {
  console.log(`\n${p.name}: title at ${ms(r.title)}; trace in ${r.file}`);
  console.log(`  requests (ms since navigation: start, connection (— when reused), sent, first byte, done; bytes):`);
  for (const x of [...r.resources].sort((a, b) => a.start - b.start)) {
    const conn = x.connected > x.connect ? `${Math.round(x.connect)}–${Math.round(x.connected)}` : '—';
    console.log(`    ${pad(x.name, 36)} ${padl(Math.round(x.start), 5)}  ${padl(conn, 9)}  ${padl(Math.round(x.sent), 5)} ${padl(Math.round(x.first), 5)} ${padl(Math.round(x.end), 5)}  ${padl(x.size, 6)}`);
  }
  console.log(`  main thread until the title: ${ms(r.busy)} in tasks; events of 2 ms or more (at, duration, kind, file):`);
  for (const e of r.main.filter((x) => x.ms >= 2)) console.log(`    ${padl(Math.round(e.at), 5)} ${padl(e.ms.toFixed(1), 6)} ms  ${pad(e.what, 15)} ${e.file}`);
  const top = r.samples.filter(([k]) => !/^\((idle|program)\)/.test(k)).slice(0, 15);
  if (top.length) console.log(`  JS self time (sampled), top functions: ${top.map(([k, v]) => `\n    ${padl(v.toFixed(1), 6)} ms  ${k}`).join('')}`);
  const byKind = {};
  for (const e of r.main) byKind[e.what] = (byKind[e.what] ?? 0) + e.ms;
  console.log(`  totals (nested events counted in each kind): ${Object.entries(byKind).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')} ms`);
}

async function clsOnce(viewport) {
  const { context, tab, errors } = await open({ viewport, throttled: true, init: [watchShifts] });
  try {
    await tab.goto(`${server.url}/demo/`, { waitUntil: 'load', timeout: 60_000 });
    const rendered = () => {
      const cards = [...document.querySelectorAll('nc-recommendation-card')];
      return cards.length > 0 && cards.every((c) => c.shadowRoot?.querySelector('[part~=title]'));
    };
    await until(tab, rendered, errors, `demo at ${viewport.width} px`);
    await tab.waitForTimeout(1000);
    if (errors.length) throw new Error(`demo at ${viewport.width} px: ${errors.join('; ')}`);
    const shifts = await tab.evaluate(() => window.__ncShifts);
    if (shifts === null) throw new Error('this Chromium has no layout-shift entries');
    return { cls: shifts.reduce((s, e) => s + e.value, 0), shifts };
  } finally {
    await context.close();
  }
}

// ------------------------------------------------------------------ the finder with 10 000 counters
const FINDER_RUNS = Math.min(RUNS, 5);
const FINDER_PAGE = '/__bench/finder.html';
PAGES_EXTRA[FINDER_PAGE] = page('<script type="module" src="/dist/cdn/loader.js"></script>');
let lastRows;

/** Runs in the page: generates the counters, renders a finder with them, types in its search box. */
async function finderInPage(n) {
  const { generateGuichets } = await import('/scripts/guichets-fixture.mjs');
  const data = generateGuichets(n);
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
  const make = async (d) => {
    const el = document.createElement('nc-guichet-finder');
    el.now = new Date('2026-12-08T09:00:00Z');
    el.data = d;
    document.body.append(el);
    return el;
  };
  // The loader fetches the finder's code when the tag appears; a first small finder also brings
  // the validation chunk and the built-in communes, so that no request falls in the timings.
  const warm = await make(generateGuichets(20));
  await customElements.whenDefined('nc-guichet-finder');
  while (!warm.shadowRoot?.querySelector('[part~=results]')) await warm.updateComplete.then(frame);
  warm.remove();
  await frame();
  // When the finder starts rendering its content: the data is validated by then.
  const proto = customElements.get('nc-guichet-finder').prototype;
  const render = proto.renderFinder;
  let validated;
  if (render) {
    proto.renderFinder = function (...a) {
      validated ??= performance.now();
      return render.apply(this, a);
    };
  }
  const t0 = performance.now();
  const el = await make(data);
  while (!el.shadowRoot?.querySelector('[part~=results]')) await el.updateComplete;
  el.shadowRoot.querySelector('[part~=results]').getBoundingClientRect(); // layout
  const first = performance.now() - t0;
  await frame();
  const painted = performance.now() - t0;
  const validation = validated === undefined ? NaN : validated - t0;
  const q = el.shadowRoot.getElementById('q');
  const keys = [];
  for (const word of ['Wavre', 'Louvain la Neuve', '1348', 'Nijvel', 'ottignies']) {
    for (let i = 1; i <= word.length; i++) {
      await frame();
      const t = performance.now();
      q.value = word.slice(0, i);
      q.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: word[i - 1], inputType: 'insertText' }));
      await el.updateComplete;
      el.shadowRoot.querySelector('[part~=count]').getBoundingClientRect();
      keys.push(performance.now() - t);
    }
    q.value = '';
    q.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'deleteContentBackward' }));
    await el.updateComplete;
  }
  return { first, painted, validation, keys, rows: el.shadowRoot.querySelectorAll('[part~=counter]').length };
}

async function finderOnce(throttled, n) {
  const { context, tab, errors } = await open({ viewport: { width: 412, height: 823 }, throttled: false, init: [] });
  try {
    if (throttled) {
      const cdp = await context.newCDPSession(tab);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
    }
    await tab.goto(server.url + FINDER_PAGE, { waitUntil: 'load', timeout: 60_000 });
    const result = await tab.evaluate(finderInPage, n);
    if (errors.length) throw new Error(`finder: ${errors.join('; ')}`);
    lastRows = result.rows;
    return result;
  } finally {
    await context.close();
  }
}
const finderRows = async () => lastRows;

// ------------------------------------------------------------------ the self-check: answer → next question
const QUIZ_RUNS = Math.min(RUNS, 5);
const QUIZ_PAGE = '/__bench/self-check.html';
PAGES_EXTRA[QUIZ_PAGE] = page('<nc-self-check audience="institution"></nc-self-check>\n<script type="module" src="/dist/cdn/loader.js"></script>');

/** Runs in the page: starts the quiz, then times each « Suivant » to the next question laid out. */
async function quizInPage() {
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
  await customElements.whenDefined('nc-self-check');
  const el = document.querySelector('nc-self-check');
  while (!el.shadowRoot?.querySelector('[part~=start-button]')) await el.updateComplete.then(frame);
  el.shadowRoot.querySelector('[part~=start-button]').click();
  await el.updateComplete;
  const root = el.shadowRoot;
  const [, , total] = /(\d+)\D+(\d+)\s*$/.exec(root.querySelector('[part~=progress]').textContent.trim()) ?? [];
  const steps = [];
  for (let i = 1; i < Number(total); i++) {
    // As for a person: the focus is on « Suivant » when it is pressed (a click or Enter puts it there).
    root.querySelector('[part~=next-button]').focus();
    await frame();
    const t = performance.now();
    root.querySelector('[part~=question] input[value=oui]').click();
    root.querySelector('[part~=next-button]').click();
    await el.updateComplete;
    root.querySelector('[part~=legend]').getBoundingClientRect(); // layout
    steps.push(performance.now() - t);
  }
  return { steps, total: Number(total) };
}

async function quizOnce() {
  const { context, tab, errors } = await open({ viewport: { width: 412, height: 823 }, throttled: false, init: [] });
  try {
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
    await tab.goto(server.url + QUIZ_PAGE, { waitUntil: 'load', timeout: 60_000 });
    const result = await tab.evaluate(quizInPage);
    if (errors.length) throw new Error(`self-check: ${errors.join('; ')}`);
    if (!result.steps.length) throw new Error('self-check: no question step was timed');
    return result;
  } finally {
    await context.close();
  }
}

// ------------------------------------------------------------------ run
let failed = false;
const date = new Date().toISOString().slice(0, 10);
try {
  console.log(`bench: ${date}, serving ${root}${root === projectRoot ? '' : ' (--root)'}, gzip on`);
  const load = loadavg()[0];
  const cores = cpus().length;
  console.log(
    `machine: ${cores} CPU${cores > 1 ? 's' : ''}, load average ${load.toFixed(1)} at start` +
      (load > cores ? ' (busy: expect noisy timings; compare medians of one run, not across runs)' : ''),
  );
  console.log(
    `conditions: CPU ${CPU}x slower, ${LATENCY} ms latency per request, 1.6 Mbit/s down, 750 kbit/s up, empty cache, fresh context per run`,
  );
  if (doLoad) {
    for (const p of PAGES) await loadOnce(p, false); // warm-up (browser process, its own caches)
    const slow = new Map(PAGES.map((p) => [p, []]));
    const fast = new Map(PAGES.map((p) => [p, []]));
    for (let i = 0; i < RUNS; i++) for (const p of PAGES) slow.get(p).push(await loadOnce(p, true));
    for (let i = 0; i < FAST_RUNS; i++) for (const p of PAGES) fast.get(p).push(await loadOnce(p, false));

    const row = (p) => {
      const runs = slow.get(p);
      const ts = runs.map((r) => r.t);
      return {
        p,
        med: median(ts),
        min: Math.min(...ts),
        max: Math.max(...ts),
        fast: median(fast.get(p).map((r) => r.t)),
        trips: mode(runs.map((r) => r.trips)),
        requests: mode(runs.map((r) => r.requests)),
        bytes: median(runs.map((r) => r.bytes)),
      };
    };
    const rows = PAGES.map(row);
    const rowOf = (short) => rows.find((r) => r.p.short === short);
    const [stat, file, loader, pre] = ['static', 'file', 'loader', 'pre-rendered'].map(rowOf);
    console.log(`\nNavigation → card title on screen, bare French page, 412 px wide; median of ${RUNS} throttled runs (interleaved)`);
    console.log(
      `  ${pad('page', 20)} ${padl('throttled', 10)} ${padl('× static', 9)} ${padl('min–max', 16)}  ${padl('round trips', 11)} ${padl('requests', 8)} ${padl('on the wire', 11)}  ${padl(`unthrottled (${FAST_RUNS})`, 16)}`,
    );
    for (const r of rows) {
      console.log(
        `  ${pad(r.p.name, 20)} ${padl(ms(r.med), 10)} ${padl((r.med / stat.med).toFixed(2) + '×', 9)} ${padl(`${Math.round(r.min)}–${Math.round(r.max)} ms`, 16)}  ${padl(r.trips, 11)} ${padl(r.requests, 8)} ${padl((r.bytes / 1024).toFixed(1) + ' KB', 11)}  ${padl(ms(r.fast), 16)}`,
      );
    }
    console.log(
      `  Round trips: the longest chain of requests, each sent after the previous one arrived, before the title showed;` +
        `\n  each costs at least the ${LATENCY} ms latency (${rows.map((r) => `${r.p.short} ${r.trips} × ${LATENCY} = ${r.trips * LATENCY} ms`).join(', ')}).` +
        `\n  On the wire: gzip bodies + headers of those requests (Resource Timing transferSize).`,
    );
    // The same ratios taken within each round (static, file and loader run back to back), then the
    // median: less sensitive to a busy spell of the machine than the ratio of the medians.
    const perRound = (p) => slow.get(p).map((r, i) => r.t / slow.get(stat.p)[i].t);
    const paired = (p) => median(perRound(p));
    console.log(
      `  Paired (median of per-round ratios): ${PAGES.slice(1).map((p) => `${p.name} ${paired(p).toFixed(2)}×`).join(', ')}.`,
    );
    console.log('  Each run (ms, in order; ratio to the static run of the same round):');
    for (const p of PAGES) {
      const runs = slow.get(p);
      console.log(`    ${pad(p.short, 13)} ${runs.map((r, i) => (p === stat.p ? `${Math.round(r.t)}` : `${Math.round(r.t)} (${perRound(p)[i].toFixed(2)})`)).join(', ')}`);
    }
    if (file && loader) {
      const goal1 = file.med <= 2 * stat.med;
      const goal2 = loader.med <= file.med + LATENCY;
      console.log(
        `\nGoals: numerique-choisi.js ≤ 2.0× static: ${(file.med / stat.med).toFixed(2)}× → ${goal1 ? 'met' : 'NOT met'};` +
          ` loader.js ≤ numerique-choisi.js + one round trip (${LATENCY} ms): ${ms(loader.med)} vs ${ms(file.med + LATENCY)} → ${goal2 ? 'met' : 'NOT met'}.`,
      );
    }
    // The recommended per-page path: the pre-rendered content first, then the upgrade.
    if (pre) {
      const preRuns = slow.get(pre.p);
      const preT = median(preRuns.map((r) => r.pre));
      const cls = preRuns.map((r) => r.cls);
      const pairedPre = median(preRuns.map((r, i) => r.pre / slow.get(stat.p)[i].t));
      console.log(
        `\nPre-rendered card (the configurator's script snippet: content in the tag, modulepreload, loader.js), same runs:` +
          `\n  pre-rendered title on screen: ${ms(preT)} = ${(preT / stat.med).toFixed(2)}× static (paired ${pairedPre.toFixed(2)}×) → goal ≤ 1.15×: ${preT <= 1.15 * stat.med ? 'met' : 'NOT met'}` +
          `\n  upgraded card's title:        ${ms(pre.med)} = ${(pre.med / stat.med).toFixed(2)}× static (paired ${paired(pre.p).toFixed(2)}×${file ? `; numerique-choisi.js ${(file.med / stat.med).toFixed(2)}×` : ''}) → goal ≤ 2.0×: ${pre.med <= 2 * stat.med ? 'met' : 'NOT met'}` +
          `\n  layout shift of the upgrade (412 px): median ${median(cls).toFixed(3)}, max ${Math.max(...cls).toFixed(3)} → goal ≤ 0.1: ${Math.max(...cls) <= 0.1 ? 'met' : 'NOT met'}`,
      );
    }
    const cmp = rowOf('compare');
    if (cmp && pre) {
      const vs = median(slow.get(cmp.p).map((r, i) => r.t / slow.get(pre.p)[i].t));
      console.log(
        `\n--compare ${compareDir}: upgraded title ${ms(cmp.med)} = ${(cmp.med / stat.med).toFixed(2)}× static (paired ${paired(cmp.p).toFixed(2)}×),` +
          `\n  this build's ${ms(pre.med)}; the other build takes ${vs.toFixed(2)}× this build's time (median of per-round ratios).`,
      );
    }
    console.log(`  Load average at the end of part 1: ${loadavg()[0].toFixed(1)}.`);
    if (traceDir) {
      mkdirSync(resolve(traceDir), { recursive: true });
      for (const p of PAGES) printTrace(p, await traceOnce(p));
    }
    console.log('  (figures, not a gate: a goal not met does not fail the run)');
  }

  if (doFinder) {
    const N = 10_000;
    console.log(`\n<nc-guichet-finder> with ${N.toLocaleString('en')} counters, bare French page, 412 px wide (median of ${FINDER_RUNS} page loads; typing: every keystroke of each)`);
    console.log(`  ${pad('CPU', 14)} ${padl('first render', 13)} ${padl('on screen', 10)} ${padl('validation', 11)} ${padl('render', 8)}  ${padl('typing median', 14)} ${padl('p90', 6)} ${padl('max', 6)}  keystrokes`);
    for (const throttled of [false, true]) {
      const runs = [];
      for (let i = 0; i < FINDER_RUNS; i++) runs.push(await finderOnce(throttled, N));
      const keys = runs.flatMap((r) => r.keys).sort((a, b) => a - b);
      const first = median(runs.map((r) => r.first));
      const painted = median(runs.map((r) => r.painted));
      const validation = median(runs.map((r) => r.validation));
      const rendering = median(runs.map((r) => r.painted - r.validation));
      const typing = median(keys);
      const p90 = keys[Math.floor(keys.length * 0.9)];
      console.log(
        `  ${pad(throttled ? `${CPU}x slower` : 'unthrottled', 14)} ${padl(ms(first), 13)} ${padl(ms(painted), 10)} ${padl(ms(validation), 11)} ${padl(ms(rendering), 8)}  ${padl(`${typing.toFixed(1)} ms`, 14)} ${padl(Math.round(p90), 6)} ${padl(Math.round(keys[keys.length - 1]), 6)}  ${keys.length}`,
      );
      if (!throttled) {
        console.log(
          `  Goals (unthrottled): typing ≤ 16 ms median: ${typing.toFixed(1)} ms → ${typing <= 16 ? 'met' : 'NOT met'};` +
            ` first render ≤ 100 ms (validated data → on screen): ${ms(rendering)} → ${rendering <= 100 ? 'met' : 'NOT met'}` +
            ` (with the validation of the ${N.toLocaleString('en')} entries first: ${ms(painted)}).`,
        );
      }
    }
    console.log(`  Rows in the page: ${(await finderRows()) ?? '?'} (the limit, never all ${N.toLocaleString('en')}).`);
  }

  if (doQuiz) {
    const runs = [];
    for (let i = 0; i < QUIZ_RUNS; i++) runs.push(await quizOnce());
    const steps = runs.flatMap((r) => r.steps).sort((a, b) => a - b);
    const med = median(steps);
    console.log(`\n<nc-self-check audience="institution">: answer → next question rendered, CPU ${CPU}x slower (${QUIZ_RUNS} page loads, ${runs[0].total} questions each)`);
    console.log(`  ${padl('median', 8)} ${padl('p90', 6)} ${padl('max', 6)}  steps`);
    console.log(`  ${padl(`${med.toFixed(1)} ms`, 8)} ${padl(Math.round(steps[Math.floor(steps.length * 0.9)]), 6)} ${padl(Math.round(steps[steps.length - 1]), 6)}  ${steps.length}`);
    console.log(`  Goal: ≤ 8 ms median → ${med <= 8 ? 'met' : 'NOT met'} (a figure, not a gate).`);
  }

  if (doCls) {
    console.log(`\nCLS of demo/index.html (sum of layout shifts without recent input, until every widget rendered + 1 s), throttled, ${CLS_RUNS} runs`);
    console.log(`  ${pad('viewport', 12)} ${padl('median', 8)} ${padl('max', 8)}  largest shifts (worst run)`);
    for (const viewport of CLS_WIDTHS) {
      const runs = [];
      for (let i = 0; i < CLS_RUNS; i++) runs.push(await clsOnce(viewport));
      const worst = runs.reduce((a, b) => (b.cls > a.cls ? b : a));
      const top = [...worst.shifts]
        .sort((a, b) => b.value - a.value)
        .slice(0, 3)
        .map((s) => `${s.value.toFixed(3)} at ${Math.round(s.time)} ms (${[...new Set(s.sources)].slice(0, 3).join(', ')})`);
      console.log(
        `  ${pad(`${viewport.width}×${viewport.height}`, 12)} ${padl(median(runs.map((r) => r.cls)).toFixed(3), 8)} ${padl(worst.cls.toFixed(3), 8)}  ${top.join('; ') || 'none'}`,
      );
    }
    console.log('  (Lighthouse calls ≤ 0.1 good; the goal here is near 0.)');
  }
} catch (error) {
  console.error(`bench: ${error.message}`);
  failed = true;
} finally {
  await browser.close();
  await server.close();
}
if (foreign.length) console.error(`bench: FAIL ${foreign.length} request(s) to another origin`);
if (foreign.length || failed) process.exit(1);
