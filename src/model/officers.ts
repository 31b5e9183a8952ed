/**
 * Officer units. Each shift of a plan fields `cars` units of `crew` officers, posted at the
 * shift's base (the station, a police post at any site, or a platform: a joint post) and on duty
 * in the shift's window (every day, or only on its days). A unit travels by its shift's mode
 * (police vehicle with congestion, e-bike slowed by crowds, or on foot) and, after an incident,
 * goes back to its base; heading back it can be re-tasked. Every unit counts toward the officers
 * an incident requires, whatever its mode.
 */
import type { TravelModeName } from '../scenario/schema.js';
import { Responder, type ResponderHost } from './responder.js';

/**
 * An officer unit: a police car and its crew, an e-bike team or a foot team.
 *
 * @example
 * ```ts
 * const car = new OfficerUnit(host, 'car-1-1', stationIndex, 2, 'vehicle');
 * const pair = new OfficerUnit(host, 'foot-3-1', elevatorIndex, 2, 'foot');
 * ```
 */
export class OfficerUnit extends Responder {
  readonly kind = 'officer';

  constructor(
    host: ResponderHost,
    id: string,
    base: number,
    crew: number,
    /** How it travels. */
    readonly mode: TravelModeName,
  ) {
    super(host, id, base, crew);
  }

  protected tripMinutes(a: number, b: number, t: number): number {
    return this.host.travel.byMode(this.mode, a, b, t);
  }
}

/** Id prefix of an officer unit by mode. */
const UNIT_PREFIX: Readonly<Record<TravelModeName, string>> = {
  vehicle: 'car',
  ebike: 'ebike',
  foot: 'foot',
};

/**
 * The id of unit `n` (1-based) of shift `shift` (1-based): `car-<shift>-<n>`, or `ebike-…`,
 * `foot-…` for units on e-bikes or on foot.
 * @example officerUnitId('foot', 3, 1) // 'foot-3-1'
 */
export function officerUnitId(mode: TravelModeName, shift: number, n: number): string {
  return `${UNIT_PREFIX[mode]}-${shift}-${n}`;
}
