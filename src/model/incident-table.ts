/**
 * The incidents of one replication, as columns of numbers: an incident's row is written when it
 * occurs (what it is) and again when it is cleared (what happened to it), after which the
 * replication holds no reference to the {@link Incident} object. Incidents then die young, and
 * garbage collection does not copy a replication's worth of them (with their draws, responder
 * lists and boxed times) from one young-generation space to the next until the run ends.
 *
 * Times are doubles, NaN standing for `null` ("did not happen"); indices, counts, booleans and
 * tri-states (-1 for `null`) are 32-bit integers. Row r holds incident r + 1 (ids count from 1
 * in order of occurrence). The responders of every row are one flat list of responder indices.
 *
 * A row is final at clearance, except for its responders when a unit is still on its way to the
 * cleared incident (it may yet be diverted, which takes it off the incident's list): such a row
 * is written again once the run is over (see {@link IncidentTable.isSettled}).
 */
import type { Incident, IncidentTypeModel } from './incident.js';
import { DETECTION_CHANNELS, type IncidentRecord } from './records.js';
import type { Responder } from './responder.js';
import { RESPONDER_KIND_NAMES, type ResponderKindName } from './responder-kinds.js';

/** Rows reserved at first; the columns double when full. */
const INITIAL_ROWS = 256;

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
  private times = new Float64Array(INITIAL_ROWS * TIME_STRIDE);
  private ints = new Int32Array(INITIAL_ROWS * INT_STRIDE);
  private responderIndices = new Int32Array(INITIAL_ROWS);
  private respondersUsed = 0;
  private capacity = INITIAL_ROWS;
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
    if (row === this.capacity) this.grow();
    this.opened++;
    const t = row * TIME_STRIDE;
    this.times.fill(Number.NaN, t, t + TIME_STRIDE);
    this.times[t + OCCURRED] = incident.occurred;
    const i = row * INT_STRIDE;
    this.ints[i + TYPE] = typeIndex;
    this.ints[i + SITE] = incident.site;
  }

  /** Writes what happened to a cleared incident (again, for a row that was not settled). */
  close(incident: Incident): void {
    const row = incident.id - 1;
    const t = row * TIME_STRIDE;
    const { times, ints } = this;
    if (Number.isNaN(times[t + CLEARED]!)) this.closed++;
    times[t + ALERT] = incident.alert;
    times[t + DISPATCHED] = orNaN(incident.dispatched);
    times[t + FIRST_ON_SCENE] = orNaN(incident.firstOnScene);
    times[t + OFFICERS_ON_SCENE] = orNaN(incident.officersOnScene);
    times[t + CLEARED] = orNaN(incident.cleared);
    times[t + TRAVEL_MINUTES] = orNaN(incident.travelMinutes);
    times[t + FOUND] = orNaN(incident.found);
    RESPONDER_KIND_NAMES.forEach((kind, k) => {
      times[t + KIND_TIMES + k] = incident.firstOnSceneByKind[kind] ?? Number.NaN;
    });
    const i = row * INT_STRIDE;
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
    this.writeResponders(i, incident.responders);
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
    const records = new Array<IncidentRecord>(this.opened);
    for (let row = 0; row < this.opened; row++) records[row] = this.record(row);
    return records;
  }

  /**
   * The first incident not cleared yet (id, type id, site id and occurrence time), or null.
   */
  firstOpen(): { id: number; type: string; site: string; occurred: number } | null {
    for (let row = 0; row < this.opened; row++) {
      if (!Number.isNaN(this.times[row * TIME_STRIDE + CLEARED]!)) continue;
      const i = row * INT_STRIDE;
      return {
        id: row + 1,
        type: this.names.types[this.ints[i + TYPE]!]!.id,
        site: this.names.siteIds[this.ints[i + SITE]!]!,
        occurred: this.times[row * TIME_STRIDE + OCCURRED]!,
      };
    }
    return null;
  }

  private record(row: number): IncidentRecord {
    const { times, ints, names } = this;
    const t = row * TIME_STRIDE;
    const i = row * INT_STRIDE;
    const type = names.types[ints[i + TYPE]!]!;
    const alert = times[t + ALERT]!;
    const dispatched = orNull(times[t + DISPATCHED]!);
    const first = ints[i + FIRST_RESPONDER]!;
    const firstResponder = first < 0 ? null : names.responders[first]!;
    return {
      id: row + 1,
      type: type.id,
      priority: type.priority,
      site: names.siteIds[ints[i + SITE]!]!,
      occurred: times[t + OCCURRED]!,
      alert,
      detectedBy: DETECTION_CHANNELS[ints[i + DETECTED_BY]!]!,
      dispatched,
      firstOnScene: orNull(times[t + FIRST_ON_SCENE]!),
      firstResponder: firstResponder?.id ?? null,
      firstResponderKind: firstResponder?.kind ?? null,
      firstOnSceneByKind: this.kindTimes(t),
      officersRequired: ints[i + OFFICERS_REQUIRED]!,
      officersOnScene: orNull(times[t + OFFICERS_ON_SCENE]!),
      cleared: orNull(times[t + CLEARED]!),
      waited: ints[i + WAITED] === 1,
      waitMinutes: dispatched === null ? null : dispatched - alert,
      travelMinutes: orNull(times[t + TRAVEL_MINUTES]!),
      recovered: fromTriState(ints[i + RECOVERED]!),
      found: orNull(times[t + FOUND]!),
      withinTarget: fromTriState(ints[i + WITHIN_TARGET]!),
      responders: this.responderIds(i),
    };
  }

  /** First arrival by kind, the kinds in registry order (kinds that never arrived absent). */
  private kindTimes(t: number): Partial<Record<ResponderKindName, number>> {
    const byKind: Partial<Record<ResponderKindName, number>> = {};
    RESPONDER_KIND_NAMES.forEach((kind, k) => {
      const minutes = this.times[t + KIND_TIMES + k]!;
      if (!Number.isNaN(minutes)) byKind[kind] = minutes;
    });
    return byKind;
  }

  private responderIds(i: number): string[] {
    const start = this.ints[i + RESPONDERS_START]!;
    const ids = new Array<string>(this.ints[i + RESPONDERS_COUNT]!);
    for (let j = 0; j < ids.length; j++) {
      ids[j] = this.names.responders[this.responderIndices[start + j]!]!.id;
    }
    return ids;
  }

  /** Appends the responders to the flat list (a row written again leaves its old ones unused). */
  private writeResponders(i: number, responders: readonly Responder[]): void {
    const needed = this.respondersUsed + responders.length;
    if (needed > this.responderIndices.length) {
      this.responderIndices = grown(this.responderIndices, 2 * needed);
    }
    this.ints[i + RESPONDERS_START] = this.respondersUsed;
    this.ints[i + RESPONDERS_COUNT] = responders.length;
    for (const responder of responders) {
      this.responderIndices[this.respondersUsed++] = this.indexOf(responder);
    }
  }

  private indexOf(responder: Responder): number {
    const index = this.responderIndex.get(responder);
    if (index === undefined) throw new Error(`responder ${responder.id} is not in the table`);
    return index;
  }

  private grow(): void {
    this.capacity *= 2;
    this.times = grown(this.times, this.capacity * TIME_STRIDE);
    this.ints = grown(this.ints, this.capacity * INT_STRIDE);
  }
}

/** A copy of `array` with room for `length` elements. */
function grown<T extends Float64Array | Int32Array>(array: T, length: number): T {
  const copy = new (array.constructor as new (length: number) => T)(length);
  copy.set(array);
  return copy;
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
