/**
 * The `first_on_scene_by_kind` cell of incidents.csv: when the first responder of each kind
 * reached the scene, as `kind=minutes` pairs separated by `;` in the order officer, platform,
 * patrol (kinds that never arrived are left out; an empty cell: nobody arrived). peakwatch
 * writes the cell and never reads it back: the standards' breakdowns are counted from the
 * records in the worker (experiment/standards-breakdown.ts).
 */
import type { IncidentRecord } from '../model/records.js';
import { RESPONDER_KIND_NAMES } from '../model/responder-kinds.js';
import { cellText } from './csv-format.js';

/** First arrival by kind. */
export type KindTimes = IncidentRecord['firstOnSceneByKind'];

/**
 * The cell text of first arrivals by kind.
 *
 * @example formatKindTimes({ platform: 614, officer: 616 }) // 'officer=616;platform=614'
 */
export function formatKindTimes(times: KindTimes): string {
  // Built by appending, without the filtered and mapped lists a row would otherwise allocate.
  let text = '';
  for (const kind of RESPONDER_KIND_NAMES) {
    const minutes = times[kind];
    if (minutes === undefined) continue;
    text += `${text === '' ? '' : ';'}${kind}=${cellText(minutes)}`;
  }
  return text;
}
