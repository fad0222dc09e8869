import { aTimeout, expect, fixtureCleanup, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/define/guichet-finder.js';
import type { NcGuichetFinder, NcFilterChangeDetail, NcGuichetSelectDetail } from '../src/components/guichet-finder/guichet-finder.js';
import type { Guichet, Weekday } from '../src/data/model.js';
import { LOCALES } from '../src/data/model.js';
import { runWidgetSuite } from './suites/widget-suite.js';
import { captureConsole, norm, type CapturedConsole } from './helpers.js';
import { WidgetHarness } from './harness.js';
import { communes, generateGuichets } from '../scripts/guichets-fixture.mjs';

/** Tuesday 8 December 2026, 10:00 in Brussels (UTC+1 in winter). */
const TUESDAY_10 = new Date('2026-12-08T09:00:00Z');

const weekdays: Weekday[] = ['Mo', 'Tu', 'We', 'Th', 'Fr'];

/** A few example counters (invented; placeholder phone numbers). */
const GUICHETS: Guichet[] = [
  {
    id: 'a-wavre',
    name: { fr: 'Guichet d’exemple A — Wavre', nl: 'Voorbeeldloket A — Waver' },
    example: true,
    type: 'cpas',
    services: ['aide-sociale', 'aide-numerique'],
    address: { postalCode: '1300', city: { fr: 'Wavre', nl: 'Waver' } },
    geo: { lat: 50.716, lon: 4.61 },
    phone: '+3200000001',
    email: 'guichet-a@example.org',
    hours: { slots: [{ days: weekdays, opens: '08:30', closes: '16:00' }] },
    walkIn: { slots: [{ days: weekdays, opens: '09:00', closes: '12:00' }] },
    closures: [{ from: '2026-12-24', to: '2026-12-31', reason: { fr: 'Congé de fin d’année' } }],
    accessibility: { stepFree: true, hearingLoop: true, languages: ['fr', 'nl'] },
  },
  {
    id: 'b-wavre',
    name: { fr: 'Guichet d’exemple B — Wavre' },
    example: true,
    type: 'administration-communale',
    services: ['documents-administratifs'],
    address: { postalCode: '1300', city: { fr: 'Wavre' } },
    geo: { lat: 50.72, lon: 4.6 },
    phone: '+3200000002',
    hours: { slots: [{ days: weekdays, opens: '08:30', closes: '16:00' }] },
    walkIn: { slots: [] },
  },
  {
    id: 'c-lln',
    name: { fr: 'Guichet d’exemple C — Louvain-la-Neuve' },
    example: true,
    type: 'epn',
    services: ['aide-numerique'],
    address: { postalCode: '1348', city: { fr: 'Louvain-la-Neuve' } },
  },
  {
    id: 'd-namur',
    name: { fr: 'Guichet d’exemple D — Namur' },
    example: true,
    type: 'service-social',
    services: ['aide-sociale'],
    address: { postalCode: '5000', city: { fr: 'Namur' } },
    walkIn: { slots: [{ days: ['We'], opens: '09:00', closes: '12:00' }] },
  },
  {
    id: 'e-nivelles',
    name: { fr: 'Guichet d’exemple E — Nivelles', nl: 'Voorbeeldloket E — Nijvel' },
    example: true,
    type: 'maison-medicale',
    services: ['sante'],
    address: { postalCode: '1400', city: { fr: 'Nivelles', nl: 'Nijvel' } },
    walkIn: { slots: [{ days: ['Tu'], opens: '09:30', closes: '10:20' }] },
  },
];
const DATA = { formatVersion: 1, guichets: GUICHETS, communes: communes() };

let output: CapturedConsole;
beforeEach(() => {
  output = captureConsole();
});
afterEach(() => {
  output.restore();
  fixtureCleanup();
});

/** A finder with the test data, `now` on Tuesday 10:00, rendered. */
async function finder(attrs = '', data: unknown = DATA, lang = 'fr'): Promise<{ el: NcGuichetFinder; h: WidgetHarness<NcGuichetFinder> }> {
  const wrap = fixtureSync<HTMLDivElement>(html`<div lang=${lang}></div>`);
  wrap.innerHTML = `<nc-guichet-finder ${attrs}></nc-guichet-finder>`;
  const el = wrap.firstElementChild as NcGuichetFinder;
  el.now = TUESDAY_10;
  el.data = data;
  const h = new WidgetHarness(el, 'title');
  await h.until('content');
  await el.updateComplete;
  return { el, h };
}
const names = (h: WidgetHarness) => h.parts('counter-name').map((e) => norm(e.textContent));
const statuses = (h: WidgetHarness) => h.parts('status').map((e) => norm(e.textContent));
const input = (h: WidgetHarness, id: string) => h.root.getElementById(id) as HTMLInputElement | HTMLSelectElement;
async function type(el: NcGuichetFinder, h: WidgetHarness, value: string): Promise<void> {
  const q = input(h, 'q') as HTMLInputElement;
  q.value = value;
  q.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}
async function choose(el: NcGuichetFinder, h: WidgetHarness, id: string, value: string | boolean): Promise<void> {
  const c = input(h, id);
  if (typeof value === 'boolean') (c as HTMLInputElement).checked = value;
  else c.value = value;
  c.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await el.updateComplete;
}

describe('<nc-guichet-finder> search and status', () => {
  it('lists every counter with its status on Tuesday 10:00, and the demo notice', async () => {
    const { h } = await finder();
    expect(h.text('count')).to.equal('5 guichets trouvés');
    expect(h.text('demo-notice')).to.equal('Données d’exemple — à remplacer par les vôtres');
    const byName = Object.fromEntries(names(h).map((n, i) => [n, statuses(h)[i]]));
    expect(byName['Guichet d’exemple A — Wavre']).to.equal('Ouvert sans rendez-vous — jusqu’à 12:00');
    expect(byName['Guichet d’exemple B — Wavre']).to.equal('Sur rendez-vous uniquement');
    expect(byName['Guichet d’exemple C — Louvain-la-Neuve']).to.equal('Horaires inconnus');
    expect(byName['Guichet d’exemple D — Namur']).to.equal('Ouvre sans rendez-vous demain à 9:00');
    expect(byName['Guichet d’exemple E — Nivelles']).to.equal('Ferme bientôt — sans rendez-vous jusqu’à 10:20');
    expect(output.errors).to.deep.equal([]);
    await expect(h.el).to.be.accessible();
  });

  it('closes-soon-minutes changes « Ferme bientôt »', async () => {
    const { h } = await finder('closes-soon-minutes="10"');
    expect(statuses(h)).to.include('Ouvert sans rendez-vous — jusqu’à 10:20');
  });

  for (const [query, want] of [
    ['Wavre', ['Guichet d’exemple B — Wavre', 'Guichet d’exemple A — Wavre']],
    ['waver', ['Guichet d’exemple B — Wavre', 'Guichet d’exemple A — Wavre']],
    ['1300', ['Guichet d’exemple B — Wavre', 'Guichet d’exemple A — Wavre']],
    ['Louvain la Neuve', ['Guichet d’exemple C — Louvain-la-Neuve']],
    ['ottignies', ['Guichet d’exemple C — Louvain-la-Neuve']],
    ['5000', ['Guichet d’exemple D — Namur']],
    ['namur', ['Guichet d’exemple D — Namur']],
    ['NIJVEL', ['Guichet d’exemple E — Nivelles']],
  ] as const) {
    it(`« ${query} » finds ${want.length} counter(s), nearest the commune's centre first`, async () => {
      const { el, h } = await finder();
      await type(el, h, query);
      expect(names(h)).to.deep.equal(want);
    });
  }

  it('no results: a message, the count « 0 guichet trouvé », accessible', async () => {
    const { el, h } = await finder();
    await type(el, h, 'Arlon');
    expect(h.text('count')).to.equal('0 guichet trouvé');
    expect(h.text('empty')).to.contain('Aucun guichet ne correspond');
    await expect(el).to.be.accessible();
  });
});
