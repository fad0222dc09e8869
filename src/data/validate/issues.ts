/** The issues validation reports, and the text of their console messages. */
import type { OsmError, OsmWarning } from '../hours/osm.js';
import { clip } from '../../util/clip.js';

/** One problem found in a data source. */
export interface DataIssue {
  /** Where the data came from: a URL, `data property`, `built-in fr`… */
  source: string;
  /** The collection and entry, e.g. `recommendations[2] "acces-physique"`; empty for the file itself. */
  entry: string;
  /** The field path inside the entry, e.g. `title.fr`; empty for the entry itself. */
  path: string;
  /** What was expected, in words. */
  expected: string;
  /** A short description of what was found. */
  received: string;
  /** For opening hours outside the supported subset: the parser's error (the data tools explain it in each language). */
  osm?: OsmError;
  /** For a warning about opening hours that are read but probably not as meant (`PH off` before other rules). */
  osmWarning?: OsmWarning;
}

/** `source: entry → path: expected …, received …` — the text of the console error. */
export function formatIssue(i: DataIssue): string {
  const where = [i.entry, i.path && `field "${i.path}"`].filter(Boolean).join(', ');
  return `${i.source}${where ? ` — ${where}` : ''}: expected ${i.expected}, received ${i.received}`;
}

/** `source: entry → path: message` — the text of the console warning. */
export function formatWarning(i: DataIssue): string {
  const where = [i.entry, i.path && `field "${i.path}"`].filter(Boolean).join(', ');
  return `${i.source}${where ? ` — ${where}` : ''}: ${i.osmWarning?.message ?? i.received}`;
}

/** Where an entry is, as every issue names it: `guichets[3] "cpas-wavre"` (a long id clipped). */
export const entryLabel = (collection: string, index: number, id?: string): string =>
  `${collection}[${index}]${id !== undefined ? ` "${clip(id)}"` : ''}`;
