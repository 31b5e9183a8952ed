/**
 * Meal breaks of an officer shift: each day, starting at the break window's start, the shift's
 * units take a break of `minutes` one at a time, in unit order, so that at most one unit of the
 * group is on break at once (a group of one leaves its post empty meanwhile: the plan says so).
 * A unit on an incident when its turn comes takes its break once released (it is then heading
 * back, and stays unavailable until the break ends), and the units after it wait their turn. A
 * unit off duty at its turn skips it. Break minutes are on-duty time (idle or returning): paid,
 * not busy. The rota keeps one pending event.
 */
import type { Engine } from '../engine/index.js';
import { nextClockTime } from '../scenario/clock.js';
import type { Responder } from './responder.js';
import type { RosterRun } from './roster.js';

/**
 * Puts a group's units on break in turn, every day.
 *
 * @example
 * ```ts
 * new BreakRota(engine, 720, 30, units, run).begin(); // from 12:00: 30 minutes each, in turn
 * ```
 */
export class BreakRota {
  private turn = 0;

  constructor(
    private readonly engine: Engine,
    /** Clock minute (0–1439) at which the first break of the day starts. */
    private readonly startMinute: number,
    private readonly minutes: number,
    private readonly units: readonly Responder[],
    private readonly run: RosterRun,
  ) {}

  /** Schedules the first round of breaks. */
  begin(): void {
    this.engine.scheduleAt(this.startMinute, this.roundAction);
  }

  private readonly roundAction = (): void => {
    this.turn = 0;
    this.offerTurn();
  };

  /** The next day's round (strictly later, so a round that ends at once cannot repeat). */
  private scheduleRound(): void {
    this.engine.scheduleAt(nextClockTime(this.startMinute, this.engine.now), this.roundAction);
  }

  /** Gives the break to the unit whose turn it is, or waits until it is free. */
  private offerTurn(): void {
    if (this.run.finished) return;
    const unit = this.units[this.turn];
    if (unit === undefined) {
      this.scheduleRound();
      return;
    }
    if (!unit.rostered) this.nextTurn();
    else if (unit.available) this.startBreak(unit);
    else unit.breakWhenFree(() => (unit.rostered ? this.startBreak(unit) : this.nextTurn()));
  }

  private startBreak(unit: Responder): void {
    unit.beginBreak();
    this.engine.schedule(this.minutes, () => {
      unit.endBreak();
      this.nextTurn();
    });
  }

  private nextTurn(): void {
    this.turn++;
    this.offerTurn();
  }
}
