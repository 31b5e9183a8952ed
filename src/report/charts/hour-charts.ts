/**
 * Charts over the hours of the simulated span (hour 0 = 00:00–01:00 of day 1): visitors present,
 * incidents per hour by type, a heat map of visitors by site, and officer utilisation by plan.
 * They share one time axis so that they line up when stacked.
 */
import * as Plot from '@observablehq/plot';
import { isMessageKey, type Translate } from '../../i18n/messages.js';
import type { Interval } from '../../stats/interval.js';
import { OCCUPANCY_SCHEME } from './palette.js';
import { legendMarkup, plotMarkup } from './plot-render.js';

const HOURS_PER_DAY = 24;
const CHART_WIDTH = 960;
/**
 * Left margin of every hour chart: room for the y axis's numbers. The heat map writes its site
 * names above its rows rather than in a margin, so that the charts line up without the others
 * carrying an empty margin as wide as the longest site name.
 */
const MARGIN_LEFT = 60;
/** Height of a heat-map row: its site name above, its cells below. */
const HEAT_ROW_HEIGHT = 34;
/** The part of a heat-map row the site name takes. */
const HEAT_LABEL_HEIGHT = 14;
const HEAT_MARGIN_TOP = 6;
const HEAT_MARGIN_BOTTOM = 36;

/** How the hours are labelled. */
export interface HourAxis {
  /** Hours in the span. */
  readonly hours: number;
  /** calendar.start "YYYY-MM-DD", or null to number the days. */
  readonly startDate: string | null;
  readonly t: Translate;
}

/** A series of values by hour (one value per hour of the span). */
export interface HourSeries {
  readonly label: string;
  readonly values: readonly number[];
}

/** Label of a day: "Day 2" and, when the calendar is known, its date on a second line. */
export function dayLabel(day: number, startDate: string | null, t: Translate): string {
  const name = t('hours.dayTick', { day: day + 1 });
  if (startDate === null) return name;
  const [year, month, date] = startDate.split('-').map(Number) as [number, number, number];
  const at = new Date(Date.UTC(year, month - 1, date + day));
  const monthKey = `month.${at.getUTCMonth() + 1}`;
  if (!isMessageKey(monthKey)) throw new Error(`no text for ${monthKey}`);
  const text = t('hours.dateTick', { monthName: t(monthKey), day: at.getUTCDate() });
  return `${name}\n${text}`;
}

/**
 * Ticks and grid of the time axis: over more than two days a label per day, centred on its
 * noon, and a grid line at each midnight; over two days or less a label every three hours.
 */
function timeMarks(axis: HourAxis) {
  const days = Math.ceil(axis.hours / HOURS_PER_DAY);
  const midnights = Array.from({ length: days + 1 }, (_, d) => d * HOURS_PER_DAY).filter(
    (h) => h <= axis.hours,
  );
  if (days > 2) {
    const noons = Array.from({ length: days }, (_, d) => d * HOURS_PER_DAY + 12);
    return {
      scale: {
        domain: [0, axis.hours],
        ticks: noons,
        tickSize: 0,
        tickFormat: (h: number) => dayLabel(Math.floor(h / HOURS_PER_DAY), axis.startDate, axis.t),
        label: null,
      },
      grid: Plot.gridX(midnights, { strokeOpacity: 0.25 }),
    };
  }
  const threeHourly = Array.from({ length: Math.floor(axis.hours / 3) + 1 }, (_, i) => i * 3);
  return {
    scale: {
      domain: [0, axis.hours],
      ticks: threeHourly,
      tickFormat: (h: number) =>
        h % HOURS_PER_DAY === 0 && h > 0
          ? dayLabel(h / HOURS_PER_DAY, axis.startDate, axis.t)
          : axis.t('hours.clockTick', { hour: String(h % HOURS_PER_DAY).padStart(2, '0') }),
      label: null,
    },
    grid: Plot.gridX(midnights, { strokeOpacity: 0.25 }),
  };
}

/**
 * The plot options every hour chart shares, so that charts stacked in a section line up: width,
 * margins, type size and the time axis.
 */
function hourFrame(time: ReturnType<typeof timeMarks>, height: number) {
  return {
    width: CHART_WIDTH,
    height,
    marginLeft: MARGIN_LEFT,
    marginBottom: 36,
    style: { fontSize: '11px' },
    x: time.scale,
  };
}

/** Rows of a series: the hour [hour, hour + 1) and its value. */
function hourRows(series: HourSeries) {
  return series.values.map((value, hour) => ({ label: series.label, hour, value }));
}

/** Visitors present over all sites together, as a stepped area. */
export function occupancyTotalChart(total: readonly number[], axis: HourAxis): string {
  const time = timeMarks(axis);
  const rows = hourRows({ label: '', values: total });
  // Repeat the last hour's value at the span's end so the step covers the last hour.
  const stepped = [...rows, { label: '', hour: axis.hours, value: total.at(-1) ?? 0 }];
  return plotMarkup({
    ...hourFrame(time, 200),
    // The figure's caption names the quantity; an axis label would sit far off in the margin.
    y: { label: null, grid: true },
    marks: [
      time.grid,
      Plot.areaY(stepped, { x: 'hour', y: 'value', curve: 'step-after', fill: '#9ecae1' }),
      Plot.lineY(stepped, { x: 'hour', y: 'value', curve: 'step-after', stroke: '#3182bd' }),
      Plot.ruleY([0]),
    ],
  });
}

/** Incidents per hour stacked by type, with a legend of the type names. */
export function incidentsByHourChart(byType: readonly HourSeries[], axis: HourAxis): string {
  const time = timeMarks(axis);
  const rows = byType.flatMap(hourRows).filter((r) => r.value > 0);
  return plotMarkup({
    ...hourFrame(time, 220),
    y: { label: null, grid: true },
    color: { domain: byType.map((s) => s.label), scheme: 'Observable10', legend: true },
    marks: [
      time.grid,
      Plot.rectY(rows, {
        x1: 'hour',
        x2: (r: { hour: number }) => r.hour + 1,
        y: 'value',
        fill: 'label',
        insetLeft: 0.5,
        insetRight: 0.5,
      }),
      Plot.ruleY([0]),
    ],
  });
}

/** Visitors present by site and hour as a heat map, one row per site, with its legend. */
export function occupancyHeatmap(bySite: readonly HourSeries[], axis: HourAxis): string {
  const time = timeMarks(axis);
  const highest = Math.max(...bySite.flatMap((s) => s.values), 1);
  const color = {
    // Seven classes rather than a continuous ramp: easier to read off, and a continuous
    // legend would need a canvas, which a document rendered without a browser lacks.
    type: 'quantize' as const,
    n: 7,
    scheme: OCCUPANCY_SCHEME,
    domain: [0, highest],
  };
  const legend = legendMarkup({ color: { ...color, label: axis.t('axis.visitors') }, width: 420 });
  const labels = bySite.map((s) => s.label);
  const chart = plotMarkup({
    ...hourFrame(time, HEAT_MARGIN_TOP + HEAT_MARGIN_BOTTOM + HEAT_ROW_HEIGHT * bySite.length),
    marginTop: HEAT_MARGIN_TOP,
    marginBottom: HEAT_MARGIN_BOTTOM,
    // No padding: each band is exactly one row, so the name can sit at its top.
    y: { axis: null, domain: labels, padding: 0 },
    color,
    marks: [
      Plot.barX(bySite.flatMap(hourRows), {
        x1: 'hour',
        x2: (r: { hour: number }) => r.hour + 1,
        y: 'label',
        fill: 'value',
        insetTop: HEAT_LABEL_HEIGHT,
        insetBottom: 2,
        // Adjacent hours meet exactly; anti-aliasing would draw a hairline gap between them.
        shapeRendering: 'crispEdges',
      }),
      time.grid,
      Plot.text(labels, {
        x: 0,
        y: (label: string) => label,
        text: (label: string) => label,
        textAnchor: 'start',
        lineAnchor: 'top',
        dy: -HEAT_ROW_HEIGHT / 2 + 1,
        fill: '#222',
      }),
    ],
  });
  return legend + chart;
}

/** One plan's utilisation by hour. */
export interface PlanHourIntervals {
  readonly plan: string;
  readonly intervals: readonly Interval[];
}

/** Officer utilisation by hour: a line per plan with its confidence band. */
export function utilisationByHourChart(
  series: readonly PlanHourIntervals[],
  plans: readonly string[],
  colors: readonly string[],
  planLabel: (plan: string) => string,
  axis: HourAxis,
): string {
  const time = timeMarks(axis);
  const rows = series.flatMap(({ plan, intervals }) =>
    intervals.map((ci, hour) => ({ plan, hour: hour + 0.5, ci })),
  );
  return plotMarkup({
    ...hourFrame(time, 260),
    y: { label: axis.t('axis.utilisation'), domain: [0, 100], grid: true, labelArrow: 'none' },
    color: { domain: [...plans], range: [...colors], legend: true, tickFormat: planLabel },
    marks: [
      time.grid,
      // Undefined hours (nobody on duty, or one replication) are NaN: Plot leaves a gap there.
      Plot.areaY(rows, {
        x: 'hour',
        y1: (r: (typeof rows)[number]) => Math.max(0, r.ci.low),
        y2: (r: (typeof rows)[number]) => Math.min(100, r.ci.high),
        z: 'plan',
        fill: 'plan',
        fillOpacity: 0.15,
      }),
      Plot.lineY(rows, {
        x: 'hour',
        y: (r: (typeof rows)[number]) => r.ci.mean,
        z: 'plan',
        stroke: 'plan',
        strokeWidth: 1.5,
      }),
      Plot.ruleY([0]),
    ],
  });
}
