/**
 * Checking peakwatch against queueing theory: the validation scenarios' references and
 * judgement (`peakwatch check`), and the hypercube approximation of any scenario's busiest hour
 * (`peakwatch check SCENARIO`, `peakwatch run --analytic`). See docs/validation.md.
 */
export { formatAnalyticSection } from './analytic-section.js';
export { formatHypercubeApproximation } from './approximation-format.js';
export { formatCheckSummary, formatScenarioCheck } from './check-format.js';
export { type HourWorkload, simulatedHourWorkload } from './hour-workload.js';
export {
  type HypercubeApproximation,
  hypercubeApproximation,
  WHY_THEY_DIFFER,
} from './hypercube-approximation.js';
export { type JudgedCheck, judgeChecks, type MeasureCheck } from './judgement.js';
export {
  type CheckOptions,
  checkScenario,
  type JudgedScenarioCheck,
  judgeScenarioChecks,
  type ScenarioCheck,
} from './run-check.js';
export { VALIDATION_CASES, VALIDATION_DIR, validationCaseFor } from './validation-cases.js';
