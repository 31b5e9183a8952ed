/**
 * Reading standards-by-site-hour.csv (output/standards-breakdown-csv.ts) back for the report's
 * table of where and when each standard fails.
 */
import { parseNumberCell } from '../../output/csv-format.js';
import type { BreakdownRow, ShortfallReason } from '../../output/standards-breakdown-csv.js';
import { type CsvTable, columnIndex } from './csv-table.js';

/**
 * The rows of a site × hour breakdown table.
 *
 * @throws Error naming the file and line for a missing column or a bad cell
 */
export function readSiteHourCells(table: CsvTable): BreakdownRow[] {
  const names = ['plan', 'standard', 'site', 'hour', 'covered', 'met', 'share', 'required'];
  const at = Object.fromEntries(names.map((n) => [n, columnIndex(table, n)]));
  const fastestAt = columnIndex(table, 'fastest_minutes');
  const whyAt = columnIndex(table, 'why');
  return table.rows.map((row, i) => {
    const number = (name: string, index: number) => {
      try {
        return parseNumberCell(row[index]!);
      } catch (error) {
        throw new Error(`${table.source}:${i + 2}: ${name}: ${(error as Error).message}`);
      }
    };
    const why = row[whyAt]!;
    if (why !== '' && why !== 'unreachable' && why !== 'capacity-short') {
      throw new Error(`${table.source}:${i + 2}: why: unknown "${why}"`);
    }
    return {
      plan: row[at.plan!]!,
      standard: row[at.standard!]!,
      group: { site: row[at.site!]!, hour: row[at.hour!]! },
      covered: number('covered', at.covered!),
      met: number('met', at.met!),
      share: number('share', at.share!),
      required: number('required', at.required!),
      fastest: row[fastestAt] === '' ? null : number('fastest_minutes', fastestAt),
      why: why === '' ? null : (why as ShortfallReason),
    };
  });
}
