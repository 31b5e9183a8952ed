/**
 * The scenario's assumptions at the end of the report, as written in the file: calendar and
 * crowd, travel, detection, sites, incident types and plans. Names and descriptions are the
 * scenario's own text in the report's language (when the scenario gives it); notes are shown as
 * written; labels and units follow the report's language.
 */
import type { Translate } from '../../i18n/messages.js';
import { RESPONDER_KIND_NAMES, RESPONDER_KINDS } from '../../model/responder-kinds.js';
import { shiftBase } from '../../scenario/officer-bases.js';
import { describeOverride } from '../../scenario/overrides.js';
import type { Distribution, Plan, Scenario } from '../../scenario/types.js';
import { escapeHtml, periodText } from '../format.js';
import { definitionList, html, section, table, text } from '../html-parts.js';
import type { ReportContext } from '../report-context.js';

/**
 * The assumptions section; empty when the run's scenario is not available (the header's
 * warnings say why).
 */
export function assumptionsSection(ctx: ReportContext): string {
  const { t, scenario } = ctx;
  if (scenario === null) return '';
  // The path as the run recorded it: it means something to the people who made the run.
  const path = ctx.data.manifest.scenario.path;
  const body = [
    `<h3>${escapeHtml(t('assumptions.general'))}</h3>`,
    generalList(scenario, ctx),
    `<h3>${escapeHtml(t('assumptions.detection'))}</h3>`,
    detectionTable(scenario, t),
    `<h3>${escapeHtml(t('assumptions.sites'))}</h3>`,
    sitesTable(scenario, ctx),
    `<h3>${escapeHtml(t('assumptions.types'))}</h3>`,
    typesTable(scenario, ctx),
    `<h3>${escapeHtml(t('assumptions.plans'))}</h3>`,
    plansTable(scenario, ctx),
  ];
  return section(
    'assumptions',
    t('assumptions.title'),
    t('assumptions.intro', { path }),
    body.join(''),
  );
}

/** Calendar, crowd and travel settings. */
function generalList(scenario: Scenario, ctx: ReportContext): string {
  const { t } = ctx;
  const description = ctx.text(scenario.description);
  const { calendar, crowd, travel } = scenario;
  const congestion = [
    ...(travel.congestion?.byHour ?? []).map((h) =>
      t('assumptions.congestionHours', { from: h.from, to: h.to, factor: compact(h.factor) }),
    ),
    ...(travel.congestion?.crowding === undefined
      ? []
      : [t('assumptions.crowding', { value: compact(travel.congestion.crowding) })]),
  ];
  const items: [string, ReturnType<typeof text>][] = [
    [t('assumptions.name'), text(ctx.text(scenario.name))],
    ...(description === ''
      ? []
      : [[t('assumptions.description'), text(description)] as [string, ReturnType<typeof text>]]),
    ...(scenario.overrides.length === 0
      ? []
      : [
          [
            t('assumptions.overrides'),
            html(`<code>${escapeHtml(scenario.overrides.map(describeOverride).join(' '))}</code>`),
          ] as [string, ReturnType<typeof text>],
        ]),
    [t('assumptions.period'), text(periodText(t, calendar.days, calendar.start))],
    ...(calendar.timeZone === undefined
      ? []
      : [
          [t('assumptions.timeZone'), text(calendar.timeZone)] as [string, ReturnType<typeof text>],
        ]),
    [
      t('assumptions.visitors'),
      text(crowd.visitorsPerDay.map((v) => v.toLocaleString('en-US')).join(', ')),
    ],
    [t('assumptions.demandCv'), text(compact(crowd.demandCv))],
    [
      t('assumptions.arrivals'),
      text(crowd.arrivalProfile.map((p) => `${p.from}–${p.to}: ${compact(p.weight)}`).join(', ')),
    ],
    [
      t('assumptions.congestion'),
      text(congestion.length === 0 ? t('value.none') : congestion.join(', ')),
    ],
    [t('assumptions.variation'), text(compact(travel.variation?.cv ?? 0))],
  ];
  return definitionList(items);
}

/** Detection delays by channel, the radio relay and the dispatch decision. */
function detectionTable(scenario: Scenario, t: Translate): string {
  const d = scenario.detection;
  return table(
    [text(t('assumptions.channel')), text(t('assumptions.distribution'))],
    [
      [text(t('detection.phone')), text(describeDistribution(d.phone, t))],
      [text(t('detection.platform')), text(describeDistribution(d.platform, t))],
      [text(t('detection.patrol')), text(describeDistribution(d.patrol, t))],
      [text(t('detection.radio')), text(compact(d.radioMinutes))],
      [text(t('detection.dispatch')), text(compact(d.dispatchMinutes))],
    ],
  );
}

/** One row per site. */
function sitesTable(scenario: Scenario, ctx: ReportContext): string {
  const { t } = ctx;
  return table(
    [
      t('sites.name'),
      t('sites.kind'),
      t('sites.capacity'),
      t('sites.coordinates'),
      t('sites.note'),
    ].map((h) => text(h)),
    scenario.sites.map((site) => [
      text(ctx.siteName(site.id)),
      text(t(`siteKind.${site.kind}`)),
      text(site.capacity === undefined ? '–' : site.capacity.toLocaleString('en-US')),
      text(site.lat === undefined || site.lon === undefined ? '–' : `${site.lat}, ${site.lon}`),
      text(site.note ?? ''),
    ]),
  );
}

/** One row per incident type. */
function typesTable(scenario: Scenario, ctx: ReportContext): string {
  const { t } = ctx;
  const header = [
    'types.name',
    'types.rate',
    'types.priority',
    'types.handlers',
    'types.officers',
    'types.escalation',
    'types.onScene',
    'types.target',
    'types.recovery',
  ] as const;
  return table(
    header.map((key) => text(t(key))),
    scenario.incidentTypes.map((type) => [
      text(ctx.typeName(type.id)),
      text(compact(type.rate)),
      text(String(type.priority)),
      text(type.handlers.map((h) => t(`responder.${h}`)).join(', ')),
      text(String(type.officers)),
      text(
        type.escalation === undefined
          ? t('value.none')
          : t('types.escalationValue', {
              probability: compact(100 * type.escalation.probability),
              officers: type.escalation.officers ?? 1,
            }),
      ),
      text(describeDistribution(type.onScene, t)),
      text(compact(type.targetMinutes)),
      text(
        type.recovery === undefined
          ? t('value.none')
          : t('types.recoveryValue', {
              initial: compact(100 * type.recovery.initial),
              halfLife: compact(type.recovery.halfLifeMinutes),
            }) +
              (type.recovery.searchMinutes === undefined
                ? ''
                : t('types.searchValue', {
                    search: describeDistribution(type.recovery.searchMinutes, t),
                  })),
      ),
    ]),
  );
}

/** One row per plan of the run (in the run's order). */
function plansTable(scenario: Scenario, ctx: ReportContext): string {
  const { t } = ctx;
  const plans = ctx.plans
    .map((name) => scenario.plans.find((p) => p.name === name))
    .filter((p): p is Plan => p !== undefined);
  const lines = (items: readonly string[]) =>
    html(items.length === 0 ? escapeHtml(t('value.none')) : items.map(escapeHtml).join('<br>'));
  const header = [
    'plans.name',
    'plans.description',
    'plans.dispatch',
    'plans.shifts',
    'plans.platforms',
    'plans.patrols',
    'plans.cost',
  ] as const;
  return table(
    header.map((key) => text(t(key))),
    plans.map((plan) => [
      text(ctx.planLabel(plan.name)),
      text(ctx.text(plan.description)),
      text(t(`dispatch.${plan.dispatch}`)),
      lines(plan.officers.shifts.map((shift) => describeShift(shift, plan, ctx, t))),
      lines(
        plan.platforms.map((p) =>
          t('plans.platformValue', {
            site: ctx.siteName(p.site),
            staff: p.staff,
            coverage: compact(p.coverageMinutes),
            start: p.hours.start,
            end: p.hours.end,
          }),
        ),
      ),
      lines(
        plan.patrols.map((p) =>
          t('plans.patrolValue', {
            id: p.id,
            teams: p.teams,
            stops: p.route.map((site) => ctx.siteName(site)).join(' → '),
            dwell: compact(p.dwellMinutes),
            start: p.hours.start,
            end: p.hours.end,
          }),
        ),
      ),
      text(plan.cost === undefined ? t('value.none') : describeCost(plan.cost, t)),
    ]),
  );
}

/** A plan's cost per staff-hour of each responder kind, in registry order. */
function describeCost(cost: NonNullable<Plan['cost']>, t: Translate): string {
  return RESPONDER_KIND_NAMES.map((kind) =>
    t('plans.costItem', {
      kind: t(`cost.${kind}`),
      value: compact(cost[RESPONDER_KINDS[kind].costKey]),
    }),
  ).join(t('plans.costSeparator'));
}

/**
 * A distribution in words, e.g. "lognormal, mean 20, coefficient of variation 0.6".
 *
 * @example describeDistribution({ dist: 'constant', value: 1 }, t) // 'constant 1'
 */
export function describeDistribution(d: Distribution, t: Translate): string {
  switch (d.dist) {
    case 'constant':
      return t('dist.constant', { value: compact(d.value) });
    case 'uniform':
      return t('dist.uniform', { min: compact(d.min), max: compact(d.max) });
    case 'exponential':
      return t('dist.exponential', { mean: compact(d.mean) });
    case 'normal':
      return t('dist.normal', { mean: compact(d.mean), sd: compact(d.sd) });
    case 'lognormal':
      return t('dist.lognormal', { mean: compact(d.mean), cv: compact(d.cv) });
    case 'gamma':
      return t('dist.gamma', { mean: compact(d.mean), cv: compact(d.cv) });
    case 'triangular':
      return t('dist.triangular', {
        min: compact(d.min),
        mode: compact(d.mode),
        max: compact(d.max),
      });
    case 'weibull':
      return t('dist.weibull', { shape: compact(d.shape), scale: compact(d.scale) });
    case 'empirical':
      return t('dist.empirical', { count: d.values.length });
  }
}

/** A scenario figure as written, without floating-point noise (e.g. 100 × 0.05 = 5.000000000000001). */
function compact(value: number): string {
  return String(Number(value.toPrecision(10)));
}

/**
 * One shift as the plans table shows it: hours, units, where posted (by the plans' own rule,
 * `shiftBase`) or the route walked, days and breaks.
 *
 * @example describeShift(shift, plan, ctx, t) // '07:00–19:00: 1 × 2 officers on foot, posted at Bailong lot'
 */
export function describeShift(
  s: Plan['officers']['shifts'][number],
  plan: Plan,
  ctx: { siteName(id: string): string },
  t: Translate,
): string {
  const { start, end, cars, crew } = s;
  const mode = t(`mode.${s.mode ?? 'vehicle'}`);
  const shift =
    s.patrol !== undefined
      ? t('plans.shiftPatrolValue', {
          start,
          end,
          cars,
          crew,
          mode,
          stops: s.patrol.route.map((site) => ctx.siteName(site)).join(' → '),
        })
      : s.base === undefined && s.mode === undefined
        ? t('plans.shiftValue', { start, end, cars, crew })
        : t('plans.shiftPostedValue', {
            start,
            end,
            cars,
            crew,
            mode,
            site: ctx.siteName(shiftBase(plan.officers, s)),
          });
  const days = s.days?.map((day) =>
    typeof day === 'number' ? t('plans.dayNumber', { n: day }) : day,
  );
  const dated = days === undefined ? shift : t('plans.shiftDays', { shift, days: days.join(', ') });
  return s.mealBreak === undefined
    ? dated
    : t('plans.shiftBreak', {
        shift: dated,
        minutes: compact(s.mealBreak.minutes),
        from: s.mealBreak.from,
      });
}
