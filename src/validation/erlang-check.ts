/**
 * Simulated measures of the Erlang C validation scenario against M/M/c. Incidents are measured
 * after a warm-up (the queue starts empty and the crowd starts at zero), over the window given.
 */
import { mmcWaitExceeds } from '../analytic/erlang.js';
import { checkLittlesLaw } from '../analytic/little.js';
import type { ReplicationResult } from '../model/records.js';
import { busyShare, steadyHours } from '../stats/state-minutes.js';
import { incidentsOccurringIn, type TimeSpan } from '../stats/time-spans.js';
import type { ErlangCReference } from './erlang-reference.js';
import type { MeasureCheck } from './judgement.js';
import { meanOf, shareOf, stochasticMeasures } from './sample.js';

/**
 * The wait whose tail probability is checked: long enough that a queue served out of order (last
 * come first served, or by some other rule) has a visibly different share of waits beyond it.
 */
export const LONG_WAIT_MINUTES = 10;

/**
 * P(wait), P(wait > t), mean wait, utilisation, mean time in system and mean number in system, each one
 * value per replication over the window, against Erlang C.
 *
 * @example erlangCChecks(erlangCReference(scenario, 'three-cars'), results, { start: 1440, end: 14400 })
 */
export function erlangCChecks(
  reference: ErlangCReference,
  results: readonly ReplicationResult[],
  window: TimeSpan,
): MeasureCheck[] {
  const { measures, queue } = reference;
  const hours = steadyHours(window);
  const measured = stochasticMeasures(results);
  const inWindow = (result: ReplicationResult) => incidentsOccurringIn(result.incidents, window);
  return [
    measured(
      'P(wait)',
      'share',
      measures.probabilityWait,
      (r) => shareOf(inWindow(r), (i) => i.waited),
      'share of incidents that found every car busy (the model’s `waited`); Erlang C = P(all busy) by PASTA',
    ),
    measured(
      'mean wait Wq',
      'min',
      measures.meanWaitInQueue,
      (r) => meanOf(inWindow(r).map((i) => i.waitMinutes ?? Number.NaN)),
      'alert to dispatch, over every incident (those that did not wait count 0)',
    ),
    measured(
      `P(wait > ${LONG_WAIT_MINUTES} min)`,
      'share',
      mmcWaitExceeds(queue, LONG_WAIT_MINUTES),
      (r) => shareOf(inWindow(r), (i) => (i.waitMinutes ?? 0) > LONG_WAIT_MINUTES),
      'C·exp(−(cμ − λ)t): the wait’s tail, which holds for first come, first served only',
    ),
    measured(
      'utilisation ρ',
      'share',
      (reference.busyMinutesPerIncident * queue.arrivalRate) / queue.servers,
      (r) =>
        busyShare(
          r.responders.filter((x) => x.kind === 'officer'),
          hours,
        ),
      'the cars’ busy share of on-duty time (travelling, on scene, returning), from their state ' +
        'minutes by hour after the warm-up, as `run` reports it; λ × (1/μ + return) / c',
    ),
    measured(
      'mean time in system W',
      'min',
      reference.meanTimeInSystem,
      (r) => meanOf(inWindow(r).map((i) => (i.cleared ?? Number.NaN) - i.occurred)),
      'occurrence to clearance; Wq + travel out + on scene',
    ),
    measured(
      'mean number in system L',
      '',
      reference.meanNumberInSystem,
      (r) => checkLittlesLaw(sojourns(r), window).meanNumberInSystem,
      'time-average of incidents occurred and not cleared, over the window',
    ),
  ];
}

/** Occurrence to clearance of every incident (a never-cleared one stays open forever). */
function sojourns(result: ReplicationResult) {
  return result.incidents.map((i) => ({
    arrival: i.occurred,
    departure: i.cleared ?? Number.MAX_VALUE,
  }));
}
