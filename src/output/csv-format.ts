/**
 * How values are written to peakwatch's CSV files. Every cell is turned into text here, before
 * csv-stringify sees it, so the encoding is one documented rule rather than the library's
 * defaults (which write `false` as an empty cell):
 * - numbers in JavaScript's shortest round-trip form (`Number(text)` gives back the same double,
 *   which is what lets `peakwatch merge` recompute tables exactly from summary rows);
 * - a missing value (`null`, or `NaN` for a measure with no data) as an empty cell;
 * - booleans as `true` / `false`.
 */
import { stringify } from 'csv-stringify/sync';

/** A value as it may appear in a CSV cell. */
export type CellValue = string | number | boolean | null;

/** The text of one CSV cell (see the module comment for the rules). */
export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isNaN(value) ? '' : String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return value;
}

/**
 * The characters that make a cell need quotes: csv-stringify's default rule (delimiter, quote,
 * line ends).
 */
const QUOTED_CHARACTERS = '",\r\n';

/** Cells that must be quoted. */
const NEEDS_QUOTES = new RegExp(`[${QUOTED_CHARACTERS}]`);

/**
 * The same rule as a table of flags by ASCII code (1: the character makes a cell need quotes),
 * for writers that check a cell while copying it (`Utf8Builder.appendUnless`).
 */
export const NEEDS_QUOTES_ASCII: Readonly<Uint8Array> = (() => {
  const table = new Uint8Array(0x80);
  for (const character of QUOTED_CHARACTERS) table[character.charCodeAt(0)] = 1;
  return table;
})();

/**
 * A cell as it appears in a CSV line: {@link cellText}, quoted as csv-stringify quotes it by
 * default (when it holds a comma, a quote or a line end; quotes inside doubled). Only text can
 * need quotes: numbers and booleans are written as they are.
 */
export function csvCell(value: CellValue): string {
  if (typeof value !== 'string') return cellText(value);
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * Reads a numeric cell written by {@link cellText}: an empty cell is `NaN` (no data).
 *
 * @throws Error when the text is not a number.
 */
export function parseNumberCell(text: string): number {
  if (text === '') return Number.NaN;
  const value = Number(text);
  if (Number.isNaN(value)) throw new Error(`not a number: "${text}"`);
  return value;
}

/** CSV text (with a line end after every row) of rows of cells. */
export function formatCsvRows(rows: readonly (readonly CellValue[])[]): string {
  if (rows.length === 0) return '';
  return stringify(rows.map((row) => row.map(cellText)));
}
