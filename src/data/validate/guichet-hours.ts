/**
 * A counter's hours after its check: OpenStreetMap strings converted to schedules, and hours that
 * fail their check removed (unknown) so that the counter itself is kept.
 */
import type { Guichet, Hours } from '../model.js';
import { parseOpeningHours, type OsmResult } from '../hours/osm.js';
import { clip } from '../../util/clip.js';
import { isObject, type Problem } from './checks.js';
import { entryChecks } from './entries.js';

/**
 * A counter whose OpenStreetMap hours strings are converted to schedules. A string outside
 * the supported subset is reported and dropped: those hours become unknown, the counter stays.
 */
export function withSchedules(
  g: Guichet,
  report: (p: Problem) => void,
  warn: (p: Problem) => void,
  /** Results already parsed in this file, by string (the schedules are shared, never changed). */
  parsed = new Map<string, OsmResult>(),
): Guichet {
  const convert = (h: Hours | undefined, path: string): Hours | undefined => {
    if (typeof h !== 'string') return h;
    let r = parsed.get(h);
    if (!r) parsed.set(h, (r = parseOpeningHours(h)));
    if (r.ok) {
      for (const w of r.warnings ?? []) warn({ path, expected: `"${w.found}" at the end: ${w.expected}`, received: `"${h}": ${w.message}`, osmWarning: w });
      return r.schedule;
    }
    report({
      path,
      expected: 'opening hours in the supported OpenStreetMap subset (these hours are unknown until fixed)',
      received: `"${clip(h)}": ${r.error.message}`,
      osm: r.error,
    });
    return undefined;
  };
  const strings = [g.hours, g.walkIn, ...(g.periods ?? []).flatMap((p) => [p.hours, p.walkIn])].some((h) => typeof h === 'string');
  if (!strings) return g;
  const out: Guichet = { ...g, hours: convert(g.hours, 'hours'), walkIn: convert(g.walkIn, 'walkIn') };
  if (out.hours === undefined) delete out.hours;
  if (out.walkIn === undefined) delete out.walkIn;
  if (g.periods) {
    out.periods = g.periods.map((p, k) => {
      const q = { ...p, hours: convert(p.hours, `periods[${k}].hours`), walkIn: convert(p.walkIn, `periods[${k}].walkIn`) };
      if (q.hours === undefined) delete q.hours;
      if (q.walkIn === undefined) delete q.walkIn;
      return q;
    });
  }
  return out;
}

/** Where hours live in a counter: a problem inside one of these makes only those hours unknown. */
const HOURS_PATH = /^(hours|walkIn|periods\[(\d+)\]\.(hours|walkIn))(?=[.[]|$)/;

/**
 * A counter whose only problems are inside its hours, with those hours removed (unknown);
 * `undefined` when another field is wrong (the counter is dropped) or the rest still fails.
 */
export function withoutBadHours(entry: unknown, problems: Problem[]): unknown {
  if (!isObject(entry) || !problems.every((p) => HOURS_PATH.test(p.path))) return undefined;
  const out: Record<string, unknown> = { ...entry };
  const periods = Array.isArray(entry.periods) ? entry.periods.map((p: unknown) => (isObject(p) ? { ...p } : p)) : undefined;
  if (periods) out.periods = periods;
  for (const p of problems) {
    const m = HOURS_PATH.exec(p.path)!;
    if (m[2] === undefined) delete out[m[1]!];
    else if (isObject(periods?.[Number(m[2])])) delete (periods![Number(m[2])] as Record<string, unknown>)[m[3]!];
  }
  return entryChecks.guichets(out, '').length ? undefined : out;
}
