/**
 * The report's words for each responder kind, made from the registry (model/responder-kinds.ts)
 * so that a kind cannot lack them: its name among an incident type's handlers
 * (`responder.<kind>`), its two workload measures (`measure.<id>`) and its cost label
 * (`cost.<kind>`). Both dictionaries (messages-en.ts, messages-zh.ts) spread these in.
 */
import {
  RESPONDER_KIND_NAMES,
  RESPONDER_KINDS,
  type ResponderKindName,
} from '../model/responder-kinds.js';
import type { Lang } from './lang.js';

type Kinds = typeof RESPONDER_KINDS;

/** The ids of every kind's utilisation and staff-hours measures. */
type KindMeasureId = {
  [K in ResponderKindName]: Kinds[K]['utilisationMeasure'] | Kinds[K]['hoursMeasure'];
}[ResponderKindName];

/** A message key made from the registry. */
export type KindMessageKey =
  | `responder.${ResponderKindName}`
  | `cost.${ResponderKindName}`
  | `measure.${KindMeasureId}`;

/**
 * Every kind's messages in one language.
 *
 * @example kindMessages('en')['responder.platform'] // 'platform staff'
 */
export function kindMessages(lang: Lang): Readonly<Record<KindMessageKey, string>> {
  return Object.fromEntries(
    RESPONDER_KIND_NAMES.flatMap((kind) => {
      const { words, utilisationMeasure, hoursMeasure } = RESPONDER_KINDS[kind];
      const w = words[lang];
      return [
        [`responder.${kind}`, w.handlers],
        [`cost.${kind}`, w.costPerHour],
        [`measure.${utilisationMeasure}`, w.utilisation],
        [`measure.${hoursMeasure}`, w.hours],
      ];
    }),
  ) as Record<KindMessageKey, string>;
}
