/**
 * The map section: one schematic map per plan, a shared legend (symbols and the response-time
 * colour ramp, one colour scale for every plan so that the maps compare), and a table of the
 * mean response by site and plan.
 */
import type { Scenario } from '../../scenario/types.js';
import { straightLineWalkingSpeed } from '../charts/map-geometry.js';
import { NO_DATA_COLOR, RESPONSE_SCHEME } from '../charts/palette.js';
import { colorScale, legendMarkup } from '../charts/plot-render.js';
import {
  PLATFORM_COLOR,
  STATION_COLOR,
  siteMapSvg,
  sitesWithCoordinates,
} from '../charts/site-map.js';
import { coveredSites, walkLegs } from '../data/coverage.js';
import { meanResponseBySite, type SiteResponse } from '../data/response-times.js';
import { escapeHtml, formatNumber, NO_VALUE } from '../format.js';
import { figure, html, note, section, table, text } from '../html-parts.js';
import type { ReportContext } from '../report-context.js';

/** Walking speed assumed when the scenario's links give none (km/h), a crowded trail's pace. */
const ASSUMED_WALKING_KMH = 3;

/** The map section. */
export function mapSection(ctx: ReportContext): string {
  const { t, scenario } = ctx;
  if (scenario === null || sitesWithCoordinates(scenario.sites).length === 0) {
    return section('map', t('map.title'), null, note(t('map.unavailable')));
  }
  const responses = new Map(
    ctx.data.records.map((r) => [
      r.plan,
      r.incidents === null ? null : meanResponseBySite(r.incidents),
    ]),
  );
  const means = [...responses.values()].flatMap((m) =>
    m === null ? [] : [...m.values()].map((r) => r.mean),
  );
  const domain: [number, number] =
    means.length === 0
      ? [0, 1]
      : [Math.min(...means), Math.max(Math.max(...means), Math.min(...means) + 1)];
  // Classes rather than a continuous ramp (see the heat map in hour-charts.ts).
  const colorOptions = { type: 'quantize' as const, n: 6, scheme: RESPONSE_SCHEME, domain };
  const responseColor = colorScale(colorOptions);
  const { metresPerMinute, coverageText } = walkingScale(scenario, t);
  const maps = ctx.plans.map((planName) => {
    const plan = scenario.plans.find((p) => p.name === planName);
    if (plan === undefined) return '';
    const response = responses.get(planName) ?? null;
    const svg = siteMapSvg({
      sites: scenario.sites,
      plan,
      covered: coveredSites(scenario, plan),
      response,
      responseColor,
      walkingMetresPerMinute: metresPerMinute,
      siteName: ctx.siteName,
      t,
    });
    const label = ctx.planLabel(planName);
    const description = ctx.text(plan.description);
    const caption =
      description === '' ? label : `${label}${ctx.lang === 'zh' ? '：' : ': '}${description}`;
    return figure(
      `map-${planName}`,
      caption,
      `<div class="map-frame">${svg ?? ''}</div>`,
      response === null ? t('map.noIncidents') : undefined,
    );
  });
  const ramp = legendMarkup({ color: { ...colorOptions, label: t('map.response') }, width: 320 });
  const body =
    mapLegend(ctx, coverageText, ramp) +
    `<div class="maps">${maps.join('')}</div>` +
    missingCoordinates(ctx, scenario) +
    siteTable(ctx, scenario, responses, responseColor);
  return section('map', t('map.title'), t('map.intro'), body);
}

/**
 * The straight-line walking speed the maps draw coverage circles at (the scenario's, else
 * {@link ASSUMED_WALKING_KMH}) and the legend's words for it.
 */
export function walkingScale(
  scenario: Scenario,
  t: ReportContext['t'],
): { readonly metresPerMinute: number; readonly coverageText: string } {
  const derived = straightLineWalkingSpeed(walkLegs(scenario));
  const metresPerMinute = derived ?? (ASSUMED_WALKING_KMH * 1000) / 60;
  const speed = formatNumber((metresPerMinute * 60) / 1000, 1);
  const coverageText =
    derived === null ? t('map.coverage', { speed }) : t('map.coverageScenario', { speed });
  return { metresPerMinute, coverageText };
}

/** Symbols of the maps and the colour ramp (none: '') shown once above them. */
export function mapLegend(
  ctx: Pick<ReportContext, 't'>,
  coverageText: string,
  ramp: string,
): string {
  const { t } = ctx;
  const symbol = (svg: string, label: string) =>
    `<li><svg width="28" height="22" viewBox="0 0 28 22" aria-hidden="true">${svg}</svg>${escapeHtml(label)}</li>`;
  const items = [
    symbol(`<path d="M14,1L24,11L14,21L4,11Z" fill="${STATION_COLOR}"/>`, t('map.station')),
    symbol(
      `<circle cx="14" cy="11" r="5" fill="#fd8d3c"/><path d="M14,1L24,11L14,21L4,11Z" fill="none" stroke="${STATION_COLOR}" stroke-width="2"/>`,
      t('map.postLegend'),
    ),
    symbol(
      `<circle cx="14" cy="11" r="7" fill="${NO_DATA_COLOR}" stroke="#555"/>`,
      t('map.siteNoData'),
    ),
    symbol(
      `<rect x="3" y="0" width="22" height="22" fill="none" stroke="${PLATFORM_COLOR}" stroke-width="2"/><circle cx="14" cy="11" r="6" fill="#fd8d3c"/>`,
      t('map.platform'),
    ),
    symbol(
      `<circle cx="14" cy="11" r="9" fill="rgba(49,130,189,0.08)" stroke="#3182bd" stroke-dasharray="4 3"/>`,
      coverageText,
    ),
    symbol(
      `<circle cx="14" cy="11" r="10" fill="none" stroke="#3182bd" stroke-width="2.5"/><circle cx="14" cy="11" r="6" fill="#fd8d3c"/>`,
      t('map.covered'),
    ),
    symbol(
      `<path d="M2,16L12,6L26,14" fill="none" stroke="#2e7d32" stroke-width="2.5" stroke-dasharray="6 3"/>`,
      t('map.patrol'),
    ),
  ];
  return (
    `<figure class="chart map-legend" data-chart="map-legend"><ul class="symbols">${items.join('')}</ul>` +
    `<div class="ramp">${ramp}</div></figure>`
  );
}

/** A note naming the sites the maps cannot place. */
function missingCoordinates(ctx: ReportContext, scenario: Scenario): string {
  const placed = new Set(sitesWithCoordinates(scenario.sites).map((s) => s.id));
  const missing = scenario.sites.filter((s) => !placed.has(s.id)).map((s) => ctx.siteName(s.id));
  return missing.length === 0
    ? ''
    : note(ctx.t('map.noCoordinates', { sites: missing.join(', ') }));
}

/** Mean response by site (rows) and plan (columns), cells in the maps' colours. */
function siteTable(
  ctx: ReportContext,
  scenario: Scenario,
  responses: ReadonlyMap<string, ReadonlyMap<string, SiteResponse> | null>,
  color: (minutes: number) => string,
): string {
  const withData = scenario.sites.filter((site) =>
    [...responses.values()].some((m) => m?.has(site.id)),
  );
  if (withData.length === 0) return '';
  const rows = withData.map((site) => [
    text(ctx.siteName(site.id)),
    ...ctx.plans.map((plan) => {
      const r = responses.get(plan)?.get(site.id);
      if (r === undefined) return text(NO_VALUE);
      return html(
        `<span class="swatch" style="background:${color(r.mean)}"></span>${escapeHtml(formatNumber(r.mean, 1))}`,
      );
    }),
  ]);
  return (
    `<h3>${escapeHtml(ctx.t('map.siteTable'))}</h3>` +
    table(
      [text(ctx.t('map.site')), ...ctx.plans.map((p) => text(ctx.planLabel(p)))],
      rows,
      'data sites',
    )
  );
}
