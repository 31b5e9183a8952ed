/** Edit distance against hand-computed cases, and the "did you mean" choice. */
import { describe, expect, it } from 'vitest';
import { closestMatch, editDistance } from '../../src/scenario/suggest.js';

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['', 'abc', 3],
    ['cars', 'cars', 0],
    ['carz', 'cars', 1], // one substitution
    ['car', 'cars', 1], // one insertion
    ['crwe', 'crew', 1], // one swap of neighbours
    ['kitten', 'sitting', 3], // the textbook example
    ['nearst', 'nearest', 1],
    ['ab', 'ba', 1],
  ])('%j to %j is %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });
});

describe('closestMatch', () => {
  it('picks the nearest candidate within two edits, ignoring case', () => {
    expect(closestMatch('carz', ['start', 'end', 'cars', 'crew'])).toBe('cars');
    expect(closestMatch('Crew', ['cars', 'crew'])).toBe('crew');
    expect(closestMatch('lognorml', ['normal', 'lognormal'])).toBe('lognormal');
  });

  it('suggests nothing when every candidate is three or more edits away', () => {
    expect(closestMatch('gate', ['station', 'lot', 'view', 'lift'])).toBeUndefined();
  });

  it('does not offer a word that shares no letter position with a very short key', () => {
    // "x" is 2 edits from "id" but replacing the whole word is no suggestion.
    expect(closestMatch('x', ['id'])).toBeUndefined();
  });

  it('prefers the first listed among equally close candidates', () => {
    expect(closestMatch('cat', ['car', 'cap'])).toBe('car');
  });
});
