/**
 * Reading incidents.csv back into what the service standards judge (stats/standards.ts), so
 * that where and when a standard fails can be counted from a results folder's files.
 */
import type { DetectionChannel } from '../model/records.js';
import { parseNumberCell } from '../output/csv-format.js';
import { parseKindTimes } from '../output/kind-times.js';
import type { PlanIncident } from '../stats/standards-breakdown.js';
import { type CsvTable, columnIndex } from './csv-table.js';

const CHANNELS: readonly DetectionChannel[] = ['phone', 'platform', 'patrol'];

/**
 * The incidents of an incidents.csv table.
 *
 * @throws Error naming the file, line and column of a bad cell or a missing column
 */
export function readStandardIncidents(table: CsvTable): PlanIncident[] {
  const column = (name: string) => columnIndex(table, name);
  const at = {
    plan: column('plan'),
    replication: column('replication'),
    type: column('type'),
    site: column('site'),
    occurred: column('occurred'),
    alert: column('alert'),
    detectedBy: column('detected_by'),
    dispatched: column('dispatched'),
    firstOnScene: column('first_on_scene'),
    byKind: column('first_on_scene_by_kind'),
    officersRequired: column('officers_required'),
    officersOnScene: column('officers_on_scene'),
    recovered: column('recovered'),
  };
  return table.rows.map((row, i) => {
    const where = (name: string) => `${table.source}:${i + 2}: ${name}`;
    const cell = (index: number) => row[index]!;
    const parse = <T>(name: string, index: number, read: (text: string) => T): T => {
      try {
        return read(cell(index));
      } catch (error) {
        throw new Error(`${where(name)}: ${(error as Error).message}`);
      }
    };
    const number = (name: string, index: number) => parse(name, index, parseNumberCell);
    const optional = (name: string, index: number) =>
      cell(index) === '' ? null : number(name, index);
    const detectedBy = cell(at.detectedBy) as DetectionChannel;
    if (!CHANNELS.includes(detectedBy)) {
      throw new Error(`${where('detected_by')}: expected phone, platform or patrol`);
    }
    const recovered = cell(at.recovered);
    return {
      plan: cell(at.plan),
      replication: number('replication', at.replication),
      type: cell(at.type),
      site: cell(at.site),
      occurred: number('occurred', at.occurred),
      alert: number('alert', at.alert),
      detectedBy,
      dispatched: optional('dispatched', at.dispatched),
      firstOnScene: optional('first_on_scene', at.firstOnScene),
      firstOnSceneByKind: parse('first_on_scene_by_kind', at.byKind, parseKindTimes),
      officersRequired: number('officers_required', at.officersRequired),
      officersOnScene: optional('officers_on_scene', at.officersOnScene),
      recovered: recovered === '' ? null : recovered === 'true',
    };
  });
}
