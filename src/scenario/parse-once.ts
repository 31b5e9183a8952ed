/**
 * How peakwatch asks zod to check a document (a scenario, a manifest) that a process reads once.
 *
 * By default zod 4 compiles, on an object schema's first synchronous parse, a specialised parser
 * for its shape (generated code, `new Function`) and uses it from then on: a gain for a schema
 * parsed thousands of times, a loss for one parsed a few times: one check of the default scenario
 * cost 40–47 ms of CPU with the compiled path and 14–20 ms without, and the uncompiled path stays
 * ahead up to about a hundred parses, as many as a sweep or optimize run loads points
 * (docs/performance.md, "Start-up"). Both paths report the same problems: the uncompiled one is
 * zod's reference path.
 */
import type { z } from 'zod';

/** Parse options for a document read once per process: skip zod's compiled fast path. */
export const PARSE_ONCE = {
  jitless: true,
} as const satisfies z.core.ParseContext<z.core.$ZodIssue>;
