/**
 * Crowd and incidents hour by hour over the simulated days: visitors present in all, incidents
 * per hour by type, and a heat map of visitors by site. The crowd does not depend on the plan;
 * incidents are taken from the baseline (under common random numbers every plan meets the same
 * ones).
 */

import {
  type HourAxis,
  incidentsByHourChart,
  occupancyHeatmap,
  occupancyTotalChart,
} from '../charts/hour-charts.js';
import { incidentsPerHour, inferIntervalMinutes, occupancyPerHour } from '../data/hourly.js';
import type { PlanRecords } from '../data/run-data.js';
import { figure, note, section } from '../html-parts.js';
import type { ReportContext } from '../report-context.js';

/** The "crowd and incidents by hour" section. */
export function hoursSection(ctx: ReportContext): string {
  const { t } = ctx;
  const bySite = occupancyBySite(ctx);
  const axis: HourAxis = { hours: ctx.hours, startDate: ctx.data.startDate, t };
  const parts: string[] = [];
  if (bySite.size > 0) {
    const total = Array.from({ length: ctx.hours }, (_, h) =>
      [...bySite.values()].reduce((sum, values) => sum + values[h]!, 0),
    );
    parts.push(figure('occupancy-by-hour', t('hours.occupancy'), occupancyTotalChart(total, axis)));
    const series = [...bySite].map(([site, values]) => ({ label: ctx.siteName(site), values }));
    parts.push(figure('occupancy-by-site', t('hours.heatmap'), occupancyHeatmap(series, axis)));
  }
  const source = incidentSource(ctx);
  if (source !== null) {
    const byType = incidentsPerHour(source.incidents!, ctx.replicationsOf(source.plan), ctx.hours);
    // Types in the scenario's order (else as they first occur), so colours follow the file.
    const order = ctx.scenario?.incidentTypes.map((type) => type.id) ?? [];
    const rank = (type: string) => (order.includes(type) ? order.indexOf(type) : order.length);
    const series = [...byType]
      .sort(([a], [b]) => rank(a) - rank(b))
      .map(([type, values]) => ({ label: ctx.typeName(type), values }));
    const sourceNote = ctx.data.manifest.independentStreams
      ? t('hours.sourceIndependent', { plan: source.plan })
      : t('hours.sourceCrn', { plan: source.plan });
    parts.push(
      figure(
        'incidents-by-hour',
        t('hours.incidents'),
        incidentsByHourChart(series, axis),
        ctx.plans.length > 1 ? sourceNote : undefined,
      ),
    );
  }
  if (parts.length === 0) parts.push(note(t('warn.noOccupancy')));
  return section('hours', t('hours.title'), t('hours.intro'), parts.join(''));
}

/** Mean visitors present by site and hour; empty without occupancy records. */
function occupancyBySite(ctx: ReportContext): Map<string, number[]> {
  const occupancy = ctx.data.occupancy;
  if (occupancy === null) return new Map();
  const interval =
    ctx.scenario?.occupancyIntervalMinutes ?? inferIntervalMinutes(occupancy.rows) ?? 60;
  return occupancyPerHour(occupancy.rows, interval, ctx.hours);
}

/** The plan whose incidents are shown: the baseline if it has records, else the first that does. */
function incidentSource(ctx: ReportContext): PlanRecords | null {
  const baseline = ctx.data.manifest.baseline;
  const records = ctx.data.records.filter((r) => r.incidents !== null);
  return records.find((r) => r.plan === baseline) ?? records[0] ?? null;
}
