/**
 * The grid of `peakwatch sweep`: each `--vary PATH=FROM:TO:STEP` or `--vary PATH=v1,v2,...` is an
 * axis of values, and the grid is the cartesian product of the axes (the first axis varies
 * slowest). Each point is the scenario with one `--set PATH=value` per axis.
 */
import { parseOverride, type ScenarioOverride } from '../scenario/overrides.js';
import { ExperimentUsageError } from './errors.js';

/** Most points a sweep may have: each point is a whole comparison. */
export const MAX_SWEEP_POINTS = 200;

/** One varied path and its values, as `--set` value text. */
export interface SweepAxis {
  /** The path, in the scenario's own terms (`crowd.visitorsPerDay`). */
  readonly path: string;
  /** The option's value as written (`6000:9000:1000`). */
  readonly spec: string;
  /** The values in order, e.g. `['6000', '7000', '8000', '9000']`. */
  readonly values: readonly string[];
}

/** One point of the grid. */
export interface SweepPoint {
  /** 1-based number of the point (its folder is `point-<index>`). */
  readonly index: number;
  /** The value of each axis at this point, in axis order. */
  readonly values: readonly string[];
}

/** A plain decimal number: digits with an optional sign and fraction. */
export const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * Reads one `--vary` option: `PATH=FROM:TO:STEP` (every value from FROM to TO inclusive, in
 * steps of STEP, computed in exact decimals so 0.1:0.3:0.1 gives 0.1, 0.2, 0.3) or
 * `PATH=v1,v2,...` (the values as written, each read as a `--set` value).
 *
 * @throws ExperimentUsageError naming `--vary` for a missing `=`, an empty list or value, a range
 * that is not numbers, STEP ≤ 0, FROM > TO, or more than {@link MAX_SWEEP_POINTS} values.
 * @example parseVary('crowd.visitorsPerDay=6000:8000:1000').values // ['6000', '7000', '8000']
 */
export function parseVary(text: string): SweepAxis {
  let parsed: ScenarioOverride;
  try {
    parsed = parseOverride('set', text);
  } catch {
    throw varyError(text, 'expected PATH=FROM:TO:STEP or PATH=v1,v2,...');
  }
  const { path, value: spec } = parsed;
  const values = spec.includes(':') ? rangeValues(text, spec) : listValues(text, spec);
  return { path, spec, values };
}

/** `v1,v2,...`: every value non-empty. */
function listValues(option: string, spec: string): string[] {
  const values = spec.split(',').map((value) => value.trim());
  if (values.some((value) => value === '')) {
    throw varyError(option, 'the list of values has an empty value (write v1,v2,...)');
  }
  checkCount(option, values.length);
  return values;
}

/** `FROM:TO:STEP`, inclusive, in exact decimal arithmetic. */
function rangeValues(option: string, spec: string): string[] {
  const parts = spec.split(':').map((part) => part.trim());
  if (parts.length !== 3 || parts.some((part) => !DECIMAL.test(part))) {
    throw varyError(option, 'a range is FROM:TO:STEP with three numbers, e.g. 6000:9000:1000');
  }
  const decimals = Math.max(...parts.map(decimalsOf));
  const [from, to, step] = parts.map((part) => scaled(part, decimals)) as [bigint, bigint, bigint];
  if (step <= 0n) throw varyError(option, `STEP must be greater than 0 (got ${parts[2]})`);
  if (from > to) throw varyError(option, `FROM must not exceed TO (got ${parts[0]} > ${parts[1]})`);
  const count = (to - from) / step + 1n;
  checkCount(option, count > BigInt(MAX_SWEEP_POINTS) ? MAX_SWEEP_POINTS + 1 : Number(count));
  return Array.from({ length: Number(count) }, (_, i) =>
    decimalText(from + BigInt(i) * step, decimals),
  );
}

function decimalsOf(text: string): number {
  const point = text.indexOf('.');
  return point < 0 ? 0 : text.length - point - 1;
}

/** The decimal text times 10^decimals, as an exact integer. */
function scaled(text: string, decimals: number): bigint {
  const negative = text.startsWith('-');
  const unsigned = text.replace(/^[+-]/, '');
  const [whole = '', fraction = ''] = unsigned.split('.');
  const digits = `${whole || '0'}${fraction.padEnd(decimals, '0')}`;
  return (negative ? -1n : 1n) * BigInt(digits);
}

/** An exact integer divided by 10^decimals, as decimal text without trailing zeros. */
function decimalText(value: bigint, decimals: number): string {
  const sign = value < 0n ? '-' : '';
  const digits = (value < 0n ? -value : value).toString().padStart(decimals + 1, '0');
  const whole = digits.slice(0, digits.length - decimals);
  const fraction = digits.slice(digits.length - decimals).replace(/0+$/, '');
  return `${sign}${whole}${fraction === '' ? '' : `.${fraction}`}`;
}

function checkCount(option: string, count: number): void {
  if (count > MAX_SWEEP_POINTS) {
    throw varyError(option, `gives more than ${MAX_SWEEP_POINTS} values`);
  }
}

function varyError(option: string, reason: string): ExperimentUsageError {
  return new ExperimentUsageError(`--vary ${option}: ${reason}`);
}

/**
 * Every point of the grid: the cartesian product of the axes, the first axis varying slowest
 * (as nested loops in axis order), numbered from 1.
 *
 * @throws ExperimentUsageError for no axis, a path varied twice, or more than
 * {@link MAX_SWEEP_POINTS} points.
 * @example sweepGrid([a, b]) // a=1,b=x; a=1,b=y; a=2,b=x; a=2,b=y
 */
export function sweepGrid(axes: readonly SweepAxis[]): SweepPoint[] {
  if (axes.length === 0) throw new ExperimentUsageError('--vary: give at least one PATH=values');
  const paths = axes.map((axis) => axis.path);
  const twice = paths.find((path, i) => paths.indexOf(path) !== i);
  if (twice !== undefined) {
    throw new ExperimentUsageError(`--vary: ${twice} is varied twice; give it one list`);
  }
  const size = axes.reduce((product, axis) => product * axis.values.length, 1);
  if (size > MAX_SWEEP_POINTS) {
    throw new ExperimentUsageError(
      `--vary: the grid has ${size} points (${axes.map((a) => a.values.length).join(' × ')}); ` +
        `a sweep runs at most ${MAX_SWEEP_POINTS} (each point is a whole comparison)`,
    );
  }
  const rows = axes.reduce<string[][]>(
    (partial, axis) => partial.flatMap((row) => axis.values.map((value) => [...row, value])),
    [[]],
  );
  return rows.map((values, i) => ({ index: i + 1, values }));
}

/** The `--set PATH=value` overrides that make the point's scenario, in axis order. */
export function pointOverrides(axes: readonly SweepAxis[], point: SweepPoint): ScenarioOverride[] {
  return axes.map((axis, i) => ({ kind: 'set', path: axis.path, value: point.values[i]! }));
}

/** The point's sub-folder of the sweep folder. */
export function pointFolderName(point: SweepPoint): string {
  return `point-${point.index}`;
}
