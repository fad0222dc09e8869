/**
 * The errors and warnings of the OpenStreetMap opening-hours parser (osm.ts, which re-exports
 * their types): what each carries, the English sentence for the console, and `fail()`, which
 * throws the error the parser turns into its result.
 */
import type { Weekday } from '../model.js';

/** Why a string is refused: `code` for translations (the data tools': src/cli/messages.ts `osmError`), `message` in English for the console. */
export interface OsmError {
  /** Index (from 0) of the first character at fault. */
  position: number;
  code:
    | 'empty'
    | 'empty-rule'
    | 'unknown-day'
    | 'day-case'
    | 'missing-times'
    | 'start-format'
    | 'end-format'
    | 'time-out-of-range'
    | 'missing-end'
    | 'end-before-start'
    | 'unsupported'
    | 'unexpected'
    | 'range-format'
    | 'rule-separator'
    | 'range-separator'
    | 'trailing-text'
    | 'times-without-days'
    | 'off-without-days'
    | 'holiday-name'
    | 'missing-day'
    | 'sun'
    | 'always';
  /** What was found there. */
  found: string;
  /** What would be right, when it can be said (e.g. `12:00`). */
  expected?: string;
  /** For `unsupported`: the construction, in English (e.g. `a month`). */
  detail?: string;
  /** The whole sentence in English, e.g. `"8:30" at 6: start time badly written, expected 08:30`. */
  message: string;
}

/**
 * A value that is read, but probably not as meant: `PH off` written before rules that replace
 * it on the holidays falling on their days (`PH off; Mo-Fr 09:00-12:00` is open on Easter Monday).
 */
export interface OsmWarning {
  code: 'ph-replaced';
  /** Index (from 0) of the `PH off` rule. */
  position: number;
  /** The `PH off` rule as written. */
  found: string;
  /** The weekdays whose holidays stay open, in week order. */
  days: Weekday[];
  /** The value with `PH off` moved to the end. */
  expected: string;
  /** The whole sentence in English, for the console. */
  message: string;
}

/** The English sentence of each error, for the console (the data tools translate the codes: src/cli/messages.ts). */
const EN: Record<OsmError['code'], string> = {
  empty: 'the value is empty',
  'empty-rule': 'empty rule between two ";"',
  'unknown-day': 'unknown day (the days are Mo Tu We Th Fr Sa Su)',
  'day-case': 'day badly written',
  'missing-times': 'hours are missing after the days (or "off")',
  'start-format': 'start time badly written',
  'end-format': 'end time badly written',
  'time-out-of-range': 'time out of range (00:00 to 24:00)',
  'missing-end': 'end time missing',
  'end-before-start': 'end time is not after the start time (hours past midnight are not supported: close at 24:00, open at 00:00 the next day)',
  unsupported: 'not in the supported subset',
  unexpected: 'unexpected text',
  'range-format': 'a time range is written HH:MM-HH:MM',
  'rule-separator': 'rules are separated by ";"',
  'range-separator': 'the time ranges of the same days are separated by a comma',
  'trailing-text': 'text after the hours (a remark goes in another field, not in the hours)',
  'times-without-days': 'each rule starts with its days; the ranges of the same days are joined by a comma',
  'off-without-days': '"off" needs the days before it (public holidays: PH off)',
  'holiday-name': 'no holiday names other than PH (the Belgian public holidays)',
  'missing-day': 'a day is missing after "-" or ","',
  sun: 'sunrise, sunset, dawn and dusk are not supported: write the time',
  always: 'always open is written 24/7, every day Mo-Su',
};

export class Fail extends Error {
  constructor(readonly error: OsmError) {
    super(error.message);
  }
}

export function fail(position: number, code: OsmError['code'], found: string, expected?: string, detail?: string): never {
  const message = `"${found}" at position ${position + 1}: ${EN[code]}${detail ? ` (${detail})` : ''}${expected ? `, expected ${expected}` : ''}`;
  throw new Fail({ position, code, found, ...(expected && { expected }), ...(detail && { detail }), message });
}
