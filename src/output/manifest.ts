/**
 * manifest.json: what a results folder holds and how it was made — enough to reproduce it
 * (scenario hash, seed, replications, plans, version) and for `peakwatch merge` to check that
 * shard folders belong together. Read back with a schema so a hand-edited or foreign file gives
 * a clear error rather than a wrong merge.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';

/** Version of the manifest layout (bumped when fields change meaning). */
export const MANIFEST_FORMAT = 1;

const ShardSchema = z.strictObject({
  index: z.number().int().min(1),
  count: z.number().int().min(1),
});

const PrecisionSchema = z.strictObject({
  /** Target relative half-width of every headline measure. */
  target: z.number().positive(),
  batch: z.number().int().min(1),
  cap: z.number().int().min(1),
  /** Whether the target was met before the cap. */
  reached: z.boolean(),
});

/** The manifest's schema (see docs/outputs.md for each field). */
export const ManifestSchema = z.strictObject({
  format: z.literal(MANIFEST_FORMAT),
  /** Which outputs the folder holds: those of `run` or of `compare`. */
  kind: z.enum(['run', 'compare']),
  /** The command that wrote this folder (`merge` for merged shards). */
  command: z.enum(['run', 'compare', 'merge']),
  commandLine: z.string(),
  peakwatch: z.string(),
  node: z.string(),
  scenario: z.strictObject({
    path: z.string(),
    sha256: z.string(),
    name: z.string(),
    /** The `--set`/`--scale` overrides applied to the file, in order (none: []). */
    overrides: z
      .array(
        z.strictObject({ kind: z.enum(['set', 'scale']), path: z.string(), value: z.string() }),
      )
      .default([]),
  }),
  seed: z.number().int(),
  /** Replications of the whole experiment (all shards). */
  replications: z.number().int().min(1),
  /** The replications simulated into this folder, first..last. */
  replicationRange: z.tuple([z.number().int(), z.number().int()]),
  plans: z.array(z.string()).min(1),
  baseline: z.string().nullable(),
  independentStreams: z.boolean(),
  precision: PrecisionSchema.nullable(),
  shard: ShardSchema.nullable(),
  mergedFrom: z.array(z.string()).nullable(),
  workers: z.number().int().min(1).nullable(),
  startedAt: z.string(),
  finishedAt: z.string(),
  wallSeconds: z.number().min(0),
  files: z.array(z.string()),
});

/** A results folder's manifest. */
export type Manifest = z.infer<typeof ManifestSchema>;

/** Writes a manifest as indented JSON, fields in the schema's order, with a final line end. */
export function writeManifest(path: string, manifest: Manifest): void {
  const ordered = Object.fromEntries(
    Object.keys(ManifestSchema.shape).map((key) => [key, manifest[key as keyof Manifest]]),
  );
  writeFileSync(path, `${JSON.stringify(ordered, null, 2)}\n`);
}

/**
 * Reads and checks a manifest.
 *
 * @throws Error naming the file and the first problem when it is missing, not JSON, or not a
 * peakwatch manifest of this format.
 */
export function readManifest(path: string): Manifest {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: cannot read the manifest (${(error as Error).message})`);
  }
  const parsed = ManifestSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(
      `${path}: not a peakwatch manifest: ${issue.path.join('.') || '(root)'}: ${issue.message}`,
    );
  }
  return parsed.data;
}
