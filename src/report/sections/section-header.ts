/**
 * The top of the report: its title, what the folder holds, and what the report could not show
 * (scenario changed or missing, record files absent), so that nobody mistakes a gap for a zero.
 */

import { BY_HOUR_COLUMNS } from '../data/report-records.js';
import { escapeHtml, periodText } from '../format.js';
import { definitionList, text } from '../html-parts.js';
import type { ReportContext } from '../report-context.js';

/** The report's header: title, run facts and warnings. */
export function headerSection(ctx: ReportContext): string {
  const { t, data } = ctx;
  const m = data.manifest;
  const items: [string, ReturnType<typeof text>][] = [
    [t('meta.folder'), text(data.folderName)],
    [t('meta.kind'), text(t(m.kind === 'run' ? 'kind.run' : 'kind.compare'))],
    [t('meta.plans'), text(m.plans.map((p) => ctx.planLabel(p)).join(', '))],
  ];
  if (m.baseline !== null) items.push([t('meta.baseline'), text(ctx.planLabel(m.baseline))]);
  items.push(
    [t('meta.replications'), text(String(m.replications))],
    [t('meta.seed'), text(String(m.seed))],
  );
  if (ctx.scenario !== null) {
    const { days, start } = ctx.scenario.calendar;
    items.push([t('meta.period'), text(periodText(t, days, start))]);
  }
  const warnings = reportWarnings(ctx);
  const warningBox =
    warnings.length === 0
      ? ''
      : `<aside class="warnings"><h3>${escapeHtml(t('warn.title'))}</h3><ul>${warnings
          .map((w) => `<li>${escapeHtml(w)}</li>`)
          .join('')}</ul></aside>`;
  return (
    `<header><h1>${escapeHtml(t('report.title', { scenario: ctx.scenarioName }))}</h1>` +
    `${definitionList(items)}${warningBox}</header>`
  );
}

/** Sentences naming everything the report had to leave out, and why. */
export function reportWarnings(ctx: ReportContext): string[] {
  const { t, data } = ctx;
  const warnings: string[] = [];
  const copy = data.scenario;
  if (!copy.ok && copy.problem === 'missing') warnings.push(t('warn.scenarioMissing'));
  if (!copy.ok && copy.problem === 'changed') warnings.push(t('warn.scenarioChanged'));
  if (!copy.ok && copy.problem === 'invalid') {
    warnings.push(t('warn.scenarioInvalid', { message: copy.message }));
  }
  const shard = data.manifest.shard;
  if (shard !== null) {
    const [first, last] = data.manifest.replicationRange;
    warnings.push(t('warn.shard', { index: shard.index, count: shard.count, first, last }));
  }
  const withoutIncidents = data.records.filter((r) => r.incidents === null).map((r) => r.plan);
  if (withoutIncidents.length > 0) {
    warnings.push(t('warn.noIncidents', { plans: withoutIncidents.join(', ') }));
  }
  if (data.occupancy === null) warnings.push(t('warn.noOccupancy'));
  if (!hasUtilisationByHour(ctx)) {
    warnings.push(
      t('warn.noUtilisationByHour', {
        columns: `${BY_HOUR_COLUMNS.busy}, ${BY_HOUR_COLUMNS.onDuty}`,
      }),
    );
  }
  return warnings;
}

/** Whether every plan has responder records with busy and on-duty minutes by hour. */
export function hasUtilisationByHour(ctx: ReportContext): boolean {
  return ctx.data.records.every(
    (r) =>
      r.responders?.every(
        (row) => row.busyMinutesByHour !== null && row.onDutyMinutesByHour !== null,
      ) === true,
  );
}
