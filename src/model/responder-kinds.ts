/**
 * Responder kinds as descriptors: what the rest of peakwatch needs to know about a kind without
 * switching on its name. The scenario schema's `handlers` values, the incident types' `handledBy`
 * table, the dispatcher's officer rules and the workload measures (utilisation, staff-hours,
 * cost) read this registry. How a kind's units move and where they come from is its own unit
 * class (officers.ts, platforms.ts, patrols.ts); docs/model.md, "How to add a responder kind",
 * lists every file a new kind touches.
 */

/** The plan's cost fields, per staff-hour of each kind. */
export type CostKey = 'officerHour' | 'platformStaffHour' | 'volunteerHour';

/** What a responder kind is, for the code that treats kinds alike. */
export interface ResponderKindDescriptor {
  /** How its units travel unless a plan says otherwise (officers: per shift `mode`). */
  readonly travel: 'vehicle' | 'foot';
  /** Whether its persons count toward the officers an incident requires. */
  readonly countsTowardOfficers: boolean;
  /** The plan's `cost` field that prices its staff-hours. */
  readonly costKey: CostKey;
  /** Id of its utilisation measure (summary column). */
  readonly utilisationMeasure: string;
  /** Id of its staff-hours measure (summary column). */
  readonly hoursMeasure: string;
  /** English names of the two measures (the Chinese ones are in i18n/messages-zh.ts). */
  readonly utilisationLabel: string;
  readonly hoursLabel: string;
}

/** Every responder kind, in the order of measures and columns. */
export const RESPONDER_KINDS = {
  officer: {
    travel: 'vehicle',
    countsTowardOfficers: true,
    costKey: 'officerHour',
    utilisationMeasure: 'officerUtilisation',
    hoursMeasure: 'officerHours',
    utilisationLabel: 'Officer utilisation',
    hoursLabel: 'Officer hours',
  },
  platform: {
    travel: 'foot',
    countsTowardOfficers: false,
    costKey: 'platformStaffHour',
    utilisationMeasure: 'platformUtilisation',
    hoursMeasure: 'platformStaffHours',
    utilisationLabel: 'Platform staff utilisation',
    hoursLabel: 'Platform staff hours',
  },
  patrol: {
    travel: 'foot',
    countsTowardOfficers: false,
    costKey: 'volunteerHour',
    utilisationMeasure: 'patrolUtilisation',
    hoursMeasure: 'volunteerHours',
    utilisationLabel: 'Patrol team utilisation',
    hoursLabel: 'Volunteer hours',
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
