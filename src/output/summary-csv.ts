/**
 * summary.csv: one row per replication (and plan) with every measure's value, exactly as the
 * statistics saw it. The tables and comparison.csv are computed from these rows, and because
 * numbers are written in round-trip form (csv-format.ts), `peakwatch merge` can read them back
 * and recompute the same tables, byte for byte, from the shards' files.
 */
import { RESERVED_KEY } from '../scenario/own-keys.js';
import type { IncidentType } from '../scenario/types.js';
import { MEASURES, type ReplicationSummary, typeMeasureId } from '../stats/measures.js';
import { standardMeasureId } from '../stats/standards.js';
import { type Column, formatRecords } from './csv-columns.js';
import { parseNumberCell } from './csv-format.js';

/** The columns before the measures. */
const LEAD_COLUMNS = ['plan', 'replication'] as const;

/**
 * The measure columns of a scenario, in order: every measure overall (in the order of
 * `MEASURES`), then for each incident type (in scenario order) its per-type measures, named
 * `<measure>@<type>`, then the share meeting each service standard (in scenario order), named
 * `standard@<id>`.
 */
export function summaryMeasureKeys(
  incidentTypes: readonly Pick<IncidentType, 'id'>[],
  standards: readonly { readonly id: string }[] = [],
): string[] {
  return [
    ...MEASURES.map((m) => m.id),
    ...incidentTypes.flatMap((type) =>
      MEASURES.filter((m) => m.perType).map((m) => typeMeasureId(m.id, type.id)),
    ),
    ...standards.map((standard) => standardMeasureId(standard.id)),
  ];
}

/** The header row of summary.csv for these measure columns. */
export function summaryHeader(keys: readonly string[]): string[] {
  return [...LEAD_COLUMNS, ...keys];
}

/**
 * CSV text of summary rows (no header); a value missing from a summary is an empty cell. Built
 * directly (`formatRecords`, held equal to csv-stringify's text), because a run writes a row per
 * replication and csv-stringify took most of the main thread's time spent on them.
 */
export function formatSummaryRows(
  summaries: readonly ReplicationSummary[],
  keys: readonly string[],
): string {
  return formatRecords(summaryColumns(keys), summaries, null);
}

/** The columns of summary rows with these measure columns. */
function summaryColumns(keys: readonly string[]): Column<ReplicationSummary, null>[] {
  return [
    { name: LEAD_COLUMNS[0], cell: (s) => s.plan },
    { name: LEAD_COLUMNS[1], cell: (s) => s.replication },
    ...keys.map((key) => ({
      name: key,
      cell: (s: ReplicationSummary) => s.values[key] ?? Number.NaN,
    })),
  ];
}

/** The contents of a summary.csv read back. */
export interface SummaryTable {
  readonly keys: readonly string[];
  readonly summaries: readonly ReplicationSummary[];
}

/**
 * Reads summary.csv text written by {@link formatSummaryRows} (after its header). Plans are ids
 * and measures numbers, so no cell is ever quoted; a quote means the file is not one of ours.
 *
 * @throws Error naming `source` and the line for anything that does not fit.
 */
export function parseSummaryCsv(text: string, source: string): SummaryTable {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const header = (lines[0] ?? '').split(',');
  if (header[0] !== LEAD_COLUMNS[0] || header[1] !== LEAD_COLUMNS[1]) {
    throw new Error(`${source}: not a peakwatch summary.csv (header "${lines[0] ?? ''}")`);
  }
  const keys = header.slice(LEAD_COLUMNS.length);
  const odd = keys.find((key, k) => key === RESERVED_KEY || keys.indexOf(key) !== k);
  if (odd !== undefined) {
    // A measure named twice, or "__proto__" (no object can hold it as data): not one of ours.
    throw new Error(
      `${source}: not a peakwatch summary.csv (column "${odd}" is repeated or reserved)`,
    );
  }
  const summaries = lines.slice(1).map((line, i) => {
    const where = `${source}:${i + 2}`;
    if (line.includes('"')) throw new Error(`${where}: unexpected quoted cell`);
    const cells = line.split(',');
    if (cells.length !== header.length) {
      throw new Error(`${where}: ${cells.length} cells, expected ${header.length}`);
    }
    const replication = Number(cells[1]);
    if (!Number.isSafeInteger(replication))
      throw new Error(`${where}: bad replication "${cells[1]}"`);
    const values: Record<string, number> = {};
    keys.forEach((key, k) => {
      try {
        values[key] = parseNumberCell(cells[k + LEAD_COLUMNS.length]!);
      } catch (error) {
        throw new Error(`${where}: ${key}: ${(error as Error).message}`);
      }
    });
    return { plan: cells[0]!, replication, values };
  });
  return { keys, summaries };
}
