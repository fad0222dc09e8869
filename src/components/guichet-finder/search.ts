/**
 * Search by commune (French or Dutch name) or postal code, insensitive to accents, case,
 * hyphens, apostrophes and spacing: « ottignies », « Louvain la Neuve », « 1348 », « Waver ».
 * Counters outside the known communes are found by their own postal code and city.
 *
 * Pure and fast: `indexCounters` normalises once per data load; `search` then only compares
 * short strings (10 000 counters in well under a millisecond or two).
 */

/** Lower case, without accents, every run of non-letters/digits as one space, trimmed. */
export function normalize(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** What search needs of a commune. */
export interface CommuneLike {
  id: string;
  name: { fr: string; nl?: string; de?: string; en?: string };
  postalCodes: string[];
}

/** What search needs of a counter. */
export interface CounterLike {
  address: { postalCode: string; city: { fr: string; nl?: string; de?: string; en?: string } };
}

/** A commune's searchable names, normalised. */
interface IndexedCommune<C> {
  commune: C;
  names: string[];
  codes: Set<string>;
}

/** Counters and communes, normalised once. */
export interface SearchIndex<G, C> {
  communes: IndexedCommune<C>[];
  /** Per counter (same order): normalised city names (every language given) and postal code. */
  counters: { item: G; cities: string[]; code: string }[];
  /** Postal code → communes that have it. */
  byCode: Map<string, IndexedCommune<C>[]>;
}

/** `normalize`, remembered: city names repeat across thousands of counters. */
const cache = new Map<string, string>();
export function normalizeCached(s: string): string {
  let n = cache.get(s);
  if (n === undefined) {
    if (cache.size > 5000) cache.clear();
    cache.set(s, (n = normalize(s)));
  }
  return n;
}

const texts = (t: { fr: string; nl?: string; de?: string; en?: string }) => {
  const out: string[] = [];
  for (const x of [t.fr, t.nl, t.de, t.en]) {
    const n = x && normalizeCached(x);
    if (n && !out.includes(n)) out.push(n);
  }
  return out;
};

export function indexCounters<G extends CounterLike, C extends CommuneLike>(counters: readonly G[], communes: readonly C[]): SearchIndex<G, C> {
  const ic = communes.map((commune) => ({ commune, names: texts(commune.name), codes: new Set(commune.postalCodes) }));
  const byCode = new Map<string, IndexedCommune<C>[]>();
  for (const c of ic) for (const code of c.codes) byCode.set(code, [...(byCode.get(code) ?? []), c]);
  return {
    communes: ic,
    byCode,
    counters: counters.map((item) => ({ item, cities: texts(item.address.city), code: item.address.postalCode.trim() })),
  };
}

/** What a query matched. */
export interface SearchResult<G, C> {
  /** The counters found, in the data's order. */
  items: G[];
  /** The communes the query names (best first): the first gives the centre to sort by distance. */
  communes: C[];
}

/** Does a normalised name match a normalised query? Whole name, or its start at a word boundary. */
function nameMatches(name: string, q: string): boolean {
  return name === q || name.startsWith(q + ' ') || (q.length >= 3 && name.startsWith(q)) || (q.length >= 3 && name.includes(' ' + q));
}

/**
 * The counters a query finds. An empty query finds every counter. A postal code (or its
 * first digits, at least two) finds the counters with that code and those of the communes
 * that have it; a name finds the communes so named (French or Dutch, or a section such as
 * « Louvain-la-Neuve », which is a city in the counters' addresses) and every counter whose
 * city matches.
 */
export function search<G, C>(index: SearchIndex<G, C>, query: string): SearchResult<G, C> {
  const q = normalize(query);
  if (!q) return { items: index.counters.map((c) => c.item), communes: [] };
  if (/^\d+$/.test(q)) {
    if (q.length < 2) return { items: [], communes: [] };
    const communes = index.communes.filter((c) => [...c.codes].some((code) => code.startsWith(q)));
    const codes = new Set(communes.flatMap((c) => [...c.codes]));
    const items = index.counters.filter((c) => c.code.startsWith(q) || codes.has(c.code)).map((c) => c.item);
    // The commune whose code is exactly the query first.
    communes.sort((a, b) => Number(b.codes.has(q)) - Number(a.codes.has(q)));
    return { items, communes: communes.map((c) => c.commune) };
  }
  const exact = index.communes.filter((c) => c.names.includes(q));
  const communes = exact.length ? exact : index.communes.filter((c) => c.names.some((n) => nameMatches(n, q)));
  const codes = new Set(communes.flatMap((c) => [...c.codes]));
  // A region has far fewer distinct city names than counters: each name is compared once.
  const seen = new Map<string, boolean>();
  const matches = (n: string) => {
    let m = seen.get(n);
    if (m === undefined) seen.set(n, (m = nameMatches(n, q)));
    return m;
  };
  const items: G[] = [];
  for (const c of index.counters) if (codes.has(c.code) || c.cities.some(matches)) items.push(c.item);
  return { items, communes: communes.map((c) => c.commune) };
}
