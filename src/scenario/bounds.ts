/**
 * The bounds on every quantity a user controls, in one place: the scenario schema, the command
 * line and results-folder manifests all read them here. Each keeps one replication within the
 * budget docs/scenario.md states (time and memory); the reasoning is given beside each bound.
 */

/** Most replications of one experiment (scenario `replications`, `--replications`, manifests). */
export const MAX_REPLICATIONS = 100_000;
