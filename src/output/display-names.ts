/**
 * What the console and the report call plans and service standards in the reader's language: a
 * plan by its label (planLabel), a standard by its name (inLang); without the scenario, a plan by
 * its id and a standard by the name standards.csv wrote (English, else the id).
 *
 * @example
 * ```ts
 * const names = displayNames(scenario, 'zh');
 * names.plan('forward-posts'); // '民警前置驻守'
 * ```
 */
import type { Lang } from '../i18n/lang.js';
import { inLang, type LocalTextInput, planLabel } from '../scenario/local-text.js';

/** Display names of plans and standards. */
export interface DisplayNames {
  /** A plan's label, from its id. */
  plan(plan: string): string;
  /** A standard's name, from its id and the name a judgement carries (used when unknown). */
  standard(standard: { readonly standard: string; readonly name: string }): string;
}

/** Plans by id, standards by the judgement's own name: what is known without the scenario. */
export const ID_NAMES: DisplayNames = {
  plan: (plan) => plan,
  standard: (standard) => standard.name,
};

/** What a scenario gives the names from. */
export interface NamedParts {
  readonly plans: readonly { readonly name: string; readonly label?: LocalTextInput | undefined }[];
  readonly standards: readonly { readonly id: string; readonly name: LocalTextInput }[];
}

/** The names of a scenario's plans and standards in `lang`; ID_NAMES without a scenario. */
export function displayNames(scenario: NamedParts | null, lang: Lang): DisplayNames {
  if (scenario === null) return ID_NAMES;
  const plans = new Map(scenario.plans.map((p) => [p.name, planLabel(p, lang)]));
  const standards = new Map(scenario.standards.map((s) => [s.id, inLang(s.name, lang)]));
  return {
    plan: (plan) => plans.get(plan) ?? plan,
    standard: (s) => standards.get(s.standard) ?? s.name,
  };
}
