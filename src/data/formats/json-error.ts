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

/** A reader of JSON that stops, throwing a `Stop`, at the first error. */
class Reader {
  /** The position read. */
  i = 0;
  /** The last comma seen, where a trailing comma is reported. */
  lastComma = 0;
  constructor(readonly text: string) {}

  ws(): void {
    while (this.i < this.text.length && ' \t\n\r'.includes(this.text[this.i]!)) this.i++;
  }

  fail(code: JsonErrorCode, at = this.i): never {
    throw new Stop(at >= this.text.length ? 'end-of-file' : code, at);
  }

  string(): void {
    const { text } = this;
    this.i++; // opening quote
    for (;;) {
      if (this.i >= text.length) this.fail('end-of-file');
      const c = text[this.i]!;
      if (c === '"') {
        this.i++;
        return;
      }
      if (c === '\n' || c === '\r') this.fail('unterminated-string');
      if (c === '\\') {
        const e = text[this.i + 1];
        if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(this.i + 2, this.i + 6))) this.i += 6;
        else if (e !== undefined && '"\\/bfnrt'.includes(e)) this.i += 2;
        else this.fail('unexpected', this.i + 1);
      } else this.i++;
    }
  }

  /** An object, from its `{`. */
  object(): void {
    const { text } = this;
    this.i++;
    this.ws();
    if (text[this.i] === '}') {
      this.i++;
      return;
    }
    for (;;) {
      this.ws();
      if (text[this.i] === '}') this.fail('trailing-comma', this.lastComma);
      if (text[this.i] !== '"') this.fail(this.i < text.length && /[A-Za-z_$']/.test(text[this.i]!) ? 'unquoted-key' : 'unexpected');
      this.string();
      this.ws();
      if (text[this.i] !== ':') this.fail('missing-colon');
      this.i++;
      this.value();
      this.ws();
      if (text[this.i] === ',') {
        this.lastComma = this.i++;
        continue;
      }
      if (text[this.i] === '}') {
        this.i++;
        return;
      }
      this.fail(text[this.i] === '"' ? 'missing-comma' : 'unexpected');
    }
  }

  /** An array, from its `[`. */
  array(): void {
    const { text } = this;
    this.i++;
    this.ws();
    if (text[this.i] === ']') {
      this.i++;
      return;
    }
    for (;;) {
      this.ws();
      if (text[this.i] === ']') this.fail('trailing-comma', this.lastComma);
      this.value();
      this.ws();
      if (text[this.i] === ',') {
        this.lastComma = this.i++;
        continue;
      }
      if (text[this.i] === ']') {
        this.i++;
        return;
      }
      this.fail(this.i < text.length && /["{[\d-]|t|f|n/.test(text[this.i]!) ? 'missing-comma' : 'unexpected');
    }
  }

  value(): void {
    this.ws();
    const c = this.text[this.i];
    if (c === undefined) this.fail('end-of-file');
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    if (c === '"') return this.string();
    const m = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(this.text.slice(this.i, this.i + 400));
    if (!m) this.fail('unexpected');
    this.i += m![0].length;
  }
}

/** The first error of a text that is not JSON; `undefined` when it is JSON. */
export function jsonError(text: string): JsonError | undefined {
  const reader = new Reader(text);
  try {
    reader.value();
    reader.ws();
    if (reader.i < text.length) reader.fail('trailing-text');
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
