import { describe, expect, it } from 'vitest';
import { insertAt, removeAt } from '../../src/model/array-edits.js';

/** A small deterministic generator, so that the cases are the same on every run. */
function lcg(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

describe('in-place list edits', () => {
  it('remove and insert exactly as splice does, on every index of lists of 0 to 8 items', () => {
    for (let length = 0; length <= 8; length++) {
      const base = Array.from({ length }, (_, i) => `item-${i}`);
      for (let index = 0; index < length; index++) {
        const list = [...base];
        const reference = [...base];
        removeAt(list, index);
        reference.splice(index, 1);
        expect(list).toEqual(reference);
      }
      for (let index = 0; index <= length; index++) {
        const list = [...base];
        const reference = [...base];
        insertAt(list, index, 'new');
        reference.splice(index, 0, 'new');
        expect(list).toEqual(reference);
      }
    }
  });

  it('keep a list equal to splice through a long random sequence of edits', () => {
    const random = lcg(7);
    const list: number[] = [];
    const reference: number[] = [];
    for (let step = 0; step < 2000; step++) {
      if (list.length > 0 && random() < 0.45) {
        const index = Math.floor(random() * list.length);
        removeAt(list, index);
        reference.splice(index, 1);
      } else {
        const index = Math.floor(random() * (list.length + 1));
        insertAt(list, index, step);
        reference.splice(index, 0, step);
      }
      expect(list).toEqual(reference);
    }
  });

  it('refuse an index outside the list instead of editing the wrong item', () => {
    expect(() => removeAt(['a'], -1)).toThrow(RangeError);
    expect(() => removeAt(['a'], 1)).toThrow(RangeError);
    expect(() => insertAt(['a'], 2, 'b')).toThrow(RangeError);
  });
});
