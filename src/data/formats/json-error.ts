/**
 * Where a JSON text stops being JSON, and why, in a form the data tools translate and the
 * widgets' console prints: `JSON.parse` gives no position for some errors (a trailing comma:
 * « Unexpected token ']' »), and its wording differs between engines. A small scanner of the
 * JSON grammar, run only after `JSON.parse` has failed. Pure.
 */

export type JsonErrorCode =
  /** `[1, 2,]`, `{"a": 1,}`. */
  | 'trailing-comma'
  /** `{"a": 1 "b": 2}`, `[1 2]`. */
  | 'missing-comma'
  /** `{a: 1}`, `{'a': 1}`. */
  | 'unquoted-key'
  /** `{"a" 1}`. */
  | 'missing-colon'
  /** A string not closed on its line, or a raw line break inside it. */
  | 'unterminated-string'
  /** `'text'`, `undefined`, `NaN`, a comment… */
  | 'unexpected'
  /** Text after the end of the value. */
  | 'trailing-text'
  /** The text ends inside a value. */
  | 'end-of-file';

export interface JsonError {
  code: JsonErrorCode;
  /** 1-based line and column of the character at fault. */
  line: number;
  column: number;
  /** The character found there (`''` at the end of the text). */
  found: string;
}

class Stop {
  constructor(
    readonly code: JsonErrorCode,
    readonly at: number,
  ) {}
}

/**
 * The first error of a text that is not JSON; `undefined` when it is JSON. `items` reads an object or an array
 * (`member` or `value` each), from its `{` or `[` to `close`; `missingComma` matches what follows an item when a comma is missing.
 */
export function jsonError(text: string): JsonError | undefined {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const fail = (code: JsonErrorCode, at = i): never => {
    throw new Stop(at >= text.length ? 'end-of-file' : code, at);
  };
  const string = () => {
    i++; // opening quote
    for (;;) {
      if (i >= text.length) fail('end-of-file');
      const c = text[i]!;
      if (c === '"') {
        i++;
        return;
      }
      if (c === '\n' || c === '\r') fail('unterminated-string');
      if (c === '\\') {
        const e = text[i + 1];
        if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else fail('unexpected', i + 1);
      } else i++;
    }
  };
  const items = (close: string, item: () => void, missingComma: RegExp) => {
    i++;
    ws();
    if (text[i] === close) {
      i++;
      return;
    }
    for (;;) {
      ws();
      if (text[i] === close) fail('trailing-comma', lastComma);
      item();
      ws();
      if (text[i] === ',') {
        lastComma = i++;
        continue;
      }
      if (text[i] === close) {
        i++;
        return;
      }
      fail(i < text.length && missingComma.test(text[i]!) ? 'missing-comma' : 'unexpected');
    }
  };
  const member = () => {
    if (text[i] !== '"') fail(i < text.length && /[A-Za-z_$']/.test(text[i]!) ? 'unquoted-key' : 'unexpected');
    string();
    ws();
    if (text[i] !== ':') fail('missing-colon');
    i++;
    value();
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === undefined) fail('end-of-file');
    if (c === '{') return items('}', member, /"/);
    if (c === '[') return items(']', value, /["{[\d-]|t|f|n/);
    if (c === '"') return string();
    const m = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 400));
    if (!m) fail('unexpected');
    i += m![0].length;
  };
  let lastComma = 0;
  try {
    value();
    ws();
    if (i < text.length) fail('trailing-text');
    return undefined;
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    const before = text.slice(0, e.at).split(/\r\n|\r|\n/);
    return { code: e.code, line: before.length, column: before[before.length - 1]!.length + 1, found: text[e.at] ?? '' };
  }
}

/** The console's English words for each code. */
export const JSON_ERRORS: Record<JsonErrorCode, string> = {
  'trailing-comma': 'a comma before a closing bracket (remove it)',
  'missing-comma': 'a comma is missing between two values',
  'unquoted-key': 'a field name must be between double quotes',
  'missing-colon': 'a colon is missing after a field name',
  'unterminated-string': 'a text is not closed by a double quote on its line',
  unexpected: 'unexpected character',
  'trailing-text': 'text after the end of the data',
  'end-of-file': 'the file ends too early (a bracket or a quote is not closed)',
};

/** `line 3, column 5: a comma before a closing bracket (remove it)` — for the widgets' console. */
export function describeJsonError(text: string): string {
  const e = jsonError(text);
  return e ? `line ${e.line}, column ${e.column}: ${JSON_ERRORS[e.code]}${e.found && e.code === 'unexpected' ? ` "${e.found}"` : ''}` : 'not valid JSON';
}
