/**
 * The optimize report's map section: the base plan's map and the chosen plan's side by side (the
 * compare report's schematic map: station, police posts, platforms with their coverage, patrol
 * routes), what the chosen plan changes, and a table of where responders are posted in each
 * plan. An optimize folder keeps no incident records, so the sites are not coloured by response.
 */
import type { MessageKey, Translate } from '../../i18n/messages.js';
import { shiftBase } from '../../scenario/officer-bases.js';
import type { Plan, Scenario } from '../../scenario/types.js';
import { NO_DATA_COLOR } from '../charts/palette.js';
import { siteMapSvg, sitesWithCoordinates } from '../charts/site-map.js';
import { coveredSites } from '../data/coverage.js';
import { escapeHtml } from '../format.js';
import { figure, note, section, table, text } from '../html-parts.js';
import { mapLegend, walkingScale } from './section-map.js';

/** What the section shows. */
export interface OptimizeMapInput {
  readonly t: Translate;
  readonly scenario: Scenario;
  readonly base: Plan;
  /** The plan chosen (best-plan.yaml applied to the scenario copy). */
  readonly chosen: Plan;
  /** Each change from the base plan, in words. */
  readonly changes: readonly string[];
  /** A site's name in the report's language. */
  readonly siteName: (id: string) => string;
}

/**
 * The map's words for a grey site: the compare report's say "no incidents", which would be
 * wrong here (an optimize folder keeps no incident records), so these keys are reworded.
 */
const GREY_SITE_WORDS: Partial<Record<MessageKey, MessageKey>> = {
  'map.noData': 'optimize.mapNoResponse',
  'map.siteNoData': 'optimize.mapSiteLegend',
};

/** The section's HTML. */
export function optimizeMapSection(input: OptimizeMapInput): string {
  const { scenario } = input;
  const t: Translate = (key, values) => input.t(GREY_SITE_WORDS[key] ?? key, values);
  const changes =
    input.changes.length === 0
      ? note(t('optimize.mapNoChange'))
      : `<ul class="changes">${input.changes.map((c) => `<li>${escapeHtml(c)}</li>`).join('')}</ul>`;
  const body = `<h3>${escapeHtml(t('optimize.mapChanges'))}</h3>${changes}${postsTable(input)}`;
  if (sitesWithCoordinates(scenario.sites).length === 0) {
    return section(
      'plan-map',
      t('optimize.mapTitle'),
      null,
      note(t('optimize.mapNoCoordinates')) + body,
    );
  }
  const { metresPerMinute, coverageText } = walkingScale(scenario, t);
  const map = (plan: Plan, id: string, caption: string) =>
    figure(
      id,
      caption,
      `<div class="map-frame">${
        siteMapSvg({
          sites: scenario.sites,
          plan: withUnitsOnly(plan),
          covered: coveredSites(scenario, plan),
          response: null,
          responseColor: () => NO_DATA_COLOR,
          walkingMetresPerMinute: metresPerMinute,
          siteName: input.siteName,
          t,
        }) ?? ''
      }</div>`,
    );
  const maps =
    `<div class="maps">` +
    map(input.base, 'map-base', t('optimize.mapBase', { plan: input.base.name })) +
    map(input.chosen, 'map-chosen', t('optimize.mapChosen', { plan: input.chosen.name })) +
    `</div>`;
  return section(
    'plan-map',
    t('optimize.mapTitle'),
    t('optimize.mapIntro'),
    mapLegend({ t }, coverageText, '') + maps + body,
  );
}

/**
 * The plan without its shifts of no units: the search may bring a shift's units down to 0, and
 * the map must not show a post (or an officers' patrol route) where nobody is.
 */
function withUnitsOnly(plan: Plan): Plan {
  const shifts = plan.officers.shifts.filter((shift) => shift.cars > 0);
  return { ...plan, officers: { ...plan.officers, shifts } };
}

/**
 * Where each plan posts responders: a row per site holding a platform or officers' units in
 * either plan, with what is there in the base plan and in the plan chosen.
 */
function postsTable(input: OptimizeMapInput): string {
  const { t, scenario } = input;
  const rows = scenario.sites.flatMap((site) => {
    const before = postedAt(input.base, site.id, t);
    const after = postedAt(input.chosen, site.id, t);
    if (before === '' && after === '') return [];
    return [[text(input.siteName(site.id)), text(before || '–'), text(after || '–')]];
  });
  if (rows.length === 0) return '';
  return (
    `<h3>${escapeHtml(t('optimize.mapPosted'))}</h3>` +
    table(
      [
        text(t('map.site')),
        text(t('optimize.mapBase', { plan: input.base.name })),
        text(t('optimize.mapChosen', { plan: input.chosen.name })),
      ],
      rows,
      'data posts',
    )
  );
}

/**
 * What a plan posts at a site: its platform's staff and every shift based there with its units
 * ('' when nothing). Shifts on a patrol route are drawn as routes, not listed.
 */
function postedAt(plan: Plan, site: string, t: Translate): string {
  const platform = plan.platforms.find((p) => p.site === site);
  const parts =
    platform === undefined ? [] : [t('optimize.mapPlatformStaff', { staff: platform.staff })];
  for (const shift of plan.officers.shifts) {
    if (shift.patrol !== undefined || shift.cars === 0) continue;
    if (shiftBase(plan.officers, shift) !== site) continue;
    parts.push(t('optimize.mapUnits', { start: shift.start, end: shift.end, units: shift.cars }));
  }
  return parts.join(t('optimize.mapListSeparator'));
}
