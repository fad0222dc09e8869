// The same browser tests on Lit's DEVELOPMENT build (`npm test` runs this after the production run,
// `npm run test:dev` alone): any Lit dev-mode warning fails the test during which it was issued.
// web-test-runner cannot resolve one group of files differently from another (one dev server for
// all groups), hence this second config over the first.
//
// Only modules the test pages import from node_modules switch build: the embedding tests still load
// the BUILT dist/ files, in which Lit's production code is bundled.
import base from './web-test-runner.config.mjs';

/**
 * Runs in every test page before the test framework and the test file (serialised into the page:
 * self-contained browser code). Collects Lit's dev-mode warnings of the page and of its iframes
 * (see `litInFrames`), with `watch(window)`:
 * - every warning Lit issues through its `issueWarning` is added to `litIssuedWarnings` (one per
 *   window, shared by lit-html, ReactiveElement and LitElement, created by Lit only if absent): a Set
 *   whose `add` takes note. This does not depend on `console.warn`, which tests replace
 *   (captureConsole). Lit's own opt-out silences its "Lit is in dev mode" notice, which every page
 *   would print.
 * - the two warnings lit-html writes straight to `console.warn` (undefined template strings, a host
 *   rendered inside itself): `console.warn` becomes an accessor that keeps whatever a test assigns
 *   and still sees each call.
 * `take()` returns the warnings noted since the last call and forgets them.
 */
function litWarningGuard() {
  const pending = [];
  const direct = [/^Some template strings are undefined\./, /^Attempted to render the template host/];

  function watch(win) {
    const where = win === window ? '' : '(in an iframe) ';
    const note = (message) => void pending.push(where + message);

    class WatchedWarnings extends Set {
      add(value) {
        // Lit adds the full text of each warning it issues; a bare code (`add('change-in-update')`,
        // no space) is a page opting out of that warning.
        if (typeof value === 'string' && /\s/.test(value) && !this.has(value)) note(value);
        return super.add(value);
      }
    }
    win.litIssuedWarnings = new WatchedWarnings(['dev-mode']);

    const wrappers = new WeakMap();
    const underlying = new WeakMap();
    let current = win.console.warn;
    let depth = 0;
    const wrap = (fn) => {
      let wrapper = wrappers.get(fn);
      if (!wrapper) {
        wrapper = function (...args) {
          if (depth === 0 && typeof args[0] === 'string' && direct.some((re) => re.test(args[0]))) note(args.map(String).join(' '));
          depth++;
          try {
            return fn.apply(this, args);
          } finally {
            depth--;
          }
        };
        wrappers.set(fn, wrapper);
        underlying.set(wrapper, fn);
      }
      return wrapper;
    };
    Object.defineProperty(win.console, 'warn', {
      configurable: true,
      enumerable: true,
      get: () => wrap(current),
      // A test that saved `console.warn` (our wrapper) and puts it back restores what it wrapped.
      set: (fn) => void (current = underlying.get(fn) ?? fn),
    });
  }

  watch(window);
  globalThis.__ncLitWarnings = { take: () => pending.splice(0), watch };
}

/**
 * Pages in iframes (test/helpers.ts `createFrame`) that load the sources get Lit's dev build too,
 * without the guard: each Lit dev module that may create `litIssuedWarnings` first asks the test
 * page to watch its window. Prepended on the first line, so that line numbers do not move.
 */
function litInFrames() {
  const hook =
    'try { if (!globalThis.litIssuedWarnings && globalThis.top !== globalThis) globalThis.top.__ncLitWarnings?.watch(globalThis); } catch {}';
  return {
    name: 'nc-lit-warnings-in-frames',
    transform(context) {
      if (!/\/(lit-html|lit-element|@lit\/reactive-element)\/development\/.*\.js$/.test(context.path)) return undefined;
      if (typeof context.body !== 'string' || !context.body.includes('litIssuedWarnings ??=')) return undefined;
      return { body: hook + context.body };
    },
  };
}

/**
 * Runs after the test framework loaded, before mocha runs the tests the file declared: each test
 * fails if Lit warned while it ran (its beforeEach hooks included; also anything left from the
 * afterEach hooks of the test before it), and a last root hook fails if Lit warned after the last
 * test. Wrapping the tests, not an afterEach hook: a failing afterEach hook would skip the rest of
 * the file.
 */
function failOnLitWarnings() {
  const { take } = globalThis.__ncLitWarnings;
  const failure = (warnings, when) => {
    const error = new Error(`Lit dev-mode warning${warnings.length > 1 ? 's' : ''} ${when}:\n${warnings.map((w) => `  - ${w}`).join('\n')}`);
    // The stack's frames only: the reporter prints the message, then the stack (which repeats it).
    error.stack = error.stack.split('\n').filter((line) => /^\s+at /.test(line)).join('\n');
    return error;
  };
  const wrapTests = (suite) => {
    for (const test of suite.tests) {
      const fn = test.fn;
      if (!fn) continue; // a pending test
      const check = () => {
        const warnings = take();
        if (warnings.length) throw failure(warnings, 'during this test or the hooks before it');
      };
      test.fn = fn.length
        ? function (done) {
            return fn.call(this, (err) => {
              if (err) return done(err);
              try {
                check();
              } catch (e) {
                return done(e);
              }
              return done();
            });
          }
        : async function () {
            let result;
            try {
              result = await fn.call(this);
            } catch (e) {
              const warnings = take();
              if (warnings.length && e instanceof Error) e.message += `\n${failure(warnings, 'too').message}`;
              throw e;
            }
            check();
            return result;
          };
    }
    suite.suites.forEach(wrapTests);
  };
  const run = mocha.run;
  mocha.run = function (...args) {
    wrapTests(mocha.suite);
    mocha.suite.afterAll('no Lit dev-mode warning after the last test', () => {
      const warnings = take();
      if (warnings.length) throw failure(warnings, 'after the last test');
    });
    return run.apply(this, args);
  };
}

export default {
  ...base,
  nodeResolve: { ...base.nodeResolve, exportConditions: ['development'] },
  plugins: [...base.plugins, litInFrames()],
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html><head><script>(${litWarningGuard})();</script></head>` +
    `<body><script type="module">import '${testFramework}'; (${failOnLitWarnings})();</script></body></html>`,
};
