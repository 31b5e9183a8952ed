/**
 * Text for numbers and intervals in the report, and HTML escaping. Numbers are rounded for
 * display only (the CSV files keep every digit); both languages write numbers the same way
 * (digit grouping with commas is usual in Chinese reports too).
 */

import type { Translate } from '../i18n/messages.js';
import {
  formatInterval as formatAnyInterval,
  formatNumber as formatAnyNumber,
  formatSigned as formatAnySigned,
  REPORT_NUMBERS,
} from '../output/number-format.js';
import type { Interval } from '../stats/interval.js';

/** Shown where a value is undefined (no replication defines it). */
export const NO_VALUE = REPORT_NUMBERS.missing;

/**
 * A number as the report writes it (output/number-format.ts owns the rule): thousands
 * separators and a true minus sign.
 *
 * @example formatNumber(-1234.56, 1) // "−1,234.6"
 */
export function formatNumber(value: number, decimals: number): string {
  return formatAnyNumber(value, decimals, REPORT_NUMBERS);
}

/** A difference with its sign as the report writes it, e.g. "+2.1" or "−0.4". */
export function formatSigned(value: number, decimals: number): string {
  return formatAnySigned(value, decimals, REPORT_NUMBERS);
}

/**
 * An interval as a sentence shows it in the report (output/number-format.ts owns the rule):
 * `mean [low, high]`, or `mean (n=1)` when only one replication defines it.
 *
 * @param signed write the mean with its sign (for differences)
 */
export function formatInterval(ci: Interval, decimals: number, signed = false): string {
  return formatAnyInterval(ci, decimals, REPORT_NUMBERS, signed);
}

/** An interval as a table shows it, `mean ±half-width`. */
export function formatPlusMinus(ci: Interval, decimals: number): string {
  if (Number.isNaN(ci.mean)) return NO_VALUE;
  const mean = formatNumber(ci.mean, decimals);
  if (Number.isNaN(ci.halfWidth)) return `${mean} (n=${ci.n})`;
  return `${mean} ±${formatNumber(ci.halfWidth, decimals)}`;
}

/**
 * Text made safe to place in HTML content or a quoted attribute.
 *
 * @example escapeHtml('a < b & "c"') // 'a &lt; b &amp; &quot;c&quot;'
 */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/**
 * The simulated period in words, "7 days from 2024-10-01" (one day is "1 day").
 *
 * @example periodText(translator('en'), 1, '2024-08-17') // '1 day from 2024-08-17'
 */
export function periodText(t: Translate, days: number, start: string): string {
  return t(days === 1 ? 'meta.periodValueOne' : 'meta.periodValue', { days, start });
}
