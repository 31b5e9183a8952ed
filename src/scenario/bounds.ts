/**
 * The bounds on every quantity a user controls, in one place: the scenario schema, the rules,
 * the command line and results-folder manifests all read them here. Together they keep one
 * replication within the budget docs/scenario.md states (time and memory); the reason for each
 * is given beside it. Figures far outside them are typing mistakes (an extra zero, a unit
 * mix-up), not scenarios.
 */

/** Most replications of one experiment (scenario `replications`, `--replications`, manifests). */
export const MAX_REPLICATIONS = 100_000;

/**
 * Most visitors entering in one day. The busiest scenic areas count tens of thousands a day;
 * a million leaves room for any area and keeps the crowd's numbers far from rounding trouble.
 */
export const MAX_VISITORS_PER_DAY = 1_000_000;

/** Highest incident rate of a type, per 1,000 visitor-hours (one incident per visitor-hour). */
export const MAX_INCIDENT_RATE = 1_000;

/** Largest rate multiplier (by site kind or by site) and largest crowding exponent. */
export const MAX_RATE_MULTIPLIER = 100;
/** Largest crowding exponent: (load / threshold)^exponent grows fast enough by 10. */
export const MAX_CROWDING_EXPONENT = 10;

/**
 * Longest lag from entering the area to reaching a site, in minutes: a day. The crowd model
 * holds (1,440 + lag) numbers per site, so the lag sets its memory.
 */
export const MAX_LAG_MINUTES = 1_440;

/** Longest travel link, each mode, in minutes: a day. */
export const MAX_LINK_MINUTES = 1_440;

/**
 * Longest duration any other field gives, in minutes: a week. It bounds stays, on-scene times,
 * reporting delays, targets, half-lives, coverage, dwell times and every distribution parameter
 * in minutes, so that no single event lies beyond the run's reach.
 */
export const MAX_DURATION_MINUTES = 10_080;

/** Most sites: travel times are kept for every pair (sites² numbers per mode). */
export const MAX_SITES = 1_000;
/** Most travel links. */
export const MAX_LINKS = 20_000;

/**
 * Most incidents a replication may be expected to generate (see `expectedIncidentsBound`, which
 * errs high). Measured on a 2-core machine: the golden-week scenario with 100 cars per shift
 * handles about 2,500 incidents a second and holds about 150 MB, so 100,000 incidents keep one
 * replication to about 40 seconds and well under 1 GB; with a few responders it is much faster.
 */
export const MAX_EXPECTED_INCIDENTS = 100_000;
