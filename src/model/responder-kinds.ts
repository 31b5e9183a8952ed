/**
 * Responder kinds as descriptors: what the rest of peakwatch needs to know about a kind without
 * switching on its name. The scenario schema's `handlers` values, the incident types' `handledBy`
 * table, the dispatcher's officer rules, the workload measures (utilisation, staff-hours, cost)
 * and the report's words for each kind (i18n/kind-messages.ts) read this registry. How a kind's units move and where they come from is its own unit
 * class (officers.ts, platforms.ts, patrols.ts); docs/model.md, "How to add a responder kind",
 * lists every file a new kind touches.
 */
import type { Lang } from '../i18n/lang.js';
import { shiftBase } from '../scenario/officer-bases.js';
import type { FieldPath } from '../scenario/paths.js';
import type { PlanInput, TravelModeName } from '../scenario/schema.js';
import type { Plan, PlanUnitField } from '../scenario/types.js';

/** The plan's cost fields (scenario/schema.ts), per staff-hour of each kind. */
export type CostKey = keyof NonNullable<PlanInput['cost']>;

/** One officer shift as the file gives it. */
type OfficerShiftInput = NonNullable<PlanInput['officers']>['shifts'][number];

/** A group of a plan's units of one kind that share a base (or route), a travel mode and hours. */
export interface Deployment {
  /** Site ids a unit may set off from: its base, or every stop of the route it walks. */
  readonly from: readonly string[];
  readonly mode: TravelModeName;
  /** Daily hours on duty (a shift's dates aside). */
  readonly hours: { readonly start: string; readonly end: string };
  /** Units in the group (cars or teams, staff members); 0 fields nobody. */
  readonly units: number;
}

/** A site the scenario file names for a kind's units (a base, a post, a route stop). */
export interface NamedSite {
  readonly site: string;
  /** Where the file names it, from the plan (e.g. `['platforms', 0, 'site']`). */
  readonly path: FieldPath;
}

/** A place a plan as written sends a kind's units from, which must reach every visited site. */
export interface ReachOrigin extends NamedSite {
  readonly mode: TravelModeName;
  /** Who sets off from it, for the message: e.g. 'the platform post at'. */
  readonly who: string;
}

/** A loop a kind's units walk, as written: every stop must reach the visitors and the next stop. */
export interface WalkedRoute {
  readonly stops: readonly string[];
  /** Where the file gives the stops, from the plan. */
  readonly path: FieldPath;
  /** Who walks it, for the message: e.g. 'patrol "cliff-trail"'. */
  readonly who: string;
}

/** What a responder kind is, for the code that treats kinds alike. */
export interface ResponderKindDescriptor {
  /** The plan field (in scenario/schema.ts) that fields its units, inherited through `extends`. */
  readonly planField: PlanUnitField;
  /**
   * Where a plan fields its units of this kind, group by group (a shift, a post, a patrol):
   * where each sets off from and how it travels. The scenario checks, the model's plan checks
   * and the standards' fastest arrival read it.
   */
  readonly deployments: (plan: Plan) => readonly Deployment[];
  /** Every site a plan as written names for its units (the scenario's reference checks). */
  readonly namedSites: (plan: PlanInput) => readonly NamedSite[];
  /** Where a plan as written sends its units from (the scenario's reachability checks). */
  readonly reachOrigins: (plan: PlanInput) => readonly ReachOrigin[];
  /** The loops a plan as written has its units walk (the scenario's reachability checks). */
  readonly walkedRoutes: (plan: PlanInput) => readonly WalkedRoute[];
  /** Whether its persons count toward the officers an incident requires. */
  readonly countsTowardOfficers: boolean;
  /** The plan's `cost` field that prices its staff-hours. */
  readonly costKey: CostKey;
  /** Id of its utilisation measure (summary column). */
  readonly utilisationMeasure: string;
  /** Id of its staff-hours measure (summary column). */
  readonly hoursMeasure: string;
  /** Its words in each report language (English also names its measures in CSV headers). */
  readonly words: Readonly<Record<Lang, KindWords>>;
}

/** What the tables and the report call a responder kind, in one language. */
export interface KindWords {
  /** The kind among an incident type's handlers ("officers", "platform staff"). */
  readonly handlers: string;
  /** Name of its utilisation measure. */
  readonly utilisation: string;
  /** Name of its staff-hours measure. */
  readonly hours: string;
  /** Whose staff-hour its cost prices, in the plans table ("officer", "volunteer"). */
  readonly costPerHour: string;
}

/** A shift as written that names neither base nor mode: its cars drive from `officers.base`. */
function isStationCarShift(shift: OfficerShiftInput): boolean {
  return shift.base === undefined && shift.mode === undefined;
}

/** Officers' words for how they travel, in the reachability messages. */
const OFFICERS_TRAVELLING: Readonly<Record<TravelModeName, string>> = {
  vehicle: 'driving',
  ebike: 'on e-bikes',
  foot: 'on foot',
};

/**
 * Where a plan as written sends officers from: `officers.base` when a shift drives from it (or
 * there is no shift), and each shift that names its own base or mode from its base (a shift on
 * a patrol route is judged by its route instead).
 */
function officerOrigins({ officers }: PlanInput): ReachOrigin[] {
  if (officers === undefined) return [];
  const { base, shifts } = officers;
  const origins: ReachOrigin[] = [];
  if (shifts.length === 0 || shifts.some(isStationCarShift)) {
    origins.push({
      site: base,
      path: ['officers', 'base'],
      mode: 'vehicle',
      who: 'officers based at',
    });
  }
  for (const [s, shift] of shifts.entries()) {
    if (isStationCarShift(shift) || shift.patrol !== undefined) continue;
    const mode = shift.mode ?? 'vehicle';
    origins.push({
      site: shiftBase(officers, shift),
      path: ['officers', 'shifts', s],
      mode,
      who: `officers ${OFFICERS_TRAVELLING[mode]} from`,
    });
  }
  return origins;
}

/** Every responder kind, in the order of measures and columns. */
export const RESPONDER_KINDS = {
  officer: {
    planField: 'officers',
    deployments: (plan) =>
      plan.officers.shifts.map((shift) => ({
        // Officers on a patrol route set off from wherever they are on it.
        from: shift.patrol?.route ?? [shiftBase(plan.officers, shift)],
        mode: shift.mode ?? 'vehicle',
        hours: shift,
        units: shift.cars,
      })),
    reachOrigins: officerOrigins,
    walkedRoutes: ({ officers }) =>
      (officers?.shifts ?? []).flatMap((shift, s) =>
        shift.patrol === undefined || isStationCarShift(shift)
          ? []
          : [
              {
                stops: shift.patrol.route,
                path: ['officers', 'shifts', s, 'patrol', 'route'],
                who: `the officers' patrol of shift ${s + 1}`,
              },
            ],
      ),
    namedSites: ({ officers }) =>
      officers === undefined
        ? []
        : [
            { site: officers.base, path: ['officers', 'base'] },
            ...officers.shifts.flatMap((shift, s) => [
              ...(shift.base === undefined
                ? []
                : [{ site: shift.base, path: ['officers', 'shifts', s, 'base'] }]),
              ...(shift.patrol?.route ?? []).map((site, k) => ({
                site,
                path: ['officers', 'shifts', s, 'patrol', 'route', k],
              })),
            ]),
          ],
    countsTowardOfficers: true,
    costKey: 'officerHour',
    utilisationMeasure: 'officerUtilisation',
    hoursMeasure: 'officerHours',
    words: {
      en: {
        handlers: 'officers',
        utilisation: 'Officer utilisation',
        hours: 'Officer hours',
        costPerHour: 'officer',
      },
      zh: { handlers: '民警', utilisation: '民警忙碌率', hours: '民警工时', costPerHour: '民警' },
    },
  },
  platform: {
    planField: 'platforms',
    deployments: (plan) =>
      plan.platforms.map((post) => ({
        from: [post.site],
        mode: 'foot',
        hours: post.hours,
        units: post.staff,
      })),
    reachOrigins: ({ platforms = [] }) =>
      platforms.map((post, j) => ({
        site: post.site,
        path: ['platforms', j, 'site'],
        mode: 'foot',
        who: 'the platform post at',
      })),
    walkedRoutes: () => [],
    namedSites: ({ platforms = [] }) =>
      platforms.map((post, j) => ({ site: post.site, path: ['platforms', j, 'site'] })),
    countsTowardOfficers: false,
    costKey: 'platformStaffHour',
    utilisationMeasure: 'platformUtilisation',
    hoursMeasure: 'platformStaffHours',
    words: {
      en: {
        handlers: 'platform staff',
        utilisation: 'Platform staff utilisation',
        hours: 'Platform staff hours',
        costPerHour: 'platform staff',
      },
      zh: {
        handlers: '平台人员',
        utilisation: '平台人员忙碌率',
        hours: '平台人员工时',
        costPerHour: '平台人员',
      },
    },
  },
  patrol: {
    planField: 'patrols',
    deployments: (plan) =>
      plan.patrols.map((patrol) => ({
        from: patrol.route,
        mode: 'foot',
        hours: patrol.hours,
        units: patrol.teams,
      })),
    reachOrigins: () => [],
    walkedRoutes: ({ patrols = [] }) =>
      patrols.map((patrol, k) => ({
        stops: patrol.route,
        path: ['patrols', k, 'route'],
        who: `patrol "${patrol.id}"`,
      })),
    namedSites: ({ patrols = [] }) =>
      patrols.flatMap((patrol, k) =>
        patrol.route.map((site, m) => ({ site, path: ['patrols', k, 'route', m] })),
      ),
    countsTowardOfficers: false,
    costKey: 'volunteerHour',
    utilisationMeasure: 'patrolUtilisation',
    hoursMeasure: 'volunteerHours',
    words: {
      en: {
        handlers: 'volunteer patrols',
        utilisation: 'Patrol team utilisation',
        hours: 'Volunteer hours',
        costPerHour: 'volunteer',
      },
      zh: {
        handlers: '志愿者巡逻队',
        utilisation: '巡逻队忙碌率',
        hours: '志愿者工时',
        costPerHour: '志愿者',
      },
    },
  },
} as const satisfies Readonly<Record<string, ResponderKindDescriptor>>;

/** A responder kind's name. */
export type ResponderKindName = keyof typeof RESPONDER_KINDS;

/** The kind names in registry order. */
export const RESPONDER_KIND_NAMES = Object.keys(RESPONDER_KINDS) as [
  ResponderKindName,
  ...ResponderKindName[],
];

/** For each kind, whether it is among `kinds` (an incident type's `handledBy` table). */
export function kindTable(
  kinds: readonly ResponderKindName[],
): Readonly<Record<ResponderKindName, boolean>> {
  const set = new Set(kinds);
  return Object.fromEntries(RESPONDER_KIND_NAMES.map((kind) => [kind, set.has(kind)])) as Record<
    ResponderKindName,
    boolean
  >;
}

/** Whether a responder of `kind` counts toward the officers an incident requires. */
export function countsTowardOfficers(kind: ResponderKindName): boolean {
  return RESPONDER_KINDS[kind].countsTowardOfficers;
}

/**
 * The groups of a plan's units of `kind` that field anyone.
 *
 * @example fieldedGroups(plan, 'platform').length // open platform posts
 */
export function fieldedGroups(plan: Plan, kind: ResponderKindName): readonly Deployment[] {
  return RESPONDER_KINDS[kind].deployments(plan).filter((group) => group.units > 0);
}
