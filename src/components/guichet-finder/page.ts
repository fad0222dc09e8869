/**
 * What the finder does outside its shadow root, each only on the visitor's or the site's
 * request: the position (« Utiliser ma position »), the JSON-LD script beside the element;
 * and its clock. Printing one counter is in details.ts (its button is in the details).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
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

/** The counters as a schema.org JSON-LD script beside the element (never for example data); removed with the element. */
export class JsonLdScript implements ReactiveController {
  private script?: HTMLScriptElement;
  private for?: unknown;

  constructor(private host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** The script for `loaded` (the data shown), or none. */
  sync(loaded: { data: { guichets: Guichet[] }; locale: Locale } | undefined): void {
    if (loaded) void this.update(loaded.data.guichets, loaded.locale);
    else this.hostDisconnected();
  }

  private async update(guichets: Guichet[], locale: Locale): Promise<void> {
    if (this.for === guichets) return;
    this.for = guichets;
    const { toJsonLd } = await import('./jsonld.js');
    const ld = guichets.some((g) => g.example) ? null : toJsonLd(guichets, locale);
    this.hostDisconnected();
    if (!ld || !this.host.isConnected) return;
    const s = document.createElement('script');
    s.type = 'application/ld+json';
    s.textContent = JSON.stringify(ld).replace(/</g, '\\u003c');
    this.script = s;
    this.host.after(s);
  }

  hostDisconnected(): void {
    this.script?.remove();
    this.script = undefined;
  }
}

/** Renders the host again every minute while `ticking()` (its status lines follow the clock). */
export class Clock implements ReactiveController {
  private timer?: ReturnType<typeof setInterval>;

  constructor(
    private host: ReactiveControllerHost,
    private ticking: () => boolean,
  ) {
    host.addController(this);
  }

  /** The time now. */
  time(): Date {
    return new Date();
  }

  hostConnected(): void {
    this.timer = setInterval(() => this.ticking() && this.host.requestUpdate(), 60_000);
  }

  hostDisconnected(): void {
    clearInterval(this.timer);
  }
}
