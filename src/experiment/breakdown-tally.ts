/**
 * The standards' breakdown cells added up over replications: in each worker over the
 * replications of a block that repeat a plan (so that a run's block sends one summed list of
 * cells, not one per replication), and in the main thread over the blocks as they arrive (so the
 * incident files are never read back). The counts are sums, so how the replications are grouped
 * changes nothing.
 */
import {
  type BreakdownCell,
  type BreakdownDimension,
  compareGroups,
} from '../stats/standards-breakdown.js';

/** Breakdown cells collected over some replications, one list per breakdown. */
export interface CellCollector {
  /** Takes cells (one list per breakdown) of one replication or of several. */
  add(cells: readonly (readonly BreakdownCell[])[]): void;
  /** The cells collected, one list per breakdown. */
  counted(): readonly (readonly BreakdownCell[])[];
}

/**
 * A collector that keeps the cells as they come, for replications whose cells share no key
 * (one replication of each plan): adding them up would cost as much as the tally that adds them
 * later, for nothing.
 */
export function cellList(byList: readonly (readonly BreakdownDimension[])[]): CellCollector {
  const lists = byList.map((): BreakdownCell[] => []);
  return {
    add: (cells) => {
      cells.forEach((list, i) => {
        lists[i]!.push(...list);
      });
    },
    counted: () => lists,
  };
}

/**
 * The cells of each breakdown, added up as they come.
 *
 * @example
 * ```ts
 * const tally = breakdownTallyFor(scenario, options.by ?? [], records);
 * tally.add(blockOutcome.breakdowns);
 * tally.cellsOf(0, plans); // sorted as the breakdown file lists them
 * ```
 */
export class BreakdownTally implements CellCollector {
  private readonly cells: Map<string, BreakdownCell>[];

  /**
   * @param byList the breakdowns counted, each a list of dimensions
   * @param standardOrder the scenario's standards in order, by which {@link cellsOf} sorts (not
   *   needed to add cells up)
   */
  constructor(
    readonly byList: readonly (readonly BreakdownDimension[])[],
    private readonly standardOrder: readonly string[] = [],
  ) {
    this.cells = byList.map(() => new Map());
  }

  /** Adds cells (one list per breakdown, in `byList` order) of one replication or of several. */
  add(replicationCells: readonly (readonly BreakdownCell[])[]): void {
    replicationCells.forEach((cells, i) => {
      const by = this.byList[i]!;
      const tally = this.cells[i]!;
      for (const cell of cells) {
        const key = [cell.plan, cell.standard, ...by.map((d) => cell.group[d])].join('\u0000');
        const earlier = tally.get(key);
        tally.set(key, {
          ...cell,
          covered: cell.covered + (earlier?.covered ?? 0),
          met: cell.met + (earlier?.met ?? 0),
        });
      }
    });
  }

  /** The cells added up so far, one list per breakdown, each in the order first added. */
  counted(): BreakdownCell[][] {
    return this.cells.map((cells) => [...cells.values()]);
  }

  /**
   * The cells of breakdown `i`: plans in `plans` order, standards in the scenario's order,
   * groups sorted (as `breakdownStandards` orders them).
   */
  cellsOf(i: number, plans: readonly string[]): BreakdownCell[] {
    const by = this.byList[i]!;
    return [...this.cells[i]!.values()].sort(
      (a, b) =>
        plans.indexOf(a.plan) - plans.indexOf(b.plan) ||
        this.standardOrder.indexOf(a.standard) - this.standardOrder.indexOf(b.standard) ||
        compareGroups(a.group, b.group, by),
    );
  }
}
