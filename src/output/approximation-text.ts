/**
 * The hypercube approximation as console text, optionally beside the simulated workloads of the
 * same hour, with the reason the two can differ. `peakwatch check SCENARIO` prints it, and
 * `peakwatch run --analytic` can print it after a run.
 */

import type { HourWorkload } from '../approximation/hour-workload.js';
import {
  type HypercubeApproximation,
  WHY_THEY_DIFFER,
} from '../approximation/hypercube-approximation.js';
import { spanLabel } from './clock-label.js';
import { formatInterval, formatNumber } from './number-format.js';
import { asciiTable } from './table-format.js';

/** Decimals of the workloads and probabilities in the table. */
const DECIMALS = 3;

/**
 * Text for the approximation: a heading with the hour, load and units, then a table of each
 * unit's workload (and the simulated one, when given), the officers' mean and P(all busy), and
 * a closing explanation of why the approximation and the run can differ. When the hypercube
 * cannot be solved only the reason is printed: no simulated value stands where nothing is
 * compared with it.
 *
 * @param approximation from `hypercubeApproximation`
 * @param simulated from `simulatedHourWorkload` for the same plan and hour, when runs exist
 * @example
 * ```ts
 * io.stdout.write(formatHypercubeApproximation(approximation, simulatedHourWorkload(scenario, approximation, results)));
 * ```
 */
export function formatHypercubeApproximation(
  approximation: HypercubeApproximation,
  simulated?: HourWorkload | null,
): string {
  const a = approximation;
  const officers = a.units.filter((u) => u.kind === 'officer').length;
  const staff = a.units.length - officers;
  const lines = [
    `Hypercube approximation, plan "${a.plan}" (dispatch ${a.policy}), hour ${a.hour.index}: ` +
      `${spanLabel(a.hour.start, a.hour.end)}${a.busiest ? ' (the busiest by expected incidents)' : ''}`,
    `  ${formatNumber(a.incidentsPerHour, 2)} incidents expected in the hour; ` +
      `${formatNumber(a.callsPerHour, 2)} calls for ${officers} officer car(s)` +
      (staff > 0 ? ` and ${staff} platform staff` : '') +
      ` (a call per car needed); mean service ${formatNumber(a.serviceMinutes, 1)} min ` +
      `(on scene + round trip); offered load ${formatNumber(a.offeredLoad, 2)} erlangs`,
  ];
  if (a.identicalPreferences && a.units.length > 0) {
    lines.push(
      '  Every unit waits at the same place, so every site has the same preference order: the hypercube ' +
        'reduces to ordered hunting (Erlang C for the pool; workloads fall down the order).',
    );
  }
  if (a.result === null) {
    // Nothing to compare: simulated values alone would read as a comparison that passed.
    lines.push(`  Not solved: ${a.unsolved}. Nothing is compared for this hour.`);
    return `${lines.join('\n')}\n`;
  }
  const withRuns = simulated !== undefined && simulated !== null;
  const table = asciiTable(
    withRuns ? ['Unit', 'Kind', 'Hypercube', 'Simulated (95 % CI)'] : ['Unit', 'Kind', 'Hypercube'],
    true,
  );
  const { result } = a;
  const analytic = (value: (r: typeof result) => number) => formatNumber(value(result), DECIMALS);
  a.units.forEach((unit, n) => {
    const row = [unit.id, unit.kind, analytic((r) => r.workloads[n]!)];
    if (withRuns) row.push(formatInterval(simulated.units[n]!.workload, DECIMALS));
    table.push(row);
  });
  const isOfficer = (n: number) => a.units[n]!.kind === 'officer';
  if (a.units.some((_, n) => isOfficer(n))) {
    const row = [
      'officer cars, mean',
      '',
      analytic((r) => {
        const officerWorkloads = r.workloads.filter((_, n) => isOfficer(n));
        return officerWorkloads.reduce((sum, w) => sum + w, 0) / officerWorkloads.length;
      }),
    ];
    if (withRuns) row.push(formatInterval(simulated.officerMean, DECIMALS));
    table.push(row);
  }
  const allBusy = ['P(all units busy)', '', analytic((r) => r.probabilityAllBusy)];
  if (withRuns) allBusy.push(formatInterval(simulated.allBusy, DECIMALS));
  table.push(allBusy);
  lines.push(table.toString());
  lines.push(`  Workload: busy share of on-duty time in that hour. ${WHY_THEY_DIFFER}`);
  return `${lines.join('\n')}\n`;
}
