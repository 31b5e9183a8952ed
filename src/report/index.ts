/**
 * The HTML report of a results folder: what `peakwatch report` and `peakwatch compare --report`
 * call. docs/report.md describes the report's parts.
 */
export { loadRunData, planRecordFile } from './load-run-data.js';
export { renderReport } from './render-report.js';
export type { RunData, ScenarioStatus } from './run-data.js';
export { REPORT_FILE, writeReport } from './write-report.js';
