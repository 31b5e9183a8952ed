/**
 * "Where and when the standards fail": for each standard and plan, a site × hour-of-day table of
 * the share of covered incidents that met it (all replications pooled), with the cells where the
 * standard is unreachable under the plan marked ⊘ and the reachable cells short of the required
 * share shaded as capacity short. Drawn from the folder's standards-by-site-hour.csv.
 */
import type { BreakdownRow } from '../../output/standards-breakdown-csv.js';
import { escapeHtml, formatNumber } from '../format.js';
import { section } from '../html-parts.js';
import type { ReportContext } from '../report-context.js';

/** The section; a note when the folder has no site × hour file. */
export function standardCellsSection(ctx: ReportContext): string {
  const { t } = ctx;
  const cells = ctx.data.standardCells;
  if (cells === null) {
    return section(
      'standard-cells',
      t('standards.cells.title'),
      null,
      `<p>${escapeHtml(t('standards.cells.none'))}</p>`,
    );
  }
  const names = new Map((ctx.data.standards ?? []).map((j) => [j.standard, ctx.names.standard(j)]));
  const standards = [...new Set(cells.map((c) => c.standard))];
  const body = standards
    .map((standard) => {
      const own = cells.filter((c) => c.standard === standard);
      const plans = [...new Set(own.map((c) => c.plan))];
      const tables = plans
        .map((plan, p) => {
          const table = siteHourTable(
            ctx,
            own.filter((c) => c.plan === plan),
          );
          return `<details${p === 0 ? ' open' : ''}><summary>${escapeHtml(plan)}</summary>${table}</details>`;
        })
        .join('');
      return `<h3>${escapeHtml(names.get(standard) ?? standard)}</h3>${tables}`;
    })
    .join('');
  return section('standard-cells', t('standards.cells.title'), t('standards.cells.intro'), body);
}

/** Sites (rows, in scenario order when known) × hours of day with incidents (columns). */
function siteHourTable(ctx: ReportContext, cells: readonly BreakdownRow[]): string {
  const known = ctx.scenario?.sites.map((s) => s.id) ?? [];
  const sites = [...new Set(cells.map((c) => c.group.site!))].sort(
    (a, b) => rank(known, a) - rank(known, b) || a.localeCompare(b),
  );
  const hours = [...new Set(cells.map((c) => Number(c.group.hour)))].sort((a, b) => a - b);
  const head = `<tr><th>${escapeHtml(ctx.t('standards.cells.site'))}</th>${hours.map((h) => `<th>${String(h).padStart(2, '0')}</th>`).join('')}</tr>`;
  const rows = sites
    .map((site) => {
      const tds = hours.map((hour) => {
        const cell = cells.find((c) => c.group.site === site && Number(c.group.hour) === hour);
        return cell === undefined ? '<td></td>' : cellHtml(ctx, cell);
      });
      return `<tr><th>${escapeHtml(ctx.siteName(site))}</th>${tds.join('')}</tr>`;
    })
    .join('');
  return `<table class="data standard-cells"><thead>${head}</thead><tbody>${rows}</tbody></table>`;
}

function cellHtml(ctx: ReportContext, cell: BreakdownRow): string {
  const share = formatNumber(cell.share, 0);
  const title = `${share} % (${cell.met}/${cell.covered})`;
  if (cell.why === 'unreachable') {
    const label = ctx.t('standards.cells.unreachable');
    return `<td class="cell-unreachable" title="${escapeHtml(`${label}: ${title}`)}">⊘ ${share}<br><small>${cell.covered}</small></td>`;
  }
  const className = cell.share < cell.required ? 'cell-short' : 'cell-met';
  return `<td class="${className}" title="${escapeHtml(title)}">${share}<br><small>${cell.covered}</small></td>`;
}

function rank(known: readonly string[], site: string): number {
  const i = known.indexOf(site);
  return i < 0 ? known.length : i;
}
