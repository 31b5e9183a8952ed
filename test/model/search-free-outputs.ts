/*
 * The record and summary CSV files of a scenario, every plan and replication, as `peakwatch run`
 * and `compare` write them (the same column lists, row formatter and summary rows), restricted to
 * the columns a header names: how search-free.test.ts compares today's model with the outputs
 * of the version before searches took time, column by column and byte for byte.
 */
import { readFileSync } from 'node:fs';
import { prepareScenarioModel, simulateReplication } from '../../src/model/replication.js';
import { ClockLabels } from '../../src/output/clock.js';
import {
  type Column,
  formatRecords,
  INCIDENT_COLUMNS,
  RESPONDER_COLUMNS,
  type RowContext,
} from '../../src/output/csv-columns.js';
import { formatSummaryRows, summaryHeader } from '../../src/output/summary-csv.js';
import { parseScenarioText } from '../../src/scenario/load.js';
import { summarizeReplication } from '../../src/stats/measures.js';

/** The three files, each a header line and its rows. */
export interface ScenarioOutputs {
  readonly incidents: string;
  readonly responders: string;
  readonly summary: string;
}

/** The headers (first lines) of the three files to reproduce. */
export type OutputHeaders = Record<keyof ScenarioOutputs, string>;

/**
 * Simulates every plan of the scenario file for its `replications` and writes the files with
 * the columns the headers name, in the headers' order; replications are numbered from 1, as the
 * commands number them.
 *
 * @throws Error when a header names a column the outputs no longer have
 */
export function scenarioOutputs(file: string, headers: OutputHeaders): ScenarioOutputs {
  const scenario = parseScenarioText(readFileSync(file, 'utf8'), file);
  const model = prepareScenarioModel(scenario);
  const clock = new ClockLabels(scenario.calendar.start);
  const incidentColumns = pick(INCIDENT_COLUMNS, headers.incidents);
  const responderColumns = pick(RESPONDER_COLUMNS, headers.responders);
  const summaryKeys = headers.summary.split(',').slice(2);
  let incidents = `${headers.incidents}\n`;
  let responders = `${headers.responders}\n`;
  const summaries = [];
  for (const plan of scenario.plans) {
    for (let replication = 1; replication <= scenario.replications; replication++) {
      const result = simulateReplication(model, plan.name, replication, { occupancy: false });
      const context = { plan: plan.name, replication, clock };
      incidents += formatRecords(incidentColumns, result.incidents, context);
      responders += formatRecords(responderColumns, result.responders, context);
      summaries.push(summarizeReplication(result, scenario));
    }
  }
  const summary = `${summaryHeader(summaryKeys).join(',')}\n${formatSummaryRows(summaries, summaryKeys)}`;
  return { incidents, responders, summary };
}

/** The columns a header line names, in its order. */
function pick<R>(columns: readonly Column<R>[], header: string): Column<R, RowContext>[] {
  return header.split(',').map((name) => {
    const column = columns.find((c) => c.name === name);
    if (column === undefined) throw new Error(`no column "${name}" any more`);
    return column;
  });
}
