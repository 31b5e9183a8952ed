/**
 * Scenario ids are data, never property names. Maps the scenario writes as YAML mappings keyed
 * by id (an incident type's `sites:` multipliers) are read through these functions, so that a
 * site called `constructor` or `toString` finds only what the file wrote, never a property of
 * every object; and a `__proto__` key, which JavaScript objects cannot hold as data, is found
 * in the parsed document and reported instead of silently dropped.
 */
import type { FieldPath } from './paths.js';

/**
 * The value the mapping itself holds under `key`, or undefined (never an inherited property).
 *
 * @example ownValue({ lift: 2 }, 'constructor') // undefined, not Object
 */
export function ownValue<V>(
  mapping: Readonly<Record<string, V>> | undefined,
  key: string,
): V | undefined {
  return mapping !== undefined && Object.hasOwn(mapping, key) ? mapping[key] : undefined;
}

/** The key no mapping of a scenario or a results folder may use. */
export const RESERVED_KEY = '__proto__';

/**
 * Every path in parsed data (plain objects and arrays, as YAML and JSON parsers build them) that
 * ends in a `__proto__` key, in document order.
 *
 * @example reservedKeyPaths(JSON.parse('{"a": {"__proto__": 1}}')) // [['a', '__proto__']]
 */
export function reservedKeyPaths(data: unknown, path: FieldPath = []): FieldPath[] {
  if (Array.isArray(data)) return data.flatMap((item, i) => reservedKeyPaths(item, [...path, i]));
  if (typeof data !== 'object' || data === null) return [];
  return Object.keys(data).flatMap((key) => [
    ...(key === RESERVED_KEY ? [[...path, key]] : []),
    ...reservedKeyPaths((data as Record<string, unknown>)[key], [...path, key]),
  ]);
}
