/**
 * The incidents of one replication, as columns of numbers: an incident's row is written when it
 * occurs (what it is) and again when it is cleared (what happened to it), after which the
 * replication holds no reference to the {@link Incident} object. Incidents then die young, and
 * garbage collection does not copy a replication's worth of them (with their draws, responder
 * lists and boxed times) from one young-generation space to the next until the run ends.
 *
 * Times are doubles, NaN standing for `null` ("did not happen"); indices, counts, booleans and
 * tri-states (-1 for `null`) are 32-bit integers, each row at a fixed stride in its block's two
 * arrays. Row r holds incident r + 1 (ids count from 1 in order of occurrence). The responders
 * of every row are one flat list of responder indices.
 *
 * A row is final at clearance, except for its responders when a unit is still on its way to the
 * cleared incident (it may yet be diverted, which takes it off the incident's list): such a row
 * is written again once the run is over (see {@link IncidentTable.isSettled}).
 *
 * The records handed out at the end are read-only views onto the columns (one small object per
 * incident, its fields getters), not objects carrying a copy of every field: see
 * docs/performance.md, "Incidents that die young", for why.
 */
import type { Incident, IncidentTypeModel } from './incident.js';
import { DETECTION_CHANNELS, type DetectionChannel, type IncidentRecord } from './records.js';
import type { Responder } from './responder.js';
import { RESPONDER_KIND_NAMES, type ResponderKindName } from './responder-kinds.js';

/**
 * Rows of a block: the table grows a block at a time and never copies the rows it holds (a
 * replication of a few hundred incidents uses one block).
 */
const BLOCK_ROWS = 512;
/** Responder entries reserved at first; the flat list doubles when full. */
const INITIAL_RESPONDERS = 512;

// The double columns of a row, then one per responder kind (first on scene by kind).
const OCCURRED = 0;
const ALERT = 1;
const DISPATCHED = 2;
const FIRST_ON_SCENE = 3;
const OFFICERS_ON_SCENE = 4;
const CLEARED = 5;
const TRAVEL_MINUTES = 6;
const FOUND = 7;
const KIND_TIMES = 8;
const TIME_STRIDE = KIND_TIMES + RESPONDER_KIND_NAMES.length;

// The integer columns of a row.
const TYPE = 0;
const SITE = 1;
const DETECTED_BY = 2;
/** Responder index, -1: none. */
const FIRST_RESPONDER = 3;
const OFFICERS_REQUIRED = 4;
/** 0 or 1. */
const WAITED = 5;
/** Tri-states: -1 null, 0 false, 1 true. */
const RECOVERED = 6;
const WITHIN_TARGET = 7;
/** Where the row's responders start in the flat list, and how many there are. */
const RESPONDERS_START = 8;
const RESPONDERS_COUNT = 9;
const INT_STRIDE = 10;

/** What a row's names are looked up in: the replication's types, sites and responders. */
export interface IncidentNames {
  readonly types: readonly IncidentTypeModel[];
  readonly siteIds: readonly string[];
  readonly responders: readonly Responder[];
}

/**
 * The incident table of one replication.
 *
 * @example
 * ```ts
 * const table = new IncidentTable({ types, siteIds, responders });
 * table.open(incident, typeIndex);   // at its occurrence
 * table.close(incident);             // at its clearance
 * table.records()[0].id;             // 1
 * ```
 */
export class IncidentTable {
  private readonly blocks: RowBlock[] = [];
  private responderIndices = new Int32Array(INITIAL_RESPONDERS);
  private respondersUsed = 0;
  /** Rows opened (incidents that occurred), and rows closed (incidents cleared). */
  private opened = 0;
  private closed = 0;
  private readonly responderIndex: ReadonlyMap<Responder, number>;

  constructor(private readonly names: IncidentNames) {
    this.responderIndex = new Map(names.responders.map((responder, i) => [responder, i]));
  }

  /** Incidents that occurred so far. */
  get size(): number {
    return this.opened;
  }

  /** Incidents not cleared yet. */
  get openCount(): number {
    return this.opened - this.closed;
  }

  /** Writes what an incident is, at its occurrence (its id must be the next: size + 1). */
  open(incident: Incident, typeIndex: number): void {
    const row = incident.id - 1;
    if (row !== this.opened) {
      throw new Error(`incident ${incident.id} opened after ${this.opened}: ids go in order`);
    }
    const slot = row % BLOCK_ROWS;
    if (slot === 0) this.blocks.push(newBlock(row));
    this.opened++;
    const { times, ints } = this.blocks[this.blocks.length - 1]!;
    const t = slot * TIME_STRIDE;
    times.fill(Number.NaN, t, t + TIME_STRIDE);
    times[t + OCCURRED] = incident.occurred;
    const i = slot * INT_STRIDE;
    ints[i + TYPE] = typeIndex;
    ints[i + SITE] = incident.site;
  }

  /** Writes what happened to a cleared incident (again, for a row that was not settled). */
  close(incident: Incident): void {
    const row = incident.id - 1;
    const slot = row % BLOCK_ROWS;
    const { times, ints } = this.blockOf(row);
    const t = slot * TIME_STRIDE;
    if (Number.isNaN(times[t + CLEARED]!)) this.closed++;
    times[t + ALERT] = incident.alert;
    times[t + DISPATCHED] = orNaN(incident.dispatched);
    times[t + FIRST_ON_SCENE] = orNaN(incident.firstOnScene);
    times[t + OFFICERS_ON_SCENE] = orNaN(incident.officersOnScene);
    times[t + CLEARED] = orNaN(incident.cleared);
    times[t + TRAVEL_MINUTES] = orNaN(incident.travelMinutes);
    times[t + FOUND] = orNaN(incident.found);
    for (let k = 0; k < RESPONDER_KIND_NAMES.length; k++) {
      times[t + KIND_TIMES + k] =
        incident.firstOnSceneByKind[RESPONDER_KIND_NAMES[k]!] ?? Number.NaN;
    }
    const i = slot * INT_STRIDE;
    ints[i + DETECTED_BY] = DETECTION_CHANNELS.indexOf(incident.detectedBy);
    const first = incident.firstResponder;
    ints[i + FIRST_RESPONDER] = first === null ? -1 : this.indexOf(first);
    ints[i + OFFICERS_REQUIRED] = incident.officersRequired;
    ints[i + WAITED] = incident.waited ? 1 : 0;
    ints[i + RECOVERED] = triState(incident.recovered);
    const required = incident.requiredOnScene;
    ints[i + WITHIN_TARGET] = triState(
      required === null ? null : required - incident.alert <= incident.type.targetMinutes,
    );
    this.writeResponders(ints, i, incident.responders);
  }

  /**
   * Whether a cleared incident's row is final: no unit is still on its way to it and it is not
   * queued for one, so that nothing can change its list of responders any more.
   */
  static isSettled(incident: Incident): boolean {
    return !incident.queued && !incident.responders.some((r) => r.incident === incident);
  }

  /** The records of every incident, in order of id (call once every incident is cleared). */
  records(): IncidentRecord[] {
    if (this.closed !== this.opened) {
      throw new Error(`${this.opened - this.closed} incident(s) still open: no records yet`);
    }
    const shared: SharedColumns = { responderIndices: this.responderIndices, names: this.names };
    const records = new Array<IncidentRecord>(this.opened);
    for (let row = 0; row < this.opened; row++) {
      records[row] = new IncidentRow(shared, this.blockOf(row), row % BLOCK_ROWS);
    }
    return records;
  }

  /**
   * The first incident not cleared yet (id, type id, site id and occurrence time), or null.
   */
  firstOpen(): { id: number; type: string; site: string; occurred: number } | null {
    for (let row = 0; row < this.opened; row++) {
      const slot = row % BLOCK_ROWS;
      const { times, ints } = this.blockOf(row);
      if (!Number.isNaN(times[slot * TIME_STRIDE + CLEARED]!)) continue;
      const i = slot * INT_STRIDE;
      return {
        id: row + 1,
        type: this.names.types[ints[i + TYPE]!]!.id,
        site: this.names.siteIds[ints[i + SITE]!]!,
        occurred: times[slot * TIME_STRIDE + OCCURRED]!,
      };
    }
    return null;
  }

  /** The block that holds row `row` (its slot there is `row % BLOCK_ROWS`). */
  private blockOf(row: number): RowBlock {
    return this.blocks[Math.floor(row / BLOCK_ROWS)]!;
  }

  /** Appends the responders to the flat list (a row written again leaves its old ones unused). */
  private writeResponders(ints: Int32Array, i: number, responders: readonly Responder[]): void {
    const needed = this.respondersUsed + responders.length;
    if (needed > this.responderIndices.length) {
      const larger = new Int32Array(2 * needed);
      larger.set(this.responderIndices);
      this.responderIndices = larger;
    }
    ints[i + RESPONDERS_START] = this.respondersUsed;
    ints[i + RESPONDERS_COUNT] = responders.length;
    for (const responder of responders) {
      this.responderIndices[this.respondersUsed++] = this.indexOf(responder);
    }
  }

  private indexOf(responder: Responder): number {
    const index = this.responderIndex.get(responder);
    if (index === undefined) throw new Error(`responder ${responder.id} is not in the table`);
    return index;
  }
}

/** A block of rows: their times and their integers, and the row of its first. */
interface RowBlock {
  readonly first: number;
  readonly times: Float64Array;
  readonly ints: Int32Array;
}

function newBlock(first: number): RowBlock {
  return {
    first,
    times: new Float64Array(BLOCK_ROWS * TIME_STRIDE),
    ints: new Int32Array(BLOCK_ROWS * INT_STRIDE),
  };
}

/** What every record of a finished table reads besides its block: the responders and names. */
interface SharedColumns {
  readonly responderIndices: Int32Array;
  readonly names: IncidentNames;
}

/** One incident's record, read from the table's columns when asked. */
class IncidentRow implements IncidentRecord {
  constructor(
    private readonly shared: SharedColumns,
    private readonly block: RowBlock,
    private readonly slot: number,
  ) {}

  get id(): number {
    return this.block.first + this.slot + 1;
  }
  get type(): string {
    return this.typeModel.id;
  }
  get priority(): number {
    return this.typeModel.priority;
  }
  get site(): string {
    return this.shared.names.siteIds[this.int(SITE)]!;
  }
  get occurred(): number {
    return this.time(OCCURRED);
  }
  get alert(): number {
    return this.time(ALERT);
  }
  get detectedBy(): DetectionChannel {
    return DETECTION_CHANNELS[this.int(DETECTED_BY)]!;
  }
  get dispatched(): number | null {
    return orNull(this.time(DISPATCHED));
  }
  get firstOnScene(): number | null {
    return orNull(this.time(FIRST_ON_SCENE));
  }
  get firstResponder(): string | null {
    return this.firstResponderUnit?.id ?? null;
  }
  get firstResponderKind(): ResponderKindName | null {
    return this.firstResponderUnit?.kind ?? null;
  }
  /** First arrival by kind, the kinds in registry order (kinds that never arrived absent). */
  get firstOnSceneByKind(): Partial<Record<ResponderKindName, number>> {
    const byKind: Partial<Record<ResponderKindName, number>> = {};
    for (let k = 0; k < RESPONDER_KIND_NAMES.length; k++) {
      const minutes = this.time(KIND_TIMES + k);
      if (!Number.isNaN(minutes)) byKind[RESPONDER_KIND_NAMES[k]!] = minutes;
    }
    return byKind;
  }
  get officersRequired(): number {
    return this.int(OFFICERS_REQUIRED);
  }
  get officersOnScene(): number | null {
    return orNull(this.time(OFFICERS_ON_SCENE));
  }
  get cleared(): number | null {
    return orNull(this.time(CLEARED));
  }
  get waited(): boolean {
    return this.int(WAITED) === 1;
  }
  get waitMinutes(): number | null {
    const dispatched = this.time(DISPATCHED);
    return Number.isNaN(dispatched) ? null : dispatched - this.time(ALERT);
  }
  get travelMinutes(): number | null {
    return orNull(this.time(TRAVEL_MINUTES));
  }
  get recovered(): boolean | null {
    return fromTriState(this.int(RECOVERED));
  }
  get found(): number | null {
    return orNull(this.time(FOUND));
  }
  get withinTarget(): boolean | null {
    return fromTriState(this.int(WITHIN_TARGET));
  }
  get responders(): string[] {
    const { responderIndices, names } = this.shared;
    const start = this.int(RESPONDERS_START);
    const ids = new Array<string>(this.int(RESPONDERS_COUNT));
    for (let j = 0; j < ids.length; j++)
      ids[j] = names.responders[responderIndices[start + j]!]!.id;
    return ids;
  }

  private get typeModel(): IncidentTypeModel {
    return this.shared.names.types[this.int(TYPE)]!;
  }
  private get firstResponderUnit(): Responder | null {
    const index = this.int(FIRST_RESPONDER);
    return index < 0 ? null : this.shared.names.responders[index]!;
  }
  private time(column: number): number {
    return this.block.times[this.slot * TIME_STRIDE + column]!;
  }
  private int(column: number): number {
    return this.block.ints[this.slot * INT_STRIDE + column]!;
  }
}

function orNaN(value: number | null): number {
  return value === null ? Number.NaN : value;
}

function orNull(value: number): number | null {
  return Number.isNaN(value) ? null : value;
}

function triState(value: boolean | null): number {
  return value === null ? -1 : value ? 1 : 0;
}

function fromTriState(value: number): boolean | null {
  return value < 0 ? null : value === 1;
}
