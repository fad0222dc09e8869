/**
 * Helpers shared by the component, locale and embedding tests.
 */
import { fixtureSync, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import frJson from '../src/data/default/fr.json';
import nlJson from '../src/data/default/nl.json';
import deJson from '../src/data/default/de.json';
import enJson from '../src/data/default/en.json';
import type { Locale, Recommendation, Source, ThemeData } from '../src/data/model.js';

// ---------------------------------------------------------------- console

/** The console.error / console.warn calls made while capturing, each as one string. */
export interface CapturedConsole {
  errors: string[];
  warnings: string[];
  /** Puts the real console.error and console.warn back. */
  restore(): void;
}

/** One console call as one string: its arguments joined by spaces (an Error gives its message). */
export function formatArgs(args: readonly unknown[]): string {
  return args.map((a) => (a instanceof Error ? a.message : typeof a === 'string' ? a : String(a))).join(' ');
}

/**
 * Collects console.error and console.warn calls (without printing them) until
 * `restore()`. Call `restore()` in `afterEach` (it is safe to call twice).
 */
export function captureConsole(): CapturedConsole {
  const { error, warn } = console;
  const captured: CapturedConsole = {
    errors: [],
    warnings: [],
    restore() {
      console.error = error;
      console.warn = warn;
    },
  };
  console.error = (...args: unknown[]) => void captured.errors.push(formatArgs(args));
  console.warn = (...args: unknown[]) => void captured.warnings.push(formatArgs(args));
  return captured;
}

// ---------------------------------------------------------------- fixtures

/**
 * Like open-wc's `fixture` for a plain wrapper (a `div` around cards), but awaits the
 * `updateComplete` of every Lit element inside instead of a frame: `fixture` waits
 * for `requestAnimationFrame` on a plain element, which may never come in a page
 * that runs in the background (concurrent test files; modernweb-dev/web#2588).
 */
export async function wrapperFixture<T extends HTMLElement = HTMLElement>(template: TemplateResult): Promise<T> {
  const wrap = fixtureSync<T>(template);
  const updates = [...wrap.querySelectorAll('*')]
    .map((e) => (e as Partial<{ updateComplete: Promise<unknown> }>).updateComplete)
    .filter((u): u is Promise<unknown> => !!u);
  await Promise.all(updates);
  return wrap;
}

// ---------------------------------------------------------------- shadow DOM

/** The first element matching `selector` in `el`'s shadow root (throws if none: a clear failure). */
export function $(el: Element, selector: string): HTMLElement {
  const found = el.shadowRoot?.querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`no ${selector} in the shadow root of <${el.localName}>`);
  return found;
}

/** Every element matching `selector` in `el`'s shadow root. */
export function $$(el: Element, selector: string): HTMLElement[] {
  return [...(el.shadowRoot?.querySelectorAll<HTMLElement>(selector) ?? [])];
}

/** A string with white space collapsed (no-break and narrow no-break spaces count as spaces). */
export function norm(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}

/** Text content with white space collapsed. */
export function text(node: Node | null | undefined): string {
  return norm(node?.textContent);
}

/** The card's title text ('' while it has none). */
export function titleOf(card: Element | null): string {
  return text(card?.shadowRoot?.querySelector('[part~="title"]'));
}

// ---------------------------------------------------------------- built-in data, read from the JSON files

type Overlay = {
  source?: Record<string, string>;
  themes?: Record<string, Record<string, string>>;
  recommendations?: Record<string, Record<string, unknown>>;
};

export const builtInFr = frJson as unknown as ThemeData & { formatVersion: 1; source: Source };
const overlays: Record<Exclude<Locale, 'fr'>, Overlay> = {
  nl: nlJson as unknown as Overlay,
  de: deJson as unknown as Overlay,
  en: enJson as unknown as Overlay,
};

/** A built-in recommendation (French source). */
export function entry(id: string): Recommendation {
  const found = builtInFr.recommendations.find((r) => r.id === id);
  if (!found) throw new Error(`no built-in recommendation "${id}"`);
  return found;
}

/** What a card with built-in data shows for `id` in `locale`, read from the JSON files. */
export function expected(id: string, locale: Locale) {
  const r = entry(id);
  const theme = builtInFr.themes.find((t) => t.id === r.theme)!;
  const o = locale === 'fr' ? undefined : overlays[locale];
  const ro = o?.recommendations?.[id] as
    | { title?: string; summary?: string; easyRead?: { title?: string; summary?: string }; quote?: { text?: string } }
    | undefined;
  // As rendered text is compared: white space collapsed (no-break spaces included).
  return {
    title: norm(ro?.title ?? r.title.fr),
    summary: norm(ro?.summary ?? r.summary.fr),
    easyTitle: norm(ro?.easyRead?.title ?? r.easyRead.title.fr),
    easySummary: norm(ro?.easyRead?.summary ?? r.easyRead.summary.fr),
    theme: norm(o?.themes?.[r.theme]?.title ?? theme.title.fr),
    quoteFr: r.quote?.text.fr,
    quoteTranslation: ro?.quote?.text,
    /** The source title, or undefined when this locale has no translation of it. */
    sourceTitle: locale === 'fr' ? builtInFr.source.title.fr : (o?.source?.title as string | undefined),
  };
}

// ---------------------------------------------------------------- iframes

/** What a test page in an iframe recorded: console errors and warnings, uncaught errors. */
export interface FrameLog {
  errors: string[];
  warnings: string[];
  /** Uncaught errors, rejected promises and resources that failed to load. */
  thrown: string[];
}

/** Inline script run first in a test iframe: records console calls and uncaught errors in `window.__ncLog`. */
const RECORDER = `<script>
(() => {
  const log = (window.__ncLog = { errors: [], warnings: [], thrown: [] });
  const fmt = (args) => args.map((a) => (a instanceof Error ? a.message : String(a))).join(' ');
  const { error, warn } = console;
  console.error = (...a) => { log.errors.push(fmt(a)); error.apply(console, a); };
  console.warn = (...a) => { log.warnings.push(fmt(a)); warn.apply(console, a); };
  addEventListener('error', (e) => log.thrown.push(e.message || 'failed to load ' + (e.target && (e.target.src || e.target.href))), true);
  addEventListener('unhandledrejection', (e) => log.thrown.push(String(e.reason)));
})();
</script>`;

export interface TestFrame {
  frame: HTMLIFrameElement;
  win: Window & typeof globalThis & { __ncLog: FrameLog };
  doc: Document;
  log: FrameLog;
}

/**
 * A plain HTML page in an iframe (`srcdoc`: same origin, base URL = the test server's,
 * so `/dist/...` and `/src/...` resolve). `html` is the page's markup after the
 * recorder script; `lang` goes on `<html>`.
 */
export async function createFrame(html: string, { lang, container = document.body }: { lang?: string; container?: HTMLElement } = {}): Promise<TestFrame> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  frame.title = 'test page';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html${lang ? ` lang="${lang}"` : ''}><head><meta charset="utf-8">${RECORDER}</head><body>${html}</body></html>`;
  container.append(frame);
  await loaded;
  const win = frame.contentWindow as TestFrame['win'];
  return { frame, win, doc: frame.contentDocument!, log: win.__ncLog };
}

/** Waits until the card in `doc` matching `selector` shows a title, and returns it. */
export async function renderedCard(doc: Document, selector = 'nc-recommendation-card', timeout = 5000): Promise<HTMLElement> {
  await waitUntil(() => titleOf(doc.querySelector(selector)) !== '', `${selector} did not render`, { timeout });
  return doc.querySelector<HTMLElement>(selector)!;
}

/** Names (URLs) of every resource the window fetched. */
export function resources(win: Window): string[] {
  return win.performance.getEntriesByType('resource').map((e) => e.name);
}

/** Last path segment of a URL, without its query. */
export function fileName(url: string): string {
  return new URL(url).pathname.split('/').pop() ?? '';
}
