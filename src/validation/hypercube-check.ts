/**
 * Simulated measures of the hypercube validation scenario against the exact hypercube model:
 * each unit's workload, the share of all dispatches that send each unit to its own post's site
 * (the diagonal of Larson's f_nj), P(all busy) and the mean wait, after a warm-up.
 */
import type { ReplicationResult } from '../model/records.js';
import { busyShare, steadyHours } from '../stats/state-minutes.js';
import { incidentsOccurringIn, type TimeSpan } from '../stats/time-spans.js';
import type { HypercubeReference } from './hypercube-reference.js';
import type { MeasureCheck } from './judgement.js';
import { meanOf, shareOf, stochasticMeasures } from './sample.js';

/**
 * The hypercube's outputs measured on the runs, one value per replication over the window.
 *
 * @example hypercubeChecks(hypercubeReference(scenario, 'four-posts'), results, { start: 1440, end: 14400 })
 */
export function hypercubeChecks(
  reference: HypercubeReference,
  results: readonly ReplicationResult[],
  window: TimeSpan,
): MeasureCheck[] {
  const { units, atoms, result: solved } = reference;
  const stochastic = stochasticMeasures(results);
  const inWindow = (result: ReplicationResult) => incidentsOccurringIn(result.incidents, window);
  const hours = steadyHours(window);
  const workloads = units.map((unit, n) =>
    stochastic(
      `workload ${unit.id}`,
      'share',
      solved.workloads[n]!,
      (r) =>
        busyShare(
          r.responders.filter((x) => x.id === unit.id),
          hours,
        ),
      n === 0
        ? 'busy share of on-duty time from the state minutes by hour after the warm-up, as `run` ' +
            'reports it (the walk back, at most 0.07 minutes, is counted busy there)'
        : undefined,
    ),
  );
  const ownAtom = units.flatMap((unit, n) => {
    const atom = atoms.indexOf(unit.home);
    if (atom < 0) return [];
    return [
      stochastic(
        `dispatches ${unit.id} → ${unit.home}`,
        'share',
        solved.dispatchFractions[n]![atom]!,
        (r) => shareOf(inWindow(r), (i) => i.firstResponder === unit.id && i.site === unit.home),
        n === 0
          ? 'Larson’s f_nj: share of all dispatches that send unit n to atom j (here its own post’s site)'
          : undefined,
      ),
    ];
  });
  return [
    ...workloads,
    ...ownAtom,
    stochastic(
      'P(all busy)',
      'share',
      solved.probabilityAllBusy,
      (r) => shareOf(inWindow(r), (i) => i.waited),
      'share of incidents that found every unit busy (the model’s `waited`), by PASTA',
    ),
    stochastic(
      'mean wait',
      'min',
      solved.meanWaitInQueue,
      (r) => meanOf(inWindow(r).map((i) => i.waitMinutes ?? Number.NaN)),
      'alert to dispatch, over every incident',
    ),
  ];
}
