/**
 * The `standards:` section of a scenario file, as zod schemas: the service standards a plan is
 * judged by. A standard names the incidents it covers, what counts as meeting it (a responder on
 * scene in time, a lost item or person found (in time), no wait for a free responder) and the share of
 * covered incidents that must meet it. docs/scenario.md documents every field with examples.
 *
 * @example
 * ```yaml
 * standards:
 *   - id: public-first-help
 *     measure: response
 *     arrive: first
 *     from: occurrence
 *     minutes: 15
 *     share: 0.8
 * ```
 */
import { z } from 'zod';
import { DETECTION_CHANNELS } from '../model/records.js';
import { LocalTextSchema } from './local-text.js';
import { ClockTime, Id, ResponderKind, SiteKind } from './schema-primitives.js';

const share = z
  .number()
  .min(0, 'a required share must be between 0 and 1')
  .max(1, 'a required share must be between 0 and 1')
  .describe('share of covered incidents that must meet the standard, e.g. 0.9');

/** How an incident came to the station's attention (as recorded by the model). */
export const DetectionChannelSchema = z.enum(DETECTION_CHANNELS);

/** Which incidents a standard covers; every field narrows the set, absent fields cover all. */
export const StandardIncidentsSchema = z.strictObject({
  types: z.array(Id).min(1).optional().describe('incident type ids (default every type)'),
  sites: z.array(Id).min(1).optional().describe('site ids (default every site)'),
  siteKinds: z.array(SiteKind).min(1).optional().describe('site kinds (default every kind)'),
  detectedBy: z
    .array(DetectionChannelSchema)
    .min(1)
    .optional()
    .describe('how the incident was reported: phone, platform or patrol (default any)'),
  days: z
    .array(z.number().int('a day is a whole number').min(1, 'days are numbered from 1'))
    .min(1)
    .optional()
    .describe('simulated days, 1 = the calendar start (default every day)'),
  hours: z
    .strictObject({ from: ClockTime, to: ClockTime })
    .optional()
    .describe(
      'daily clock window of the occurrence; to before from runs overnight (default all day)',
    ),
});

/** Who must be on scene: the first responder of any kind, the first of given kinds, or the officers. */
export const ArriveSchema = z
  .union([
    z.literal('first').describe('the first responder of any kind'),
    z.literal('officers').describe('all the officers the incident requires (covers only those)'),
    z
      .strictObject({ first: z.array(ResponderKind).min(1) })
      .describe('the first responder of one of these kinds'),
  ])
  .describe('first | officers | { first: [kinds] }');

/** The event a response clock starts at. */
export const ClockStartSchema = z
  .enum(['occurrence', 'alert', 'decision'])
  .describe('occurrence, alert (the station hears of it) or decision (alert + dispatchMinutes)');

const common = {
  id: Id.describe('unique id, used in tables and CSV files'),
  name: LocalTextSchema.optional().describe(
    'display name: a string, or { zh: …, en: … } shown in the chosen language (default the id)',
  ),
  incidents: StandardIncidentsSchema.optional().describe('which incidents (default all)'),
  share,
  note: z.string().optional().describe('source or estimate note'),
};

/** A response-time standard: who is on scene within how many minutes of which event. */
export const ResponseStandardSchema = z.strictObject({
  ...common,
  measure: z.literal('response'),
  arrive: ArriveSchema,
  from: ClockStartSchema,
  minutes: z.number().positive('minutes must be greater than 0').describe('target minutes'),
  siteMinutes: z
    .record(Id, z.number().positive('minutes must be greater than 0'))
    .optional()
    .describe('target minutes at particular sites, overriding `minutes`'),
});

/**
 * A recovery standard: the share of lost items and persons found, at all or within
 * `withinMinutes` of `from`.
 */
export const RecoveryStandardSchema = z.strictObject({
  ...common,
  measure: z.literal('recovery'),
  withinMinutes: z
    .number()
    .positive('withinMinutes must be greater than 0')
    .optional()
    .describe('found within this many minutes of `from` (default: found at all, any time)'),
  from: z
    .enum(['occurrence', 'alert'])
    .optional()
    .describe('occurrence or alert (default alert); only with withinMinutes'),
});

/** A waiting standard: the first dispatch no later than `maxWaitMinutes` after the decision. */
export const WaitingStandardSchema = z.strictObject({
  ...common,
  measure: z.literal('waiting'),
  maxWaitMinutes: z
    .number()
    .min(0, 'maxWaitMinutes must be 0 or more')
    .optional()
    .describe('minutes after the decision the first dispatch may come (default 0: no wait)'),
});

/** One service standard. */
export const StandardSchema = z
  .discriminatedUnion('measure', [
    ResponseStandardSchema,
    RecoveryStandardSchema,
    WaitingStandardSchema,
  ])
  .describe('a service standard: measure response, recovery or waiting');

/** The `standards:` section. */
export const StandardsSchema = z
  .array(StandardSchema)
  .min(1, 'list at least one standard, or leave the section out for the defaults')
  .describe('service standards every plan is judged by (default one per incident type)');

/** A standard as written. */
export type StandardInput = z.infer<typeof StandardSchema>;
/** Which incidents, as written. */
export type StandardIncidentsInput = z.infer<typeof StandardIncidentsSchema>;
/** Who must arrive, as written. */
export type ArriveInput = z.infer<typeof ArriveSchema>;
