/**
 * Watchers (issue 15 part 5): with default settings, no widget requests another origin, and
 * nothing writes a cookie, localStorage, sessionStorage, IndexedDB or the Cache API, or asks
 * for the position, unless the user asks. A plain page with the built file and every widget
 * in every variant and layout; a watcher script, run before the library, records every
 * write and every request (fetch, XHR, WebSocket, EventSource, beacons, and the resource
 * timing of images, scripts and style sheets). The user then uses each widget; only when
 * they tick the self-check's « Garder mes réponses sur cet appareil » is anything stored.
 */
import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { CDN, page, part, parts, ready, textOf, type Page } from './hardening.js';
import { resources } from './helpers.js';

interface Watched {
  cookies: string[];
  storage: string[];
  requests: string[];
  geolocation: number;
}

/** Inline, before the library: wraps every way to store or to send something. */
const WATCHER = `<script>
(() => {
  const w = (window.__ncWatch = { cookies: [], storage: [], requests: [], geolocation: 0 });
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  Object.defineProperty(Document.prototype, 'cookie', { configurable: true, get() { return cookie.get.call(this); }, set(v) { w.cookies.push(String(v)); cookie.set.call(this, v); } });
  for (const m of ['setItem', 'removeItem', 'clear']) {
    const f = Storage.prototype[m];
    Storage.prototype[m] = function (...a) { w.storage.push((this === localStorage ? 'localStorage.' : 'sessionStorage.') + m + '(' + a.join(', ').slice(0, 60) + ')'); return f.apply(this, a); };
  }
  const idb = indexedDB.open.bind(indexedDB);
  indexedDB.open = (...a) => { w.storage.push('indexedDB.open(' + a[0] + ')'); return idb(...a); };
  if (window.caches) { const c = caches.open.bind(caches); caches.open = (n) => { w.storage.push('caches.open(' + n + ')'); return c(n); }; }
  const url = (u) => new URL(String(u && u.url ? u.url : u), location.href).href;
  const f = window.fetch;
  window.fetch = function (input, init) { w.requests.push('fetch ' + url(input)); return f.call(this, input, init); };
  const open = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (m, u, ...r) { w.requests.push('xhr ' + url(u)); return open.call(this, m, u, ...r); };
  for (const name of ['WebSocket', 'EventSource']) {
    const C = window[name];
    window[name] = function (u, ...r) { w.requests.push(name + ' ' + url(u)); return new C(u, ...r); };
  }
  const beacon = navigator.sendBeacon.bind(navigator);
  navigator.sendBeacon = (u, d) => { w.requests.push('beacon ' + url(u)); return beacon(u, d); };
  const geo = navigator.geolocation;
  for (const m of ['getCurrentPosition', 'watchPosition']) { const g = geo[m].bind(geo); geo[m] = (...a) => { w.geolocation++; return g(...a); }; }
})();
</script>`;

const WIDGETS = `
<nc-recommendation-card recommendation="acces-physique"></nc-recommendation-card>
<nc-recommendation-card recommendation="formation" variant="compact" easy-read></nc-recommendation-card>
<nc-self-check></nc-self-check>
<nc-self-check audience="institution" themes="acces-et-lien-social"></nc-self-check>
<nc-guichet-finder></nc-guichet-finder>
<nc-guichet-finder walk-in-only commune="Wavre" lang="nl"></nc-guichet-finder>
<nc-partner-list></nc-partner-list>
<nc-partner-list layout="list" lang="de"></nc-partner-list>
<nc-partner-list layout="inline" sort="name" lang="en"></nc-partner-list>`;

const watched = (p: Page) => (p.win as unknown as { __ncWatch: Watched }).__ncWatch;
const otherOrigins = (p: Page) => [
  ...resources(p.win).filter((n) => new URL(n).origin !== location.origin),
  ...watched(p).requests.filter((r) => new URL(r.split(' ')[1]).origin !== location.origin),
];

function expectNothingStoredOrSent(p: Page, when: string): void {
  expect(otherOrigins(p), `${when}: requests to another origin`).to.deep.equal([]);
  expect(watched(p).cookies, `${when}: cookies written`).to.deep.equal([]);
  expect(watched(p).storage, `${when}: storage written`).to.deep.equal([]);
  expect(watched(p).geolocation, `${when}: position asked`).to.equal(0);
  expect(p.doc.cookie, `${when}: cookies`).to.equal('');
  expect(p.win.localStorage.length + p.win.sessionStorage.length, `${when}: stored items`).to.equal(0);
}

describe('watchers: default settings', () => {
  it('every widget in every variant, used: nothing from another origin, nothing stored, no position asked; « Garder » then stores, and only that', async function () {
    this.timeout(30000);
    const p = await page(`${WATCHER}${WIDGETS}<script type="module" src="${CDN}"></script>`, 'fr');
    const [full, compact, checkNoAudience, check, finder, finderNl, grid, list, inline] = await ready(p.doc);
    await waitUntil(() => parts(inline, 'name').length === 7 && parts(list, 'name').length === 7, 'the lists');
    await aTimeout(100);
    expect(watched(p).requests.length + resources(p.win).length, 'the watcher sees the requests').to.be.greaterThan(0);
    expectNothingStoredOrSent(p, 'after the first render');

    // Use each widget as a visitor would, without asking to keep anything.
    part(compact, 'toggle')!.click();
    expect(textOf(part(full, 'title'))).to.not.equal('');
    checkNoAudience.shadowRoot!.querySelector<HTMLInputElement>('[part~="audience"] input')?.click();
    part(check, 'start-button')!.click();
    for (let i = 0; i < 3; i++) {
      await waitUntil(() => part(check, 'question'), 'a question');
      check.shadowRoot!.querySelector<HTMLInputElement>('[part~="question"] input[value="en-partie"]')!.click();
      part(check, 'next-button')!.click();
      await aTimeout(20);
    }
    part(finder, 'toggle')!.click();
    await waitUntil(() => textOf(finder.shadowRoot!.querySelector('[part~="details"]:not([hidden])')) !== '', 'the details');
    part(finderNl, 'toggle')?.click();
    (grid as HTMLElement & { types: string }).types = 'commune';
    await aTimeout(200);
    expectNothingStoredOrSent(p, 'after using every widget');

    // The user asks (on the intro, once a profile is chosen): « Garder mes réponses sur cet appareil ».
    await waitUntil(() => checkNoAudience.shadowRoot!.querySelector('[part~="keep"] input'), 'the « Garder » choice');
    const keep = checkNoAudience.shadowRoot!.querySelector<HTMLInputElement>('[part~="keep"] input');
    expect(keep, 'the « Garder » choice').to.not.equal(null);
    keep!.click();
    await waitUntil(() => watched(p).storage.length > 0, 'stored once asked');
    expect(watched(p).storage.every((s) => s.startsWith('localStorage.')), watched(p).storage.join(' | ')).to.equal(true);
    expect(p.win.localStorage.length).to.equal(1);
    expect(watched(p).cookies).to.deep.equal([]);
    expect(otherOrigins(p)).to.deep.equal([]);
    expect(p.log.thrown).to.deep.equal([]);
    expect(p.log.errors).to.deep.equal([]);
    part(checkNoAudience, 'forget-button')!.click();
    await waitUntil(() => p.win.localStorage.length === 0, '« Oublier » removes it');
  });
});
