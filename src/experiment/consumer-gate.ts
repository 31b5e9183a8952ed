/**
 * Whether the consumer of an experiment's outcomes is busy with one (writing its rows), so that
 * the main thread, which both simulates blocks and writes the outcomes, writes first: a write
 * resolves only at a later turn of the event loop, and a main thread that simulated between two
 * writes let them through one per turn, about one every 10 ms, while the threads' outcomes
 * piled up and, the window of blocks in flight full, the threads waited (docs/performance.md,
 * "Two workers by the clock").
 */
export class ConsumerGate {
  private busy: Promise<void> | undefined;
  private release: (() => void) | undefined;

  /** The consumer was handed an outcome. */
  take(): void {
    if (this.busy !== undefined) return;
    this.busy = new Promise<void>((resolve) => {
      this.release = resolve;
    });
  }

  /** The consumer is done with its outcome (it asked for the next, or stopped). */
  free(): void {
    this.release?.();
    this.busy = undefined;
    this.release = undefined;
  }

  /** Resolves once the consumer is free: at once when it is, else when it next asks or stops. */
  async whenFree(): Promise<void> {
    while (this.busy !== undefined) await this.busy;
  }
}
