/**
 * The numbers behind a sweep's charts, apart from their drawing: each measure's and standard's
 * estimate at every grid point by plan (the lines and bands), the break points (the marks), and
 * the grid's cells for two varied values (the heat map). Pure functions of SweepData.
 */
import {
  isNumericAxis,
  type SweepBreakPoint,
  sweepBreakPoints,
} from '../../experiment/sweep-break-points.js';
import type { StandardStatus } from '../../stats/standards-judgement.js';
import type { SweepData } from './sweep-data.js';

/** A plan's estimate at one grid value: the line goes through `mean`, the band spans low–high. */
export interface SweepLinePoint {
  readonly plan: string;
  /** The value of the varied path: a number when every value of the path is one, else its text. */
  readonly x: number | string;
  readonly mean: number;
  readonly low: number;
  readonly high: number;
}

/** A standard as the sweep judged it: id, name (from standards.csv) and required share (%). */
export interface SweepStandard {
  readonly id: string;
  readonly name: string;
  readonly required: number;
}

/** One cell of the grid for two varied values: a plan's share of a standard there. */
export interface SweepHeatCell {
  readonly plan: string;
  /** The first varied path's value (rows). */
  readonly row: string;
  /** The second varied path's value (columns). */
  readonly column: string;
  readonly mean: number;
  readonly status: StandardStatus;
}

/** The standards of the sweep, in the order of the first point's standards.csv. */
export function sweepStandards(data: SweepData): SweepStandard[] {
  const judgements = data.standards[0]?.judgements ?? [];
  const byId = new Map(judgements.map((j) => [j.standard, j]));
  return [...byId.values()].map((j) => ({ id: j.standard, name: j.name, required: j.required }));
}

/** Whether the first varied path's values are all numbers (then the x axis is linear). */
export function firstAxisNumeric(data: SweepData): boolean {
  return isNumericAxis(data.manifest.grid.axes[0]!);
}

/** The x position of a point along the first varied path. */
function xOf(data: SweepData, values: readonly string[]): number | string {
  return firstAxisNumeric(data) ? Number(values[0]) : values[0]!;
}

/**
 * A measure of sweep.csv along the first varied path (a sweep of one varied path), every plan,
 * in grid order. Points where the measure is undefined are left out.
 */
export function measureLine(data: SweepData, measure: string): SweepLinePoint[] {
  const values = new Map(data.points.map((p) => [p.index, p.values]));
  return data.measures
    .filter((row) => row.measure === measure && Number.isFinite(row.estimate.mean))
    .map((row) => ({
      plan: row.plan,
      x: xOf(data, values.get(row.point) ?? []),
      ...row.estimate,
    }));
}

/** A standard's share along the first varied path, every plan, in grid order (defined ones). */
export function standardLine(data: SweepData, standard: string): SweepLinePoint[] {
  return data.standards.flatMap(({ point, judgements }) =>
    judgements
      .filter((j) => j.standard === standard && Number.isFinite(j.share.mean))
      .map((j) => ({
        plan: j.plan,
        x: xOf(data, point.values),
        mean: j.share.mean,
        low: j.share.low,
        high: j.share.high,
      })),
  );
}

/** Every break point of the sweep (the rows of sweep-break-points.csv, from the same function). */
export function sweepBreaks(data: SweepData): SweepBreakPoint[] {
  return sweepBreakPoints(data.manifest.grid.axes, data.standards);
}

/** A standard's grid cells for two varied paths: every plan, rows the first path's values. */
export function heatCells(data: SweepData, standard: string): SweepHeatCell[] {
  return data.standards.flatMap(({ point, judgements }) =>
    judgements
      .filter((j) => j.standard === standard)
      .map((j) => ({
        plan: j.plan,
        row: point.values[0]!,
        column: point.values[1]!,
        mean: j.share.mean,
        status: j.status,
      })),
  );
}
