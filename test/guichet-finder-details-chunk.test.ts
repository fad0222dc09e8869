/**
 * The finder's details view failing to load (its lazy code is unreachable): the first
 * « Horaires et contact » shows the shared error state with « Recharger les informations » inside that counter,
 * the focus on the message, and a precise console error. A file of its own: an import map
 * sends the details module to a missing URL, which must happen before this page loads it.
 */
import { expect, fixtureCleanup } from '@open-wc/testing';
import { captureConsole, norm, type CapturedConsole } from './helpers.js';
import { finder, GUICHETS } from './guichet-finder-fixture.js';

let output: CapturedConsole;
before(() => {
  const map = document.createElement('script');
  map.type = 'importmap';
  const missing = '/test/fixtures/missing-details-view.js';
  const base = new URL('/src/components/guichet-finder/', location.href).href;
  map.textContent = JSON.stringify({ imports: { [`${base}details.js`]: missing, [`${base}details.ts`]: missing } });
  document.head.append(map);
});
beforeEach(() => {
  output = captureConsole();
});
afterEach(() => {
  output.restore();
  fixtureCleanup();
});

describe('<nc-guichet-finder> the details view cannot be loaded', () => {
  it('the error with its retry in that counter, the focus on the message; a retry that fails again keeps it there', async () => {
    const { el, h } = await finder('commune="wavre"');
    const li = h.parts('counter').find((c) => c.dataset.id === GUICHETS[0].id)!;
    const toggle = li.querySelector<HTMLElement>('[part~=toggle]')!;
    toggle.click();
    await el.updateComplete;
    await el.updateComplete;
    const error = li.querySelector('[part~=error]');
    expect(error, 'the error state in the counter').to.not.equal(null);
    expect(error!.querySelector('[role=alert]'), 'the message is an alert').to.not.equal(null);
    expect(norm(error!.textContent)).to.contain('Les informations n’ont pas pu être chargées.');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const message = error!.querySelector('[data-nc-focus]');
    expect(h.root.activeElement, 'the focus on the message').to.equal(message);
    expect(output.errors.join('\n')).to.contain('<nc-guichet-finder>: could not load the details view:');
    const retry = li.querySelector<HTMLButtonElement>('[part~=retry-button]')!;
    expect(norm(retry.textContent)).to.equal('Recharger les informations');
    retry.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(li.querySelector('[part~=error]'), 'still the error').to.not.equal(null);
    expect(h.root.activeElement, 'the focus on the message again').to.equal(li.querySelector('[part~=error] [data-nc-focus]'));
    expect(output.errors.filter((e) => e.includes('could not load the details view'))).to.have.length(2);
    expect(names(h)).to.have.length(2);
    await expect(el).to.be.accessible();
  });
});

const names = (h: { parts(p: string): HTMLElement[] }) => h.parts('counter-name').map((e) => norm(e.textContent));
