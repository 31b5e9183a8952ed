/**
 * English text of `peakwatch optimize`'s console summary (spread into messages-en.ts); the
 * Chinese dictionary messages-optimize-zh.ts has the same keys and placeholders.
 */

/** The English optimize dictionary. */
export const OPTIMIZE_EN_MESSAGES = {
  'optimize.title': 'Optimization from plan {base}',
  'optimize.searched':
    '{evaluations} plan(s) evaluated ({refused} refused by the scenario checks), each on the same {replications} replication(s); {moves} move(s) from the start.',
  'optimize.exhausted':
    'The search stopped at --max-evaluations before it had nothing left to try: a larger allowance may find a better plan.',
  'optimize.foundCheapest':
    'The cheapest plan meeting every standard with 95 % confidence is {plan}, at a cost of {cost}.',
  'optimize.foundNone':
    'No plan evaluated meets every standard with 95 % confidence. The closest is {plan} (cost {cost}), {shortfall} points short in all at the lower bounds.',
  'optimize.foundBudget':
    'The best service at a cost of at most {budget} is {plan}, at a cost of {cost}; {verdict}.',
  'optimize.noneInBudget': 'No plan evaluated costs at most {budget}.',
  'optimize.leftOutUnreachable':
    '"Every standard" means every standard searched: this plan does NOT meet {standards}, which no plan of the search can (see the first lines).',
  'optimize.leftOutUnselected':
    '"Every standard" means every standard searched: {standards} were not asked for (--standards) and not judged.',
  'optimize.quotedStandard': '"{standard}"',
  'optimize.listSeparator': ', ',
  'optimize.meetsAll': 'it meets every standard with 95 % confidence',
  'optimize.missesSome': 'it is {shortfall} points short in all at the lower bounds',
  'optimize.unreachable':
    'Left out of the search: "{standard}" cannot be met by any plan of the search space: at most {reachable} % of its expected incidents are at sites a responder able to meet it could reach in time from where it is based (required {required} %). Only where units are based can change that.',
  'optimize.placement':
    'Coverage screen (MCLP, {method}): the {posts} open posts at {sites} cover {covered} of {total} expected incidents within {minutes} min on foot; the search starts there.',
  'optimize.carScreen':
    'Car screen (PCAM, M/M/c per hour): {shift} needs at least {cars} for "{standard}", the other shifts as in the base plan; the search starts at no fewer (within the bounds).',
  'optimize.nothingToSearch': 'No standard is left to search for: nothing was simulated.',
  'optimize.selection':
    'Final selection (Kim-Nelson, indifference zone {delta} points of mean share, alpha {alpha}) among {finalists}, on new replications {first}-{last}: {plan}{changed}{guarantee}.',
  'optimize.selectionChanged': " (on the search's replications alone {plan} came first)",
  'optimize.guaranteeHolds':
    ', the best with probability at least {confidence} % whenever the best is at least the indifference zone ahead',
  'optimize.guaranteeNot':
    '; it stopped at {max} replications with {survivors} still in contention, so it is the best mean without the guarantee',
  'optimize.reportTitle': 'Optimization: {scenario}, from plan {base}',
  'optimize.reportFrontier': 'Cost and service of every plan evaluated',
  'optimize.reportFrontierIntro':
    'Each dot is a plan, simulated on the same replications: its mean cost, and how far the lower bounds of its standards fall below the required shares in all (0: it meets every standard with 95 % confidence). Green dots meet every standard, red ones do not; the line joins the frontier, where no plan is both cheaper and better; the ringed dot is the plan chosen.',
  'optimize.reportFrontierCaption': 'Shortfall against cost',
  'optimize.axisCost': 'Cost',
  'optimize.axisShortfall': 'Shortfall (points)',
  'optimize.reportChosen': 'The plan chosen against each standard searched',
  'optimize.reportPlans': 'Every plan evaluated',
  'optimize.reportPlan': 'Plan',
  'optimize.reportOnFrontier': 'On the frontier',
  'optimize.reportSummary': 'The summary, with the runners-up and why they lost',
  'optimize.mapTitle': 'The plan chosen on the map',
  'optimize.mapIntro':
    'Where the base plan and the plan chosen put their responders: the police station, police posts (sites where a shift is based), platforms with their walking coverage, and patrol routes. The search keeps no incident records, so the sites are grey rather than coloured by response time; run peakwatch compare with best-plan.yaml pasted into the scenario for those.',
  'optimize.mapBase': 'Base plan {plan}',
  'optimize.mapChosen': 'Plan chosen {plan}',
  'optimize.mapChanges': 'What the plan chosen changes',
  'optimize.mapNoChange': 'Nothing: the plan chosen is the base plan.',
  'optimize.mapPosted': 'Where responders are posted',
  'optimize.mapPlatformStaff': 'platform, {staff} staff',
  'optimize.mapUnits': '{units} officer unit(s) {start}-{end}',
  'optimize.mapListSeparator': '; ',
  'optimize.mapNoCoordinates': 'No site of the scenario has coordinates, so no map is drawn.',
  'optimize.mapNoResponse': 'response times are not kept by optimize',
  'optimize.mapSiteLegend': 'Site (grey: optimize keeps no response times)',
  'optimize.colChoice': 'What may change',
  'optimize.colBase': 'Base plan',
  'optimize.colBest': 'Best plan',
  'optimize.colStandard': 'Standard',
  'optimize.colShare': 'Share met (%), 95 % interval',
  'optimize.colRequired': 'Required (%)',
  'optimize.colMet': 'Met with 95 % confidence',
  'optimize.yes': 'yes',
  'optimize.no': 'no',
  'optimize.carsOf': 'cars {start}-{end} (shift {shift})',
  'optimize.unitsOfAt': 'units {start}-{end} at {base}, {mode} (shift {shift})',
  'optimize.mode.vehicle': 'by car',
  'optimize.mode.ebike': 'on e-bikes',
  'optimize.mode.foot': 'on foot',
  'optimize.postAt': 'platform staff at {site} (0 = none)',
  'optimize.patrolTeams': 'volunteer teams on patrol {patrol} (0 = not walked)',
  'optimize.planChanges': '{plan} ({changes})',
  'optimize.runnersUp': 'Runners-up:',
  'optimize.lostSelection':
    '{plan}: a finalist, set aside by the final selection after {replications} new replications',
  'optimize.lostCost': '{plan}: meets every standard but costs {cost}',
  'optimize.lostShort': '{plan}, cost {cost}: {shortfall} points short in all, on {standards}',
  'optimize.sameAsBase': 'the base plan',
  'optimize.baseMeets':
    'The base plan ({plan}, cost {cost}) meets every standard with 95 % confidence.',
  'optimize.baseMeetsOutside':
    'The base plan ({plan}, cost {cost}) meets every standard with 95 % confidence, but it lies outside the search (the bounds of --cars, --posts or --patrols, or the count of --platforms), so it was not a candidate.',
  'optimize.baseShort':
    'The base plan ({plan}, cost {cost}) is {shortfall} points short in all at the lower bounds.',
  'optimize.bestPlanFile':
    'best-plan.yaml holds the best plan as a plan block to paste under `plans:` in the scenario.',
} as const;
