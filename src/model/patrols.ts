/**
 * Patrol teams walking a loop of sites: volunteer teams (red armbands), and officers of a shift
 * with a `patrol` (kind officer, its crew as persons: they count toward the officers an incident
 * requires, and are paid as officers). Each team walks from stop to
 * stop (shortest walking times) and dwells at each stop, during the patrol's hours; each day it
 * starts at its own stop (team j of n starts at stop ⌊j·stops/n⌋, spreading the teams around
 * the loop). Arriving at a stop, it notices incidents there (detection.ts). Sent to an incident,
 * it leaves the route, walks there, handles it, then walks to the nearest stop of its route and
 * carries on round the loop. While walking the route it counts as idle: free to be sent. When
 * its hours end it stops where it is (volunteers go home; that walk is not modelled), after
 * finishing an incident in hand.
 */
import { Responder, type ResponderHost } from './responder.js';
import type { ResponderKindName } from './responder-kinds.js';

/** A patrol's loop, prepared once per scenario. */
export interface PatrolRoute {
  /** Site indices of the stops, in walking order (the last leads back to the first). */
  readonly stops: readonly number[];
  /** Walking minutes from stop i to stop i + 1 (the last: back to the first). */
  readonly legMinutes: readonly number[];
  readonly dwellMinutes: number;
}

/** What a patrol team needs from its replication beyond any responder's needs. */
export interface PatrolHost extends ResponderHost {
  /** The team has just arrived at a stop of its route. */
  patrolAtStop(team: PatrolTeam, site: number): void;
}

/**
 * One patrol team.
 *
 * @example
 * ```ts
 * const team = new PatrolTeam(host, 'patrol-cliff-1', route, 0);
 * team.startDuty(); // at stop 0, dwelling, then walking the loop
 * const pair = new PatrolTeam(host, 'foot-2-1', route, 0, 'officer', 2); // officers on foot
 * ```
 */
export class PatrolTeam extends Responder {
  /** Index (in the route) of the stop it is at or last left. */
  private stop: number;
  /** When it leaves the current stop. */
  private departAt = 0;
  /** Stop it is walking back to after an incident. */
  private rejoinStop = 0;

  constructor(
    protected override readonly host: PatrolHost,
    id: string,
    private readonly route: PatrolRoute,
    private readonly startStop: number,
    /** `patrol` for volunteers, `officer` for officers walking a route. */
    readonly kind: ResponderKindName = 'patrol',
    persons = 1,
  ) {
    // Its home (for the record) is the route's first stop; each day it starts at `startStop`.
    super(host, id, route.stops[0]!, persons);
    this.stop = startStop;
  }

  /** Whether it is standing at `site` on its round now (so sees what happens there). */
  isDwellingAt(site: number, now: number): boolean {
    return (
      this.rostered &&
      this.state === 'idle' &&
      this.route.stops[this.stop] === site &&
      now < this.departAt
    );
  }

  /** Keeps it at its current stop until at least `t` (it waits there for a dispatch decision). */
  holdUntil(t: number): void {
    if (this.state !== 'idle' || t <= this.departAt) return;
    this.departAt = t;
    this.legStart = t;
    this.wakeIn(t - this.host.engine.now + this.route.legMinutes[this.stop]!);
  }

  override endDuty(): void {
    super.endDuty();
    if (this.state === 'returning') {
      // Walking back to the route when the hours end: the team simply stops.
      this.cancelPending();
      this.enter('offShift');
      this.host.finishedReturn(this);
    }
  }

  protected tripMinutes(a: number, b: number): number {
    return this.host.travel.walk(a, b);
  }

  protected override beginDuty(): void {
    this.arriveAtStop(this.startStop);
  }

  protected override continueRound(): void {
    this.arriveAtStop((this.stop + 1) % this.route.stops.length);
  }

  protected override goBack(site: number): void {
    if (!this.rostered) {
      this.standAt(site);
      this.enter('offShift');
      return;
    }
    this.rejoinStop = this.nearestStop(site);
    const now = this.host.engine.now;
    const stopSite = this.route.stops[this.rejoinStop]!;
    this.startLeg(site, stopSite, now, this.host.travel.walk(site, stopSite));
    this.enter('returning');
    this.wakeIn(this.legMinutes);
  }

  protected override reachBack(): void {
    this.arriveAtStop(this.rejoinStop);
  }

  /** Arrives at stop `index`: dwells, notices incidents there, then walks on. */
  private arriveAtStop(index: number): void {
    const now = this.host.engine.now;
    const { stops, legMinutes, dwellMinutes } = this.route;
    const next = (index + 1) % stops.length;
    this.stop = index;
    this.departAt = now + dwellMinutes;
    this.startLeg(stops[index]!, stops[next]!, this.departAt, legMinutes[index]!);
    this.enter('idle');
    this.wakeIn(dwellMinutes + legMinutes[index]!);
    this.host.patrolAtStop(this, stops[index]!);
  }

  /** The route stop nearest to `site` on foot (the first of equals). */
  private nearestStop(site: number): number {
    let best = 0;
    let bestMinutes = Number.POSITIVE_INFINITY;
    this.route.stops.forEach((stop, i) => {
      const minutes = this.host.travel.walk(site, stop);
      if (minutes < bestMinutes) {
        best = i;
        bestMinutes = minutes;
      }
    });
    return best;
  }
}

/** The id of team `n` (1-based) of patrol `patrolId`: `patrol-<id>-<n>`. */
export function patrolTeamId(patrolId: string, n: number): string {
  return `patrol-${patrolId}-${n}`;
}

/** The stop (index in the route) where team j (0-based) of `teams` starts each day. */
export function startingStop(j: number, teams: number, stops: number): number {
  return Math.floor((j * stops) / teams);
}
