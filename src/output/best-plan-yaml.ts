/**
 * best-plan.yaml of an optimize folder: the plan the search chose, as a plan block of the
 * scenario file — a list item that extends the base plan and gives the officers and platforms it
 * may change (officers, platforms and patrols) — so that pasting it under the scenario's `plans:` adds it as a plan that `validate`
 * accepts and `compare` can run.
 */
import { stringify } from 'yaml';
import type { Plan } from '../scenario/types.js';

/** The file name in an optimize folder. */
export const BEST_PLAN_FILE = 'best-plan.yaml';

/** What the block says about itself. */
export interface BestPlanNote {
  /** The comment lines above the block (without `#`). */
  readonly comment: readonly string[];
  /** The plan's label, in both languages. */
  readonly label: { readonly en: string; readonly zh: string };
}

/**
 * A name for the new plan that no plan of the scenario has: `optimized`, else `optimized-2`, …
 *
 * @example newPlanName(['current', 'optimized']) === 'optimized-2'
 */
export function newPlanName(existing: readonly string[]): string {
  if (!existing.includes('optimized')) return 'optimized';
  let n = 2;
  while (existing.includes(`optimized-${n}`)) n++;
  return `optimized-${n}`;
}

/**
 * The YAML text: the comment, then a one-item list — the plan named `name`, extending `base`,
 * with the candidate's officers, platforms and patrols.
 */
export function formatBestPlan(
  name: string,
  base: string,
  plan: Pick<Plan, 'officers' | 'platforms' | 'patrols'>,
  note: BestPlanNote,
): string {
  const block = [
    {
      name,
      extends: base,
      label: { zh: note.label.zh, en: note.label.en },
      officers: plan.officers,
      platforms: plan.platforms,
      patrols: plan.patrols,
    },
  ];
  const comment = note.comment.map((line) => `# ${line}`.trimEnd()).join('\n');
  return `${comment}\n${stringify(block, { lineWidth: 0 })}`;
}
