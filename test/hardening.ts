/**
 * Shared by the hardening tests (test/hardening-*.test.ts, issue 15 part 5): pages that load the
 * BUILT files (run `npm run build` first; `npm test` does), what each widget shows once it is
 * ready, and what a page recorded.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { createFrame, norm, wrapperFixture, type FrameLog, type TestFrame } from './helpers.js';

export const CDN = '/dist/cdn/numerique-choisi.js';
export const LOADER = '/dist/cdn/loader.js';
export const TAGS = ['nc-recommendation-card', 'nc-self-check', 'nc-guichet-finder', 'nc-partner-list'] as const;
export type Tag = (typeof TAGS)[number];

/** The part that only a widget's loaded content has, per tag. */
export const CONTENT: Record<Tag, string> = {
  'nc-recommendation-card': 'title',
  'nc-self-check': 'start-button',
  'nc-guichet-finder': 'counter-name',
  'nc-partner-list': 'name',
};

/** A log that also holds Content-Security-Policy violations (test/fixtures/hardening/recorder.js). */
export type PageLog = FrameLog & { violations?: string[] };
export type Page = Omit<TestFrame, 'log'> & { log: PageLog };

before(async () => {
  const response = await fetch(CDN, { method: 'HEAD' });
  if (!response.ok) throw new Error(`${CDN}: HTTP ${response.status}. Run \`npm run build\` first (npm test does).`);
});

/** A plain HTML page (`srcdoc`, same origin) with `body` after a recorder script. */
export async function page(body: string, lang?: string): Promise<Page> {
  const container = await wrapperFixture<HTMLDivElement>(html`<div></div>`);
  return createFrame(body, { lang, container });
}

/** A page served by the test server at `url` (its own response headers apply, e.g. a CSP). */
export async function served(url: string, { width = 900, height = 700 } = {}): Promise<Page> {
  const container = await wrapperFixture<HTMLDivElement>(html`<div></div>`);
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = `${height}px`;
  frame.title = 'test page';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  container.append(frame);
  await loaded;
  const win = frame.contentWindow as Page['win'] & { __ncLog: PageLog };
  return { frame, win, doc: frame.contentDocument!, log: win.__ncLog };
}

/** The element with `part` in a widget's shadow root, or null. */
export const part = (el: Element | null | undefined, name: string): HTMLElement | null =>
  el?.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;
export const parts = (el: Element | null | undefined, name: string): HTMLElement[] => [
  ...(el?.shadowRoot?.querySelectorAll<HTMLElement>(`[part~="${name}"]`) ?? []),
];
export const textOf = (el: Element | null | undefined): string => norm(el?.textContent);

/** Waits until every widget of `doc` (or those matching `selector`) shows its content. */
export async function ready(doc: Document, selector = TAGS.join(','), timeout = 8000): Promise<HTMLElement[]> {
  const els = [...doc.querySelectorAll<HTMLElement>(selector)];
  expect(els.length, `widgets matching ${selector}`).to.be.greaterThan(0);
  await waitUntil(
    () => els.every((el) => textOf(part(el, CONTENT[el.localName as Tag])) !== ''),
    `not shown: ${els
      .filter((el) => textOf(part(el, CONTENT[el.localName as Tag])) === '')
      .map((el) => el.localName)
      .join(', ')}`,
    { timeout },
  );
  return els;
}

/** Nothing thrown, logged as an error or a warning, and no CSP violation. */
export function expectClean(p: Page): void {
  expect({ ...p.log, violations: p.log.violations ?? [] }).to.deep.equal({ errors: [], warnings: [], thrown: [], violations: [] });
}

/** Answers the self-check's question on screen (« Oui ») and goes on; returns the question's text. */
export async function answerOne(el: HTMLElement & { updateComplete?: Promise<unknown> }): Promise<string> {
  await waitUntil(() => part(el, 'question'), 'a question');
  const legend = textOf(el.shadowRoot!.querySelector('[part~="question"] legend'));
  el.shadowRoot!.querySelector<HTMLInputElement>('[part~="question"] input[value="oui"]')!.click();
  part(el, 'next-button')!.click();
  return legend;
}
