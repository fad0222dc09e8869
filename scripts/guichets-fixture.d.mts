import type { Commune, DataFile } from '../src/data/model.js';

/** The 27 communes of Brabant wallon: [French name, Dutch name or null, postal codes, lat, lon]. */
export const COMMUNES: [string, string | null, string[], number, number][];
/** The communes in the library's format. */
export function communes(): Commune[];
/** A data file with `n` example counters spread over the 27 communes (deterministic for a seed). */
export function generateGuichets(n?: number, seed?: number): DataFile & { guichets: NonNullable<DataFile['guichets']>; communes: Commune[] };
