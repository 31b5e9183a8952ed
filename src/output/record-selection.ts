/**
 * Which record files a run or comparison writes (`--outputs`). The summaries (summary.csv, or
 * summary-<plan>.csv and comparison.csv) and manifest.json are always written: the tables and
 * `peakwatch merge` are computed from them. The record files are optional because formatting
 * them is most of a run's cost: a sweep or a search over many plans needs summaries only.
 */

/** The optional record files, by the name `--outputs` gives them. */
export const RECORD_OUTPUTS = ['incidents', 'responders', 'occupancy'] as const;

/** One optional record file (`occupancy` stands for occupancy.csv and demand.csv together). */
export type RecordOutput = (typeof RECORD_OUTPUTS)[number];

/** The values `--outputs` accepts: `summary` (summaries only), a record file, or `all`. */
export const OUTPUTS_CHOICES = ['summary', ...RECORD_OUTPUTS, 'all'] as const;

/** Which record files to write; plain data, so it crosses to worker threads. */
export type RecordSelection = Readonly<Record<RecordOutput, boolean>>;

/** Every record file: what `run` and `compare` write unless told otherwise. */
export const ALL_RECORDS: RecordSelection = { incidents: true, responders: true, occupancy: true };

/** No record file: summaries only. */
export const NO_RECORDS: RecordSelection = {
  incidents: false,
  responders: false,
  occupancy: false,
};

/**
 * The selection named by `--outputs` values (several may be given: `--outputs incidents
 * occupancy`). `summary` adds nothing (summaries are always written); `all` is every file.
 *
 * @throws RangeError for a value not in {@link OUTPUTS_CHOICES} (yargs refuses those first).
 */
export function parseRecordSelection(values: readonly string[]): RecordSelection {
  const chosen = new Set<string>();
  for (const value of values) {
    if (!(OUTPUTS_CHOICES as readonly string[]).includes(value)) {
      throw new RangeError(`--outputs: "${value}" is not one of ${OUTPUTS_CHOICES.join(', ')}`);
    }
    if (value === 'all') for (const name of RECORD_OUTPUTS) chosen.add(name);
    else chosen.add(value);
  }
  return {
    incidents: chosen.has('incidents'),
    responders: chosen.has('responders'),
    occupancy: chosen.has('occupancy'),
  };
}
