/**
 * Reading a finished optimize folder (`peakwatch optimize`) for its report: the manifest (base
 * plan, goal, space, standards, the search's moves and the final selection), every plan of
 * evaluations.csv, the scenario copy (names, the base plan, the map) and best-plan.yaml (the plan
 * chosen, applied to the scenario copy with the scenario's own checks). Everything the page
 * shows, the console summary included, is derived from these files alone. The folder is
 * untrusted input: the manifest is checked against a schema and every error names its file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import {
  type CandidateParts,
  candidateParts,
  validateCandidate,
} from '../../optimize/candidate.js';
import type { Evaluation, StandardShare } from '../../optimize/evaluation.js';
import { costServiceFrontier } from '../../optimize/frontier.js';
import { type Goal, goalOrder } from '../../optimize/local-search.js';
import {
  choiceKey,
  choiceOf,
  type Dimension,
  dimensionPath,
  fixedPlatformCount,
  isInSpace,
  type SearchSpace,
} from '../../optimize/search-space.js';
import { BEST_PLAN_FILE } from '../../output/best-plan-yaml.js';
import { parseNumberCell } from '../../output/csv-format.js';
import { EVALUATIONS_FILE } from '../../output/evaluations-csv.js';
import { ScenarioIdentitySchema } from '../../output/manifest.js';
import type { SelectionSummary } from '../../output/optimize-text.js';
import { INCOMPLETE_NOTE, INCOMPLETE_SUFFIX } from '../../output/run-folder.js';
import { readScenarioCopy, SCENARIO_COPY_NAMES } from '../../output/scenario-copy.js';
import { PARSE_ONCE } from '../../scenario/parse-once.js';
import { Id } from '../../scenario/schema.js';
import type { Plan, Scenario } from '../../scenario/types.js';
import { type CsvTable, columnIndex, parseCsvTable } from './csv-table.js';
import { RunFolderError } from './load-run-data.js';

const Text = z.string().max(10_000);
const Count = z.number().int().min(0);
const Bounds = { min: Count, max: Count };

/** What the report reads of an optimize folder's manifest.json (other fields are left alone). */
const OptimizeManifestSchema = z.looseObject({
  kind: z.literal('optimize'),
  peakwatch: Text,
  scenario: ScenarioIdentitySchema,
  replications: z.number().int().min(1),
  base: Id,
  goal: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('cheapest') }),
    z.object({ kind: z.literal('budget'), budget: z.number() }),
  ]),
  standards: z.array(Id).min(1),
  unreachable: z.array(z.looseObject({ standard: Id })),
  space: z.looseObject({
    dimensions: z.array(
      z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('cars'), shift: Count, ...Bounds }),
        z.object({ kind: z.literal('post'), site: Id, ...Bounds }),
        z.object({ kind: z.literal('patrol'), patrol: Id, ...Bounds }),
      ]),
    ),
    platforms: Count.nullable(),
  }),
  evaluations: Count,
  finished: z.literal(true),
  exhausted: z.boolean(),
  moves: Count,
  best: z.looseObject({ plan: Id }).nullable(),
  selection: z
    .looseObject({
      delta: z.number(),
      alpha: z.number(),
      firstReplication: z.number().int().min(1),
      finalists: z.array(Id).min(2),
      pick: Id,
      replications: z.array(Count),
      survivors: z.array(Id),
      guaranteeHolds: z.boolean(),
    })
    .nullable(),
});

/** The manifest of an optimize folder, as the report reads it. */
export type OptimizeManifest = z.infer<typeof OptimizeManifestSchema>;

/** Everything an optimize report shows, read from the folder. */
export interface OptimizeData {
  /** The folder's name (its last path component). */
  readonly folderName: string;
  readonly manifest: OptimizeManifest;
  /** The scenario copy, with the overrides the search ran with. */
  readonly scenario: Scenario;
  /** The plan the candidates were derived from. */
  readonly base: Plan;
  readonly goal: Goal;
  readonly dimensions: readonly Dimension[];
  /** The base plan's value of each dimension. */
  readonly baseChoice: readonly number[];
  /** Every plan simulated, in order (outside the space too). */
  readonly evaluated: readonly Evaluation[];
  /** Plans the scenario's checks refused. */
  readonly refused: number;
  /** What the search found: its plans within the space, its best, its moves. */
  readonly search: {
    readonly inSpace: readonly Evaluation[];
    readonly best: Evaluation | null;
    readonly exhausted: boolean;
    readonly moves: number;
  };
  /** The cost–service frontier of the plans in the space, cheapest first. */
  readonly frontier: readonly Evaluation[];
  /** The plan chosen (the selection's pick, else the search's best). */
  readonly chosen: Evaluation | null;
  /** The chosen plan as best-plan.yaml gives it, applied to the scenario copy. */
  readonly chosenPlan: Plan | null;
  readonly selection: SelectionSummary | null;
  /** Standards left out as unreachable, and those not asked for (`--standards`). */
  readonly leftOut: { readonly unreachable: readonly string[]; readonly unselected: string[] };
}

/** Whether a folder's manifest says `"kind": "optimize"`; false for any other folder. */
export function isOptimizeFolder(dir: string): boolean {
  try {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as unknown;
    return (manifest as { kind?: unknown } | null)?.kind === 'optimize';
  } catch {
    return false;
  }
}

/**
 * Loads a finished optimize folder.
 *
 * @throws RunFolderError naming the file for an unfinished folder, a manifest that is not a
 *   finished optimize folder's, a missing or malformed evaluations.csv or best-plan.yaml, or a
 *   missing, changed or invalid scenario copy
 * @example loadOptimizeData('results/x-optimize-20261130-001500').chosen?.name
 */
export function loadOptimizeData(dir: string): OptimizeData {
  if (resolve(dir).endsWith(INCOMPLETE_SUFFIX) || existsSync(join(dir, INCOMPLETE_NOTE))) {
    throw new RunFolderError(
      `${dir}: this search did not finish (see ${INCOMPLETE_NOTE}); its files are partial, so no report is made`,
    );
  }
  try {
    return readOptimizeFolder(dir);
  } catch (error) {
    if (error instanceof Error && error.constructor === Error) {
      throw new RunFolderError(error.message);
    }
    throw error;
  }
}

function readOptimizeFolder(dir: string): OptimizeData {
  const manifestPath = join(dir, 'manifest.json');
  const manifest = readManifest(manifestPath);
  const scenario = readScenario(dir, manifest);
  const base = scenario.plans.find((p) => p.name === manifest.base);
  if (base === undefined) {
    throw new Error(`${manifestPath}: base: the scenario copy has no plan "${manifest.base}"`);
  }
  const dimensions = checkedDimensions(manifestPath, manifest, base);
  const { evaluated, refused } = readEvaluations(
    join(dir, EVALUATIONS_FILE),
    dimensions.map((d) => dimensionPath(base.name, d)),
    manifest.standards,
  );
  const space: SearchSpace = {
    base: base.name,
    dimensions,
    platforms: manifest.space.platforms ?? undefined,
  };
  const fixed = fixedPlatformCount(base, dimensions);
  const inSpace = evaluated.filter((e) => isInSpace(space, e.choice, fixed));
  const byName = (name: string, field: string) => {
    const found = evaluated.find((e) => e.name === name);
    if (found === undefined) {
      throw new Error(`${manifestPath}: ${field}: no plan "${name}" in ${EVALUATIONS_FILE}`);
    }
    return found;
  };
  const chosen = manifest.best === null ? null : byName(manifest.best.plan, 'best.plan');
  const selection = manifest.selection && {
    finalists: manifest.selection.finalists.map((name) => byName(name, 'selection.finalists')),
    pick: byName(manifest.selection.pick, 'selection.pick'),
    options: manifest.selection,
    result: {
      replications: manifest.selection.replications,
      guaranteeHolds: manifest.selection.guaranteeHolds,
      survivors: manifest.selection.survivors.map((name) => {
        const i = manifest.selection!.finalists.indexOf(name);
        if (i < 0)
          throw new Error(`${manifestPath}: selection.survivors: "${name}" is no finalist`);
        return i;
      }),
    },
  };
  const judged = new Set([...manifest.standards, ...manifest.unreachable.map((u) => u.standard)]);
  return {
    folderName: basename(resolve(dir)),
    manifest,
    scenario,
    base,
    goal: manifest.goal,
    dimensions,
    baseChoice: choiceOf(base, dimensions),
    evaluated,
    refused,
    search: {
      inSpace,
      best: [...inSpace].sort(goalOrder(manifest.goal))[0] ?? null,
      exhausted: manifest.exhausted,
      moves: manifest.moves,
    },
    frontier: costServiceFrontier(inSpace),
    chosen,
    chosenPlan:
      chosen && readBestPlan(join(dir, BEST_PLAN_FILE), scenario, base, dimensions, chosen),
    selection,
    leftOut: {
      unreachable: manifest.unreachable.map((u) => u.standard),
      unselected: scenario.standards.filter((s) => !judged.has(s.id)).map((s) => s.id),
    },
  };
}

function readManifest(path: string): OptimizeManifest {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: ${(error as Error).message}`);
  }
  const parsed = OptimizeManifestSchema.safeParse(json, PARSE_ONCE);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(
      `${path}: ${issue.path.join('.') || '(top)'}: ${issue.message} (is this a finished optimize folder of this version of peakwatch?)`,
    );
  }
  return parsed.data;
}

/** The scenario copy; the report cannot name plans, standards or sites without it. */
function readScenario(dir: string, manifest: OptimizeManifest): Scenario {
  const copy = readScenarioCopy(dir, manifest.scenario);
  if (copy.ok) return copy.scenario;
  const file = join(dir, manifest.scenario.copy ?? SCENARIO_COPY_NAMES[0]);
  const why =
    copy.problem === 'missing'
      ? 'missing'
      : copy.problem === 'changed'
        ? 'its SHA-256 is not the one manifest.json records (it was edited)'
        : `it does not load: ${copy.message}`;
  throw new Error(`${file}: ${why}; the optimize report needs the folder's scenario copy`);
}

/** The manifest's dimensions, checked against the base plan they change. */
function checkedDimensions(path: string, manifest: OptimizeManifest, base: Plan): Dimension[] {
  return manifest.space.dimensions.map((d, i) => {
    const where = `${path}: space.dimensions.${i}`;
    if (d.min > d.max) throw new Error(`${where}: min ${d.min} is above max ${d.max}`);
    if (d.kind === 'cars' && d.shift >= base.officers.shifts.length) {
      throw new Error(`${where}: plan "${base.name}" has no shift ${d.shift}`);
    }
    if (d.kind === 'patrol' && !base.patrols.some((p) => p.id === d.patrol)) {
      throw new Error(`${where}: plan "${base.name}" has no patrol "${d.patrol}"`);
    }
    if (d.kind === 'post' && base.platforms.length === 0 && d.max > 0) {
      throw new Error(`${where}: plan "${base.name}" has no platform to open a post like`);
    }
    return d;
  });
}

/** Every plan of evaluations.csv: those judged, and how many the scenario's checks refused. */
function readEvaluations(
  path: string,
  paths: readonly string[],
  standards: readonly string[],
): { evaluated: Evaluation[]; refused: number } {
  if (!existsSync(path)) throw new Error(`${path}: missing; every optimize folder has one`);
  const table = parseCsvTable(readFileSync(path, 'utf8'), path);
  const at = (name: string) => columnIndex(table, name);
  const refusedAt = at('refused');
  const evaluated: Evaluation[] = [];
  let refused = 0;
  table.rows.forEach((row, r) => {
    if (row[refusedAt] !== '') {
      refused++;
      return;
    }
    evaluated.push(evaluationRow(table, row, `${path}:${r + 2}`, paths, standards));
  });
  return { evaluated, refused };
}

function evaluationRow(
  table: CsvTable,
  row: readonly string[],
  where: string,
  paths: readonly string[],
  standards: readonly string[],
): Evaluation {
  const cell = (name: string) => row[columnIndex(table, name)]!;
  const number = (name: string) => {
    try {
      return parseNumberCell(cell(name));
    } catch (error) {
      throw new Error(`${where}: ${name}: ${(error as Error).message}`);
    }
  };
  const whole = (name: string) => {
    const value = number(name);
    if (!Number.isInteger(value) || value < 0) {
      throw new Error(`${where}: ${name}: expected a whole number, got "${cell(name)}"`);
    }
    return value;
  };
  const costMeasure = cell('cost_measure');
  if (costMeasure !== 'cost' && costMeasure !== 'staffHours') {
    throw new Error(`${where}: cost_measure: expected cost or staffHours, got "${costMeasure}"`);
  }
  const meetsAll = cell('meets_all');
  if (meetsAll !== 'true' && meetsAll !== 'false') {
    throw new Error(`${where}: meets_all: expected true or false, got "${meetsAll}"`);
  }
  const shares: StandardShare[] = standards.map((id) => {
    const key = `standard@${id}`;
    const mean = number(key);
    return {
      standard: id,
      required: number(`${key}_required`),
      share: {
        n: whole(`${key}_n`),
        mean,
        sd: number(`${key}_sd`),
        halfWidth: number(`${key}_high`) - mean,
        low: number(`${key}_low`),
        high: number(`${key}_high`),
      },
    };
  });
  return {
    name: cell('plan'),
    choice: paths.map(whole),
    cost: number('cost'),
    costMeasure,
    shares,
    meetsAll: meetsAll === 'true',
    shortfall: number('shortfall'),
    meanShare: number('mean_share'),
    replications: whole('replications'),
  };
}

/**
 * The plan of best-plan.yaml, applied to the scenario copy as a candidate of the search is (the
 * scenario's own checks judge it), and checked to be the plan chosen in evaluations.csv.
 */
function readBestPlan(
  path: string,
  scenario: Scenario,
  base: Plan,
  dimensions: readonly Dimension[],
  chosen: Evaluation,
): Plan {
  if (!existsSync(path)) throw new Error(`${path}: missing; manifest.json names a best plan`);
  let block: unknown;
  try {
    block = parseYaml(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: ${(error as Error).message.split('\n')[0]}`);
  }
  const item = Array.isArray(block) && block.length === 1 ? (block[0] as unknown) : undefined;
  const parts = item as Record<string, unknown> | undefined;
  const isList = (v: unknown) => Array.isArray(v);
  if (
    typeof parts !== 'object' ||
    parts === null ||
    typeof parts.name !== 'string' ||
    typeof parts.officers !== 'object' ||
    parts.officers === null ||
    !isList(parts.platforms) ||
    !isList(parts.patrols)
  ) {
    throw new Error(
      `${path}: expected a one-item list: a plan with name, officers, platforms and patrols`,
    );
  }
  const checked = validateCandidate(
    scenario,
    base.name,
    parts as unknown as CandidateParts,
    parts.name,
  );
  if (!checked.ok) {
    throw new Error(`${path}: the scenario copy refuses this plan:\n${checked.reason}`);
  }
  const expected = validateCandidate(
    scenario,
    base.name,
    candidateParts(base, dimensions, chosen.choice),
    parts.name,
  );
  if (!expected.ok || planParts(expected.plan) !== planParts(checked.plan)) {
    throw new Error(
      `${path}: this is not plan ${chosen.name} of ${EVALUATIONS_FILE} (${choiceKey(chosen.choice)})`,
    );
  }
  return checked.plan;
}

/** What a candidate may change of a plan, as text to compare. */
function planParts(plan: Plan): string {
  return JSON.stringify([plan.officers, plan.platforms, plan.patrols]);
}
