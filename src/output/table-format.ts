/**
 * Number and interval formatting shared by the console tables, and the ASCII table style.
 * An interval is shown as `mean ±half-width` in tables (compact, aligns well in columns) and as
 * `mean [low, high]` in sentences (where "includes zero" must be visible at a glance).
 */
import Table from 'cli-table3';
import type { Interval } from '../stats/interval.js';
import type { MeasureDef } from '../stats/measures.js';
import { ENGLISH_WORDING as ENGLISH } from './console-wording.js';
import { CONSOLE_NUMBERS, formatNumber, formatSigned } from './number-format.js';

/** Shown for a value that is undefined (NaN), e.g. a recovery rate of a type without one. */
const MISSING = CONSOLE_NUMBERS.missing;

/**
 * Plain ASCII borders: they survive any terminal, log file or e-mail, unlike box-drawing
 * characters.
 */
const ASCII_BORDERS = {
  top: '-',
  'top-mid': '+',
  'top-left': '+',
  'top-right': '+',
  bottom: '-',
  'bottom-mid': '+',
  'bottom-left': '+',
  'bottom-right': '+',
  left: '|',
  'left-mid': '+',
  mid: '-',
  'mid-mid': '+',
  right: '|',
  'right-mid': '+',
  middle: '|',
};

/**
 * A cli-table3 table with ASCII borders and no colours (colour codes would litter logs).
 * `compact` leaves out the rule between body rows (for tables of one-line rows).
 *
 * @example
 * ```ts
 * const table = asciiTable(['Plan', 'Mean'], true);
 * table.push(['current', '4.2 ±0.3']);
 * table.toString();
 * ```
 */
export function asciiTable(head: string[], compact: boolean): Table.Table {
  return new Table({
    head,
    chars: ASCII_BORDERS,
    style: { head: [], border: [], compact },
  });
}

/**
 * An estimate as `mean ±half-width`; `mean (n=1)` when a single value gives no interval;
 * `(n=k)` appended when only k of the `replications` define the measure; `-` when none do.
 */
export function formatEstimate(def: MeasureDef, ci: Interval, replications: number): string {
  if (ci.n === 0) return MISSING;
  return withCount(
    `${formatNumber(ci.mean, def.decimals)}${halfWidthText(def, ci)}`,
    ci.n,
    replications,
  );
}

/**
 * A paired difference as `+mean ±half-width`, followed by ` *` when its interval excludes zero.
 */
export function formatDifference(def: MeasureDef, ci: Interval): string {
  if (ci.n === 0) return MISSING;
  const text = withCount(`${formatSigned(ci.mean, def.decimals)}${halfWidthText(def, ci)}`, ci.n);
  return excludesZero(ci) ? `${text} *` : text;
}

/**
 * A difference as `+mean [low, high] unit`, for sentences; without an interval (fewer than two
 * pairs) `+mean unit, no interval`.
 */
export function formatDifferenceRange(def: MeasureDef, ci: Interval, wording = ENGLISH): string {
  const mean = `${formatSigned(ci.mean, def.decimals)}`;
  const differenceUnit = wording.differenceUnit(def);
  const unit = differenceUnit === '' ? '' : ` ${differenceUnit}`;
  if (Number.isNaN(ci.halfWidth)) return `${mean}${unit}, ${wording.t('console.noInterval')}`;
  return `${mean} [${formatNumber(ci.low, def.decimals)}, ${formatNumber(ci.high, def.decimals)}]${unit}`;
}

/** A value with its unit for sentences, e.g. `87.5 %`, `4.2 min`. */
export function formatWithUnit(def: MeasureDef, value: number, wording = ENGLISH): string {
  return `${formatNumber(value, def.decimals)} ${wording.valueUnit(def)}`.trimEnd();
}

/** Whether the interval lies entirely on one side of zero. */
export function excludesZero(ci: Interval): boolean {
  return ci.low > 0 || ci.high < 0;
}

/** A row label with its unit, e.g. `Officer utilisation (%)`. */
export function labelWithUnit(def: MeasureDef, typeId?: string, wording = ENGLISH): string {
  const label = typeId === undefined ? wording.label(def) : `${wording.label(def)}, ${typeId}`;
  const unit = wording.valueUnit(def);
  return unit === '' ? label : `${label} (${unit})`;
}

/** ` ±h` for an interval; nothing when there is none (n < 2). */
function halfWidthText(def: MeasureDef, ci: Interval): string {
  return Number.isNaN(ci.halfWidth) ? '' : ` ±${formatNumber(ci.halfWidth, def.decimals)}`;
}

/**
 * Appends `(n=k)` when fewer than all replications defined the value, or when one value gave
 * no interval (so a bare number is never mistaken for an exact one).
 */
function withCount(text: string, n: number, replications = n): string {
  return n < replications || n < 2 ? `${text} (n=${n})` : text;
}
