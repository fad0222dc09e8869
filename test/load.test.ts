/**
 * Loading data (src/data/load.ts): the built-in data per locale, a site's file (`src`), a `data`
 * property, the errors, the caches, and mergeLocale.
 *
 * Module caches are per page and this file is one page: the first test checks what a French
 * load requests before anything else is loaded. This file must not import the overlays
 * (nl/de/en.json), src/data/validate.ts or test/helpers.ts (which imports the overlays).
 */
import { expect } from '@open-wc/testing';
import { loadBuiltIn, loadPack, loadData as load, mergeLocale, DataLoadError, type DataRequest } from '../src/data/load.js';
import { loadFromUrl, loadFromObject, forget } from '../src/data/site.js';
import { PACKS, cardPack, partnersPack, questionsPack } from '../src/data/packs.js';
import { safeUrl } from '../src/shared/url.js';
import type { Locale } from '../src/data/model.js';

const PREFIX = '[numerique-choisi]';
const fixture = (name: string) => new URL(`/test/fixtures/${name}`, location.href).href;
/** Every built-in pack unless the test names some. */
const loadData = (request: Omit<DataRequest, 'packs'> & { packs?: DataRequest['packs'] }) => load({ packs: PACKS, ...request });
const BUILT_IN_THEMES =
  'acces-et-lien-social, formation-et-outils, sante-des-travailleurs, donnees-et-controle, temps-et-couts, politique-numerique';

// ---------------------------------------------------------------- hand-made stubs

let errors: string[] = [];
const realError = console.error;
const realFetch = window.fetch;
let fetched: string[] = [];

/** Collects console.error calls (each as its arguments joined by spaces) instead of printing them. */
function stubConsoleError() {
  errors = [];
  console.error = (...args: unknown[]) => {
    errors.push(args.map((a) => (a instanceof Error ? a.message : String(a))).join(' '));
  };
}

/** Counts fetches; `respond` answers them (default: the real fetch). */
function stubFetch(respond: (url: string) => Promise<Response> = (url) => realFetch(url)) {
  fetched = [];
  window.fetch = ((input: RequestInfo | URL) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    fetched.push(url);
    return respond(url);
  }) as typeof window.fetch;
}

afterEach(() => {
  console.error = realError;
  window.fetch = realFetch;
});

/** The rejection of `p` (fails if it resolves). */
async function rejection(p: Promise<unknown>): Promise<DataLoadError> {
  try {
    await p;
  } catch (e) {
    // Let the loader's own `.catch` (the console error) run first.
    await Promise.resolve();
    expect(e).to.be.instanceOf(DataLoadError);
    return e as DataLoadError;
  }
  throw new Error('expected the load to fail');
}

const resourceNames = () => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);

/** Every key of every object in a value. */
function keysDeep(value: unknown): Set<string> {
  const out = new Set<string>();
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        out.add(k);
        walk(x);
      }
    }
  };
  walk(value);
  return out;
}

// ---------------------------------------------------------------- built-in data

describe('loadBuiltIn', () => {
  // First test of the file: nothing has loaded any data yet.
  it('a French card requests nothing: its French data is a static import of its code', async () => {
    // Unbundled here, so the static import shows as a request; built, it is inside the card's chunk.
    const statics = ['/src/generated/data/card.fr.json'];
    expect(resourceNames().filter((n) => n.includes('/generated/data/')), 'nothing loaded before').to.deep.equal(statics);
    const data = await loadBuiltIn('fr', [cardPack]);
    expect(data.recommendations.length).to.be.greaterThan(0);
    expect(resourceNames().filter((n) => n.includes('/generated/data/')), 'data files fetched for a French card').to.deep.equal(statics);
    expect(data.partners, 'no partners in a card\'s data').to.deep.equal([]);
    expect(data.questions).to.deep.equal([]);
    expect(data.guichets).to.deep.equal([]);
  });

  it('a French partner list requests partners.fr.json only: no card text, questions or counters, no validation', async () => {
    const data = await loadBuiltIn('fr', [partnersPack]);
    const names = resourceNames().filter((n) => n.includes('/generated/data/') && !n.endsWith('/card.fr.json'));
    expect(names.map((n) => n.split('/').pop())).to.deep.equal(['partners.fr.json']);
    expect(data.partners.map((p) => p.id)).to.include('clps-bw');
    expect(data.recommendations).to.deep.equal([]);
    expect(resourceNames().filter((n) => n.includes('/src/data/validate.'))).to.deep.equal([]);
  });

  it('a Dutch card requests card.nl.json, and only it', async () => {
    await loadBuiltIn('nl', [cardPack]);
    const names = resourceNames().filter((n) => n.includes('/generated/data/'));
    expect(names.filter((n) => n.endsWith('/card.nl.json'))).to.have.length(1);
    expect(names.filter((n) => /\.(de|en)\.json$/.test(n))).to.deep.equal([]);
    expect(names.filter((n) => /(questions|guichets)\./.test(n))).to.deep.equal([]);
    expect(resourceNames().filter((n) => n.includes('/src/data/validate.'))).to.deep.equal([]);
  });

  it('French has French text only: no nl, de or en key anywhere', async () => {
    const data = await loadBuiltIn('fr', PACKS);
    // The communes' names are French and Dutch in every language: both are searched.
    const keys = keysDeep({ ...data, communes: [] });
    expect(keys.has('fr')).to.equal(true);
    expect(data.communes.find((c) => c.id === 'wavre')!.name).to.deep.equal({ fr: 'Wavre', nl: 'Waver' });
    expect(['nl', 'de', 'en'].filter((k) => keys.has(k))).to.deep.equal([]);
    expect(data.recommendations.find((r) => r.id === 'acces-physique')!.title).to.deep.equal({
      fr: 'Garantir un accès physique aux services',
    });
  });

  it('Dutch has the Dutch text beside the French', async () => {
    const data = await loadBuiltIn('nl', PACKS);
    const card = data.recommendations.find((r) => r.id === 'acces-physique')!;
    expect(card.title).to.deep.equal({ fr: 'Garantir un accès physique aux services', nl: 'Fysieke toegang tot diensten garanderen' });
    expect(card.actions.every((a) => typeof a.text.nl === 'string' && a.text.nl !== '')).to.equal(true);
    expect(data.themes.every((t) => t.title.nl && t.description.nl)).to.equal(true);
    expect(data.source!.date).to.deep.equal({ fr: 'février', nl: 'februari' });
    expect(keysDeep(data).has('de')).to.equal(false);
    // Proper names stay French.
    expect(data.partners.find((p) => p.id === 'ville-de-wavre')!.name).to.deep.equal({ fr: 'Ville de Wavre' });
  });

  it('German and English, each with its own text', async () => {
    const [de, en] = await Promise.all([loadBuiltIn('de', [cardPack]), loadBuiltIn('en', [cardPack])]);
    expect(de.source!.date).to.deep.equal({ fr: 'février', de: 'Februar' });
    expect(en.source!.date).to.deep.equal({ fr: 'février', en: 'February' });
    expect(keysDeep(de).has('nl')).to.equal(false);
  });

  it('is cached per pack and locale; merging a locale does not write into the French data', async () => {
    expect(loadPack(cardPack, 'nl')).to.equal(loadPack(cardPack, 'nl'));
    const [fr, nl] = await Promise.all([loadPack(cardPack, 'fr'), loadPack(cardPack, 'nl')]);
    expect(nl).to.not.equal(fr);
    expect(fr.recommendations!.map((r) => r.id)).to.deep.equal(nl.recommendations!.map((r) => r.id));
    expect(keysDeep(fr).has('nl')).to.equal(false);
  });
});

// ---------------------------------------------------------------- a site's file

describe('loadFromUrl: a request that cannot hang', () => {
  it('a fetch that never settles and ignores its signal still fails after the timeout, as a network error', async () => {
    stubConsoleError();
    stubFetch(() => new Promise<Response>(() => {}));
    const url = fixture('jamais.json');
    const error = await rejection(loadFromUrl(url, { timeout: 200 }));
    expect([error.reason, error.timeout, error.message]).to.deep.equal(['network', 200, `${PREFIX} ${url}: no response for 0.2 s (timeout)`]);
    forget(url);
  });

  it('a body that stops half-way fails after the timeout; each chunk re-arms the watchdog', async () => {
    stubConsoleError();
    const encoder = new TextEncoder();
    stubFetch(
      () =>
        Promise.resolve(
          new Response(
            new ReadableStream({
              async start(c) {
                // Three chunks 120 ms apart (each within the 200 ms timeout), then silence.
                for (const part of ['{"formatVersion"', ': 1, ', '"partners": [']) {
                  c.enqueue(encoder.encode(part));
                  await new Promise((r) => setTimeout(r, 120));
                }
              },
            }),
          ),
        ),
    );
    const url = fixture('lent.json');
    const started = performance.now();
    const error = await rejection(loadFromUrl(url, { timeout: 200 }));
    expect(error.reason).to.equal('network');
    expect(performance.now() - started, 'the watchdog was re-armed by each chunk').to.be.above(360);
    forget(url);
  });

  it('a server that trickles a byte before each timeout fails at the overall deadline (3 × timeout), not never', async () => {
    stubConsoleError();
    const encoder = new TextEncoder();
    let stopped = false;
    stubFetch(() =>
      Promise.resolve(
        new Response(
          new ReadableStream({
            async start(c) {
              // One byte every 50 ms (well within the 100 ms timeout), for ever.
              while (!stopped) {
                c.enqueue(encoder.encode(' '));
                await new Promise((r) => setTimeout(r, 50));
              }
            },
          }),
        ),
      ),
    );
    const url = fixture('goutte-a-goutte.json');
    const error = await rejection(loadFromUrl(url, { timeout: 100 }));
    stopped = true;
    expect([error.reason, error.timeout, error.message]).to.deep.equal(['network', 300, `${PREFIX} ${url}: the response did not finish within 0.3 s (deadline)`]);
    forget(url);
  });

  it('an aborted wait rejects with an AbortError and logs nothing', async () => {
    stubConsoleError();
    stubFetch(() => new Promise<Response>(() => {}));
    const url = fixture('abandonne.json');
    const controller = new AbortController();
    const p = loadFromUrl(url, { signal: controller.signal, timeout: 60_000 });
    controller.abort();
    const error = await p.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect((error as DOMException).name).to.equal('AbortError');
    await Promise.resolve();
    expect(errors).to.deep.equal([]);
  });
});

describe('loadFromUrl', () => {
  it('keeps the valid entries of a file with one bad entry, with the exact console error', async () => {
    stubConsoleError();
    const url = fixture('site-one-bad-entry.json');
    const data = await loadFromUrl(url);
    expect(data.recommendations!.map((r) => r.id)).to.deep.equal(['site-guichet', 'site-temps']);
    expect(data.partners!.map((p) => p.id)).to.deep.equal(['mon-cpas']);
    expect(data.themes).to.equal(undefined);
    expect(errors).to.deep.equal([
      `${PREFIX} ${url} — recommendations[1] "site-vide", field "title.fr": expected a non-empty string, received ""`,
    ]);
  });

  it('loadData: the collections a site leaves out fall back to the built-in ones', async () => {
    stubConsoleError();
    const url = fixture('site-one-bad-entry.json');
    const [data, builtIn] = await Promise.all([loadData({ locale: 'nl', src: url }), loadBuiltIn('nl', PACKS)]);
    expect(data.recommendations.map((r) => r.id)).to.deep.equal(['site-guichet', 'site-temps']);
    expect(data.partners.map((p) => p.id)).to.deep.equal(['mon-cpas']);
    expect(data.themes).to.equal(builtIn.themes);
    expect(data.source).to.equal(builtIn.source);
    expect(data.questions).to.equal(builtIn.questions);
    expect(data.guichets).to.equal(builtIn.guichets);
    expect(errors, 'reported once per URL, not again').to.deep.equal([]);
  });

  it('drops a recommendation whose theme does not exist, with the exact console error', async () => {
    stubConsoleError();
    const url = fixture('site-unknown-theme.json');
    const data = await loadData({ locale: 'fr', src: url, packs: [cardPack] });
    expect(data.recommendations.map((r) => r.id)).to.deep.equal(['site-ok']);
    expect(errors).to.deep.equal([
      `${PREFIX} ${url} — recommendations[1] "site-orphelin", field "theme": expected the id of a theme (${BUILT_IN_THEMES}), received "inconnu"`,
    ]);
  });

  it('drops a site question whose basis is not a recommendation or finding the widget has, with the exact console error', async () => {
    stubConsoleError();
    const question = (id: string, theme: string, basis: string) => ({
      id,
      theme,
      basis,
      audiences: ['institution'],
      weight: 2,
      text: { fr: 'Une question\u202f?' },
      easyRead: { fr: 'Une question facile\u202f?' },
      scores: { oui: 1, 'en-partie': 0.5, non: 0 },
    });
    const site = {
      formatVersion: 1,
      questions: [question('q-ok', 'acces-et-lien-social', 'acces-physique'), question('q-sans-base', 'temps-et-couts', 'nulle-part'), question('q-sans-theme', 'inconnu', 'temps')],
    };
    const data = await loadData({ locale: 'fr', data: site, packs: [cardPack, questionsPack] });
    expect(data.questions.map((q) => q.id)).to.deep.equal(['q-ok']);
    expect(errors).to.deep.equal([
      `${PREFIX} data property — questions[2] "q-sans-theme", field "theme": expected the id of a theme (${BUILT_IN_THEMES}), received "inconnu"`,
      `${PREFIX} data property — questions[1] "q-sans-base", field "basis": expected the id of a recommendation or finding (acces-physique, formation, sante-mentale, reflexion-institutionnelle, autonomie, outils-adaptes, donnees, temps, cout-cache), received "nulle-part"`,
    ]);
  });

  it('HTTP 404: DataLoadError "http" with the status, and one console error', async () => {
    stubConsoleError();
    const url = fixture('does-not-exist.json');
    const error = await rejection(loadFromUrl(url));
    expect([error.reason, error.status, error.source, error.name]).to.deep.equal(['http', 404, url, 'DataLoadError']);
    expect(error.message).to.equal(`${PREFIX} ${url}: HTTP 404`);
    expect(errors).to.deep.equal([`${PREFIX} ${url}: HTTP 404`]);
  });

  it('invalid JSON: DataLoadError "json"', async () => {
    stubConsoleError();
    const url = fixture('not-json.json');
    const error = await rejection(loadFromUrl(url));
    expect([error.reason, error.status, error.source]).to.deep.equal(['json', undefined, url]);
    expect(errors, 'where and why, for the webmaster').to.deep.equal([`${PREFIX} ${url}: not valid JSON: line 2, column 1: the file ends too early (a bracket or a quote is not closed)`]);
  });

  it('a trailing comma: the console names the line and column of the comma', async () => {
    stubConsoleError();
    stubFetch(() => Promise.resolve(new Response('{\n  "formatVersion": 1,\n  "partners": [],\n}')));
    const url = 'https://data.example.org/virgule.json';
    expect((await rejection(loadFromUrl(url))).reason).to.equal('json');
    expect(errors).to.deep.equal([`${PREFIX} ${url}: not valid JSON: line 3, column 17: a comma before a closing bracket (remove it)`]);
  });

  it('network failure on the page\'s origin: DataLoadError "network" (the one probe that follows no redirect fails too)', async () => {
    stubConsoleError();
    stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const url = fixture('numerique-choisi.json?down');
    const error = await rejection(loadFromUrl(url));
    expect([error.reason, error.status, error.source]).to.deep.equal(['network', undefined, url]);
    expect(errors).to.deep.equal([`${PREFIX} ${url}: network error`]);
    expect(fetched).to.deep.equal([url, url]);
  });

  it('a redirect loop on the page\'s origin (the probe that follows no redirect gets an answer): "refused", not "network"', async () => {
    stubConsoleError();
    let first = true;
    stubFetch(() => (first ? ((first = false), Promise.reject(new TypeError('Failed to fetch'))) : Promise.resolve(new Response(''))));
    const url = fixture('boucle.json');
    expect((await rejection(loadFromUrl(url))).reason).to.equal('refused');
    expect(errors[0]).to.contain('the browser refused to give the answer to this page');
    forget(url);
  });

  it('another origin that does not allow the page (CORS) is "refused", with the cause in the console', async () => {
    stubConsoleError();
    stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const url = 'https://data.example.org/numerique-choisi.json';
    const error = await rejection(loadFromUrl(url));
    expect([error.reason, error.source]).to.deep.equal(['refused', url]);
    expect(errors).to.deep.equal([`${PREFIX} ${url}: the browser refused to give the answer to this page: another origin that does not allow it (CORS), or too many redirects (TypeError: Failed to fetch)`]);
    expect(fetched, 'no probe to another origin').to.deep.equal([url]);
  });

  it('src="javascript:…" or data:: "refused", nothing requested', async () => {
    stubConsoleError();
    stubFetch();
    for (const url of ['javascript:alert(1)', 'data:application/json,{"formatVersion":1}']) {
      expect((await rejection(loadFromUrl(url))).reason).to.equal('refused');
    }
    expect(fetched).to.deep.equal([]);
    expect(errors[0]).to.equal(`${PREFIX} javascript:alert(1): src "javascript:alert(1)" is not an http(s) URL; nothing was requested`);
  });

  it('a same-origin src redirected to another origin: "refused" with both URLs in the console, even when that origin allows CORS', async () => {
    stubConsoleError();
    const url = new URL(`/nc-redirect/cross.json?id=load-${Date.now()}&cors=1`, location.href).href;
    const error = await rejection(loadFromUrl(url));
    expect(error.reason).to.equal('refused');
    const other = `${location.hostname === 'localhost' ? '127.0.0.1' : 'localhost'}:${location.port}`;
    expect(errors).to.deep.equal([`${PREFIX} ${url}: was redirected to http://${other}/nc-redirect/target.json?${new URL(url).search.slice(1)}, another origin; the data is not used (serve the file from ${location.origin})`]);
  });

  it('a same-origin src redirected to another origin that does not allow CORS: "refused" too (the browser hides where; the console says why)', async () => {
    stubConsoleError();
    const url = new URL(`/nc-redirect/cross.json?id=load-nocors-${Date.now()}`, location.href).href;
    const error = await rejection(loadFromUrl(url));
    expect(error.reason).to.equal('refused');
    expect(errors[0]).to.contain(`${url}: the browser refused to give the answer to this page: another origin that does not allow it (CORS), or too many redirects`);
  });

  it('a same-origin redirect is followed', async () => {
    stubConsoleError();
    expect(await loadFromUrl(new URL(`/nc-redirect/same.json?id=load-${Date.now()}`, location.href).href)).to.deep.equal({ formatVersion: 1 });
    expect(errors).to.deep.equal([]);
  });

  it('formatVersion 2: DataLoadError "format", after the issue that says why', async () => {
    stubConsoleError();
    const url = fixture('format-2.json');
    const error = await rejection(loadFromUrl(url));
    expect([error.reason, error.status, error.source]).to.deep.equal(['format', undefined, url]);
    expect(errors).to.deep.equal([
      `${PREFIX} ${url} — field "formatVersion": expected 1, received number 2`,
      `${PREFIX} ${url}: not a data file of format version 1`,
    ]);
  });

  it('sends the request with same-origin credentials only', async () => {
    const seen: RequestInit[] = [];
    window.fetch = ((_: RequestInfo | URL, init?: RequestInit) => {
      seen.push(init ?? {});
      return Promise.resolve(new Response('{"formatVersion":1}'));
    }) as typeof window.fetch;
    await loadFromUrl('https://data.example.org/credentials.json');
    expect(seen.map((i) => i.credentials)).to.deep.equal(['same-origin']);
  });

  it('the same URL loaded twice: one request, the same promise', async () => {
    stubFetch();
    const url = fixture('site-one-bad-entry.json?twice');
    stubConsoleError();
    const first = loadFromUrl(url);
    const second = loadFromUrl(url);
    expect(second).to.equal(first);
    await first;
    await loadFromUrl(url);
    await loadData({ locale: 'fr', src: url });
    expect(fetched).to.deep.equal([url]);
    expect(errors, 'the bad entry is reported once').to.have.length(1);
  });

  it('forget, then load again: a new request (and the issues are reported again)', async () => {
    stubFetch();
    stubConsoleError();
    const url = fixture('site-one-bad-entry.json?forget');
    await loadFromUrl(url);
    forget(url);
    const again = await loadFromUrl(url);
    expect(fetched).to.deep.equal([url, url]);
    expect(again.recommendations!.map((r) => r.id)).to.deep.equal(['site-guichet', 'site-temps']);
    expect(errors).to.have.length(2);
    expect(errors[1]).to.equal(errors[0]);
  });

  it('a failed URL stays failed until forget; then a retry can succeed', async () => {
    stubConsoleError();
    let fail = true;
    stubFetch(() => (fail ? Promise.resolve(new Response('', { status: 503 })) : Promise.resolve(new Response('{"formatVersion":1}'))));
    const url = 'https://data.example.org/retry.json';
    expect((await rejection(loadFromUrl(url))).status).to.equal(503);
    fail = false;
    expect((await rejection(loadFromUrl(url))).status, 'cached failure').to.equal(503);
    expect(fetched).to.have.length(1);
    forget(url);
    expect(await loadFromUrl(url)).to.deep.equal({ formatVersion: 1 });
    expect(fetched).to.have.length(2);
    expect(errors).to.deep.equal([`${PREFIX} ${url}: HTTP 503`]);
  });
});

// ---------------------------------------------------------------- a data property

describe('loadFromObject', () => {
  const t = (fr: string) => ({ fr });
  const site = () => ({
    formatVersion: 1,
    partners: [
      { id: 'a', name: t('A'), type: 'commune', role: t('partenaire') },
      { id: 'b', name: t('B'), type: 'commune', role: t('partenaire'), url: 'javascript:alert(1)' },
    ],
  });
  const ISSUE = `${PREFIX} data property — partners[1] "b", field "url": expected an absolute http(s) URL, received "javascript:alert(1)"`;

  it('one bad slot in one period makes that period\'s hours unknown; the counter stays', async () => {
    stubConsoleError();
    const slot = (opens: string, closes: string) => ({ days: ['Mo'], opens, closes });
    const guichet = {
      id: 'g',
      name: t('Guichet'),
      example: false,
      type: 'cpas',
      services: [],
      address: { postalCode: '1300', city: t('Wavre') },
      hours: { slots: [slot('09:00', '12:00')] },
      periods: [{ name: t('Été'), from: '2026-07-01', to: '2026-08-31', hours: { slots: [slot('09:00', '08:00')] } }],
    };
    const data = await loadFromObject({ formatVersion: 1, guichets: [guichet] });
    expect(data.guichets!.map((g) => g.id)).to.deep.equal(['g']);
    expect(data.guichets![0].hours, 'the other hours are kept').to.deep.equal(guichet.hours);
    expect(data.guichets![0].periods![0].hours, 'these hours are unknown').to.equal(undefined);
    expect(errors).to.have.length(1);
    expect(errors[0]).to.contain('guichets[0] "g", field "periods[0].hours.slots[0].closes"');
  });

  it('validates only the collections the widget shows: a finder does not check the partners of a shared file; a partner list then does, once, with no second request', async () => {
    stubConsoleError();
    stubFetch(() => Promise.resolve(new Response(JSON.stringify(site()))));
    const url = 'https://data.example.org/partage.json';
    const finder = await loadFromUrl(url, { collections: ['guichets', 'communes'] });
    expect(finder.partners, 'not validated, not given').to.equal(undefined);
    expect(errors).to.deep.equal([]);
    const list = await loadFromUrl(url, { collections: ['partners'] });
    expect(list.partners!.map((p) => p.id)).to.deep.equal(['a']);
    await loadFromUrl(url, { collections: ['partners', 'guichets'] });
    expect(errors).to.deep.equal([ISSUE.replace('data property', url)]);
    expect(fetched).to.deep.equal([url]);
  });

  it('loadData validates the collections of the widget\'s packs only (a card does not check partners)', async () => {
    stubConsoleError();
    stubFetch(() => Promise.resolve(new Response(JSON.stringify(site()))));
    const url = 'https://data.example.org/partage-carte.json';
    const data = await load({ locale: 'fr', packs: [cardPack], src: url });
    expect(data.partners).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
    await load({ locale: 'fr', packs: [partnersPack], src: url });
    expect(errors).to.deep.equal([ISSUE.replace('data property', url)]);
  });

  it('a protocol-relative logo (//other.example/x.png) is absolute, not relative: refused, so no widget requests another origin for it', async () => {
    stubConsoleError();
    const partner = (id: string, logo: string) => ({ id, name: t(id), type: 'commune', role: t('partenaire'), logo });
    const data = await loadFromObject({ formatVersion: 1, partners: [partner('a', 'logos/a.png'), partner('b', '//other.example/x.png'), partner('c', '\\\\other.example/x.png')] });
    expect(data.partners!.map((p) => p.id)).to.deep.equal(['a']);
    expect(errors[0]).to.equal(`${PREFIX} data property — partners[1] "b", field "logo": expected an absolute http(s) URL or a relative URL, received "//other.example/x.png"`);
    expect([safeUrl('//other.example/x.png', location.href), safeUrl('/\\other.example/x.png', location.href), safeUrl('logos/a.png', 'https://commune.be/')]).to.deep.equal([undefined, undefined, 'https://commune.be/logos/a.png']);
  });

  it('validates once per object: the console error is not repeated', async () => {
    stubConsoleError();
    const input = site();
    const first = loadFromObject(input);
    expect(loadFromObject(input)).to.equal(first);
    const data = await first;
    await loadFromObject(input);
    await loadData({ locale: 'fr', data: input });
    expect(data.partners!.map((p) => p.id)).to.deep.equal(['a']);
    expect(errors).to.deep.equal([ISSUE]);
  });

  it('a new object with the same content is validated again', async () => {
    stubConsoleError();
    await loadFromObject(site());
    await loadFromObject(site());
    expect(errors).to.deep.equal([ISSUE, ISSUE]);
  });

  it('not an object: DataLoadError "format" from "data property"', async () => {
    stubConsoleError();
    const error = await rejection(loadFromObject('{"formatVersion":1}'));
    expect([error.reason, error.source]).to.deep.equal(['format', 'data property']);
    expect(errors).to.deep.equal([
      `${PREFIX} data property: expected a JSON object { "formatVersion": 1, … }, received "{"formatVersion":1}"`,
    ]);
  });

  it("references are checked against the site's own themes when it brings them", async () => {
    stubConsoleError();
    const rec = (id: string, theme: string) => ({
      id,
      kind: 'constat',
      theme,
      title: t('Titre'),
      summary: t('Résumé'),
      reported: t('Rapporté'),
      actions: [{ text: t('Agir'), origin: 'suggestion' }],
      easyRead: { title: t('Facile'), summary: t('Simple.') },
    });
    const data = await loadData({
      locale: 'fr',
      data: {
        formatVersion: 1,
        themes: [{ id: 'mon-theme', title: t('Mon thème'), description: t('Le thème du site.') }],
        recommendations: [rec('r1', 'mon-theme'), rec('r2', 'acces-et-lien-social')],
      },
    });
    expect(data.recommendations.map((r) => r.id)).to.deep.equal(['r1']);
    expect(errors).to.deep.equal([
      `${PREFIX} data property — recommendations[1] "r2", field "theme": expected the id of a theme (mon-theme), received "acces-et-lien-social"`,
    ]);
  });

  it('loadData: the data property wins over src (no request)', async () => {
    stubFetch();
    stubConsoleError();
    const data = await loadData({ locale: 'fr', src: 'https://data.example.org/never.json', data: { formatVersion: 1, partners: [] } });
    expect(fetched).to.deep.equal([]);
    expect(data.partners).to.deep.equal([]);
    expect(data.recommendations.length).to.equal(9);
    expect(errors).to.deep.equal([]);
  });

  it('loadData without src or data: the built-in data itself', async () => {
    expect(await loadData({ locale: 'de' })).to.deep.equal(await loadBuiltIn('de', PACKS));
  });
});

// ---------------------------------------------------------------- another format (adapt)

describe('adapt: a site file in another format', () => {
  const t = (fr: string) => ({ fr });
  /** A made-up other format: `{ people: [{ key, label }] }` → themes. */
  const adapt = (raw: unknown) => {
    const people = (raw as { people?: { key: string; label: string }[] }).people;
    if (!people) throw new Error('no "people" list');
    return { formatVersion: 1, themes: people.map((p) => ({ id: p.key, title: t(p.label), description: t(`${p.label}.`) })) };
  };

  it('reads a data property through the adapter, then validates what it gives (bad entries dropped)', async () => {
    stubConsoleError();
    const data = await loadData({ locale: 'fr', data: { people: [{ key: 'a', label: 'A' }, { key: 'B!', label: 'B' }] }, adapt });
    expect(data.themes.map((th) => th.id)).to.deep.equal(['a']);
    expect(errors).to.deep.equal([
      `${PREFIX} data property — themes[1] "B!", field "id": expected an id (lowercase letters, digits, hyphens), received "B!"`,
    ]);
  });

  it('an adapter that cannot read the file: DataLoadError "format", with the reason in the console', async () => {
    stubConsoleError();
    const error = await rejection(loadData({ locale: 'fr', data: { formatVersion: 1 }, adapt }));
    expect([error.reason, error.source]).to.deep.equal(['format', 'data property']);
    expect(errors).to.deep.equal([`${PREFIX} data property: could not be read in its format: no "people" list`]);
  });

  it('the same URL with and without the adapter: two loads, each read its own way; forget clears both', async () => {
    stubConsoleError();
    stubFetch(() => Promise.resolve(new Response(JSON.stringify({ formatVersion: 1, themes: [], people: [{ key: 'p', label: 'P' }] }))));
    const url = 'https://data.example.org/two-formats.json';
    expect((await loadFromUrl(url, { adapt })).themes!.map((th) => th.id)).to.deep.equal(['p']);
    expect(fetched).to.have.length(1);
    await loadFromUrl(url, { adapt });
    expect(fetched, 'the adapted load is cached like any other').to.have.length(1);
    await loadFromUrl(url).catch(() => undefined); // "people" is not a field of our format: reported, the rest kept
    expect(fetched).to.have.length(2);
    forget(url);
    await loadFromUrl(url, { adapt });
    expect(fetched).to.have.length(3);
  });
});

// ---------------------------------------------------------------- mergeLocale

describe('mergeLocale', () => {
  const base = () => ({
    formatVersion: 1,
    source: { title: { fr: 'Titre' }, date: { fr: 'février' } },
    themes: [
      { id: 'a', title: { fr: 'A' } },
      { id: 'b', title: { fr: 'B' } },
    ],
    recommendations: [
      {
        id: 'r',
        kind: 'constat',
        theme: 'a',
        title: { fr: 'R' },
        actions: [{ text: { fr: 'un' }, origin: 'article' }, { text: { fr: 'deux' }, origin: 'suggestion' }],
      },
    ],
    partners: [{ id: 'p', name: { fr: 'P' }, url: 'https://example.org' }],
  });
  type Base = ReturnType<typeof base>;

  const table: [string, unknown, Locale, (b: Base) => void][] = [
    ['no overlay: unchanged', undefined, 'nl', () => {}],
    ['null overlay: unchanged', null, 'nl', () => {}],
    ['empty overlay: unchanged', {}, 'de', () => {}],
    ['a text of the source', { source: { date: 'februari' } }, 'nl', (b) => Object.assign(b.source.date, { nl: 'februari' })],
    [
      'entries keyed by id, whatever the order of the keys',
      { themes: { b: { title: 'B-en' }, a: { title: 'A-en' } } },
      'en',
      (b) => {
        Object.assign(b.themes[0].title, { en: 'A-en' });
        Object.assign(b.themes[1].title, { en: 'B-en' });
      },
    ],
    [
      'an id that is not in the base adds nothing',
      { themes: { z: { title: 'Z' } }, recommendations: { nope: { title: 'X' } } },
      'nl',
      () => {},
    ],
    [
      'arrays without ids (actions) by position; a shorter array leaves the rest',
      { recommendations: { r: { actions: [{ text: 'eins' }] } } },
      'de',
      (b) => Object.assign(b.recommendations[0].actions[0].text, { de: 'eins' }),
    ],
    [
      'an array overlay for entries with ids: by position',
      { themes: [{ title: 'A-nl' }] },
      'nl',
      (b) => Object.assign(b.themes[0].title, { nl: 'A-nl' }),
    ],
    [
      'a non-string for a text is ignored',
      { themes: { a: { title: { nl: 'A' } }, b: { title: 42 } } },
      'nl',
      () => {},
    ],
    [
      'fields that are not text (kind, theme, origin, url, id) are never changed',
      {
        recommendations: { r: { kind: 'recommandation', theme: 'b', id: 'x', actions: [{ origin: 'article' }, { origin: 'article' }] } },
        partners: { p: { url: 'javascript:alert(1)' } },
      },
      'en',
      () => {},
    ],
    ['keys that are not in the base (locale) are ignored', { locale: 'nl', extra: { a: 'b' } }, 'nl', () => {}],
  ];

  for (const [name, overlay, locale, change] of table) {
    it(name, () => {
      const input = base();
      const expected = base();
      change(expected);
      expect(mergeLocale(input, overlay, locale)).to.deep.equal(expected);
      expect(input, 'the base is not modified').to.deep.equal(base());
    });
  }

  it('replaces an existing translation of the same locale, keeps the others', () => {
    const merged = mergeLocale({ t: { fr: 'Bonjour', nl: 'Hallo', de: 'Hallo' } }, { t: 'Goedendag' }, 'nl');
    expect(merged).to.deep.equal({ t: { fr: 'Bonjour', nl: 'Goedendag', de: 'Hallo' } });
  });

  it('merges locales one after the other', () => {
    const once = mergeLocale(base(), { source: { date: 'februari' } }, 'nl');
    const twice = mergeLocale(once, { source: { date: 'Februar' } }, 'de');
    expect(twice.source.date).to.deep.equal({ fr: 'février', nl: 'februari', de: 'Februar' });
  });
});
