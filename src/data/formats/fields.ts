/** Field helpers shared by the data formats (the directory adapter, the CSV import). Pure. */

/** A Belgian phone number for a `tel:` link: `+32…`, or `undefined`. */
export function belgianPhone(raw: string): string | undefined {
  let n = raw.replace(/[\s./()-]/g, '');
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
