/**
 * The scenario file format, as zod schemas. This is the contract between scenario files and the
 * model: every field a researcher can write is declared here, with its unit in the description.
 * Objects are strict (an unknown key, usually a typo, is an error). Cross-references (site ids,
 * plan names) and cross-field rules are checked after parsing, in `references.ts`.
 *
 * Units: times of day are local clock strings "HH:MM"; durations are minutes; rates are per
 * 1,000 visitor-hours; probabilities are in [0, 1].
 *
 * @example
 * ```ts
 * const result = ScenarioSchema.safeParse(data);
 * ```
 */
import { z } from 'zod';
import { DISPATCH_POLICY_NAMES } from '../model/dispatch-policies.js';
import {
  MAX_CROWDING_EXPONENT,
  MAX_DURATION_MINUTES,
  MAX_INCIDENT_RATE,
  MAX_LAG_MINUTES,
  MAX_LINK_MINUTES,
  MAX_LINKS,
  MAX_RATE_MULTIPLIER,
  MAX_REPLICATIONS,
  MAX_SITES,
  MAX_VISITORS_PER_DAY,
} from './bounds.js';
import { LocalTextSchema } from './local-text.js';
import { ClockTime, Id, ResponderKind, SiteKind } from './schema-primitives.js';
import { StandardsSchema } from './standards-schema.js';

export { ClockTime, Id, ResponderKind, SiteKind };

const positive = (what: string) => z.number().positive(`${what} must be greater than 0`);
const nonNegative = (what: string) => z.number().min(0, `${what} must be 0 or more`);
/** `schema` with an upper bound from bounds.ts, the message naming the bound. */
const atMost = (schema: z.ZodNumber, max: number, what: string) =>
  schema.max(
    max,
    `${what} must be at most ${max.toLocaleString('en-US')} (see docs/scenario.md#bounds)`,
  );
/** Minutes of a duration: 0 to a week. */
const minutes = (what: string) => atMost(nonNegative(what), MAX_DURATION_MINUTES, what);
/** Minutes of a duration that must be positive. */
const positiveMinutes = (what: string) => atMost(positive(what), MAX_DURATION_MINUTES, what);
/** A rate multiplier: 0 to the bound. */
const multiplier = () => atMost(nonNegative('multiplier'), MAX_RATE_MULTIPLIER, 'a multiplier');
const probability = z
  .number()
  .min(0, 'a probability must be between 0 and 1')
  .max(1, 'a probability must be between 0 and 1');

/** A probability distribution of a non-negative quantity (minutes, unless said otherwise). */
export const DistributionSchema = z
  .discriminatedUnion('dist', [
    z.strictObject({ dist: z.literal('constant'), value: minutes('value') }),
    z.strictObject({
      dist: z.literal('uniform'),
      min: minutes('min'),
      max: minutes('max'),
    }),
    z.strictObject({ dist: z.literal('exponential'), mean: positiveMinutes('mean') }),
    z.strictObject({
      dist: z.literal('normal'),
      mean: atMost(z.number().min(-MAX_DURATION_MINUTES), MAX_DURATION_MINUTES, 'mean'),
      sd: minutes('sd'),
      min: atMost(z.number().min(-MAX_DURATION_MINUTES), MAX_DURATION_MINUTES, 'min')
        .optional()
        .describe('truncate below (default 0)'),
      max: atMost(z.number().min(-MAX_DURATION_MINUTES), MAX_DURATION_MINUTES, 'max')
        .optional()
        .describe('truncate above (default none)'),
    }),
    z.strictObject({
      dist: z.literal('lognormal'),
      mean: positiveMinutes('mean'),
      cv: atMost(positive('cv'), 10, 'cv'),
    }),
    z.strictObject({
      dist: z.literal('gamma'),
      mean: positiveMinutes('mean'),
      cv: atMost(positive('cv'), 10, 'cv'),
    }),
    z.strictObject({
      dist: z.literal('triangular'),
      min: minutes('min'),
      mode: minutes('mode'),
      max: minutes('max'),
    }),
    z.strictObject({
      dist: z.literal('weibull'),
      shape: atMost(z.number().min(0.1, 'shape must be at least 0.1'), 100, 'shape'),
      scale: positiveMinutes('scale'),
    }),
    z.strictObject({
      dist: z.literal('empirical'),
      values: z.array(minutes('value')).min(1, 'needs at least one value').max(10_000),
      weights: z
        .array(nonNegative('weight'))
        .max(10_000)
        .optional()
        .describe('relative weights (default equal)'),
    }),
  ])
  .describe('a distribution, e.g. { dist: lognormal, mean: 20, cv: 0.5 } (minutes)');

/** A named place: the station, a parking lot, a viewpoint, an elevator station… */
export const SiteSchema = z.strictObject({
  id: Id.describe('unique id used by references'),
  name: LocalTextSchema.describe('display name: a string, or { zh: …, en: … }'),
  kind: SiteKind.describe('what the place is; incident rates can differ by kind'),
  lat: z.number().min(-90).max(90).optional().describe('latitude, degrees'),
  lon: z.number().min(-180).max(180).optional().describe('longitude, degrees'),
  capacity: positive('capacity').optional().describe('comfortable crowd capacity, persons'),
  note: z.string().optional().describe('source or estimate note'),
});

/** An undirected travel link between two sites. */
export const LinkSchema = z.strictObject({
  between: z.tuple([Id, Id]).describe('the two site ids'),
  vehicle: atMost(positive('vehicle minutes'), MAX_LINK_MINUTES, 'vehicle minutes')
    .optional()
    .describe('minutes by police vehicle; absent = no road'),
  walk: atMost(positive('walking minutes'), MAX_LINK_MINUTES, 'walking minutes')
    .optional()
    .describe('minutes on foot; absent = no path'),
  ebike: atMost(positive('e-bike minutes'), MAX_LINK_MINUTES, 'e-bike minutes')
    .optional()
    .describe('minutes by e-bike; absent = travel.ebike derives it from another mode, if given'),
  note: z.string().optional(),
});

/** How officers travel: by police vehicle, by e-bike, or on foot. */
export const TravelMode = z.enum(['vehicle', 'ebike', 'foot']);

/** E-bike minutes on links that give none: another mode's minutes times a factor. */
export const EbikeSchema = z.strictObject({
  from: z.enum(['vehicle', 'walk']).describe('the link minutes e-bike times are derived from'),
  factor: positive('factor').describe('e-bike minutes = that mode\u2019s minutes × factor'),
});

/** A multiplier on vehicle travel times during part of the day. */
export const HourFactorSchema = z.strictObject({
  from: ClockTime,
  to: ClockTime,
  factor: atMost(z.number().min(1, 'a congestion factor is 1 or more'), 100, 'factor').describe(
    'vehicle-time multiplier',
  ),
});

/** The travel network and how travel times vary. */
export const TravelSchema = z.strictObject({
  links: z.array(LinkSchema).min(1, 'needs at least one link').max(MAX_LINKS),
  congestion: z
    .strictObject({
      byHour: z
        .array(HourFactorSchema)
        .optional()
        .describe('vehicle-time multipliers by time of day'),
      crowding: atMost(nonNegative('crowding'), 100, 'crowding')
        .optional()
        .describe(
          'vehicle time × (1 + crowding × max(0, occupancy/capacity − 1)) at the destination',
        ),
    })
    .optional(),
  variation: z
    .strictObject({
      cv: atMost(nonNegative('cv'), 10, 'cv').describe('coefficient of variation of a trip time'),
    })
    .optional(),
  ebike: EbikeSchema.optional().describe(
    'e-bike minutes on links without their own: e.g. { from: walk, factor: 0.35 }',
  ),
});

/** The time frame of the simulation. */
export const CalendarSchema = z.strictObject({
  start: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date "YYYY-MM-DD"')
    .describe('first simulated day, local date; simulation starts at 00:00'),
  days: z.number().int('days must be a whole number').min(1).max(366),
  timeZone: z.string().optional().describe('label for output, e.g. Asia/Shanghai'),
});

/** A piece of the arrival profile: relative weight of entries between two clock times. */
export const ProfilePieceSchema = z.strictObject({
  from: ClockTime,
  to: ClockTime,
  weight: nonNegative('weight'),
});

/** How visitors use one site. */
export const CrowdSiteSchema = z.strictObject({
  site: Id,
  share: probability.describe('share of the day\u2019s visitors who pass through the site'),
  lagMinutes: atMost(nonNegative('lagMinutes'), MAX_LAG_MINUTES, 'lagMinutes')
    .optional()
    .describe('minutes from entering the area to reaching the site (default 0)'),
  stay: DistributionSchema.describe('minutes a visitor stays at the site'),
});

/** Visitors entering in a day. */
const visitors = () => atMost(nonNegative('visitors'), MAX_VISITORS_PER_DAY, 'visitors per day');

/** Visitor numbers and movement. */
export const CrowdSchema = z.strictObject({
  visitorsPerDay: z
    .union([visitors(), z.array(visitors()).min(1).max(366)])
    .describe('visitors entering per day: one number for every day, or one per day'),
  demandCv: atMost(nonNegative('demandCv'), 10, 'demandCv')
    .optional()
    .describe('day-level demand uncertainty: each day × lognormal(mean 1, cv) per replication'),
  arrivalProfile: z.array(ProfilePieceSchema).min(1).describe('relative entries by time of day'),
  sites: z.array(CrowdSiteSchema).min(1),
});

/** A kind of incident and how it is handled. */
export const IncidentTypeSchema = z.strictObject({
  id: Id,
  name: LocalTextSchema.describe('display name: a string, or { zh: …, en: … }'),
  rate: atMost(nonNegative('rate'), MAX_INCIDENT_RATE, 'rate').describe(
    'incidents per 1,000 visitor-hours at a site',
  ),
  siteKinds: z
    .partialRecord(SiteKind, multiplier())
    .optional()
    .describe('rate multipliers by site kind'),
  sites: z.record(Id, multiplier()).optional().describe('rate multipliers by site id'),
  crowding: z
    .strictObject({
      threshold: atMost(positive('threshold'), 100, 'threshold').describe(
        'occupancy/capacity above which the rate rises',
      ),
      exponent: atMost(nonNegative('exponent'), MAX_CROWDING_EXPONENT, 'exponent'),
    })
    .optional()
    .describe('rate × (load/threshold)^exponent when load = occupancy/capacity exceeds threshold'),
  priority: z.number().int().min(1).max(9).describe('1 is the most urgent'),
  handlers: z
    .array(ResponderKind.describe('officer, platform (staff) or patrol (volunteers)'))
    .min(1)
    .describe('who may be first on scene and act'),
  officers: z.number().int().min(0).max(10).describe('officers required on scene (0 = none)'),
  escalation: z
    .strictObject({
      probability,
      officers: z
        .number()
        .int()
        .min(1)
        .max(10)
        .optional()
        .describe('officers then needed (default 1)'),
    })
    .optional()
    .describe('chance that an incident needing no officers turns out to need them'),
  onScene: DistributionSchema.describe('minutes of work on scene'),
  preempts: z
    .boolean()
    .optional()
    .describe('may take a unit travelling to a lower-priority incident (default false)'),
  targetMinutes: positiveMinutes('targetMinutes').describe('alert to required responder on scene'),
  recovery: z
    .strictObject({
      initial: probability.describe('chance of recovery if the search starts at once'),
      halfLifeMinutes: positiveMinutes('halfLifeMinutes').describe(
        'minutes of delay that halve the chance',
      ),
      searchMinutes: DistributionSchema.optional().describe(
        'minutes the search takes from the first arrival (default none: found on arrival)',
      ),
    })
    .optional()
    .describe('for lost items and people'),
  note: z.string().optional(),
});

/** How incidents come to the station's attention. */
export const DetectionSchema = z.strictObject({
  phone: DistributionSchema.describe('occurrence to the visitor\u2019s call reaching the station'),
  platform: DistributionSchema.describe('occurrence to platform staff noticing, at a covered site'),
  patrol: DistributionSchema.describe('a passing patrol noticing to its report'),
  radioMinutes: minutes('radioMinutes').describe('relay from platform or patrol to the station'),
  dispatchMinutes: minutes('dispatchMinutes')
    .optional()
    .describe('station decision time before a dispatch (default 0)'),
});

/** Hours of operation of a post or patrol; overnight (end before start) allowed. */
export const HoursSchema = z.strictObject({ start: ClockTime, end: ClockTime });

/** A simulated day: its number (1 = the calendar's start) or its date "YYYY-MM-DD". */
export const RosterDay = z.union([
  z.number().int('a day number is a whole number').min(1, 'day numbers start at 1'),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date "YYYY-MM-DD" or a day number'),
]);

/**
 * An officer shift: `cars` units of `crew` officers each, based at `base` (default the plan's
 * station) and travelling by `mode` (default vehicle), every day or only on `days`.
 */
export const ShiftSchema = z.strictObject({
  start: ClockTime,
  end: ClockTime.describe('may be earlier than start: an overnight shift'),
  cars: z.number().int().min(0).max(100).describe('units: cars, e-bike or foot teams'),
  crew: z.number().int().min(1).max(8).describe('officers per unit'),
  base: Id.optional().describe(
    'site the units are posted at and return to: a police post, a platform (joint post) or the station (default officers.base)',
  ),
  mode: TravelMode.optional().describe('vehicle (default), ebike or foot'),
  days: z
    .array(RosterDay)
    .min(1, 'list at least one day, or leave days out for every day')
    .optional()
    .describe('only on these days (numbers from 1, or dates); a shift starting on them'),
  mealBreak: z
    .strictObject({
      minutes: positive('minutes').describe('length of each unit\u2019s break'),
      from: ClockTime.describe('when the first unit\u2019s break starts'),
      to: ClockTime.describe('end of the window the breaks, one unit after another, fit in'),
    })
    .optional()
    .describe('units take breaks one at a time from `from`; a unit on an incident takes it after'),
  patrol: z
    .strictObject({
      route: z.array(Id).min(2, 'a route needs at least two stops'),
      dwellMinutes: minutes('dwellMinutes').describe('minutes spent at each stop'),
    })
    .optional()
    .describe('the units walk this loop of sites instead of waiting at a base (with mode: foot)'),
});

/** A staffed platform post. */
export const PlatformSchema = z.strictObject({
  site: Id,
  staff: z.number().int().min(1).max(50),
  coverageMinutes: minutes('coverageMinutes').describe('walking radius within which it detects'),
  hours: HoursSchema,
});

/** Volunteer patrol teams walking a loop of sites. */
export const PatrolSchema = z.strictObject({
  id: Id,
  route: z.array(Id).min(2, 'a route needs at least two stops'),
  teams: z.number().int().min(1).max(50),
  dwellMinutes: minutes('dwellMinutes').describe('minutes spent at each stop'),
  hours: HoursSchema,
});

/** A staffing plan. With `extends`, fields not given are taken from the named plan. */
export const PlanSchema = z.strictObject({
  name: Id.describe('the plan\u2019s id, used by extends, defaultPlan and --plans'),
  label: LocalTextSchema.optional().describe(
    'display name in tables and reports (default the name)',
  ),
  description: LocalTextSchema.optional(),
  extends: Id.optional(),
  dispatch: z
    .enum(DISPATCH_POLICY_NAMES)
    .optional()
    .describe('nearest capable free responder, or the covering platform acts first'),
  officers: z
    .strictObject({ base: Id.describe('site id of the station'), shifts: z.array(ShiftSchema) })
    .optional(),
  platforms: z.array(PlatformSchema).optional(),
  patrols: z.array(PatrolSchema).optional(),
  cost: z
    .strictObject({
      officerHour: nonNegative('officerHour'),
      platformStaffHour: nonNegative('platformStaffHour'),
      volunteerHour: nonNegative('volunteerHour'),
    })
    .optional()
    .describe('optional cost per staff-hour by kind, for comparisons'),
});

/** Output settings. */
export const OutputsSchema = z.strictObject({
  occupancyIntervalMinutes: z.number().int().min(1).max(1440).optional().describe('default 15'),
});

/** A whole scenario file. */
export const ScenarioSchema = z.strictObject({
  $schema: z.string().optional().describe('JSON Schema reference for editors; ignored'),
  peakwatch: z.literal(1).describe('format version'),
  name: LocalTextSchema,
  description: LocalTextSchema.optional(),
  seed: z
    .number()
    .int()
    .min(0)
    .max(Number.MAX_SAFE_INTEGER)
    .optional()
    .describe('base seed (default 1)'),
  replications: z.number().int().min(1).max(MAX_REPLICATIONS).optional().describe('default 10'),
  calendar: CalendarSchema,
  sites: z.array(SiteSchema).min(1).max(MAX_SITES),
  travel: TravelSchema,
  crowd: CrowdSchema,
  incidents: z.strictObject({ types: z.array(IncidentTypeSchema).min(1) }),
  detection: DetectionSchema,
  plans: z.array(PlanSchema).min(1),
  defaultPlan: Id.optional().describe('plan used when none is named (default the first)'),
  outputs: OutputsSchema.optional(),
  standards: StandardsSchema.optional(),
});

/** A scenario as written in the file (after schema validation, before resolution). */
export type ScenarioInput = z.infer<typeof ScenarioSchema>;
/** A distribution spec. */
export type Distribution = z.infer<typeof DistributionSchema>;
/** A site as written. */
export type Site = z.infer<typeof SiteSchema>;
/** An incident type as written. */
export type IncidentType = z.infer<typeof IncidentTypeSchema>;
/** A plan as written (fields optional when it extends another). */
export type PlanInput = z.infer<typeof PlanSchema>;
/** Responder kind. */
export type ResponderKindName = z.infer<typeof ResponderKind>;
/** An officer unit's way of travelling. */
export type TravelModeName = z.infer<typeof TravelMode>;
