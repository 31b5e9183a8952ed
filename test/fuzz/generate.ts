/**
 * Seeded generators of hostile documents for the fuzz tests: random edits of a valid document's
 * structure (wrong types, huge and tiny numbers, odd keys, empty strings, control characters,
 * deleted and added fields), reproducible from the seed a failing case prints.
 */

import { uniformGenerator } from '../stats/fixtures.js';

/** A small seeded generator (mulberry32): the same seed gives the same cases on every machine. */
export const seededRandom = uniformGenerator;

/** Keys that objects treat specially, and keys no schema expects. */
export const ODD_KEYS = [
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  '',
  ' ',
  'a\u0000b',
  'tab\there',
  'line\nbreak',
  '\u001b[31mred',
  '路线',
];

/** Values of every kind, the extremes included. */
const ODD_VALUES: readonly unknown[] = [
  null,
  true,
  false,
  0,
  -0,
  -1,
  1,
  0.5,
  1e-320,
  5e-324,
  1e-9,
  1e9,
  1e300,
  -1e300,
  Number.MAX_SAFE_INTEGER + 2,
  2 ** 31,
  '',
  ' ',
  '0',
  'NaN',
  '00:00',
  '24:00',
  '25:61',
  '2024-02-30',
  'constructor',
  '__proto__',
  'a\u0000b',
  '\u0007\u001b\u007f',
  'x'.repeat(10_000),
  [],
  [[]],
  {},
  { dist: 'constant' },
  { dist: 'nope', value: 1 },
];

/** One random step of a path into the document: the kind of node at each level. */
type Container = Record<string, unknown> | unknown[];

const isContainer = (value: unknown): value is Container =>
  typeof value === 'object' && value !== null;

/**
 * A copy of `document` with `edits` random edits: each walks from the top to a random container
 * and replaces, deletes or adds one entry (an odd key or an odd value, or a value moved from
 * elsewhere in the document).
 */
export function mutate(document: unknown, random: () => number, edits: number): unknown {
  const copy = structuredClone(document);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  for (let e = 0; e < edits; e++) {
    let node: unknown = copy;
    // Walk down a random number of levels.
    for (let depth = 0; depth < 8 && isContainer(node); depth++) {
      const keys = Object.keys(node);
      if (keys.length === 0 || random() < 0.25) break;
      const next = (node as Record<string, unknown>)[pick(keys)];
      if (!isContainer(next)) break;
      node = next;
    }
    if (!isContainer(node)) continue;
    editOne(node, random, pick);
  }
  return copy;
}

function editOne(node: Container, random: () => number, pick: <T>(items: readonly T[]) => T): void {
  const keys = Object.keys(node);
  const value = random() < 0.1 ? structuredClone(pick(ODD_VALUES)) : pick(ODD_VALUES);
  const roll = random();
  if (Array.isArray(node)) {
    if (roll < 0.3 && node.length > 0) node.splice(Math.floor(random() * node.length), 1);
    else if (roll < 0.6) node.push(value);
    else if (node.length > 0) node[Math.floor(random() * node.length)] = value;
    return;
  }
  if (roll < 0.25 && keys.length > 0) {
    delete node[pick(keys)];
  } else if (roll < 0.5) {
    // defineProperty makes even "__proto__" an own, enumerable key, as a parser would.
    Object.defineProperty(node, pick(ODD_KEYS), {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  } else if (keys.length > 0) {
    node[pick(keys)] = value;
  }
}
