/**
 * manifest.json: what a results folder holds and how it was made — enough to reproduce it
 * (scenario hash, seed, replications, plans, version) and for `peakwatch merge` to check that
 * shard folders belong together. Read back with a schema so a hand-edited or foreign file gives
 * a clear error rather than a wrong merge.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { MAX_REPLICATIONS } from '../scenario/bounds.js';
import { RESERVED_KEY, reservedKeyPaths } from '../scenario/own-keys.js';
import { PARSE_ONCE } from '../scenario/parse-once.js';
import { Id } from '../scenario/schema.js';
import { isPlainFileName, knownCsvFiles } from './folder-files.js';
import { SCENARIO_COPY_NAMES } from './scenario-copy.js';

/** Version of the manifest layout (bumped when fields change meaning). */
export const MANIFEST_FORMAT = 1;

/** A free text field: bounded, one line. */
export const Text = z
  .string()
  .max(10_000)
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
  .regex(/^[^\u0000-\u001f\u007f]*$/, 'expected text without control characters');

/** A plain file name (no folder part): a manifest is read from folders that may be hostile. */
const FileName = z.string().max(255).refine(isPlainFileName, 'expected a plain file name');

/** A replication number, or a count of replications. */
export const Replication = z.number().int().min(1).max(MAX_REPLICATIONS);

/** `--shard I/N` as recorded: index I of count N. */
export const ShardSchema = z.strictObject({
  index: z.number().int().min(1),
  count: z.number().int().min(1).max(MAX_REPLICATIONS),
});

const PrecisionSchema = z.strictObject({
  /** Target relative half-width of every headline measure. */
  target: z.number().positive(),
  batch: z.number().int().min(1),
  cap: z.number().int().min(1),
  /** Whether the target was met before the cap. */
  reached: z.boolean(),
});

/** The scenario a folder was made from: its path, hash, name, copy and overrides. */
export const ScenarioIdentitySchema = z.strictObject({
  path: Text,
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 in hex'),
  name: Text,
  /** The scenario copy in the folder; absent in folders of older versions. */
  copy: z.enum(SCENARIO_COPY_NAMES).optional(),
  /** The `--set`/`--scale` overrides applied to the file, in order (none: []). */
  overrides: z
    .array(z.strictObject({ kind: z.enum(['set', 'scale']), path: Text, value: Text }))
    .default([]),
});

/**
 * The fields that say how any experiment folder was made (`run`, `compare`, `sweep` and their
 * merges): the command line, the versions and the scenario (experiment/manifest-fields.ts
 * fills them).
 */
export const MADE_BY_FIELDS = {
  commandLine: Text,
  peakwatch: Text,
  node: Text,
  scenario: ScenarioIdentitySchema,
} as const;

/** The worker count a folder was made with (null: a merge, made by none). */
const Workers = z.number().int().min(1).max(1024).nullable();

/**
 * The fields of a folder of points (a sweep's, a sensitivity analysis's) that say how its work
 * was split: the workers it ran on, the shard it holds, the shard folders it was merged from.
 */
export const SPLIT_FIELDS = {
  workers: Workers,
  /** The shard this folder holds (null: every point, whole). */
  shard: ShardSchema.nullable(),
  /** The shard folders a merged folder was joined from. */
  mergedFrom: z.array(Text).nullable(),
} as const;

/** The fields that say when any experiment folder was written, and how long it took. */
export const TIMING_FIELDS = {
  startedAt: Text,
  finishedAt: Text,
  wallSeconds: z.number().min(0),
} as const;

/** The manifest's fields, each checked on its own (see docs/outputs.md for each field). */
const ManifestFields = z.strictObject({
  format: z.literal(MANIFEST_FORMAT),
  /** Which outputs the folder holds: those of `run` or of `compare`. */
  kind: z.enum(['run', 'compare']),
  /** The command that wrote this folder (`merge` for merged shards). */
  command: z.enum(['run', 'compare', 'merge']),
  ...MADE_BY_FIELDS,
  seed: z.number().int(),
  /** Replications of the whole experiment (all shards). */
  replications: Replication,
  /** The replications simulated into this folder, first..last. */
  replicationRange: z.tuple([Replication, Replication]),
  plans: z.array(Id).min(1).max(1000),
  baseline: Id.nullable(),
  independentStreams: z.boolean(),
  precision: PrecisionSchema.nullable(),
  shard: ShardSchema.nullable(),
  mergedFrom: z.array(Text).nullable(),
  workers: Workers,
  ...TIMING_FIELDS,
  files: z.array(FileName).max(10_000),
});

/**
 * The manifest's schema: its fields, and how they must agree (plans once each, the baseline one
 * of them, the range inside the replications, every file one the folder's kind can hold).
 */
export const ManifestSchema = ManifestFields.superRefine((m, ctx) => {
  const issue = (path: (string | number)[], message: string) =>
    ctx.addIssue({ code: 'custom', path, message });
  if (new Set(m.plans).size !== m.plans.length) issue(['plans'], 'a plan is listed twice');
  if (m.baseline !== null && !m.plans.includes(m.baseline)) {
    issue(['baseline'], 'expected one of the plans');
  }
  const [first, last] = m.replicationRange;
  if (first > last || last > m.replications) {
    issue(['replicationRange'], `expected first <= last <= replications (${m.replications})`);
  }
  if (m.shard !== null && m.shard.index > m.shard.count) {
    issue(['shard', 'index'], 'expected an index from 1 to the shard count');
  }
  const known = knownCsvFiles(m.kind, m.plans);
  m.files.forEach((file, i) => {
    if (!known.has(file)) issue(['files', i], `"${file}" is not a file a ${m.kind} folder holds`);
  });
});

/** A results folder's manifest. */
export type Manifest = z.infer<typeof ManifestSchema>;

/** Writes a manifest as indented JSON, fields in the schema's order, with a final line end. */
export function writeManifest(path: string, manifest: Manifest): void {
  writeFieldsInOrder(path, ManifestSchema.shape, manifest);
}

/**
 * Writes any manifest (a run's, a sweep's, a sensitivity analysis's) as indented JSON with a
 * final line end, its fields in the order of its schema's `shape` rather than the order the
 * object was built in, so that equal manifests are equal files.
 */
export function writeFieldsInOrder<M extends object>(
  path: string,
  shape: Record<keyof M, unknown>,
  manifest: M,
): void {
  const ordered = Object.fromEntries(
    Object.keys(shape).map((key) => [key, manifest[key as keyof M]]),
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
  return readCheckedJson(path, ManifestSchema, 'peakwatch manifest');
}

/**
 * Reads a JSON file from a results folder and checks it against `schema`.
 *
 * @throws Error naming the file and the first problem when it is missing, not JSON, uses a
 * reserved key or does not fit the schema (`what` names what it should have been).
 */
export function readCheckedJson<T>(path: string, schema: z.ZodType<T>, what: string): T {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: cannot read the manifest (${(error as Error).message})`);
  }
  const [reserved] = reservedKeyPaths(data);
  if (reserved !== undefined) {
    throw new Error(
      `${path}: not a ${what}: ${reserved.join('.')}: "${RESERVED_KEY}" cannot be used as a key`,
    );
  }
  const parsed = schema.safeParse(data, PARSE_ONCE);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(
      `${path}: not a ${what}: ${issue.path.join('.') || '(root)'}: ${issue.message}`,
    );
  }
  return parsed.data;
}
