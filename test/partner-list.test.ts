import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/define/partner-list.js';
import type { NcPartnerList } from '../src/define/partner-list.js';
import { initials } from '../src/components/partner-list/partner-list.js';
import { LOCALES, PARTNER_TYPES, type Locale } from '../src/data/model.js';
import { templates as nl } from '../src/generated/locales/nl.js';
import { templates as de } from '../src/generated/locales/de.js';
import { templates as en } from '../src/generated/locales/en.js';
import nlJson from '../src/data/default/nl.json';
import deJson from '../src/data/default/de.json';
import enJson from '../src/data/default/en.json';
import { runWidgetSuite } from './suites/widget-suite.js';
import { $, $$, builtInFr, captureConsole, norm, text, type CapturedConsole, wrapperFixture } from './helpers.js';

const PREFIX = '[numerique-choisi]';
const LIST = `${PREFIX} <nc-partner-list>:`;
const VALID_TYPES = PARTNER_TYPES.join(', ');

runWidgetSuite({ tag: 'nc-partner-list', attrs: {}, contentPart: 'list' });

let output: CapturedConsole;
beforeEach(() => {
  output = captureConsole();
});
afterEach(() => {
  output.restore();
});

function expectQuietConsole(): void {
  expect(output.errors, 'console.error').to.deep.equal([]);
  expect(output.warnings, 'console.warn').to.deep.equal([]);
}

/** The UI string `id` in `locale`, as the user reads it. */
function ui(id: string, locale: Locale, french: string): string {
  const t = { nl, de, en }[locale as Exclude<Locale, 'fr'>] as Record<string, unknown> | undefined;
  const v = t?.[id];
  return norm(typeof v === 'string' ? v : french);
}

/** A partner of a site's own data. */
const partner = (id: string, name: Record<string, string> | string, extra: Record<string, unknown> = {}) => ({
  id,
  name: typeof name === 'string' ? { fr: name } : name,
  type: 'commune',
  role: { fr: 'partenaire' },
  ...extra,
});
const file = (...partners: unknown[]) => ({ formatVersion: 1, partners });

/** The names as shown (headings in grid and list, items inline). */
const names = (el: Element) => $$(el, '[part~="name"]').map(text);
const partners = (el: Element) => $$(el, '[part~="partner"]');

const frNames = builtInFr.partners.map((p) => norm(p.name.fr));
const roleOverlay = { nl: nlJson, de: deJson, en: enJson } as unknown as Record<Exclude<Locale, 'fr'>, { partners: Record<string, { role: string }> }>;

describe('<nc-partner-list> built-in data', () => {
  it('shows the seven partners of the day in the article’s order, with type and role; only Ville de Wavre has a link', async () => {
    const el = await fixture<NcPartnerList>(html`<nc-partner-list></nc-partner-list>`);
    expect(el.layout).to.equal('grid');
    expect(el.sort).to.equal('data');
    const items = partners(el);
    expect(items).to.have.length(7);
    expect(names(el)).to.deep.equal(frNames.map((n, i) => (i === 0 ? `${n} (CLPS-Bw)` : n)));
    expect($$(el, '[part~="name"]').every((h) => h.getAttribute('role') === 'heading' && h.getAttribute('aria-level') === '3')).to.equal(true);
    expect($$(el, '[part~="type"]').map(text)).to.deep.equal([
      'Promotion de la santé',
      'Intégration',
      'Fédération',
      'Centre de santé',
      'Réseau d’aide sociale',
      'Service communal',
      'Commune',
    ]);
    expect($$(el, '[part~="role"]').map(text)).to.deep.equal(['organisateur de la journée', ...Array(6).fill('partenaire de la journée')]);
    // Type and role are two phrases for a screen reader (a hidden comma), not one run.
    expect(text($(el, '[part~="meta"]'))).to.equal('Promotion de la santé, organisateur de la journée');
    const comma = $(el, '[part~="meta"] .visually-hidden');
    expect(getComputedStyle(comma).position, 'the comma is not seen').to.equal('absolute');
    expect(comma.getBoundingClientRect().width).to.be.at.most(1);

    const links = $$(el, '[part~="link"]');
    expect(links).to.have.length(1);
    const [wavre] = links;
    expect(items[6].contains(wavre), 'the link is Ville de Wavre’s').to.equal(true);
    expect(wavre.getAttribute('href')).to.equal('https://www.wavre.be/');
    expect(wavre.getAttribute('rel')).to.contain('noopener');
    expect(text(wavre), 'visible host and spoken « other site »').to.equal('www.wavre.be (autre site)');
    expect(wavre.querySelector('svg')?.getAttribute('aria-hidden'), 'the arrow is visible only').to.equal('true');
    expect(getComputedStyle(wavre.querySelector('.visually-hidden')!).position).to.equal('absolute');

    expect($$(el, 'img'), 'no logo in the built-in data').to.have.length(0);
    const badges = $$(el, '[part~="initials"]');
    expect(badges.map(text)).to.deep.equal(['CLPS', 'CRI', 'FMM', 'MME', 'RSB', 'SCP', 'VW']);
    expect(badges.every((b) => b.getAttribute('aria-hidden') === 'true')).to.equal(true);
    expect($$(el, '[part~="count"]'), 'no count without a filter').to.have.length(0);
    expectQuietConsole();
    await expect(el).to.be.accessible();
  });

  it('the list has a name and takes no Tab stop; heading-level changes the level of every name', async () => {
    const el = await fixture<NcPartnerList>(html`<nc-partner-list heading-level="2"></nc-partner-list>`);
    const list = $(el, '[part~="list"]');
    expect(list.localName).to.equal('ul');
    expect(list.getAttribute('aria-label')).to.equal('Partenaires');
    expect(list.tabIndex).to.equal(-1);
    expect($$(el, '[part~="name"]').map((h) => h.getAttribute('aria-level'))).to.deep.equal(Array(7).fill('2'));
    el.headingLevel = 9;
    await el.updateComplete;
    expect($(el, '[part~="name"]').getAttribute('aria-level'), 'clamped to 6').to.equal('6');
  });
});

describe('<nc-partner-list> in every locale', () => {
  for (const locale of LOCALES) {
    it(`${locale}: its own UI text and roles; the names stay French, marked lang="fr"`, async () => {
      const el = await fixture<NcPartnerList>(html`<nc-partner-list lang=${locale}></nc-partner-list>`);
      await waitUntil(() => $(el, '.partners').getAttribute('lang') === locale, `renders in ${locale}`);
      expect($(el, '[part~="list"]').getAttribute('aria-label')).to.equal(ui('partners.label', locale, 'Partenaires'));
      expect(text($$(el, '[part~="type"]')[6])).to.equal(ui('partners.type.commune', locale, 'Commune'));
      const roles = $$(el, '[part~="role"]').map(text);
      if (locale === 'fr') {
        expect(roles[1]).to.equal('partenaire de la journée');
      } else {
        expect(roles).to.deep.equal(builtInFr.partners.map((p) => roleOverlay[locale].partners[p.id].role));
        expect(roles[1]).to.not.equal('partenaire de la journée');
        const nameSpans = $$(el, '[part~="name"] > span:first-child');
        expect(nameSpans.map((s) => s.getAttribute('lang'))).to.deep.equal(Array(7).fill('fr'));
      }
      const link = $(el, '[part~="link"]');
      expect(text(link)).to.equal(`www.wavre.be ${ui('partners.external', locale, '(autre site)')}`);
      expectQuietConsole();
      await expect(el).to.be.accessible();
    });
  }
});

describe('<nc-partner-list> layouts', () => {
  for (const layout of ['grid', 'list', 'inline'] as const) {
    it(`${layout}: every partner, accessible`, async () => {
      const el = await fixture<NcPartnerList>(html`<nc-partner-list layout=${layout}></nc-partner-list>`);
      expect(partners(el)).to.have.length(7);
      expect($(el, '.partners').classList.contains(`layout-${layout}`)).to.equal(true);
      expectQuietConsole();
      await expect(el).to.be.accessible();
    });
  }

  it('grid puts partners side by side on a wide screen; list one under the other', async () => {
    const wrap = await wrapperFixture<HTMLDivElement>(html`<div style="width: 900px">
      <nc-partner-list layout="grid"></nc-partner-list><nc-partner-list layout="list"></nc-partner-list>
    </div>`);
    const [grid, list] = [...wrap.querySelectorAll('nc-partner-list')];
    const tops = (el: Element) => partners(el).slice(0, 2).map((p) => Math.round(p.getBoundingClientRect().top));
    expect(tops(grid)[0], 'two on one row').to.equal(tops(grid)[1]);
    expect(tops(list)[1]).to.be.greaterThan(tops(list)[0]);
  });

  it('inline: names as list items, no headings or badges; the name with a website is the link', async () => {
    const el = await fixture<NcPartnerList>(html`<nc-partner-list layout="inline"></nc-partner-list>`);
    expect(names(el)).to.deep.equal(frNames);
    expect($$(el, '[role="heading"]')).to.have.length(0);
    expect($$(el, '[part~="initials"], img')).to.have.length(0);
    const links = $$(el, '[part~="link"]');
    expect(links.map(text)).to.deep.equal(['Ville de Wavre (autre site)']);
    expect(links[0].getAttribute('href')).to.equal('https://www.wavre.be/');
  });
});

describe('<nc-partner-list> sort', () => {
  const data = file(
    partner('ete', { fr: 'Été solidaire', nl: 'Zomer' }),
    partner('zero', { fr: 'Zéro déchet', nl: 'Actie' }),
    partner('espace', { fr: 'Espace', nl: 'Ruimte' }),
    partner('ecole', { fr: 'école des devoirs', nl: 'Oefenschool' }),
  );

  it('data (default): the order of the data', async () => {
    const el = await fixture<NcPartnerList>(html`<nc-partner-list .data=${data}></nc-partner-list>`);
    expect(names(el)).to.deep.equal(['Été solidaire', 'Zéro déchet', 'Espace', 'école des devoirs']);
  });

  const byLocale: Record<Locale, string[]> = {
    // Accents sort with their letter (a code-unit sort would put É and é after Z), case does not come first.
    fr: ['école des devoirs', 'Espace', 'Été solidaire', 'Zéro déchet'],
    // The Dutch names, sorted as Dutch.
    nl: ['Actie', 'Oefenschool', 'Ruimte', 'Zomer'],
    // No German or English names: the French ones, sorted by the German and English collators.
    de: ['école des devoirs', 'Espace', 'Été solidaire', 'Zéro déchet'],
    en: ['école des devoirs', 'Espace', 'Été solidaire', 'Zéro déchet'],
  };
  for (const locale of LOCALES) {
    it(`name (${locale}): alphabetical by the name shown, with Intl.Collator("${locale}")`, async () => {
      const el = await fixture<NcPartnerList>(html`<nc-partner-list sort="name" lang=${locale} .data=${data}></nc-partner-list>`);
      await waitUntil(() => $(el, '.partners').getAttribute('lang') === locale);
      expect(names(el)).to.deep.equal(byLocale[locale]);
      const naive = [...byLocale[locale]].sort();
      if (locale !== 'nl') expect(naive, 'the test names differ from a code-unit sort').to.not.deep.equal(byLocale[locale]);
    });
  }

  it('built-in partners sorted by name in French', async () => {
    const el = await fixture<NcPartnerList>(html`<nc-partner-list sort="name" layout="inline"></nc-partner-list>`);
    expect(names(el)).to.deep.equal([...frNames].sort(new Intl.Collator('fr').compare));
  });
});

describe('<nc-partner-list> types filter', () => {
  it('shows only the given types, with the count of partners', async () => {
    const el = await fixture<NcPartnerList>(html`<nc-partner-list types="commune, service-communal"></nc-partner-list>`);
    expect(names(el)).to.deep.equal([frNames[5], frNames[6]]);
    expect(text($(el, '[part~="count"]'))).to.equal('2 partenaires');
    el.types = 'federation';
    await el.updateComplete;
    expect(names(el)).to.deep.equal([frNames[2]]);
    expect(text($(el, '[part~="count"]'))).to.equal('1 partenaire');
    el.types = '';
    await el.updateComplete;
    expect(partners(el)).to.have.length(7);
    expectQuietConsole();
    await expect(el).to.be.accessible();
  });

  it('an unknown type: one console error naming the valid types, once; the known ones still filter', async () => {
    const el = await fixture<NcPartnerList>(html`<nc-partner-list types="commune,communes"></nc-partner-list>`);
    expect(names(el)).to.deep.equal([frNames[6]]);
    el.layout = 'list'; // a re-render does not repeat it
    await el.updateComplete;
    expect(output.errors).to.deep.equal([`${LIST} unknown type "communes" in "types". Valid types: ${VALID_TYPES}.`]);
  });

  it('nothing matches: a clear message in the widget’s language, accessible', async () => {
    const el = await fixture<NcPartnerList>(html`<nc-partner-list types="integration" .data=${file(partner('a', 'A'))}></nc-partner-list>`);
    const empty = $(el, '[part~="empty"]');
    expect(text(empty)).to.equal('Aucun partenaire de ce type.');
    expect($$(el, '[part~="list"]')).to.have.length(0);
    expectQuietConsole();
    await expect(el).to.be.accessible();
    el.lang = 'nl';
    await waitUntil(() => text($(el, '[part~="empty"]')) === ui('partners.emptyFilter', 'nl', ''), 'in Dutch');
  });

  it('only unknown types: the empty message and the console error', async () => {
    const el = await fixture<NcPartnerList>(html`<nc-partner-list types="asbl,cpas"></nc-partner-list>`);
    expect(text($(el, '[part~="empty"]'))).to.equal('Aucun partenaire de ce type.');
    expect(output.errors).to.deep.equal([`${LIST} unknown types "asbl", "cpas" in "types". Valid types: ${VALID_TYPES}.`]);
  });

  it('a site with no partners at all: « Aucun partenaire à afficher. »', async () => {
    const el = await fixture<NcPartnerList>(html`<nc-partner-list .data=${file()}></nc-partner-list>`);
    expect(text($(el, '[part~="empty"]'))).to.equal('Aucun partenaire à afficher.');
  });
});

describe('<nc-partner-list> what is announced', () => {
  const counts: Record<'fr' | 'nl', { two: string; one: string; seven: string; none: string }> = {
    fr: { two: '2 partenaires', one: '1 partenaire', seven: '7 partenaires', none: 'Aucun partenaire de ce type.' },
    nl: { two: '2 partners', one: '1 partner', seven: '7 partners', none: 'Geen partner van dit type.' },
  };
  for (const locale of ['fr', 'nl'] as const) {
    it(`${locale}: a change of types by the host page is said in the live region; the first render and a re-render say nothing`, async () => {
      const el = await fixture<NcPartnerList>(html`<nc-partner-list lang=${locale}></nc-partner-list>`);
      await waitUntil(() => $(el, '.partners').getAttribute('lang') === locale);
      const region = $(el, '[part~="status"]');
      expect(region.getAttribute('role')).to.equal('status');
      expect(getComputedStyle(region).position, 'visually hidden').to.equal('absolute');
      expect(text(region), 'nothing said on the first render').to.equal('');
      const said: string[] = [];
      const heard = new MutationObserver(() => said.push(norm(region.textContent)));
      heard.observe(region, { childList: true, characterData: true, subtree: true });

      el.types = 'commune,service-communal';
      await el.updateComplete;
      expect(text($(el, '[part~="count"]'))).to.equal(counts[locale].two);
      expect(text(region)).to.equal(counts[locale].two);
      expect($(el, '[part~="status"]'), 'the same region').to.equal(region);

      el.layout = 'list'; // not a change of types: nothing new is said
      await el.updateComplete;
      el.types = 'integration';
      await el.updateComplete;
      expect(text(region)).to.equal(counts[locale].one);
      el.types = 'federation'; // the same count again: said again
      await el.updateComplete;
      expect(region.textContent).to.not.equal(`${counts[locale].one}`);
      expect(text(region)).to.equal(counts[locale].one);
      el.types = 'commune,federation,integration,promotion-sante,centre-de-sante,reseau-social,service-communal';
      await el.updateComplete;
      expect(text(region)).to.equal(counts[locale].seven);
      el.types = '';
      await el.updateComplete;
      expect($$(el, '[part~="count"]'), 'no count shown without a filter').to.have.length(0);
      expect(text(region), 'all of them, said').to.equal(counts[locale].seven);
      heard.disconnect();
      expect(said).to.deep.equal([counts[locale].two, counts[locale].one, counts[locale].one, counts[locale].seven, counts[locale].seven]);
      await expect(el).to.be.accessible();
    });

    it(`${locale}: a filter that matches nothing is said in the same region`, async () => {
      const el = await fixture<NcPartnerList>(html`<nc-partner-list lang=${locale} .data=${file(partner('a', 'A'))}></nc-partner-list>`);
      await waitUntil(() => $(el, '.partners').getAttribute('lang') === locale);
      const region = $(el, '[part~="status"]');
      el.types = 'integration';
      await el.updateComplete;
      expect(text($(el, '[part~="empty"]'))).to.equal(counts[locale].none);
      expect($(el, '[part~="status"]'), 'the same region').to.equal(region);
      expect(text(region)).to.equal(counts[locale].none);
      await expect(el).to.be.accessible();
    });
  }

  it('de, en: the count has its plural', async () => {
    for (const [locale, two, one] of [
      ['de', '2 Partner', '1 Partner'],
      ['en', '2 partners', '1 partner'],
    ] as const) {
      const el = await fixture<NcPartnerList>(html`<nc-partner-list lang=${locale} types="commune,service-communal"></nc-partner-list>`);
      await waitUntil(() => $(el, '.partners').getAttribute('lang') === locale);
      expect(text($(el, '[part~="count"]'))).to.equal(two);
      el.types = 'commune';
      await el.updateComplete;
      expect(text($(el, '[part~="count"]'))).to.equal(one);
      expect(text($(el, '[part~="status"]'))).to.equal(one);
    }
  });

  it('label names the list: three lists on a page, three names', async () => {
    const wrap = await wrapperFixture<HTMLDivElement>(html`<div>
      <nc-partner-list label="Partenaires de la journée"></nc-partner-list>
      <nc-partner-list label="Services communaux" types="service-communal,commune"></nc-partner-list>
      <nc-partner-list layout="inline"></nc-partner-list>
    </div>`);
    const lists = [...wrap.querySelectorAll('nc-partner-list')];
    await Promise.all(lists.map((l) => l.updateComplete));
    expect(lists.map((l) => $(l, '[part~="list"]').getAttribute('aria-label'))).to.deep.equal(['Partenaires de la journée', 'Services communaux', 'Partenaires']);
    lists[2].label = 'Avec le soutien de';
    await lists[2].updateComplete;
    expect($(lists[2], '[part~="list"]').getAttribute('aria-label')).to.equal('Avec le soutien de');
    expect(lists[2].getAttribute('label'), 'reflected').to.equal('Avec le soutien de');
    lists[2].label = '  ';
    await lists[2].updateComplete;
    expect($(lists[2], '[part~="list"]').getAttribute('aria-label'), 'a blank label: the default').to.equal('Partenaires');
  });
});

describe('<nc-partner-list> a site’s own data', () => {
  it('logos: lazy, alt="", resolved against the page; partners without one get an initials badge', async () => {
    const data = file(
      partner('logo', 'Maison de l’emploi', { logo: '/test/fixtures/partner-logo.svg', shortName: 'MDE' }),
      partner('sans', 'Centre Public d’Action Sociale', { shortName: 'CPAS-Wavre' }),
      partner('long', 'Plan de cohésion sociale', { shortName: 'Cohésion-Sociale' }),
    );
    const el = await fixture<NcPartnerList>(html`<nc-partner-list .data=${data}></nc-partner-list>`);
    const [img] = $$(el, 'img');
    expect($$(el, 'img')).to.have.length(1);
    expect(img.getAttribute('part')).to.equal('logo');
    expect(img.getAttribute('alt')).to.equal('');
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(img.getAttribute('src')).to.equal(new URL('/test/fixtures/partner-logo.svg', location.href).href);
    expect(partners(el)[0].querySelector('[part~="initials"]'), 'no badge beside a logo').to.equal(null);
    expect(text(partners(el)[0].querySelector('[part~="name"]'))).to.equal('Maison de l’emploi (MDE)');
    expect($$(el, '[part~="initials"]').map(text)).to.deep.equal(['CPAS', 'CS']);
    // Lazy (checked above) loads near the viewport, which a test page in the background never
    // lays out: loaded eagerly here, to check the URL the page resolved serves the logo.
    (img as HTMLImageElement).loading = 'eager';
    await waitUntil(() => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0, 'the logo loads');
    expectQuietConsole();
    await expect(el).to.be.accessible();
  });

  it('an absolute http(s) logo and website are kept; the link is marked, with rel="noopener"', async () => {
    const data = file(partner('a', 'A', { url: 'https://example.org/partenaire', logo: 'https://example.org/logo.png' }));
    const el = await fixture<NcPartnerList>(html`<nc-partner-list layout="list" .data=${data}></nc-partner-list>`);
    expect($(el, 'img').getAttribute('src')).to.equal('https://example.org/logo.png');
    const link = $(el, '[part~="link"]');
    expect(link.getAttribute('href')).to.equal('https://example.org/partenaire');
    expect(link.getAttribute('rel')).to.equal('noopener');
    expect(text(link)).to.equal('example.org (autre site)');
  });

  it('bad entries are dropped with a precise console error each: unsafe url and logo, unknown type, missing role; the rest shows', async () => {
    const data = file(
      partner('bon', 'Bon partenaire'),
      partner('js', 'Lien piégé', { url: 'javascript:alert(1)' }),
      partner('data-logo', 'Logo en data:', { logo: 'data:image/svg+xml,<svg/>' }),
      { ...partner('asbl', 'Une ASBL'), type: 'asbl' },
      { id: 'sans-role', name: { fr: 'Sans rôle' }, type: 'commune' },
      partner('langue', 'Langue inconnue', { languages: ['fr', 'es'] }),
    );
    const el = await fixture<NcPartnerList>(html`<nc-partner-list .data=${data}></nc-partner-list>`);
    expect(names(el)).to.deep.equal(['Bon partenaire']);
    expect($$(el, '[part~="link"], img')).to.have.length(0);
    const at = `${PREFIX} data property — partners`;
    expect(output.errors).to.deep.equal([
      `${at}[1] "js", field "url": expected an absolute http(s) URL, received "javascript:alert(1)"`,
      `${at}[2] "data-logo", field "logo": expected an absolute http(s) URL or a relative URL, received "data:image/svg+xml,<svg/>"`,
      `${at}[3] "asbl", field "type": expected one of ${PARTNER_TYPES.map((t) => `"${t}"`).join(', ')}, received "asbl"`,
      `${at}[4] "sans-role", field "role": expected an object, received nothing`,
      `${at}[5] "langue", field "languages[1]": expected one of "fr", "de", "en", "nl", received "es"`,
    ]);
    await expect(el).to.be.accessible();
  });

  it('show-description shows the descriptions; languages are named in the widget’s language', async () => {
    const data = file(
      partner('a', 'Maison de quartier', { description: { fr: 'Accueil sans rendez-vous.', nl: 'Onthaal zonder afspraak.' }, languages: ['fr', 'nl'] }),
      partner('b', 'Sans description'),
    );
    const el = await fixture<NcPartnerList>(html`<nc-partner-list .data=${data}></nc-partner-list>`);
    expect($$(el, '[part~="description"]'), 'hidden by default').to.have.length(0);
    expect(text($(el, '[part~="languages"]'))).to.equal('Langues : français et néerlandais');
    el.showDescription = true;
    await el.updateComplete;
    expect($$(el, '[part~="description"]').map(text)).to.deep.equal(['Accueil sans rendez-vous.']);
    el.lang = 'nl';
    await waitUntil(() => $(el, '.partners').getAttribute('lang') === 'nl');
    expect($$(el, '[part~="description"]').map(text)).to.deep.equal(['Onthaal zonder afspraak.']);
    expect(text($(el, '[part~="languages"]'))).to.equal('Talen: Frans en Nederlands');
    expectQuietConsole();
    await expect(el).to.be.accessible();
  });
});

describe('<nc-partner-list> keyboard', () => {
  for (const layout of ['grid', 'inline'] as const) {
    it(`${layout}: Tab reaches every website link, in order, and nothing else`, async () => {
      const data = file(
        partner('a', 'Alpha', { url: 'https://alpha.example.org' }),
        partner('b', 'Bêta'),
        partner('c', 'Gamma', { url: 'https://gamma.example.org' }),
        partner('d', 'Delta', { url: 'https://delta.example.org' }),
      );
      const wrap = await wrapperFixture<HTMLDivElement>(html`<div>
        <button type="button">avant</button><nc-partner-list layout=${layout} .data=${data}></nc-partner-list><button type="button">après</button>
      </div>`);
      const el = wrap.querySelector('nc-partner-list')!;
      wrap.querySelector('button')!.focus();
      const reached: string[] = [];
      for (let i = 0; i < 4; i++) {
        await sendKeys({ press: 'Tab' });
        const active = document.activeElement === el ? el.shadowRoot!.activeElement : document.activeElement;
        reached.push(active?.getAttribute('href') ?? active?.textContent ?? '');
      }
      expect(reached).to.deep.equal(['https://alpha.example.org/', 'https://gamma.example.org/', 'https://delta.example.org/', 'après']);
    });
  }
});

describe('<nc-partner-list> narrow screens and print', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
  });

  it('fits 320 px without horizontal scrolling, in every layout and locale', async () => {
    const wrap = await wrapperFixture<HTMLDivElement>(html`<div style="width: 320px">
      ${LOCALES.flatMap((locale) =>
        (['grid', 'list', 'inline'] as const).map((layout) => html`<nc-partner-list layout=${layout} lang=${locale} sort="name"></nc-partner-list>`),
      )}
    </div>`);
    for (const el of wrap.querySelectorAll('nc-partner-list')) {
      const label = `${el.getAttribute('layout')} (${el.lang})`;
      expect(el.getBoundingClientRect().width, label).to.be.at.most(320);
      expect(el.scrollWidth, label).to.be.at.most(el.clientWidth);
      for (const item of partners(el)) expect(item.scrollWidth, `${label}: ${text(item)}`).to.be.at.most(item.clientWidth);
    }
    expect(wrap.scrollWidth).to.be.at.most(320);
  });

  it('website links are targets of at least 24 px high', async () => {
    const el = await fixture<NcPartnerList>(html`<nc-partner-list></nc-partner-list>`);
    expect($(el, '[part~="link"]').getBoundingClientRect().height).to.be.at.least(24);
  });

  it('prints as a plain list: bullets, no boxes, no badges', async () => {
    const el = await fixture<NcPartnerList>(html`<nc-partner-list></nc-partner-list>`);
    await emulateMedia({ media: 'print' });
    const item = partners(el)[0];
    expect(getComputedStyle(item).display).to.equal('list-item');
    expect(getComputedStyle(item).borderTopStyle).to.equal('none');
    expect(getComputedStyle($(el, '[part~="list"]')).listStyleType).to.equal('disc');
    expect(getComputedStyle($(el, '[part~="initials"]')).display).to.equal('none');
  });
});

describe('initials()', () => {
  const table: [string, string | undefined, string][] = [
    ['Centre Local de Promotion de la Santé du Brabant wallon', 'CLPS-Bw', 'CLPS'],
    ['Fédération des Maisons Médicales', undefined, 'FMM'],
    ['Centre Régional d’Intégration du Brabant wallon', undefined, 'CRI'],
    ['Ville de Wavre', undefined, 'VW'],
    ['école des devoirs', undefined, 'É'],
    ['Plan de cohésion sociale', 'Cohésion-Sociale', 'CS'],
    ['Centre Public d’Action Sociale', 'CPAS-Wavre', 'CPAS'],
  ];
  for (const [name, short, want] of table) {
    it(`${name}${short ? ` (${short})` : ''} → ${want}`, () => expect(initials(name, short)).to.equal(want));
  }
});
