/**
 * Reading back the CSV files peakwatch writes (RFC 4180: comma-separated, a header row, cells
 * with a comma, quote or line end quoted with doubled quotes). The report reads only files of
 * ours, but parses quoting properly rather than splitting on commas, so that a quoted cell can
 * never shift the columns silently.
 */

/** A CSV file's header and rows, with lookups by column name. */
export interface CsvTable {
  /** Where the text came from, for error messages. */
  readonly source: string;
  readonly header: readonly string[];
  /** Data rows (the header excluded), each as long as the header. */
  readonly rows: readonly (readonly string[])[];
}

/**
 * Parses CSV text into a table.
 *
 * @param text the file's contents
 * @param source file name used in error messages
 * @throws Error naming `source` and the line for an unterminated quote or a row whose length
 *   differs from the header's
 * @example
 * ```ts
 * parseCsvTable('a,b\n1,"x,y"\n', 'f.csv').rows; // [['1', 'x,y']]
 * ```
 */
export function parseCsvTable(text: string, source: string): CsvTable {
  const records = splitRecords(text, source);
  const header = records[0]?.cells;
  if (header === undefined) throw new Error(`${source}: empty file, expected a header row`);
  for (const record of records.slice(1)) {
    if (record.cells.length !== header.length) {
      throw new Error(
        `${source}:${record.line}: ${record.cells.length} cells, expected ${header.length}`,
      );
    }
  }
  return { source, header, rows: records.slice(1).map((r) => r.cells) };
}

/**
 * The index of a column, for reading its cells from every row.
 *
 * @throws Error naming the file when the column is missing (the file is not the expected one)
 */
export function columnIndex(table: CsvTable, name: string): number {
  const index = table.header.indexOf(name);
  if (index < 0) throw new Error(`${table.source}: no column "${name}"`);
  return index;
}

/** The index of a column that newer files have and older ones may lack; -1 when absent. */
export function optionalColumnIndex(table: CsvTable, name: string): number {
  return table.header.indexOf(name);
}

/** One parsed record and the line it starts on (1-based). */
interface CsvRecord {
  readonly line: number;
  readonly cells: string[];
}

/** Splits the text into records of cells, honouring quotes; a final line end is optional. */
function splitRecords(text: string, source: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let i = 0;
  const endRecord = () => {
    cells.push(cell);
    records.push({ line: recordLine, cells });
    cells = [];
    cell = '';
  };
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else {
        if (c === '\n') line += 1;
        cell += c;
      }
      i += 1;
      continue;
    }
    if (c === '"' && cell === '') quoted = true;
    else if (c === ',') {
      cells.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      // A CRLF pair ends one record, not two.
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      endRecord();
      line += 1;
      recordLine = line;
    } else cell += c;
    i += 1;
  }
  if (quoted) throw new Error(`${source}:${recordLine}: a quoted cell is never closed`);
  if (cell !== '' || cells.length > 0) endRecord();
  return records;
}
