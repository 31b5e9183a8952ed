/**
 * English text of the service-standards verdict, shared by the console and the report (spread
 * into messages-en.ts; messages-standards-zh.ts has the same keys and placeholders).
 */
export const STANDARDS_EN_MESSAGES = {
  'standards.title': 'Verdict on the service standards',
  'standards.meetAll': 'Plans that meet every standard: {plans}.',
  'standards.cheapest': 'The cheapest of them is {plan}: {cost}{costVsBaseline}{caveat}.',
  'standards.cheapestByMean':
    'The cheapest of them by mean cost is {plan}, but its cost does not differ significantly from that of {plans}: {cost}{costVsBaseline}{caveat}.',
  'standards.onlyOneMeets': 'Only {plan} meets every standard: {cost}{costVsBaseline}{caveat}.',
  'standards.noneMeetsAll':
    'No plan meets every standard. The closest is {plan}, meeting {met} of {total}{tied}; it misses {misses}{caveat}.',
  'standards.tied': ' (as many as {plans}; {why})',
  'standards.preferredFor.fewer-worse':
    'it is named for being significantly worse than the baseline on fewer standards: {own} against {other} for {runnerUp}',
  'standards.preferredFor.more-better':
    'it is named for being significantly better than the baseline on more standards: {own} against {other} for {runnerUp}',
  'standards.preferredFor.lower-cost':
    'the standards do not tell it from {runnerUp} (as many significantly worse and better than the baseline), so it is named for its lower {measure}: {own} against {other}',
  'standards.preferredFor.listed-first':
    'neither the standards nor the cost tell it from {runnerUp}; it is named because it is listed first',
  'standards.singleMeetsAll': '{plan} meets every standard ({total}).',
  'standards.singleMisses': '{plan} meets {met} of {total} standards; it misses {misses}.',
  'standards.none': 'There are no service standards to judge the plans by.',
  'standards.noFile':
    'This results folder has no standards.csv (an older peakwatch wrote it): run the comparison again for the verdict on the service standards.',
  'standards.caveatWorse':
    ', but it is significantly worse than the baseline {baseline} on {worse}',
  'standards.caveatNotWorse':
    ', and it is not significantly worse than the baseline {baseline} on any standard',
  'standards.caveatIsBaseline': ' (it is the baseline)',
  'standards.cost': '{measure} {value}',
  'standards.costVsBaseline': ' ({diff} against {baseline})',
  'standards.missShort':
    '{name} ({share} %{interval}, required {required} %: {short} points short)',
  'standards.missUndecided': '{name} (undecided: {share} % [{low}, {high}], required {required} %)',
  'standards.undecidedItem': '{name} ({share} % [{low}, {high}], required {required} %)',
  'standards.missNotApplicable': '{name} (not applicable: no incident it covers)',
  'standards.changeItem': '{name} ({diff} points)',
  'standards.planLine':
    '{plan}: meets {met} of {total}{notMet}{undecided}{notApplicable}{worse}{better}; {cost}{costVsBaseline}.',
  'standards.planNotMet': '; not met: {list}',
  'standards.planUndecided': '; undecided: {list}',
  'standards.planNotApplicable': '; not applicable: {list}',
  'standards.planWorse': '; significantly worse than {baseline} on: {list}',
  'standards.planBetter': '; significantly better than {baseline} on: {list}',
  'standards.method':
    'Met, not met and significantly better or worse are decided by t tests over replications, Holm-adjusted over the {tests} plan × standard pairs at a 5 % family-wise error rate; intervals are 95 % Student t intervals (docs/statistics.md).',
  'standards.methodStar':
    ' * marks a difference from the baseline that is significant after this adjustment: an interval that excludes zero may still have none.',
  'standards.listSeparator': '; ',
  'standards.planSeparator': ', ',
  'standards.costMeasure.cost': 'cost',
  'standards.costMeasure.staffHours': 'staff-hours',
  'standards.status.met': 'met',
  'standards.status.not-met': 'not met',
  'standards.status.undecided': 'undecided',
  'standards.status.not-applicable': 'not applicable',
  'standards.head.plan': 'Plan',
  'standards.head.standard': 'Standard',
  'standards.head.share': 'Share met (%)\n95 % interval',
  'standards.head.required': 'Required\n(%)',
  'standards.head.verdict': 'Verdict',
  'standards.head.difference': 'Against baseline\n(points)',
  'standards.head.covered': 'Incidents\ncovered',
  'standards.head.shareMet': 'Share met\n(%)',
  'standards.head.why': 'Why short',
  'standards.by.type': 'Type',
  'standards.by.site': 'Site',
  'standards.by.day': 'Day',
  'standards.by.hour': 'Hour',
  'standards.why.unreachable': 'unreachable (fastest {fastest} min)',
  'standards.why.nobody': 'unreachable (nobody on duty can come)',
  'standards.why.capacity-short': 'capacity short',
  'standards.whyLegend':
    "Incidents covered: over all replications; share met: met / covered. Unreachable: even the nearest base, post or patrol stop that could send the required responder cannot arrive in time at free-flow speed (fastest possible arrival from the standard's clock start), so more responders at the same places cannot help. Capacity short: reachable in time, yet below the required share (responders busy, far or late to hear of it).",
  'standards.cells.title': 'Where and when the standards fail',
  'standards.cells.intro':
    'For each standard, the share of covered incidents that met it by site and hour of day of the occurrence (all replications pooled; the number of incidents under it). ⊘ marks cells where the standard is unreachable under the plan: even the nearest base or post that could send the required responder cannot arrive in time at free-flow speed, so a ⊘ cell with a share above 0 holds incidents met by a responder who happened to be out nearby (returning from another incident, say). Red cells are short of the required share although reachable: capacity short.',
  'standards.cells.none':
    'This results folder has no standards-by-site-hour.csv (an older peakwatch wrote it).',
  'standards.cells.site': 'Site',
  'standards.cells.unreachable': 'unreachable',
} as const;
