/**
 * The optional cells of a counter's row, read as webmasters type them: a label before a phone
 * number (« tél. 010… »), two numbers in one cell, a site without `https://`, `mailto:` or
 * « Accueil <accueil@…> » in the e-mail column, « fr / nl ». Each function returns the value to
 * keep (or none) and, when the cell was not kept exactly, what was done and why: the import
 * lists it as a repair (row, column, before → after), never silently.
 */
import { belgianPhone, TRUNK_ZERO } from '../data/formats/fields.js';
import { C, clip, quote, say } from './csv-messages.js';
import type { Lang } from './messages.js';

export interface Read<T> {
  value?: T;
  /** Set when the cell was not kept as written: `after` undefined means dropped. */
  change?: { after?: string; why: string };
  /** Kept as written, with something to check (a foreign number). */
  note?: string;
}

const PHONE_LABEL = /^\s*(t[ée]l(?:[ée]phone)?|tel|phone|gsm|fax|tél)\s*\.?\s*:?\s*/i;

/** `where`: the column as the summary names it (« colonne H « telephone » »). */
export function phone(raw: string, lang: Lang, where: string): Read<string> {
  let text = raw;
  const whys: string[] = [];
  if (PHONE_LABEL.test(text)) {
    text = text.replace(PHONE_LABEL, '');
    whys.push(say(C.phoneLabel, lang));
  }
  // Two numbers: « 010 22 33 44 / 0470 12 34 56 », « … ou … », « …; … ».
  const parts = text.split(/\s+(?:\/|ou|of|oder|or|et)\s+|\s*[;,|]\s*|\s*\n\s*/i).filter((p) => /\d/.test(p));
  if (parts.length > 1) {
    text = parts[0];
    whys.push(say(C.secondPhone, lang, { other: quote(clip(parts.slice(1).join(' / ')), lang) }));
  }
  if (TRUNK_ZERO.test(text)) whys.push(say(C.trunkZero, lang));
  const value = belgianPhone(text);
  if (!value) return { change: { why: say(C.notPhone, lang) } };
  const read: Read<string> = { value, ...(whys.length && { change: { after: value, why: whys.join(' ; ') } }) };
  if (!value.startsWith('+32')) read.note = say(C.foreignPhone, lang, { column: where, value });
  else if (!/^\+32[1-9][0-9]{7,8}$/.test(value)) read.note = say(C.belgianLength, lang, { column: where, value });
  return read;
}

const EMAIL = /^[^@\s<>()"',;:]+@[^@\s<>()"',;:]+\.[a-z]{2,}$/i;

export function email(raw: string, lang: Lang): Read<string> {
  const whys: string[] = [];
  let text = raw.trim();
  if (/^mailto:/i.test(text)) {
    text = text.replace(/^mailto:/i, '').replace(/\?.*$/, '');
    whys.push(say(C.mailto, lang));
  }
  const found = text.match(/[^@\s<>()"',;:]+@[^@\s<>()"',;:]+\.[a-z]{2,}/gi) ?? [];
  if (!found.length) return { change: { why: say(C.notEmail, lang) } };
  if (found.length > 1) whys.push(say(C.secondEmail, lang, { other: quote(clip(found.slice(1).join(', ')), lang) }));
  else if (found[0]! !== text) whys.push(say(C.emailOnly, lang));
  const value = found[0]!;
  if (!EMAIL.test(value)) return { change: { why: say(C.notEmail, lang) } };
  return { value, ...(whys.length && { change: { after: value, why: whys.join(' ; ') } }) };
}

export function website(raw: string, lang: Lang): Read<string> {
  let text = raw.trim();
  let why: string | undefined;
  if (/^www\.|^[a-z0-9-]+(\.[a-z0-9-]+)*\.(be|eu|com|org|net|info|brussels|wallonie)(\/|$)/i.test(text) && !/^[a-z][a-z0-9+.-]*:/i.test(text)) {
    text = `https://${text}`;
    why = say(C.httpsAdded, lang);
  }
  try {
    const url = new URL(text);
    if (/^https?:$/.test(url.protocol) && url.hostname.includes('.') && !/\s/.test(text)) return { value: text, ...(why && { change: { after: text, why } }) };
  } catch {
    /* below */
  }
  return { change: { why: say(C.notUrl, lang) } };
}

const YES = ['oui', 'ja', 'yes', 'o', 'y', 'x', '1', 'vrai', 'true'];
const NO = ['non', 'nee', 'nein', 'no', 'n', '0', 'faux', 'false'];

export function yesNo(raw: string, lang: Lang, slugged: string): Read<boolean> {
  if (YES.includes(slugged)) return { value: true };
  if (NO.includes(slugged)) return { value: false };
  void raw;
  return { change: { why: say(C.notYesNo, lang) } };
}

/** Language names a webmaster may write instead of the code. */
const NAMES: Record<string, string> = { francais: 'fr', french: 'fr', neerlandais: 'nl', nederlands: 'nl', dutch: 'nl', allemand: 'de', deutsch: 'de', german: 'de', anglais: 'en', english: 'en' };

/** « fr, nl », « fr / nl », « FR NL », « français et néerlandais ». What is not a language is dropped, the rest kept. */
export function languages(raw: string, lang: Lang): Read<string[]> {
  const words = raw
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[,;/\s+&]+/)
    .filter((w) => w && w !== 'et' && w !== 'ou');
  const codes = words.map((w) => NAMES[w] ?? w);
  const good = codes.filter((c) => /^[a-z]{2,3}$/.test(c));
  const named = words.some((w) => NAMES[w]);
  if (good.length === codes.length && !named) return { value: good };
  return {
    ...(good.length && { value: good }),
    change: { ...(good.length && { after: good.join(', ') }), why: good.length === codes.length ? say(C.languageNames, lang) : say(C.notLanguage, lang) },
  };
}

/** A decimal comma or point; `undefined` when it is not a number. */
export function number(raw: string): number | undefined {
  const v = raw.replace(/\s/g, '').replace(',', '.');
  if (!/^[+-]?\d+(\.\d+)?$/.test(v)) return undefined;
  return Number(v);
}

/** Belgium's bounding box, with a margin: a point outside is a typing error (swapped, half written). */
export const inBelgium = (lat: number, lon: number) => lat >= 49.4 && lat <= 51.6 && lon >= 2.5 && lon <= 6.5;
