/**
 * `peakwatch merge` of sensitivity shards. A sensitivity shard holds a contiguous run of the
 * analysis's points × replications, cut as a sweep's grid is; each point is joined as any set of
 * point folders is (`point-set-merge.ts`), and sensitivity.csv is then computed from the joined
 * points as the unsharded analysis computes it.
 */

import { writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  formatSensitivityCsv,
  SENSITIVITY_FILE,
  type SensitivityRow,
} from '../output/sensitivity-csv.js';
import type { Scenario } from '../scenario/types.js';
import { fillResultsFolder } from './folder-session.js';
import { mergedManifestFields } from './manifest-fields.js';
import {
  checkSameFields,
  inShardOrder,
  type MergeOptions,
  mergedFolder,
  readShardScenario,
  SAME_SHARD_FIELDS,
} from './merge.js';
import { gatherPointParts, mergePointFolder, readPointSetShard } from './point-set-merge.js';
import { MANIFEST_FILE } from './run-plan.js';
import { sensitivityKeys, sensitivityRows } from './sensitivity.js';
import { inputOverrides } from './sensitivity-inputs.js';
import {
  readSensitivityManifest,
  type SensitivityManifest,
  writeSensitivityManifest,
} from './sensitivity-manifest.js';

/** What `mergeSensitivityShards` produced. */
export interface SensitivityMergeResult {
  readonly folder: string;
  readonly manifest: SensitivityManifest;
  /** The base point's scenario (the shards' copy, with the overrides every point shares). */
  readonly scenario: Scenario;
  /** Rows of sensitivity.csv, in its order. */
  readonly rows: readonly SensitivityRow[];
}

/** A sensitivity shard folder and its checked manifest. */
interface SensitivityShard {
  readonly dir: string;
  readonly manifest: SensitivityManifest;
}

/** What a sensitivity manifest says of the experiment its shards share (one plan, its own baseline). */
function identity(m: SensitivityManifest) {
  return { ...m, plans: [m.plan], baseline: m.plan };
}

/** The fields that must agree between sensitivity shards, and how to name them in an error. */
const SAME_SENSITIVITY_FIELDS: readonly (readonly [string, (m: SensitivityManifest) => unknown])[] =
  [
    ...SAME_SHARD_FIELDS.map(
      ([name, field]) => [name, (m: SensitivityManifest) => field(identity(m))] as const,
    ),
    ['change', (m) => m.change],
    ['points', (m) => JSON.stringify(m.points)],
  ];

/**
 * Checks that `dirs` are all N shards, once each, of one sensitivity analysis (same scenario,
 * overrides, seed, replications, plan, change, points, peakwatch version), and that each holds
 * point folders with exactly the blocks of replications its index implies; then writes the
 * merged analysis: every point joined as `merge` joins a comparison's shards, sensitivity.csv
 * and the manifest. Every shard is checked before anything is written.
 *
 * @throws MergeError naming the folder and the mismatch; OutputFolderError for a refused `out`;
 * the signal's reason when aborted (the folder is then left `.incomplete` with that reason).
 */
export async function mergeSensitivityShards(
  options: MergeOptions,
): Promise<SensitivityMergeResult> {
  const shards: SensitivityShard[] = options.dirs.map((dir) => ({
    dir,
    manifest: readPointSetShard(dir, readSensitivityManifest),
  }));
  checkSameFields(shards, SAME_SENSITIVITY_FIELDS);
  const ordered = inShardOrder(shards);
  const first = ordered[0]!.manifest;
  const scenario = readShardScenario(ordered[0]!.dir, first);
  const points = gatherPointParts(
    ordered.map((shard) => ({ dir: shard.dir, shard: shard.manifest.shard! })),
    { ...identity(first), what: 'sensitivity analysis' },
    first.points.map((point) => ({
      folder: point.folder,
      overrides:
        point.input === null
          ? []
          : inputOverrides({ id: point.input, paths: point.paths }, point.factor),
    })),
  );
  const moves = first.points.map((point) => ({
    input: point.input === null ? null : { id: point.input, paths: point.paths },
    factor: point.factor,
  }));
  const started = new Date();
  const { folder, value } = await fillResultsFolder(
    mergedFolder(options, first.scenario, scenario.file, started),
    async (folder) => {
      const dir = dirname(folder.file(MANIFEST_FILE));
      const rows = await sensitivityRows(moves, sensitivityKeys(scenario), (i) =>
        mergePointFolder(points[i]!, first.points[i]!.folder, dir, options, started),
      );
      writeFileSync(folder.file(SENSITIVITY_FILE), formatSensitivityCsv(rows));
      const manifest: SensitivityManifest = {
        ...first,
        ...mergedManifestFields(
          options.commandLine,
          ordered.map((shard) => shard.dir),
          started,
        ),
        files: [SENSITIVITY_FILE],
      };
      writeSensitivityManifest(folder.file(MANIFEST_FILE), manifest);
      return { manifest, rows };
    },
  );
  return { folder, scenario, manifest: value.manifest, rows: value.rows };
}
