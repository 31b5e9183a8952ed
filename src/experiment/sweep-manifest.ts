/**
 * manifest.json of a sweep folder: the settings every point shares, the grid (each axis and
 * point), and whether the folder is a shard (`--shard I/N`) or the merge of shards. Read back
 * with a schema so that `peakwatch merge` checks every field of a shard that may come from
 * another machine before it writes anything.
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
import { BREAK_POINTS_FILE } from '../output/sweep-break-points-csv.js';
import { SWEEP_FILE } from '../output/sweep-csv.js';
import { Id } from '../scenario/schema.js';
import { BREAKDOWN_DIMENSIONS } from '../stats/standards-breakdown.js';
import { MAX_SWEEP_POINTS, pointFolderName } from './sweep-grid.js';

/** The files of a whole (or merged) sweep folder beside its point folders and manifest. */
export const SWEEP_FILES = [SWEEP_FILE, BREAK_POINTS_FILE] as const;

const GridSchema = z.strictObject({
  axes: z
    .array(
      z.strictObject({
        path: Text,
        spec: Text,
        values: z.array(Text).min(1).max(MAX_SWEEP_POINTS),
      }),
    )
    .min(1)
    .max(MAX_SWEEP_POINTS),
  points: z
    .array(
      z.strictObject({
        point: z.number().int().min(1),
        folder: Text,
        values: z.record(Text, Text),
      }),
    )
    .min(1)
    .max(MAX_SWEEP_POINTS),
});

/** The fields of a sweep folder's manifest, in the order they are written. */
const SweepManifestFields = z.strictObject({
  format: z.literal(MANIFEST_FORMAT),
  kind: z.literal('sweep'),
  /** `sweep`, or `merge` for merged shards. */
  command: z.enum(['sweep', 'merge']),
  /** In `scenario`, the `--set`/`--scale` overrides every point shares. */
  ...MADE_BY_FIELDS,
  seed: z.number().int(),
  /** Replications of every point and plan (all shards together). */
  replications: Replication,
  plans: z.array(Id).min(1).max(1000),
  baseline: Id,
  /** The breakdowns of the standards every point writes (`--by`; none when absent). */
  by: z
    .array(z.array(z.enum(BREAKDOWN_DIMENSIONS)).min(1).max(2))
    .max(1)
    .default([]),
  ...SPLIT_FIELDS,
  grid: GridSchema,
  ...TIMING_FIELDS,
  /** sweep.csv and sweep-break-points.csv, except in a shard (it holds only parts of points). */
  files: z.array(z.enum(SWEEP_FILES)).max(SWEEP_FILES.length),
});

/**
 * The sweep manifest's schema: its fields, and how they agree (plans once each, the baseline
 * one of them, points numbered 1.. in order in folders `point-K`, each point giving a value to
 * every axis).
 */
export const SweepManifestSchema = SweepManifestFields.superRefine((m, ctx) => {
  const issue = (path: (string | number)[], message: string) =>
    ctx.addIssue({ code: 'custom', path, message });
  if (new Set(m.plans).size !== m.plans.length) issue(['plans'], 'a plan is listed twice');
  if (!m.plans.includes(m.baseline)) issue(['baseline'], 'expected one of the plans');
  if (m.shard !== null && m.shard.index > m.shard.count) {
    issue(['shard', 'index'], 'expected an index from 1 to the shard count');
  }
  const paths = m.grid.axes.map((axis) => axis.path);
  m.grid.points.forEach((point, i) => {
    if (point.point !== i + 1) issue(['grid', 'points', i, 'point'], `expected ${i + 1}`);
    const folder = pointFolderName({ index: i + 1, values: [] });
    if (point.folder !== folder) issue(['grid', 'points', i, 'folder'], `expected "${folder}"`);
    const keys = Object.keys(point.values);
    if (keys.length !== paths.length || paths.some((path) => !keys.includes(path))) {
      issue(['grid', 'points', i, 'values'], `expected a value for each of ${paths.join(', ')}`);
    }
  });
});

/** A sweep folder's manifest. */
export type SweepManifest = z.infer<typeof SweepManifestSchema>;

/** Writes a sweep manifest as indented JSON, fields in the schema's order, with a final line end. */
export function writeSweepManifest(path: string, manifest: SweepManifest): void {
  writeFieldsInOrder(path, SweepManifestFields.shape, manifest);
}

/**
 * Reads and checks a sweep folder's manifest.
 *
 * @throws Error naming the file and the first problem.
 */
export function readSweepManifest(path: string): SweepManifest {
  return readCheckedJson(path, SweepManifestSchema, 'peakwatch sweep manifest');
}
