// Accessibility sweep of every story (CI step after the Storybook static build).
//   npm run build-storybook && npm run a11y        (node scripts/a11y-sweep.mjs [story-id-substring…])
//
// Serves storybook-static/ on 127.0.0.1 (scripts/serve.mjs) and opens every entry of type
// "story" of its index.json in Debian's Chromium (playwright-core, scripts/chromium.mjs), three times:
//   1. axe   — axe-core with the WCAG 2.0/2.1/2.2 A and AA rules, inside shadow roots and in each
//              child frame; any violation is a problem.
//   2. 320px — a 320×800 viewport: the page must not scroll sideways.
//   3. forced colours — `forced-colors: active`; Tab from the top of the page through every
//              element it reaches (shadow roots and frames included): each must show an outline
//              while focused, and a focused button or input must have a border (forced colours
//              remove box-shadows and backgrounds, a border is what is left). A visible
//              interactive element that Tab never reaches is a problem too.
// In every pass: a request to another origin is aborted and reported, and a console error or an
// uncaught exception is a problem unless the story lists it in `parameters.ncExpectedErrors`
// (strings: the exact text; regexes: tested against it). A declared error that never shows is a
// problem as well, so the declarations stay exact. The text matched is what Chromium's console
// prints; for "Failed to load resource: …" the resource's path is appended after a space
// ("Failed to load resource: the server responded with a status of 404 (Not Found) /fixtures/missing.json").
// An uncaught exception is matched by its message.
// A story is ready when Storybook's preview has finished rendering it, the network is idle and
// every nc-* element's updateComplete has settled (a widget may stay in loading on purpose);
// a story that declares expected errors is also given time for them to appear (a timeout story).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { executablePath, missingChromium, offlineArgs } from './chromium.mjs';
import { startServer } from './serve.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const staticDir = join(root, 'storybook-static');
const axePath = join(root, 'node_modules', 'axe-core', 'axe.min.js');

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/**
 * axe's rules that apply to the top document only (`matches: "is-initiator-matches"` in axe-core):
 * axe skips them inside a frame, so they are off when a frame's copy is checked as a page.
 */
const TOP_DOCUMENT_ONLY = ['aria-hidden-body', 'document-title', 'html-has-lang', 'meta-viewport', 'meta-viewport-large'];
const RENDER_TIMEOUT = 20_000;
const IDLE_TIMEOUT = 5_000;
const UPDATE_TIMEOUT = 5_000;
/** How long a story's declared errors may take to show (the timeout story waits 3 s). */
const EXPECTED_ERRORS_TIMEOUT = 15_000;
/** At most this many Tab presses per story. */
const MAX_TABS = 150;
const WIDE = { width: 1280, height: 800 };
const NARROW = { width: 320, height: 800 };

const PASSES = [
  { name: 'axe', viewport: WIDE },
  { name: '320px', viewport: NARROW },
  { name: 'forced-colors', viewport: WIDE, forcedColors: 'active' },
];

function fail(message) {
  console.error(`a11y sweep: ${message}`);
  process.exit(1);
}

if (!existsSync(join(staticDir, 'index.json'))) fail('no storybook-static/index.json: run `npm run build-storybook` first.');
if (!existsSync(axePath)) fail('no node_modules/axe-core/axe.min.js: run `npm ci`.');
const missing = missingChromium();
if (missing) fail(missing);

const axeSource = readFileSync(axePath, 'utf8');
const index = JSON.parse(readFileSync(join(staticDir, 'index.json'), 'utf8'));
const filters = process.argv.slice(2);
const stories = Object.values(index.entries ?? {})
  .filter((entry) => entry.type === 'story')
  .filter((entry) => filters.length === 0 || filters.some((f) => entry.id.includes(f)))
  .map((entry) => entry.id);
if (stories.length === 0) fail('no story found in storybook-static/index.json.');

// ------------------------------------------------------------------ in-page helpers
// Passed to page.evaluate as source: they run in the page, not in Node.

/** Defines `window.__ncSweep` in the page (idempotent): deep walks and element descriptions. */
const PAGE_HELPERS = `(() => {
  if (window.__ncSweep) return;
  const all = (root, out = []) => {
    for (const el of root.querySelectorAll('*')) {
      out.push(el);
      if (el.shadowRoot) all(el.shadowRoot, out);
    }
    return out;
  };
  const simple = (el) => {
    let s = el.localName;
    if (el.id) s += '#' + CSS.escape(el.id);
    else if (typeof el.className === 'string' && el.className.trim()) s += '.' + el.className.trim().split(/\\s+/).map(CSS.escape).join('.');
    const part = el.getAttribute('part');
    if (part) s += '[part="' + part + '"]';
    return s;
  };
  /** "nc-recommendation-card >>> button.toggle[part=…]": hosts, then the element. */
  const describe = (el) => {
    const chain = [];
    for (let node = el; node; ) {
      chain.unshift(simple(node));
      const rootNode = node.getRootNode();
      node = rootNode instanceof ShadowRoot ? rootNode.host : null;
    }
    return chain.join(' >>> ');
  };
  const deepActive = () => {
    let el = document.activeElement;
    while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
    return el;
  };
  const FOCUSABLE = 'a[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable=""], [contenteditable="true"]';
  const interactive = () =>
    all(document).filter((el) => {
      if (!el.matches(FOCUSABLE) || el.matches(':disabled, input[type="hidden"]')) return false;
      if (el.hasAttribute('tabindex') && el.tabIndex < 0) return false;
      if (el.checkVisibility && !el.checkVisibility({ visibilityProperty: true })) return false;
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0;
    });
  window.__ncSweep = { all, describe, deepActive, interactive };
})()`;

// ------------------------------------------------------------------ the run

const started = performance.now();
// An empty favicon: Chromium asks for one, and its 404 would be a console error in every story.
const server = await startServer({ root: staticDir, port: 0, pages: { '/favicon.ico': '' } });
const origin = new URL(server.url).origin;
const browser = await chromium.launch({ executablePath, args: offlineArgs, headless: true });

/** @type {{ story: string, pass: string, text: string }[]} */
const problems = [];

/** Turns `parameters.ncExpectedErrors`, serialised in the page, into matchers. */
const toMatcher = (item) =>
  typeof item === 'string'
    ? { label: JSON.stringify(item), test: (text) => text === item }
    : { label: `/${item.source}/${item.flags}`, test: (text) => new RegExp(item.source, item.flags).test(text) };

/** One story in one pass, in a fresh context; returns how many problems it found. */
async function runPass(story, pass) {
  let found = 0;
  const report = (text) => {
    found += 1;
    problems.push({ story, pass: pass.name, text });
  };
  const context = await browser.newContext({
    viewport: pass.viewport,
    forcedColors: pass.forcedColors ?? 'none',
    reducedMotion: 'reduce',
    serviceWorkers: 'block',
  });
  const errors = [];
  const foreign = new Set();
  try {
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (new URL(url).origin === origin) return route.continue();
      foreign.add(url);
      return route.abort('blockedbyclient');
    });
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      let text = message.text();
      const where = message.location()?.url;
      if (text.startsWith('Failed to load resource') && where) {
        text += ' ' + (where.startsWith(origin) ? where.slice(origin.length) : where);
      }
      errors.push(text);
    });
    page.on('pageerror', (error) => errors.push(error.message));

    await page.goto(`${server.url}/iframe.html?id=${encodeURIComponent(story)}&viewMode=story`, {
      waitUntil: 'load',
      timeout: RENDER_TIMEOUT,
    });
    const phase = await page
      .waitForFunction(
        () => {
          const render = window.__STORYBOOK_PREVIEW__?.currentRender;
          const done = ['completed', 'finished', 'errored', 'aborted'];
          return render && done.includes(render.phase) && render.phase;
        },
        undefined,
        { timeout: RENDER_TIMEOUT, polling: 50 },
      )
      .then((handle) => handle.jsonValue())
      .catch(() => 'not finished');
    if (phase !== 'completed' && phase !== 'finished') report(`Storybook did not render the story (phase: ${phase})`);
    if (!(await page.locator('#storybook-root').evaluate((el) => el.childElementCount > 0).catch(() => false))) {
      report('#storybook-root is empty');
    }

    const expected = (
      await page.evaluate(async (storyId) => {
        const prepared = await window.__STORYBOOK_PREVIEW__.loadStory({ storyId });
        const list = prepared.parameters?.ncExpectedErrors ?? [];
        return (Array.isArray(list) ? list : [list]).map((item) =>
          item instanceof RegExp ? { source: item.source, flags: item.flags } : String(item),
        );
      }, story)
    ).map(toMatcher);

    await settle(page);
    if (expected.length > 0) {
      const deadline = Date.now() + EXPECTED_ERRORS_TIMEOUT;
      while (Date.now() < deadline && !expected.every((m) => errors.some((e) => m.test(e)))) await page.waitForTimeout(100);
      await settle(page);
    }

    if (pass.name === 'axe') await checkAxe(page, report);
    if (pass.name === '320px') await checkNoSideScroll(page, report);
    if (pass.name === 'forced-colors') await checkFocus(page, report);

    for (const text of errors) {
      if (!expected.some((m) => m.test(text))) report(`console error not declared in parameters.ncExpectedErrors: ${text}`);
    }
    for (const m of expected) {
      if (!errors.some((e) => m.test(e))) report(`declared expected error never logged: ${m.label}`);
    }
  } catch (error) {
    report(`the sweep failed on this story: ${error.message.split('\n')[0]}`);
  } finally {
    for (const url of foreign) report(`request to another origin (aborted): ${url}`);
    await context.close();
  }
  return found;
}

/** Network idle, then every nc-* element's updateComplete (bounded), then two frames. */
async function settle(page) {
  await page.waitForLoadState('networkidle', { timeout: IDLE_TIMEOUT }).catch(() => {});
  await page.evaluate(PAGE_HELPERS);
  const pending = await page.evaluate(async (timeout) => {
    const widgets = window.__ncSweep.all(document).filter((el) => el.localName.startsWith('nc-'));
    const waiting = new Set(widgets.filter((el) => el.updateComplete));
    await Promise.race([
      Promise.all([...waiting].map((el) => Promise.resolve(el.updateComplete).finally(() => waiting.delete(el)))),
      new Promise((ok) => setTimeout(ok, timeout)),
    ]);
    await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
    return [...waiting].map((el) => window.__ncSweep.describe(el));
  }, UPDATE_TIMEOUT);
  // A widget held in loading on purpose (the Loading story) never settles: not a problem.
  return pending;
}

/**
 * A frame whose document runs no script (`sandbox` without `allow-scripts`): nothing can be
 * evaluated in it (Chromium blocks it, and Playwright would wait for ever), so the sweep checks
 * a copy of its document, opened as a page of its own in the same context. Returns the copy's
 * HTML (srcdoc) or URL, or undefined for a frame that runs scripts.
 */
async function scriptlessSource(frame) {
  for (let f = frame; f.parentFrame(); f = f.parentFrame()) {
    const element = await f.frameElement();
    const source = await element.evaluate((el) =>
      el.hasAttribute('sandbox') && !el.sandbox.contains('allow-scripts')
        ? { html: el.hasAttribute('srcdoc') ? el.srcdoc : undefined, url: el.src || undefined, title: el.title }
        : undefined,
    );
    await element.dispose();
    if (source) return source;
  }
  return undefined;
}

/** Opens a copy of a scriptless frame's document as a page of its own. */
async function openCopy(context, source) {
  const copy = await context.newPage();
  if (source.html !== undefined) await copy.setContent(source.html, { waitUntil: 'load' });
  else await copy.goto(source.url, { waitUntil: 'load' });
  await copy.evaluate(PAGE_HELPERS);
  return copy;
}

/** axe-core in the page and in each child frame. */
async function checkAxe(page, report) {
  for (const frame of page.frames()) {
    const main = frame === page.mainFrame();
    let where = main ? '' : `[frame ${frame.name() || frame.url()}] `;
    let target = frame;
    let copy;
    try {
      const scriptless = main ? undefined : await scriptlessSource(frame);
      if (scriptless) {
        copy = await openCopy(page.context(), scriptless);
        target = copy.mainFrame();
        where = `[sandboxed frame "${scriptless.title}", checked as a page of its own] `;
      }
      const result = await target.evaluate(
        async ({ source, tags, off }) => {
          if (!window.axe) (0, eval)(source);
          const { violations } = await window.axe.run(document, {
            runOnly: { type: 'tag', values: tags },
            rules: Object.fromEntries(off.map((id) => [id, { enabled: false }])),
            iframes: false,
            resultTypes: ['violations'],
          });
          return violations.map((v) => ({
            id: v.id,
            impact: v.impact,
            help: v.help,
            helpUrl: v.helpUrl,
            nodes: v.nodes.map((n) => ({ target: n.target, summary: n.failureSummary })),
          }));
        },
        { source: axeSource, tags: AXE_TAGS, off: copy ? TOP_DOCUMENT_ONLY : [] },
      );
      for (const v of result) {
        for (const node of v.nodes) {
          const selector = node.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : t)).join(' | ');
          const detail = node.summary ? `\n      ${node.summary.replace(/\n\s*/g, ' ')}` : '';
          report(`axe ${v.id} (${v.impact}) ${where}${selector}: ${v.help} ${v.helpUrl}${detail}`);
        }
      }
    } catch (error) {
      report(`axe could not run ${where || 'in the page '}: ${error.message.split('\n')[0]}`);
    } finally {
      await copy?.close();
    }
  }
}

/** At 320 px: no horizontal scrolling; names the elements that stick out. */
async function checkNoSideScroll(page, report) {
  await page.evaluate(PAGE_HELPERS);
  const result = await page.evaluate(() => {
    const se = document.scrollingElement;
    if (se.scrollWidth <= se.clientWidth + 1) return null;
    const limit = se.clientWidth + 1;
    const culprits = window.__ncSweep
      .all(document)
      .filter((el) => el.getBoundingClientRect().right > limit)
      // the innermost ones: those with no child that also sticks out
      .filter((el) => ![...el.children, ...(el.shadowRoot?.children ?? [])].some((c) => c.getBoundingClientRect().right > limit))
      .slice(0, 5)
      .map((el) => `${window.__ncSweep.describe(el)} (right edge ${Math.round(el.getBoundingClientRect().right)} px)`);
    return { scrollWidth: se.scrollWidth, clientWidth: se.clientWidth, culprits };
  });
  if (result) {
    report(
      `scrolls horizontally at 320 px: scrollWidth ${result.scrollWidth} > clientWidth ${result.clientWidth}` +
        (result.culprits.length ? `; sticking out: ${result.culprits.join(', ')}` : ''),
    );
  }
}

/** What a focused element shows; runs in the frame that holds it. */
function focusedInfo() {
  const el = window.__ncSweep.deepActive();
  if (!el || el === document.body || el === document.documentElement) return { none: true };
  if (el.localName === 'iframe') return { iframe: true, index: el.__ncSweepIndex };
  el.__ncSweepSeen = (el.__ncSweepSeen ?? 0) + 1;
  const cs = getComputedStyle(el);
  const sides = ['top', 'right', 'bottom', 'left'];
  const noBorder = sides.every(
    (s) => cs.getPropertyValue(`border-${s}-style`) === 'none' || parseFloat(cs.getPropertyValue(`border-${s}-width`)) === 0,
  );
  const nativeWidget =
    el.localName === 'input' &&
    ['checkbox', 'radio', 'range', 'color', 'file', 'image'].includes(el.type) &&
    cs.appearance !== 'none';
  return {
    name: window.__ncSweep.describe(el),
    index: el.__ncSweepIndex,
    again: el.__ncSweepSeen > 1,
    // Date and time fields take one Tab per part (day, month, year, hours…).
    parts: el.localName === 'input' && ['date', 'time', 'datetime-local', 'month', 'week'].includes(el.type),
    outline: cs.outlineStyle,
    outlineWidth: cs.outlineWidth,
    needsBorder: (el.localName === 'button' || el.localName === 'input') && !nativeWidget,
    noBorder,
    focusVisible: el.matches(':focus-visible'),
  };
}

/**
 * Waits until every child frame holds the document its element asks for, loaded. Tab skips a
 * frame that still shows its initial about:blank, and Playwright counts that blank document as
 * loaded: waiting for `load` alone let CI report a srcdoc frame as never reached on a busy machine.
 */
async function framesReady(page) {
  const deadline = Date.now() + IDLE_TIMEOUT;
  for (const frame of page.frames()) {
    if (!frame.parentFrame()) continue;
    const element = await frame.frameElement().catch(() => null);
    const wants = element
      ? await element.evaluate((el) => el.hasAttribute('srcdoc') || Boolean(el.src && el.src !== 'about:blank')).catch(() => false)
      : false;
    await element?.dispose();
    while (wants && frame.url() === 'about:blank' && !frame.isDetached() && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
    }
    await frame.waitForLoadState('load', { timeout: Math.max(0, deadline - Date.now()) }).catch(() => {});
  }
}

/**
 * Forced colours: Tab through the page; every stop shows an outline, buttons and inputs keep a
 * border. A frame that Tab never reached is walked once more after its document is ready: a frame
 * whose document comes late is a timing of this machine, not of the story; a second miss is reported.
 */
async function checkFocus(page, report, where = '') {
  await framesReady(page);
  const missed = await walkFocus(page, report, where);
  if (missed.length === 0) return;
  const frameOnly = missed.every((m) => m.iframe);
  if (frameOnly) {
    await new Promise((r) => setTimeout(r, 500));
    await framesReady(page);
  }
  const again = frameOnly ? await walkFocus(page, () => {}, where, true) : missed;
  for (const { name } of again) report(`${where}${name}: visible and interactive, but Tab never reaches it`);
}

/** One Tab walk; returns the visible interactive elements it never reached. */
async function walkFocus(page, report, where, retry = false) {
  await page.evaluate(PAGE_HELPERS);
  // A group of radio buttons is one Tab stop (the arrow keys move inside it): reaching one of
  // its radios reaches the group.
  const expected = await page.evaluate(() => {
    const roots = new Map();
    const rootId = (el) => {
      const root = el.getRootNode();
      if (!roots.has(root)) roots.set(root, roots.size);
      return roots.get(root);
    };
    return window.__ncSweep.interactive().map((el, i) => {
      el.__ncSweepIndex = i;
      const group = el.localName === 'input' && el.type === 'radio' && el.name ? `${rootId(el)}:${el.name}` : null;
      return { name: window.__ncSweep.describe(el), group, iframe: el.localName === 'iframe' };
    });
  });
  await page.evaluate(() => {
    // The focused element itself, also inside a shadow root (a story whose play function left the
    // focus in a widget: blurring only the host leaves it there, and Tab would start after it).
    window.__ncSweep.deepActive()?.blur?.();
    document.activeElement?.blur?.();
    window.getSelection()?.removeAllRanges();
    // Chromium's sequential focus navigation starts where the focus was, even after blur():
    // move that starting point to the top of the page with a sentinel out of the Tab order.
    const start = document.createElement('span');
    start.tabIndex = -1;
    start.id = 'nc-sweep-start';
    document.body.prepend(start);
    start.focus();
    start.blur();
  });
  const reached = new Set();
  const frames = new Set();
  const copies = [];
  for (let i = 0; i < MAX_TABS; i++) {
    await page.keyboard.press('Tab');
    let info = await page.evaluate(focusedInfo);
    let inFrame = '';
    if (info.iframe) {
      reached.add(info.index);
      const handle = await page.evaluateHandle(() => window.__ncSweep.deepActive());
      const frame = await handle.asElement()?.contentFrame();
      await handle.dispose();
      if (!frame) break;
      const scriptless = await scriptlessSource(frame);
      if (scriptless) {
        // Its inside cannot be read: Tab on until focus leaves it, and check a copy afterwards.
        if (!frames.has(frame)) copies.push(scriptless);
        frames.add(frame);
        const index = info.index;
        for (let j = 0; j < MAX_TABS && info.iframe && info.index === index; j++) {
          await page.keyboard.press('Tab');
          info = await page.evaluate(focusedInfo);
        }
        if (info.iframe) continue;
      } else {
        await frame.evaluate(PAGE_HELPERS);
        info = await frame.evaluate(focusedInfo);
        inFrame = `[frame ${frame.name() || frame.url()}] `;
        if (info.none) {
          // Focus on the frame itself: fine the first time, the end of the cycle after.
          if (frames.has(frame)) break;
          frames.add(frame);
          continue;
        }
      }
    }
    if (info.again && info.parts) continue;
    if (info.none || info.again) break;
    if (!inFrame) reached.add(info.index);
    if (info.outline === 'none' || parseFloat(info.outlineWidth) === 0) {
      report(
        `${where}${inFrame}${info.name}: no outline while focused with Tab in forced colours ` +
          `(outline-style ${info.outline}, width ${info.outlineWidth}${info.focusVisible ? '' : ', not :focus-visible'})`,
      );
    }
    if (info.needsBorder && info.noBorder) {
      report(`${where}${inFrame}${info.name}: no border in forced colours (a box-shadow or a background does not show there)`);
    }
  }
  await page.evaluate(() => document.getElementById('nc-sweep-start')?.remove());
  const groups = new Set([...reached].map((i) => expected[i]?.group).filter(Boolean));
  const missed = expected.filter(({ group }, i) => !reached.has(i) && !(group && groups.has(group)));
  if (retry) return missed;
  for (const source of copies) {
    const copy = await openCopy(page.context(), source);
    try {
      await checkFocus(copy, report, `[sandboxed frame "${source.title}", checked as a page of its own] `);
    } finally {
      await copy.close();
    }
  }
  return missed;
}

// One browser, a fresh context per story and pass; two stories at a time (CI has 2 cores).
const queue = stories.flatMap((story) => PASSES.map((pass) => ({ story, pass })));
const VERBOSE = Boolean(process.env.A11Y_VERBOSE);
const CONCURRENCY = Number(process.env.A11Y_CONCURRENCY) || 2;
try {
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let job = queue.shift(); job; job = queue.shift()) {
        const t0 = performance.now();
        const found = await runPass(job.story, job.pass);
        if (VERBOSE) {
          console.log(`  ${job.story} [${job.pass.name}] ${((performance.now() - t0) / 1000).toFixed(1)} s, ${found} problems`);
        }
      }
    }),
  );
} finally {
  await browser.close();
  await server.close();
}

const byStory = new Map();
for (const p of problems) {
  const list = byStory.get(p.story) ?? [];
  list.push(p);
  byStory.set(p.story, list);
}
for (const [story, list] of byStory) {
  console.log(`\n✗ ${story}`);
  for (const p of list) console.log(`  [${p.pass}] ${p.text}`);
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const count = problems.length;
console.log(
  `\na11y sweep: ${stories.length} ${stories.length === 1 ? 'story' : 'stories'} checked (× ${PASSES.length} passes), ` +
    `${count} ${count === 1 ? 'problem' : 'problems'} in ${seconds} s`,
);
process.exit(count > 0 ? 1 : 0);
