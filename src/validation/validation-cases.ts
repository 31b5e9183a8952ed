/**
 * The validation scenarios (scenarios/validation/*.yaml) and what each is checked against: the
 * reference, and where the simulation is measured. The reference's parameters are not written
 * here: they are derived from the scenario file itself, so a researcher who edits a file moves
 * its reference with it (and is told when an edit breaks the reference's assumptions).
 */
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OccupancySpec } from './occupancy-check.js';

/**
 * The folder of validation scenarios: `scenarios/validation` at the package root (two levels
 * above this file both in `src/validation` and in the built `dist/validation`).
 */
export const VALIDATION_DIR = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'scenarios',
  'validation',
);

/**
 * Warm-up of the steady-state checks: the first day. The crowd is steady after its 100-minute
 * stay and the queue forgets its empty start within a few hours at these loads (relaxation time
 * about 1/(μ(√c − √(cρ))²) ≈ 3 hours for M/M/3 at ρ = 0.6), so a day leaves no visible bias.
 */
export const STEADY_WARMUP_MINUTES = 1440;

/** A validation scenario and its reference. */
export type ValidationCase =
  | { readonly file: string; readonly reference: 'erlang-c'; readonly warmupMinutes: number }
  | { readonly file: string; readonly reference: 'hypercube'; readonly warmupMinutes: number }
  | { readonly file: string; readonly reference: 'occupancy'; readonly occupancy: OccupancySpec };

/** Every validation scenario, by file name within {@link VALIDATION_DIR}. */
export const VALIDATION_CASES: readonly ValidationCase[] = [
  { file: 'erlang-c.yaml', reference: 'erlang-c', warmupMinutes: STEADY_WARMUP_MINUTES },
  { file: 'hypercube.yaml', reference: 'hypercube', warmupMinutes: STEADY_WARMUP_MINUTES },
  {
    file: 'occupancy-constant.yaml',
    reference: 'occupancy',
    occupancy: {
      // Filling (the lot's visitors arrive from 00:30), nearly full, full, and on day 2.
      times: [35, 60, 120, 240, 1440 + 720],
      windows: [
        { start: 0, end: 240 },
        { start: 240, end: 1440 },
        { start: 1440, end: 2880 },
      ],
    },
  },
  {
    file: 'occupancy-step.yaml',
    reference: 'occupancy',
    occupancy: {
      // Around the steps at 08:00, 12:00 and 18:00 (the lift's visitors arrive 15 minutes later),
      // on the first day (from empty) and the second (carrying the first night's tail).
      times: [475, 500, 540, 720, 760, 1090, 1200, 1440 + 300, 1440 + 540, 1440 + 780],
      windows: [
        { start: 0, end: 480 },
        { start: 480, end: 720 },
        { start: 720, end: 1080 },
        { start: 1080, end: 1440 },
        { start: 1440, end: 2880 },
        { start: 480, end: 720, type: 'crush' },
        { start: 1440 + 480, end: 1440 + 720, type: 'crush' },
      ],
    },
  },
];

/**
 * The validation case of a scenario file: it must be in {@link VALIDATION_DIR} (a copy
 * elsewhere is an ordinary scenario) and listed in {@link VALIDATION_CASES}.
 *
 * @example validationCaseFor('scenarios/validation/erlang-c.yaml')?.reference // 'erlang-c'
 */
export function validationCaseFor(path: string): ValidationCase | undefined {
  const absolute = resolve(path);
  if (dirname(absolute) !== VALIDATION_DIR) return undefined;
  return VALIDATION_CASES.find((c) => c.file === basename(absolute));
}
