import { describe, expect, it } from 'vitest';
import { defaultWorkerCount } from '../../src/experiment/worker-count.js';

describe('defaultWorkerCount', () => {
  it('leaves a core to the main thread, and never goes below one worker', () => {
    expect([1, 2, 3, 4, 8, 64].map((cores) => defaultWorkerCount(cores))).toEqual([
      1, 1, 2, 3, 7, 63,
    ]);
    expect(defaultWorkerCount(0)).toBe(1);
  });
});
