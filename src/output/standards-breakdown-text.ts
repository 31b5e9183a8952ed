/**
 * The console table of where and when the standards fail (`--by`): a row per plan, standard and
 * group with the incidents covered, the share met against the required share, and why a
 * shortfall happens, "unreachable" (even the fastest possible arrival misses the target: where
 * responders are based, not how many there are) told apart from "capacity short".
 */
import type { Translate } from '../i18n/messages.js';
import type { BreakdownDimension } from '../stats/standards-breakdown.js';
import { formatNumber } from './number-format.js';
import type { BreakdownRow } from './standards-breakdown-csv.js';
import { asciiTable } from './table-format.js';

/**
 * The table and the legend of the two reasons.
 *
 * @param names display name by standard id
 */
export function formatBreakdownTable(
  rows: readonly BreakdownRow[],
  by: readonly BreakdownDimension[],
  names: ReadonlyMap<string, string>,
  t: Translate,
): string {
  const table = asciiTable(
    [
      t('standards.head.plan'),
      t('standards.head.standard'),
      ...by.map((d) => t(`standards.by.${d}`)),
      t('standards.head.covered'),
      t('standards.head.shareMet'),
      t('standards.head.required'),
      t('standards.head.why'),
    ],
    true,
  );
  for (const row of rows) {
    table.push([
      row.plan,
      names.get(row.standard) ?? row.standard,
      ...by.map((d) => row.group[d] ?? ''),
      String(row.covered),
      formatNumber(row.share, 1),
      formatNumber(row.required, 1),
      whyText(row, t),
    ]);
  }
  return [table.toString(), t('standards.whyLegend')].join('\n');
}

function whyText(row: BreakdownRow, t: Translate): string {
  if (row.why === 'unreachable') {
    return row.fastest === null
      ? t('standards.why.nobody')
      : t('standards.why.unreachable', { fastest: formatNumber(row.fastest, 1) });
  }
  if (row.why === 'capacity-short') return t('standards.why.capacity-short');
  return '';
}
