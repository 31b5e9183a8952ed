/**
 * Unit counts in the manner of PCAM (Chaiken & Dormont 1978, "A patrol car allocation model"):
 * for each block of hours, the fewest officer cars such that, in each of its hours, were that
 * hour's load to hold steady, the cars would meet a response standard's share as an M/M/c queue
 * predicts. It is a screen: a starting point (roughly a lower bound) for the search, which the
 * simulation decides, not a verdict.
 *
 * For one hour the model is an M/M/c queue of car calls (Poisson arrivals, exponential service,
 * c identical cars, first come first served). An incident at site j meets the standard when its
 * wait for a free car is at most its allowance t_j = target_j − clock offset − drive_j, so the
 * predicted share is Σ_j w_j P(Wq ≤ t_j) / Σ_j w_j with P(Wq ≤ t) = 1 − C(c, A)·e^{−(cμ − λ)t}
 * (0 when t < 0: no number of cars brings such a site within target). The share rises with c,
 * so the fewest cars is found by counting up from the smallest stable c.
 */
import { mmcWaitExceeds } from '../analytic/erlang.js';
import {
  type HourOfRun,
  hourOfRun,
  hourRates,
  nominalOccupancy,
} from '../approximation/busiest-hour.js';
import { DETECTION_CHANNELS } from '../model/records.js';
import { prepareScenarioModel, type ScenarioModel } from '../model/replication.js';
import { Travel } from '../model/travel.js';
import { distributionMean } from '../rng/distribution.js';
import type { TravelModeName } from '../scenario/schema.js';
import type { ResponseStandard } from '../scenario/standards.js';
import type { Scenario } from '../scenario/types.js';
import {
  inScope,
  type StandardSetting,
  standardSetting,
  targetMinutesAt,
} from '../stats/standards.js';

/** The most servers {@link fewestServersForWaits} tries before giving up with an error. */
const MAX_SERVERS = 100_000;

/** A stream of calls for one pool of identical units. */
export interface CallLoad {
  /** λ, calls per hour (0 or more). */
  readonly arrivalsPerHour: number;
  /** 1/μ, mean minutes a unit is committed per call (greater than 0). */
  readonly meanServiceMinutes: number;
}

/** A queueing target: at least `share` of the calls wait at most `waitMinutes` for a unit. */
export interface WaitTarget {
  /** t, minutes (0 or more; 0 asks that the call not wait at all). */
  readonly waitMinutes: number;
  /** p in [0, 1]. */
  readonly share: number;
}

/** A class of calls sharing a wait allowance, with its weight in the standard's share. */
export interface WeightedWait {
  /** Weight (for example expected incidents per hour), 0 or more. */
  readonly weight: number;
  /** Allowed wait for a free unit, minutes; negative when even an immediate dispatch is late. */
  readonly waitMinutes: number;
}

/**
 * The fewest servers c with utilisation below 1 and P(Wq ≤ t) ≥ p in M/M/c: 0 when there are no
 * calls, null when no finite number suffices (p = 1 with calls arriving).
 *
 * @example fewestServers({ arrivalsPerHour: 12, meanServiceMinutes: 20 }, { waitMinutes: 3, share: 0.9 }) // 7
 */
export function fewestServers(load: CallLoad, target: WaitTarget): number | null {
  if (!(target.waitMinutes >= 0)) {
    throw new RangeError(`waitMinutes must be 0 or more (got ${target.waitMinutes})`);
  }
  return fewestServersForWaits(
    load,
    [{ weight: 1, waitMinutes: target.waitMinutes }],
    target.share,
  );
}

/**
 * The fewest servers c with utilisation below 1 whose predicted share
 * Σ w_i P(Wq ≤ t_i) / Σ w_i is at least `share` ({@link shareWithinWait}). With no calls the answer
 * is 0; with no weight, the smallest stable c; null when no finite c reaches the share (the
 * weight of negative allowances is more than 1 − share, or the share is exactly that limit).
 *
 * @example fewestServersForWaits({ arrivalsPerHour: 6, meanServiceMinutes: 30 }, [{ weight: 1, waitMinutes: 0 }], 0.5) // 5
 */
export function fewestServersForWaits(
  load: CallLoad,
  waits: readonly WeightedWait[],
  share: number,
): number | null {
  checkLoad(load);
  if (!(share >= 0 && share <= 1)) throw new RangeError(`share must be in [0, 1] (got ${share})`);
  for (const wait of waits) {
    if (!(wait.weight >= 0 && Number.isFinite(wait.waitMinutes))) {
      throw new RangeError('each wait needs a weight of 0 or more and finite minutes');
    }
  }
  if (load.arrivalsPerHour === 0) return 0;
  const total = waits.reduce((sum, w) => sum + w.weight, 0);
  // As c grows, C → 0 and each allowance t ≥ 0 is met with probability → 1, never exactly 1.
  const reachable = waits.reduce((sum, w) => sum + (w.waitMinutes >= 0 ? w.weight : 0), 0);
  if (total > 0 && !(reachable > share * total)) return null;
  const offeredLoad = (load.arrivalsPerHour / 60) * load.meanServiceMinutes;
  for (let c = Math.floor(offeredLoad) + 1; c <= MAX_SERVERS; c++) {
    if (total === 0 || shareWithinWait(load, c, waits) >= share) return c;
  }
  throw new RangeError(`more than ${MAX_SERVERS} servers would be needed`);
}

/**
 * The predicted share Σ w_i P(Wq ≤ t_i) / Σ w_i of M/M/c with `servers` units (utilisation below
 * 1), where P(Wq ≤ t) = 1 − C·e^{−(cμ − λ)t} for t ≥ 0 and 0 for t < 0; 1 with no weight.
 *
 * @example shareWithinWait({ arrivalsPerHour: 60, meanServiceMinutes: 1 }, 2, [{ weight: 1, waitMinutes: 0 }]) // 1 − C(2, 1) = 2/3
 */
export function shareWithinWait(
  load: CallLoad,
  servers: number,
  waits: readonly WeightedWait[],
): number {
  const queue = {
    arrivalRate: load.arrivalsPerHour / 60,
    serviceRate: 1 / load.meanServiceMinutes,
    servers,
  };
  const total = waits.reduce((sum, w) => sum + w.weight, 0);
  if (total === 0) return 1;
  const met = waits.reduce(
    (sum, w) =>
      sum + (w.waitMinutes < 0 ? 0 : w.weight * (1 - mmcWaitExceeds(queue, w.waitMinutes))),
    0,
  );
  return met / total;
}

/** A span of the run, minutes [from, to) since the first day's 00:00. */
export interface HourBlock {
  readonly from: number;
  readonly to: number;
}

/**
 * One block of `length` minutes per step over [from, to): for example every hour of a day
 * (`hourlyBlocks(600, 960)` gives 10:00–11:00 … 15:00–16:00 of day 1).
 */
export function hourlyBlocks(from: number, to: number, length = 60): HourBlock[] {
  if (!(Number.isFinite(from) && Number.isFinite(to) && from < to && length > 0)) {
    throw new RangeError(
      `blocks need from < to and a positive length (got ${from}, ${to}, ${length})`,
    );
  }
  const blocks: HourBlock[] = [];
  for (let start = from; start < to; start += length) {
    blocks.push({ from: start, to: Math.min(to, start + length) });
  }
  return blocks;
}

/** One site's officer calls in an hour, as the block screen sees them. */
export interface SiteCalls {
  readonly site: string;
  /** Expected car calls in the hour (every incident needing officers, of any type). */
  readonly carCalls: number;
  /** Mean minutes a car is committed per call there (on scene plus the round trip). */
  readonly serviceMinutes: number;
  /** Expected incidents in the hour that the standard judges here (its weight in the share). */
  readonly covered: number;
  /** Minutes a covered incident here may wait for a free car and still meet the target. */
  readonly waitMinutes: number;
}

/** The screen of one hour. */
export interface HourScreen {
  readonly hour: HourOfRun;
  /** λ: expected car calls in the hour. */
  readonly callsPerHour: number;
  /** 1/μ: the car-call-weighted mean service minutes (0 with no calls). */
  readonly meanServiceMinutes: number;
  /** Expected incidents judged by the standard in the hour. */
  readonly coveredPerHour: number;
  /** Share of those whose allowance is negative: too far for any number of cars. */
  readonly unreachableShare: number;
  /** The fewest cars; null when no number of cars reaches the share. */
  readonly cars: number | null;
}

/** The screen of one block: its binding hour (the one needing the most cars) and that count. */
export interface BlockScreen extends HourScreen {
  readonly block: HourBlock;
  /** Every hour of the block. */
  readonly hours: readonly HourScreen[];
}

/**
 * The fewest cars for one hour's calls to meet `share`, by M/M/c with the pooled load
 * (Σ calls, call-weighted mean service) and each site's allowance weighted by its covered
 * incidents.
 *
 * @example screenHour(hourOfRun(10), [{ site: 'lot', carCalls: 6, serviceMinutes: 30, covered: 6, waitMinutes: 0 }], 0.5).cars // 5
 */
export function screenHour(
  hour: HourOfRun,
  sites: readonly SiteCalls[],
  share: number,
): HourScreen {
  const callsPerHour = sites.reduce((sum, s) => sum + s.carCalls, 0);
  const busyMinutes = sites.reduce((sum, s) => sum + s.carCalls * s.serviceMinutes, 0);
  const meanServiceMinutes = callsPerHour > 0 ? busyMinutes / callsPerHour : 0;
  const coveredPerHour = sites.reduce((sum, s) => sum + s.covered, 0);
  const late = sites.reduce((sum, s) => sum + (s.waitMinutes < 0 ? s.covered : 0), 0);
  const cars =
    callsPerHour > 0
      ? fewestServersForWaits(
          { arrivalsPerHour: callsPerHour, meanServiceMinutes },
          sites.map((s) => ({ weight: s.covered, waitMinutes: s.waitMinutes })),
          share,
        )
      : coveredPerHour > 0 && late / coveredPerHour > 1 - share
        ? null
        : 0;
  return {
    hour,
    callsPerHour,
    meanServiceMinutes,
    coveredPerHour,
    unreachableShare: coveredPerHour > 0 ? late / coveredPerHour : 0,
    cars,
  };
}

/** What {@link screenBlocks} screens. */
export interface StaffingScreenOptions {
  /** The plan whose officers are counted (its station is the default base). */
  readonly plan: string;
  /** The response standard to meet; its share is the target. */
  readonly standard: ResponseStandard;
  /** The blocks of hours to screen, within the horizon. */
  readonly blocks: readonly HourBlock[];
  /** Site id the units leave from (default: the plan's station). */
  readonly base?: string;
  /** How the units travel (default `vehicle`; posted officers may go on foot or by e-bike). */
  readonly mode?: TravelModeName;
  /** Officers per car (default: the crew of the plan's first shift, or 1). */
  readonly crew?: number;
  /**
   * For a standard timed from the occurrence, the minutes taken to report an incident (default:
   * the largest mean delay among the reporting channels the standard covers, the phone's when it
   * covers every channel).
   */
  readonly detectionMinutes?: number;
}

/**
 * PCAM-style screen of a plan's officer cars against a response standard, block by block: for
 * each hour of each block, the expected car calls (from the model's expected incidents at the
 * scenario's visitor numbers), the cars' service time, and each site's wait allowance; the
 * block needs the most cars any of its hours needs. What it takes:
 * - Car calls: every incident needing officers, of any type (they all occupy cars): ⌈officers /
 *   crew⌉ calls for a type needing officers from the start, the escalation probability times
 *   ⌈escalation officers / crew⌉ for one that may escalate. Calls a car answers only when it is
 *   nearer than a platform or patrol are left out, so the count is a lower bound on the load.
 * - Service: the type's mean on-scene time plus the round trip from the base by the units' mode
 *   (by vehicle at the hour's congestion and crowd, read at the middle of the hour).
 * - Allowance: the site's target minus the drive there, minus the station's decision time when
 *   the clock starts at the alert, and minus that and a reporting delay when it starts at the
 *   occurrence: `detectionMinutes`, or the largest mean delay among the channels the standard
 *   covers (the phone's for all incidents: conservative where a platform or patrol reports).
 *   An escalated incident is given the same allowance, although its car leaves only when the
 *   first responder asks for it (optimistic there).
 * - Weights: incidents needing officers (for a type that may escalate, the escalating share)
 *   that the standard covers (its types, sites, site kinds,
 *   days and clock hours, read at the middle of the hour; `detectedBy` cannot be known ahead
 *   and is ignored).
 *
 * @throws Error for an unknown plan or base; RangeError for a block outside the horizon.
 * @example
 * ```ts
 * const [block] = screenBlocks(scenario, { plan: 'current', standard, blocks: [{ from: 600, to: 960 }] });
 * block.cars; // a starting point for the cars on duty 10:00–16:00 of day 1
 * ```
 */
export function screenBlocks(
  scenario: Scenario | ScenarioModel,
  options: StaffingScreenOptions,
): BlockScreen[] {
  const model = 'runLimit' in scenario ? scenario : prepareScenarioModel(scenario);
  const plan = model.plans.get(options.plan);
  if (plan === undefined) throw new Error(`unknown plan "${options.plan}"`);
  const base = options.base === undefined ? plan.base : model.network.indexOf(options.base);
  const mode = options.mode ?? 'vehicle';
  const crew = options.crew ?? plan.shifts[0]?.crew ?? 1;
  if (!(Number.isInteger(crew) && crew >= 1)) {
    throw new RangeError(`crew must be an integer of 1 or more (got ${crew})`);
  }
  const occupancy = nominalOccupancy(model);
  const travel = new Travel(model.network, model.travel, occupancy);
  const setting = standardSetting(model.scenario);
  const onSceneMeans = new Map(
    model.scenario.incidentTypes.map((t) => [t.id, distributionMean(t.onScene)]),
  );
  // Per incident of each type: the share needing officers and the car calls that makes.
  const officerNeeds = new Map(
    model.types.map((t) => {
      if (t.officers > 0) return [t.id, { share: 1, carCalls: Math.ceil(t.officers / crew) }];
      if (t.escalation === null) return [t.id, { share: 0, carCalls: 0 }];
      const { probability, officers } = t.escalation;
      return [t.id, { share: probability, carCalls: probability * Math.ceil(officers / crew) }];
    }),
  );
  const offset = clockOffset(model, options.standard, options.detectionMinutes);
  const screenOneHour = (hour: HourOfRun): HourScreen => {
    const middle = (hour.start + hour.end) / 2;
    const sites = hourRates(model, occupancy, hour).flatMap((rate): SiteCalls[] => {
      const need = officerNeeds.get(rate.type)!;
      if (!(need.carCalls > 0 && rate.incidents > 0)) return [];
      const drive = travel.byMode(mode, base, model.network.indexOf(rate.site), middle);
      const covered = isCovered(options.standard, setting, rate, middle);
      return [
        {
          site: rate.site,
          carCalls: rate.incidents * need.carCalls,
          serviceMinutes: onSceneMeans.get(rate.type)! + 2 * drive,
          covered: covered ? rate.incidents * need.share : 0,
          waitMinutes: targetMinutesAt(options.standard, rate.site) - offset - drive,
        },
      ];
    });
    return screenHour(hour, sites, options.standard.share);
  };
  return options.blocks.map((block) => {
    if (!(block.from >= 0 && block.from < block.to && block.to <= model.horizon)) {
      throw new RangeError(
        `block ${block.from}–${block.to} must satisfy 0 ≤ from < to ≤ ${model.horizon} (the horizon, minutes)`,
      );
    }
    const hours: HourScreen[] = [];
    for (let h = Math.floor(block.from / 60); h * 60 < block.to; h++) {
      hours.push(screenOneHour(hourOfRun(h)));
    }
    const binding = hours.reduce((a, b) => (needsMore(b, a) ? b : a));
    return { ...binding, block, hours };
  });
}

/** Whether hour `a` needs more cars than hour `b` (null, unreachable, is the most). */
function needsMore(a: HourScreen, b: HourScreen): boolean {
  if (b.cars === null) return false;
  return a.cars === null || a.cars > b.cars;
}

/** Minutes between the standard's clock start and the decision to dispatch, as the screen takes them. */
function clockOffset(
  model: ScenarioModel,
  standard: ResponseStandard,
  detectionMinutes: number | undefined,
): number {
  if (standard.from === 'decision') return 0;
  if (standard.from === 'alert') return model.dispatchMinutes;
  return model.dispatchMinutes + (detectionMinutes ?? slowestDetection(model, standard));
}

/**
 * The largest mean reporting delay among the channels a standard's scope accepts (every channel,
 * so the phone's, when it names none).
 */
function slowestDetection(model: ScenarioModel, standard: ResponseStandard): number {
  const channels = standard.scope.detectedBy ?? DETECTION_CHANNELS;
  return Math.max(...channels.map((c) => distributionMean(model.scenario.detection[c])));
}

/**
 * Whether the standard covers incidents of this (site, type) occurring at minute `t`, by the
 * standards' own scope rule; `detectedBy` is a channel the scope accepts, since it cannot be known
 * ahead.
 */
function isCovered(
  standard: ResponseStandard,
  setting: StandardSetting,
  rate: { readonly site: string; readonly type: string },
  t: number,
): boolean {
  const detectedBy = standard.scope.detectedBy?.[0] ?? 'phone';
  return inScope(standard.scope, { ...rate, detectedBy, occurred: t }, setting);
}

/** Validates a call load. */
function checkLoad(load: CallLoad): void {
  if (!(Number.isFinite(load.arrivalsPerHour) && load.arrivalsPerHour >= 0)) {
    throw new RangeError(`arrivalsPerHour must be 0 or more (got ${load.arrivalsPerHour})`);
  }
  if (!(Number.isFinite(load.meanServiceMinutes) && load.meanServiceMinutes > 0)) {
    throw new RangeError(
      `meanServiceMinutes must be greater than 0 (got ${load.meanServiceMinutes})`,
    );
  }
}
