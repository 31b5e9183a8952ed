/**
 * Cross-reference checks: ids are unique where they name things (sites, incident types, plans,
 * patrols within a plan, platform posts within a plan, crowd entries), and every site a
 * scenario mentions exists. The officers' base must be a station; a shift posted elsewhere
 * (its own `base`) may name any site.
 */
import { RESPONDER_KIND_NAMES, RESPONDER_KINDS } from '../model/responder-kinds.js';
import { type FieldPath, type FieldProblem, formatPath } from './paths.js';
import type { PlanInput, ScenarioInput } from './schema.js';
import { closestMatch } from './suggest.js';

/** Checks id uniqueness and that every referenced site exists. */
export function checkReferences(input: ScenarioInput): FieldProblem[] {
  const siteKinds = new Map(input.sites.map((site) => [site.id, site.kind]));
  const siteIds = [...siteKinds.keys()];
  const site = (id: string, path: FieldPath, at?: 'key'): FieldProblem[] =>
    siteKinds.has(id) ? [] : [unknownName('site', id, siteIds, path, at)];
  return [
    ...duplicates(
      input.sites.map((s, i) => [s.id, ['sites', i, 'id']]),
      'site id',
    ),
    ...duplicates(
      input.incidents.types.map((t, i) => [t.id, ['incidents', 'types', i, 'id']]),
      'incident type id',
    ),
    ...duplicates(
      input.plans.map((p, i) => [p.name, ['plans', i, 'name']]),
      'plan name',
    ),
    ...duplicates(
      input.crowd.sites.map((c, i) => [c.site, ['crowd', 'sites', i, 'site']]),
      'crowd entry for site',
    ),
    ...input.travel.links.flatMap((link, i) =>
      link.between.flatMap((id, end) => site(id, ['travel', 'links', i, 'between', end])),
    ),
    ...input.crowd.sites.flatMap((c, i) => site(c.site, ['crowd', 'sites', i, 'site'])),
    ...input.incidents.types.flatMap((type, i) =>
      Object.keys(type.sites ?? {}).flatMap((id) =>
        site(id, ['incidents', 'types', i, 'sites', id], 'key'),
      ),
    ),
    ...input.plans.flatMap((plan, i) => checkPlanSites(plan, ['plans', i], siteKinds)),
    ...checkDefaultPlan(input),
  ];
}

/** The sites a plan names (each kind's, from the registry) and its own unique ids. */
function checkPlanSites(
  plan: PlanInput,
  path: FieldPath,
  siteKinds: ReadonlyMap<string, string>,
): FieldProblem[] {
  const siteIds = [...siteKinds.keys()];
  const site = (id: string, at: FieldPath): FieldProblem[] =>
    siteKinds.has(id) ? [] : [unknownName('site', id, siteIds, at)];
  const problems: FieldProblem[] = RESPONDER_KIND_NAMES.flatMap((kind) =>
    RESPONDER_KINDS[kind]
      .namedSites(plan)
      .flatMap((named) => site(named.site, [...path, ...named.path])),
  );
  // The officers' base must be a station (a shift posted elsewhere names its own base).
  const base = plan.officers?.base;
  const baseKind = base === undefined ? undefined : siteKinds.get(base);
  if (baseKind !== undefined && baseKind !== 'station') {
    problems.push({
      path: [...path, 'officers', 'base'],
      message: `site "${base}" is of kind ${baseKind}; officers must be based at a site of kind station`,
    });
  }
  const platforms = plan.platforms ?? [];
  problems.push(
    ...duplicates(
      platforms.map((post, j) => [post.site, [...path, 'platforms', j, 'site']]),
      'platform post at site',
    ),
  );
  const patrols = plan.patrols ?? [];
  problems.push(
    ...duplicates(
      patrols.map((patrol, k) => [patrol.id, [...path, 'patrols', k, 'id']]),
      'patrol id',
    ),
  );
  return problems;
}

function checkDefaultPlan(input: ScenarioInput): FieldProblem[] {
  const names = input.plans.map((plan) => plan.name);
  if (input.defaultPlan === undefined || names.includes(input.defaultPlan)) return [];
  return [unknownName('plan', input.defaultPlan, names, ['defaultPlan'])];
}

/**
 * "unknown site "x"", with the closest existing name when one is near, located at the
 * reference.
 */
export function unknownName(
  what: string,
  name: string,
  known: readonly string[],
  path: FieldPath,
  at?: 'key',
): FieldProblem {
  const suggestion = closestMatch(name, known);
  const hint = suggestion === undefined ? '' : ` (did you mean "${suggestion}"?)`;
  const listed = known.length > 20 ? [...known.slice(0, 20), '…'] : known;
  const message = `unknown ${what} "${name}"${hint}; the ${what}s are: ${listed.join(', ')}`;
  return at === undefined ? { path, message } : { path, message, at };
}

/** A problem at every repeat of a name after its first use. */
function duplicates(entries: readonly [string, FieldPath][], what: string): FieldProblem[] {
  const first = new Map<string, FieldPath>();
  const problems: FieldProblem[] = [];
  for (const [name, path] of entries) {
    const earlier = first.get(name);
    if (earlier === undefined) first.set(name, path);
    else
      problems.push({
        path,
        message: `duplicate ${what} "${name}" (first used at ${formatPath(earlier)})`,
      });
  }
  return problems;
}
