/**
 * manifest.json of a sensitivity folder: the plan, the change, every point (the base, then each
 * input moved down and up) and whether the folder is a shard (`--shard I/N`) or the merge of
 * shards. Read back with a schema so that `peakwatch merge` checks every field of a shard that
 * may come from another machine before it writes anything.
 */
import { z } from 'zod';
import {
  MADE_BY_FIELDS,
  MANIFEST_FORMAT,
  Replication,
  readCheckedJson,
  SPLIT_FIELDS,
  Text,
  TIMING_FIELDS,
  writeFieldsInOrder,
} from '../output/manifest.js';
import { SENSITIVITY_FILE } from '../output/sensitivity-csv.js';
import { Id } from '../scenario/schema.js';
import { pointFolderName } from './sweep-grid.js';

/** Most points a sensitivity manifest may list (each input gives two). */
const MAX_POINTS = 10_000;

/** The fields of a sensitivity folder's manifest, in the order they are written. */
const SensitivityManifestFields = z.strictObject({
  format: z.literal(MANIFEST_FORMAT),
  kind: z.literal('sensitivity'),
  /** `sensitivity`, or `merge` for merged shards. */
  command: z.enum(['sensitivity', 'merge']),
  /** In `scenario`, the `--set`/`--scale` overrides every point shares. */
  ...MADE_BY_FIELDS,
  seed: z.number().int(),
  /** Replications of every point (all shards together). */
  replications: Replication,
  plan: Id,
  change: z.number().gt(0).lt(1),
  ...SPLIT_FIELDS,
  points: z
    .array(
      z.strictObject({
        point: z.number().int().min(1),
        folder: Text,
        /** Null for the base point. */
        input: Text.nullable(),
        factor: z.number().gt(0),
        /** The `--scale` paths the input moves (none for the base point). */
        paths: z.array(Text).max(MAX_POINTS),
      }),
    )
    .min(1)
    .max(MAX_POINTS),
  ...TIMING_FIELDS,
  /** sensitivity.csv, except in a shard (it holds only parts of points). */
  files: z.array(z.literal(SENSITIVITY_FILE)).max(1),
});

/**
 * The sensitivity manifest's schema: its fields, and how they agree (points numbered 1.. in
 * order in folders `point-K`, the first the base point).
 */
export const SensitivityManifestSchema = SensitivityManifestFields.superRefine((m, ctx) => {
  const issue = (path: (string | number)[], message: string) =>
    ctx.addIssue({ code: 'custom', path, message });
  if (m.shard !== null && m.shard.index > m.shard.count) {
    issue(['shard', 'index'], 'expected an index from 1 to the shard count');
  }
  m.points.forEach((point, i) => {
    if (point.point !== i + 1) issue(['points', i, 'point'], `expected ${i + 1}`);
    const folder = pointFolderName({ index: i + 1, values: [] });
    if (point.folder !== folder) issue(['points', i, 'folder'], `expected "${folder}"`);
    if ((point.input === null) !== (i === 0)) {
      issue(
        ['points', i, 'input'],
        i === 0 ? 'expected null (the base point)' : 'expected an input',
      );
    }
  });
});

/** A sensitivity folder's manifest. */
export type SensitivityManifest = z.infer<typeof SensitivityManifestSchema>;

/** Writes a sensitivity manifest as indented JSON, fields in the schema's order, with a final line end. */
export function writeSensitivityManifest(path: string, manifest: SensitivityManifest): void {
  writeFieldsInOrder(path, SensitivityManifestFields.shape, manifest);
}

/**
 * Reads and checks a sensitivity folder's manifest.
 *
 * @throws Error naming the file and the first problem.
 */
export function readSensitivityManifest(path: string): SensitivityManifest {
  return readCheckedJson(path, SensitivityManifestSchema, 'peakwatch sensitivity manifest');
}
