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
 * Where the cell's pieces go: a row being written (`CsvRowWriter`, which writes the first
 * arrival's number from the text it has just written in first_on_scene), or a string.
 */
export interface KindTimesSink {
  /** Appends ASCII text that needs no quotes (a kind's name and separators). */
  plain(text: string): void;
  /** Appends a number as a cell writes it. */
  number(value: number): void;
}

/** "kind=" of each kind, first in the cell and after another pair. */
const FIRST_PREFIX = RESPONDER_KIND_NAMES.map((kind) => `${kind}=`);
const LATER_PREFIX = RESPONDER_KIND_NAMES.map((kind) => `;${kind}=`);

/** Writes the cell of first arrivals by kind, piece by piece, to `sink`. */
export function writeKindTimes(times: KindTimes, sink: KindTimesSink): void {
  let first = true;
  for (let k = 0; k < RESPONDER_KIND_NAMES.length; k++) {
    const minutes = times[RESPONDER_KIND_NAMES[k]!];
    if (minutes === undefined) continue;
    sink.plain(first ? FIRST_PREFIX[k]! : LATER_PREFIX[k]!);
    sink.number(minutes);
    first = false;
  }
}

/**
 * The cell text of first arrivals by kind.
 *
 * @example formatKindTimes({ platform: 614, officer: 616 }) // 'officer=616;platform=614'
 */
export function formatKindTimes(times: KindTimes): string {
  let text = '';
  writeKindTimes(times, {
    plain: (piece) => {
      text += piece;
    },
    number: (value) => {
      text += cellText(value);
    },
  });
  return text;
}
