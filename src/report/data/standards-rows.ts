/**
 * Reading standards.csv (output/standards-csv.ts) back into judgements, so that the report's
 * verdict is built by the same function, from the same numbers, as the console's.
 */
import { parseNumberCell } from '../../output/csv-format.js';
import { STANDARDS_COLUMNS } from '../../output/standards-csv.js';
import type { Interval } from '../../stats/interval.js';
import type {
  StandardChange,
  StandardDefinition,
  StandardJudgement,
  StandardStatus,
} from '../../stats/standards-judgement.js';
import { type CsvTable, columnIndex } from './csv-table.js';

const STATUSES: readonly StandardStatus[] = ['met', 'not-met', 'undecided', 'not-applicable'];
const CHANGES: readonly StandardChange[] = ['better', 'worse', 'no-difference', 'undecided'];

/**
 * The judgements of a standards.csv table.
 *
 * @throws Error naming the file and line for a missing column or a bad cell
 */
export function readStandardJudgements(table: CsvTable): StandardJudgement[] {
  const index = Object.fromEntries(
    STANDARDS_COLUMNS.map((name) => [name, columnIndex(table, name)]),
  );
  return table.rows.map((row, r) => {
    const where = `${table.source}:${r + 2}`;
    const cell = (name: string) => row[index[name]!]!;
    const number = (name: string) => {
      try {
        return parseNumberCell(cell(name));
      } catch (error) {
        throw new Error(`${where}: ${name}: ${(error as Error).message}`);
      }
    };
    const interval = (
      mean: string,
      low: string,
      high: string,
      sd: string,
      n: string,
    ): Interval => ({
      n: number(n),
      mean: number(mean),
      sd: number(sd),
      halfWidth: number(high) - number(mean),
      low: number(low),
      high: number(high),
    });
    const status = cell('verdict') as StandardStatus;
    if (!STATUSES.includes(status)) throw new Error(`${where}: verdict: unknown "${status}"`);
    const change = cell('change');
    if (change !== '' && !CHANGES.includes(change as StandardChange)) {
      throw new Error(`${where}: change: unknown "${change}"`);
    }
    return {
      plan: cell('plan'),
      standard: cell('standard'),
      name: cell('name'),
      required: number('required'),
      share: interval('share', 'share_low', 'share_high', 'share_sd', 'n'),
      status,
      adjustedP: number('adjusted_p'),
      difference:
        change === ''
          ? null
          : interval('diff_vs_baseline', 'diff_low', 'diff_high', 'diff_sd', 'diff_n'),
      change: change === '' ? null : (change as StandardChange),
      differenceAdjustedP: number('diff_adjusted_p'),
    };
  });
}

/**
 * The standards a standards.csv judged, in its order: id, name and required share (as a
 * probability), for judging merged summaries again.
 */
export function standardDefinitions(
  judgements: readonly StandardJudgement[],
): StandardDefinition[] {
  const byId = new Map<string, StandardDefinition>();
  for (const j of judgements) {
    if (!byId.has(j.standard)) {
      byId.set(j.standard, { id: j.standard, name: j.name, share: j.required / 100 });
    }
  }
  return [...byId.values()];
}
