/**
 * `npm test` runs every test file twice: on Lit's production build (web-test-runner.config.mjs),
 * then on its development build (web-test-runner.dev.config.mjs), where a Lit dev-mode warning
 * fails the test during which it was issued. These tests check that each run gets the build it
 * asks for, and that the dev run's guard sees a warning even while a test captures the console.
 */
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { captureConsole, createFrame, wrapperFixture } from './helpers.js';

/** Set by web-test-runner.dev.config.mjs in each test page of the dev run only. */
const guard = (globalThis as { __ncLitWarnings?: { take(): string[] } }).__ncLitWarnings;
const litIssuedWarnings = () => (globalThis as { litIssuedWarnings?: Set<string> }).litIssuedWarnings;

/** Sets a reactive property in `updated()`: Lit's dev build warns `change-in-update`. */
class ChangeInUpdate extends LitElement {
  static override properties = { count: { type: Number } };
  declare count: number;
  constructor() {
    super();
    this.count = 0;
  }
  override updated(): void {
    if (this.count === 0) this.count = 1;
  }
  override render() {
    return html`${this.count}`;
  }
}
customElements.define('nc-test-change-in-update', ChangeInUpdate);

/** Warns about nothing. */
class Quiet extends LitElement {
  override render() {
    return html`quiet`;
  }
}
customElements.define('nc-test-quiet', Quiet);

describe(`Lit's build (${guard ? 'development' : 'production'} run)`, () => {
  afterEach(() => fixtureCleanup());

  it('is the one the run asks for', async () => {
    const el = await fixture<Quiet>(html`<nc-test-quiet></nc-test-quiet>`);
    expect(el.shadowRoot!.textContent).to.equal('quiet');
    // Only the development build has warnings (two on by default).
    const enabled = (LitElement as { enabledWarnings?: string[] }).enabledWarnings;
    if (guard) {
      expect(enabled).to.include.members(['change-in-update', 'async-perform-update']);
      expect(litIssuedWarnings()?.has('dev-mode'), 'the dev-mode notice is silenced').to.equal(true);
      expect(guard.take()).to.deep.equal([]);
    } else {
      expect(enabled).to.equal(undefined);
      expect(litIssuedWarnings()).to.equal(undefined);
    }
  });

  it('dev run: a Lit warning issued while the console is captured is still caught', async () => {
    if (!guard) return; // nothing to catch on the production build
    const captured = captureConsole();
    try {
      const el = await fixture<ChangeInUpdate>(html`<nc-test-change-in-update></nc-test-change-in-update>`);
      await el.updateComplete;
      expect(el.count).to.equal(1);
      // Taken here, so that this test passes; any other test fails with it (see the config).
      const caught = guard.take();
      expect(caught).to.have.length(1);
      expect(caught[0]).to.match(/^Element nc-test-change-in-update scheduled an update .*https:\/\/lit\.dev\/msg\/change-in-update/s);
      expect(captured.warnings, 'Lit wrote it to the (captured) console').to.deep.equal(caught);
    } finally {
      captured.restore();
    }
  });

  it('dev run: a page in an iframe that loads the sources is watched too', async () => {
    if (!guard) return;
    const container = await wrapperFixture<HTMLDivElement>(html`<div></div>`);
    const { win } = await createFrame(
      `<nc-recommendation-card recommendation="acces-physique"></nc-recommendation-card>
      <script type="module" src="/src/define/recommendation-card.ts"></script>`,
      { container },
    );
    await waitUntil(() => !!win.customElements.get('nc-recommendation-card'), 'the tag was never defined');
    // Only the guard seeds Lit's opt-out of its dev-mode notice.
    expect((win as unknown as { litIssuedWarnings?: Set<string> }).litIssuedWarnings?.has('dev-mode')).to.equal(true);
    expect(guard.take()).to.deep.equal([]);
  });
});
