/**
 * The service-standards verdict in words (en or zh), for the console and the top of the report:
 * the lead sentence (the cheapest plan meeting every standard, or the closest plan and what it
 * misses, with any standard on which it is significantly worse than the baseline in the same
 * sentence), one line per plan, and the method note; and the console table of every plan ×
 * standard.
 */
import type { Translate } from '../i18n/messages.js';
import type { Interval } from '../stats/interval.js';
import type { StandardJudgement } from '../stats/standards-judgement.js';
import type { PlanStanding, StandardsVerdict } from '../stats/standards-verdict.js';
import type { DisplayNames } from './display-names.js';
import { formatNumber, formatSigned } from './number-format.js';
import { asciiTable } from './table-format.js';

/** Decimals of shares and differences (percent, points). */
const SHARE_DECIMALS = 1;
/** Decimals of cost and staff-hours. */
const COST_DECIMALS = 0;

/** The verdict's sentences: the lead sentence, one line per plan, the method note. */
export interface VerdictText {
  readonly lead: string;
  readonly planLines: readonly string[];
  readonly method: string;
}

/**
 * The verdict in words.
 *
 * @param comparison whether plans were compared against a baseline (false for `run`)
 * @param names what plans and standards are called in the sentences
 * @example
 * ```ts
 * verdictText(verdict, translator('zh'), true, displayNames(scenario, 'zh')).lead;
 * ```
 */
export function verdictText(
  verdict: StandardsVerdict,
  t: Translate,
  comparison: boolean,
  names: DisplayNames,
): VerdictText {
  const star = comparison ? t('standards.methodStar') : '';
  const method = `${t('standards.method', { tests: verdict.tests })}${star}`;
  if (verdict.chosen === null) return { lead: t('standards.none'), planLines: [], method };
  const words: Words = { t, names };
  const standing = verdict.standings.find((s) => s.plan === verdict.chosen!.plan)!;
  const lead = comparison ? comparisonLead(verdict, standing, words) : singleLead(standing, words);
  const planLines = comparison ? verdict.standings.map((s) => planLine(verdict, s, words)) : [];
  return { lead, planLines, method };
}

/** The translator and the names the sentences are written with. */
interface Words {
  readonly t: Translate;
  readonly names: DisplayNames;
}

/**
 * The console block: the table of every plan × standard, then the verdict's title, lead
 * sentence, plan lines (indented) and method note.
 */
export function formatStandardsBlock(
  judgements: readonly StandardJudgement[],
  verdict: StandardsVerdict,
  t: Translate,
  comparison: boolean,
  names: DisplayNames,
): string {
  const text = verdictText(verdict, t, comparison, names);
  return [
    formatStandardsTable(judgements, t, names),
    t('standards.title'),
    text.lead,
    ...text.planLines.map((line) => `  ${line}`),
    text.method,
  ].join('\n');
}

/** The console table: a row per plan and standard. */
export function formatStandardsTable(
  judgements: readonly StandardJudgement[],
  t: Translate,
  names: DisplayNames,
): string {
  const table = asciiTable(
    [
      t('standards.head.plan'),
      t('standards.head.standard'),
      t('standards.head.share'),
      t('standards.head.required'),
      t('standards.head.verdict'),
      t('standards.head.difference'),
    ],
    true,
  );
  for (const j of judgements) {
    table.push([
      names.plan(j.plan),
      names.standard(j),
      shareWithInterval(j.share),
      formatNumber(j.required, SHARE_DECIMALS),
      t(`standards.status.${j.status}`),
      j.difference === null ? '' : differenceCell(j),
    ]);
  }
  return table.toString();
}

function comparisonLead(verdict: StandardsVerdict, standing: PlanStanding, w: Words): string {
  const { t, names } = w;
  const caveat = caveatOf(verdict, standing, w);
  if (verdict.chosen!.reason === 'closest') {
    const { tiedWith } = verdict.chosen!;
    return t('standards.noneMeetsAll', {
      plan: names.plan(standing.plan),
      tied:
        tiedWith.length === 0
          ? ''
          : t('standards.tied', {
              plans: planList(tiedWith, w),
              why: preferenceText(verdict, standing, w),
            }),
      met: standing.met.length,
      total: judgedCount(standing),
      misses: missesOf(standing, w),
      caveat,
    });
  }
  const values = {
    plan: names.plan(standing.plan),
    cost: costText(verdict, standing.cost, t),
    costVsBaseline: costVersusBaseline(verdict, standing, w),
    caveat,
  };
  if (verdict.meetingAll.length === 1) return t('standards.onlyOneMeets', values);
  const all = t('standards.meetAll', { plans: planList(verdict.meetingAll, w) });
  const { asCheapAs } = verdict.chosen!;
  const cheapest =
    asCheapAs.length === 0
      ? t('standards.cheapest', values)
      : t('standards.cheapestByMean', { ...values, plans: planList(asCheapAs, w) });
  return `${all} ${cheapest}`;
}

/**
 * Why the closest plan is named before the first plan as close as it, with the two counts or
 * costs that decided it (the rule the verdict records: docs/statistics.md).
 */
function preferenceText(verdict: StandardsVerdict, standing: PlanStanding, w: Words): string {
  const { preferredFor, tiedWith } = verdict.chosen!;
  const other = verdict.standings.find((s) => s.plan === tiedWith[0])!;
  const runnerUp = w.names.plan(other.plan);
  switch (preferredFor) {
    case 'fewer-worse':
      return w.t('standards.preferredFor.fewer-worse', {
        runnerUp,
        own: standing.worse.length,
        other: other.worse.length,
      });
    case 'more-better':
      return w.t('standards.preferredFor.more-better', {
        runnerUp,
        own: standing.better.length,
        other: other.better.length,
      });
    case 'lower-cost':
      return w.t('standards.preferredFor.lower-cost', {
        runnerUp,
        measure: w.t(`standards.costMeasure.${verdict.costMeasure}`),
        own: formatNumber(standing.cost.mean, COST_DECIMALS),
        other: formatNumber(other.cost.mean, COST_DECIMALS),
      });
    default:
      return w.t('standards.preferredFor.listed-first', { runnerUp });
  }
}

/** Plans by their labels, separated as the language separates them. */
function planList(plans: readonly string[], { t, names }: Words): string {
  return plans.map((plan) => names.plan(plan)).join(t('standards.planSeparator'));
}

function singleLead(standing: PlanStanding, w: Words): string {
  const total = judgedCount(standing);
  const plan = w.names.plan(standing.plan);
  if (standing.notMet.length + standing.undecided.length === 0 && standing.met.length > 0) {
    return w.t('standards.singleMeetsAll', { plan, total });
  }
  return w.t('standards.singleMisses', {
    plan,
    met: standing.met.length,
    total,
    misses: missesOf(standing, w),
  });
}

/** One plan: how many standards it meets, which it misses, where it differs from the baseline. */
function planLine(verdict: StandardsVerdict, standing: PlanStanding, w: Words): string {
  const { t, names } = w;
  const baseline = names.plan(verdict.baseline);
  const list = (items: readonly StandardJudgement[], item: (j: StandardJudgement) => string) =>
    items.map(item).join(t('standards.listSeparator'));
  const part = (
    key: Parameters<Translate>[0],
    items: readonly StandardJudgement[],
    item: (j: StandardJudgement) => string,
  ) => (items.length === 0 ? '' : t(key, { list: list(items, item), baseline }));
  return t('standards.planLine', {
    plan: names.plan(standing.plan),
    met: standing.met.length,
    total: judgedCount(standing),
    notMet: part('standards.planNotMet', standing.notMet, (j) => missText(j, w)),
    undecided: part('standards.planUndecided', standing.undecided, (j) =>
      missText(j, w, 'standards.undecidedItem'),
    ),
    notApplicable: part('standards.planNotApplicable', standing.notApplicable, (j) =>
      names.standard(j),
    ),
    worse: part('standards.planWorse', standing.worse, (j) => changeText(j, w)),
    better: part('standards.planBetter', standing.better, (j) => changeText(j, w)),
    cost: costText(verdict, standing.cost, t),
    costVsBaseline: costVersusBaseline(verdict, standing, w),
  });
}

/** The standards that apply to a plan. */
function judgedCount(standing: PlanStanding): number {
  return standing.met.length + standing.notMet.length + standing.undecided.length;
}

/** What the plan misses: not met (by how much), undecided, and not applicable. */
function missesOf(standing: PlanStanding, w: Words): string {
  return [...standing.notMet, ...standing.undecided, ...standing.notApplicable]
    .map((j) => missText(j, w))
    .join(w.t('standards.listSeparator'));
}

/**
 * A standard the plan misses: its share with its interval, and by how much (of the mean) when
 * not met; its interval when undecided (`undecided` names the message, for lists already headed
 * "undecided").
 */
function missText(
  j: StandardJudgement,
  { t, names }: Words,
  undecided: 'standards.missUndecided' | 'standards.undecidedItem' = 'standards.missUndecided',
): string {
  const name = names.standard(j);
  const share = formatNumber(j.share.mean, SHARE_DECIMALS);
  const required = formatNumber(j.required, SHARE_DECIMALS);
  if (j.status === 'not-applicable') return t('standards.missNotApplicable', { name });
  if (j.status === 'undecided') {
    const { low, high } = shownShare(j.share);
    return t(undecided, {
      name,
      share,
      low: formatNumber(low, SHARE_DECIMALS),
      high: formatNumber(high, SHARE_DECIMALS),
      required,
    });
  }
  const short = formatNumber(j.required - j.share.mean, SHARE_DECIMALS);
  return t('standards.missShort', {
    name,
    share,
    interval: intervalSuffix(j.share),
    required,
    short,
  });
}

/**
 * The caveat that goes in the same sentence as the chosen plan: the standards on which it is
 * significantly worse than the baseline, or that it is worse on none.
 */
function caveatOf(verdict: StandardsVerdict, standing: PlanStanding, w: Words): string {
  const { t, names } = w;
  const baseline = names.plan(verdict.baseline);
  if (standing.plan === verdict.baseline) return t('standards.caveatIsBaseline');
  if (standing.worse.length === 0) return t('standards.caveatNotWorse', { baseline });
  return t('standards.caveatWorse', {
    baseline,
    worse: standing.worse.map((j) => changeText(j, w)).join(t('standards.listSeparator')),
  });
}

function changeText(j: StandardJudgement, { t, names }: Words): string {
  return t('standards.changeItem', {
    name: names.standard(j),
    diff: rangeText(j.difference!, SHARE_DECIMALS),
  });
}

function costText(verdict: StandardsVerdict, cost: Interval, t: Translate): string {
  return t('standards.cost', {
    measure: t(`standards.costMeasure.${verdict.costMeasure}`),
    value: formatNumber(cost.mean, COST_DECIMALS),
  });
}

function costVersusBaseline(verdict: StandardsVerdict, standing: PlanStanding, w: Words) {
  if (standing.costDifference === null) return '';
  return w.t('standards.costVsBaseline', {
    diff: rangeText(standing.costDifference, COST_DECIMALS),
    baseline: w.names.plan(verdict.baseline),
  });
}

/** `+1.2 [0.4, 2.0]`, or `+1.2` without an interval. */
function rangeText(ci: Interval, decimals: number): string {
  const mean = formatSigned(ci.mean, decimals);
  if (Number.isNaN(ci.halfWidth)) return mean;
  return `${mean} [${formatSigned(ci.low, decimals)}, ${formatSigned(ci.high, decimals)}]`;
}

/**
 * A share's interval as it is shown: cut to 0–100 %, where every share of incidents lies (the
 * t interval is symmetric and can reach past either end; cutting it loses no coverage).
 *
 * @example shownShare({ ...ci, low: 97, high: 101.4 }) // { ...ci, low: 97, high: 100 }
 */
export function shownShare(ci: Interval): Interval {
  return { ...ci, low: Math.max(0, ci.low), high: Math.min(100, ci.high) };
}

/** ` [low, high]` of a share, or '' when it has no interval (a single replication). */
function intervalSuffix(ci: Interval): string {
  if (Number.isNaN(ci.halfWidth)) return '';
  const { low, high } = shownShare(ci);
  return ` [${formatNumber(low, SHARE_DECIMALS)}, ${formatNumber(high, SHARE_DECIMALS)}]`;
}

function shareWithInterval(ci: Interval): string {
  if (ci.n === 0) return '-';
  return `${formatNumber(ci.mean, SHARE_DECIMALS)}${intervalSuffix(ci)}`;
}

function differenceCell(j: StandardJudgement): string {
  if (j.difference === null || j.difference.n === 0) return '-';
  const star = j.change === 'better' || j.change === 'worse' ? ' *' : '';
  return `${rangeText(j.difference, SHARE_DECIMALS)}${star}`;
}
