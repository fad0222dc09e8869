/**
 * dist/embed/resize.js — the optional host script: give each iframe of a numerique-choisi embed
 * page the height of its content, so that nothing scrolls inside it.
 *
 *   <iframe src="https://…/embed/?widget=guichet-finder&commune=Wavre" title="…" height="720" …></iframe>
 *   <script src="https://…/embed/resize.js" defer></script>
 *
 * It accepts only messages `{ type: "numerique-choisi:height", height: <number> }` that come
 * from the window of an iframe of this page and from that iframe's own origin; the height is
 * clamped to 100–10000 px. Nothing else is read; the one message sent asks each iframe, at its own
 * origin, to send its height again (it may have before this script ran). Without this script the
 * iframe keeps the height the page gives it, and the embed page scrolls inside.
 */
import { RESIZE_ASK, RESIZE_MESSAGE } from './resize-protocol.js';

(() => {
  addEventListener('message', (event: MessageEvent) => {
    const data: unknown = event.data;
    if (typeof data !== 'object' || data === null) return;
    const { type, height } = data as { type?: unknown; height?: unknown };
    if (type !== RESIZE_MESSAGE || typeof height !== 'number' || !Number.isFinite(height)) return;
    if (Object.keys(data).length !== 2) return;
    for (const frame of document.querySelectorAll('iframe')) {
      if (frame.contentWindow !== event.source) continue;
      let from: string;
      try {
        from = new URL(frame.src, location.href).origin;
      } catch {
        return;
      }
      if (from !== event.origin) return;
      frame.style.height = `${Math.round(Math.min(10000, Math.max(100, height)))}px`;
      return;
    }
  });
  // A frame that sent its height before this script ran is asked once to send it again (only
  // the frame's own origin can read the question; it carries nothing).
  const ask = () => {
    for (const frame of document.querySelectorAll('iframe')) {
      try {
        frame.contentWindow?.postMessage({ type: RESIZE_ASK }, new URL(frame.src, location.href).origin);
      } catch {
        // no src, or an opaque one: nothing to ask
      }
    }
  };
  ask();
  addEventListener('load', ask);
})();
