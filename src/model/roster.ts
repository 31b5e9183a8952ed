/**
 * Rosters: a group of units (a shift's officer units, a post's staff, a patrol's teams) on duty
 * in the same window (daily, or on a shift's days only). The roster keeps one pending event, its
 * next change, so a long horizon costs two events per group per duty day.
 */
import type { Engine } from '../engine/index.js';
import { type DutyWindow, isOnDuty, nextDutyChange } from '../scenario/duty.js';
import type { Responder } from './responder.js';

/** What a roster needs from its replication. */
export interface RosterRun {
  /** True once the run is over: rosters stop. */
  readonly finished: boolean;
  /** Called after each change (the run may end once the last unit stops working). */
  rosterChanged(): void;
}

/**
 * Puts its units on and off duty as the clock passes its window's start and end.
 *
 * @example
 * ```ts
 * const roster = new Roster(engine, dutyWindow({ start: '07:00', end: '19:00' }), cars, run);
 * roster.begin(); // at time 0: on duty if 00:00 is in the window; then every change
 * ```
 */
export class Roster {
  private readonly changeAction = () => this.change();

  constructor(
    private readonly engine: Engine,
    private readonly window: DutyWindow,
    private readonly units: readonly Responder[],
    private readonly run: RosterRun,
  ) {}

  /** Sets the units' duty at the current time and schedules the next change. */
  begin(): void {
    if (isOnDuty(this.window, this.engine.now)) {
      for (const unit of this.units) unit.startDuty();
    }
    this.scheduleNext();
  }

  private change(): void {
    if (this.run.finished) return;
    const onDuty = isOnDuty(this.window, this.engine.now);
    for (const unit of this.units) {
      if (onDuty) unit.startDuty();
      else unit.endDuty();
    }
    this.run.rosterChanged();
    if (!this.run.finished) this.scheduleNext();
  }

  private scheduleNext(): void {
    const next = nextDutyChange(this.window, this.engine.now);
    if (next < Number.POSITIVE_INFINITY) this.engine.scheduleAt(next, this.changeAction);
  }
}
