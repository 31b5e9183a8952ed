/**
 * The value types every part of the scenario format shares (ids, clock times, site and
 * responder kinds), in a module of their own so that the sections defined in separate files
 * (schema.ts, standards-schema.ts) use the same rules.
 */

import { z } from 'zod';
import { RESPONDER_KIND_NAMES } from '../model/responder-kinds.js';

/** A local clock time "HH:MM" (00:00 to 24:00), e.g. "07:30". */
export const ClockTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'expected a clock time "HH:MM" from 00:00 to 24:00')
  .describe('local clock time "HH:MM"');

/** An identifier: letters, digits, '-' and '_', starting with a letter or digit. */
export const Id = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, 'expected an id of letters, digits, "-" or "_"')
  .max(64, 'an id is at most 64 characters');

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

/** The responder kinds. */
export const ResponderKind = z.enum(RESPONDER_KIND_NAMES);
