/**
 * The standards' breakdown cells added up over replications: in each worker over the
 * replications of a block that repeat a plan (so that a run's block sends one summed list of
 * cells, not one per replication), and in the main thread over the blocks as they arrive (so the
 * incident files are never read back). The counts are sums, so how the replications are grouped
 * changes nothing. A block sends its cells as numbers ({@link CellCounts}), not as objects.
 */
import {
  type BreakdownCell,
  type BreakdownDimension,
  compareGroups,
} from '../stats/standards-breakdown.js';

/**
 * A block's breakdown cells as numbers, as it sends them to the main thread: the texts the
 * cells' keys are made of (plans, standards, the groups' values), each once, and for each
 * breakdown one record per cell: the number (index in `texts`) of its plan, of its standard and
 * of its value of each dimension in the breakdown's order, then its covered and its met count.
 * The records' buffers are moved, not copied, to the main thread: a structured clone of the
 * cells as objects cost several milliseconds per block (docs/performance.md).
 */
export interface CellCounts {
  readonly texts: readonly string[];
  /** One array of records per breakdown, in the setup's order. */
  readonly records: readonly Uint32Array[];
}

/** Breakdown cells collected over some replications, one list per breakdown. */
export interface CellCollector {
  /** Takes cells (one list per breakdown) of one replication or of several. */
  add(cells: readonly (readonly BreakdownCell[])[]): void;
  /** The cells collected, as numbers. */
  counts(): CellCounts;
}

/** Texts numbered in order of first sight. */
class TextNumbers {
  readonly texts: string[] = [];
  private readonly numbers = new Map<string, number>();

  /** The text's number (numbering it if it is new). */
  numberOf(text: string): number {
    let n = this.numbers.get(text);
    if (n === undefined) {
      n = this.texts.length;
      this.texts.push(text);
      this.numbers.set(text, n);
    }
    return n;
  }
}

/** The numbers that key a cell: plan, standard, then its value of each dimension of `by`. */
function cellKey(
  cell: BreakdownCell,
  by: readonly BreakdownDimension[],
  texts: TextNumbers,
  key: number[],
): number[] {
  key[0] = texts.numberOf(cell.plan);
  key[1] = texts.numberOf(cell.standard);
  for (let d = 0; d < by.length; d++) key[d + 2] = texts.numberOf(cell.group[by[d]!]!);
  return key;
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
    counts: () => {
      const texts = new TextNumbers();
      const records = lists.map((list, i) => {
        const by = byList[i]!;
        const width = by.length + 4;
        const key: number[] = [];
        const out = new Uint32Array(list.length * width);
        list.forEach((cell, c) => {
          out.set(cellKey(cell, by, texts, key), c * width);
          out[c * width + width - 2] = cell.covered;
          out[c * width + width - 1] = cell.met;
        });
        return out;
      });
      return { texts: texts.texts, records };
    },
  };
}

/** Maps of a key's numbers, one level per number, down to a cell's slot. */
type SlotTree = Map<number, SlotTree | number>;

/** The cells of one breakdown, each in a slot found by its key, in order of first sight. */
class CellSlots {
  private readonly tree: SlotTree = new Map();
  /** Each slot's key, one after another. */
  readonly keys: number[] = [];
  readonly covered: number[] = [];
  readonly met: number[] = [];

  constructor(readonly keyLength: number) {}

  /** Adds counts to the cell of `key` (its first `keyLength` numbers). */
  add(key: ArrayLike<number>, covered: number, met: number): void {
    const last = this.keyLength - 1;
    let tree = this.tree;
    for (let k = 0; k < last; k++) {
      let subtree = tree.get(key[k]!) as SlotTree | undefined;
      if (subtree === undefined) {
        subtree = new Map();
        tree.set(key[k]!, subtree);
      }
      tree = subtree;
    }
    let slot = tree.get(key[last]!) as number | undefined;
    if (slot === undefined) {
      slot = this.covered.length;
      tree.set(key[last]!, slot);
      for (let k = 0; k <= last; k++) this.keys.push(key[k]!);
      this.covered.push(0);
      this.met.push(0);
    }
    this.covered[slot]! += covered;
    this.met[slot]! += met;
  }
}

/**
 * The cells of each breakdown, added up as they come.
 *
 * @example
 * ```ts
 * const tally = breakdownTallyFor(scenario, options.by ?? [], records);
 * tally.addCounts(blockOutcome.breakdowns);
 * tally.cellsOf(0, plans); // sorted as the breakdown file lists them
 * ```
 */
export class BreakdownTally implements CellCollector {
  private readonly texts = new TextNumbers();
  private readonly slots: CellSlots[];

  /**
   * @param byList the breakdowns counted, each a list of dimensions
   * @param standardOrder the scenario's standards in order, by which {@link cellsOf} sorts (not
   *   needed to add cells up)
   */
  constructor(
    readonly byList: readonly (readonly BreakdownDimension[])[],
    private readonly standardOrder: readonly string[] = [],
  ) {
    this.slots = byList.map((by) => new CellSlots(by.length + 2));
  }

  /** Adds cells (one list per breakdown, in `byList` order) of one replication or of several. */
  add(replicationCells: readonly (readonly BreakdownCell[])[]): void {
    replicationCells.forEach((cells, i) => {
      const by = this.byList[i]!;
      const slots = this.slots[i]!;
      const key: number[] = [];
      for (const cell of cells) {
        slots.add(cellKey(cell, by, this.texts, key), cell.covered, cell.met);
      }
    });
  }

  /** Adds the cells a block sent as numbers (one array of records per breakdown). */
  addCounts(counts: CellCounts): void {
    const numbers = counts.texts.map((text) => this.texts.numberOf(text));
    counts.records.forEach((records, i) => {
      const slots = this.slots[i]!;
      const { keyLength } = slots;
      const width = keyLength + 2;
      const key = new Array<number>(keyLength);
      for (let r = 0; r < records.length; r += width) {
        for (let k = 0; k < keyLength; k++) key[k] = numbers[records[r + k]!]!;
        slots.add(key, records[r + keyLength]!, records[r + keyLength + 1]!);
      }
    });
  }

  /** The cells added up so far, as numbers, each breakdown's in the order first added. */
  counts(): CellCounts {
    const records = this.slots.map(({ keys, keyLength, covered, met }) => {
      const width = keyLength + 2;
      const out = new Uint32Array(covered.length * width);
      for (let s = 0; s < covered.length; s++) {
        out.set(keys.slice(s * keyLength, (s + 1) * keyLength), s * width);
        out[s * width + keyLength] = covered[s]!;
        out[s * width + keyLength + 1] = met[s]!;
      }
      return out;
    });
    return { texts: [...this.texts.texts], records };
  }

  /** The cells added up so far, one list per breakdown, each in the order first added. */
  counted(): BreakdownCell[][] {
    const { texts } = this.texts;
    return this.slots.map(({ keys, keyLength, covered, met }, i) => {
      const by = this.byList[i]!;
      return covered.map((count, s) => {
        const group: Partial<Record<BreakdownDimension, string>> = {};
        by.forEach((d, j) => {
          group[d] = texts[keys[s * keyLength + j + 2]!]!;
        });
        const plan = texts[keys[s * keyLength]!]!;
        const standard = texts[keys[s * keyLength + 1]!]!;
        return { plan, standard, group, covered: count, met: met[s]! };
      });
    });
  }

  /**
   * The cells of breakdown `i`: plans in `plans` order, standards in the scenario's order,
   * groups sorted (as `breakdownStandards` orders them).
   */
  cellsOf(i: number, plans: readonly string[]): BreakdownCell[] {
    const by = this.byList[i]!;
    return this.counted()[i]!.sort(
      (a, b) =>
        plans.indexOf(a.plan) - plans.indexOf(b.plan) ||
        this.standardOrder.indexOf(a.standard) - this.standardOrder.indexOf(b.standard) ||
        compareGroups(a.group, b.group, by),
    );
  }
}
