/**
 * Issue 11's « done »: what the webmasters' CLI writes, given to the finder as `src`, shows
 * those counters. The two files are the CLI's output (test/node/cli.test.mjs checks they are
 * what it writes today): from the example spreadsheet (examples/guichets.csv) and from the
 * example directory export, with `--walk-in-ids guichet-exemple-a`.
 */
import { expect, fixtureCleanup, fixtureSync, html } from '@open-wc/testing';
import '../src/define/guichet-finder.js';
import type { NcGuichetFinder } from '../src/components/guichet-finder/guichet-finder.js';
import { captureConsole, norm, type CapturedConsole } from './helpers.js';
import { WidgetHarness } from './harness.js';

/** Tuesday 8 December 2026, 10:00 in Brussels. */
const TUESDAY_10 = new Date('2026-12-08T09:00:00Z');

let output: CapturedConsole;
beforeEach(() => (output = captureConsole()));
afterEach(() => {
  output.restore();
  fixtureCleanup();
});

async function finder(file: string, attrs = ''): Promise<{ el: NcGuichetFinder; h: WidgetHarness }> {
  const wrap = fixtureSync<HTMLDivElement>(html`<div lang="fr"></div>`);
  wrap.innerHTML = `<nc-guichet-finder src="/test/fixtures/${file}?${Date.now()}" ${attrs}></nc-guichet-finder>`;
  const el = wrap.firstElementChild as NcGuichetFinder;
  el.now = TUESDAY_10;
  const h = new WidgetHarness(el, 'title');
  await h.until('content');
  await el.updateComplete;
  return { el, h };
}
const names = (h: WidgetHarness) => h.parts('counter-name').map((n) => norm(n.textContent));

describe('the finder on the data tools’ output', () => {
  it('from the spreadsheet: its three counters, the walk-in one open now, the example notice, no console error', async () => {
    const { el, h } = await finder('guichets-from-csv.json');
    expect(names(h)).to.have.members(["Guichet d'exemple CSV 1 — Wavre", "Guichet d'exemple CSV 2 — Wavre", "Guichet d'exemple CSV 3 — Jodoigne"]);
    expect(h.text('count')).to.equal('3 guichets trouvés');
    const statuses = h.parts('status').map((s) => norm(s.textContent));
    expect(statuses.some((s) => s.startsWith('Ouvert sans rendez-vous')), statuses.join(' | ')).to.equal(true);
    expect(statuses.some((s) => s === 'Sur rendez-vous uniquement'), statuses.join(' | ')).to.equal(true);
    expect(h.part('demo-notice'), 'the rows said « exemple : oui »').to.not.equal(null);
    expect(output.errors).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('from the directory export: its four places, record A’s schedule as walk-in hours', async () => {
    const { h } = await finder('guichets-from-contacts.json');
    expect(h.parts('counter')).to.have.length(4);
    expect(names(h).join(' | ')).to.not.contain('Directeur');
    expect(h.text('count')).to.equal('4 guichets trouvés');
    expect(output.errors).to.deep.equal([]);
  });
});
