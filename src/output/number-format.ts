/**
 * How peakwatch writes a rounded number, for the console and for the report alike: rounded to a
 * number of decimals for display only (files keep every digit), never "-0.0", and a mark for an
 * undefined value. The two places differ only in style: the console keeps plain ASCII (it goes
 * to logs and e-mails), the report groups thousands and uses a true minus sign.
 */
import type { Interval } from '../stats/interval.js';

/** How a number is written. */
export interface NumberStyle {
  /** Thousands separators ("1,234.5"). */
  readonly grouping: boolean;
  /** The minus sign. */
  readonly minus: string;
  /** Written for an undefined (NaN) or infinite value. */
  readonly missing: string;
}

/** Console tables and sentences: "-1234.5", "-" for undefined. */
export const CONSOLE_NUMBERS: NumberStyle = Object.freeze({
  grouping: false,
  minus: '-',
  missing: '-',
});

/** The HTML report: "−1,234.5", "–" for undefined. */
export const REPORT_NUMBERS: NumberStyle = Object.freeze({
  grouping: true,
  minus: '\u2212',
  missing: '\u2013',
});

/**
 * A number rounded to `decimals`; no sign when it rounds to zero.
 *
 * @example formatNumber(-1234.56, 1) // "-1234.6"
 * @example formatNumber(-1234.56, 1, REPORT_NUMBERS) // "−1,234.6"
 */
export function formatNumber(
  value: number,
  decimals: number,
  style: NumberStyle = CONSOLE_NUMBERS,
): string {
  if (!Number.isFinite(value)) return style.missing;
  const text = Math.abs(value).toLocaleString('en-US', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: style.grouping,
  });
  // Rounding can turn a tiny negative into "0.0": no sign then.
  return value < 0 && /[1-9]/.test(text) ? `${style.minus}${text}` : text;
}

/**
 * An interval as a sentence writes it, `mean [low, high]` (statistics.md); `mean (n=1)` when a
 * single value gives no interval; the style's mark for an undefined value when none defines it.
 *
 * @param signed write the mean with its sign (for differences)
 * @example formatInterval(confidenceInterval([2, 4, 6]), 1) // "4.0 [-1.0, 9.0]"
 */
export function formatInterval(
  ci: Interval,
  decimals: number,
  style: NumberStyle = CONSOLE_NUMBERS,
  signed = false,
): string {
  if (Number.isNaN(ci.mean)) return style.missing;
  const mean = signed
    ? formatSigned(ci.mean, decimals, style)
    : formatNumber(ci.mean, decimals, style);
  if (Number.isNaN(ci.halfWidth)) return `${mean} (n=${ci.n})`;
  return `${mean} [${formatNumber(ci.low, decimals, style)}, ${formatNumber(ci.high, decimals, style)}]`;
}

/**
 * A difference with its sign: "+2.1", "-0.4", and "0.0" without a sign.
 *
 * @example formatSigned(2.06, 1) // "+2.1"
 */
export function formatSigned(
  value: number,
  decimals: number,
  style: NumberStyle = CONSOLE_NUMBERS,
): string {
  const text = formatNumber(value, decimals, style);
  return value > 0 && /[1-9]/.test(text) ? `+${text}` : text;
}
