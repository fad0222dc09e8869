/**
 * What the finder says and keeps while the visitor acts (issue 19): the live region's text
 * after each action, in French and Dutch at least; the list that the clock does not rearrange;
 * one `nc-filter-change` per action; the states around the search (a partly erased date, the
 * position, two finders on one page, the week table's Tab stop, print, 320 px).
 */
import { aTimeout, expect, fixtureCleanup, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import type { NcFilterChangeDetail, NcGuichetFinder } from '../src/components/guichet-finder/guichet-finder.js';
import { LOCALES } from '../src/data/model.js';
import { captureConsole, norm, type CapturedConsole } from './helpers.js';
import type { WidgetHarness } from './harness.js';
import { choose, DATA, finder, GUICHETS, input, names, statuses, type, typeKeys } from './guichet-finder-fixture.js';

let output: CapturedConsole;
beforeEach(() => {
  output = captureConsole();
});
afterEach(() => {
  output.restore();
  fixtureCleanup();
});

/** Every text the live region held, in order, from now on. */
function listen(h: WidgetHarness): { said: string[]; stop: () => void } {
  const region = h.need('announcement');
  const said: string[] = [];
  const observer = new MutationObserver(() => {
    const t = norm(region.textContent);
    if (t) said.push(t);
  });
  observer.observe(region, { childList: true, characterData: true, subtree: true });
  return { said, stop: () => observer.disconnect() };
}
const said = (h: WidgetHarness) => h.text('announcement');
/** Longer than the pause after which the count of a typed search is announced (700 ms). */
const PAUSE = 900;

const say: Record<'fr' | 'nl', Record<string, string>> = {
  fr: {
    two: '2 guichets trouvés',
    none: 'Aucun guichet trouvé. Essayez une commune voisine ou retirez un filtre.',
    openNow: '3 guichets ouverts. 1 autre aux horaires inconnus, à vérifier par téléphone.',
    atTuesday: 'Le mardi 8 décembre à 10:00 : 3 guichets ouverts. 1 autre aux horaires inconnus, à vérifier par téléphone.',
    atNextTuesday: 'Le mardi 15 décembre à 10:00 : 3 guichets ouverts. 1 autre aux horaires inconnus, à vérifier par téléphone.',
    closed: '1 guichet vient de fermer — mettre à jour',
    afterUpdate: '2 guichets ouverts. 1 autre aux horaires inconnus, à vérifier par téléphone.',
  },
  nl: {
    two: '2 loketten gevonden',
    none: 'Geen loket gevonden. Probeer een naburige gemeente of verwijder een filter.',
    openNow: '3 loketten open. 1 ander loket met onbekende openingsuren, telefonisch na te vragen.',
    atTuesday: 'Op dinsdag 8 december om 10:00: 3 loketten open. 1 ander loket met onbekende openingsuren, telefonisch na te vragen.',
    atNextTuesday: 'Op dinsdag 15 december om 10:00: 3 loketten open. 1 ander loket met onbekende openingsuren, telefonisch na te vragen.',
    closed: '1 loket is net gesloten – bijwerken',
    afterUpdate: '2 loketten open. 1 ander loket met onbekende openingsuren, telefonisch na te vragen.',
  },
};

for (const lang of ['fr', 'nl'] as const) {
  const want = say[lang];
  describe(`<nc-guichet-finder> announcements (${lang})`, () => {
    it('typing: nothing while the keys come, the count once after a pause, never an intermediate count', async () => {
      const { el, h } = await finder('', DATA, lang);
      const log = listen(h);
      await typeKeys(el, h, 'wavre');
      expect(log.said, 'nothing said while typing').to.deep.equal([]);
      expect(names(h), 'the list itself follows at once').to.have.length(2);
      await aTimeout(PAUSE);
      log.stop();
      expect(log.said).to.deep.equal([want.two]);
      expect(said(h)).to.equal(want.two);
    });

    it('a suggestion chosen from the list: the count at once', async () => {
      const { el, h } = await finder('', DATA, lang);
      await typeKeys(el, h, 'wa');
      await type(el, h, 'Wavre', 'insertReplacementText');
      expect(said(h)).to.equal(want.two);
      await aTimeout(PAUSE);
      expect(said(h), 'the pending count of « wa » is not said after').to.equal(want.two);
    });

    it('no result: « Aucun guichet trouvé. Essayez … » in the live region', async () => {
      const { el, h } = await finder('', DATA, lang);
      await typeKeys(el, h, 'Arlon');
      await aTimeout(PAUSE);
      expect(said(h)).to.equal(want.none);
      await expect(el).to.be.accessible();
    });

    it('« open now »: the open ones, then the others apart: « 3 guichets ouverts. 1 autre aux horaires inconnus… »', async () => {
      const { el, h } = await finder('', DATA, lang);
      await choose(el, h, 'open', 'now');
      expect(said(h)).to.equal(want.openNow);
      expect(h.text('count'), 'the count line says the same').to.equal(want.openNow);
    });

    it('a chosen day and time: the moment with the count, said again when only the moment changes', async () => {
      const { el, h } = await finder('', DATA, lang);
      await choose(el, h, 'open', 'at');
      expect(said(h)).to.equal(want.atTuesday);
      const log = listen(h);
      await choose(el, h, 'at', '2026-12-15T10:00');
      log.stop();
      expect(log.said, 'the same count, another moment: said').to.deep.equal([want.atNextTuesday]);
    });

    it('« Ouvert : maintenant » as the clock passes a closing time: the list stays, the focus stays, nothing is said; « mettre à jour » then updates and says it', async () => {
      const { el, h } = await finder('', DATA, lang);
      await choose(el, h, 'open', 'now');
      const before = names(h);
      const nivelles = h.parts('counter').find((li) => li.dataset.id === 'e-nivelles')!;
      const toggle = nivelles.querySelector<HTMLElement>('[part~=toggle]')!;
      toggle.click();
      await el.updateComplete;
      toggle.focus();
      const log = listen(h);
      // Its walk-in hours end at 10:20: the clock at 10:21, with no action of the visitor.
      el.now = new Date('2026-12-08T09:21:00Z');
      await el.updateComplete;
      expect(names(h), 'nothing removed or reordered').to.deep.equal(before);
      expect(h.root.activeElement, 'the focus where it was').to.equal(toggle);
      expect(toggle.getAttribute('aria-expanded'), 'its details still open').to.equal('true');
      expect(norm(nivelles.querySelector('[part~=status]')!.textContent), 'its new status in place').to.not.match(/10:20/);
      expect(h.text('update-button')).to.equal(want.closed);
      log.stop();
      expect(log.said, 'nothing announced without an action').to.deep.equal([]);
      h.click('update-button');
      await el.updateComplete;
      expect(names(h)).to.not.include('Guichet d’exemple E — Nivelles');
      expect(said(h)).to.equal(want.afterUpdate);
      expect(h.part('update-button')).to.equal(null);
      expect(h.root.activeElement?.getAttribute('part'), 'the focus on the first counter').to.equal('counter-name');
      await expect(el).to.be.accessible();
    });
  });
}

describe('<nc-guichet-finder> « open now » counts in every language (plurals)', () => {
  const two: Record<string, string> = {
    fr: '2 guichets ouverts. 2 autres aux horaires inconnus, à vérifier par téléphone.',
    nl: '2 loketten open. 2 andere loketten met onbekende openingsuren, telefonisch na te vragen.',
    de: '2 Schalter geöffnet. 2 weitere Schalter mit unbekannten Öffnungszeiten, bitte telefonisch nachfragen.',
    en: '2 service points open. 2 other service points with unknown hours, please phone to check.',
  };
  const one: Record<string, string> = {
    fr: '1 guichet ouvert. 1 autre aux horaires inconnus, à vérifier par téléphone.',
    nl: '1 loket open. 1 ander loket met onbekende openingsuren, telefonisch na te vragen.',
    de: '1 Schalter geöffnet. 1 weiterer Schalter mit unbekannten Öffnungszeiten, bitte telefonisch nachfragen.',
    en: '1 service point open. 1 other service point with unknown hours, please phone to check.',
  };
  // A second counter with unknown hours, beside C.
  const more = { ...DATA, guichets: [...GUICHETS, { ...GUICHETS[2], id: 'x-lln', name: { fr: 'Guichet d’exemple X' } }] };
  for (const locale of LOCALES) {
    it(`${locale}: « one » and « other »`, async () => {
      // A and B open (Tuesday 10:00), C and X with unknown hours.
      const a = await finder('types="cpas administration-communale epn"', more, locale);
      await choose(a.el, a.h, 'open', 'now');
      expect(said(a.h)).to.equal(two[locale]);
      fixtureCleanup();
      // A open, C unknown.
      const b = await finder('types="cpas epn"', DATA, locale);
      await choose(b.el, b.h, 'open', 'now');
      expect(said(b.h)).to.equal(one[locale]);
    });
  }
});

describe('<nc-guichet-finder> nc-filter-change once per action', () => {
  async function count(el: NcGuichetFinder, act: () => Promise<void>): Promise<NcFilterChangeDetail[]> {
    const seen: NcFilterChangeDetail[] = [];
    const on = (e: CustomEvent<NcFilterChangeDetail>) => seen.push(e.detail);
    el.addEventListener('nc-filter-change', on);
    await act();
    el.removeEventListener('nc-filter-change', on);
    return seen;
  }
  it('a select, a check box, the date, one key typed, leaving the search box: 1, 1, 1, 1, 0', async () => {
    const { el, h } = await finder();
    expect(await count(el, () => choose(el, h, 'service', 'aide-sociale'))).to.have.length(1);
    expect(await count(el, () => choose(el, h, 'step-free', true))).to.have.length(1);
    expect(await count(el, () => choose(el, h, 'open', 'at'))).to.have.length(1);
    expect(await count(el, () => choose(el, h, 'at', '2026-12-09T10:00'))).to.have.length(1);
    expect(await count(el, () => type(el, h, 'w'))).to.have.length(1);
    const left = await count(el, async () => {
      input(h, 'q').dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      await el.updateComplete;
    });
    expect(left, 'leaving the box changes nothing').to.have.length(0);
  });
});

describe('<nc-guichet-finder> a partly erased day and time', () => {
  it('a message instead of the last moment’s counters, said; no nc-filter-change; a whole date brings them back', async () => {
    const { el, h } = await finder();
    await choose(el, h, 'open', 'at');
    expect(names(h).length).to.be.greaterThan(0);
    let events = 0;
    el.addEventListener('nc-filter-change', () => events++);
    await choose(el, h, 'at', '');
    expect(names(h), 'no counter of the old moment').to.deep.equal([]);
    expect(h.part('count')).to.equal(null);
    const message = 'Jour et heure incomplets : indiquez le jour et l’heure pour voir les guichets ouverts à ce moment.';
    expect(h.text('empty')).to.equal(message);
    expect(said(h)).to.equal(message);
    expect(events).to.equal(0);
    await expect(el).to.be.accessible();
    await choose(el, h, 'at', '2026-12-09T10:00');
    expect(names(h)).to.include('Guichet d’exemple D — Namur');
    expect(events).to.equal(1);
  });
});

describe('<nc-guichet-finder> the position replaces a typed search, and says so', () => {
  afterEach(() => delete (navigator as unknown as Record<string, unknown>).geolocation);
  it('granted after « Wavre » was typed: the box emptied, the hint and the announcement say which search went', async () => {
    Object.defineProperty(navigator, 'geolocation', {
      value: { getCurrentPosition: (ok: PositionCallback) => ok({ coords: { latitude: 50.598, longitude: 4.328 } } as GeolocationPosition) },
      configurable: true,
    });
    const { el, h } = await finder();
    await type(el, h, 'Wavre', 'insertReplacementText');
    h.click('locate-button');
    await el.updateComplete;
    const note = 'La recherche « Wavre » a été effacée : guichets triés par distance de votre position.';
    expect((input(h, 'q') as HTMLInputElement).value).to.equal('');
    expect(norm(h.need('filters').textContent)).to.contain(note);
    expect(said(h)).to.equal(`${note} 5 guichets trouvés`);
    expect(names(h)[0]).to.equal('Guichet d’exemple E — Nivelles');
    await type(el, h, 'N', 'insertText');
    expect(norm(h.need('filters').textContent), 'gone with the next search').to.not.contain(note);
  });

  it('unavailable (code 2) and timed out (code 3): the message, the focus in the search box, nothing else said', async () => {
    for (const code of [2, 3]) {
      Object.defineProperty(navigator, 'geolocation', {
        value: { getCurrentPosition: (_: PositionCallback, fail: PositionErrorCallback) => fail({ code, message: '' } as GeolocationPositionError) },
        configurable: true,
      });
      const { el, h } = await finder();
      h.click('locate-button');
      await el.updateComplete;
      await el.updateComplete;
      expect(h.text('geo-message')).to.equal('Votre position n’a pas pu être trouvée. Cherchez plutôt par commune ou code postal.');
      expect(h.root.activeElement?.id).to.equal('q');
      expect(said(h)).to.equal('');
      fixtureCleanup();
    }
  });
});

describe('<nc-guichet-finder> two finders on one page', () => {
  it('`heading` names each finder’s region; without it, the default heading', async () => {
    const wrap = fixtureSync<HTMLDivElement>(html`<div lang="fr"></div>`);
    wrap.innerHTML = '<nc-guichet-finder heading="Guichets à Wavre" commune="Wavre"></nc-guichet-finder><nc-guichet-finder heading="Guichets à Nivelles" commune="Nivelles"></nc-guichet-finder><nc-guichet-finder></nc-guichet-finder>';
    const els = [...wrap.querySelectorAll('nc-guichet-finder')];
    for (const e of els) e.data = DATA;
    await waitUntil(() => els.every((e) => e.shadowRoot?.querySelector('[part~=title]')), 'all rendered');
    const regionNames = els.map((e) => {
      const section = e.shadowRoot!.querySelector('section')!;
      return norm(e.shadowRoot!.getElementById(section.getAttribute('aria-labelledby')!)!.textContent);
    });
    expect(regionNames).to.deep.equal(['Guichets à Wavre', 'Guichets à Nivelles', 'Trouver un guichet près de chez vous']);
    await expect(wrap).to.be.accessible();
  });
});

describe('<nc-guichet-finder> the week table', () => {
  it('takes a Tab stop (a focusable region) only while it scrolls sideways', async () => {
    const { el, h } = await finder('commune="wavre"');
    h.parts('toggle')[1].click();
    await el.updateComplete;
    const week = h.root.querySelector<HTMLElement>('.week')!;
    await waitUntil(() => week.scrollWidth <= week.clientWidth, 'laid out');
    expect(week.hasAttribute('tabindex'), 'it fits: no Tab stop').to.equal(false);
    expect(week.getAttribute('role')).to.equal(null);
    // Narrower: its width changes (a ResizeObserver marks it; a page in the background has no
    // resize steps, so the test renders again, which marks it too).
    el.style.display = 'block';
    el.style.width = '9em';
    el.requestUpdate();
    await el.updateComplete;
    expect(week.scrollWidth).to.be.greaterThan(week.clientWidth);
    expect(week.getAttribute('tabindex'), 'it scrolls: focusable').to.equal('0');
    expect(week.getAttribute('role')).to.equal('region');
    expect(norm(h.root.getElementById(week.getAttribute('aria-labelledby')!)!.textContent)).to.equal('Les 7 prochains jours');
    await expect(el).to.be.accessible();
    el.style.width = '';
    el.requestUpdate();
    await el.updateComplete;
    expect(week.hasAttribute('tabindex'), 'wide again: no Tab stop').to.equal(false);
  });
});

describe('<nc-guichet-finder> at 320 px', () => {
  it('the « Ouvert » select shows its widest option whole, in every language', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      for (const locale of LOCALES) {
        const { el, h } = await finder('', DATA, locale);
        const select = input(h, 'open') as HTMLSelectElement;
        // The width the select has, against the width its widest option needs.
        const has = select.getBoundingClientRect().width;
        select.style.width = 'max-content';
        select.style.maxWidth = 'none';
        const needs = select.getBoundingClientRect().width;
        select.style.width = select.style.maxWidth = '';
        const cut = needs > has + 0.5 ? [...select.options].map((o) => o.text) : [];
        expect(cut, locale).to.deep.equal([]);
        el.remove();
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});

describe('<nc-guichet-finder> print', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));
  const shown = (e: Element | null) => !!e && getComputedStyle(e).display !== 'none';

  it('the list: the counters and their open details, no controls, the week table whole', async () => {
    const { el, h } = await finder('commune="wavre"');
    h.parts('toggle')[1].click();
    await el.updateComplete;
    await emulateMedia({ media: 'print' });
    expect(shown(h.part('filters')), 'no form').to.equal(false);
    expect(h.parts('toggle').some(shown), 'no « Horaires et contact »').to.equal(false);
    expect(shown(h.part('print-button'))).to.equal(false);
    expect(h.parts('counter').every(shown)).to.equal(true);
    expect(shown(h.parts('details')[1])).to.equal(true);
    expect(getComputedStyle(h.root.querySelector('.week')!).overflowX).to.equal('visible');
    expect(shown(h.parts('counter')[0].querySelector('.print-only')), 'each example counter says so on paper').to.equal(true);
  });

  it('one counter (« Imprimer cette fiche »): that counter and its details alone', async () => {
    const { el, h } = await finder('commune="wavre"');
    h.parts('toggle')[1].click();
    await el.updateComplete;
    await emulateMedia({ media: 'print' });
    const realPrint = window.print;
    let during: { counters: string[]; count: boolean; details: boolean } | undefined;
    window.print = () => {
      during = {
        counters: h.parts('counter').filter(shown).map((li) => li.dataset.id!),
        count: shown(h.part('count')),
        details: shown(h.parts('details')[1]),
      };
    };
    try {
      h.need('print-button').click();
    } finally {
      window.print = realPrint;
    }
    expect(during).to.deep.equal({ counters: ['a-wavre'], count: false, details: true });
    expect(h.parts('counter').filter(shown), 'all back after printing').to.have.length(2);
  });
});

describe('<nc-guichet-finder> states stay quiet without an action', () => {
  it('statuses follow the clock; the live region does not', async () => {
    const { el, h } = await finder();
    await choose(el, h, 'type', '');
    const first = said(h);
    const log = listen(h);
    el.now = new Date('2026-12-08T15:00:00Z');
    await el.updateComplete;
    log.stop();
    expect(statuses(h)).to.not.include('Ouvert sans rendez-vous — jusqu’à 12:00');
    expect(log.said).to.deep.equal([]);
    expect(said(h)).to.equal(first);
    expect(output.errors).to.deep.equal([]);
  });
});
