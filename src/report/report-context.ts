/**
 * What every part of a report needs besides its own data: the run, the language, the plans with
 * their colours, the span in hours, and the names of sites, incident types and measures.
 */
import type { Lang } from '../i18n/lang.js';
import { isMessageKey, type Translate, translator } from '../i18n/messages.js';
import { type DisplayNames, displayNames } from '../output/display-names.js';
import { horizonHours, MINUTES_PER_DAY } from '../scenario/clock.js';
import { inLang, type LocalTextInput } from '../scenario/local-text.js';
import type { Scenario } from '../scenario/types.js';
import { findMeasure } from '../stats/measures.js';
import { planColors } from './charts/palette.js';
import { inferIntervalMinutes } from './data/hourly.js';
import { type RunData, scenarioOf } from './data/run-data.js';

/** Shared inputs of the report's parts. */
export interface ReportContext {
  readonly data: RunData;
  readonly lang: Lang;
  readonly t: Translate;
  /** The run's scenario when found unchanged, else null. */
  readonly scenario: Scenario | null;
  readonly plans: readonly string[];
  /** A colour per plan, in `plans` order. */
  readonly colors: readonly string[];
  /** Hours in the simulated span. */
  readonly hours: number;
  /** Replications of a plan in this folder. */
  replicationsOf(plan: string): number;
  /** A site's name in the report's language (its id without the scenario). */
  siteName(id: string): string;
  /** An incident type's name in the report's language (its id without the scenario). */
  typeName(id: string): string;
  /** A plan's label in the report's language (its name without the scenario or a label). */
  planLabel(plan: string): string;
  /** Plans' and standards' names in the report's language (the verdict's words). */
  readonly names: DisplayNames;
  /** The scenario's name in the report's language (the manifest's without the scenario). */
  readonly scenarioName: string;
  /** Scenario text (a name or description) in the report's language. */
  text(value: LocalTextInput): string;
  /** A measure's label in the report's language (`<id>@<type>` gives the measure's label). */
  measureLabel(id: string): string;
  /** A measure's unit in the report's language, e.g. "分钟". */
  unitLabel(id: string): string;
}

/** Builds the context of a report in `lang`. */
export function reportContext(data: RunData, lang: Lang): ReportContext {
  const t = translator(lang);
  const scenario = scenarioOf(data);
  const plans = data.manifest.plans;
  const sites = new Map(scenario?.sites.map((s) => [s.id, inLang(s.name, lang)]));
  const types = new Map(scenario?.incidentTypes.map((s) => [s.id, inLang(s.name, lang)]));
  const names = displayNames(scenario, lang);
  const counts = new Map<string, number>();
  for (const s of data.summaries) counts.set(s.plan, (counts.get(s.plan) ?? 0) + 1);
  return {
    data,
    lang,
    t,
    scenario,
    plans,
    colors: planColors(plans),
    hours: spanHours(data, scenario),
    replicationsOf: (plan) => counts.get(plan) ?? 0,
    siteName: (id) => sites.get(id) ?? id,
    typeName: (id) => types.get(id) ?? id,
    planLabel: names.plan,
    names,
    scenarioName: scenario === null ? data.manifest.scenario.name : inLang(scenario.name, lang),
    text: (value) => inLang(value, lang),
    measureLabel: (id) => {
      const key = `measure.${findMeasure(id).id}`;
      if (!isMessageKey(key)) throw new Error(`no text for measure "${id}"`);
      return t(key);
    },
    unitLabel: (id) => t(UNIT_KEYS[findMeasure(id).unit] ?? 'unit.count'),
  };
}

/** Message keys of the measures' units. */
export const UNIT_KEYS: Readonly<Record<string, Parameters<Translate>[0]>> = {
  min: 'unit.min',
  '%': 'unit.percent',
  h: 'unit.hours',
  count: 'unit.count',
  cost: 'unit.cost',
};

/**
 * Hours in the simulated span: the calendar's days × 24 when the scenario is known, else the
 * last hour any record reaches.
 */
function spanHours(data: RunData, scenario: Scenario | null): number {
  if (scenario !== null) return horizonHours(scenario.calendar);
  let minutes = 0;
  const occupancy = data.occupancy?.rows ?? [];
  const interval = inferIntervalMinutes(occupancy) ?? 0;
  for (const row of occupancy) minutes = Math.max(minutes, row.start + interval);
  for (const plan of data.records) {
    for (const row of plan.incidents ?? []) minutes = Math.max(minutes, row.occurred);
    for (const row of plan.responders ?? []) {
      minutes = Math.max(minutes, 60 * (row.busyMinutesByHour?.length ?? 0));
    }
  }
  // Whole days: the model simulates whole days from 00:00.
  return Math.max(1, Math.ceil(minutes / MINUTES_PER_DAY)) * 24;
}
