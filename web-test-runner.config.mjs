// Tests run in Debian's Chromium (CHROME_PATH or /usr/bin/chromium); no browser is downloaded.
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { executablePath, offlineArgs } from './scripts/chromium.mjs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, normalize, sep } from 'node:path';
import { readFile } from 'node:fs/promises';

/**
 * `import('./x.json')` in the sources (as Vite builds it) becomes a JS module, while a
 * `fetch('x.json')` (a site's data file) still gets the JSON as it is: the browser says
 * which one it wants in `Sec-Fetch-Dest`.
 */
function jsonModules() {
  return {
    name: 'nc-json-modules',
    transform(context) {
      if (!context.path.endsWith('.json') || context.get('sec-fetch-dest') !== 'script') return undefined;
      return { body: `export default ${context.body};`, headers: { 'content-type': 'text/javascript' } };
    },
  };
}

/**
 * `executeServerCommand('nc-forced-colors', { active })`: emulates Windows high-contrast
 * (forced colours) in the test page through the DevTools protocol.
 */
function forcedColorsCommand() {
  return {
    name: 'nc-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'nc-forced-colors') return undefined;
      const page = session.browser.getPage(session.id);
      await page.emulateMediaFeatures([{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }]);
      return true;
    },
  };
}

/**
 * `executeServerCommand('nc-font-sizes', { standard, fixed })`: the browser's default font
 * sizes in px, as a visitor sets them (DevTools protocol `Page.setFontSizes`, this page only);
 * `{ reset: true }` puts Chromium's defaults back (16 and 13).
 */
function fontSizesCommand() {
  return {
    name: 'nc-font-sizes',
    async executeCommand({ command, payload, session }) {
      if (command !== 'nc-font-sizes') return undefined;
      const page = session.browser.getPage(session.id);
      const cdp = await page.createCDPSession();
      const fontSizes = payload?.reset ? { standard: 16, fixed: 13 } : { standard: payload.standard, fixed: payload.fixed };
      await cdp.send('Page.setFontSizes', { fontSizes });
      await cdp.detach();
      return true;
    },
  };
}

/**
 * A server that never finishes, for the timeout and abort tests:
 * `/nc-hang/headers.json?id=X` never answers; `/nc-hang/body.json?id=X` sends its headers and
 * the start of a body, then nothing. Each request ends when the browser aborts it (or after
 * 60 s). `/nc-hang/stats?id=X` tells how many requests with that id started and were aborted.
 */
function hangingServer() {
  const stats = new Map();
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/nc-hang/')) return next();
    const id = ctx.query.id ?? '';
    if (ctx.path === '/nc-hang/stats') {
      ctx.body = stats.get(id) ?? { started: 0, aborted: 0 };
      ctx.set('cache-control', 'no-store');
      return;
    }
    const s = stats.get(id) ?? { started: 0, aborted: 0 };
    stats.set(id, s);
    s.started++;
    const res = ctx.res;
    ctx.respond = false;
    await new Promise((resolve) => {
      const timer = setTimeout(() => {
        res.end();
        resolve();
      }, 60_000);
      res.on('close', () => {
        if (!res.writableFinished) s.aborted++;
        clearTimeout(timer);
        resolve();
      });
      if (ctx.path === '/nc-hang/body.json') {
        res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
        res.write('{"formatVersion": 1, "recommendations": [');
      }
    });
  };
}

/**
 * Redirects, for the tests of data requests that must stay where the site sent them (issue 19.7):
 * `/nc-redirect/cross.json?id=X[&cors=1]` → 302 to `/nc-redirect/target.json` on the other name
 * of this server (localhost ↔ 127.0.0.1: another origin), which answers a data file (with
 * `Access-Control-Allow-Origin: *` when `cors=1`); `/nc-redirect/loop.json` → itself;
 * `/nc-redirect/same.json` → `/test/fixtures/site-empty.json` (same origin). Any request with
 * `nc-cors` in its query gets `Access-Control-Allow-Origin: *`. `/nc-redirect/hits.json?id=X`
 * answers how many times `target.json` was asked for with that id (did the browser go there?).
 */
function redirectServer() {
  const hits = new Map();
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/nc-redirect/')) return next();
    ctx.set('cache-control', 'no-store');
    const otherHost = `${ctx.hostname === 'localhost' ? '127.0.0.1' : 'localhost'}:${ctx.host.split(':')[1] ?? ''}`;
    if (ctx.query.cors) ctx.set('access-control-allow-origin', '*');
    if (ctx.path === '/nc-redirect/cross.json') {
      ctx.status = 302;
      ctx.set('location', `${ctx.protocol}://${otherHost}/nc-redirect/target.json?${ctx.querystring}`);
    } else if (ctx.path === '/nc-redirect/loop.json') {
      ctx.status = 302;
      ctx.set('location', `/nc-redirect/loop.json?${ctx.querystring}`);
    } else if (ctx.path === '/nc-redirect/same.json') {
      ctx.status = 302;
      ctx.set('location', `/test/fixtures/site-empty.json?${ctx.querystring}`);
    } else if (ctx.path === '/nc-redirect/target.json') {
      hits.set(ctx.query.id, (hits.get(ctx.query.id) ?? 0) + 1);
      ctx.type = 'application/json';
      ctx.body = '{ "formatVersion": 1 }';
    } else if (ctx.path === '/nc-redirect/hits.json') {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ hits: hits.get(ctx.query.id) ?? 0 });
    } else ctx.status = 404;
  };
}

/**
 * `/nc-csp/<path>` serves `/<path>` with `Content-Security-Policy: default-src 'self';
 * script-src 'self'; style-src 'self'` (a strict municipal site): test/hardening-csp.test.ts.
 */
const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";
function strictCsp() {
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/nc-csp/')) return next();
    ctx.path = ctx.path.slice('/nc-csp'.length);
    await next();
    ctx.set('Content-Security-Policy', STRICT_CSP);
    ctx.set('Cache-Control', 'no-store');
  };
}

/**
 * Data files a test writes and a widget then reads through `src` (test/hardening-data.test.ts):
 * `POST /nc-echo/<name>` keeps the body (up to 32 MB), `GET /nc-echo/<name>` answers it as
 * JSON (404 when unknown). Kept in memory for the run.
 */
function echoServer() {
  const files = new Map();
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/nc-echo/')) return next();
    const name = ctx.path.slice('/nc-echo/'.length);
    if (ctx.method === 'POST') {
      const chunks = [];
      let size = 0;
      for await (const chunk of ctx.req) {
        size += chunk.length;
        if (size > 32 * 1024 * 1024) {
          ctx.status = 413;
          return;
        }
        chunks.push(chunk);
      }
      files.set(name, Buffer.concat(chunks));
      ctx.status = 204;
      return;
    }
    const body = files.get(name);
    if (!body) {
      ctx.status = 404;
      return;
    }
    ctx.set('Content-Type', 'application/json; charset=utf-8');
    ctx.set('Cache-Control', 'no-store');
    ctx.body = body;
  };
}

/**
 * `/nc-raw/dist/<path>` serves the built file byte for byte, past the dev server's transforms
 * (which rewrite imports and would change the bytes): the Subresource Integrity test
 * (test/hardening-sri.test.ts) checks the hashes of what a CDN would send.
 */
function rawDist() {
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/nc-raw/dist/')) return next();
    const path = normalize(join(process.cwd(), ctx.path.slice('/nc-raw/'.length)));
    if (!path.startsWith(join(process.cwd(), 'dist') + sep)) {
      ctx.status = 404;
      return;
    }
    try {
      ctx.body = await readFile(path);
    } catch {
      ctx.status = 404;
      return;
    }
    ctx.set('Content-Type', path.endsWith('.js') ? 'text/javascript; charset=utf-8' : path.endsWith('.json') ? 'application/json' : 'application/octet-stream');
    ctx.set('Cache-Control', 'no-store');
  };
}

/** Prints one closing line `tests: N passed, N failed, N skipped` that CI can read. */
function summaryReporter() {
  return {
    stop({ sessions }) {
      const count = { passed: 0, failed: 0, skipped: 0 };
      const walk = (suite) => {
        if (!suite) return;
        for (const t of suite.tests) count[t.skipped ? 'skipped' : t.passed ? 'passed' : 'failed']++;
        suite.suites.forEach(walk);
      };
      let broken = 0;
      for (const s of sessions) {
        walk(s.testResults);
        if (s.errors?.length) broken++;
      }
      if (broken) count.failed += broken; // a file that failed to load counts as a failure
      console.log(`\ntests: ${count.passed} passed, ${count.failed} failed, ${count.skipped} skipped`);
    },
  };
}

export default {
  files: ['test/**/*.test.ts', '!test/node/**'], // test/node: Node's test runner (npm run test:node)
  nodeResolve: { exportConditions: ['production'] },
  plugins: [jsonModules(), forcedColorsCommand(), fontSizesCommand(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  // `/nc-offline-data/…` serves dist/… except the built-in data chunks (503): a page that
  // loads the script from there has lost its connection right after the script.
  // `/nc-flaky-data/…` likewise, until a chunk is asked for again with `?retry=`.
  middleware: [
    hangingServer(),
    redirectServer(),
    strictCsp(),
    echoServer(),
    rawDist(),
    // A .json file is a JS module for `import()` and JSON for `fetch()` (jsonModules above): the
    // browser's cache must keep the two apart, or a test page that fetched a file as JSON makes
    // another page's `import()` of it fail (two test files share the browser's cache).
    async (ctx, next) => {
      await next();
      if (ctx.path.endsWith('.json')) {
        ctx.set('Vary', 'Sec-Fetch-Dest');
        ctx.set('Cache-Control', 'no-store');
      }
    },
    // `/nc-flaky-results/…` and `/nc-flaky-export/…` serve dist/… but fail the self-check's results
    // (or export) chunk until it is asked for again with `?retry=`.
    async (ctx, next) => {
      const flaky = /^\/nc-flaky-(results|export)\//.exec(ctx.path);
      if (flaky) {
        const chunk = flaky[1] === 'results' ? /\/results-[\w-]+\.js$/ : /\/exporting-[\w-]+\.js$/;
        if (chunk.test(ctx.path) && !ctx.querystring.includes('retry=')) {
          ctx.status = 503;
          return;
        }
        ctx.path = ctx.path.replace(/^\/nc-flaky-(results|export)\//, '/dist/');
      }
      await next();
    },
    async (ctx, next) => {
      const offline = ctx.path.startsWith('/nc-offline-data/');
      const flaky = ctx.path.startsWith('/nc-flaky-data/');
      if (offline || flaky) {
        if (/\/data-[\w.]+-[\w-]+\.js$/.test(ctx.path) && (offline || !ctx.querystring.includes('retry='))) {
          ctx.status = 503;
          return;
        }
        ctx.path = ctx.path.replace(/^\/nc-(offline|flaky)-data\//, '/dist/');
      }
      await next();
    },
  ],
  concurrency: 2,
  reporters: [defaultReporter(), summaryReporter()],
  testFramework: { config: { timeout: 10000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        args: [
          '--headless=new',
          ...offlineArgs,
          // Keep timers and animation frames running in pages that are not in front
          // (two test files run at once): open-wc's fixture waits for a frame.
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
          '--disable-background-timer-throttling',
          `--user-data-dir=${mkdtempSync(join(tmpdir(), 'nc-chromium-'))}`,
        ],
      },
    }),
  ],
};
