/**
 * Service standards, resolved: each standard of the `standards:` section with its defaults
 * filled in, or, for a scenario without the section, one default standard per incident type
 * built from the type's `targetMinutes` (first responder on scene within the target of the
 * occurrence; and, for a type that requires or may escalate to officers, the required officers
 * within the same target). The checks that need the rest of the scenario (known types and
 * sites, unique ids, days within the calendar, a recovery standard covering a type with a
 * recovery model) live here too. A default standard is named by its id (an identifier reads the
 * same in every language of the tables).
 */

import type { DetectionChannel } from '../model/records.js';
import type { ResponderKindName } from '../model/responder-kinds.js';
import type { LocalTextInput } from './local-text.js';
import type { FieldPath, FieldProblem } from './paths.js';
import { unknownName } from './references.js';
import type { IncidentType, ScenarioInput } from './schema.js';
import type { StandardIncidentsInput, StandardInput } from './standards-schema.js';

/** The share a default standard requires (docs/scenario.md, "Service standards"). */
export const DEFAULT_STANDARD_SHARE = 0.9;

/** Responder kinds, as the standards name them: the registry's names. */
export type StandardResponderKind = ResponderKindName;

/** Which incidents a standard covers; null = no restriction on that attribute. */
export interface StandardScope {
  readonly types: readonly string[] | null;
  readonly sites: readonly string[] | null;
  readonly siteKinds: readonly string[] | null;
  readonly detectedBy: readonly DetectionChannel[] | null;
  /** Simulated days, 1 = the calendar start. */
  readonly days: readonly number[] | null;
  /** Daily clock window of the occurrence ("HH:MM"). */
  readonly hours: { readonly from: string; readonly to: string } | null;
}

/** Who must be on scene: the first responder (of the given kinds, or any), or the officers. */
export type Arrival =
  | { readonly who: 'first'; readonly kinds: readonly StandardResponderKind[] | null }
  | { readonly who: 'officers' };

/** The parts every standard has. */
interface StandardBase {
  readonly id: string;
  /** Display name as written (one string, or one per language); the id by default. */
  readonly name: LocalTextInput;
  readonly scope: StandardScope;
  /** Required share in [0, 1]. */
  readonly share: number;
}

/** Someone on scene within `minutes` (or the site's override) of `from`. */
export interface ResponseStandard extends StandardBase {
  readonly measure: 'response';
  readonly arrive: Arrival;
  readonly from: 'occurrence' | 'alert' | 'decision';
  readonly minutes: number;
  /** Target minutes by site id, overriding `minutes`. */
  readonly siteMinutes: Readonly<Record<string, number>>;
}

/**
 * Lost items and persons recovered (covers only types with a recovery model): found at all, or
 * found within `within.minutes` of `within.from`.
 */
export interface RecoveryStandard extends StandardBase {
  readonly measure: 'recovery';
  readonly within: { readonly minutes: number; readonly from: 'occurrence' | 'alert' } | null;
}

/** The first dispatch at most `maxWaitMinutes` after the decision. */
export interface WaitingStandard extends StandardBase {
  readonly measure: 'waiting';
  readonly maxWaitMinutes: number;
}

/** A resolved service standard. */
export type Standard = ResponseStandard | RecoveryStandard | WaitingStandard;

/** The standards of a scenario: as written, or the defaults from the incident types. */
export function resolveStandards(input: ScenarioInput): Standard[] {
  if (input.standards === undefined) return defaultStandards(input.incidents.types);
  return input.standards.map(resolveStandard);
}

/**
 * One standard per incident type from its `targetMinutes`, clock from the occurrence: the first
 * responder; and the required officers for a type that requires or may escalate to officers.
 */
export function defaultStandards(types: readonly IncidentType[]): Standard[] {
  return types.flatMap((type): Standard[] => {
    const first: ResponseStandard = {
      id: `${type.id}-first`,
      name: `${type.id}-first`,
      measure: 'response',
      scope: { ...ALL_INCIDENTS, types: [type.id] },
      share: DEFAULT_STANDARD_SHARE,
      arrive: { who: 'first', kinds: null },
      from: 'occurrence',
      minutes: type.targetMinutes,
      siteMinutes: {},
    };
    if (type.officers === 0 && type.escalation === undefined) return [first];
    return [
      first,
      {
        ...first,
        id: `${type.id}-officers`,
        name: `${type.id}-officers`,
        arrive: { who: 'officers' },
      },
    ];
  });
}

const ALL_INCIDENTS: StandardScope = {
  types: null,
  sites: null,
  siteKinds: null,
  detectedBy: null,
  days: null,
  hours: null,
};

function resolveStandard(input: StandardInput): Standard {
  const base = {
    id: input.id,
    name: input.name ?? input.id,
    scope: resolveScope(input.incidents),
    share: input.share,
  };
  switch (input.measure) {
    case 'response':
      return {
        ...base,
        measure: 'response',
        arrive:
          input.arrive === 'first'
            ? { who: 'first', kinds: null }
            : input.arrive === 'officers'
              ? { who: 'officers' }
              : { who: 'first', kinds: input.arrive.first },
        from: input.from,
        minutes: input.minutes,
        siteMinutes: input.siteMinutes ?? {},
      };
    case 'recovery':
      return {
        ...base,
        measure: 'recovery',
        within:
          input.withinMinutes === undefined
            ? null
            : { minutes: input.withinMinutes, from: input.from ?? 'alert' },
      };
    case 'waiting':
      return { ...base, measure: 'waiting', maxWaitMinutes: input.maxWaitMinutes ?? 0 };
  }
}

function resolveScope(input: StandardIncidentsInput | undefined): StandardScope {
  return {
    types: input?.types ?? null,
    sites: input?.sites ?? null,
    siteKinds: input?.siteKinds ?? null,
    detectedBy: input?.detectedBy ?? null,
    days: input?.days ?? null,
    hours: input?.hours ?? null,
  };
}

/**
 * The standards' references and cross-field rules: unique ids, known incident types and sites,
 * days within the calendar, and a recovery standard that covers some type with a recovery
 * model (otherwise it could never be judged).
 */
export function checkStandards(input: ScenarioInput): FieldProblem[] {
  const standards = input.standards ?? [];
  const typeIds = input.incidents.types.map((t) => t.id);
  const siteIds = input.sites.map((s) => s.id);
  const seen = new Map<string, number>();
  return standards.flatMap((standard, i): FieldProblem[] => {
    const path: FieldPath = ['standards', i];
    const problems: FieldProblem[] = [];
    const earlier = seen.get(standard.id);
    if (earlier === undefined) seen.set(standard.id, i);
    else {
      problems.push({
        path: [...path, 'id'],
        message: `duplicate standard id "${standard.id}" (first used at standards[${earlier}].id)`,
      });
    }
    const scope = standard.incidents;
    const known = (
      names: readonly string[] | undefined,
      all: string[],
      what: string,
      key: string,
    ) =>
      (names ?? []).flatMap((name, j) =>
        all.includes(name) ? [] : [unknownName(what, name, all, [...path, 'incidents', key, j])],
      );
    problems.push(...known(scope?.types, typeIds, 'incident type', 'types'));
    problems.push(...known(scope?.sites, siteIds, 'site', 'sites'));
    (scope?.days ?? []).forEach((day, j) => {
      if (day > input.calendar.days) {
        problems.push({
          path: [...path, 'incidents', 'days', j],
          message: `day ${day} is after the last simulated day (calendar.days is ${input.calendar.days})`,
        });
      }
    });
    if (standard.measure === 'response') {
      for (const site of Object.keys(standard.siteMinutes ?? {})) {
        if (!siteIds.includes(site)) {
          problems.push(unknownName('site', site, siteIds, [...path, 'siteMinutes', site], 'key'));
        }
      }
    }
    if (standard.measure === 'recovery') {
      problems.push(...checkRecoverable(standard, input, path));
      if (standard.from !== undefined && standard.withinMinutes === undefined) {
        problems.push({
          path: [...path, 'from'],
          message: '`from` needs `withinMinutes` (a recovery standard without it has no clock)',
        });
      }
    }
    return problems;
  });
}

function checkRecoverable(
  standard: StandardInput,
  input: ScenarioInput,
  path: FieldPath,
): FieldProblem[] {
  const covered = input.incidents.types.filter(
    (t) => standard.incidents?.types === undefined || standard.incidents.types.includes(t.id),
  );
  if (covered.some((t) => t.recovery !== undefined)) return [];
  return [
    {
      path: [...path, 'measure'],
      message:
        'a recovery standard needs an incident type with a `recovery` model among the types it covers',
    },
  ];
}
