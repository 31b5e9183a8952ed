/**
 * The break points of a sweep: for every numeric varied path, every line of the grid along it
 * (the other paths held at one of their values), every plan and every service standard, where
 * the standard's share crosses its required share (src/stats/break-point.ts; docs/sweep.md,
 * "Break points").
 */
import { type BreakPoint, findBreakPoint } from '../stats/break-point.js';
import type { StandardJudgement } from '../stats/standards-judgement.js';
import { DECIMAL, type SweepAxis, type SweepPoint } from './sweep-grid.js';

/** What the break points need of one grid point: its values and its standards' judgements. */
export interface SweepPointStandards {
  readonly point: SweepPoint;
  readonly judgements: readonly StandardJudgement[];
}

/** One standard of one plan along one varied path, the other paths held fixed. */
export interface SweepBreakPoint extends BreakPoint {
  /** Index of the axis varied along this line. */
  readonly along: number;
  /** The value of every axis, in axis order; the varied axis's entry is null. */
  readonly fixed: readonly (string | null)[];
  readonly plan: string;
  /** Standard id. */
  readonly standard: string;
  /** Standard name in English (else its only language), as standards.csv writes it. */
  readonly name: string;
  /** Required share, percent. */
  readonly required: number;
}

/** Whether every value of the axis is a number (only then is there a line to interpolate on). */
export function isNumericAxis(axis: SweepAxis): boolean {
  return axis.values.every((value) => DECIMAL.test(value));
}

/**
 * Every break point of a sweep: axes in order, then lines in grid order of the fixed values,
 * then plans and standards in the judgements' order. An axis with fewer than two values, or one
 * with a value that is not a number, has no break points.
 *
 * @example sweepBreakPoints(axes, result.points).filter((b) => b.status === 'crosses')
 */
export function sweepBreakPoints(
  axes: readonly SweepAxis[],
  points: readonly SweepPointStandards[],
): SweepBreakPoint[] {
  return axes.flatMap((axis, along) =>
    axis.values.length < 2 || !isNumericAxis(axis)
      ? []
      : linesAlong(points, along).flatMap((line) => lineBreakPoints(line, along)),
  );
}

/** The points grouped by the values of every other axis, in order of first appearance. */
function linesAlong(
  points: readonly SweepPointStandards[],
  along: number,
): SweepPointStandards[][] {
  const lines = new Map<string, SweepPointStandards[]>();
  for (const point of points) {
    const key = JSON.stringify(point.point.values.filter((_, i) => i !== along));
    lines.set(key, [...(lines.get(key) ?? []), point]);
  }
  return [...lines.values()];
}

function lineBreakPoints(line: readonly SweepPointStandards[], along: number): SweepBreakPoint[] {
  const first = line[0]!;
  const fixed = first.point.values.map((value, i) => (i === along ? null : value));
  return first.judgements.map(({ plan, standard, name, required }) => {
    const shares = line.flatMap(({ point, judgements }) =>
      judgements
        .filter((j) => j.plan === plan && j.standard === standard)
        .map((j) => ({ value: Number(point.values[along]), share: j.share })),
    );
    return { along, fixed, plan, standard, name, required, ...findBreakPoint(shares, required) };
  });
}
