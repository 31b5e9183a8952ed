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
import { RESPONDER_KIND_NAMES } from '../model/responder-kinds.js';

/** A local clock time "HH:MM" (00:00 to 24:00), e.g. "07:30". */
export const ClockTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'expected a clock time "HH:MM" from 00:00 to 24:00')
  .describe('local clock time "HH:MM"');

const positive = (what: string) => z.number().positive(`${what} must be greater than 0`);
const nonNegative = (what: string) => z.number().min(0, `${what} must be 0 or more`);
const probability = z
  .number()
  .min(0, 'a probability must be between 0 and 1')
  .max(1, 'a probability must be between 0 and 1');

/** An identifier: letters, digits, '-' and '_', starting with a letter or digit. */
export const Id = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'expected an id of letters, digits, "-" or "_"')
  .max(64, 'an id is at most 64 characters');

/** A probability distribution of a non-negative quantity (minutes, unless said otherwise). */
export const DistributionSchema = z
  .discriminatedUnion('dist', [
    z.strictObject({ dist: z.literal('constant'), value: nonNegative('value') }),
    z.strictObject({
      dist: z.literal('uniform'),
      min: nonNegative('min'),
      max: nonNegative('max'),
    }),
    z.strictObject({ dist: z.literal('exponential'), mean: positive('mean') }),
    z.strictObject({
      dist: z.literal('normal'),
      mean: z.number(),
      sd: nonNegative('sd'),
      min: z.number().optional().describe('truncate below (default 0)'),
      max: z.number().optional().describe('truncate above (default none)'),
    }),
    z.strictObject({ dist: z.literal('lognormal'), mean: positive('mean'), cv: positive('cv') }),
    z.strictObject({ dist: z.literal('gamma'), mean: positive('mean'), cv: positive('cv') }),
    z.strictObject({
      dist: z.literal('triangular'),
      min: nonNegative('min'),
      mode: nonNegative('mode'),
      max: nonNegative('max'),
    }),
    z.strictObject({
      dist: z.literal('weibull'),
      shape: positive('shape'),
      scale: positive('scale'),
    }),
    z.strictObject({
      dist: z.literal('empirical'),
      values: z.array(nonNegative('value')).min(1, 'needs at least one value'),
      weights: z
        .array(nonNegative('weight'))
        .optional()
        .describe('relative weights (default equal)'),
    }),
  ])
  .describe('a distribution, e.g. { dist: lognormal, mean: 20, cv: 0.5 } (minutes)');

/** The kinds of site a scenario can name. */
export const SiteKind = z.enum([
  'station',
  'parking',
  'viewpoint',
  'elevator',
  'shuttle-stop',
  'trail',
  'gate',
  'other',
]);

/** A named place: the station, a parking lot, a viewpoint, an elevator station… */
export const SiteSchema = z.strictObject({
  id: Id.describe('unique id used by references'),
  name: z.string().min(1).describe('display name, any language'),
  kind: SiteKind.describe('what the place is; incident rates can differ by kind'),
  lat: z.number().min(-90).max(90).optional().describe('latitude, degrees'),
  lon: z.number().min(-180).max(180).optional().describe('longitude, degrees'),
  capacity: positive('capacity').optional().describe('comfortable crowd capacity, persons'),
  note: z.string().optional().describe('source or estimate note'),
});

/** An undirected travel link between two sites. */
export const LinkSchema = z.strictObject({
  between: z.tuple([Id, Id]).describe('the two site ids'),
  vehicle: positive('vehicle minutes')
    .optional()
    .describe('minutes by police vehicle; absent = no road'),
  walk: positive('walking minutes').optional().describe('minutes on foot; absent = no path'),
  ebike: positive('e-bike minutes')
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
  factor: z.number().min(1, 'a congestion factor is 1 or more').describe('vehicle-time multiplier'),
});

/** The travel network and how travel times vary. */
export const TravelSchema = z.strictObject({
  links: z.array(LinkSchema).min(1, 'needs at least one link'),
  congestion: z
    .strictObject({
      byHour: z
        .array(HourFactorSchema)
        .optional()
        .describe('vehicle-time multipliers by time of day'),
      crowding: nonNegative('crowding')
        .optional()
        .describe(
          'vehicle time × (1 + crowding × max(0, occupancy/capacity − 1)) at the destination',
        ),
    })
    .optional(),
  variation: z
    .strictObject({ cv: nonNegative('cv').describe('coefficient of variation of a trip time') })
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
  lagMinutes: nonNegative('lagMinutes')
    .optional()
    .describe('minutes from entering the area to reaching the site (default 0)'),
  stay: DistributionSchema.describe('minutes a visitor stays at the site'),
});

/** Visitor numbers and movement. */
export const CrowdSchema = z.strictObject({
  visitorsPerDay: z
    .union([nonNegative('visitors'), z.array(nonNegative('visitors')).min(1)])
    .describe('visitors entering per day: one number for every day, or one per day'),
  demandCv: nonNegative('demandCv')
    .optional()
    .describe('day-level demand uncertainty: each day × lognormal(mean 1, cv) per replication'),
  arrivalProfile: z.array(ProfilePieceSchema).min(1).describe('relative entries by time of day'),
  sites: z.array(CrowdSiteSchema).min(1),
});

/** The responder kinds (the registry in model/responder-kinds.ts). */
export const ResponderKind = z.enum(RESPONDER_KIND_NAMES);

/** A kind of incident and how it is handled. */
export const IncidentTypeSchema = z.strictObject({
  id: Id,
  name: z.string().min(1),
  rate: nonNegative('rate').describe('incidents per 1,000 visitor-hours at a site'),
  siteKinds: z
    .partialRecord(SiteKind, nonNegative('multiplier'))
    .optional()
    .describe('rate multipliers by site kind'),
  sites: z.record(Id, nonNegative('multiplier')).optional().describe('rate multipliers by site id'),
  crowding: z
    .strictObject({
      threshold: positive('threshold').describe('occupancy/capacity above which the rate rises'),
      exponent: nonNegative('exponent'),
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
  targetMinutes: positive('targetMinutes').describe('alert to required responder on scene'),
  recovery: z
    .strictObject({
      initial: probability.describe('chance of recovery if the search starts at once'),
      halfLifeMinutes: positive('halfLifeMinutes').describe(
        'minutes of delay that halve the chance',
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
  radioMinutes: nonNegative('radioMinutes').describe(
    'relay from platform or patrol to the station',
  ),
  dispatchMinutes: nonNegative('dispatchMinutes')
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
});

/** A staffed platform post. */
export const PlatformSchema = z.strictObject({
  site: Id,
  staff: z.number().int().min(1).max(50),
  coverageMinutes: nonNegative('coverageMinutes').describe(
    'walking radius within which it detects',
  ),
  hours: HoursSchema,
});

/** Volunteer patrol teams walking a loop of sites. */
export const PatrolSchema = z.strictObject({
  id: Id,
  route: z.array(Id).min(2, 'a route needs at least two stops'),
  teams: z.number().int().min(1).max(50),
  dwellMinutes: nonNegative('dwellMinutes').describe('minutes spent at each stop'),
  hours: HoursSchema,
});

/** A staffing plan. With `extends`, fields not given are taken from the named plan. */
export const PlanSchema = z.strictObject({
  name: Id,
  description: z.string().optional(),
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
  name: z.string().min(1),
  description: z.string().optional(),
  seed: z.number().int().min(0).optional().describe('base seed (default 1)'),
  replications: z.number().int().min(1).max(100000).optional().describe('default 10'),
  calendar: CalendarSchema,
  sites: z.array(SiteSchema).min(1),
  travel: TravelSchema,
  crowd: CrowdSchema,
  incidents: z.strictObject({ types: z.array(IncidentTypeSchema).min(1) }),
  detection: DetectionSchema,
  plans: z.array(PlanSchema).min(1),
  defaultPlan: Id.optional().describe('plan used when none is named (default the first)'),
  outputs: OutputsSchema.optional(),
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
