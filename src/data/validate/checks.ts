/** The building blocks of validation: a check returns the problems of a value, `[]` when it is valid. */
import type { DataIssue } from './issues.js';

export type Problem = Pick<DataIssue, 'path' | 'expected' | 'received' | 'osm' | 'osmWarning'>;
/** A check returns the problems of a value; `[]` when it is valid. */
export type Check = (value: unknown, path: string) => Problem[];

export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'string') return value.length > 40 ? `"${value.slice(0, 37)}…"` : `"${value}"`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

export const problem = (path: string, expected: string, value: unknown): Problem[] => [
  { path, expected, received: describe(value) },
];
export const join = (path: string, key: string | number) =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;
export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const text: Check = (v, path) =>
  typeof v === 'string' && v.trim() !== '' ? [] : problem(path, 'a non-empty string', v);

// « constructor » is the one id of that form that every plain object already has (its
// prototype's): widgets look ids up in objects (answers by question, labels by service), so it
// is refused here, once, rather than guarded at every lookup.
export const id: Check = (v, path) =>
  typeof v === 'string' && ID.test(v) && v !== 'constructor'
    ? []
    : problem(path, v === 'constructor' ? 'an id other than "constructor" (reserved)' : 'an id (lowercase letters, digits, hyphens)', v);

export const oneOf =
  (...values: readonly unknown[]): Check =>
  (v, path) =>
    values.includes(v) ? [] : problem(path, `one of ${values.map((x) => JSON.stringify(x)).join(', ')}`, v);

export const boolean: Check = (v, path) => (typeof v === 'boolean' ? [] : problem(path, 'true or false', v));

export const httpUrl: Check = (v, path) => {
  if (typeof v === 'string' && /^https?:\/\//i.test(v)) {
    try {
      new URL(v);
      return [];
    } catch {
      /* fall through */
    }
  }
  return problem(path, 'an absolute http(s) URL', v);
};

/**
 * A logo: an absolute http(s) URL or a URL relative to the page; never another scheme (`javascript:`, `data:`…),
 * nor a protocol-relative `//other.example/x.png` (absolute: another host, without saying so; src/shared/url.ts).
 */
export const imageUrl: Check = (v, path) => {
  if (typeof v === 'string' && /^\S+$/.test(v)) {
    if (!/^[a-z][a-z0-9+.-]*:/i.test(v) && !/^[\\/]{2}/.test(v)) return [];
    if (!httpUrl(v, path).length) return [];
  }
  return problem(path, 'an absolute http(s) URL or a relative URL', v);
};

/** An object with these fields; `?` after a name marks it optional; other fields are refused. */
export const object = (shape: Record<string, Check>): Check => {
  // Built once per shape, not once per entry (a 1 MB file has thousands of entries).
  const known = new Map(Object.entries(shape).map(([k, c]) => [k.replace(/\?$/, ''), [c, k.endsWith('?')] as const]));
  return (v, path) => {
    if (!isObject(v)) return problem(path, 'an object', v);
    const out: Problem[] = [];
    for (const [key, [check, optional]] of known) {
      if (v[key] === undefined && optional) continue;
      out.push(...check(v[key], join(path, key)));
    }
    for (const key of Object.keys(v)) {
      if (!known.has(key)) out.push(...problem(join(path, key), `no field "${key}" (known: ${[...known.keys()].join(', ')})`, v[key]));
    }
    return out;
  };
};

export const arrayOf =
  (check: Check, min = 0): Check =>
  (v, path) => {
    if (!Array.isArray(v)) return problem(path, 'an array', v);
    if (v.length < min) return problem(path, `at least ${min} item${min > 1 ? 's' : ''}`, v);
    return v.flatMap((item, i) => check(item, join(path, i)));
  };

export const numberIn =
  (min: number, max: number): Check =>
  (v, path) =>
    typeof v === 'number' && v >= min && v <= max ? [] : problem(path, `a number from ${min} to ${max}`, v);

export const integerIn =
  (min: number, max: number): Check =>
  (v, path) =>
    Number.isInteger(v) && (v as number) >= min && (v as number) <= max ? [] : problem(path, `an integer from ${min} to ${max}`, v);

/** A non-empty array of distinct values, each one of `values`. */
export const uniqueOneOf =
  (...values: readonly string[]): Check =>
  (v, path) => {
    const items = arrayOf(oneOf(...values), 1)(v, path);
    if (items.length) return items;
    const list = v as unknown[];
    const twice = list.find((x, i) => list.indexOf(x) !== i);
    return twice === undefined ? [] : [{ path, expected: 'each value once', received: `${describe(twice)} twice` }];
  };

export const localized = object({ fr: text, 'nl?': text, 'de?': text, 'en?': text });

export const pattern =
  (re: RegExp, expected: string): Check =>
  (v, path) =>
    typeof v === 'string' && re.test(v) ? [] : problem(path, expected, v);

export const geoPoint = object({ lat: numberIn(-90, 90), lon: numberIn(-180, 180) });

export const date: Check = (v, path) => {
  const time = typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? Date.parse(`${v}T00:00:00Z`) : NaN;
  // A date that does not exist (2026-13-01, 2026-02-30) is refused, not thrown on.
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(v as string) ? [] : problem(path, 'a date YYYY-MM-DD', v);
};
