/**
 * The configurator (dist/embed/configurator.html, BUILT: run `npm run build` first): accessible,
 * usable by keyboard, and the snippets it gives work — on a bare page, after a Plone-like and a
 * KSES-like filter (test/embed-filters.ts), and as an iframe at a fixed height with no host script.
 */
import { aTimeout, expect, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createFrame, expected, norm, text, wrapperFixture, type TestFrame } from './helpers.js';
import { ksesFilter, ploneFilter } from './embed-filters.js';
import type { Locale } from '../src/data/model.js';
import { initialUi } from '../src/embed/configurator-i18n.js';
import { ui, type UiStringId } from '../src/embed/configurator-strings.js';

const PAGE = '/dist/embed/configurator.html';

before(async () => {
  const response = await fetch(PAGE, { method: 'HEAD' });
  if (!response.ok) throw new Error(`${PAGE}: HTTP ${response.status}. Run \`npm run build\` first (npm test does).`);
});
afterEach(() => fixtureCleanup());

interface Configurator {
  frame: HTMLIFrameElement;
  win: Window & typeof globalThis;
  doc: Document;
  /** Waits for the snippets of the next change. */
  next(): Promise<void>;
  out(id: 'script' | 'css' | 'npm' | 'iframe' | 'plone'): string;
}

async function configurator(query = ''): Promise<Configurator> {
  const container = await wrapperFixture<HTMLDivElement>(html`<div></div>`);
  const frame = document.createElement('iframe');
  frame.title = 'configurator';
  frame.style.width = '1000px';
  frame.style.height = '900px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = PAGE + query;
  container.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  await waitUntil(() => (doc.getElementById('out-script') as HTMLTextAreaElement | null)?.value, 'the first snippets', { timeout: 8000 });
  return {
    frame,
    win: frame.contentWindow as Window & typeof globalThis,
    doc,
    next: () => new Promise((resolve) => doc.addEventListener('nc-configurator-update', () => resolve(), { once: true })),
    out: (id) => (doc.getElementById(`out-${id}`) as HTMLTextAreaElement).value,
  };
}

/** Changes a control as a person would (its value, then `change`), and waits for the snippets. */
async function set(c: Configurator, selector: string, value: string | boolean): Promise<void> {
  const el = c.doc.querySelector<HTMLInputElement | HTMLSelectElement>(selector)!;
  const done = c.next();
  if (typeof value === 'boolean') (el as HTMLInputElement).checked = value;
  else el.value = value;
  el.dispatchEvent(new Event('change', { bubbles: true }));
  await done;
}

async function page(body: string): Promise<TestFrame> {
  const container = await wrapperFixture<HTMLDivElement>(html`<div></div>`);
  return createFrame(body, { container });
}

const WIDGETS = [
  { widget: 'recommendation-card', tag: 'nc-recommendation-card', part: 'title' },
  { widget: 'guichet-finder', tag: 'nc-guichet-finder', part: 'counter' },
  { widget: 'partner-list', tag: 'nc-partner-list', part: 'name' },
  { widget: 'self-check', tag: 'nc-self-check', part: 'start-button' },
];

/** axe-core run inside the configurator's own document (an element of a frame cannot be checked from here). */
async function axeIn(c: Configurator): Promise<(label: string) => Promise<void>> {
  const script = c.doc.createElement('script');
  script.src = '/node_modules/axe-core/axe.min.js';
  const ready = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
  c.doc.head.append(script);
  await ready;
  const axe = (c.win as unknown as { axe: { run(ctx: Element): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
  return async (label) => {
    const { violations } = await axe.run(c.doc.documentElement);
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), label).to.deep.equal([]);
  };
}

describe('the configurator', () => {
  it('is accessible: no axe violation', async () => {
    const c = await configurator();
    const accessible = await axeIn(c);
    for (const widget of ['recommendation-card', 'guichet-finder']) {
      await set(c, `input[name="widget"][value="${widget}"]`, true);
      await aTimeout(300);
      await accessible(widget);
    }
  });

  it('works by keyboard: arrows choose the widget, Tab reaches its settings, the preview and the snippets follow', async () => {
    const c = await configurator();
    c.doc.querySelector<HTMLInputElement>('input[name="widget"]:checked')!.focus();
    let done = c.next();
    await sendKeys({ press: 'ArrowDown' });
    await done;
    expect(c.doc.querySelector<HTMLInputElement>('input[name="widget"]:checked')!.value).to.equal('guichet-finder');
    expect(c.doc.querySelectorAll('#preview nc-guichet-finder').length).to.equal(1);
    expect(c.out('script')).to.contain('<nc-guichet-finder commune="Wavre" walk-in-only lang="fr">');
    // Tab: language, heading level, then the finder's own settings (the card's are hidden).
    await sendKeys({ press: 'Tab' });
    expect(c.doc.activeElement!.id).to.equal('lang');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(c.doc.activeElement!.id).to.equal('commune');
    done = c.next();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' }); // « Sans rendez-vous uniquement » off
    await done;
    expect(c.out('script')).to.contain('<nc-guichet-finder commune="Wavre" lang="fr">');
  });

  it('language and colours: the snippets carry lang, the CSS and the embed URL the colours', async () => {
    const c = await configurator();
    await set(c, '#lang', 'nl');
    await set(c, '#color-primary', '#14613d');
    expect(c.out('script')).to.contain(' lang="nl">');
    expect(c.out('script')).to.contain('<p lang="nl"><strong>Aanbeveling</strong>');
    expect(c.out('css')).to.match(/^nc-recommendation-card \{\n  --nc-color-primary: #14613d;\n\}\n/);
    expect(c.out('css')).to.contain('nc-recommendation-card:not(:defined)');
    expect(c.out('iframe')).to.contain('color-primary=%2314613d');
    expect(c.out('iframe')).to.contain('lang=nl');
    const preview = c.doc.querySelector<HTMLElement>('#preview nc-recommendation-card')!;
    expect(preview.style.getPropertyValue('--nc-color-primary')).to.equal('#14613d');
    expect(preview.getAttribute('lang')).to.equal('nl');
  });

  for (const w of WIDGETS) {
    describe(`<${w.tag}>`, () => {
      let c: Configurator;
      beforeEach(async () => {
        c = await configurator();
        if (w.widget !== 'recommendation-card') await set(c, `input[name="widget"][value="${w.widget}"]`, true);
      });

      it('the script snippet shows the widget on a bare page, after its pre-rendered content; every preloaded file exists', async () => {
        const snippet = c.out('script');
        expect(snippet).to.match(/^<link rel="modulepreload" href="http:\/\/[^"]+\/dist\/cdn\/[\w.-]+\.js">/);
        expect(snippet).to.contain('/dist/cdn/loader.js"></script>');
        // The pre-rendered content alone, as before the script runs:
        const before = await page(snippet.replace(/<script[^>]*><\/script>/, '').replace(/<link[^>]*>/g, ''));
        const fallback = before.doc.querySelector(w.tag)!;
        expect(norm(fallback.textContent).length, 'readable content in the tag').to.be.greaterThan(40);
        expect(fallback.querySelectorAll('a[href]').length, 'a link in the tag').to.be.greaterThan(0);
        // The whole snippet: the widget upgrades.
        const f = await page(snippet);
        await waitUntil(() => f.doc.querySelector(w.tag)?.shadowRoot?.querySelector(`[part~="${w.part}"]`), `${w.tag} did not render`, { timeout: 8000 });
        await aTimeout(100);
        expect(f.log).to.deep.equal({ errors: [], warnings: [], thrown: [] });
        for (const href of [...snippet.matchAll(/modulepreload" href="([^"]+)"/g)].map((m) => m[1])) {
          expect((await fetch(href, { method: 'HEAD' })).status, href).to.equal(200);
        }
      });

      for (const [name, filter] of [
        ['Plone', ploneFilter],
        ['KSES', ksesFilter],
      ] as const) {
        it(`the script snippet through ${name}: no tag, no script, useful content and a working link`, async () => {
          const filtered = filter(c.out('script'));
          const f = await page(filtered);
          expect([...f.doc.body.querySelectorAll(`${w.tag}, script, link`)].map((e) => e.localName)).to.deep.equal([]);
          const body = norm(f.doc.body.textContent);
          expect(body, 'no code shown as text').to.not.match(/import|modulepreload|<\/?nc-/);
          if (w.widget === 'recommendation-card') expect(text(f.doc.querySelector('h3'))).to.equal(expected('acces-physique', 'fr').title);
          if (w.widget === 'guichet-finder') expect(body).to.contain('Guichet d’exemple A — Wavre').and.contain('lundi – vendredi : 09:00–12:00');
          if (w.widget === 'partner-list') expect(f.doc.querySelectorAll('li').length).to.equal(7);
          if (w.widget === 'self-check') expect(body).to.contain('Auto-évaluation');
          // The « read more » link leads to this widget's embed page, which works on its own.
          const links = [...f.doc.querySelectorAll<HTMLAnchorElement>('a[href*="/dist/embed/"]')];
          expect(links.length, 'a link to the embed page').to.be.greaterThan(0);
          const target = await page(`<iframe src="${links[links.length - 1].href}" title="target" width="600" height="600"></iframe>`);
          const frame = target.doc.querySelector('iframe')!;
          await waitUntil(() => frame.contentDocument?.querySelector(w.tag)?.shadowRoot?.querySelector(`[part~="${w.part}"]`), 'the link’s page shows the widget', { timeout: 8000 });
        });
      }

      it('the Plone iframe snippet: kept by Plone, the widget at its fixed height with no host script; KSES keeps the fallback link', async () => {
        const snippet = c.out('plone');
        expect(snippet).to.not.contain('<script');
        const filtered = ploneFilter(snippet);
        const f = await page(filtered);
        const frame = f.doc.querySelector('iframe')!;
        expect(!!frame, 'Plone keeps the iframe').to.equal(true);
        expect(frame.title).to.not.equal('');
        const height = Number(frame.getAttribute('height'));
        expect(height).to.be.within(400, 800);
        expect(frame.getAttribute('src')).to.contain(`widget=${w.widget}`);
        await waitUntil(() => frame.contentDocument?.querySelector(w.tag)?.shadowRoot?.querySelector(`[part~="${w.part}"]`), 'the widget in the iframe', { timeout: 8000 });
        expect(frame.getBoundingClientRect().height).to.equal(height);
        expect(f.doc.querySelector('iframe + p a')!.getAttribute('href')).to.equal(frame.getAttribute('src'));
        const kses = await page(ksesFilter(snippet));
        expect(kses.doc.querySelectorAll('iframe').length).to.equal(0);
        expect(kses.doc.querySelector('a')!.getAttribute('href')).to.equal(frame.getAttribute('src'));
      });
    });
  }
});

// ---------------------------------------------------------------- its interface in four languages

/** What a webmaster reads in each language (docs/writing-guide.md's glossary: loket, Schalter, service point). */
const UI: Record<Locale, { title: string; widgetLang: string; commune: string; finder: string; copy: string; copied: string; cssNone: string }> = {
  fr: { title: 'Configurateur des widgets numerique-choisi', widgetLang: 'Langue du widget', commune: 'Commune', finder: 'Guichets sans rendez-vous', copy: 'Copier : iframe', copied: 'Copié : iframe.', cssNone: '/* Couleurs par défaut : rien à ajouter. */' },
  nl: { title: 'Configurator voor de widgets van numerique-choisi', widgetLang: 'Taal van de widget', commune: 'Gemeente', finder: 'Loketten zonder afspraak', copy: 'Kopiëren: iframe', copied: 'Gekopieerd: iframe.', cssNone: '/* Standaardkleuren: niets toe te voegen. */' },
  de: { title: 'Konfigurator für die Widgets von numerique-choisi', widgetLang: 'Sprache des Widgets', commune: 'Gemeinde', finder: 'Schalter ohne Termin', copy: 'Kopieren: Iframe', copied: 'Kopiert: Iframe.', cssNone: '/* Standardfarben: nichts hinzuzufügen. */' },
  en: { title: 'Configurator for the numerique-choisi widgets', widgetLang: 'Language of the widget', commune: 'Municipality', finder: 'Walk-in service points', copy: 'Copy: iframe', copied: 'Copied: iframe.', cssNone: '/* Default colours: nothing to add. */' },
};
const LOCALES = Object.keys(UI) as Locale[];

/** The text of the label tied to a control (`control.labels`: a label not tied to it is not found). */
const labelOf = (c: Configurator, selector: string) => norm(c.doc.querySelector<HTMLInputElement>(selector)!.labels![0]?.textContent);

async function switchUi(c: Configurator, locale: Locale): Promise<void> {
  const select = c.doc.getElementById('ui') as HTMLSelectElement;
  const done = c.next();
  select.value = locale;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await done;
}

/** Every setting of the form, as it would be submitted. */
const settings = (c: Configurator) => [...new FormData(c.doc.getElementById('form') as HTMLFormElement)].map(([k, v]) => `${k}=${String(v)}`);
const withoutComments = (code: string) => code.replace(/\/\*[^]*?\*\/\n?/g, '').replace(/^\/\/ (?!<|npm).*\n/gm, '');

describe('the configurator’s interface in French, Dutch, German and English', () => {
  it('its language: ?ui= first, else the browser’s first language among the four, else French', () => {
    expect(initialUi('?ui=nl', ['de-BE'])).to.equal('nl');
    expect(initialUi('?ui=es', ['es-ES', 'de-BE', 'fr-BE'])).to.equal('de');
    expect(initialUi('', ['EN-gb'])).to.equal('en');
    expect(initialUi('', ['es', 'it'])).to.equal('fr');
  });

  for (const locale of LOCALES) {
    it(`${locale}: lang, title, labels tied to their controls, the copy confirmation in the live region, no axe violation`, async () => {
      const c = await configurator(`?ui=${locale}`);
      const want = UI[locale];
      expect(c.doc.documentElement.lang).to.equal(locale);
      expect(c.doc.title).to.equal(want.title);
      expect(norm(c.doc.querySelector('h1')!.textContent)).to.equal(want.title);
      expect(labelOf(c, '#lang')).to.equal(want.widgetLang);
      expect(labelOf(c, '#commune')).to.equal(want.commune);
      expect(labelOf(c, 'input[name="widget"][value="guichet-finder"]')).to.equal(want.finder);
      // Every marked text is in this language (the table is complete: TypeScript checks it).
      for (const el of c.doc.querySelectorAll<HTMLElement>('[data-i18n]:not(:has([data-slot]))')) {
        const name = el.dataset.i18nName as UiStringId | undefined;
        expect(norm(el.textContent), el.dataset.i18n).to.equal(norm(ui(locale, el.dataset.i18n as UiStringId, name ? { name: ui(locale, name) } : {})));
      }
      // The widget's own language is a setting apart: still French.
      expect(c.doc.querySelector('#preview nc-recommendation-card')!.getAttribute('lang')).to.equal('fr');
      await set(c, 'input[name="widget"][value="partner-list"]', true);
      expect(norm(c.out('css'))).to.equal(want.cssNone);
      // Copy by keyboard: the button's name, then the confirmation read out by the live region.
      const copied: string[] = [];
      Object.defineProperty(c.win.navigator.clipboard, 'writeText', { configurable: true, value: (t: string) => (copied.push(t), Promise.resolve()) });
      const button = c.doc.querySelector<HTMLButtonElement>('button[data-copy="out-iframe"]')!;
      expect(norm(button.textContent)).to.equal(want.copy);
      button.focus();
      await sendKeys({ press: 'Enter' });
      const status = c.doc.getElementById('copy-status')!;
      await waitUntil(() => norm(status.textContent) !== '', 'the copy status');
      expect(status.getAttribute('role')).to.equal('status');
      expect(norm(status.textContent)).to.equal(want.copied);
      expect(copied).to.deep.equal([c.out('iframe')]);
      await (await axeIn(c))(locale);
    });
  }

  it('switching it keeps every setting and the snippets, only their comments change; the address keeps it', async () => {
    const c = await configurator('?ui=fr');
    const second = c.doc.querySelector<HTMLOptionElement>('#recommendation option:nth-child(2)')!.value;
    await set(c, '#recommendation', second);
    await set(c, '#variant', 'compact');
    await set(c, '#lang', 'nl');
    await set(c, '#heading-level', '3');
    await set(c, '#color-primary', '#14613d');
    await set(c, '#link', 'https://www.example.be/numerique');
    const before = { settings: settings(c), script: c.out('script'), iframe: c.out('iframe'), plone: c.out('plone'), npm: c.out('npm'), css: c.out('css') };
    expect(before.settings).to.include.members([`recommendation=${second}`, 'variant=compact', 'lang=nl', 'heading-level=3']);
    for (const locale of ['de', 'en', 'nl', 'fr'] as const) {
      await switchUi(c, locale);
      expect(c.doc.documentElement.lang).to.equal(locale);
      expect(new URL(c.win.location.href).searchParams.get('ui')).to.equal(locale);
      expect(settings(c), locale).to.deep.equal(before.settings);
      expect(c.out('script'), locale).to.equal(before.script);
      expect(c.out('iframe'), locale).to.equal(before.iframe);
      expect(c.out('plone'), locale).to.equal(before.plone);
      expect(withoutComments(c.out('npm')), locale).to.equal(withoutComments(before.npm));
      expect(withoutComments(c.out('css')), locale).to.equal(withoutComments(before.css));
      if (locale !== 'fr') expect(c.out('css'), `${locale}: the comment is translated`).to.not.equal(before.css);
    }
    expect(c.out('css')).to.equal(before.css);
    // The finder's commune (a choice relabelled from the data) stays chosen too.
    await set(c, 'input[name="widget"][value="guichet-finder"]', true);
    await set(c, '#commune', 'Nivelles');
    const script = c.out('script');
    await switchUi(c, 'de');
    expect(c.doc.querySelector<HTMLSelectElement>('#commune')!.value).to.equal('Nivelles');
    expect(c.out('script')).to.equal(script);
    expect(script).to.contain('commune="Nivelles"');
  });

  it('by keyboard: the language choice is reached by Tab and changed with the arrow keys', async () => {
    const c = await configurator('?ui=fr');
    c.doc.querySelector<HTMLElement>('.skip-link')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(c.doc.activeElement!.id).to.equal('ui');
    expect(labelOf(c, '#ui')).to.equal('Langue de cette page');
    const done = c.next();
    await sendKeys({ press: 'ArrowDown' });
    await done;
    expect(c.doc.documentElement.lang).to.equal('nl');
    expect(labelOf(c, '#ui')).to.equal('Taal van deze pagina');
    expect(c.doc.activeElement!.id, 'the focus stays on the choice').to.equal('ui');
  });
});
