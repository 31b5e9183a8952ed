/** The UTF-8 validator agrees with the platform's strict decoder and finds the first bad byte. */
import { describe, expect, it } from 'vitest';
import type { ScenarioError } from '../../src/scenario/errors.js';
import { decodeScenarioText } from '../../src/scenario/source.js';
import { firstInvalidUtf8 } from '../../src/scenario/utf8.js';

const strictlyDecodes = (bytes: Uint8Array) => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

describe('firstInvalidUtf8', () => {
  it.each([
    ['ASCII', [0x61, 0x62], -1],
    ['é (2 bytes)', [0x63, 0xc3, 0xa9], -1],
    ['袁 (3 bytes)', [0xe8, 0xa2, 0x81], -1],
    ['an emoji (4 bytes)', [0xf0, 0x9f, 0x98, 0x80], -1],
    ['a lone continuation byte', [0x61, 0x80], 1],
    ['0xFF', [0x61, 0x62, 0xff], 2],
    ['an overlong 2-byte form', [0xc0, 0x80], 0],
    ['an overlong 3-byte form', [0xe0, 0x80, 0x80], 0],
    ['a surrogate', [0xed, 0xa0, 0x80], 0],
    ['above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['a truncated sequence', [0x61, 0xe8, 0xa2], 1],
  ])('%s', (_, bytes, expected) => {
    expect(firstInvalidUtf8(new Uint8Array(bytes))).toBe(expected);
  });

  it('agrees with TextDecoder on random byte strings rich in multi-byte patterns', () => {
    // A fixed linear congruential generator keeps the test reproducible.
    let state = 12345;
    const next = () => {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      return state;
    };
    const interesting = [
      0x00, 0x41, 0x7f, 0x80, 0x9f, 0xa0, 0xbf, 0xc0, 0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xf0, 0xf4,
      0xf5, 0xff,
    ];
    for (let trial = 0; trial < 20000; trial += 1) {
      const bytes = new Uint8Array(1 + (next() % 6));
      for (let i = 0; i < bytes.length; i += 1)
        bytes[i] = interesting[next() % interesting.length]!;
      const offset = firstInvalidUtf8(bytes);
      expect(offset === -1).toBe(strictlyDecodes(bytes));
      if (offset >= 0) {
        // Everything before the reported byte is valid; the bytes from it on are not.
        expect(strictlyDecodes(bytes.subarray(0, offset))).toBe(true);
        expect(strictlyDecodes(bytes.subarray(offset))).toBe(false);
      }
    }
  });
});

describe('decodeScenarioText', () => {
  const problemOf = (bytes: number[]) => {
    try {
      decodeScenarioText(new Uint8Array(bytes), 'f.yaml');
    } catch (error) {
      return (error as ScenarioError).problems[0];
    }
    return undefined;
  };

  it('drops a byte-order mark and keeps the text', () => {
    expect(
      decodeScenarioText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0x3a, 0x20, 0x31]), 'f.yaml'),
    ).toBe('a: 1');
  });

  it('reports a NUL byte and an ill-formed byte at their line and column', () => {
    // "a: 1\nbc" then NUL: line 2, column 3.
    expect(problemOf([0x61, 0x3a, 0x20, 0x31, 0x0a, 0x62, 0x63, 0x00])).toMatchObject({
      line: 2,
      col: 3,
    });
    // "é" counts as one column: 0xFF is at line 1, column 2.
    expect(problemOf([0xc3, 0xa9, 0xff])).toMatchObject({
      line: 1,
      col: 2,
      message: expect.stringContaining('byte 0xFF at offset 2 is not UTF-8'),
    });
  });
});
