/** The validation of one data file: file-level checks, then each entry of each collection. */
import type { DataFile, CollectionName, Guichet } from '../model.js';
import { entryLabel, type DataIssue } from './issues.js';
import { isObject, problem, type Problem } from './checks.js';
import { COLLECTIONS, entryChecks, sourceCheck } from './entries.js';
import { withSchedules, withoutBadHours } from './guichet-hours.js';
import { positions } from './positions.js';
import type { OsmResult } from '../hours/osm.js';

/** The result of validating a data file. */
export interface Validated {
  /** The valid part; collections absent from the file are absent here. `null` if the file itself is unusable. */
  data: Partial<DataFile> | null;
  issues: DataIssue[];
  /** What is kept as read but probably not meant so (opening hours with `PH off` before other rules): said, not dropped. */
  warnings: DataIssue[];
}

/** What to check of a file. */
export interface ValidateOptions {
  /** Only these collections (a widget validates what it shows, not the rest of a shared file); absent: all. The others are left out of `data`. */
  collections?: readonly CollectionName[];
  /** The file-level checks (unknown fields, `$schema`, `source`); `false` when they were reported already. Default `true`. */
  fileChecks?: boolean;
}

/**
 * Validates a data file from `source`. A file that is not an object of format version 1
 * gives `data: null`; an invalid entry (or a duplicate id) is dropped with one issue per problem.
 */
export function validateDataFile(input: unknown, source: string, options: ValidateOptions = {}): Validated {
  const steps = validating(input, source, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** How long validation may hold the main thread before it lets the page respond (input, paint). */
const SLICE_MS = 40;

/** Lets the browser run what waits (a click, a paint) before the next slice; in Node, a macrotask. */
const yieldToMain = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
};

/**
 * The same validation as `validateDataFile`, in slices of about 40 ms with the main thread given
 * back between them: a 1 MB file of counters never holds the page for one long task.
 */
export async function validateDataFileInSlices(input: unknown, source: string, options: ValidateOptions = {}, sliceMs = SLICE_MS): Promise<Validated> {
  const steps = validating(input, source, options);
  let start = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - start >= sliceMs) {
      await yieldToMain();
      start = performance.now();
    }
  }
}

/** The validation, one step per entry: the caller decides when to pause. */
function* validating(input: unknown, source: string, options: ValidateOptions): Generator<void, Validated> {
  const issues: DataIssue[] = [];
  const warnings: DataIssue[] = [];
  const fileIssue = (p: Problem) => issues.push({ source, entry: '', ...p });
  if (!isObject(input)) {
    problem('', 'a JSON object { "formatVersion": 1, … }', input).forEach(fileIssue);
    return { data: null, issues, warnings };
  }
  if (input.formatVersion !== 1) {
    problem('formatVersion', '1', input.formatVersion).forEach(fileIssue);
    return { data: null, issues, warnings };
  }
  const data: Partial<DataFile> = { formatVersion: 1 };
  const known = new Set<string>(['$schema', 'formatVersion', 'source', ...COLLECTIONS]);
  const fileChecks = options.fileChecks !== false;
  for (const key of fileChecks ? Object.keys(input) : []) {
    if (!known.has(key)) problem(key, `no field "${key}" (known: ${[...known].join(', ')})`, input[key]).forEach(fileIssue);
  }
  if (fileChecks && input.$schema !== undefined && typeof input.$schema !== 'string') problem('$schema', 'a string (the schema URL)', input.$schema).forEach(fileIssue);
  if (input.source !== undefined) {
    const p = sourceCheck(input.source, 'source');
    if (p.length) {
      if (fileChecks) p.forEach(fileIssue);
    }
    else data.source = input.source as DataFile['source'];
  }
  for (const name of options.collections ?? COLLECTIONS) {
    const list = input[name];
    if (list === undefined) continue;
    if (!Array.isArray(list)) {
      problem(name, 'an array', list).forEach(fileIssue);
      continue;
    }
    const seen = new Set<string>();
    const kept: unknown[] = [];
    // One parse per distinct OpenStreetMap string: a directory repeats the same hours many times.
    const parsed = new Map<string, OsmResult>();
    for (const [index, original] of list.entries()) {
      yield;
      let entry: unknown = original;
      const entryId = isObject(entry) && typeof entry.id === 'string' ? entry.id : undefined;
      const label = entryLabel(name, index, entryId);
      let problems = entryChecks[name](entry, '');
      if (name === 'guichets' && problems.length) {
        // A bad slot makes those hours unknown, as an unreadable OpenStreetMap string does: the counter stays.
        const kept = withoutBadHours(entry, problems);
        if (kept) {
          problems.forEach((p) => issues.push({ source, entry: label, ...p }));
          entry = kept;
          problems = [];
        }
      }
      if (!problems.length && seen.has(entryId!)) problems.push(...problem('id', `an id not used before in ${name}`, entryId));
      if (problems.length) {
        problems.forEach((p) => issues.push({ source, entry: label, ...p }));
        continue;
      }
      seen.add(entryId!);
      if (name === 'guichets') {
        entry = withSchedules(
          entry as Guichet,
          (p) => issues.push({ source, entry: label, ...p }),
          (p) => warnings.push({ source, entry: label, ...p }),
          parsed,
        );
      }
      positions.set(entry as object, index);
      kept.push(entry);
    }
    (data as Record<string, unknown>)[name] = kept;
  }
  return { data, issues, warnings };
}
