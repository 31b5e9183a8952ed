/**
 * Progress of a long run, on stderr only (stdout carries the tables, the files the data). On a
 * terminal: a cli-progress bar with the count, the rate and the time left. Otherwise (a log file,
 * CI, a Slurm job): a plain line whenever another 10 % is done or 5 s have passed, and a last
 * line at the end, so logs stay short but show the run is alive.
 *
 * @example
 * ```ts
 * const progress = startProgress({ total: 200, unit: 'replications' });
 * progress.advance();
 * progress.stop();
 * ```
 */
import cliProgress from 'cli-progress';

/** What a progress report needs. */
export interface ProgressOptions {
  /** Units of work expected (may grow with `setTotal`). */
  readonly total: number;
  /** Name of a unit of work, e.g. "replications". */
  readonly unit: string;
  /**
   * The total is a cap, not a promise: the work may end before it (a stopping rule). Shares and
   * times left are then said to be against the cap ("at most").
   */
  readonly cap?: boolean | undefined;
  /** Where to report (default process.stderr). */
  readonly stream?: NodeJS.WriteStream | { write(text: string): unknown; isTTY?: boolean };
  /** Clock in milliseconds (default Date.now); tests pass their own. */
  readonly now?: () => number;
}

/** A running progress report. */
export interface Progress {
  /** Records `count` more units done (default 1). */
  advance(count?: number): void;
  /** Changes the expected total (e.g. when a stopping rule adds a batch). */
  setTotal(total: number): void;
  /** Ends the report (a final line in plain mode; releases the terminal line). */
  stop(): void;
}

/** Plain-mode thresholds: a line after this share of the total or this many milliseconds. */
const PLAIN_STEP_SHARE = 0.1;
const PLAIN_STEP_MS = 5_000;

/** Starts a progress report: a bar on a terminal, occasional lines otherwise. */
export function startProgress(options: ProgressOptions): Progress {
  const stream = options.stream ?? process.stderr;
  const now = options.now ?? Date.now;
  const unit = options.cap ? `${options.unit} at most` : options.unit;
  const left = options.cap ? 'at most {left} left' : '{left} left';
  return stream.isTTY
    ? new BarProgress(options.total, unit, left, stream as NodeJS.WriteStream, now)
    : new PlainProgress(options.total, unit, left, stream, now);
}

/** Units per second and seconds left, from the start time and the count so far. */
function rateAndEta(
  done: number,
  total: number,
  started: number,
  now: number,
): { rate: number; etaSeconds: number } {
  const seconds = Math.max((now - started) / 1000, 1e-9);
  const rate = done / seconds;
  return { rate, etaSeconds: rate > 0 ? (total - done) / rate : Number.NaN };
}

/** A duration as "42 s", "3 min 5 s" or "2 h 7 min". */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${s % 60} s`;
  return `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min`;
}

/** The terminal bar. */
class BarProgress implements Progress {
  private readonly bar: cliProgress.SingleBar;
  private done = 0;
  private total: number;
  private readonly started: number;

  constructor(
    total: number,
    unit: string,
    left: string,
    stream: NodeJS.WriteStream,
    private readonly now: () => number,
  ) {
    this.total = total;
    this.started = now();
    this.bar = new cliProgress.SingleBar({
      stream,
      format: `{bar} {value}/{total} ${unit} | {rate}/s | ${left}`,
      hideCursor: true,
      clearOnComplete: false,
    });
    this.bar.start(total, 0, { rate: '0.0', left: '?' });
  }

  advance(count = 1): void {
    this.done += count;
    const { rate, etaSeconds } = rateAndEta(this.done, this.total, this.started, this.now());
    this.bar.update(this.done, { rate: rate.toFixed(1), left: formatDuration(etaSeconds) });
  }

  setTotal(total: number): void {
    this.total = total;
    this.bar.setTotal(total);
  }

  stop(): void {
    this.bar.stop();
  }
}

/** The occasional plain line. */
class PlainProgress implements Progress {
  private done = 0;
  private reportedDone = 0;
  private readonly started: number;
  private reportedAt: number;
  private stopped = false;

  constructor(
    private total: number,
    private readonly unit: string,
    /** "{left} left", or "at most {left} left" against a cap. */
    private readonly left: string,
    private readonly stream: { write(text: string): unknown },
    private readonly now: () => number,
  ) {
    this.started = now();
    this.reportedAt = this.started;
  }

  advance(count = 1): void {
    this.done += count;
    const time = this.now();
    const stepDone = this.done - this.reportedDone >= PLAIN_STEP_SHARE * this.total;
    if (stepDone || time - this.reportedAt >= PLAIN_STEP_MS) this.report(time);
  }

  setTotal(total: number): void {
    this.total = total;
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    if (this.done !== this.reportedDone || this.done === 0) this.report(this.now());
  }

  /** Writes one line with the count, share, rate and time left. */
  private report(time: number): void {
    const { rate, etaSeconds } = rateAndEta(this.done, this.total, this.started, time);
    const share = this.total > 0 ? Math.floor((100 * this.done) / this.total) : 100;
    this.stream.write(
      `${this.done}/${this.total} ${this.unit} (${share} %), ${rate.toFixed(1)}/s, ` +
        `${this.left.replace('{left}', formatDuration(etaSeconds))}\n`,
    );
    this.reportedDone = this.done;
    this.reportedAt = time;
  }
}
