import { describe, expect, it } from 'vitest';
import { formatDuration, startProgress } from '../../src/output/progress.js';

/** A non-terminal stream that keeps what is written, and a clock the test moves. */
function plainSetup(total: number, cap = false) {
  const lines: string[] = [];
  let time = 0;
  const progress = startProgress({
    total,
    cap,
    unit: 'replications',
    stream: { write: (text: string) => lines.push(text), isTTY: false },
    now: () => time,
  });
  return { lines, progress, tick: (ms: number) => (time += ms) };
}

describe('plain progress (stderr not a terminal)', () => {
  it('writes a line per 10 % when work is fast, and none in between', () => {
    const { lines, progress, tick } = plainSetup(100);
    for (let i = 0; i < 100; i += 1) {
      tick(10); // 100 units in 1 s: the 5 s rule never fires
      progress.advance();
    }
    progress.stop();
    expect(lines).toHaveLength(10);
    expect(lines[0]).toBe('10/100 replications (10 %), 100.0/s, 1 s left\n');
    expect(lines[9]).toMatch(/^100\/100 replications \(100 %\)/);
  });

  it('measures work that may stop early (a stopping rule) against its cap, saying so', () => {
    // --precision: at most 200 replications; 20 done in 2 s, so at most 180 / 10 per s left.
    const { lines, progress, tick } = plainSetup(200, true);
    for (let i = 0; i < 20; i += 1) {
      tick(100);
      progress.advance();
    }
    progress.stop();
    expect(lines[0]).toBe('20/200 replications at most (10 %), 10.0/s, at most 18 s left\n');
    expect(lines.at(-1)).toBe(lines[0]); // stopped early: the last line is the 10 % one
  });

  it('writes a line every 5 s when work is slow', () => {
    const { lines, progress, tick } = plainSetup(1000);
    for (let i = 0; i < 20; i += 1) {
      tick(1000); // one unit a second: 2 % per 5 s
      progress.advance();
    }
    expect(lines).toHaveLength(4);
    // After 5 units in 5 s: rate 1/s, 995 left.
    expect(lines[0]).toBe('5/1000 replications (0 %), 1.0/s, 16 min 35 s left\n');
  });

  it('ends with a final line when the last step was not reported', () => {
    const { lines, progress, tick } = plainSetup(100);
    tick(1000);
    progress.advance(3);
    progress.stop();
    progress.stop();
    expect(lines).toEqual(['3/100 replications (3 %), 3.0/s, 32 s left\n']);
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0 s'],
    [59.4, '59 s'],
    [61, '1 min 1 s'],
    [3600 * 2 + 7 * 60 + 3, '2 h 7 min'],
    [Number.NaN, '?'],
  ])('%f s is "%s"', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });
});
