/**
 * English text of the report: every label, title and sentence, by key. `{name}` marks where
 * a value goes. The Chinese dictionary (messages-zh.ts) must have exactly these keys and
 * placeholders; a test checks it.
 */

import { kindMessages } from './kind-messages.js';
import { OPTIMIZE_EN_MESSAGES } from './messages-optimize-en.js';
import { STANDARDS_EN_MESSAGES } from './messages-standards-en.js';
import { SWEEP_EN_MESSAGES } from './messages-sweep-en.js';

/** The English dictionary (the standards' verdict text comes from messages-standards-en.ts). */
export const EN_MESSAGES = {
  ...STANDARDS_EN_MESSAGES,
  ...SWEEP_EN_MESSAGES,
  ...OPTIMIZE_EN_MESSAGES,
  ...kindMessages('en'),
  'report.title': 'Staffing report: {scenario}',
  'report.generated':
    'Drawn from the files of this results folder, written by peakwatch {version}.',
  'report.contents': 'Contents',
  'report.footnote':
    'Numbers are rounded for display; the CSV files in this folder hold every digit. Intervals are 95 % Student t intervals over replications, and differences are paired by replication (see docs/statistics.md).',

  'meta.folder': 'Results folder',
  'meta.kind': 'Contents',
  'meta.replications': 'Replications',
  'meta.seed': 'Seed',
  'meta.plans': 'Plans',
  'meta.baseline': 'Baseline',
  'meta.period': 'Simulated period',
  'meta.periodValue': '{days} days from {start}',
  'meta.periodValueOne': '1 day from {start}',
  'kind.run': 'one plan',
  'kind.compare': 'comparison of plans',

  'warn.title': 'What this report could not show',
  'warn.scenarioMissing':
    'This results folder has no copy of its scenario (it was made by an older peakwatch), so the map and the assumptions are left out and sites and incident types are shown by their ids.',
  'warn.scenarioChanged':
    'This results folder’s copy of its scenario is not the one its manifest names (a different SHA-256: the folder was edited), so the map and the assumptions are left out and sites and incident types are shown by their ids.',
  'warn.scenarioInvalid':
    'This results folder’s copy of its scenario does not load ({message}), so the map and the assumptions are left out and sites and incident types are shown by their ids.',
  'warn.noIncidents':
    'No incident records (incidents.csv) for: {plans}. Response-time distributions, incidents by hour and the map colours need them; what the summaries allow is shown instead.',
  'warn.noOccupancy':
    'No crowd occupancy records (occupancy.csv), so the crowd by hour is left out.',
  'warn.noUtilisationByHour':
    'The responder records have no busy and on-duty minutes by hour (columns {columns}), so officer utilisation is shown for the whole run instead of by hour.',
  'warn.shard': 'This folder holds only shard {index} of {count} (replications {first} to {last}).',

  'headline.title': 'At a glance',

  'table.title': 'Headline measures',
  'table.intro':
    'Each cell: the mean over replications ± the half-width of its 95 % interval; below it, the paired difference from the baseline with its interval, marked * where the interval excludes zero.',
  'table.introRun': 'Each cell: the mean over replications ± the half-width of its 95 % interval.',
  'table.measure': 'Measure',
  'table.baseline': 'baseline',

  'share.title': 'Reached within target',
  'share.intro':
    'Share of incidents whose required responder (officers when the incident needed them, otherwise the first responder) was on scene within the incident type’s target after the alert; and, of the incidents that needed officers, the share with the officers on scene within target. Dots: means over replications; bars: 95 % intervals.',

  'response.title': 'Response times',
  'response.intro':
    'Share of incidents reached within a given number of minutes after the alert, pooled over replications: the higher and further left a curve, the faster the plan. The axis stops at the 99th percentile. Each plan has its own colour and dash pattern: where two plans coincide, the dashed curve lies on the other. Dashed vertical lines mark the incident types’ targets.',
  'response.first': 'Alert to first responder on scene',
  'response.officers': 'Alert to the required officers on scene (incidents that needed officers)',
  'response.fromSummaries':
    'Without incident records the distributions are summarised by quantiles: the mean over replications of each run’s median and upper percentiles, with 95 % intervals.',
  'response.noData': 'No incident needed officers.',
  'response.targetLine': 'target {minutes} min',
  'response.targets': 'Targets: {targets}.',
  'response.targetTypes': '{minutes} min for {types}',

  'hours.title': 'Crowd and incidents by hour',
  'hours.intro': 'Means over replications, hour by hour over the simulated days.',
  'hours.occupancy': 'Visitors present at all sites together',
  'hours.incidents': 'Incidents per hour, by type',
  'hours.heatmap': 'Visitors present, by site',
  'hours.sourceCrn':
    'Incidents of plan {plan}: with common random numbers every plan meets the same incidents.',
  'hours.sourceIndependent':
    'Incidents of plan {plan}: this comparison used independent random streams, so other plans met other incidents.',
  'hours.dayTick': 'Day {day}',
  'hours.dateTick': '{monthName} {day}',
  'hours.clockTick': '{hour}:00',

  'util.title': 'Officer utilisation by hour',
  'util.intro':
    'Share of on-duty officer time spent travelling to, working at or returning from incidents, hour by hour (weighted by crew, mean over replications; band: 95 % interval).',
  'util.overall': 'Officer utilisation over the whole run',
  'util.none': 'No plan has officers.',

  'recovery.title': 'Recovery of lost items and people',
  'recovery.intro':
    'Share of lost items and lost people found in the search; the chance falls the longer the search takes to start. Means over replications with 95 % intervals.',
  'recovery.all': 'All lost items and people',
  'recovery.none': 'No incident type of this run has a recovery model.',
  'recovery.hourTitle': 'Found within an hour of the alert',

  'map.title': 'Map of the sites',
  'map.intro':
    'A schematic map from the sites’ coordinates (north up, equirectangular projection), one per plan with its platforms and patrol routes. Site colour: mean minutes from the alert to the first responder on scene there, over all replications.',
  'map.station': 'Police station',
  'map.postLegend':
    'Police post: officers based at the site (a post at a platform is a joint police–community post)',
  'map.post': 'police post',
  'map.jointPost': 'joint police–community post',
  'map.officerPatrol': 'Officers on a patrol route, shift {shift}',
  'map.site': 'Site',
  'map.siteNoData': 'Site without incidents (grey)',
  'map.platform':
    'Platform (community post staffed by volunteers and auxiliary staff, not a police post)',
  'map.coverage':
    'Platform coverage: its walking minutes drawn as a circle at an assumed walking speed of {speed} km/h',
  'map.coverageScenario':
    'Platform coverage: its walking minutes drawn as a circle at {speed} km/h in a straight line, the median speed over the scenario’s walking links',
  'map.north': 'N',
  'map.covered': 'Site the model counts as covered (within the walking minutes along the paths)',
  'map.patrol': 'Patrol route (stops joined in walking order)',
  'map.response': 'Mean minutes from alert to first on scene',
  'map.noData': 'No incidents at this site',
  'map.scale': '{meters} m',
  'map.noCoordinates': 'Sites without coordinates, not drawn: {sites}.',
  'map.unavailable': 'The map needs the run’s scenario file (see the note at the top).',
  'map.noIncidents': 'No incident records for this plan, so its sites are not coloured.',
  'map.siteTable': 'Mean minutes from alert to first on scene, by site',
  'map.incidentsAt': '{count} incidents',

  'assumptions.title': 'Assumptions of the scenario',
  'assumptions.intro':
    'As written in the scenario file {path}. Figures the file marks as estimates are its authors’ judgement.',
  'assumptions.general': 'Scenario',
  'assumptions.name': 'Name',
  'assumptions.description': 'Description',
  'assumptions.overrides': 'Changed from the file by the command line',
  'assumptions.period': 'Period',
  'assumptions.timeZone': 'Time zone',
  'assumptions.visitors': 'Visitors entering per day',
  'assumptions.demandCv': 'Day-to-day demand uncertainty (coefficient of variation)',
  'assumptions.arrivals': 'Entries by time of day (relative weights)',
  'assumptions.congestion': 'Vehicle congestion',
  'assumptions.congestionHours': '{from}–{to}: ×{factor}',
  'assumptions.crowding': 'slower by crowding at the destination, factor {value}',
  'assumptions.variation': 'Trip time variation (coefficient of variation)',
  'assumptions.detection': 'Detection and reporting (minutes)',
  'assumptions.sites': 'Sites',
  'assumptions.types': 'Incident types',
  'assumptions.plans': 'Plans',
  'assumptions.distribution': 'Minutes',
  'assumptions.channel': 'Channel',
  'detection.phone': 'A visitor phones the station',
  'detection.platform': 'Platform staff notice it (covered sites)',
  'detection.patrol': 'A passing patrol reports it',
  'detection.radio': 'Radio relay to the station',
  'detection.dispatch': 'Station decision before dispatch',

  'sites.name': 'Name',
  'sites.kind': 'Kind',
  'sites.capacity': 'Capacity (persons)',
  'sites.coordinates': 'Latitude, longitude',
  'sites.note': 'Note',

  'types.name': 'Type',
  'types.rate': 'Rate per 1,000 visitor-hours',
  'types.priority': 'Priority',
  'types.handlers': 'Handled by',
  'types.officers': 'Officers required',
  'types.escalation': 'Escalation',
  'types.escalationValue': '{probability} % need {officers} officers',
  'types.onScene': 'Minutes on scene',
  'types.target': 'Target (minutes after alert)',
  'types.recovery': 'Recovery',
  'types.recoveryValue': '{initial} % at once, halved every {halfLife} minutes of delay',
  'types.searchValue': '; the search takes {search}',

  'plans.name': 'Plan',
  'plans.description': 'Description',
  'plans.dispatch': 'Dispatch',
  'plans.shifts': 'Officer shifts',
  'plans.shiftValue': '{start}–{end}: {cars} cars × {crew} officers',
  'plans.shiftPostedValue': '{start}–{end}: {cars} × {crew} officers {mode}, posted at {site}',
  'plans.shiftPatrolValue':
    '{start}–{end}: {cars} × {crew} officers {mode}, on a patrol route: {stops}',
  'plans.shiftDays': '{shift}, only on {days}',
  'plans.dayNumber': 'day {n}',
  'plans.shiftBreak': '{shift}; {minutes}-minute meal breaks in turn from {from}',
  'mode.vehicle': 'by car',
  'mode.ebike': 'on e-bikes',
  'mode.foot': 'on foot',
  'plans.platforms': 'Platforms',
  'plans.platformValue': '{site}: {staff} staff, covers {coverage} walking minutes, {start}–{end}',
  'plans.patrols': 'Volunteer patrols',
  'plans.patrolValue': '{id}: {teams} teams, {stops}, {dwell} minutes per stop, {start}–{end}',
  'plans.cost': 'Cost per staff-hour',
  'plans.costItem': '{kind} {value}',
  'plans.costSeparator': ', ',

  'dispatch.nearest': 'nearest capable responder',
  'dispatch.platform-first': 'nearest platform first, officers when needed',

  'dist.constant': 'constant {value}',
  'dist.uniform': 'uniform {min}–{max}',
  'dist.exponential': 'exponential, mean {mean}',
  'dist.normal': 'normal, mean {mean}, standard deviation {sd}',
  'dist.lognormal': 'lognormal, mean {mean}, coefficient of variation {cv}',
  'dist.gamma': 'gamma, mean {mean}, coefficient of variation {cv}',
  'dist.triangular': 'triangular, {min}–{mode}–{max}',
  'dist.weibull': 'Weibull, shape {shape}, scale {scale}',
  'dist.empirical': 'empirical, {count} values',

  'siteKind.station': 'police station',
  'siteKind.parking': 'parking lot',
  'siteKind.viewpoint': 'viewpoint',
  'siteKind.elevator': 'elevator',
  'siteKind.shuttle-stop': 'shuttle stop',
  'siteKind.trail': 'trail',
  'siteKind.gate': 'gate',
  'siteKind.other': 'other',

  'manifest.title': 'Run manifest',
  'manifest.intro': 'How this folder was made (manifest.json), enough to reproduce it.',
  'manifest.command': 'Command',
  'manifest.commandLine': 'Command line',
  'manifest.peakwatch': 'peakwatch version',
  'manifest.node': 'Node.js version',
  'manifest.scenarioPath': 'Scenario file',
  'manifest.scenarioName': 'Scenario name',
  'manifest.scenarioSha': 'Scenario SHA-256',
  'manifest.seed': 'Seed',
  'manifest.replications': 'Replications',
  'manifest.replicationRange': 'Replications in this folder',
  'manifest.rangeValue': '{first} to {last}',
  'manifest.plans': 'Plans',
  'manifest.baseline': 'Baseline',
  'manifest.independentStreams': 'Independent random streams per plan',
  'manifest.precision': 'Precision rule',
  'manifest.precisionValue':
    'relative half-width below {target}, batches of {batch}, at most {cap} replications: {reached}',
  'manifest.shard': 'Shard',
  'manifest.shardValue': '{index} of {count}',
  'manifest.mergedFrom': 'Merged from',
  'manifest.workers': 'Worker threads',
  'manifest.startedAt': 'Started (UTC)',
  'manifest.finishedAt': 'Finished (UTC)',
  'manifest.wallSeconds': 'Elapsed',
  'manifest.files': 'Files',

  'month.1': 'Jan',
  'month.2': 'Feb',
  'month.3': 'Mar',
  'month.4': 'Apr',
  'month.5': 'May',
  'month.6': 'Jun',
  'month.7': 'Jul',
  'month.8': 'Aug',
  'month.9': 'Sep',
  'month.10': 'Oct',
  'month.11': 'Nov',
  'month.12': 'Dec',

  'value.yes': 'yes',
  'value.no': 'no',
  'value.none': 'none',
  'value.reached': 'reached',
  'value.notReached': 'not reached',
  'value.seconds': '{value} s',

  'axis.percentOfIncidents': '% of incidents',
  'axis.minutesAfterAlert': 'minutes after the alert',
  'axis.percentReached': '% of incidents reached',
  'axis.minutes': 'minutes',
  'axis.visitors': 'visitors present',
  'axis.utilisation': '% of on-duty time busy',
  'axis.percentRecovered': '% recovered',
  'axis.percentFoundHour': '% found within an hour of the alert',

  'unit.min': 'min',
  'unit.percent': '%',
  'unit.hours': 'h',
  'unit.count': '',
  'unit.cost': 'cost units',
  'unit.points': 'points',

  'console.measure': 'Measure',
  'console.replications': 'Replications',
  'console.baseline': '(baseline)',
  'console.cellNote':
    'Each cell: mean ±half-width of the {level} confidence interval over replications;',
  'console.differenceNote':
    'below it, the paired difference plan - {baseline} (for %, in percentage points); * its interval excludes zero.',
  'console.replicationsNote': 'Replications per plan: {replications}.',
  'console.noInterval': 'no interval',
  'console.precisionReached':
    'Replications per plan: {replications}, when every headline measure reached the precision target of {target} ({widest}).',
  'console.precisionNotReached':
    'Replications per plan: {replications} (the cap): the precision target of {target} was not reached ({widest}).',
  'console.widest': 'widest: {measure} of "{plan}", {value}',
  'console.noIntervalYet': 'no interval yet',

  'measure.incidents': 'Incidents',
  'measure.meanOccurrenceToFirst': 'Mean occurrence to first on scene',
  'measure.meanAlertToFirst': 'Mean alert to first on scene',
  'measure.medianAlertToFirst': 'Median alert to first on scene',
  'measure.p90AlertToFirst': '90th percentile alert to first on scene',
  'measure.p95AlertToFirst': '95th percentile alert to first on scene',
  'measure.meanAlertToOfficers': 'Mean alert to officers on scene',
  'measure.medianAlertToOfficers': 'Median alert to officers on scene',
  'measure.p90AlertToOfficers': '90th percentile alert to officers on scene',
  'measure.shareWithinTarget': 'Required responder within target',
  'measure.shareOfficersWithinTarget': 'Officers on scene within target',
  'measure.shareWaited': 'Waited for a free responder',
  'measure.meanWait': 'Mean wait of those who waited',
  'measure.meanWaitAll': 'Mean wait over all incidents (Wq)',
  'measure.recoveryRate': 'Lost items and persons recovered',
  'measure.foundWithinHour': 'Lost items and persons found within an hour of the alert',
  'measure.breakHours': 'Meal-break hours',
  'measure.divertedTrips': 'Trips diverted to a higher-priority incident',
  'measure.detectedByPlatformShare': 'Detected by a platform',
  'measure.detectedByPatrolShare': 'Detected by a patrol',
  'measure.staffHours': 'Staff hours',
  'measure.overtimeHours': 'Overtime hours',
  'measure.cost': 'Cost',
} as const;

/** A key of the report's text. */
export type MessageKey = keyof typeof EN_MESSAGES;

/** One language's text for every key. */
export type Messages = Readonly<Record<MessageKey, string>>;
