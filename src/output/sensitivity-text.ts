/**
 * The console tables of `peakwatch sensitivity`: for each service standard, each input's effect
 * on the share met when moved down and when moved up (paired difference from the base point in
 * percentage points, with its 95 % interval), largest effect first.
 */
import type { Translate } from '../i18n/messages.js';
import { standardMeasureId } from '../stats/standards.js';
import { ENGLISH_WORDING } from './console-wording.js';
import { formatNumber, formatSigned } from './number-format.js';
import type { SensitivityMove, SensitivityRow } from './sensitivity-csv.js';
import { asciiTable } from './table-format.js';

/** A standard as the tables name it. */
export interface SensitivityStandard {
  readonly id: string;
  /** Its name in the reader's language. */
  readonly name: string;
}

/** The language of the tables: its words, and what an input is called (default its id). */
export interface SensitivityWording {
  readonly t: Translate;
  readonly input: (input: string) => string;
}

/** English words, inputs by their ids (as `--inputs` names them). */
const ENGLISH: SensitivityWording = { t: ENGLISH_WORDING.t, input: (input) => input };

/**
 * The tables as text, one per standard, or a line saying there are no standards.
 *
 * @param change the share each input moved, e.g. 0.2
 * @example formatSensitivityTables(result.rows, [{ id: 'station-3min', name: '3 min' }], 0.2)
 */
export function formatSensitivityTables(
  rows: readonly SensitivityRow[],
  standards: readonly SensitivityStandard[],
  change: number,
  { t, input }: SensitivityWording = ENGLISH,
): string {
  if (standards.length === 0) return t('sens.console.none');
  const percent = formatNumber(100 * change, 0);
  return standards
    .map((standard) => {
      const own = rows.filter((row) => row.measure === standardMeasureId(standard.id));
      const base = own[0]?.base.mean ?? Number.NaN;
      const table = asciiTable([t('sens.console.input'), `-${percent} %`, `+${percent} %`], true);
      for (const row of own) table.push([input(row.input), moveText(row.down), moveText(row.up)]);
      const heading = t('sens.console.base', {
        standard: standard.name,
        share: formatNumber(base, 1),
      });
      return `${heading}\n${table.toString()}`;
    })
    .join('\n');
}

/** `+1.2 [0.4, 2.0]`, or `-` when undefined. */
function moveText(move: SensitivityMove): string {
  const { mean, low, high } = move.effect;
  if (!Number.isFinite(mean)) return '-';
  const range = Number.isFinite(low) ? ` [${formatNumber(low, 1)}, ${formatNumber(high, 1)}]` : '';
  return `${formatSigned(mean, 1)}${range}`;
}
