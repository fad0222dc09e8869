/** Field helpers shared by the data formats (the directory adapter, the CSV import). Pure. */

/** `+32 (0)10 …`: the trunk `(0)` written after a country code, which is not dialled from abroad. */
export const TRUNK_ZERO = /^\s*(\+|00)\s*(\d{1,3})[\s.-]*\(0\)/;

/**
 * A phone number for a `tel:` link: a Belgian local number (`010 22 33 44`, `0470/12.34.56`)
 * made `+32…`, an international one (`+33 …`, `0033 …`) kept, a trunk `(0)` after the country
 * code dropped (`+32 (0)10 22 33 44` → `+3210223344`); `undefined` for anything else.
 */
export function belgianPhone(raw: string): string | undefined {
  let n = raw.replace(TRUNK_ZERO, '$1$2').replace(/[\s./()-]/g, '');
  if (/^00[1-9]/.test(n)) n = `+${n.slice(2)}`;
  else if (n.startsWith('0')) n = `+32${n.slice(1)}`;
  return /^\+[0-9]{6,15}$/.test(n) ? n : undefined;
}

/** Lowercase, no accents, words joined by hyphens: « Maison médicale » → `maison-medicale` (the data tools use it too). */
export const slug = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
