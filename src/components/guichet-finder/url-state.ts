/** `sync-url`: the search and filters in the page's query string (`nc-q`, `nc-service`…), so the link can be sent. */
import { parseAt } from './format.js';
import { FIELDS } from './filters-form.js';
import type { Filters } from './types.js';

/** The filters the page's URL sets (only those it names). */
export function readUrl(): Partial<Filters> {
  const p = new URLSearchParams(location.search);
  const get = (k: string) => p.get(`nc-${k}`);
  const f: Partial<Filters> = {};
  for (const [name, key] of Object.entries(FIELDS)) {
    const v = get(name);
    // The check boxes are ticked by their mere presence (`nc-walk-in=1`).
    if (v !== null) (f as Record<string, unknown>)[key] = key === 'walkIn' || key === 'stepFree' || v;
  }
  const o = get('open');
  if (o === 'now') f.open = 'now';
  else if (o && parseAt(o)) [f.open, f.at] = ['at', o];
  return f;
}

/** Writes the filters into the page's URL (replacing the history entry: no new one per keystroke). */
export function writeUrl(f: Filters): void {
  const url = new URL(location.href);
  const p = url.searchParams;
  const set = (k: string, v: string | false) => (v ? p.set(`nc-${k}`, v) : p.delete(`nc-${k}`));
  for (const [name, key] of Object.entries(FIELDS)) {
    const v = f[key];
    set(name, typeof v === 'string' ? v.trim() : v && '1');
  }
  set('open', f.open === 'at' ? f.at : f.open);
  history.replaceState(history.state, '', url);
}
