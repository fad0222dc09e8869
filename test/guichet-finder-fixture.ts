/** The finder's test data and helpers, shared by its test files. */
import { fixtureSync, html, waitUntil } from '@open-wc/testing';
import '../src/define/guichet-finder.js';
import type { NcGuichetFinder } from '../src/components/guichet-finder/guichet-finder.js';
import type { Guichet, Weekday } from '../src/data/model.js';
import { norm } from './helpers.js';
import { WidgetHarness } from './harness.js';
import { communes } from '../scripts/guichets-fixture.mjs';

/** Tuesday 8 December 2026, 10:00 in Brussels (UTC+1 in winter). */
export const TUESDAY_10 = new Date('2026-12-08T09:00:00Z');

const weekdays: Weekday[] = ['Mo', 'Tu', 'We', 'Th', 'Fr'];

/** A few example counters (invented; placeholder phone numbers). */
export const GUICHETS: Guichet[] = [
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
    geo: { lat: 50.598, lon: 4.328 },
    walkIn: { slots: [{ days: ['Tu'], opens: '09:30', closes: '10:20' }] },
  },
];
export const DATA = { formatVersion: 1, guichets: GUICHETS, communes: communes() };

/** A finder with the test data, `now` on Tuesday 10:00, rendered. */
export async function finder(attrs = '', data: unknown = DATA, lang = 'fr'): Promise<{ el: NcGuichetFinder; h: WidgetHarness<NcGuichetFinder> }> {
  const wrap = fixtureSync<HTMLDivElement>(html`<div lang=${lang}></div>`);
  wrap.innerHTML = `<nc-guichet-finder ${attrs}></nc-guichet-finder>`;
  const el = wrap.firstElementChild as NcGuichetFinder;
  el.now = TUESDAY_10;
  el.data = data;
  const h = new WidgetHarness(el, 'title');
  await waitUntil(() => h.part('title'), 'the finder rendered');
  await el.updateComplete;
  return { el, h };
}
export const names = (h: WidgetHarness) => h.parts('counter-name').map((e) => norm(e.textContent));
export const statuses = (h: WidgetHarness) => h.parts('status').map((e) => norm(e.textContent));
export const input = (h: WidgetHarness, id: string) => h.root.getElementById(id) as HTMLInputElement | HTMLSelectElement;
/** Types `value` into the search box at once (one `input` event), as a paste or a chosen suggestion (`insertReplacementText`) would. */
export async function type(el: NcGuichetFinder, h: WidgetHarness, value: string, inputType = 'insertText'): Promise<void> {
  const q = input(h, 'q') as HTMLInputElement;
  q.value = value;
  q.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType }));
  await el.updateComplete;
}
/**
 * Types `value` key by key, quickly: one `input` event per character, all in one task (so no
 * pause between them, however slow the machine), then waits for the render.
 */
export async function typeKeys(el: NcGuichetFinder, h: WidgetHarness, value: string): Promise<void> {
  const q = input(h, 'q') as HTMLInputElement;
  for (let i = 1; i <= value.length; i++) {
    q.value = value.slice(0, i);
    q.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
  }
  await el.updateComplete;
}
/** Sets a control as a person does: `input` then `change`, as Chromium fires them for a select, a check box or a date. */
export async function choose(el: NcGuichetFinder, h: WidgetHarness, id: string, value: string | boolean): Promise<void> {
  const c = input(h, id);
  if (typeof value === 'boolean') (c as HTMLInputElement).checked = value;
  else c.value = value;
  c.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  c.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** The built-in demo counters, `now` on Tuesday 10:00. */
export async function builtIn(attrs = '', lang = 'fr') {
  const wrap = fixtureSync<HTMLDivElement>(html`<div lang=${lang}><button>before</button></div>`);
  wrap.insertAdjacentHTML('beforeend', `<nc-guichet-finder ${attrs}></nc-guichet-finder>`);
  const el = wrap.querySelector('nc-guichet-finder') as NcGuichetFinder;
  el.now = TUESDAY_10;
  const h = new WidgetHarness(el, 'title');
  await h.until('content');
  await el.updateComplete;
  return { el, h, before: wrap.querySelector('button')! };
}

