/**
 * Where and when each service standard fails: the counts by the chosen dimensions
 * (stats/standards-breakdown.ts), added up as the replications arrive (breakdown-tally.ts), with, for response
 * standards by site, the fastest possible arrival (analytic/standard-reach.ts) that tells
 * "unreachable from where responders are based" from "capacity short". A run or comparison that
 * writes the incident records writes the site × hour breakdown (the report draws it); `--by`
 * adds the breakdowns asked for, with any `--outputs`.
 */
import { readFileSync } from 'node:fs';
import { fastestArrival, isUnreachable } from '../analytic/standard-reach.js';
import { type Network, scenarioNetwork } from '../model/network.js';
import { parseNumberCell } from '../output/csv-format.js';
import type { RecordSelection } from '../output/record-selection.js';
import {
  type BreakdownRow,
  breakdownFile,
  type ShortfallReason,
  SITE_HOUR,
  writeBreakdownCsv,
} from '../output/standards-breakdown-csv.js';
import { parseCsvTable } from '../report/data/csv-table.js';
import type { Scenario } from '../scenario/types.js';
import {
  BREAKDOWN_DIMENSIONS,
  type BreakdownCell,
  type BreakdownDimension,
  cellShare,
  compareGroups,
} from '../stats/standards-breakdown.js';
import { BreakdownTally } from './breakdown-tally.js';

/** One breakdown written. */
export interface WrittenBreakdown {
  readonly by: readonly BreakdownDimension[];
  readonly file: string;
  readonly rows: readonly BreakdownRow[];
}

/**
 * The tally of the breakdowns an experiment counts: each of `byList` (once each), and by site ×
 * hour whenever it writes the incident records (the report's table of where and when the
 * standards fail). A summaries-only run (`--outputs summary`, as sweeps and the optimizer run)
 * counts only the breakdowns asked for, so it pays for none unless asked. The cells are counted
 * where the incidents are simulated, so they do not need the incident files. Called before any
 * work.
 */
export function breakdownTallyFor(
  scenario: Pick<Scenario, 'standards'>,
  byList: readonly (readonly BreakdownDimension[])[],
  records: RecordSelection,
): BreakdownTally {
  const counted = [...(records.incidents ? [SITE_HOUR] : []), ...byList].filter(
    (by, i, all) => all.findIndex((other) => other.join() === by.join()) === i,
  );
  return new BreakdownTally(
    counted,
    scenario.standards.map((standard) => standard.id),
  );
}

/**
 * Writes each breakdown the tally counted into the folder (none when it counted none).
 *
 * @param plans the experiment's plans, in order
 * @param pathOf where a file of the given name goes
 */
export async function writeStandardBreakdowns(
  scenario: Scenario,
  tally: BreakdownTally,
  plans: readonly string[],
  pathOf: (name: string) => string,
): Promise<WrittenBreakdown[]> {
  const network = scenarioNetwork(scenario);
  const written: WrittenBreakdown[] = [];
  for (const [i, by] of tally.byList.entries()) {
    const rows = tally.cellsOf(i, plans).map((cell) => explainCell(cell, scenario, network));
    const file = breakdownFile(by);
    await writeBreakdownCsv(pathOf(file), by, rows);
    written.push({ by, file, rows });
  }
  return written;
}

/** A cell with its share, the required share and, by site, why it falls short. */
function explainCell(cell: BreakdownCell, scenario: Scenario, network: Network): BreakdownRow {
  const standard = scenario.standards.find((s) => s.id === cell.standard)!;
  const share = cellShare(cell);
  const required = 100 * standard.share;
  const short = share < required;
  const site = cell.group.site;
  if (standard.measure !== 'response' || site === undefined) {
    return { ...cell, share, required, fastest: null, why: null };
  }
  const plan = scenario.plans.find((p) => p.name === cell.plan)!;
  const hour = cell.group.hour === undefined ? null : Number(cell.group.hour);
  const fastest = fastestArrival(
    network,
    plan,
    standard,
    site,
    hour,
    scenario.detection.dispatchMinutes,
  );
  const why = isUnreachable(standard, site, fastest)
    ? 'unreachable'
    : short
      ? 'capacity-short'
      : null;
  return { ...cell, share, required, fastest: Number.isFinite(fastest) ? fastest : null, why };
}

/**
 * Joins the shards' copies of one breakdown file: covered and met add up cell by cell, the
 * share and the capacity shortfall are worked out again, and rows come in the order an
 * unsharded run writes them (plans as given, standards in the order of `standards` — the
 * scenario's, which a shard whose replications lack a standard's incidents cannot tell — groups
 * sorted).
 * Whether a cell is unreachable does not depend on the replications, so any shard's word holds.
 */
export async function mergeBreakdownFiles(
  paths: readonly string[],
  plans: readonly string[],
  standards: readonly string[],
  out: string,
): Promise<void> {
  const tables = paths.map((path) => parseCsvTable(readFileSync(path, 'utf8'), path));
  const header = tables[0]!.header;
  const by = header.filter((h): h is BreakdownDimension =>
    (BREAKDOWN_DIMENSIONS as readonly string[]).includes(h),
  );
  const col = (name: string) => header.indexOf(name);
  const rows = new Map<string, BreakdownRow>();
  for (const table of tables) {
    for (const cells of table.rows) {
      const group = Object.fromEntries(by.map((d) => [d, cells[col(d)]!]));
      const key = [cells[col('plan')], cells[col('standard')], ...by.map((d) => group[d])].join(
        '\u0000',
      );
      const covered = parseNumberCell(cells[col('covered')]!);
      const met = parseNumberCell(cells[col('met')]!);
      const fastest = cells[col('fastest_minutes')]!;
      const earlier = rows.get(key);
      const standard = cells[col('standard')]!;
      rows.set(key, {
        plan: cells[col('plan')]!,
        standard,
        group,
        covered: covered + (earlier?.covered ?? 0),
        met: met + (earlier?.met ?? 0),
        share: Number.NaN,
        required: parseNumberCell(cells[col('required')]!),
        fastest: fastest === '' ? null : parseNumberCell(fastest),
        why: (cells[col('why')]! || null) as ShortfallReason | null,
      });
    }
  }
  const merged = [...rows.values()].map((row): BreakdownRow => {
    const share = cellShare(row);
    const why =
      row.why === 'unreachable'
        ? 'unreachable'
        : row.group.site !== undefined && row.fastest !== null && share < row.required
          ? 'capacity-short'
          : null;
    return { ...row, share, why };
  });
  merged.sort(
    (a, b) =>
      plans.indexOf(a.plan) - plans.indexOf(b.plan) ||
      standards.indexOf(a.standard) - standards.indexOf(b.standard) ||
      compareGroups(a.group, b.group, by),
  );
  await writeBreakdownCsv(out, by, merged);
}
