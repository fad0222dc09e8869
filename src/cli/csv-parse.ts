/**
 * CSV as spreadsheets write it, read record by record with the row numbers the spreadsheet
 * shows (the header is row 1, an empty row counts, a quoted line break stays in its row, a
 * `sep=;` first line is not a row: Excel hides it). Our own reader, not a library's, because
 * what matters here is what a library hides: where a broken quote starts, and which rows it
 * would swallow. A quote that is never closed, or closed in a later row while leaving that row
 * with the wrong number of cells, refuses only the row it opened in; reading goes on at the next
 * line, so the rows after it are still read.
 */

export interface Cell {
  value: string;
  /** Offsets in the text, for naming the row and column of a stray byte. */
  start: number;
  end: number;
}

export type RecordProblem =
  /** A quote opened in cell `cell` is never closed, or closing it would swallow the rows below. */
  | { kind: 'unclosed-quote'; cell: number }
  /** Text after a closing quote (`"Le Relais" Wavre`). */
  | { kind: 'text-after-quote'; cell: number };

export interface CsvRecord {
  /** Row number as the spreadsheet shows it. */
  row: number;
  cells: Cell[];
  start: number;
  end: number;
  problem?: RecordProblem;
}

export const DELIMITERS = [';', ',', '\t', '|'] as const;

/** `sep=;` on the first line (what Excel writes with « séparateur de liste »): the delimiter, and where the header starts. */
export function sepLine(text: string): { delimiter: string; offset: number } | undefined {
  const m = /^sep=(.)\r?\n/i.exec(text);
  return m ? { delimiter: m[1], offset: m[0].length } : undefined;
}

/** The first line's cells for a delimiter (quotes respected, no line break expected in a header). */
export function splitLine(line: string, delimiter: string): string[] {
  return parseRecords(line, delimiter, 0, 1, 0)[0]?.cells.map((c) => c.value) ?? [];
}

/**
 * The delimiter of a file, from its header line: the one that gives the most known column
 * names; on a tie, the one that gives the most cells. Never from the data rows, whose shapes
 * vary (one short row, a broken quote) while the header is what the spreadsheet wrote.
 */
export function headerDelimiter(text: string, offset: number, known: (cell: string) => boolean): string {
  const end = text.slice(offset).search(/\r|\n/);
  const line = text.slice(offset, end < 0 ? undefined : offset + end);
  let best: { d: string; known: number; cells: number } = { d: ';', known: -1, cells: 0 };
  for (const d of DELIMITERS) {
    const cells = splitLine(line, d);
    const k = cells.filter(known).length;
    if (k > best.known || (k === best.known && cells.length > best.cells)) best = { d, known: k, cells: cells.length };
  }
  return best.d;
}

const isBreak = (c: string | undefined) => c === '\n' || c === '\r';
const lineEnd = (text: string, i: number) => (text[i] === '\r' && text[i + 1] === '\n' ? i + 2 : i + 1);

/**
 * Every record from `offset`, numbered from `firstRow`. `width` is the header's number of
 * cells (0 while reading the header): a quoted line break that leaves its record with more
 * cells than that, or holds as many delimiters as half a row, is taken for a broken quote.
 */
export function parseRecords(text: string, delimiter: string, offset: number, firstRow: number, width: number): CsvRecord[] {
  const out: CsvRecord[] = [];
  let pos = offset;
  let row = firstRow;
  while (pos < text.length) {
    const start = pos;
    const cells: Cell[] = [];
    let problem: RecordProblem | undefined;
    let multiline = false;
    // The end of the record's first physical line: where reading resumes after a broken quote.
    let firstBreak = -1;
    for (;;) {
      const cellStart = pos;
      if (text[pos] === '"') {
        let value = '';
        let i = pos + 1;
        let closed = false;
        while (i < text.length) {
          const c = text[i];
          if (c === '"') {
            if (text[i + 1] === '"') {
              value += '"';
              i += 2;
              continue;
            }
            closed = true;
            i++;
            break;
          }
          if (isBreak(c)) {
            multiline = true;
            if (firstBreak < 0) firstBreak = i;
          }
          value += c;
          i++;
        }
        if (!closed) {
          problem = { kind: 'unclosed-quote', cell: cells.length };
          cells.push({ value, start: cellStart, end: i });
          pos = i;
          break;
        }
        // After the closing quote: a delimiter, the end of the line or of the file; else the quote is misplaced.
        let j = i;
        while (j < text.length && text[j] !== delimiter && !isBreak(text[j])) j++;
        if (j > i && text.slice(i, j).trim()) problem ??= { kind: 'text-after-quote', cell: cells.length };
        cells.push({ value: value + text.slice(i, j), start: cellStart, end: j });
        pos = j;
      } else {
        let j = pos;
        while (j < text.length && text[j] !== delimiter && !isBreak(text[j])) j++;
        cells.push({ value: text.slice(pos, j), start: cellStart, end: j });
        pos = j;
      }
      if (text[pos] === delimiter) {
        pos++;
        continue;
      }
      break;
    }
    const end = pos;
    if (pos < text.length) pos = lineEnd(text, pos);
    // A quoted line break that holds as many delimiters as half a row: rows swallowed, not a note on two lines.
    const rowLike = (c: Cell) => /[\r\n]/.test(c.value) && c.value.split(delimiter).length - 1 >= Math.max(2, Math.floor(width / 2));
    if (problem?.kind === 'unclosed-quote' || (multiline && width && (cells.length > width || cells.some(rowLike)))) {
      // The quote opened on this row swallowed what follows: refuse this row, read on from its next line.
      const cell = problem?.kind === 'unclosed-quote' ? problem.cell : cells.findIndex((c) => /[\r\n]/.test(c.value));
      const lineStop = firstBreak >= 0 ? firstBreak : end;
      out.push({ row, cells: cells.filter((c) => c.start < lineStop), start, end: lineStop, problem: { kind: 'unclosed-quote', cell } });
      pos = lineStop < text.length ? lineEnd(text, lineStop) : text.length;
    } else {
      out.push({ row, cells, start, end, ...(problem && { problem }) });
    }
    row++;
  }
  return out;
}
