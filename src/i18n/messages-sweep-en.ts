/**
 * English text of a sweep's and a sensitivity analysis's report and console (`*.console.*` keys:
 * the tables on stdout), spread into messages-en.ts; messages-sweep-zh.ts has the same keys and
 * placeholders.
 */
export const SWEEP_EN_MESSAGES = {
  'sweep.title': 'What-if sweep: {scenario}',
  'sweep.meta.kind': 'a sweep of {points} grid points, every plan at each on the same replications',
  'sweep.meta.varied': 'Varied values',
  'sweep.meta.overrides': 'Applied at every point',
  'sweep.breaks.title': 'Where each standard stops being met',
  'sweep.breaks.intro':
    'Along each varied value, where the share of incidents meeting a standard crosses its required share (the shares are interpolated linearly between grid points), and the range of values the 95 % intervals of the share do not rule out. “≤” or “≥” at an end: the range may reach past the grid.',
  'sweep.breaks.none': 'No varied value is a number, so there are no break points.',
  'sweep.breaks.head.along': 'Along',
  'sweep.breaks.head.held': 'Held at',
  'sweep.breaks.head.plan': 'Plan',
  'sweep.breaks.head.standard': 'Standard (required)',
  'sweep.breaks.head.break': 'Break point',
  'sweep.breaks.head.range': 'Not ruled out',
  'sweep.break.falls': 'falls below at {value}',
  'sweep.break.rises': 'reaches it at {value}',
  'sweep.break.met-throughout': 'met at every value',
  'sweep.break.missed-throughout': 'below at every value',
  'sweep.break.not-applicable': 'not applicable',
  'sweep.break.noRange': 'none in the grid',
  'sweep.standards.title': 'Service standards against the varied value',
  'sweep.standards.intro':
    'For each standard, the share of covered incidents that met it at each grid point: a line per plan with its 95 % interval as a band. The dashed rule is the required share; a vertical mark is a plan’s break point, the bar on the rule the values not ruled out.',
  'sweep.measures.title': 'Headline measures against the varied value',
  'sweep.measures.intro':
    'The headline measures at each grid point: a line per plan with its 95 % interval as a band.',
  'sweep.heat.title': 'Service standards across the grid',
  'sweep.heat.intro':
    'For each standard and plan, the share met in every cell of the grid (colour: red below the required share, green above); ✓ met, ✗ not met, ? undecided (the verdict of the comparison at that point).',
  'sweep.chartsNeedAxes':
    'Charts need one or two varied values; this sweep varies {count}. sweep.csv holds every number.',
  'sweep.axis.share': '% of covered incidents that met it',
  'sweep.required': 'required {share} %',
  'sweep.about.title': 'How to read a sweep',
  'sweep.about.paired':
    'Every grid point and every plan ran the same replications (common random numbers): within a point the plans met the same incidents, and across points each replication kept its random numbers. Neighbouring points are therefore correlated: their curves are smoother than independent runs would give, and overlapping intervals at two points do not show that the value has no effect.',
  'sweep.about.files':
    'Each grid point’s comparison is in its point-K folder (peakwatch report draws its own report); sweep.csv and sweep-break-points.csv hold every number shown here.',
  'sweep.console.point': 'Point',
  'sweep.console.baselinePlan': '{plan} (baseline)',
  'sweep.console.standardsMet': 'Standards met',
  'sweep.console.pointCount': '{points} point(s); {note}',
  'sweep.console.breaksTitle':
    "Break points (where each standard's share crosses its required share):",
  'sweep.console.standard': 'Standard',
  'sweep.console.required': 'Required %',
  'sweep.console.rises': 'rises to at {value}',
  'sweep.console.noRange': 'none',
  'sens.title': 'Sensitivity of {plan}: {scenario}',
  'sens.meta.kind':
    'each uncertain input moved by −{change} % and +{change} %, one at a time, on the same replications',
  'sens.meta.plan': 'Plan',
  'sens.tornado.title': 'What moves each standard',
  'sens.tornado.intro':
    'For each standard, the change in the share met when one input is moved down (upper bar) or up (lower bar) and every other input stays as it is: the paired difference from the scenario as it is, over the same replications, with its 95 % interval as a line. Inputs are sorted by their larger effect, largest first.',
  'sens.base': '{share} %{interval} met with the scenario as it is',
  'sens.axis.effect': 'change in the share met (points)',
  'sens.down': '−{change} %',
  'sens.up': '+{change} %',
  'sens.none':
    'The scenario has no service standards; sensitivity.csv holds the headline measures.',
  'sens.about':
    'Every point ran the same replications with the same random numbers, so each bar is a paired difference. An input that changes the number of incidents (visitors, a rate) pairs less well than one that changes only what happens to them (a delay, a travel time): its intervals are wider for the same replications (docs/statistics.md). sensitivity.csv holds every number, the headline measures too; each point-K folder is a comparison of its own.',
  'sens.console.heading':
    'Plan {plan}, each input moved by -{change} % and +{change} %, {replications} replications on the same random numbers:',
  'sens.console.none': 'No service standards: see sensitivity.csv for the measures.',
  'sens.console.input': 'Input',
  'sens.console.base':
    '{standard}: {share} % met at the base point; effect in points, largest first',
  'sens.input.visitors': 'Visitors per day',
  'sens.input.rate': 'Rate of {type}',
  'sens.input.detection:phone': 'Phone report delay',
  'sens.input.detection:platform': 'Platform detection delay',
  'sens.input.detection:patrol': 'Patrol report delay',
  'sens.input.travel': 'Travel times',
  'sens.input.onScene': 'On-scene times',
} as const;
