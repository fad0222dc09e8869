import { aTimeout, expect, fixtureCleanup, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/define/guichet-finder.js';
import type { NcGuichetFinder, NcFilterChangeDetail, NcGuichetSelectDetail } from '../src/components/guichet-finder/guichet-finder.js';
import { LOCALES } from '../src/data/model.js';
import { runWidgetSuite } from './suites/widget-suite.js';
import { captureConsole, norm, type CapturedConsole } from './helpers.js';
import { WidgetHarness } from './harness.js';
import { generateGuichets } from '../scripts/guichets-fixture.mjs';
import { builtIn, choose, DATA, finder, GUICHETS, input, names, statuses, TUESDAY_10, type } from './guichet-finder-fixture.js';

let output: CapturedConsole;
beforeEach(() => {
  output = captureConsole();
});
afterEach(() => {
  output.restore();
  fixtureCleanup();
});

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

describe('<nc-guichet-finder> filters', () => {
  it('walk-in only: appointment-only counters leave, counters with unknown walk-in hours stay in their own group', async () => {
    const { el, h } = await finder();
    await choose(el, h, 'walk-in', true);
    expect(names(h)).to.not.include('Guichet d’exemple B — Wavre');
    expect(h.parts('unknown-results').length).to.equal(1);
    expect(h.part('unknown-results')!.textContent).to.contain('Guichet d’exemple C — Louvain-la-Neuve');
    expect(h.text('count'), 'the unknown one apart').to.equal('3 guichets trouvés. 1 autre aux horaires inconnus, à vérifier par téléphone.');
  });

  it('open now + walk-in only: only walk-in hours open now; unknown hours never hidden; event with the count', async () => {
    const { el, h } = await finder();
    const event = oneEvent(el, 'nc-filter-change');
    await choose(el, h, 'open', 'now');
    const detail = ((await event) as CustomEvent<NcFilterChangeDetail>).detail;
    expect(detail, 'A, B and E open, C with unknown hours').to.include({ open: 'now', walkInOnly: false, count: 4 });
    await choose(el, h, 'walk-in', true);
    const main = h.need('results');
    expect([...main.querySelectorAll('[part~=counter-name]')].map((e) => norm(e.textContent)), 'in the data’s order').to.deep.equal([
      'Guichet d’exemple A — Wavre',
      'Guichet d’exemple E — Nivelles',
    ]);
    expect(norm(h.need('unknown-results').textContent)).to.contain('Guichet d’exemple C — Louvain-la-Neuve');
    await expect(el).to.be.accessible();
  });

  it('open at a chosen day and time (Brussels): Wednesday 10:00 finds the counter open on Wednesdays', async () => {
    const { el, h } = await finder('walk-in-only');
    await choose(el, h, 'open', 'at');
    expect((input(h, 'at') as HTMLInputElement).value, 'starts at now').to.equal('2026-12-08T10:00');
    await choose(el, h, 'at', '2026-12-09T10:00');
    expect(norm(h.need('results').textContent)).to.contain('Guichet d’exemple D — Namur');
    expect(statuses(h)[0]).to.equal('Ouvert sans rendez-vous — jusqu’à 12:00');
    expect(names(h)).to.not.include('Guichet d’exemple A — Wavre'.replace('A', 'E'));
  });

  it('service, type and step-free access', async () => {
    const { el, h } = await finder();
    await choose(el, h, 'service', 'aide-numerique');
    expect(names(h)).to.have.members(['Guichet d’exemple A — Wavre', 'Guichet d’exemple C — Louvain-la-Neuve']);
    await choose(el, h, 'type', 'epn');
    expect(names(h)).to.deep.equal(['Guichet d’exemple C — Louvain-la-Neuve']);
    await choose(el, h, 'type', '');
    await choose(el, h, 'step-free', true);
    expect(names(h)).to.deep.equal(['Guichet d’exemple A — Wavre']);
  });

  it('attributes: commune, postal-code, services, types, walk-in-only, open-now', async () => {
    expect(names((await finder('commune="Waver"')).h)).to.have.length(2);
    expect(names((await finder('postal-code="1348"')).h)).to.deep.equal(['Guichet d’exemple C — Louvain-la-Neuve']);
    expect(names((await finder('services="sante documents-administratifs"')).h)).to.have.members([
      'Guichet d’exemple B — Wavre',
      'Guichet d’exemple E — Nivelles',
    ]);
    expect(names((await finder('types="cpas,epn"')).h)).to.have.length(2);
    const { h } = await finder('walk-in-only open-now');
    expect((input(h, 'walk-in') as HTMLInputElement).checked).to.equal(true);
    expect(input(h, 'open').value).to.equal('now');
    expect(names(h)).to.have.length(3);
    expect(output.errors).to.deep.equal([]);
  });

  it('an unknown type in `types` is reported once', async () => {
    await finder('types="mairie"');
    expect(output.errors).to.deep.equal([
      '[numerique-choisi] <nc-guichet-finder>: types: unknown type "mairie". Valid types: cpas, administration-communale, epn, maison-medicale, service-social, bibliotheque, autre.',
    ]);
  });

  it('the count follows the filters; the live region apart says nothing until the visitor acts', async () => {
    const { el, h } = await finder();
    expect(h.need('announcement').getAttribute('role')).to.equal('status');
    expect(h.text('announcement'), 'nothing said at start').to.equal('');
    await choose(el, h, 'type', 'cpas');
    expect(h.text('count')).to.equal('1 guichet trouvé');
    expect(h.text('announcement')).to.equal('1 guichet trouvé');
  });
});

describe('<nc-guichet-finder> a counter', () => {
  it('expands to its week, closures, accessibility and contact links; nc-guichet-select; accessible', async () => {
    const { el, h } = await finder('commune="wavre"');
    const toggle = h.parts('toggle')[1];
    expect(norm(toggle.textContent)).to.equal('Horaires et contact : Guichet d’exemple A — Wavre');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    const event = oneEvent(el, 'nc-guichet-select');
    toggle.click();
    expect(((await event) as CustomEvent<NcGuichetSelectDetail>).detail).to.deep.equal({ id: 'a-wavre', open: true });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const details = h.parts('details')[1];
    expect(details.hidden).to.equal(false);
    const rows = [...details.querySelectorAll('tbody tr')].map((r) => [...r.children].map((c) => norm(c.textContent)));
    expect(rows).to.have.length(7);
    expect(rows[0]).to.deep.equal(['mardi 8 décembre', '9:00–12:00', '8:30–16:00']);
    expect(rows[4]).to.deep.equal(['samedi 12 décembre', 'Fermé', 'Fermé']);
    expect(norm(details.textContent)).to.contain('du 24 décembre 2026 au 31 décembre 2026 : Congé de fin d’année');
    expect(norm(details.textContent)).to.contain('Accès de plain-pied');
    expect(norm(details.textContent)).to.contain('Boucle magnétique');
    expect(norm(details.textContent)).to.contain('Langues parlées : français, néerlandais');
    expect(h.need('phone').getAttribute('href')).to.equal('tel:+3200000001');
    expect(h.need('email').getAttribute('href')).to.equal('mailto:guichet-a@example.org');
    expect(h.need('directions').getAttribute('href')).to.equal('https://www.openstreetmap.org/directions?to=50.716,4.61');
    await expect(el).to.be.accessible();
  });

  it('« Imprimer cette fiche » prints that counter alone', async () => {
    const { h } = await finder('commune="wavre"');
    h.parts('toggle')[1].click();
    await h.el.updateComplete;
    const realPrint = window.print;
    let during: { host: boolean; targets: string[] } | undefined;
    window.print = () => {
      during = {
        host: h.el.classList.contains('nc-print-one'),
        targets: h.parts('counter').filter((li) => li.classList.contains('print-target')).map((li) => li.dataset.id!),
      };
    };
    try {
      h.need('print-button').click();
    } finally {
      window.print = realPrint;
    }
    expect(during).to.deep.equal({ host: true, targets: ['a-wavre'] });
    expect(h.el.classList.contains('nc-print-one'), 'cleaned up after printing').to.equal(false);
  });
});

describe('<nc-guichet-finder> heading-level', () => {
  const levels = (h: WidgetHarness) => [h.part('title'), h.parts('counter-name')[0]].map((e) => [e!.getAttribute('role'), e!.getAttribute('aria-level')]);
  it('the finder’s heading at level 2 by default, each counter one below; heading-level moves both, 6 at most', async () => {
    expect(levels((await finder()).h)).to.deep.equal([['heading', '2'], ['heading', '3']]);
    expect(levels((await finder('heading-level="4"')).h)).to.deep.equal([['heading', '4'], ['heading', '5']]);
    expect(levels((await finder('heading-level="6"')).h)).to.deep.equal([['heading', '6'], ['heading', '6']]);
    expect(levels((await finder('heading-level="1"')).h), 'the page keeps its own h1').to.deep.equal([['heading', '2'], ['heading', '3']]);
  });
});

describe('<nc-guichet-finder> keyboard only', () => {
  it('from the search box to a counter open without appointment in Wavre (Tuesday 10:00), then its phone link', async () => {
    const { el, h, before } = await builtIn();
    before.focus();
    const focused = () => h.root.activeElement as HTMLElement | null;
    await sendKeys({ press: 'Tab' });
    expect(focused()?.id, 'Tab reaches the search box').to.equal('q');
    await sendKeys({ type: 'Wavre' });
    await el.updateComplete;
    expect(names(h).every((n) => n.endsWith('Wavre'))).to.equal(true);
    // To « Sans rendez-vous uniquement », tick it with Space.
    for (let i = 0; i < 10 && focused()?.id !== 'walk-in'; i++) await sendKeys({ press: 'Tab' });
    expect(focused()?.id).to.equal('walk-in');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    // The first counter's details button, opened with Enter.
    for (let i = 0; i < 10 && focused()?.getAttribute('part') !== 'toggle'; i++) await sendKeys({ press: 'Tab' });
    const li = focused()!.closest('li')!;
    expect(norm(li.querySelector('[part~=status]')!.textContent)).to.match(/^Ouvert sans rendez-vous — jusqu’à 12:00$/);
    expect(norm(li.querySelector('[part~=counter-name]')!.textContent)).to.match(/Wavre$/);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    for (let i = 0; i < 10 && focused()?.getAttribute('part') !== 'phone'; i++) await sendKeys({ press: 'Tab' });
    expect(focused()?.getAttribute('part')).to.equal('phone');
    expect(focused()!.getAttribute('href')).to.match(/^tel:\+32\d+$/);
    expect(li.contains(focused())).to.equal(true);
    expect(h.text('demo-notice')).to.equal('Données d’exemple — à remplacer par les vôtres');
  });
});

describe('<nc-guichet-finder> « Utiliser ma position »', () => {
  type Geo = Pick<Geolocation, 'getCurrentPosition'>;
  let asked = 0;
  /** Replaces navigator.geolocation (an own property over the prototype's getter). */
  function stubGeolocation(answer: (ok: PositionCallback, fail: PositionErrorCallback) => void): void {
    asked = 0;
    const geo: Geo = {
      getCurrentPosition: (ok, fail) => {
        asked++;
        answer(ok, fail!);
      },
    };
    Object.defineProperty(navigator, 'geolocation', { value: geo, configurable: true });
  }
  afterEach(() => {
    delete (navigator as unknown as Record<string, unknown>).geolocation;
    delete (document as unknown as Record<string, unknown>).featurePolicy;
  });

  it('asks for the position only on click, then sorts by distance from it', async () => {
    stubGeolocation((ok) => ok({ coords: { latitude: 50.598, longitude: 4.328 } } as GeolocationPosition));
    const { el, h } = await finder();
    expect(asked, 'nothing asked before the click').to.equal(0);
    h.click('locate-button');
    await el.updateComplete;
    expect(asked).to.equal(1);
    expect(names(h)[0]).to.equal('Guichet d’exemple E — Nivelles');
    expect(norm(h.root.textContent)).to.contain('Triés par distance de votre position.');
  });

  it('refused: a message, the focus back in the search box (the postal-code way); accessible', async () => {
    stubGeolocation((_, fail) => fail({ code: 1, message: 'denied' } as GeolocationPositionError));
    const { el, h } = await finder();
    h.click('locate-button');
    await el.updateComplete;
    await el.updateComplete;
    expect(h.text('geo-message')).to.equal('Votre position n’a pas été partagée. Cherchez plutôt par commune ou code postal.');
    expect(h.need('geo-message').getAttribute('role')).to.equal('alert');
    expect(h.root.activeElement?.id).to.equal('q');
    expect(names(h)).to.have.length(5);
    await expect(el).to.be.accessible();
  });

  it('an error (no fix): its own message', async () => {
    stubGeolocation((_, fail) => fail({ code: 2, message: 'unavailable' } as GeolocationPositionError));
    const { el, h } = await finder();
    h.click('locate-button');
    await el.updateComplete;
    expect(h.text('geo-message')).to.equal('Votre position n’a pas pu être trouvée. Cherchez plutôt par commune ou code postal.');
  });

  it('forbidden by the embedding frame (feature policy): no button at all', async () => {
    stubGeolocation(() => expect.fail('never asked'));
    Object.defineProperty(document, 'featurePolicy', { value: { allowsFeature: (f: string) => f !== 'geolocation' }, configurable: true });
    const { h } = await finder();
    expect(h.part('locate-button')).to.equal(null);
    expect(h.need('search').id, 'the postal-code way stays').to.equal('q');
  });

  it('not a secure page (http): no button', async () => {
    stubGeolocation(() => expect.fail('never asked'));
    // An own property of the global object: its descriptor is put back as it was.
    const own = Object.getOwnPropertyDescriptor(window, 'isSecureContext');
    Object.defineProperty(window, 'isSecureContext', { value: false, configurable: true });
    try {
      const { h } = await finder();
      expect(h.part('locate-button')).to.equal(null);
    } finally {
      if (own) Object.defineProperty(window, 'isSecureContext', own);
      else delete (window as unknown as Record<string, unknown>).isSecureContext;
    }
    expect(isSecureContext, 'restored').to.equal(true);
  });
});

describe('<nc-guichet-finder> privacy, pages, URL', () => {
  it('makes no request to another origin (search, filters, details, directions link present but not followed)', async () => {
    const seen: string[] = [];
    const observer = new PerformanceObserver((list) => seen.push(...list.getEntries().map((e) => e.name)));
    observer.observe({ type: 'resource', buffered: true });
    const { el, h } = await builtIn();
    await type(el, h, 'Wavre');
    await choose(el, h, 'open', 'now');
    for (const t of h.parts('toggle')) t.click();
    await el.updateComplete;
    expect(h.parts('directions').length).to.be.greaterThan(0);
    await aTimeout(100);
    observer.disconnect();
    const all = seen.concat(performance.getEntriesByType('resource').map((e) => e.name));
    expect(all.filter((u) => new URL(u).origin !== location.origin)).to.deep.equal([]);
  });

  it('10 000 counters: never more than `limit` rows in the page; « Afficher plus » adds a page and moves the focus', async () => {
    const { el, h } = await finder('limit="25"', generateGuichets(10000));
    expect(h.text('count'), 'the number formatted for the locale').to.equal('10 000 guichets trouvés');
    expect(h.parts('counter')).to.have.length(25);
    h.click('more-button');
    await el.updateComplete;
    expect(h.parts('counter')).to.have.length(50);
    expect(h.root.activeElement?.closest('li')?.getAttribute('data-row')).to.equal('25');
    await type(el, h, 'wav');
    expect(h.parts('counter'), 'a new search starts at one page').to.have.length(25);
  });

  it('sync-url: the filters go into the query string, and a new finder reads them', async () => {
    const before = location.href;
    try {
      const { el, h } = await finder('sync-url');
      await type(el, h, 'Wavre');
      await choose(el, h, 'walk-in', true);
      const params = new URLSearchParams(location.search);
      expect(params.get('nc-q')).to.equal('Wavre');
      expect(params.get('nc-walk-in')).to.equal('1');
      fixtureCleanup();
      const again = await finder('sync-url');
      expect((input(again.h, 'q') as HTMLInputElement).value).to.equal('Wavre');
      expect((input(again.h, 'walk-in') as HTMLInputElement).checked).to.equal(true);
    } finally {
      history.replaceState(history.state, '', before);
    }
  });

  it('at 320 px wide, expanded: no horizontal overflow', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const { el, h } = await builtIn('commune="wavre"');
      for (const t of h.parts('toggle')) t.click();
      await el.updateComplete;
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      const over = [...h.root.querySelectorAll<HTMLElement>('*')].filter((e) => e.getBoundingClientRect().right > 320.5).map((e) => e.localName + '.' + e.className);
      expect(over).to.deep.equal([]);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});

describe('<nc-guichet-finder> accessible in every state', () => {
  it('searched, unknown hours group, expanded', async () => {
    const { el, h } = await builtIn();
    await type(el, h, 'wavre');
    await expect(el).to.be.accessible();
    await choose(el, h, 'open', 'now');
    expect(h.parts('unknown-results')).to.have.length(1);
    await expect(el).to.be.accessible();
    h.parts('toggle')[0].click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});

runWidgetSuite({ tag: 'nc-guichet-finder', attrs: { commune: 'Wavre' }, contentPart: 'title' });

describe('<nc-guichet-finder> each locale', () => {
  const want: Record<string, { title: string; count: string; status: string; day: string }> = {
    fr: { title: 'Trouver un guichet près de chez vous', count: '5 guichets trouvés', status: 'Ouvert sans rendez-vous — jusqu’à 12:00', day: 'mardi 8 décembre' },
    nl: { title: 'Een loket in uw buurt vinden', count: '5 loketten gevonden', status: 'Open zonder afspraak – tot 12:00', day: 'dinsdag 8 december' },
    de: { title: 'Einen Schalter in Ihrer Nähe finden', count: '5 Schalter gefunden', status: 'Ohne Termin geöffnet – bis 12:00 Uhr', day: 'Dienstag, 8. Dezember' },
    en: { title: 'Find a service point near you', count: '5 service points found', status: 'Open for walk-ins — until 12:00', day: 'Tuesday, 8 December' },
  };
  for (const locale of LOCALES) {
    it(`${locale}: title, count, status line, times and days through Intl; counter names fall back to French with lang="fr"; accessible`, async () => {
      const { el, h } = await finder('', DATA, locale);
      await waitUntil(() => h.text('title') === want[locale].title, `title in ${locale}: ${h.text('title')}`);
      expect(h.lang()).to.equal(locale);
      expect(h.text('count')).to.equal(want[locale].count);
      const a = h.parts('counter').find((li) => li.dataset.id === 'a-wavre')!;
      expect(norm(a.querySelector('[part~=status]')!.textContent)).to.equal(want[locale].status);
      const b = h.parts('counter').find((li) => li.dataset.id === 'b-wavre')!;
      const name = b.querySelector('[part~=counter-name] [lang]');
      expect(name?.getAttribute('lang') ?? null, 'a French-only name is marked').to.equal(locale === 'fr' ? null : 'fr');
      (a.querySelector('[part~=toggle]') as HTMLElement).click();
      await el.updateComplete;
      expect(norm(a.querySelector('tbody th')!.textContent)).to.equal(want[locale].day);
      await expect(el).to.be.accessible();
    });
  }
});

describe('<nc-guichet-finder> format="contacts-en-wallonie"', () => {
  it('reads a commune’s directory export: its four places (not the position), each bad value reported precisely', async () => {
    const url = new URL(`/test/fixtures/contacts-en-wallonie-example.json?${Date.now()}`, location.href).href;
    const wrap = fixtureSync<HTMLDivElement>(html`<div lang="fr"></div>`);
    wrap.innerHTML = `<nc-guichet-finder format="contacts-en-wallonie" src="${url}"></nc-guichet-finder>`;
    const el = wrap.firstElementChild as NcGuichetFinder;
    el.now = TUESDAY_10;
    const h = new WidgetHarness(el, 'title');
    await h.until('content');
    await el.updateComplete;
    expect(h.parts('counter')).to.have.length(4);
    expect(names(h).join(' | ')).to.not.contain('Directeur');
    expect(h.text('count')).to.equal('4 guichets trouvés');
    expect(output.warnings.length, output.warnings.join('\n')).to.be.greaterThan(2);
    for (const w of output.warnings) expect(w.startsWith(`[numerique-choisi] ${url}: `), w).to.equal(true);
    expect(output.warnings.join('\n')).to.contain('position');
    // No walk-in field in the directory: walk-in hours unknown, the opening hours shown.
    expect(statuses(h).some((s) => s.includes('Sans rendez-vous : à vérifier') || s === 'Horaires inconnus')).to.equal(true);
    expect(output.errors).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('json-ld: the counters as schema.org JSON-LD beside the element, none for example data', async () => {
    const real = { formatVersion: 1, guichets: GUICHETS.map((g) => ({ ...g, example: false })), communes: [] };
    const { el } = await finder('json-ld', real);
    await waitUntil(() => el.nextElementSibling?.localName === 'script', 'the JSON-LD script');
    const script = el.nextElementSibling as HTMLScriptElement;
    expect(script.type).to.equal('application/ld+json');
    expect(JSON.stringify(JSON.parse(script.textContent!))).to.contain('Guichet d’exemple A — Wavre');
    el.remove();
    expect(script.isConnected, 'removed with the element').to.equal(false);
    const demo = await finder('json-ld');
    await aTimeout(100);
    expect(demo.el.nextElementSibling).to.equal(null);
  });
});
