/**
 * What the finder does outside its shadow root, each only on the visitor's or the site's
 * request: the position (« Utiliser ma position »), printing, the JSON-LD script beside the element.
 */
import type { Guichet, Locale } from '../../data/model.js';
import type { LatLon } from './distance.js';

/** Geolocation works here: a secure page, and not forbidden by the embedding frame's policy. */
export function canLocate(): boolean {
  const policy = (document as Document & { featurePolicy?: { allowsFeature(f: string): boolean } }).featurePolicy;
  return isSecureContext && 'geolocation' in navigator && policy?.allowsFeature('geolocation') !== false;
}

/** Asks the browser for the visitor's position once; `done` gets it, or why not. */
export function locate(done: (result: LatLon | 'denied' | 'failed') => void): void {
  try {
    navigator.geolocation.getCurrentPosition(
      (p) => done({ lat: p.coords.latitude, lon: p.coords.longitude }),
      (e) => done(e.code === 1 ? 'denied' : 'failed'),
      { timeout: 15_000, maximumAge: 600_000 },
    );
  } catch {
    done('failed');
  }
}

/** Prints one counter of `host` (by its id) alone: the print styles hide the rest. */
export function printCounter(host: HTMLElement, id: string): void {
  const li = host.shadowRoot?.querySelector(`[data-id="${CSS.escape(id)}"]`);
  li?.classList.add('print-target');
  host.classList.add('nc-print-one');
  try {
    window.print();
  } finally {
    // print() returns once the dialog has closed.
    li?.classList.remove('print-target');
    host.classList.remove('nc-print-one');
  }
}

/** The counters as a schema.org JSON-LD script beside the element (never for example data). */
export class JsonLdScript {
  private script?: HTMLScriptElement;
  private for?: unknown;

  async update(host: HTMLElement, guichets: Guichet[], locale: Locale): Promise<void> {
    if (this.for === guichets) return;
    this.for = guichets;
    const { toJsonLd } = await import('./jsonld.js');
    const ld = guichets.some((g) => g.example) ? null : toJsonLd(guichets, locale);
    this.remove();
    if (!ld || !host.isConnected) return;
    const s = document.createElement('script');
    s.type = 'application/ld+json';
    s.textContent = JSON.stringify(ld).replace(/</g, '\\u003c');
    this.script = s;
    host.after(s);
  }

  remove(): void {
    this.script?.remove();
    this.script = undefined;
  }
}
