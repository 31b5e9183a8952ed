/**
 * The `check` report as console text: per scenario, a table of each measure's simulated mean
 * with its 95 % interval beside the analytic value, the allowance and the verdict, then the
 * notes on how measures are taken; at the end a one-line summary.
 */

import type { JudgedScenarioCheck } from '../check/run-check.js';
import type { JudgedCheck } from '../validation/judgement.js';
import { FAMILY_LEVEL } from '../validation/judgement.js';
import { formatHypercubeApproximation } from './approximation-text.js';
import { formatInterval, formatNumber } from './number-format.js';
import { asciiTable } from './table-format.js';

/** Decimals shown for each unit of measure. */
const DECIMALS: Readonly<Record<string, number>> = {
  share: 4,
  min: 3,
  visitors: 2,
  count: 2,
  '': 4,
};

/**
 * One scenario's report.
 *
 * @example io.stdout.write(formatScenarioCheck(judged));
 */
export function formatScenarioCheck(check: JudgedScenarioCheck): string {
  const passed = check.measures.filter((m) => m.pass).length;
  const lines = [
    `${check.file}: ${check.name}`,
    `  plan "${check.plan}", ${check.replications} replications; reference: ${check.reference}`,
  ];
  if (check.approximation !== null) {
    lines.push(
      formatHypercubeApproximation(
        check.approximation.approximation,
        check.approximation.simulated,
      ).trimEnd(),
    );
  }
  const table = asciiTable(
    ['Measure', 'Simulated (95 % CI)', 'Analytic', 'Allowed ±', 'Verdict'],
    true,
  );
  for (const measure of check.measures) {
    const decimals = DECIMALS[measure.unit] ?? 3;
    table.push([
      measure.unit === '' || measure.unit === 'share'
        ? measure.label
        : `${measure.label} (${measure.unit})`,
      measure.kind === 'deterministic'
        ? `${formatNumber(measure.simulated.mean, decimals)} (expected value)`
        : formatInterval(measure.simulated, decimals),
      formatNumber(measure.analytic, decimals),
      formatNumber(measure.allowance, decimals),
      measure.pass ? 'pass' : 'FAIL',
    ]);
  }
  lines.push(table.toString());
  lines.push(...notes(check.measures).map((note) => `  * ${note}`));
  lines.push(`  ${passed} of ${check.measures.length} measures pass.`);
  return `${lines.join('\n')}\n`;
}

/**
 * The closing line of a `check` run.
 *
 * @example formatCheckSummary(judged) // 'check: 31 of 31 measures pass in 4 scenarios.\n'
 */
export function formatCheckSummary(checks: readonly JudgedScenarioCheck[]): string {
  const measures = checks.flatMap((c) => c.measures);
  const failed = measures.filter((m) => !m.pass);
  const head =
    failed.length === 0
      ? `check: all ${measures.length} measures pass in ${checks.length} scenario(s).`
      : `check: ${failed.length} of ${measures.length} measures FAIL in ${checks.length} scenario(s): ` +
        failed.map((m) => m.label).join('; ');
  return (
    `${head}\n` +
    `Allowed ± is the simultaneous ${FAMILY_LEVEL * 100} % interval's half-width (Bonferroni over ` +
    'the run\u2019s stochastic measures) plus any stated tolerance for a known bias.\n'
  );
}

/** The distinct notes of the measures, in order. */
function notes(measures: readonly JudgedCheck[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const measure of measures) {
    if (measure.note === undefined || seen.has(measure.note)) continue;
    seen.add(measure.note);
    out.push(`${measure.label}: ${measure.note}`);
  }
  return out;
}
