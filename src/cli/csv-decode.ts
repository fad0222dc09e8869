/**
 * The bytes of a spreadsheet export → text, with the encoding said. What Belgian Excel writes:
 * « CSV (séparateur : point-virgule) » in Windows-1252, « CSV UTF-8 » with a BOM, « Texte
 * Unicode » in UTF-16 LE with a BOM (tab-separated). Windows-1252 is decoded by iconv-lite
 * (bundled into dist/cli.js): Node's `TextDecoder('windows-1252')` decodes it as Latin-1 and
 * turns `’ € œ — “ ” …` (0x80–0x9F) into C1 control characters.
 *
 * A UTF-8 file with a few stray bytes (a cell pasted from another file) stays UTF-8: each stray
 * byte is read as Windows-1252 and listed in `strays`, so that the import names its row and
 * column; the rest of the file is not re-decoded. A workbook renamed `.csv` is recognised.
 */
import iconv from 'iconv-lite';

export interface Stray {
  /** Offset in `text` of the character that stands for the byte. */
  offset: number;
  byte: number;
  /** What the byte was read as; `''` for a byte that is no character of Windows-1252 (0x81, 0x8D, 0x8F, 0x90, 0x9D): dropped. */
  char: string;
}

export type Decoded =
  | { ok: true; text: string; encoding: Encoding; strays: Stray[] }
  /** Not a text file: an Excel workbook (`xlsx` is a ZIP, `xls` an OLE file) or other binary. */
  | { ok: false; kind: 'xlsx' | 'xls' | 'binary' };

export type Encoding = 'UTF-8' | 'UTF-8 (BOM)' | 'UTF-16 LE' | 'UTF-16 BE' | 'Windows-1252' | 'UTF-8 + Windows-1252';

const startsWith = (bytes: Uint8Array, ...sig: number[]) => sig.every((b, i) => bytes[i] === b);

/** The length of the valid UTF-8 sequence at `i`, or 0. */
function utf8Sequence(bytes: Uint8Array, i: number): number {
  const b = bytes[i];
  if (b < 0x80) return 1;
  const n = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
  if (!n || i + n > bytes.length) return 0;
  for (let k = 1; k < n; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return 0;
  // Overlong or surrogate forms.
  if (b === 0xe0 && bytes[i + 1] < 0xa0) return 0;
  if (b === 0xed && bytes[i + 1] > 0x9f) return 0;
  if (b === 0xf0 && bytes[i + 1] < 0x90) return 0;
  if (b === 0xf4 && bytes[i + 1] > 0x8f) return 0;
  return n;
}

const cp1252 = (bytes: Uint8Array) => iconv.decode(Buffer.from(bytes), 'windows-1252');

/** Windows-1252, with the five undefined bytes listed (iconv-lite reads them as U+FFFD). */
function windows1252(bytes: Uint8Array): { text: string; strays: Stray[] } {
  const text = cp1252(bytes);
  const strays: Stray[] = [];
  // One byte, one character: offsets match.
  for (let i = 0; i < text.length; i++) if (text[i] === '\uFFFD') strays.push({ offset: i, byte: bytes[i], char: '' });
  return { text, strays };
}

export function decode(bytes: Uint8Array): Decoded {
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) return { ok: false, kind: 'xlsx' };
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return { ok: false, kind: 'xls' };
  const utf16 = (body: Uint8Array, encoding: 'UTF-16 LE' | 'UTF-16 BE') => ({
    ok: true as const,
    text: new TextDecoder(encoding === 'UTF-16 LE' ? 'utf-16le' : 'utf-16be').decode(body),
    encoding,
    strays: [],
  });
  if (startsWith(bytes, 0xff, 0xfe)) return utf16(bytes.subarray(2), 'UTF-16 LE');
  if (startsWith(bytes, 0xfe, 0xff)) return utf16(bytes.subarray(2), 'UTF-16 BE');
  // UTF-16 without a BOM: every other byte is 0 in a text of Latin letters.
  if (bytes.length >= 4 && bytes[0] && !bytes[1] && bytes[2] && !bytes[3]) return utf16(bytes, 'UTF-16 LE');
  if (bytes.length >= 4 && !bytes[0] && bytes[1] && !bytes[2] && bytes[3]) return utf16(bytes, 'UTF-16 BE');
  const bom = startsWith(bytes, 0xef, 0xbb, 0xbf);
  const body = bom ? bytes.subarray(3) : bytes;
  if (body.includes(0)) return { ok: false, kind: 'binary' };
  let multibyte = 0;
  const invalid: number[] = [];
  for (let i = 0; i < body.length; ) {
    const n = utf8Sequence(body, i);
    if (n === 0) {
      invalid.push(i);
      i++;
    } else {
      if (n > 1) multibyte++;
      i += n;
    }
  }
  if (!invalid.length) return { ok: true, text: new TextDecoder('utf-8').decode(body), encoding: bom ? 'UTF-8 (BOM)' : 'UTF-8', strays: [] };
  // Mostly UTF-8 (a BOM says so, or there are at least as many valid multi-byte sequences as bad
  // bytes: in a Windows-1252 text valid sequences are rare accidents): keep it UTF-8 and read
  // only the stray bytes as Windows-1252.
  if (bom || (multibyte > 0 && invalid.length <= multibyte)) {
    let text = '';
    const strays: Stray[] = [];
    let from = 0;
    const decoder = new TextDecoder('utf-8');
    for (const i of invalid) {
      text += decoder.decode(body.subarray(from, i));
      const char = cp1252(body.subarray(i, i + 1)).replace('\uFFFD', '');
      strays.push({ offset: text.length, byte: body[i], char });
      text += char || '\uFFFD';
      from = i + 1;
    }
    text += decoder.decode(body.subarray(from));
    return { ok: true, text, encoding: bom ? 'UTF-8 (BOM)' : 'UTF-8 + Windows-1252', strays };
  }
  return { ok: true, ...windows1252(body), encoding: 'Windows-1252' };
}
