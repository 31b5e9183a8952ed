/**
 * Officer cars. Each shift of a plan fields `cars` units of `crew` officers, based at the
 * station, on duty between the shift's start and end every day. They drive (vehicle times,
 * with congestion) and, after an incident, drive back to the station; heading back they can be
 * re-tasked.
 */
import { Responder } from './responder.js';

/**
 * A police car and its crew.
 *
 * @example
 * ```ts
 * const car = new OfficerCar(host, 'car-1-1', stationIndex, 2);
 * ```
 */
export class OfficerCar extends Responder {
  readonly kind = 'officer';

  protected tripMinutes(a: number, b: number, t: number): number {
    return this.host.travel.vehicle(a, b, t);
  }
}

/** The id of car `n` (1-based) of shift `shift` (1-based): `car-<shift>-<n>`. */
export function carId(shift: number, n: number): string {
  return `car-${shift}-${n}`;
}
