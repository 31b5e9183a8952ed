/**
 * English text of the service-standards verdict, shared by the console and the report (spread
 * into messages-en.ts; messages-standards-zh.ts has the same keys and placeholders).
 */
export const STANDARDS_EN_MESSAGES = {
  'standards.title': 'Verdict on the service standards',
  'standards.meetAll': 'Plans that meet every standard: {plans}.',
  'standards.cheapest': 'The cheapest of them is {plan}: {cost}{costVsBaseline}{caveat}.',
  'standards.onlyOneMeets': 'Only {plan} meets every standard: {cost}{costVsBaseline}{caveat}.',
  'standards.noneMeetsAll':
    'No plan meets every standard. The closest is {plan}, meeting {met} of {total}; it misses {misses}{caveat}.',
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
  'standards.missShort': '{name} ({share} %, required {required} %: {short} points short)',
  'standards.missUndecided': '{name} (undecided: {share} % [{low}, {high}], required {required} %)',
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
  'standards.listSeparator': '; ',
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
} as const;
