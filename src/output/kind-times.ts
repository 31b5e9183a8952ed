/**
 * The `first_on_scene_by_kind` cell of incidents.csv: when the first responder of each kind
 * reached the scene, as `kind=minutes` pairs separated by `;` in the registry's order (officer,
 * platform, patrol; kinds that never arrived are left out; an empty cell: nobody arrived).
 * Written here and read back here, so the two cannot drift apart.
 */
import type { IncidentRecord, ResponderKindName } from '../model/records.js';
import { RESPONDER_KIND_NAMES } from '../model/responder-kinds.js';
import { cellText, parseNumberCell } from './csv-format.js';

/** The kinds, in the order the cell lists them: the registry's order. */
const KINDS: readonly ResponderKindName[] = RESPONDER_KIND_NAMES;

/** First arrival by kind. */
export type KindTimes = IncidentRecord['firstOnSceneByKind'];

/**
 * The cell text of first arrivals by kind.
 *
 * @example formatKindTimes({ platform: 614, officer: 616 }) // 'officer=616;platform=614'
 */
export function formatKindTimes(times: KindTimes): string {
  return KINDS.filter((kind) => times[kind] !== undefined)
    .map((kind) => `${kind}=${cellText(times[kind]!)}`)
    .join(';');
}

/**
 * Reads a cell written by {@link formatKindTimes}.
 *
 * @throws Error for an unknown kind or a bad number
 */
export function parseKindTimes(text: string): KindTimes {
  const times: Partial<Record<ResponderKindName, number>> = {};
  if (text === '') return times;
  for (const pair of text.split(';')) {
    const [kind, minutes] = pair.split('=');
    if (!KINDS.includes(kind as ResponderKindName) || minutes === undefined) {
      throw new Error(`expected kind=minutes (officer, platform or patrol), got "${pair}"`);
    }
    times[kind as ResponderKindName] = parseNumberCell(minutes);
  }
  return times;
}
