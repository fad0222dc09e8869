// The card's reserved height has one source (issue 15): src/generated/card-heights.json, written by
// scripts/card-heights.mjs from its measurements. The configurator's CSS output (snippets.ts), the
// demo page, docs/theming.md and the Theming story carry the same rules; a block edited by hand, a
// JSON edited by hand or a snippet that stops importing the JSON is reported.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blocksOf, problems, readGenerated, readPlaces, renderCss, withBlocks } from '../../scripts/card-reserve.mjs';
import { cssSnippet } from '../../src/embed/snippets.js';

const generated = readGenerated();
const places = readPlaces();
/** Every `--card-reserve` value of a text, in order, as numbers of em. */
const reserves = (css: string) => [...css.matchAll(/--card-reserve: ([\d.]+)em/g)].map((m) => Number(m[1]));

test('the generated module: its CSS is what its measured bands give, six bands of full and compact heights', () => {
  assert.equal(generated.css, renderCss(generated.bands));
  assert.equal(generated.bands.length, 6);
  assert.deepEqual(reserves(generated.css), generated.bands.flatMap((b) => [b.full, b.compact]));
});

test('the demo page (its style and the code it shows), the docs and the story carry the generated rules', () => {
  assert.deepEqual(problems(generated, places), []);
  assert.equal(blocksOf(places['demo/index.html']).length, 2);
  assert.equal(blocksOf(places['docs/theming.md']).length, 1);
  // The page's own style sheet uses them: the block sits in the <style>, indented as its rules.
  assert.match(places['demo/index.html'], /<style>[^<]*\n {4}nc-recommendation-card \{ --card-reserve: [\d.]+em; \}\n[^<]*<\/style>/);
});

test('the configurator’s CSS output for a card carries the same heights, in the same order', () => {
  const css = cssSnippet({ widget: 'recommendation-card', colours: {} });
  assert.ok(css.includes(generated.css), 'the generated rules, verbatim');
  assert.deepEqual(reserves(css), reserves(generated.css));
  assert.equal(cssSnippet({ widget: 'partner-list', colours: {} }), '', 'no reservation for other widgets');
});

test('the check finds a block edited by hand, a missing block and a JSON edited by hand', () => {
  const demo = places['demo/index.html'];
  const first = reserves(generated.css)[0];
  const edited = demo.replace(`--card-reserve: ${first}em;`, `--card-reserve: ${first + 1}em;`);
  assert.notEqual(edited, demo);
  assert.deepEqual(problems(generated, { 'demo/index.html': edited }), ['demo/index.html: block 1 differs from src/generated/card-heights.json']);
  assert.deepEqual(problems(generated, { 'x.md': 'no block here' }), ['x.md: no /* card-heights:start */ … /* card-heights:end */ block']);
  const handEdited = { ...generated, css: generated.css.replace(`${first}em`, '1em') };
  assert.equal(problems(handEdited, {}).length, 1);
  // Rewriting puts the generated rules back, at the block's indentation.
  assert.equal(withBlocks(edited, generated.css), demo);
});
