/**
 * The defaults of the `--precision` stopping rule (precision.ts), in a module of their own that
 * imports nothing: `compare --help` shows them without loading the statistics behind the rule.
 */

/** Default replications per batch. */
export const PRECISION_BATCH = 10;
/** Default cap (`--max-replications`). */
export const PRECISION_CAP = 200;
