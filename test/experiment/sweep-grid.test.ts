/**
 * The grid of a sweep: ranges are inclusive and exact in decimals, lists keep their order, two
 * axes give their cartesian product with the first axis varying slowest, and bad options are
 * refused naming --vary.
 */
import { describe, expect, it } from 'vitest';
import { ExperimentUsageError } from '../../src/experiment/errors.js';
import {
  MAX_SWEEP_POINTS,
  parseVary,
  pointFolderName,
  pointOverrides,
  sweepGrid,
} from '../../src/experiment/sweep-grid.js';

describe('parseVary', () => {
  it('expands FROM:TO:STEP inclusively', () => {
    expect(parseVary('crowd.visitorsPerDay=6000:9000:1000')).toEqual({
      path: 'crowd.visitorsPerDay',
      spec: '6000:9000:1000',
      values: ['6000', '7000', '8000', '9000'],
    });
    // TO not on the step: the last value is the last one not above TO.
    expect(parseVary('a.b=1:10:4').values).toEqual(['1', '5', '9']);
    expect(parseVary('a.b=3:3:1').values).toEqual(['3']);
  });

  it('steps in exact decimals, where adding 0.1 in binary would drift', () => {
    // 0.1 + 0.1 + 0.1 === 0.30000000000000004 in floating point.
    expect(parseVary('a.b=0.1:0.5:0.1').values).toEqual(['0.1', '0.2', '0.3', '0.4', '0.5']);
    expect(parseVary('a.b=0:1:0.25').values).toEqual(['0', '0.25', '0.5', '0.75', '1']);
    expect(parseVary('a.b=-0.3:0.3:0.15').values).toEqual(['-0.3', '-0.15', '0', '0.15', '0.3']);
    expect(parseVary('a.b=0.7:1.3:0.3').values).toEqual(['0.7', '1', '1.3']);
  });

  it('keeps a list of values as written, in order', () => {
    expect(parseVary('plans[base].dispatch= nearest , platform-first').values).toEqual([
      'nearest',
      'platform-first',
    ]);
    expect(parseVary('a.b=3,1,2').values).toEqual(['3', '1', '2']);
  });

  it.each([
    ['crowd.visitorsPerDay', 'PATH=FROM:TO:STEP'],
    ['crowd.visitorsPerDay=', 'PATH=FROM:TO:STEP'],
    ['=1,2', 'PATH=FROM:TO:STEP'],
    ['a.b=1,,2', 'empty value'],
    ['a.b=1:2', 'three numbers'],
    ['a.b=1:x:1', 'three numbers'],
    ['a.b=1:5:0', 'STEP must be greater than 0'],
    ['a.b=1:5:-1', 'STEP must be greater than 0'],
    ['a.b=5:1:1', 'FROM must not exceed TO'],
    ['a.b=1:1000:1', `more than ${MAX_SWEEP_POINTS} values`],
  ])('refuses --vary %s', (text, reason) => {
    expect(() => parseVary(text)).toThrow(ExperimentUsageError);
    expect(() => parseVary(text)).toThrow(`--vary ${text}: `);
    expect(() => parseVary(text)).toThrow(reason);
  });
});

describe('sweepGrid', () => {
  it('is the product of the axes, the first varying slowest, numbered from 1', () => {
    const grid = sweepGrid([parseVary('a=1:3:1'), parseVary('b=x,y')]);
    expect(grid).toEqual([
      { index: 1, values: ['1', 'x'] },
      { index: 2, values: ['1', 'y'] },
      { index: 3, values: ['2', 'x'] },
      { index: 4, values: ['2', 'y'] },
      { index: 5, values: ['3', 'x'] },
      { index: 6, values: ['3', 'y'] },
    ]);
    expect(pointFolderName(grid[3]!)).toBe('point-4');
  });

  it("gives each point one --set per axis with the point's values", () => {
    const axes = [parseVary('crowd.visitorsPerDay=6000,7000'), parseVary('a.b=0.1:0.2:0.1')];
    expect(pointOverrides(axes, sweepGrid(axes)[2]!)).toEqual([
      { kind: 'set', path: 'crowd.visitorsPerDay', value: '7000' },
      { kind: 'set', path: 'a.b', value: '0.1' },
    ]);
  });

  it('bounds the grid and refuses a path varied twice or no axis', () => {
    const big = [parseVary('a=1:20:1'), parseVary('b=1:11:1')]; // 220 points
    expect(() => sweepGrid(big)).toThrow(
      /--vary: the grid has 220 points \(20 × 11\).*at most 200/,
    );
    expect(sweepGrid([parseVary('a=1:20:1'), parseVary('b=1:10:1')])).toHaveLength(200);
    expect(() => sweepGrid([parseVary('a=1,2'), parseVary('a=3')])).toThrow(/a is varied twice/);
    expect(() => sweepGrid([])).toThrow(ExperimentUsageError);
  });
});
